import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { msg, str } from '@lit/localize';
import { WidgetElement, widgetStyles, type HeadingOptions } from '../../internal/widget-element.js';
import { defineElement } from '../../internal/define.js';
import { icon, icons } from '../../internal/icons.js';
import { renderErrorNotice } from '../../internal/error-notice.js';
import { balanced, isBlank, isolate } from '../../internal/bidi.js';
import { cleanAttribute, parsePositiveInteger } from '../../config/config.js';
import { closedReason, fetchCircle, isAbortError, searchCircles, type LearningCircle } from '../../api/index.js';
import { noticeStyles } from '../../styles/notices.js';
import { skeletonStyles } from '../../styles/skeleton.js';
import { circleFlyerStyles } from './circle-flyer.styles.js';
import { qrModules } from './qr.js';
import { FORMATS, circleTitle, unavailableText, type FlyerFormat } from './flyer-text.js';
import { FlyerPrint } from './flyer-print.js';
import { circleView, imageBlocks, teamView, type SheetView } from './flyer-view.js';
import { chooseCirclePage } from '../../internal/p2pu-links.js';
import { renderPage } from './flyer-sheet.js';
import type { FlyerImageData, FlyerImageShape } from './flyer-image.js';

export type { FlyerFormat } from './flyer-text.js';
export type { FlyerImageShape } from './flyer-image.js';
export { PRINTING_ATTRIBUTE } from './flyer-print.js';

/** How many circles a team poster lists when `limit` is not given, and at most. */
const DEFAULT_LIMIT = 4;
const MAX_LIMIT = 8;

type Loaded =
  | { kind: 'circle'; circle: LearningCircle | null }
  | { kind: 'team'; teamId: number; circles: LearningCircle[] };

type Wanted = { kind: 'circle'; id: number } | { kind: 'team'; teamId: number };

