import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import {
  P2puApiError,
  cleanSearchText,
  isAbortError,
  type Course,
  type CourseLanguage,
  type CourseOrder,
  type CourseTopic,
} from '../../api/index.js';
import { WidgetElement } from '../../internal/widget-element.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { icons } from '../../internal/icons.js';
import { warnOnce } from '../../internal/warn.js';
import { isRightToLeft } from '../../i18n/locale.js';
import { formatLanguageName, formatNumber } from '../../internal/format.js';
import { buttonStyles, hostStyles } from '../../styles/host.js';
import '../course-card/course-card.js';
import type { CourseCard } from '../course-card/course-card.js';
import { courseFinderStyles } from './course-finder.styles.js';
import {
  ALL_FILTERS,
  DEFAULT_FINDER_PAGE_SIZE,
  DEFAULT_ORDER,
  MAX_FINDER_PAGE_SIZE,
  ORDERS,
  isOrder,
  readSearchFromUrl,
  sameSearch,
  splitList,
  writeSearchToUrl,
  type CourseSearch,
  type FilterName,
} from './finder-state.js';

/** `detail` of `p2pu-course-search`: what was searched and how many courses matched. */
export interface CourseSearchDetail {
  q: string | null;
  topics: string[];
  languages: string[];
  order: CourseOrder;
  /** Matching courses (P2PU's count). */
  count: number;
}

/** Wait after the last keystroke before searching. */
const TYPING_DELAY_MS = 350;
/** Wait after a checkbox so that a few quick choices make one request. */
const CHOICE_DELAY_MS = 250;

type Panel = 'topics' | 'languages';
type Phase = 'loading' | 'ready' | 'error';

/** Where the "browse on P2PU" way out of an empty result goes. */
const P2PU_COURSES_URL = 'https://www.p2pu.org/en/courses/';

/**
 * Browse and search P2PU's curated list of free courses: text search, topics, languages, sort
 * order, a result count, "Load more", and clear empty and error states. Each result is a
 * `<course-card>`.
 *
 * A library page can preset the search (`topics="programming"`, `languages="es"`,
 * `order="usage"`) and choose which filters learners see (`filters="q topics"`; `filters=""`
 * for a plain list). With `sync-url`, the search is kept in the page address
 * (`?lc_course_topics=programming`), so the back button and shared links work.
 *
 * Inside the tag, a plain link to P2PU's course list is the fallback for pages without
 * JavaScript; it is hidden once the finder runs.
 *
 * @tag course-finder
 * @fires p2pu-course-search - A search finished. `detail: { q, topics, languages, order, count }`.
 * @fires p2pu-course-select - Bubbles from a card: "See learning circles for this course". Cancelable.
 * @fires p2pu-course-open - Bubbles from a card: the course's own link was followed.
 * @csspart filters - The search form.
 * @csspart search-input - The search text box.
 * @csspart order-select - The sort order menu.
 * @csspart filter-toggle - The "Topics" and "Languages" buttons.
 * @csspart filter-panel - The open list of topics or languages.
 * @csspart active-filters - The chosen topics and languages, each removable.
 * @csspart count - The result count.
 * @csspart results - The list of course cards.
 * @csspart load-more - The "Load more courses" button.
 * @csspart empty - The message when nothing matches.
 * @csspart error - The message when P2PU could not be reached.
 * @csspart problem - A configuration problem, in words for a page editor.
 * @cssprop [--p2pu-color-brand=#0b5f68] - Buttons, links, focus ring, chosen filters.
 * @cssprop [--p2pu-color-on-brand=#ffffff] - Text on the brand colour.
 * @cssprop [--p2pu-color-text=#1d2428] - Body text.
 * @cssprop [--p2pu-color-text-muted=#4f5b62] - Counts and hints.
 * @cssprop [--p2pu-color-surface=#ffffff] - Controls and cards.
 * @cssprop [--p2pu-color-surface-alt=#eef2f3] - Panels, chips and skeletons.
 * @cssprop [--p2pu-color-border=#7d8a91] - Control borders.
 * @cssprop [--p2pu-color-danger=#b3261e] - Errors.
 * @cssprop [--p2pu-color-rating=#a35200] - Filled stars on the cards.
 * @cssprop [--p2pu-radius=8px] - Corner radius.
 * @cssprop [--p2pu-space=1em] - Base spacing.
 * @cssprop [--p2pu-font=inherit] - Font family.
 */
