import { css } from 'lit';

/**
 * <course-finder>'s own layout: the search row with its Search button and "Filters" beside it, the
 * panel of menus it opens, and the list of course cards. The search row and the filter panel
 * (src/styles/finder.ts), controls, chips, notices, skeletons and "Load more" come from the shared
 * modules in src/styles/.
 */
export const courseFinderStyles = css`
  .frame {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  ul {
    margin: 0;
  }

  /* Filters, as the circle finder's: the search box with its button and, beside it (below it when
     narrow), "Filters", which opens the panel of menus: the filters take one button's room until opened */
  .filters {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: end;
    gap: calc(var(--_space) * 0.75);
  }
  @container (max-width: 32em) {
    .filters {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .filters-toggle {
    justify-self: start;
  }
  .filter-panel {
    grid-column: 1 / -1;
  }
  /* 24px targets (WCAG 2.2) for the link-like buttons and links outside sentences */
  .link-button,
  .link {
    min-block-size: 24px;
  }

  /* Chosen filters */
  .active-label {
    color: var(--_muted);
  }

  /* Results */
  .count {
    color: var(--_muted);
    font-weight: 600;
    min-block-size: 1.5em;
  }
  .results {
    display: grid;
    --_card-min: 17em;
    /* the room of a course not yet drawn (src/styles/load-more.ts): course cards measure 26-37em */
    --_card-estimate: 38em;
    grid-template-columns: var(--_card-columns);
    gap: var(--_space);
    padding: 0;
    list-style: none;
  }
  .results > li,
  .chunk-list > li {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .chunk-list > li > course-card {
    flex: 1;
  }
  .results.stale {
    opacity: 0.55;
    transition: opacity 0.2s;
  }
  .results > li.skeleton-card {
    display: grid;
    min-block-size: 14em;
  }

  @media (prefers-reduced-motion: reduce) {
    .results.stale {
      transition: none;
    }
  }
`;
