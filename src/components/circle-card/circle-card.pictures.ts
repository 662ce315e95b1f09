import { css } from 'lit';
import { circlePath, iconMask, iconPaths } from '../../internal/icons.js';
import { arrowIcon } from './circle-card.icons.js';

/**
 * The built-in picture's mark, a table with six seats around it, as a 24 × 24 CSS mask (no DOM
 * node; the styles colour it and draw the band around it: circle-card.styles.ts).
 */
const SEATS = [
  [11.2, 3.5],
  [18.6, 7.8],
  [18.6, 16.3],
  [11.2, 20.5],
  [3.8, 16.3],
  [3.8, 7.8],
].map(([x, y]) => `M${x} ${y}a.8.8 0 1 0 1.6 0a.8.8 0 1 0-1.6 0`);
const PICTURE = iconMask(circlePath(12, 12, 4) + SEATS.join(''));

/**
 * The card's pictures as custom properties: the built-in picture's mark, each meta line's icon,
 * the call to action's arrow and the map link's "opens elsewhere" arrow. Apart from the card's other styles because they are built in code (unsafeCSS), which the
 * build's template minifier leaves as they are.
 */
export const circleCardPictureStyles = css`
  .placeholder::after {
    --_picture: ${PICTURE};
  }
  .course {
    --_icon: ${iconMask(iconPaths.book)};
  }
  .dates {
    --_icon: ${iconMask(iconPaths.calendar)};
  }
  .time {
    --_icon: ${iconMask(iconPaths.clock)};
  }
  .place {
    --_icon: ${iconMask(iconPaths.place)};
  }
  .place.online,
  .language {
    --_icon: ${iconMask(iconPaths.online)};
  }
  .facilitators {
    --_icon: ${iconMask(iconPaths.people)};
  }
  .cta {
    --_arrow: ${iconMask(arrowIcon.d)};
  }
  .directions {
    --_external: ${iconMask(iconPaths.external)};
  }
`;
