import { css } from 'lit';

/**
 * The chosen filters of both finders as removable chips: `.chips-row` holds the list (`.chips`,
 * one `<li>` each, a `<button class="chip">` with the label and a close icon) and the "Clear all"
 * link-button. Reads only the `--_*` variables of hostStyles; em/px and logical properties.
 */
export const chipStyles = css`
  .chips-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chips li {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .chip {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    max-inline-size: 100%;
    min-block-size: 36px;
    padding-block: 0.25em;
    padding-inline: 0.85em 0.55em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
    color: var(--_text);
    font: inherit;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .chip:hover {
    border-color: var(--_brand);
  }
  .chip:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 2px;
  }
  .chip .icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }
`;
