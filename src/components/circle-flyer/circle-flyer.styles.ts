import { css } from 'lit';

/**
 * <circle-flyer>: a sheet of paper. On screen it is a scaled preview; printed, the same sheet fills
 * the page. Everything on the sheet is sized in `cqi` of the sheet (`.page`, a size container), so
 * the preview and the paper have the same layout at any scale. The paper is white with dark text
 * whatever the page's theme, and nothing on it says anything by colour alone: the brand colour only
 * draws rules and frames, so a black-and-white printer gives the same flyer.
 *
 * Formats (the printable area, inside the `@page` margins of the print sheet in circle-flyer.ts):
 * letter 7.7 × 10.2 in (0.4 in margins), A4 190 × 277 mm (10 mm margins), half a landscape half of a
 * letter sheet, 7.7 × 4.7 in, two of them on one printed page with a line to cut along.
 */
export const circleFlyerStyles = css`
  :host {
    --_paper-text: #1d2428;
    --_paper-muted: #4f5b62;
  }

  /* ---------- The preview: a sheet on a grey desk ---------- */
  .preview {
    display: grid;
    justify-items: center;
    gap: 0.5em;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .paper {
    /* screen: the whole sheet of paper, its margins included */
    --_margin: calc(0.4 / 8.5);
    --_aspect: 7.7 / 10.2;
    --_fit: calc(7.7 / 10.2);
    container: paper / inline-size;
    inline-size: 100%;
    max-inline-size: 8.5in;
    background: #fff;
    color: var(--_paper-text);
    box-shadow:
      0 1px 3px rgb(0 0 0 / 0.3),
      0 6px 16px rgb(0 0 0 / 0.12);
    break-inside: avoid;
  }
  .paper.format-a4 {
    --_margin: calc(10 / 210);
    --_aspect: 190 / 277;
    --_fit: calc(190 / 277);
    max-inline-size: 210mm;
  }
  .paper.format-half {
    --_aspect: 7.7 / 4.7;
    /* printed: two copies and the cut between them fill the letter page's 7.7 × 10.2 in */
    --_fit: calc(7.7 / 10.2);
  }
  .page {
    container: sheet / inline-size;
    position: relative;
    display: flex;
    flex-direction: column;
    margin: calc(100cqi * var(--_margin));
    aspect-ratio: var(--_aspect);
    overflow: hidden;
    font-size: 2.6cqi;
    line-height: 1.3;
    text-align: start;
  }
  .paper .cut,
  .paper .page.copy {
    display: none;
  }
  .paper-note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    text-align: center;
  }
  p,
  dl,
  dd {
    margin: 0;
  }

  /* ---------- Masthead: logo and library name ---------- */
  .masthead {
    display: flex;
    flex: none;
    align-items: center;
    gap: 2.4cqi;
    padding-block-end: 1.6cqi;
    border-block-end: 0.7cqi solid var(--_brand);
  }
  .logo,
  ::slotted(*) {
    display: block;
    inline-size: auto;
    block-size: auto;
    max-inline-size: 30cqi;
    max-block-size: 9cqi;
    object-fit: contain;
  }
  .library-name {
    font-size: 3.6cqi;
    font-weight: 700;
    line-height: 1.2;
  }

  /* ---------- Body: sized in em of .main and .signup, whose font size the fitting scales
     (--_scale, set by the element when the words are too many for the sheet) ---------- */
  .main,
  .signup {
    font-size: calc(2.6cqi * var(--_scale, 1));
  }
  .main {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    gap: 0.77em;
    min-block-size: 0;
    padding-block: 1.23em 0.92em;
    overflow: hidden;
  }
  .main > * {
    flex: none;
  }
  .kicker {
    color: var(--_paper-muted);
    font-size: 1.15em;
    font-weight: 600;
  }
  .title {
    display: -webkit-box;
    margin: 0;
    overflow: hidden;
    font-size: 2.85em;
    font-weight: 800;
    line-height: 1.08;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
  }
  .long-title .title {
    font-size: 2.1em;
  }
  .course {
    display: flex;
    flex-direction: column;
    font-size: 1.23em;
  }
  .provider {
    color: var(--_paper-muted);
    font-size: 0.88em;
  }
  .free {
    align-self: start;
    padding: 0.26em 0.63em;
    border: 0.5cqi solid var(--_brand);
    border-radius: 0.32em;
    font-size: 1.46em;
    font-weight: 800;
  }
  .details {
    display: grid;
    gap: 0.85em;
    padding-block-start: 0.4em;
  }
  .details .row {
    display: grid;
    grid-template-columns: 9.2em minmax(0, 1fr);
    column-gap: 0.92em;
  }
  .details dt {
    display: flex;
    grid-row: 1 / span 3;
    align-items: flex-start;
    gap: 0.4em;
    color: var(--_paper-muted);
    font-weight: 700;
    line-height: 1.45;
  }
  .details dt .icon {
    flex: none;
    inline-size: 1.3em;
    block-size: 1.3em;
    color: var(--_paper-text);
  }
  .details dd {
    grid-column: 2;
    font-size: 1.3em;
  }
  .details dd:first-of-type {
    font-weight: 700;
  }
  .about {
    max-inline-size: 36em;
    color: var(--_paper-muted);
    font-size: 0.92em;
  }
  .with-strips .about {
    display: none;
  }

  /* ---------- A team's circles ---------- */
  .upcoming {
    display: grid;
    gap: 0.62em;
    min-block-size: 0;
  }
  .upcoming-title {
    margin: 0;
    padding-block-end: 0.25em;
    border-block-end: 0.25cqi solid var(--_paper-muted);
    color: var(--_paper-muted);
    font-size: 1.08em;
    font-weight: 700;
  }
  .circles {
    display: grid;
    gap: 0.92em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .circles li {
    display: grid;
    gap: 0.15em;
    min-inline-size: 0;
    padding-inline-start: 0.77em;
    border-inline-start: 0.9cqi solid var(--_brand);
  }
  .item-title {
    display: -webkit-box;
    overflow: hidden;
    font-size: 1.46em;
    font-weight: 700;
    line-height: 1.15;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
  }
  .item-line {
    font-size: 1.08em;
  }
  .item-line:first-of-type {
    font-weight: 700;
  }
  .many .circles {
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.77em 1.15em;
  }
  .many .item-title {
    font-size: 1.23em;
  }
  .many .item-line {
    font-size: 0.92em;
  }

  /* ---------- QR code and the printed address ---------- */
  .signup {
    display: flex;
    flex: none;
    align-items: center;
    gap: 1.23em;
    padding-block-start: 0.92em;
    border-block-start: 0.3cqi solid var(--_paper-text);
  }
  .qr {
    display: block;
    flex: none;
    inline-size: 28cqi;
    block-size: 28cqi;
    background: #fff;
  }
  .signup-text {
    display: grid;
    gap: 0.38em;
    min-inline-size: 0;
  }
  .cta {
    font-size: 1.77em;
    font-weight: 800;
    line-height: 1.15;
  }
  .how {
    font-size: 0.96em;
  }
  .address {
    font-size: 1.38em;
    font-weight: 700;
    line-height: 1.25;
  }
  /* Blocks in their own direction (dir="auto", an address dir="ltr") stay on the sheet's start
     side: an English venue is right-aligned on an Arabic sheet, an Arabic title left on an
     English one ('start' would follow each block's own direction). */
  .widget[dir='ltr'] :is(dd, .library-name, .kicker, .cta, .how, .address, .item-title, .item-line) {
    text-align: left;
  }
  .widget[dir='rtl'] :is(dd, .library-name, .kicker, .cta, .how, .address, .item-title, .item-line) {
    text-align: right;
  }
  /* an address breaks only after / ? & = (the <wbr>s), never inside a piece */
  .address,
  .strip-address {
    overflow-wrap: normal;
    word-break: normal;
  }
  .piece {
    white-space: nowrap;
  }

  /* ---------- Tear-off strips: the address first, then the title and the weekday. Their text
     runs top to bottom, so its sizes are in cqw (the sheet's width), not cqi, which would be the
     sheet's height in a vertical writing mode ---------- */
  .tear-off {
    display: grid;
    flex: none;
    grid-template-columns: repeat(8, minmax(0, 1fr));
    block-size: 30cqi;
    margin: 0;
    margin-block-start: 2cqi;
    padding: 0;
    border-block-start: 0.3cqi dashed #000;
    list-style: none;
  }
  .tear-off li {
    min-inline-size: 0;
    overflow: hidden;
    border-inline-start: 0.3cqw dashed #000;
  }
  .tear-off li:first-child {
    border-inline-start: 0;
  }
  /* top to bottom in every language (an address reads left to right; a right-to-left title keeps
     its own order inside its isolate) */
  .strip {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
    block-size: 100%;
    padding: 1.2cqw 0.8cqw;
    overflow: hidden;
    direction: ltr;
    font-size: 1.5cqw;
    line-height: 1.2;
    writing-mode: vertical-rl;
  }
  .strip-address {
    font-weight: 700;
  }
  .strip-title,
  .strip-when {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  /* ---------- Half a page: landscape, the QR code in a column of its own ---------- */
  .format-half .page {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 28cqi;
    grid-template-rows: auto minmax(0, 1fr) auto;
    column-gap: 3cqi;
  }
  .format-half .main,
  .format-half .signup {
    font-size: calc(2.1cqi * var(--_scale, 1));
  }
  .format-half .masthead {
    padding-block-end: 1cqi;
  }
  .format-half .logo,
  .format-half ::slotted(*) {
    max-block-size: 6cqi;
  }
  .format-half .library-name {
    font-size: 2.8cqi;
  }
  .format-half .main {
    grid-column: 1;
    grid-row: 2;
    padding-block: 0.9em 0.4em;
  }
  .format-half .title {
    -webkit-line-clamp: 2;
  }
  .format-half .about {
    display: none;
  }
  .format-half .signup {
    grid-column: 2;
    grid-row: 1 / span 2;
    flex-direction: column;
    align-items: stretch;
    justify-content: flex-start;
    min-block-size: 0;
    padding: 0;
    overflow: hidden;
    border: 0;
  }
  .format-half .qr {
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 1;
  }
  .format-half .cta {
    font-size: 1.46em;
  }
  .format-half .address {
    font-size: 1.15em;
  }
  .format-half.with-strips .how,
  .format-half.with-strips .kicker {
    display: none;
  }
  .format-half .circles {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
  .format-half .tear-off {
    grid-column: 1 / -1;
    block-size: 20cqi;
    margin-block-start: 1cqi;
  }
  .format-half .strip {
    padding: 0.8cqw 0.5cqw;
    font-size: 1.2cqw;
  }

  /* ---------- While loading ---------- */
  .skeleton .main {
    gap: 3cqi;
  }
  .skeleton .bone {
    block-size: 3cqi;
  }
  .skeleton .bone.title {
    block-size: 8cqi;
  }
  .skeleton .signup {
    border: 0;
  }
  .skeleton .qr-bone {
    inline-size: 28cqi;
    block-size: 28cqi;
  }

  /* ---------- Below the sheet: Print, Save as image ---------- */
  .actions {
    display: grid;
    justify-items: start;
    gap: 0.5em;
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .buttons,
  .image-sizes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .image-sizes[hidden] {
    display: none;
  }
  .image-status {
    margin: 0;
  }
  .image-status.failed {
    color: var(--_danger);
    font-weight: 600;
  }
  .notice .circle-name {
    font-weight: 600;
  }

  /* ---------- Print ---------- */
  @media print {
    .actions,
    .paper-note {
      display: none !important;
    }
    .preview {
      display: block;
      padding: 0;
      background: none;
    }
    .paper {
      box-shadow: none;
    }
    .paper,
    .paper * {
      color: #000 !important;
    }
    /* set up by preparePrint(): the sheet fills the page's printable area, and nothing else prints */
    :host([data-p2pu-printing]) .paper {
      inline-size: min(100vw, calc(100vh * var(--_fit)) - 2px);
      max-inline-size: none;
      margin: 0;
    }
    :host([data-p2pu-printing]) .page {
      margin: 0;
    }
    :host([data-p2pu-printing]) .format-half .page.copy {
      display: grid;
    }
    :host([data-p2pu-printing]) .format-half .cut {
      position: relative;
      display: block;
      block-size: calc(100cqi * 0.8 / 7.7);
    }
    :host([data-p2pu-printing]) .format-half .cut::before {
      position: absolute;
      inset-block-start: 50%;
      inset-inline: 0;
      border-block-start: 1px dashed #000;
      content: '';
    }
  }
`;
