/**
 * The printed sheet of <circle-flyer> (its view): masthead, title, details or the poster's list,
 * the QR code with the printed address, and the tear-off strips, from a {@link SheetView}. A
 * half-page handout draws it twice; only the `main` copy carries ids and parts and is read by
 * assistive technology.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { icons } from '../../internal/icons.js';
import type { HeadingOptions } from '../../internal/widget-element.js';
import { aboutLine, addressPieces, freeLine } from './flyer-text.js';
import type { SheetView } from './flyer-view.js';
import { qrSvg } from './qr.js';

/** How many tear-off strips run along the bottom of a sheet. */
const STRIPS = 8;

export interface SheetOptions {
  /** The copy assistive technology reads (ids, parts and the logo slot only there). */
  main: boolean;
  /** The library's name ('' for none). */
  library: string;
  /** The `logo` attribute's image (null for none). */
  logo: string | null;
  tearOff: boolean;
  /** The widget's heading at its level (WidgetElement's `heading`). */
  heading: (content: unknown, options?: HeadingOptions) => TemplateResult;
}

const iconOf = { when: icons.calendar, where: icons.place, facilitators: icons.people };

/** One copy of the sheet. */
export function renderPage(view: SheetView, modules: boolean[][], options: SheetOptions) {
  const { main, library, logo, tearOff, heading } = options;
  const part = (name: string) => (main ? name : nothing);
  const logoImage = logo ? html`<img class="logo" src=${logo} alt="" />` : nothing;
  const title = html`<span dir="auto" lang=${view.titleLang ?? nothing}>${view.title}</span>`;
  return html`<header class="masthead" part=${part('library')}>
      ${main ? html`<slot name="logo">${logoImage}</slot>` : logoImage}
      ${library ? html`<p class="library-name" dir="auto">${library}</p>` : nothing}
    </header>
    <div class="main">
      <p class="kicker" dir="auto">${view.kicker}</p>
      ${main ? heading(title, { id: 'flyer-title', part: 'title', className: 'title' }) : html`<p class="title">${title}</p>`}
      ${view.course || view.provider
        ? html`<p class="course" part=${part('course')}>${view.course ? html`<span class="course-title">${view.course}</span>` : nothing}${view.provider ? html`<span class="provider">${view.provider}</span>` : nothing}</p>`
        : nothing}
      <p class="free" part=${part('free')} dir="auto">${freeLine()}</p>
      ${view.kind === 'circle' ? renderDetails(view, main) : renderItems(view, main, heading)}
      ${view.kind === 'circle' ? html`<p class="about">${aboutLine()}</p>` : nothing}
    </div>
    <div class="signup" part=${part('signup')}>
      ${qrSvg(modules, msg(str`QR code for ${view.address}`), main ? 'qr' : '')}
      <div class="signup-text">
        <p class="cta" dir="auto">${view.cta}</p>
        <p class="how" dir="auto">${msg('Scan the code with your phone’s camera, or type this address:')}</p>
        <p class="address" part=${part('address')} dir="ltr">${renderAddress(view.address)}</p>
      </div>
    </div>
    ${tearOff ? renderStrips(view, main) : nothing}`;
}

function renderDetails(view: SheetView, main: boolean) {
  return html`<dl class="details" part=${main ? 'details' : nothing}>
    ${view.details.map(
      (row) => html`<div class="row ${row.key}">
        <dt>${iconOf[row.key]}<span>${row.label}</span></dt>
        ${row.lines.map((line) => html`<dd dir="auto">${line}</dd>`)}
      </div>`,
    )}
  </dl>`;
}

function renderItems(view: SheetView, main: boolean, heading: SheetOptions['heading']) {
  return html`<div class="upcoming">
    ${main ? heading(msg('Coming up'), { offset: 1, className: 'upcoming-title' }) : html`<p class="upcoming-title">${msg('Coming up')}</p>`}
    <ul class="circles" part=${main ? 'circles' : nothing} role="list">
      ${view.items.map(
        (item) => html`<li>
          <p class="item-title" dir="auto" lang=${item.lang ?? nothing}>${item.title}</p>
          ${item.lines.map((line) => html`<p class="item-line" dir="auto">${line}</p>`)}
        </li>`,
      )}
    </ul>
  </div>`;
}

/** The address with a break opportunity after each `/`, `?`, `&` and `=`, and nowhere else. */
function renderAddress(address: string) {
  const pieces = addressPieces(address);
  return pieces.map((piece, i) => html`<span class="piece">${piece}</span>${i < pieces.length - 1 ? html`<wbr />` : nothing}`);
}

function renderStrips(view: SheetView, main: boolean) {
  const strip = html`<li><div class="strip">
    <span class="strip-address" dir="ltr">${renderAddress(view.address)}</span>
    <span class="strip-title" dir="auto">${view.strip.title}</span>
    ${view.strip.when ? html`<span class="strip-when" dir="auto">${view.strip.when}</span>` : nothing}
  </div></li>`;
  // the same words eight times: assistive technology reads them once, beside the QR code
  return html`<ul class="tear-off" part=${main ? 'tear-off' : nothing} aria-hidden="true">
    ${Array.from({ length: STRIPS }, () => strip)}
  </ul>`;
}
