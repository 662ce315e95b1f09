import { css } from 'lit';

/**
 * <circle-card>: the card is one link target (the title link's ::after covers the card: the
 * "stretched link" technique). Layout follows the width of the card's own container
 * (container queries), not the viewport: a card in a sidebar is narrow on a wide screen.
 */
export const circleCardStyles = css`
  :host {
    --_card-padding: calc(var(--_space) * 1.1);
    --_gap: calc(var(--_space) * 0.5);
    /* fill a grid row (equal-height cards) by flex, not height: 100%, which quirks-mode pages
       resolve against the window */
    display: flex;
    flex-direction: column;
    /* the layout follows the card's own width (the host: no wrapper element of its own) */
    container: circle-card / inline-size;
  }

  /* ---------- Card frame ---------- */
  .card {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    flex: 1 1 auto;
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    transition: box-shadow 0.15s ease-in-out, border-color 0.15s ease-in-out;
  }
  .card.linked:hover {
    border-color: var(--_brand);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.14);
  }
  @media (prefers-reduced-motion: reduce) {
    .card {
      transition: none;
    }
  }

  /* ---------- Image ---------- */
  .media {
    position: relative;
    aspect-ratio: 16 / 9;
    overflow: hidden;
    background: var(--_surface-alt);
    border-start-start-radius: calc(var(--_radius) - 1px);
    border-start-end-radius: calc(var(--_radius) - 1px);
  }
  .media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  /* the dotted ground, at the scale the picture has on a card of about 360 px */
  .placeholder {
    background-image: radial-gradient(
      circle at 3.4px 3.4px,
      color-mix(in srgb, var(--_border) 35%, transparent) 1.8px,
      transparent 1.9px
    );
    background-size: 18px 18px;
  }
  .placeholder,
  .placeholder::before,
  .placeholder::after {
    /* printed as the inline <svg> it replaces was */
    print-color-adjust: exact;
  }
  .placeholder::before,
  .placeholder::after {
    content: '';
    position: absolute;
    inset: 0;
    -webkit-mask: var(--_picture) center / cover no-repeat;
    mask: var(--_picture) center / cover no-repeat;
  }
  .placeholder::before {
    background: var(--_surface);
  }
  .placeholder::after {
    background: var(--_brand);
  }

  /* ---------- Text ---------- */
  .body {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    min-inline-size: 0;
    padding: var(--_card-padding);
  }
  .title {
    margin: 0;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
    color: var(--_text);
    hyphens: auto;
  }
  .title a {
    color: inherit;
    text-decoration: none;
    border-radius: 2px;
  }
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
    border-radius: var(--_radius);
  }
  .title a:focus-visible {
    outline: none;
  }
  .title a:focus-visible::after {
    outline: 3px solid var(--_link);
    outline-offset: 2px;
  }
  .card.linked:hover .title a {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.15em;
  }

  /* A line with an icon: the icon (a masked ::before in the link colour) beside the text, and a
     second line of text (the provider, the viewer's time) under the first. */
  .course,
  .meta li {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
  }
  /* text from P2PU takes its direction from its first letters (as dir="auto" would), while the
     line keeps the widget's direction: an English venue on an Arabic page still reads left to right */
  .course,
  .place,
  .facilitators {
    unicode-bidi: plaintext;
  }
  .course::before,
  .meta li::before {
    content: '';
    grid-row: span 2;
    inline-size: 1.2em;
    block-size: 1.2em;
    margin-block-start: 0.1em;
    background: var(--_link);
    -webkit-mask: var(--_icon) center / contain no-repeat;
    mask: var(--_icon) center / contain no-repeat;
    print-color-adjust: exact;
  }
  @media (forced-colors: active) {
    .course::before,
    .meta li::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
  .course {
    /* the paragraph's own text is the provider's line, 0.92 of the card's size; the course title
       and the icon are sized back to the card's */
    column-gap: calc(0.4em / 0.92);
    margin: 0;
    color: var(--_muted);
    font-size: 0.92em;
    line-height: 1.35;
  }
  .course::before {
    inline-size: calc(1.2em / 0.92);
    block-size: calc(1.2em / 0.92);
  }
  .course-title {
    color: var(--_text);
    font-size: calc(1em / 0.92);
    font-weight: 600;
  }

  .badge {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.6em 0.1em 0.45em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 600;
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
  }
  .badge .icon {
    inline-size: 1.05em;
    block-size: 1.05em;
  }
  .status.open {
    color: var(--_success);
    background: color-mix(in srgb, var(--_success) 9%, var(--_surface));
  }
  .status.starting-soon,
  .status.in-progress {
    color: var(--_link);
    background: color-mix(in srgb, var(--_brand) 9%, var(--_surface));
  }
  .status.full {
    color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  }
  .status.closed,
  .status.completed {
    color: var(--_muted);
    background: var(--_surface-alt);
  }
  .status.draft {
    color: var(--_muted);
    border-style: dashed;
  }

  .meta {
    display: grid;
    gap: 0.3em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.95em;
  }
  .meta li {
    /* text as wide as it is, beside the icon */
    justify-items: start;
    column-gap: 0.45em;
    min-inline-size: 0;
  }
  .meta li[hidden] {
    display: none;
  }
  .viewer-time {
    color: var(--_muted);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_gap);
    margin-block-start: auto;
    padding-block-start: calc(var(--_space) * 0.35);
  }
  .seats {
    font-weight: 600;
    color: var(--_text);
  }
  .seats.none {
    color: var(--_danger);
  }
  /* why a circle still listed as open takes no signups: a sentence, so it may wrap before the CTA */
  .reason {
    flex: 1 1 12em;
    min-inline-size: 0;
    color: var(--_text);
  }
  .cta {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    margin-inline-start: auto;
    padding: 0.35em 0.9em;
    border: 2px solid var(--_brand);
    border-radius: var(--_radius);
    background: var(--_brand);
    color: var(--_on-brand);
    font-weight: 600;
    line-height: 1.3;
  }
  .cta.secondary {
    background: var(--_surface);
    color: var(--_link);
  }
  .cta .icon:dir(rtl) {
    transform: scaleX(-1);
  }
  .card.linked:hover .cta {
    text-decoration: underline;
  }

  /* ---------- Layouts ---------- */
  /* compact: no image, tight (sidebars) */
  .card.layout-compact {
    --_card-padding: calc(var(--_space) * 0.75);
    --_gap: calc(var(--_space) * 0.35);
  }
  .card.layout-compact .title {
    font-size: 1.05em;
  }
  .card.layout-compact .meta {
    font-size: 0.9em;
  }
  .card.layout-compact .cta {
    padding: 0.2em 0.7em;
  }

  /* list (and a card in a wide container): the image beside the text */
  @container circle-card (min-width: 480px) {
    .card.layout-list {
      grid-template-columns: minmax(150px, 34%) minmax(0, 1fr);
    }
    .card.layout-list .media {
      aspect-ratio: auto;
      min-block-size: 100%;
      border-start-end-radius: 0;
      border-end-start-radius: calc(var(--_radius) - 1px);
    }
  }
  @container circle-card (min-width: 680px) {
    .card.layout-card {
      grid-template-columns: minmax(220px, 36%) minmax(0, 1fr);
    }
    .card.layout-card .media {
      aspect-ratio: auto;
      min-block-size: 100%;
      border-start-end-radius: 0;
      border-end-start-radius: calc(var(--_radius) - 1px);
    }
  }
  @container circle-card (max-width: 359px) {
    .card {
      --_card-padding: calc(var(--_space) * 0.8);
    }
    .card.layout-list .media,
    .card.layout-card .media {
      aspect-ratio: 2 / 1;
    }
  }

  /* ---------- Loading (bones: src/styles/skeleton.ts), not found and error (src/styles/notices.ts) ---------- */
  .skeleton {
    pointer-events: none;
  }
  .skeleton .media {
    background: var(--_surface-alt);
  }
  .bone.button-bar {
    align-self: flex-end;
    inline-size: 7em;
    block-size: 2.4em;
    margin-block-start: calc(var(--_space) * 0.5);
    border-radius: var(--_radius);
  }
`;
