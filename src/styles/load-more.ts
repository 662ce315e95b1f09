import { css } from 'lit';

/**
 * The "Load more" area under both finders' lists (the template is src/internal/load-more.ts): the
 * button, and above it what went wrong when the next page could not be loaded. Reads only the
 * `--_*` variables of hostStyles; em/px and logical properties.
 */
export const loadMoreStyles = css`
  .more {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5em;
  }
  .more-error {
    display: flex;
    align-items: flex-start;
    gap: 0.4em;
    margin: 0;
    color: var(--_danger);
  }
  .more-error .icon {
    flex: none;
    margin-block-start: 0.15em;
  }
`;
