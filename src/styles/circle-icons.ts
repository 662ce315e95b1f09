import { css, unsafeCSS } from 'lit';
import { circleIconPosition, circleIconSprite, circleIconsSize, prepareCircleIcons, type CircleIcon } from '../internal/circle-icon-sprite.js';

/**
 * The masked pictures of a circle's card and signup (src/internal/circle-icon-sprite.ts): the
 * sprite and its size on the host, and the actions' icons (./circle-actions.ts). A `::before` or
 * `::after` one icon in size picks its icon with `--_at` (circleIconAt) and draws it with
 * `mask: var(--_icons) var(--_at) 0 / var(--_icons-size) no-repeat`. Apart from other styles
 * because they are built in code (unsafeCSS), which the build's template minifier leaves as they are.
 */

/** Where icon `name` sits in the sprite, for `--_at`. */
export const circleIconAt = (name: CircleIcon) => unsafeCSS(circleIconPosition(name));

export const circleIconStyles = css`
  :host {
    --_icons: url("${unsafeCSS(circleIconSprite)}");
    --_icons-size: ${unsafeCSS(circleIconsSize)};
  }
  .action.share {
    --_at: ${circleIconAt('share')};
  }
  .action.calendar {
    --_at: ${circleIconAt('addToCalendar')};
  }
`;

// made as soon as a card's or a signup's styles are defined, if the early start did not
prepareCircleIcons();
