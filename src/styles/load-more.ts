import { css } from 'lit';

/**
 * Both finders' lists as they grow with "Load more" (the template is src/internal/load-more.ts):
 * the button, and above it what went wrong when the next page could not be loaded. Reads only the
 * `--_*` variables of hostStyles; em/px and logical properties.
 */
export const loadMoreStyles = css`
  /* Results out of view skip layout and paint until scrolled near, so adding 100 more does not lay
     out and paint the hundreds above again; the clip margin keeps a card's hover shadow. They stay
     in the accessibility tree and in find-in-page. */
  .results > li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 22em;
    overflow-clip-margin: 1em;
  }
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
