import { css } from 'lit';

/**
 * Both finders' lists as they grow with "Load more" (the templates are src/internal/load-more.ts
 * and result-chunks.ts): the list in chunks, the button, and above it what went wrong when the next
 * page could not be loaded. Reads only the `--_*` variables of hostStyles; em/px and logical
 * properties.
 */
export const loadMoreStyles = css`
  /* The list in chunks of 60 (src/internal/result-chunks.ts), each a grid with the list's own
     columns and gap: a slice added to the last chunk lays out that chunk, not every card above it
     (a grid lays out all its items again when one is added). The chunks' list items are no boxes. */
  .results.chunked {
    display: flex;
    flex-direction: column;
  }
  /* A finder's columns of cards: as many at least --_card-min wide as fit, at most six, so that a
     chunk of 60 fills whole rows. Each finder sets --_card-min and uses --_card-columns. */
  .results {
    --_card-columns: repeat(auto-fill, minmax(min(100%, max(var(--_card-min), (100% - 5 * var(--_space)) / 6)), 1fr));
  }
  .results > .chunk {
    display: contents;
    grid-template-columns: inherit;
    gap: inherit;
  }
  .chunk-list {
    display: grid;
    grid-template-columns: inherit;
    gap: inherit;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Results out of view skip style, layout and paint until scrolled near, so adding 100 more does
     not lay out and paint the hundreds above again; the clip margin keeps a card's shadow and focus
     ring. They stay in the accessibility tree and in find-in-page. (Not the chunks: a chunk coming
     back into view would render its 60 cards in one frame.) Until a result has been drawn once it
     takes --_card-estimate, which each finder sets at the tall end of its cards in each layout: a
     card laid out for an audit (axe, Lighthouse) or a script must not spill into the next row. */
  .chunk-list > li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto var(--_card-estimate, 40em);
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
