import { css } from 'lit';

/**
 * <course-finder>'s own layout: the search row with its order menu, the "Topics" and "Languages"
 * toggles and their panels, and the list of course cards. Controls, chips, notices, skeletons and
 * "Load more" come from the shared modules in src/styles/.
 */
export const courseFinderStyles = css`
  .frame {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  p,
  ul {
    margin: 0;
  }
  .icon {
    flex: none;
  }

  /* Filters */
  .filters {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .filter-row {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  @container (min-width: 36em) {
    .filter-row {
      flex-direction: row;
      align-items: flex-end;
    }
    .field.search {
      flex: 2 1 0;
    }
    .field.order {
      flex: 1 1 0;
    }
  }
  .search-box {
    position: relative;
    display: flex;
    align-items: center;
  }
  .search-box .icon {
    position: absolute;
    inset-inline-start: 0.7em;
    color: var(--_muted);
    pointer-events: none;
  }
  input[type='search'] {
    padding-inline-start: 2.3em;
  }
  .toggle-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .toggle {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 44px;
    padding: 0.4em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .toggle.active {
    border-color: var(--_brand);
    color: var(--_link);
  }
  .toggle[aria-expanded='true'] {
    border-color: var(--_brand);
    box-shadow: inset 0 0 0 1px var(--_brand);
  }
  .toggle:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 2px;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 1.5em;
    padding-inline: 0.35em;
    border-radius: 999px;
    background: var(--_brand);
    color: var(--_on-brand);
    font-size: 0.85em;
    line-height: 1.5;
  }
  .chevron {
    transition: transform 0.15s;
  }
  .chevron.open {
    transform: rotate(180deg);
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding: 0.75em var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: 0.1em 1em;
    padding: 0;
    list-style: none;
  }
  .native {
    color: var(--_muted);
  }
  .done {
    align-self: flex-start;
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
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17em), 1fr));
    gap: var(--_space);
    padding: 0;
    list-style: none;
  }
  .results > li {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .results > li > course-card {
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
    .chevron,
    .results.stale {
      transition: none;
    }
  }
`;
