import { css } from 'lit';

/**
 * What every element of the snippet builder shares (<snippet-builder>, <team-picker>): its colours
 * (`--builder-accent`, `--builder-font` let a page match it to its look), box sizing, the 3px focus
 * ring, the visually hidden text, and buttons that look the same whatever the host page does to
 * `button`. Em and px only, logical properties.
 */
export const builderBaseStyles = css`
  :host {
    --_accent: var(--builder-accent, #0c5460);
    --_ink: #1c2b2f;
    --_muted: #4a5a5e;
    --_line: #7d8a91;
    --_soft: #eef3f3;
    display: block;
    color: var(--_ink);
    font-family: var(--builder-font, inherit);
    line-height: 1.5;
    text-align: start;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .button {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    justify-self: start;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.45em 1.1em;
    border: 2px solid var(--_accent);
    border-radius: 6px;
    background: var(--_accent);
    color: #fff;
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
  }
  .button.secondary {
    background: #fff;
    color: var(--_accent);
  }
  .button:hover {
    filter: brightness(1.15);
  }
  .button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .button[disabled] {
    cursor: not-allowed;
    opacity: 0.55;
    filter: none;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