@localized()
export class CourseFinder extends WidgetElement {
  static override styles = [hostStyles, buttonStyles, courseFinderStyles];

  /** Preset search text. */
  @property({ reflect: true }) q?: string;

  /** Preset topics: topic-guide slugs from P2PU, comma-separated (`programming,data`). */
  @property({ reflect: true }) topics?: string;

  /** Preset languages: language codes, comma-separated (`en,es`). */
  @property({ reflect: true }) languages?: string;

  /** Preset order: `title` (default), `usage` (most used), `overall_rating` (best rated) or `created_at` (newest). */
  @property({ reflect: true }) order?: string;

  /** Courses per page (1–100, default 12). */
  @property({ attribute: 'page-size', reflect: true }) pageSize?: string;

  /**
   * Which filters learners see, space- or comma-separated: `q`, `topics`, `languages`, `order`.
   * Absent: all of them. Empty (`filters=""`): none, a plain list.
   */
  @property({ reflect: true }) filters?: string;

  /** Keep the search in the page address (`lc_course_*` parameters) for back/forward and links. */
  @property({ attribute: 'sync-url', type: Boolean, reflect: true }) syncUrl = false;

  /** Passed to every card: the library's page of circles for a course (`{id}` is the course id). */
  @property({ attribute: 'circles-page', reflect: true }) circlesPage?: string;

  /** Heading level of each card's title (2–6, default 3). */
  @property({ attribute: 'heading-level', reflect: true }) headingLevel?: string;

  @state() private search: CourseSearch = { q: '', topics: [], languages: [], order: DEFAULT_ORDER };
  /** What the search box shows (searched after a pause in typing). */
  @state() private draftQ = '';
  @state() private phase: Phase = 'loading';
  @state() private items: Course[] = [];
  @state() private count = 0;
  @state() private hasMore = false;
  @state() private error: unknown = null;
  @state() private moreLoading = false;
  @state() private moreError: unknown = null;
  @state() private topicOptions: CourseTopic[] | null = null;
  @state() private topicsFailed = false;
  @state() private languageOptions: CourseLanguage[] | null = null;
  @state() private languagesFailed = false;
  @state() private openPanel: Panel | null = null;

