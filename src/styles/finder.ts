import { css } from 'lit';

/**
 * What both finders (<circle-finder>, <course-finder>) share: the search box with its Search button
 * (`.search-row`; in a finder narrower than 22.5em the button shows only its icon, its word still
 * its name) and the panel of filters (`.filter-panel`, `hidden` until the "Filters" button opens
 * it: a `.button.secondary` with `aria-expanded`, host.ts), each filter as wide as its widest
 * choice, as many on a line as fit. Each finder is the container (`container-type: inline-size`)
 * and places the search, "Filters" and the panel in its own layout. Reads only the `--_*`
 * variables of hostStyles; em/px and logical properties.
 */
export const finderBaseStyles = css`
  p {
    margin: 0;
  }
  .icon {
    flex: none;
  }
  .button,
  .link-button {
    overflow-wrap: normal;
  }
  .search-row {
    display: flex;
    gap: 0.5em;
  }
  input[type='search'] {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .search-row .button {
    flex: none;
    white-space: nowrap;
  }
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
  .filter-panel {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .filter-panel[hidden] {
    display: none;
  }
  .filter-panel > * {
    flex: 1 1 auto;
  }
`;
