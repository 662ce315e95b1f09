import { css } from 'lit';

/**
 * Tabs (`role="tablist"` `.tabs` of `role="tab"` `.tab` buttons): one row of tabs at every width.
 * Each tab is as wide as its words while they fit; when they do not (a phone, long translations),
 * the tabs share the row and their words wrap inside them, so they never stack into what looks
 * like a list. The selected tab (`aria-selected="true"`) is underlined in the brand colour. Reads
 * only the `--_*` variables of hostStyles; em/px and logical properties.
 */
export const tabStyles = css`
  .tabs {
    display: flex;
    gap: 0.25em;
    border-block-end: 1px solid var(--_border);
  }
  .tab {
    all: unset;
    box-sizing: border-box;
    flex: 0 1 auto;
    min-inline-size: 0;
    min-block-size: 44px;
    padding: 0.55em 0.9em;
    margin-block-end: -1px;
    border-block-end: 3px solid transparent;
    color: var(--_muted);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    color: var(--_link);
    border-block-end-color: var(--_brand);
  }
  .tab:hover {
    color: var(--_text);
  }
  .tab:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 2px;
  }
`;