  private presets: CourseSearch = { q: '', topics: [], languages: [], order: DEFAULT_ORDER };
  private presetKey = '';
  /** The search the current results (or the request in flight) belong to. */
  private lastSearched: CourseSearch = { q: '', topics: [], languages: [], order: DEFAULT_ORDER };
  private sizeKey = 0;
  private clientKey = '';
  private nextOffset = 0;
  private generation = 0;
  private searchAbort: AbortController | null = null;
  private moreAbort: AbortController | null = null;
  private lookupAbort: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ownProblems: string[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    // Reconnected after a move in the page: search again (the old request was aborted).
    this.clientKey = '';
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.timer);
    this.searchAbort?.abort();
    this.moreAbort?.abort();
    this.lookupAbort?.abort();
  }

  private get shownFilters(): FilterName[] {
    if (this.filters === undefined || this.filters === null) return [...ALL_FILTERS];
    return splitList(this.filters, true).filter((f): f is FilterName => (ALL_FILTERS as readonly string[]).includes(f));
  }

  private shows(filter: FilterName): boolean {
    return this.shownFilters.includes(filter);
  }

  private get limit(): number {
    const n = Number((this.pageSize ?? '').trim());
    return Number.isInteger(n) && n >= 1 && n <= MAX_FINDER_PAGE_SIZE ? n : DEFAULT_FINDER_PAGE_SIZE;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.checkAttributes();
    this.configProblems = [...this.configProblems, ...this.ownProblems];

    const presetKey = JSON.stringify([this.q, this.topics, this.languages, this.order]);
    let searchNeeded = false;
    if (presetKey !== this.presetKey) {
      const first = this.presetKey === '';
      this.presetKey = presetKey;
      this.presets = {
        q: (this.q ?? '').trim(),
        topics: splitList(this.topics, true),
        languages: splitList(this.languages),
        order: this.order && isOrder(this.order.trim()) ? (this.order.trim() as CourseOrder) : DEFAULT_ORDER,
      };
      this.search = { ...this.presets, ...(first && this.syncUrl ? readSearchFromUrl(location.href) : {}) };
      this.draftQ = this.search.q;
      searchNeeded = true;
    }
    const clientKey = `${this.config.endpoint}|${this.config.transport}|${this.shownFilters.join(',')}`;
    if (clientKey !== this.clientKey) {
      this.clientKey = clientKey;
      this.loadLookups();
      searchNeeded = true;
    }
    if (this.limit !== this.sizeKey) {
      this.sizeKey = this.limit;
      searchNeeded = true;
    }
    if (searchNeeded) this.startSearch(false);
  }

  private checkAttributes() {
    const problems: string[] = [];
    const order = this.order?.trim();
    if (order && !isOrder(order)) problems.push(`order "${order}" must be one of ${ORDERS.join(', ')}`);
    const size = this.pageSize?.trim();
    if (size && this.limit !== Number(size)) {
      problems.push(`page-size "${size}" must be a whole number from 1 to ${MAX_FINDER_PAGE_SIZE}`);
    }
    if (this.filters) {
      for (const f of splitList(this.filters, true)) {
        if (!(ALL_FILTERS as readonly string[]).includes(f)) {
          problems.push(`filters: "${f}" is not a filter; use ${ALL_FILTERS.join(', ')}`);
        }
      }
    }
    for (const problem of problems) warnOnce(`<${this.localName}>: ${problem}.`);
    this.ownProblems = problems;
  }

  // ----------------------------------------------------------------------------------------
  // Requests

  private startSearch(pushUrl: boolean) {
    clearTimeout(this.timer);
    this.searchAbort?.abort();
    this.moreAbort?.abort();
    const controller = new AbortController();
    this.searchAbort = controller;
    const generation = ++this.generation;
    const search = this.search;
    this.lastSearched = search;
    this.phase = 'loading';
    this.error = null;
    this.moreLoading = false;
    this.moreError = null;
    if (pushUrl) this.writeUrl();
    this.client
      .searchCourses({ ...search, limit: this.limit, offset: 0 }, { signal: controller.signal })
      .then(
        (page) => {
          if (generation !== this.generation) return;
          this.items = page.items;
          this.count = page.count;
          this.hasMore = page.hasMore;
          this.nextOffset = page.offset + Math.max(page.limit, this.limit);
          this.phase = 'ready';
          emit<CourseSearchDetail>(this, 'p2pu-course-search', {
            q: cleanSearchText(search.q),
            topics: [...search.topics],
            languages: [...search.languages],
            order: search.order,
            count: page.count,
          });
        },
        (error: unknown) => {
          if (generation !== this.generation || isAbortError(error)) return;
          this.error = error;
          this.phase = 'error';
        },
      );
  }

  private loadMore() {
    if (this.moreLoading || this.phase !== 'ready') return;
    const controller = new AbortController();
    this.moreAbort = controller;
    const generation = this.generation;
    const before = this.items.length;
    this.moreLoading = true;
    this.moreError = null;
    this.client
      .searchCourses({ ...this.search, limit: this.limit, offset: this.nextOffset }, { signal: controller.signal })
      .then(
        async (page) => {
          if (generation !== this.generation) return;
          // Pages can overlap when courses tie in the order: keep each course once.
          const seen = new Set(this.items.map((c) => c.id));
          const fresh = page.items.filter((c) => !seen.has(c.id));
          this.items = [...this.items, ...fresh];
          this.count = page.count;
          this.hasMore = page.hasMore;
          this.nextOffset = page.offset + Math.max(page.limit, this.limit);
          this.moreLoading = false;
          if (fresh.length > 0) {
            await this.updateComplete;
            // Keyboard and screen-reader users continue where the new courses start.
            this.renderRoot.querySelectorAll<CourseCard>('course-card')[before]?.focus();
          }
        },
        (error: unknown) => {
          if (generation !== this.generation || isAbortError(error)) return;
          this.moreLoading = false;
          this.moreError = error;
        },
      );
  }

  private loadLookups() {
    this.lookupAbort?.abort();
    const controller = new AbortController();
    this.lookupAbort = controller;
    const { signal } = controller;
    if (this.shows('topics')) {
      this.topicsFailed = false;
      this.client.courseTopics({ signal }).then(
        (topics) => {
          if (!signal.aborted) this.topicOptions = topics;
        },
        (error: unknown) => {
          if (!signal.aborted && !isAbortError(error)) this.topicsFailed = true;
        },
      );
    }
    if (this.shows('languages')) {
      this.languagesFailed = false;
      this.client.courseLanguages({ signal }).then(
        (languages) => {
          if (!signal.aborted) this.languageOptions = languages;
        },
        (error: unknown) => {
          if (!signal.aborted && !isAbortError(error)) this.languagesFailed = true;
        },
      );
    }
  }

  private retryLookups() {
    this.loadLookups();
  }

  // ----------------------------------------------------------------------------------------
  // Changing the search

  /** Applies a change; searches at once or after `delay` ms (quick changes make one request). */
  private change(next: Partial<CourseSearch>, delay = 0) {
    this.search = { ...this.search, ...next };
    clearTimeout(this.timer);
    const run = () => {
      if (this.phase !== 'error' && sameSearch(this.search, this.lastSearched)) return;
      this.startSearch(true);
    };
    if (delay > 0) this.timer = setTimeout(run, delay);
    else run();
  }

  private onInput(event: Event) {
    this.draftQ = (event.target as HTMLInputElement).value;
    this.change({ q: this.draftQ }, TYPING_DELAY_MS);
  }

  private onSubmit(event: Event) {
    event.preventDefault();
    this.change({ q: this.draftQ });
  }

  private onOrder(event: Event) {
    const value = (event.target as HTMLSelectElement).value;
    if (isOrder(value)) this.change({ order: value });
  }

  private toggleValue(key: 'topics' | 'languages', value: string, on: boolean) {
    const current = this.search[key];
    const next = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
    this.change({ [key]: next }, CHOICE_DELAY_MS);
  }

  private removeValue(key: 'topics' | 'languages', value: string) {
    this.change({ [key]: this.search[key].filter((v) => v !== value) });
    // The chip is gone: keep focus in the widget, on the search box or the toggles.
    void this.updateComplete.then(() => this.focusAfterChipRemoval());
  }

  private focusAfterChipRemoval() {
    const chip = this.renderRoot.querySelector<HTMLElement>('.chip');
    const fallback = this.renderRoot.querySelector<HTMLElement>('.filters input, .filters button, .filters select');
    (chip ?? fallback)?.focus();
  }

  /** Clears what learners can change (hidden filters keep their presets). */
  private clearFilters() {
    const next: Partial<CourseSearch> = {};
    if (this.shows('q')) next.q = '';
    if (this.shows('topics')) next.topics = [];
    if (this.shows('languages')) next.languages = [];
    if (next.q !== undefined) this.draftQ = '';
    this.change(next);
  }

  private clearText() {
    this.draftQ = '';
    this.change({ q: '' });
  }

  private togglePanel(panel: Panel) {
    this.openPanel = this.openPanel === panel ? null : panel;
  }

  private onPanelKeydown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !this.openPanel) return;
    const panel = this.openPanel;
    this.openPanel = null;
    event.stopPropagation();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-toggle="${panel}"]`)?.focus(),
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // An <option selected> attribute no longer moves a select a person has used: set its value.
    const select = this.renderRoot.querySelector<HTMLSelectElement>('select#order');
    if (select && select.value !== this.search.order) select.value = this.search.order;
  }

  // ----------------------------------------------------------------------------------------
  // Page address

  private writeUrl() {
    if (!this.syncUrl) return;
    const next = writeSearchToUrl(location.href, this.search, this.presets);
    if (next !== location.href) history.pushState(history.state, '', next);
  }

  private readonly onPopState = () => {
    if (!this.syncUrl) return;
    const search = { ...this.presets, ...readSearchFromUrl(location.href) };
    if (sameSearch(search, this.search) && this.phase !== 'error') return;
    this.search = search;
    this.draftQ = search.q;
    this.startSearch(false);
  };

  // ----------------------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult {
    const locale = this.formatLocale;
    const dir = isRightToLeft(locale) ? 'rtl' : nothing;
    return html`<div class="frame" dir=${dir}>
      ${this.renderProblems()} ${this.shownFilters.length > 0 ? this.renderFilters(locale) : nothing}
      ${this.renderActiveFilters(locale)}
      <p part="count" class="count" role="status">${this.countText(locale)}</p>
      ${this.renderResults()}
    </div>`;
  }

  private renderProblems() {
    if (this.configProblems.length === 0) return nothing;
    return html`<div part="problem" class="problem">
      <p>${msg('This course finder is not set up correctly:')}</p>
      <ul>
        ${this.configProblems.map((p) => html`<li>${p}</li>`)}
      </ul>
    </div>`;
  }

  private renderFilters(locale: string) {
    const toggles = (['topics', 'languages'] as const).filter((p) => this.shows(p));
    return html`<form part="filters" class="filters" role="search" aria-label=${msg('Search courses')} @submit=${this.onSubmit}>
      <div class="filter-row">
        ${this.shows('q')
          ? html`<div class="field search">
              <label for="q">${msg('Search courses')}</label>
              <div class="search-box">
                ${icons.search}
                <input
                  id="q"
                  part="search-input"
                  type="search"
                  name="q"
                  autocomplete="off"
                  enterkeyhint="search"
                  placeholder=${msg('Title, subject or provider')}
                  .value=${this.draftQ}
                  @input=${this.onInput}
                />
              </div>
            </div>`
          : nothing}
        ${this.shows('order')
          ? html`<div class="field order">
              <label for="order">${msg('Sort by')}</label>
              <select id="order" part="order-select" @change=${this.onOrder}>
                ${ORDERS.map(
                  (o) => html`<option value=${o} ?selected=${this.search.order === o}>${orderLabel(o)}</option>`,
                )}
              </select>
            </div>`
          : nothing}
      </div>
      ${toggles.length > 0
        ? html`<div class="toggle-row">
            ${toggles.map((panel) => this.renderToggle(panel))}
          </div>`
        : nothing}
      ${this.openPanel && this.shows(this.openPanel) ? this.renderPanel(this.openPanel, locale) : nothing}
    </form>`;
  }

  private renderToggle(panel: Panel) {
    const chosen = this.search[panel].length;
    const label = panel === 'topics' ? msg('Topics') : msg('Languages');
    const open = this.openPanel === panel;
    return html`<button
      type="button"
      part="filter-toggle"
      class="toggle ${chosen > 0 ? 'active' : ''}"
      data-toggle=${panel}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="panel-${panel}"
      @click=${() => this.togglePanel(panel)}
    >
      <span>${label}</span>
      ${chosen > 0
        ? html`<span class="badge"
            ><span aria-hidden="true">${chosen}</span
            ><span class="visually-hidden">${msg(str`(${chosen} chosen)`)}</span></span
          >`
        : nothing}
      <svg class="chevron ${open ? 'open' : ''}" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
        <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      </svg>
    </button>`;
  }

  private renderPanel(panel: Panel, locale: string) {
    const legend = panel === 'topics' ? msg('Show courses about') : msg('Show courses in');
    const options = panel === 'topics' ? this.topicChoices() : this.languageChoices(locale);
    const failed = panel === 'topics' ? this.topicsFailed : this.languagesFailed;
    return html`<div id="panel-${panel}" part="filter-panel" class="panel" @keydown=${this.onPanelKeydown}>
      <fieldset>
        <legend>${legend}</legend>
        ${options
          ? html`<ul class="choices">
              ${options.map(
                (o) => html`<li>
                  <label class="choice">
                    <input
                      type="checkbox"
                      .checked=${this.search[panel].includes(o.value)}
                      @change=${(e: Event) => this.toggleValue(panel, o.value, (e.target as HTMLInputElement).checked)}
                    />
                    <span
                      ><span class="choice-name">${o.label}</span>${o.native
                        ? html` <span class="native" lang=${o.value}>${o.native}</span>`
                        : nothing}</span
                    >
                  </label>
                </li>`,
              )}
            </ul>`
          : failed
            ? html`<p class="hint">
                ${panel === 'topics' ? msg('The topics could not be loaded.') : msg('The languages could not be loaded.')}
                <button type="button" class="link-button" @click=${this.retryLookups}>${msg('Try again')}</button>
              </p>`
            : html`<p class="hint" role="status">${msg('Loading…')}</p>`}
      </fieldset>
      <button type="button" class="button secondary done" @click=${() => this.closePanel(panel)}>${msg('Done')}</button>
    </div>`;
  }

  private closePanel(panel: Panel) {
    this.openPanel = null;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-toggle="${panel}"]`)?.focus(),
    );
  }

  private topicTitle(slug: string): string {
    return this.topicOptions?.find((t) => t.slug === slug)?.title ?? slug;
  }

  private topicChoices(): { value: string; label: string; native?: string }[] | null {
    if (!this.topicOptions) return null;
    const choices = this.topicOptions.map((t) => ({ value: t.slug, label: t.title }));
    // Preset slugs that P2PU does not list still show, so they can be unticked.
    for (const slug of this.search.topics) {
      if (!choices.some((c) => c.value === slug)) choices.push({ value: slug, label: slug });
    }
    return choices;
  }

  private languageChoices(locale: string): { value: string; label: string; native?: string }[] | null {
    if (!this.languageOptions) return null;
    const codes = [...this.languageOptions.map((l) => l.code)];
    for (const code of this.search.languages) if (!codes.includes(code)) codes.push(code);
    const collator = new Intl.Collator(locale, { sensitivity: 'base' });
    return codes
      .map((code) => {
        const info = this.languageOptions?.find((l) => l.code === code);
        const label = formatLanguageName(code, locale, info?.name);
        // The language's own name too ("Spanisch · español"), for people who read that language.
        const own = info?.nameLocal;
        const native = own && own.toLocaleLowerCase() !== label.toLocaleLowerCase() ? own : undefined;
        return { value: code, label, native };
      })
      .sort((a, b) => collator.compare(a.label, b.label));
  }

  private renderActiveFilters(locale: string) {
    const chips: { key: 'topics' | 'languages'; value: string; label: string }[] = [];
    if (this.shows('topics')) {
      for (const slug of this.search.topics) chips.push({ key: 'topics', value: slug, label: this.topicTitle(slug) });
    }
    if (this.shows('languages')) {
      for (const code of this.search.languages) {
        const info = this.languageOptions?.find((l) => l.code === code);
        chips.push({ key: 'languages', value: code, label: formatLanguageName(code, locale, info?.name) });
      }
    }
    if (chips.length === 0) return nothing;
    return html`<div part="active-filters" class="active-filters">
      <span class="active-label" id="active-label">${msg('Showing courses for:')}</span>
      <ul class="chips" aria-labelledby="active-label">
        ${chips.map(
          (c) => html`<li>
            <button type="button" class="chip" @click=${() => this.removeValue(c.key, c.value)}>
              <span class="visually-hidden">${msg('Remove filter:')} </span>${c.label}${icons.close}
            </button>
          </li>`,
        )}
      </ul>
      ${chips.length > 1 || (this.shows('q') && cleanSearchText(this.search.q))
        ? html`<button type="button" class="link-button" @click=${this.clearFilters}>${msg('Clear all filters')}</button>`
        : nothing}
    </div>`;
  }

  private countText(locale: string): string {
    if (this.phase === 'loading') return this.items.length > 0 ? msg('Searching…') : msg('Loading courses…');
    if (this.phase === 'error') return '';
    const total = formatNumber(this.count, locale);
    if (this.items.length === 0) return msg('No courses found');
    const one = new Intl.PluralRules(locale).select(this.count) === 'one';
    if (this.items.length >= this.count || !this.hasMore) {
      return one ? msg(str`${total} course`) : msg(str`${total} courses`);
    }
    const shown = formatNumber(this.items.length, locale);
    return one ? msg(str`Showing ${shown} of ${total} course`) : msg(str`Showing ${shown} of ${total} courses`);
  }

  private renderResults() {
    if (this.phase === 'error') return this.renderError();
    if (this.phase === 'loading' && this.items.length === 0) return this.renderSkeletons();
    if (this.phase === 'ready' && this.items.length === 0) return this.renderEmpty();
    const stale = this.phase === 'loading';
    return html`<ul
        part="results"
        class="results ${stale ? 'stale' : ''}"
        aria-busy=${stale ? 'true' : 'false'}
        aria-label=${msg('Courses')}
      >
        ${repeat(
          this.items,
          (c) => c.id,
          (c) => html`<li>
            <course-card
              .course=${c}
              circles-page=${this.circlesPage ?? nothing}
              heading-level=${this.headingLevel ?? nothing}
            ></course-card>
          </li>`,
        )}
      </ul>
      ${this.renderMore()}`;
  }

  private renderMore() {
    if (this.phase !== 'ready') return nothing;
    return html`<div class="more">
      ${this.moreError
        ? html`<p class="more-error" role="alert">${icons.alert} ${msg('More courses could not be loaded.')}</p>`
        : nothing}
      ${this.hasMore || this.moreError
        ? html`<button
            type="button"
            part="load-more"
            class="button secondary"
            aria-disabled=${this.moreLoading ? 'true' : 'false'}
            @click=${this.loadMore}
          >
            ${this.moreLoading ? msg('Loading…') : this.moreError ? msg('Try again') : msg('Load more courses')}
          </button>`
        : nothing}
    </div>`;
  }

  private renderSkeletons() {
    return html`<ul class="results skeletons" aria-hidden="true">
      ${[0, 1, 2, 3, 4, 5].map(
        () => html`<li class="skeleton">
          <span class="bone short"></span><span class="bone title"></span><span class="bone"></span><span class="bone"></span
          ><span class="bone short"></span>
        </li>`,
      )}
    </ul>`;
  }

  private renderEmpty() {
    const hasText = this.shows('q') && cleanSearchText(this.search.q) !== null;
    const hasChoices =
      (this.shows('topics') && this.search.topics.length > 0) || (this.shows('languages') && this.search.languages.length > 0);
    return html`<div part="empty" class="notice empty">
      <p class="notice-title">
        ${hasText || hasChoices ? msg('No courses match your search') : msg('There are no courses to show right now')}
      </p>
      ${hasText || hasChoices ? html`<p>${msg('Try fewer or different words, or fewer filters.')}</p>` : nothing}
      <div class="actions">
        ${hasText
          ? html`<button type="button" class="button secondary" @click=${this.clearText}>${msg('Clear the search text')}</button>`
          : nothing}
        ${hasChoices
          ? html`<button type="button" class="button secondary" @click=${this.clearFilters}>${msg('Clear all filters')}</button>`
          : nothing}
        <a class="link" href=${P2PU_COURSES_URL} target="_blank" rel="noopener noreferrer"
          >${msg('Browse all courses on P2PU')}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span
          >${icons.external}</a
        >
      </div>
    </div>`;
  }

  private renderError() {
    const retryable = !(this.error instanceof P2puApiError) || this.error.retryable;
    return html`<div part="error" class="notice error" role="alert">
      <p class="notice-title">${icons.alert} ${msg('We couldn’t load the courses')}</p>
      <p>
        ${retryable
          ? msg('P2PU did not answer. Check your connection and try again.')
          : msg('P2PU could not run this search. Try different words or filters.')}
      </p>
      <div class="actions">
        <button type="button" class="button" @click=${() => this.startSearch(false)}>${icons.retry} ${msg('Try again')}</button>
      </div>
    </div>`;
  }
}

/** "Title (A–Z)", "Most used", "Best rated", "Newest". */
function orderLabel(order: CourseOrder): string {
  switch (order) {
    case 'usage':
      return msg('Most used');
    case 'overall_rating':
      return msg('Best rated');
    case 'created_at':
      return msg('Newest');
    default:
      return msg('Title (A–Z)');
  }
}

defineElement('course-finder', CourseFinder);

declare global {
  interface HTMLElementTagNameMap {
    'course-finder': CourseFinder;
  }
  interface GlobalEventHandlersEventMap {
    'p2pu-course-search': CustomEvent<CourseSearchDetail>;
  }
}
