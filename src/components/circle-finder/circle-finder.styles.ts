import { css } from 'lit';

/**
 * <circle-finder>'s own layout: the search row, the filter panel (folded behind "Filters" when the
 * finder is narrow), the tabs and the result list in its layouts. Controls, chips, notices,
 * skeletons and "Load more" come from the shared modules in src/styles/.
 */
export const finderStyles = css`
  [hidden] {
    display: none !important;
  }
  .finder {
    position: relative;
    container-type: inline-size;
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .icon {
    flex: none;
  }

  /* ---- controls ---- */
  .controls {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .search > label {
    display: block;
    margin-block-end: 0.3em;
  }
  .search-row {
    display: flex;
    gap: 0.5em;
  }
  input[type='search'] {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  /* The filter panel folds behind a "Filters" button when the finder itself is narrow. */
  .filters-toggle {
    display: none;
    justify-self: start;
  }
  @container (max-width: 559.98px) {
    .filters-toggle {
      display: inline-flex;
    }
    .filter-panel.folded {
      display: none;
    }
  }
  .button,
  .tab,
  .link-button {
    overflow-wrap: normal;
  }
  .search-row .button {
    flex: none;
    white-space: nowrap;
  }
  .filter-panel {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: calc(var(--_space) * 0.75) var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .field.days,
  .field.near {
    grid-column: 1 / -1;
  }
  @container (min-width: 40em) {
    .field.near {
      grid-column: span 2;
    }
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.1em;
  }
  .near-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .distance {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }
  .distance select {
    inline-size: auto;
  }
  .hint.problem {
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
    color: var(--_danger);
  }

  /* ---- tabs ---- */
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.25em;
    border-block-end: 1px solid var(--_border);
  }
  .tab {
    all: unset;
    box-sizing: border-box;
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

  /* ---- results ---- */
  .panel {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  .body {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  .summary {
    color: var(--_muted);
  }
  .summary:empty {
    display: none;
  }
  /* nothing found: the summary is the one sentence that says so (the panel below offers ways out) */
  .summary.none {
    color: var(--_text);
    font-weight: 600;
  }
  .results {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .results[data-layout='grid'],
  .results[data-layout='auto'] {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
  }
  .results > li {
    display: grid;
    min-inline-size: 0;
    border-radius: var(--_radius);
  }
  .results > li:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 3px;
  }
  circle-card {
    display: block;
    min-inline-size: 0;
  }
  /* the placeholders follow the cards' layout */
  .results[data-layout='list'] .bone.image {
    block-size: 4em;
    inline-size: 30%;
  }
  .results[data-layout='compact'] .bone.image {
    display: none;
  }

  /* ---- the ways out of an empty list ---- */
  .ways-out {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* ---- narrow containers ---- */
  @container (max-width: 22.5em) {
    .search-row .button span {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .search-row .button {
      padding-inline: 0.8em;
    }
  }
`;
