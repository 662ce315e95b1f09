import { css } from 'lit';

export const courseCardStyles = css`
  :host {
    --_rating: var(--p2pu-color-rating, #a35200);
    /* fill a grid row (equal-height cards) by flex, not height: 100%, which quirks-mode pages
       resolve against the window */
    display: flex;
    flex-direction: column;
  }
  .frame {
    container-type: inline-size;
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    flex: 1 1 auto;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  :host([compact]) .card {
    padding: calc(var(--_space) * 0.75);
    font-size: 0.95em;
  }
  .layout {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    flex: 1;
  }
  .main,
  .side {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    min-inline-size: 0;
  }
  .side {
    margin-block-start: auto;
  }
  @container (min-width: 40em) {
    :host(:not([compact])) .layout {
      flex-direction: row;
      align-items: flex-start;
    }
    :host(:not([compact])) .main {
      flex: 1 1 60%;
    }
    :host(:not([compact])) .side {
      flex: 1 1 40%;
      margin-block-start: 0;
      padding-inline-start: var(--_space);
      border-inline-start: 1px solid var(--_surface-alt);
    }
  }
  p,
  ul {
    margin: 0;
  }
  .icon {
    flex: none;
    inline-size: 1.2em;
    block-size: 1.2em;
  }
  .format {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    background: var(--_surface-alt);
    color: var(--_text);
    font-size: 0.85em;
    font-weight: 600;
  }
  .format .icon {
    inline-size: 1.05em;
    block-size: 1.05em;
  }
  .title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
  }
  :host([compact]) .title {
    font-size: 1.05em;
  }
  .title-link {
    color: var(--_link);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
    border-radius: 2px;
  }
  .title-link:hover {
    text-decoration-thickness: 2px;
  }
  .external .icon {
    display: inline-block;
    inline-size: 0.85em;
    block-size: 0.85em;
    margin-inline-start: 0.25em;
    vertical-align: -0.05em;
  }
  .provider {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .caption {
    font-size: 0.95em;
  }
  :host([compact]) .caption {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }
  .topics li {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .topics li.more {
    border-style: dashed;
    color: var(--_muted);
  }
  .rating {
    display: flex;
    align-items: center;
    min-block-size: 1.5em;
    font-size: 0.95em;
  }
  .rating.unrated {
    color: var(--_muted);
    font-style: italic;
  }
  .rating-group {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2em 0.5em;
  }
  .stars {
    display: inline-flex;
    gap: 0.05em;
  }
  .star {
    display: block;
  }
  .star-outline {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .star.full .star-outline,
  .star.half .star-outline {
    stroke: var(--_rating);
  }
  .star-fill {
    fill: var(--_rating);
    stroke: var(--_rating);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .stars:dir(rtl) .star,
  .circles-link:dir(rtl) .arrow .icon {
    transform: scaleX(-1);
  }
  .rating-text {
    color: var(--_muted);
  }
  .facts {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .facts li {
    display: flex;
    align-items: flex-start;
    gap: 0.45em;
  }
  .facts .icon {
    margin-block-start: 0.1em;
    inline-size: 1.1em;
    block-size: 1.1em;
  }
  /* a .link-button (src/styles/host.ts) with a 44px target */
  .circles-link {
    display: inline-block;
    align-self: flex-start;
    min-block-size: 44px;
    padding-block: 0.4em;
  }
  .circles-link:hover {
    text-decoration-thickness: 2px;
  }
  .arrow .icon {
    display: inline-block;
    margin-inline-start: 0.3em;
    vertical-align: -0.25em;
  }
  /* The last word of a text stays on the line of the icon after it. */
  .nowrap {
    white-space: nowrap;
  }
  /* not available and error: src/styles/notices.ts; the bones: src/styles/skeleton.ts */
  .message .button {
    align-self: flex-start;
  }
  .skeleton {
    min-block-size: 12em;
  }
`;