/** An http(s) address from a `logo` attribute (relative ones against the page), or null. */
function logoAddress(value: string): string | null {
  try {
    const url = new URL(value, globalThis.location?.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const printIcon = icon('M7 9V3h10v6M7 17H5a2 2 0 0 1-2-2v-4a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v4a2 2 0 0 1-2 2h-2M7 14h10v7H7z');

/**
 * A print-ready flyer for one learning circle (`circle-id`), or a branch poster for a team
 * (`team-id` without `circle-id`: its next learning circles open for signup, up to `limit`), made
 * from live P2PU data. A flyer shows the circle's title, course and provider, "Free. No experience
 * needed.", weekday and time with the time zone, dates and number of meetings, venue and address,
 * the facilitators, the library's name and logo, and a QR code with the printed address of the
 * signup page beside it: the library's own (`signup-page`), else the circle's page on P2PU. A
 * poster lists its circles and one QR code to the library's page of learning circles
 * (`circles-page`), else the team's circles on P2PU.
 *
 * On screen the sheet is shown as a scaled preview, with "Print" and "Save as image" (a PNG for
 * social media, square or portrait) below it. A closed, full, ended or unpublished circle gets no
 * flyer: the widget says why instead.
 *
 * Printing: {@link CircleFlyer.print} (the Print button) calls {@link CircleFlyer.preparePrint},
 * then `window.print()`, and {@link CircleFlyer.endPrint} on `afterprint`. Call `preparePrint()`
 * yourself to print in another way (a headless browser's PDF export), and `endPrint()` afterwards.
 *
 * @tag circle-flyer
 *
 * @slot logo - The library's logo, instead of the `logo` attribute's image (an `<img>` or `<svg>`; it is scaled to the masthead).
 *
 * @csspart preview - The area around the sheet on screen (not printed).
 * @csspart sheet - The sheet: the flyer or poster itself, as printed.
 * @csspart library - The masthead with the library's logo and name.
 * @csspart title - The circle's name (a flyer) or the poster's heading.
 * @csspart course - Course title and provider.
 * @csspart free - "Free. No experience needed."
 * @csspart details - When, where and who (a flyer).
 * @csspart circles - The list of learning circles (a poster).
 * @csspart signup - The QR code and the printed address beside it.
 * @csspart qr - The QR code (one `<svg>`).
 * @csspart address - The printed address of the signup page (or of the page of learning circles).
 * @csspart tear-off - The tear-off strips along the bottom (`tear-off`).
 * @csspart actions - The Print and Save as image buttons below the sheet (not printed).
 * @csspart print-button - The Print button.
 * @csspart image-button - The Save as image button.
 * @csspart status - Loading, "no flyer", "no open circles" and error messages.
 * @csspart problem - A configuration problem, in words for a page editor.
 */
export class CircleFlyer extends WidgetElement {
  static override styles = [widgetStyles, noticeStyles, skeletonStyles, circleFlyerStyles];

  /** The learning circle (a normalized `LearningCircle` from the API client). Wins over `circle-id`. */
  @property({ attribute: false }) circle: LearningCircle | null = null;

  /** Id of the learning circle to make a flyer for, e.g. `4821`. Without it, `team-id` makes a team poster. */
  @property({ attribute: 'circle-id', reflect: true }) circleId?: string;

  /** A team poster: how many of the team's next open learning circles it lists, 1–8; default 4. */
  @property({ reflect: true }) limit?: string | number;

  /** `letter` (default) or `a4`, portrait posters; `half`, a half-page handout (two to a letter sheet). */
  @property({ reflect: true }) format?: string;

  /** Adds tear-off strips along the bottom with the short address (and the circle's title and weekday). */
  @property({ attribute: 'tear-off', type: Boolean, reflect: true }) tearOff = false;

  /** The library's name, printed in the masthead, e.g. `Riverbend Public Library`. */
  @property({ attribute: 'library-name', reflect: true }) libraryName?: string;

  /** The library's logo (an http(s) image address; relative to the page is fine). The `logo` slot wins. */
  @property({ reflect: true }) logo?: string;

  /** Whether the image sizes are shown. */
  @state() private imageMenuOpen = false;
  /** How making an image went: '' (not asked), `working`, `done` or `failed`. */
  @state() private imageStatus: '' | 'working' | 'done' | 'failed' = '';

  /** The print of this flyer alone (flyer-print.ts). */
  private readonly printing = new FlyerPrint(this);
  private resizeObserver: ResizeObserver | null = null;

  private readonly loader = new Task(this, {
    args: () => {
      const wanted = this.circle ? null : this.wanted;
      return [wanted?.kind ?? null, wanted?.kind === 'circle' ? wanted.id : wanted?.teamId ?? null, this.limitValue, this.config.endpoint, this.config.transport] as const;
    },
    task: async ([kind, id, limit], { signal }): Promise<Loaded | undefined> => {
      if (kind === null || id === null) return undefined;
      if (kind === 'circle') return { kind, circle: await fetchCircle(this.client, id, { signal }) };
      // a few more than the poster lists: full circles and those on their last day are left out
      const page = await searchCircles(
        this.client,
        { teamId: id, signup: 'open', order: 'first_meeting_date', limit: Math.min(20, limit * 2) },
        { signal },
      );
      return { kind, teamId: id, circles: page.items.filter((c) => closedReason(c) === null).slice(0, limit) };
    },
  });

  /** What to load: a circle by `circle-id`, else the team of `team-id`; null when neither is usable. */
  private get wanted(): Wanted | null {
    const raw = cleanAttribute(this.circleId);
    if (raw) {
      const id = parsePositiveInteger(raw);
      return id === null ? null : { kind: 'circle', id };
    }
    const teamId = this.config.teamId;
    return teamId === null ? null : { kind: 'team', teamId };
  }

  private get limitValue(): number {
    const n = parsePositiveInteger(cleanAttribute(String(this.limit ?? '')));
    return n !== null && n <= MAX_LIMIT ? n : DEFAULT_LIMIT;
  }

  /** The paper format in use: `format` when it is one, else `letter`. */
  private get formatName(): FlyerFormat {
    const value = cleanAttribute(this.format).toLowerCase() as FlyerFormat;
    return FORMATS.includes(value) ? value : 'letter';
  }

  private get logoUrl(): string | null {
    const raw = cleanAttribute(this.logo);
    return raw ? logoAddress(raw) : null;
  }

  protected override widgetProblems(): string[] {
    const problems: string[] = [];
    if (!this.circle) {
      const raw = cleanAttribute(this.circleId);
      if (raw && parsePositiveInteger(raw) === null) {
        problems.push(msg(str`circle-id "${raw}" is not a learning circle number. Use the number at the end of the circle’s P2PU address, such as 4821.`));
      } else if (!raw && this.config.teamId === null) {
        problems.push(
          msg('No learning circle or team chosen: add a circle-id attribute (such as 4821) for a flyer of one learning circle, or a team-id attribute (such as 12) for a poster of the team’s next learning circles.'),
        );
      }
    }
    const format = cleanAttribute(this.format);
    if (format && !FORMATS.includes(format.toLowerCase() as FlyerFormat)) {
      problems.push(msg(str`format "${format}" must be letter, a4 or half; the flyer is printed on letter paper.`));
    }
    const limit = cleanAttribute(String(this.limit ?? ''));
    if (limit) {
      const n = parsePositiveInteger(limit);
      if (n === null || n > MAX_LIMIT) problems.push(msg(str`limit "${limit}" must be a whole number from 1 to 8; the poster lists 4 learning circles.`));
    }
    const logo = cleanAttribute(this.logo);
    if (logo && !this.logoUrl) problems.push(msg(str`logo "${logo}" is not an http(s) address of an image, so no logo is shown.`));
    return problems;
  }

  protected override get viewState(): string {
    if (this.circle) return closedReason(this.circle) === null ? 'content' : 'unavailable';
    if (this.wanted === null) return 'problem';
    switch (this.loader.status) {
      case TaskStatus.COMPLETE: {
        const loaded = this.loader.value;
        if (!loaded) return 'loading';
        if (loaded.kind === 'team') return loaded.circles.length ? 'content' : 'empty';
        if (!loaded.circle) return 'not-found';
        return closedReason(loaded.circle) === null ? 'content' : 'unavailable';
      }
      case TaskStatus.ERROR:
        return isAbortError(this.loader.error) ? 'loading' : 'error';
      default:
        return 'loading';
    }
  }

  override disconnectedCallback(): void {
    this.endPrint();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    super.disconnectedCallback();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const paper = this.renderRoot.querySelector<HTMLElement>('.paper:not(.skeleton)');
    if (!paper) return;
    this.fitSheet(paper);
    // a sheet first laid out while hidden (no size) is fitted once it is shown
    this.resizeObserver ??= new ResizeObserver(() => {
      const shown = this.renderRoot.querySelector<HTMLElement>('.paper:not(.skeleton)');
      if (shown) this.fitSheet(shown);
    });
    this.resizeObserver.observe(paper);
  }

  /**
   * Makes the words on the sheet smaller, down to 60 %, until they fit (a long title, a long list,
   * a wordy language): `--_scale` on the paper. Everything on the sheet is sized relative to the
   * sheet, so what fits in the preview fits on paper.
   */
  private fitSheet(paper: HTMLElement): void {
    const page = paper.querySelector<HTMLElement>('.page');
    if (!page || page.clientHeight === 0) return;
    const boxes = [...page.querySelectorAll<HTMLElement>(':scope > .main, :scope > .signup')];
    const address = page.querySelector<HTMLElement>('.address');
    // too tall for the sheet, or a piece of the address too long for its line
    const overflows = () =>
      boxes.some((box) => box.scrollHeight > box.clientHeight + 1) || (address !== null && address.scrollWidth > address.clientWidth + 1);
    let scale = 1;
    paper.style.setProperty('--_scale', '1');
    while (scale > 0.6 && overflows()) {
      scale = Math.round((scale - 0.05) * 100) / 100;
      paper.style.setProperty('--_scale', String(scale));
    }
  }

  /**
   * Sets the page up to print this flyer alone, on exactly one page: adopts one stylesheet into
   * `document.adoptedStyleSheets` with the paper (`@page` size and margin of the `format`) and
   * print rules that hide everything on the page but this flyer, and marks this element with the
   * `data-p2pu-printing` attribute. Nothing changes on screen. Call {@link endPrint} when the print
   * is done. A flyer set up earlier is ended first; calling it twice is harmless.
   */
  preparePrint(): void {
    this.printing.prepare(this.formatName);
  }

  /**
   * Undoes {@link preparePrint}: removes its stylesheet and the attribute, so
   * `document.adoptedStyleSheets` is exactly as it was before. Harmless when not prepared.
   */
  endPrint(): void {
    this.printing.end();
  }

  /**
   * Prints the flyer (what the Print button does): {@link preparePrint}, the browser's print
   * dialog (`window.print()`), and {@link endPrint} once the browser says the print is over
   * (`afterprint`).
   */
  print(): void {
    this.printing.print(this.formatName);
  }

  protected override renderWidget() {
    if (this.circle) return this.renderCircle(this.circle);
    if (this.wanted === null) return nothing;
    return this.loader.render({
      initial: () => this.renderSkeleton(),
      pending: () => this.renderSkeleton(),
      complete: (loaded) => {
        if (!loaded) return this.renderSkeleton();
        if (loaded.kind === 'team') return this.renderTeam(loaded.teamId, loaded.circles);
        return loaded.circle ? this.renderCircle(loaded.circle) : this.renderNotFound();
      },
      error: (error) => (isAbortError(error) ? this.renderSkeleton() : this.renderError(error)),
    });
  }

  /** The library's page of learning circles, else the team's (or all) circles on P2PU. */
  private circlesTarget(teamId: number | null) {
    return chooseCirclePage(this.config.circlesPage, this.formatLocale, teamId);
  }

  private get libraryNameText(): string {
    const name = this.libraryName ?? '';
    return isBlank(name) ? '' : balanced(name.trim());
  }

  // ---------- Views ----------

  private renderCircle(c: LearningCircle) {
    const reason = closedReason(c);
    if (reason !== null) return this.renderUnavailable(c, reason);
    return this.renderSheet(circleView(c, this.formatLocale, this.config.signupPage, this.localName));
  }

  private renderTeam(teamId: number, circles: LearningCircle[]) {
    if (circles.length === 0) return this.renderEmpty(teamId);
    return this.renderSheet(teamView(teamId, circles, this.formatLocale, this.circlesTarget(teamId).href));
  }

  private renderSheet(view: SheetView) {
    const format = this.formatName;
    const modules = qrModules(view.target);
    const paper = format === 'a4' ? msg('A4 paper, portrait') : format === 'half' ? msg('Half a letter page: two handouts print on one sheet, to cut apart') : msg('Letter paper, portrait');
    return html`<div class="preview" part="preview">
        <div class="paper format-${format} ${view.kind} ${this.tearOff ? 'with-strips' : ''} ${view.items.length > 4 ? 'many' : ''} ${view.title.length > 48 ? 'long-title' : ''}">
          <article class="page" part="sheet" aria-labelledby="flyer-title">${this.renderPage(view, modules, true)}</article>
          ${format === 'half'
            ? html`<div class="cut" aria-hidden="true"></div>
                <div class="page copy" aria-hidden="true" inert>${this.renderPage(view, modules, false)}</div>`
            : nothing}
        </div>
        <p class="paper-note">${paper}</p>
      </div>
      ${this.renderActions(view, modules)}`;
  }

  /** One copy of the sheet (flyer-sheet.ts); `main` is the one assistive technology reads. */
  private renderPage(view: SheetView, modules: boolean[][], main: boolean) {
    const heading = (content: unknown, options?: HeadingOptions) => this.heading(content, options);
    return renderPage(view, modules, { main, library: this.libraryNameText, logo: this.logoUrl, tearOff: this.tearOff, heading });
  }

  private renderActions(view: SheetView, modules: boolean[][]) {
    const status =
      this.imageStatus === 'working'
        ? msg('Making the image…')
        : this.imageStatus === 'done'
          ? msg('The image is saved in your downloads.')
          : this.imageStatus === 'failed'
            ? msg('The image could not be made. Please try again.')
            : '';
    return html`<div class="actions" part="actions">
      <div class="buttons">
        <button type="button" class="button" part="print-button" @click=${() => this.print()}>${printIcon}${msg('Print')}</button>
        <button
          type="button"
          class="button secondary"
          part="image-button"
          aria-expanded=${this.imageMenuOpen ? 'true' : 'false'}
          aria-controls="image-sizes"
          @click=${() => {
            this.imageMenuOpen = !this.imageMenuOpen;
          }}
        >
          ${icons.download}${msg('Save as image')}${icons.chevron}
        </button>
      </div>
      <div class="image-sizes" id="image-sizes" role="group" aria-label=${msg('Image size')} ?hidden=${!this.imageMenuOpen}>
        <button type="button" class="button secondary" data-shape="square" @click=${() => this.saveImage(view, modules, 'square')}>
          ${msg('Square (1080 × 1080)')}
        </button>
        <button type="button" class="button secondary" data-shape="portrait" @click=${() => this.saveImage(view, modules, 'portrait')}>
          ${msg('Portrait (1080 × 1350)')}
        </button>
      </div>
      <p class="image-status ${this.imageStatus}" role="status">${status}</p>
    </div>`;
  }

  /** The sheet's words, for the image (drawn by flyer-image.ts, loaded on the first click). */
  private imageData(view: SheetView, modules: boolean[][]): FlyerImageData {
    const style = getComputedStyle(this);
    const brand = style.getPropertyValue('--_brand').trim() || '#0b5f68';
    return {
      library: this.libraryNameText,
      blocks: imageBlocks(view),
      cta: view.cta,
      address: view.address,
      modules,
      font: style.fontFamily || 'sans-serif',
      direction: (this.renderRoot.querySelector('.widget') as HTMLElement | null)?.dir === 'rtl' ? 'rtl' : 'ltr',
      brand,
    };
  }

  /** Draws the sheet as a PNG (`square` 1080 × 1080 or `portrait` 1080 × 1350) and downloads it. */
  private async saveImage(view: SheetView, modules: boolean[][], shape: FlyerImageShape) {
    const data = this.imageData(view, modules);
    this.imageStatus = 'working';
    try {
      const { saveFlyerImage } = await import('./flyer-image.js');
      await saveFlyerImage(data, shape, `${view.fileStem}-${shape}.png`, this.renderRoot as ShadowRoot);
      this.imageStatus = 'done';
    } catch {
      this.imageStatus = 'failed';
    }
  }

  // ---------- States ----------

  private renderSkeleton() {
    const format = this.formatName;
    return html`<div class="preview" part="preview">
        <div class="paper format-${format} skeleton" aria-hidden="true">
          <div class="page">
            <div class="main">
              <span class="bone short"></span>
              <span class="bone title"></span>
              <span class="bone mid"></span>
              <span class="bone"></span>
              <span class="bone mid"></span>
              <span class="bone short"></span>
            </div>
            <div class="signup"><span class="bone qr-bone"></span></div>
          </div>
        </div>
      </div>
      <p class="visually-hidden" role="status" part="status">
        ${cleanAttribute(this.circleId) ? msg('Loading learning circle…') : msg('Loading learning circles…')}
      </p>`;
  }

  private wayOut(teamId: number | null) {
    const { href, library } = this.circlesTarget(teamId);
    return html`<a href=${href}>${library ? msg('See the learning circles you can join') : msg('Find a learning circle on P2PU')}</a>`;
  }

  private renderUnavailable(c: LearningCircle, reason: NonNullable<ReturnType<typeof closedReason>>) {
    const { title, detail } = unavailableText(reason);
    return html`<div class="notice info unavailable" part="status" role="status">
      <p class="notice-title">${icons.alert}<span>${title}</span></p>
      <p class="circle-name">${msg(str`Learning circle: ${isolate(circleTitle(c))}`)}</p>
      <p>${detail}</p>
      <p>${this.wayOut(this.config.teamId)}</p>
    </div>`;
  }

  private renderEmpty(teamId: number) {
    return html`<div class="notice empty" part="status" role="status">
      <p class="notice-title">${icons.search}<span>${msg('This team has no learning circles open for signup right now, so there is no poster.')}</span></p>
      <p>${msg('A poster appears here when a new learning circle opens for signup.')}</p>
      <p>${this.wayOut(teamId)}</p>
    </div>`;
  }

  private renderNotFound() {
    return html`<div class="notice not-found" part="status" role="status">
      <p class="notice-title">${icons.search}<span>${msg('This learning circle could not be found.')}</span></p>
      <p>${msg('It may have been removed.')} ${this.wayOut(this.config.teamId)}</p>
    </div>`;
  }

  private renderError(error: unknown) {
    const team = this.wanted?.kind === 'team';
    return renderErrorNotice(this.errorText(error, team ? 'circles' : 'circle'), { part: 'status', retry: this.retry });
  }

  private retry = async () => {
    await this.loader.run();
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('[part~="print-button"], .notice button, .notice'));
  };

  protected override focusFallback(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="print-button"], .notice');
  }
}

defineElement('circle-flyer', CircleFlyer);

declare global {
  interface HTMLElementTagNameMap {
    'circle-flyer': CircleFlyer;
  }
}
