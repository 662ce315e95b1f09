import { css } from 'lit';
import { circlePath, iconMask, iconPaths } from '../internal/icons.js';

/**
 * The icons of a circle's actions (./circle-actions.ts) as CSS masks (no DOM node): Share and Add
 * to calendar. Apart from the other styles because
 * they are built in code (unsafeCSS), which the build's template minifier leaves as they are.
 */
export const circleActionIcons = css`
  .action.share {
    --_icon: ${iconMask(`${circlePath(18, 5, 3)}${circlePath(6, 12, 3)}${circlePath(18, 19, 3)}M8.6 13.5l6.8 4M15.4 6.5l-6.8 4`)};
  }
  .action.calendar {
    --_icon: ${iconMask(`${iconPaths.calendar}M12 13v6M9 16h6`)};
  }
`;
