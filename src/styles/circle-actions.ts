import { css } from 'lit';

/**
 * A circle's actions (src/internal/circle-actions-view.ts), the same in the card and the signup:
 * Share and Add to calendar are `.link-button`s (src/styles/host.ts) with an icon (a masked
 * ::before: ./circle-icons.ts), at least 24 px tall and wide; the live region beside them;
 * the link to copy by hand below them. Reads only the `--_*` variables of hostStyles; em/px and
 * logical properties.
 */
export const circleActionStyles = css`
  .circle-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
  }
  .circle-actions[hidden],
  .action[hidden] {
    display: none;
  }
  .action {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 24px;
    min-inline-size: 24px;
  }
  .action::before {
    content: '';
    inline-size: 1.15em;
    block-size: 1.15em;
    background: currentColor;
    -webkit-mask: var(--_icons) var(--_at) 0 / var(--_icons-size) no-repeat;
    mask: var(--_icons) var(--_at) 0 / var(--_icons-size) no-repeat;
    print-color-adjust: exact;
  }
  @media (forced-colors: active) {
    .action::before {
      forced-color-adjust: none;
      background: ButtonText;
    }
  }
  .copy-link {
    flex: 1 1 100%;
    min-block-size: 24px;
    font: inherit;
  }
`;
