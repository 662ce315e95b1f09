import { css } from 'lit';

export const courseCardStyles = css`
  :host {
    --_rating: var(--p2pu-color-rating, #a35200);
  }
  .frame {
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
  }
  /* the frame and the title: src/styles/card.ts */
  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
  }
  :host([compact]) .card {
    padding: calc(var(--_space) * 0.75);
    font-size: 0.95em;
  }
  /* The picture area, as the circle card's, bleeding to the card's edges: P2PU's courses have no
     image, so it is the built-in picture (src/styles/picture.ts), a low band at most 7em tall. */
  .media,
  .bone.image {
    flex: none;
    aspect-ratio: 4;
    block-size: auto;
    max-block-size: 7em;
    margin: calc(var(--_space) * -1) calc(var(--_space) * -1) calc(var(--_space) * 0.25);
    border-radius: calc(var(--_radius) - 1px) calc(var(--_radius) - 1px) 0 0;
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
  :host([compact]) .title {
    font-size: 1.05em;
  }
  /* as the circle card's title (src/styles/card.ts), a 24px target */
  .title-link {
    display: inline-block;
    min-block-size: 24px;
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
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .star-outline {
    fill: var(--_surface);
    stroke: var(--_border);
  }
  .star.full .star-outline,
  .star.half .star-outline {
    stroke: var(--_rating);
  }
  .star-fill {
    fill: var(--_rating);
    stroke: var(--_rating);
  }
  .stars:dir(rtl) .star,
  .circles-link:dir(rtl) .icon {
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
  /* the main action, a .button (src/styles/host.ts) at the foot of the card, as the circle card's "Sign up" */
  .circles-link {
    align-self: flex-end;
    margin-block-start: auto;
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
