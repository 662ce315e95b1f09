import { css } from 'lit';

/**
 * <circle-finder>'s own layout: the search row with the "Filters" button beside it (below it when
 * narrow), the filter panel it opens, and the result list in its layouts. The search row and the
 * filter panel (src/styles/finder.ts), controls, chips, tabs, notices, skeletons and "Load more"
 * come from the shared modules in src/styles/; the panel's own controls are styled by
 * finder-panel.styles.ts, which arrives with them.
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
  .muted {
    color: var(--_muted);
  }

  /* ---- controls: the filters take one button's room (beside the search box, or under it when
     narrow) until opened ---- */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_space) * 0.75);
  }
  .search {
    flex: 1 1 20em;
  }
  .search > label {
    display: block;
    margin-block-end: 0.3em;
  }
  /* the panel on a line of its own, under the search and "Filters" */
  .filter-panel {
    flex: 1 1 100%;
  }

  /* ---- results ---- */
  .panel,
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
    --_card-min: 16em;
    grid-template-columns: var(--_card-columns);
  }
  /* the room of a result not yet drawn (src/styles/load-more.ts, 40em unless set): cards with the
     picture above measure 25-40em, beside it (a list wider than about 33em) 21-28em, compact 18-25em */
  @container (min-width: 33em) {
    .results[data-layout='list'] {
      --_card-estimate: 28em;
    }
  }
  .results[data-layout='compact'] {
    --_card-estimate: 25em;
  }
  .results > li,
  .chunk-list > li {
    display: grid;
    min-inline-size: 0;
    border-radius: var(--_radius);
  }
  .chunk-list > li:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 3px;
  }
  /* (a card fills its grid cell: cards in a row are as tall as the row) */
  circle-card {
    min-inline-size: 0;
  }
  /* the placeholders follow the cards' layout: a low band like a card's built-in picture */
  .bone.image {
    block-size: 4em;
  }
  .results[data-layout='list'] .bone.image {
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
`;
