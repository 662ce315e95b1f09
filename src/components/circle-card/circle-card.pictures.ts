import { css } from 'lit';
import { circleIconAt } from '../../styles/circle-icons.js';

/**
 * Where the card's masked pictures sit in the circle icons' sprite (src/styles/circle-icons.ts):
 * the built-in picture's mark and each line's icon. Apart from the card's other styles because
 * they are built in code (unsafeCSS), which the build's template minifier leaves as they are.
 */
export const circleCardPictureStyles = css`
  .placeholder::after {
    --_at: ${circleIconAt('seats')};
  }
  .course {
    --_at: ${circleIconAt('book')};
  }
  .dates {
    --_at: ${circleIconAt('calendar')};
  }
  .time {
    --_at: ${circleIconAt('clock')};
  }
  .place {
    --_at: ${circleIconAt('place')};
  }
  .place.online,
  .language {
    --_at: ${circleIconAt('online')};
  }
  .facilitators {
    --_at: ${circleIconAt('people')};
  }
  .cta {
    --_at: ${circleIconAt('arrow')};
  }
  .directions {
    --_at: ${circleIconAt('external')};
  }
`;
