import { css, unsafeCSS } from 'lit';
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
 * Each meta line's icon, the call to action's arrow and the map link's "opens elsewhere" arrow:
 * one image (a sprite: one SVG document for the browser to make, not eight), each line picking
 * its icon by position (`--_at`).
 */
const ICONS = [
  iconPaths.book,
  iconPaths.calendar,
  iconPaths.clock,
  iconPaths.place,
  iconPaths.online,
  iconPaths.people,
  arrowIcon.d,
  iconPaths.external,
];
// One icon fills the box (a 24-wide cell of the image); the point at p % of the image sits at p %
// of the box, so p = i / (n - 1) puts icon i there.
const SIZE = unsafeCSS(`${((32 * ICONS.length - 8) / 24) * 100}% 100%`);
const at = (i: number) => unsafeCSS(`${(i / (ICONS.length - 1)) * 100}%`);

/**
 * The card's pictures as custom properties: the built-in picture's mark and the icons' sprite, its
 * size and each icon's place in it. Apart from the card's other styles because they are built in
 * code (unsafeCSS), which the build's template minifier leaves as they are.
 */
export const circleCardPictureStyles = css`
  .placeholder::after {
    --_picture: ${PICTURE};
  }
  .card {
    --_icons: ${iconMask(ICONS)};
    --_icons-size: ${SIZE};
  }
  .course {
    --_at: ${at(0)};
  }
  .dates {
    --_at: ${at(1)};
  }
  .time {
    --_at: ${at(2)};
  }
  .place {
    --_at: ${at(3)};
  }
  .place.online,
  .language {
    --_at: ${at(4)};
  }
  .facilitators {
    --_at: ${at(5)};
  }
  .cta {
    --_at: ${at(6)};
  }
  .directions {
    --_at: ${at(7)};
  }
`;
