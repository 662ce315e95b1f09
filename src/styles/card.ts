import { css } from 'lit';

/**
 * What both cards (<circle-card>, <course-card>) share: the host, a flex column the frame fills;
 * the frame (`.card`), its title (`.title`) and the title's link: in the text colour, underlined
 * on hover of the whole card when the card is that link (`.card.linked`, the circle card), else
 * (`.title-link`, the course card) on its own hover and keyboard focus. Calls to action are
 * `.button`s (host.ts); a card's own layout, padding, sizes and badges stay in its own styles.
 * Reads only the `--_*` variables of hostStyles; em/px and logical properties.
 */
export const cardStyles = css`
  /* fill a grid row (equal-height cards) by flex, not height: 100%, which quirks-mode pages
     resolve against the window */
  :host {
    display: flex;
    flex-direction: column;
  }
  .card {
    flex: 1 1 auto;
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .title {
    margin: 0;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
  }
  .title a {
    color: inherit;
    text-decoration: none;
    border-radius: 2px;
  }
  .card.linked:hover .title a,
  .title-link:hover,
  .title-link:focus-visible {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.15em;
  }
`;
