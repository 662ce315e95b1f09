import { css } from 'lit';

/**
 * <circle-card>: the card is one link target (the title link's ::after covers the card: the
 * "stretched link" technique). Layout follows the card's own width, not the viewport: a card in a
 * sidebar is narrow on a wide screen. It is worked out by the grid's own percentages (see Layouts),
 * not by container queries: a size container per card cost a finder about three times the style
 * and layout work of a "Load more" of 100 (docs/performance.md).
 */
export const circleCardStyles = css`
  :host {
    /* narrower than 358 px (a phone's card, most cards of a grid) the text sits closer to the
       edge: a percentage of padding is one of the box's width, so this is a step at 357 px */
    --_card-padding: clamp(calc(var(--_space) * 0.8), (100% - 357px) * 999, calc(var(--_space) * 1.1));
    --_gap: calc(var(--_space) * 0.5);
  }

  /* ---------- Card frame (its look: src/styles/card.ts) ---------- */
  /* as tall as its row: the picture keeps its height, the text takes the rest, so the call to
     action sits at the bottom of every card in a row. Its content is clipped to its rounded
     corners, so the picture needs no corners of its own whichever side of the text it is on. */
  .card {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-auto-rows: auto 1fr;
    overflow: clip;
    transition: box-shadow 0.15s ease-in-out, border-color 0.15s ease-in-out;
  }
  /* the whole card is one link: outlined in the brand colour with a shadow on hover */
  .card.linked:hover {
    border-color: var(--_brand);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.14);
  }
  @media (prefers-reduced-motion: reduce) {
    .card {
      transition: none;
    }
  }
  /* highlighted (chosen on a linked map): a ring in the brand colour outside the border, apart from
     the focus ring of the title's link (in the link colour, 2px out); in forced colours, where
     shadows are dropped, an outline in the system's highlight colour */
  :host([highlighted]) .card {
    border-color: var(--_brand);
    box-shadow: 0 0 0 3px var(--_brand);
  }
  @media (forced-colors: active) {
    :host([highlighted]) .card {
      outline: 3px solid Highlight;
      outline-offset: 1px;
    }
  }

  /* ---------- Image ---------- */
  /* 16:9, or 2:1 narrower than 358 px: the height is the ::before's padding, a percentage of the
     picture's width (aspect-ratio cannot step with the width). Beside the text it is at least that
     tall and as tall as the text. */
  .media {
    position: relative;
    overflow: hidden;
    background: var(--_surface-alt);
  }
  .media::before {
    content: '';
    display: block;
    padding-block-start: max(50%, min(56.25%, (100% - 357px) * 999));
  }
  .media img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  /* ---------- Text ---------- */
  .body {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    min-inline-size: 0;
    padding: var(--_card-padding);
  }
  /* (its size: src/styles/card.ts) long words of a circle's title break with a hyphen */
  .title {
    hyphens: auto;
  }
  /* the title's link (its look: src/styles/card.ts) covers the card */
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
    border-radius: var(--_radius);
  }
  /* its focus ring goes round the card; the card clips what is inside it, so a browser without
     :has() draws the ring just inside the card's edge */
  .title a:focus-visible {
    outline: none;
  }
  .title a:focus-visible::after {
    outline: 3px solid var(--_link);
    outline-offset: -3px;
  }
  @supports selector(:has(*)) {
    .title a:focus-visible::after {
      outline: none;
    }
    .card:has(.title a:focus-visible) {
      outline: 3px solid var(--_link);
      outline-offset: 2px;
    }
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
  .directions,
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
    -webkit-mask: var(--_icons) var(--_at) 0 / var(--_icons-size) no-repeat;
    mask: var(--_icons) var(--_at) 0 / var(--_icons-size) no-repeat;
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

  /* the status badge: a pill with an icon and words, in the colour of its status (--_tone) */
  .badge {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.6em 0.1em 0.45em;
    border: 1px solid;
    border-radius: 999px;
    color: var(--_tone, var(--_text));
    background: color-mix(in srgb, var(--_tone, var(--_text)) 9%, var(--_surface));
    font-size: 0.85em;
    font-weight: 600;
    line-height: 1.5;
  }
  .badge .icon {
    inline-size: 1.05em;
    block-size: 1.05em;
  }
  .open {
    --_tone: var(--_success);
  }
  .starting-soon,
  .in-progress {
    --_tone: var(--_link);
  }
  .full {
    --_tone: var(--_danger);
  }
  .closed,
  .completed,
  .draft {
    --_tone: var(--_muted);
  }
  .draft {
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

  /* ---------- Controls above the card's link: the venue's map link, Share, Add to calendar
     (src/styles/circle-actions.ts). Only they are raised: a click beside them still reaches the
     card's link. ---------- */
  .directions[href],
  .circle-actions > * {
    position: relative;
    z-index: 2;
  }
  .directions[href] {
    min-block-size: 24px;
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* opens elsewhere (its mask, in the icons' sprite: circle-card.pictures.ts) */
  .directions[href]::after {
    content: '';
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    margin-inline-start: 0.3em;
    vertical-align: -0.1em;
    background: currentColor;
    -webkit-mask: var(--_icons) var(--_at) 0 / var(--_icons-size) no-repeat;
    mask: var(--_icons) var(--_at) 0 / var(--_icons-size) no-repeat;
    print-color-adjust: exact;
  }
  .directions[href]:dir(rtl)::after {
    transform: scaleX(-1);
  }
  @media (forced-colors: active) {
    .directions[href]::after {
      forced-color-adjust: none;
      background: LinkText;
    }
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
  /* a .button (host.ts) inside the card's link: not a target of its own, so not 44 px tall */
  .cta {
    min-block-size: 0;
    margin-inline-start: auto;
    padding: 0.35em 0.9em;
  }
  /* its arrow: a mask (circle-card.pictures.ts), no node of its own */
  .cta::after {
    content: '';
    flex: none;
    inline-size: 1.2em;
    block-size: 1.2em;
    background: currentColor;
    -webkit-mask: var(--_icons) var(--_at) 0 / var(--_icons-size) no-repeat;
    mask: var(--_icons) var(--_at) 0 / var(--_icons-size) no-repeat;
    print-color-adjust: exact;
  }
  .cta:dir(rtl)::after {
    transform: scaleX(-1);
  }
  @media (forced-colors: active) {
    .cta::after {
      forced-color-adjust: none;
      background: CanvasText;
    }
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

  /* list from 480 px, card from 680 px: the picture beside the text, in the first of three
     equal columns, the text in the other two. Narrower, the track's smallest size is the whole
     width, so one column fits and the text wraps under the picture (the 0 px column lets the text
     span two columns there too). The step is a percentage of the card's own width (478 and 678 px
     inside its border); no container query. */
  .card.layout-list {
    --_beside-from: 478px;
  }
  .card.layout-card {
    --_beside-from: 678px;
  }
  .card:not(.layout-compact) {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, max(33%, (var(--_beside-from) - 100%) * 999)), 1fr)) 0;
  }
  .card:not(.layout-compact) > .body {
    grid-column: span 2;
  }

  /* ---------- No picture: a low band (src/styles/picture.ts) with the seats mark
     (src/styles/circle-icons.ts) at its centre; beside the text it fills the image column ---------- */
  .placeholder::before {
    padding-block-start: 25%;
  }
  /* the mark is one cell of the icons' sprite: a square box, centred (left and translate are
     symmetric, so right to left too), as tall as 60 % of the band, at most 3em */
  .placeholder::after {
    content: '';
    position: absolute;
    inset-block: 0;
    left: 50%;
    margin-block: auto;
    block-size: min(60%, 3em);
    aspect-ratio: 1;
    translate: -50%;
    background: color-mix(in oklab, var(--_hue) 70%, var(--_surface));
    -webkit-mask: var(--_icons) var(--_at) 0 / var(--_icons-size) no-repeat;
    mask: var(--_icons) var(--_at) 0 / var(--_icons-size) no-repeat;
    print-color-adjust: exact;
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
