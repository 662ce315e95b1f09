import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import {
  P2puApiError,
  cleanSearchText,
  isAbortError,
  safeHttpUrl,
  type CircleOrder,
  type CirclePage,
  type CircleTopic,
  type City,
  type LearningCircle,
  type Weekday,
} from '../../api/index.js';
import { WidgetElement } from '../../internal/widget-element.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { formatNumber } from '../../internal/format.js';
import { icons } from '../../internal/icons.js';
import { warnOnce } from '../../internal/warn.js';
import { buttonStyles, hostStyles } from '../../styles/host.js';
import '../circle-card/circle-card.js';
import { finderStyles } from './circle-finder.styles.js';
import {
  ORDERS,
  TAB_ORDER,
  activeFilters,
  clearedState,
  closestChoice,
  defaultDistanceKm,
  distanceChoices,
  effectiveOrder,
  filterKey,
  initialState,
  parsePresets,
  readUrlState,
  removeFilter,
  roundPlace,
  sameState,
  toQuery,
  writeUrlState,
  type ActiveFilter,
  type DistanceChoice,
  type FilterName,
  type FinderState,
  type OnlineChoice,
  type Presets,
  type Tab,
} from './finder-state.js';
import { structuredDataText } from './structured-data.js';

/** Card layouts; `auto` picks one from the finder's own width. */
export type FinderLayout = 'grid' | 'list' | 'compact';
const LAYOUTS: readonly string[] = ['grid', 'list', 'compact', 'auto'];

/** The finder's width class (from its own width, not the viewport). */
type Size = 'xs' | 'sm' | 'md' | 'lg';

type Status = 'loading' | 'ready' | 'error';
type GeoStatus = 'idle' | 'locating' | 'denied' | 'unavailable' | 'timeout' | 'unsupported';

/** Detail of `p2pu-circle-search`: what was searched (never the learner's position) and how many matched. */
export interface CircleSearchDetail {
  q: string;
  topics: string[];
  city: string;
  /** 0 = Monday … 6 = Sunday. */
  days: number[];
  online: OnlineChoice;
  /** True when "near me" was used (the position itself is not shared). */
  nearMe: boolean;
  tab: Tab;
  order: CircleOrder;
  count: number;
}

const DEBOUNCE_MS = 300;
const GEO_OPTIONS: PositionOptions = { enableHighAccuracy: false, timeout: 10_000, maximumAge: 60_000 };
const P2PU_SEARCH_PAGE = 'https://www.p2pu.org/en/learning-circles/';
const STRUCTURED_DATA_ATTR = 'data-p2pu-structured-data';
const DAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const ONLINE_CHOICES: readonly OnlineChoice[] = ['any', 'online', 'in-person'];

/**
 * Search for learning circles, for a library's "Learning circles" page: text, topics, city, near
 * me, meeting days, online or in person, and order, with removable filter chips; "Open for signup"
 * and "Past and closed" tabs; results as `<circle-card>`s with a "Load more" button. Presets let a
 * library show only its own circles, with some or no filters, e.g.
 * `<circle-finder team-id="12" city="Springfield" filters="">`.
 *
 * Put a plain link inside (such as "Browse learning circles on P2PU") for pages without
 * JavaScript; it is not shown once the widget runs. The finder adds a `<script type="application/ld+json">` child with schema.org `Event`s for
 * the circles it shows (turn it off with `no-structured-data`).
 *
 * @tag circle-finder
 * @fires p2pu-circle-search - After each search's first page arrives; detail {@link CircleSearchDetail} (no position, no personal data).
 * @fires p2pu-circle-select - Bubbles from a `<circle-card>` when a learner picks a circle (cancelable; detail `{ id, url }`).
 * @csspart config-problems - The notice for the page editor when an attribute cannot be used.
 * @csspart search - The search form.
 * @csspart filters - The filter panel (topic, city, near me, days, online, order).
 * @csspart filters-toggle - The "Filters" button on narrow widths.
 * @csspart chips - The row of active filters and "Clear all".
 * @csspart chip - One removable active filter.
 * @csspart tabs - The tab list.
 * @csspart tab - One tab.
 * @csspart summary - The result summary (a polite live region).
 * @csspart results - The list of results.
 * @csspart load-more - The "Load more" button.
 * @csspart empty - The no-results panel.
 * @csspart error - The error panel.
 * @cssprop [--p2pu-color-brand=#0b5f68] - Buttons, selected tab, focus ring.
 * @cssprop [--p2pu-color-on-brand=#ffffff] - Text on the brand colour.
 * @cssprop [--p2pu-color-text=#1d2428] - Body text.
 * @cssprop [--p2pu-color-text-muted=#4f5b62] - Hints and the summary.
 * @cssprop [--p2pu-color-surface=#ffffff] - Panels and controls.
 * @cssprop [--p2pu-color-surface-alt=#eef2f3] - Chips, filter panel and skeletons.
 * @cssprop [--p2pu-color-border=#7d8a91] - Control borders.
 * @cssprop [--p2pu-color-danger=#b3261e] - Errors.
 * @cssprop [--p2pu-radius=8px] - Corner radius.
 * @cssprop [--p2pu-space=1em] - Base spacing.
 * @cssprop [--p2pu-font=inherit] - Font family.
 */
@localized()
export class CircleFinder extends WidgetElement {
  static override styles = [hostStyles, buttonStyles, finderStyles];

  /** Preset search text. Fixed when the search box is hidden, else what the box starts with. */
  @property({ reflect: true }) q?: string;
  /** Preset city (exact name as P2PU lists it). Fixed when the city filter is hidden, else the starting choice. */
  @property({ reflect: true }) city?: string;
  /** Preset topics: course keywords, comma-separated (`python, data`). */
  @property({ reflect: true }) topics?: string;
  /** Preset meeting format: `true` (online only), `false` (in person only) or `any`. */
  @property({ reflect: true }) online?: string;
  /**
   * Preset order: `first_meeting_date`, `start_date`, `last_meeting_date`, `name` or `created_at`.
   * Without it each tab uses P2PU's own order (open: soonest first; past: most recently ended first).
   */
  @property({ reflect: true }) order?: string;
  /** Circles per page (1–100, default 12). */
  @property({ attribute: 'page-size', type: Number, reflect: true }) pageSize?: number;
  /**
   * Which filters learners see, space-separated, from `q topics city near days online order`.
   * Absent: all of them. Empty (`filters=""`): none and no tabs, a plain list of circles open for
   * signup.
   */
  @property({ reflect: true }) filters?: string;
  /** Keep the search in the page's query string (`lc_q`, `lc_city`, …) so links and Back work. */
  @property({ type: Boolean, attribute: 'sync-url', reflect: true }) syncUrl = false;
  /** Prefix of the query-string parameters with `sync-url` (default `lc_`); give two finders on one page different ones. */
  @property({ attribute: 'url-prefix', reflect: true }) urlPrefix?: string;
  /** A contact link offered when nothing matches (http(s) or mailto:). */
  @property({ attribute: 'contact-url', reflect: true }) contactUrl?: string;
  /** Do not write schema.org JSON-LD for the shown circles. */
  @property({ type: Boolean, attribute: 'no-structured-data', reflect: true }) noStructuredData = false;
  /** `grid`, `list` or `compact` cards; absent or `auto`: chosen from the finder's own width. */
  @property({ reflect: true }) layout?: string;

  @state() private search!: FinderState;
  @state() private status: Status = 'loading';
  @state() private circles: LearningCircle[] = [];
  @state() private lastPage: CirclePage | null = null;
  @state() private error: unknown = null;
  @state() private more: 'idle' | 'loading' | 'error' = 'idle';
  @state() private topicList: CircleTopic[] | null = null;
  @state() private topicsFailed = false;
  @state() private cityList: City[] | null = null;
  @state() private citiesFailed = false;
  @state() private geo: GeoStatus = 'idle';
  @state() private size: Size = 'lg';
  @state() private filtersOpen = false;
  @state() private draftQ = '';

  private presets: Presets = parsePresets({});
  private finderProblems: string[] = [];
  private presetKey: string | null = null;
  private searchKey: string | null = null;
  private lookupKey: string | null = null;
  private seq = 0;
  private geoSeq = 0;
  private searchAbort?: AbortController;
  private moreAbort?: AbortController;
  private lookupAbort?: AbortController;
  private typingTimer?: ReturnType<typeof setTimeout>;
  private resizeObserver?: ResizeObserver;
  private focusBefore: Element | null = null;
  private focusAfter: (() => HTMLElement | null | undefined) | null = null;

  private get paramPrefix(): string {
    const p = (this.urlPrefix ?? '').trim();
    return p === '' ? 'lc_' : p;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    if (this.hasUpdated) {
      this.observeSize();
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.typingTimer);
    this.resizeObserver?.disconnect();
    this.geoSeq++;
    if (this.geo === 'locating') this.geo = 'idle';
    // Unfinished work is dropped; it starts again if the element comes back.
    this.searchAbort?.abort();
    this.moreAbort?.abort();
    this.lookupAbort?.abort();
    if (this.status === 'loading') this.searchKey = null;
    if (this.more === 'loading') this.more = 'idle';
    this.lookupKey = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const problems: string[] = [];
    const presets = parsePresets(
      {
        q: this.q,
        city: this.city,
        topics: this.topics,
        online: this.online,
        order: this.order,
        filters: this.filters,
        pageSize: this.getAttribute('page-size') ?? this.pageSize,
      },
      problems,
    );
    if (this.layout && !LAYOUTS.includes(this.layout.trim().toLowerCase())) {
      problems.push(`layout "${this.layout}" must be grid, list, compact or auto`);
    }
    if (this.contactUrl && this.contactUrl.trim() !== '' && this.contactHref() === null) {
      problems.push(`contact-url "${this.contactUrl}" must be a web address (https://…) or an e-mail link (mailto:…)`);
    }
    for (const problem of problems) warnOnce(`<circle-finder>: ${problem}.`);
    this.finderProblems = problems;
    this.presets = presets;

    const presetKey = JSON.stringify([
      presets.q,
      presets.city,
      presets.topics,
      presets.online,
      presets.order,
      [...presets.visible],
      presets.tabs,
      this.syncUrl,
      this.paramPrefix,
    ]);
    if (presetKey !== this.presetKey) {
      this.presetKey = presetKey;
      this.resetSearch();
    }

    this.loadLookupsIfNeeded();

    const key = this.queryKey();
    if (key !== this.searchKey) {
      this.searchKey = key;
      void this.runSearch();
    }
    this.focusBefore = this.shadowRoot?.activeElement ?? null;
  }

  protected override firstUpdated(): void {
    this.observeSize();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const after = this.focusAfter;
    this.focusAfter = null;
    const root = this.shadowRoot;
    if (after) {
      (after() ?? this.summaryElement())?.focus();
    } else if (this.focusBefore && !this.focusBefore.isConnected && root && root.activeElement === null) {
      // The control the learner was on went away (a retry button, an emptied chip row): keep them in the widget.
      this.summaryElement()?.focus();
    }
    this.focusBefore = null;
    this.syncStructuredData();
  }

  // ---------------------------------------------------------------------------------------------
  // State

  private baseState(): FinderState {
    return initialState(this.presets, defaultDistanceKm(this.formatLocale));
  }

  /** The starting search: presets, then (with sync-url) what the page's URL says. */
  private resetSearch() {
    const base = this.baseState();
    let next = base;
    if (this.syncUrl) next = readUrlState(new URLSearchParams(location.search), this.paramPrefix, this.presets, base) ?? base;
    this.search = next;
    this.draftQ = next.q;
  }

  private queryKey(): string {
    const { endpoint, transport, teamId } = this.config;
    return JSON.stringify([endpoint, transport, toQuery(this.search, { teamId, limit: this.presets.pageSize })]);
  }

  /** A learner changed the search: apply it and (with sync-url) add a history entry. */
  private commit(next: FinderState) {
    if (sameState(next, this.search)) return;
    this.search = next;
    if ((cleanSearchText(this.draftQ) ?? '') !== next.q) this.draftQ = next.q;
    if (this.syncUrl) {
      const href = writeUrlState(location.href, next, this.paramPrefix, this.presets);
      if (href !== location.href) history.pushState(history.state, '', href);
    }
  }

  private onPopState = () => {
    if (!this.syncUrl || !this.isConnected) return;
    const base = this.baseState();
    const restored = readUrlState(new URLSearchParams(location.search), this.paramPrefix, this.presets, base) ?? base;
    // "Near me" never goes into the URL; keep it unless the restored search picks a city.
    if (this.presets.visible.has('near') && !restored.city) {
      restored.near = this.search.near;
      restored.distanceKm = this.search.distanceKm;
    }
    clearTimeout(this.typingTimer);
    this.search = restored;
    this.draftQ = restored.q;
  };

  // ---------------------------------------------------------------------------------------------
  // Data

  private async runSearch() {
    this.searchAbort?.abort();
    this.moreAbort?.abort();
    const controller = new AbortController();
    this.searchAbort = controller;
    const seq = ++this.seq;
    this.status = 'loading';
    this.more = 'idle';
    this.error = null;
    const search = this.search;
    const query = toQuery(search, { teamId: this.config.teamId, limit: this.presets.pageSize });
    try {
      const page = await this.client.searchCircles(query, { signal: controller.signal });
      if (seq !== this.seq) return; // a newer search started: its answer wins
      this.lastPage = page;
      this.circles = page.items;
      this.status = 'ready';
      emit<CircleSearchDetail>(this, 'p2pu-circle-search', {
        q: search.q,
        topics: [...search.topics],
        city: search.city,
        days: [...search.days],
        online: search.online,
        nearMe: search.near !== null,
        tab: search.tab,
        order: effectiveOrder(search),
        count: page.count,
      });
    } catch (error) {
      if (seq !== this.seq || isAbortError(error)) return;
      this.error = error;
      this.lastPage = null;
      this.circles = [];
      this.status = 'error';
    }
  }

  private retry = () => {
    this.searchKey = this.queryKey();
    void this.runSearch();
  };

  private loadMore = async () => {
    const page = this.lastPage;
    if (this.more === 'loading' || this.status !== 'ready' || !page?.hasMore) return;
    const seq = this.seq;
    const controller = new AbortController();
    this.moreAbort = controller;
    this.more = 'loading';
    const query = toQuery(this.search, {
      teamId: this.config.teamId,
      limit: this.presets.pageSize,
      offset: page.offset + this.presets.pageSize,
    });
    try {
      const next = await this.client.searchCircles(query, { signal: controller.signal });
      if (seq !== this.seq || controller.signal.aborted) return;
      const known = new Set(this.circles.map((c) => c.id));
      const added = next.items.filter((c) => !known.has(c.id));
      const firstNew = this.circles.length;
      this.circles = [...this.circles, ...added];
      this.lastPage = next;
      this.more = 'idle';
      if (added.length > 0) {
        // Continue where the new circles start.
        this.focusAfter = () => this.shadowRoot?.querySelector<HTMLElement>(`.results > li[data-index="${firstNew}"]`);
      }
    } catch (error) {
      if (seq !== this.seq || isAbortError(error)) return;
      this.more = 'error';
    }
  };

  private loadLookupsIfNeeded() {
    const { endpoint, transport } = this.config;
    const v = this.presets.visible;
    const key = JSON.stringify([endpoint, transport, v.has('topics'), v.has('city')]);
    if (key === this.lookupKey) return;
    this.lookupKey = key;
    this.lookupAbort?.abort();
    const controller = new AbortController();
    this.lookupAbort = controller;
    if (v.has('topics')) void this.loadTopics(controller.signal);
    if (v.has('city')) void this.loadCities(controller.signal);
  }

  private async loadTopics(signal: AbortSignal) {
    this.topicList = null;
    this.topicsFailed = false;
    try {
      const list = await this.client.circleTopics({ signal });
      if (!signal.aborted) this.topicList = list;
    } catch (error) {
      if (!signal.aborted && !isAbortError(error)) this.topicsFailed = true;
    }
  }

  private async loadCities(signal: AbortSignal) {
    this.cityList = null;
    this.citiesFailed = false;
    try {
      const list = await this.client.cities({ signal });
      if (!signal.aborted) this.cityList = list;
    } catch (error) {
      if (!signal.aborted && !isAbortError(error)) this.citiesFailed = true;
    }
  }

  private retryLookups = () => {
    this.lookupKey = null;
    this.requestUpdate();
  };

  // ---------------------------------------------------------------------------------------------
  // Size, focus, structured data

  private observeSize() {
    // A zero-height sentinel as wide as the widget: re-rendering never changes its size, so the
    // observer cannot loop.
    const wrapper = this.shadowRoot?.querySelector('.measure');
    if (!wrapper || typeof ResizeObserver === 'undefined') return;
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      if (width <= 0) return;
      const size: Size = width < 440 ? 'xs' : width < 560 ? 'sm' : width < 700 ? 'md' : 'lg';
      if (size !== this.size) this.size = size;
    });
    this.resizeObserver.observe(wrapper);
  }

  private get cardLayout(): FinderLayout {
    const chosen = (this.layout ?? '').trim().toLowerCase();
    if (chosen === 'grid' || chosen === 'list' || chosen === 'compact') return chosen;
    return this.size === 'xs' ? 'compact' : this.size === 'lg' ? 'grid' : 'list';
  }

  private get narrow(): boolean {
    return this.size === 'xs' || this.size === 'sm';
  }

  private summaryElement(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('.summary') ?? null;
  }

  private syncStructuredData() {
    const existing = [...this.children].find(
      (el): el is HTMLScriptElement => el instanceof HTMLScriptElement && el.hasAttribute(STRUCTURED_DATA_ATTR),
    );
    const show = !this.noStructuredData && this.status === 'ready' && this.circles.length > 0;
    if (!show) {
      existing?.remove();
      return;
    }
    const text = structuredDataText(this.circles);
    if (existing && existing.textContent === text) return;
    const script = existing ?? this.ownerDocument.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(STRUCTURED_DATA_ATTR, '');
    script.textContent = text;
    if (!existing) this.append(script);
  }

  private contactHref(): string | null {
    const raw = (this.contactUrl ?? '').trim();
    if (raw === '') return null;
    if (/^mailto:[^\s<>"]+$/i.test(raw)) return raw;
    return safeHttpUrl(raw);
  }

  // ---------------------------------------------------------------------------------------------
  // Learner actions

  private onInput = (event: Event) => {
    this.draftQ = (event.target as HTMLInputElement).value;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.commitQ(), DEBOUNCE_MS);
  };

  private onSubmit = (event: Event) => {
    event.preventDefault();
    const q = cleanSearchText(this.draftQ) ?? '';
    if (q === this.search.q && this.status === 'error') this.retry();
    else this.commitQ();
  };

  private commitQ() {
    clearTimeout(this.typingTimer);
    const q = cleanSearchText(this.draftQ) ?? '';
    if (q !== this.search.q) this.commit({ ...this.search, q });
  }

  private onTopic = (event: Event) => {
    const select = event.target as HTMLSelectElement;
    const topic = select.value.trim().toLowerCase();
    select.value = '';
    if (topic && !this.search.topics.includes(topic)) this.commit({ ...this.search, topics: [...this.search.topics, topic] });
  };

  private onCity = (event: Event) => {
    const city = (event.target as HTMLSelectElement).value;
    const near = city && this.presets.visible.has('near') ? null : this.search.near;
    if (city) this.geo = 'idle';
    this.commit({ ...this.search, city, near });
  };

  private onDistance = (event: Event) => {
    const km = Number((event.target as HTMLSelectElement).value);
    if (Number.isFinite(km) && km > 0) this.commit({ ...this.search, distanceKm: km });
  };

  private toggleDay(day: Weekday, on: boolean) {
    const days = on ? [...new Set([...this.search.days, day])].sort((a, b) => a - b) : this.search.days.filter((d) => d !== day);
    this.commit({ ...this.search, days });
  }

  private onOnline = (event: Event) => {
    const value = (event.target as HTMLInputElement).value as OnlineChoice;
    if (ONLINE_CHOICES.includes(value)) this.commit({ ...this.search, online: value });
  };

  private onOrder = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value as CircleOrder;
    if (!ORDERS.includes(value)) return;
    // Choosing the tab's own order keeps P2PU's per-tab ordering when the tab changes.
    this.commit({ ...this.search, order: value === TAB_ORDER[this.search.tab] ? null : value });
  };

  private locate = () => {
    if (this.geo === 'locating') return;
    const geolocation = globalThis.navigator?.geolocation;
    if (!geolocation || typeof geolocation.getCurrentPosition !== 'function') {
      this.geo = 'unsupported';
      return;
    }
    const seq = ++this.geoSeq;
    this.geo = 'locating';
    const fail = (code: number) => {
      if (seq !== this.geoSeq) return;
      this.geo = code === 1 ? 'denied' : code === 3 ? 'timeout' : 'unavailable';
    };
    try {
      geolocation.getCurrentPosition(
        (position) => {
          if (seq !== this.geoSeq) return;
          const { latitude, longitude } = position.coords;
          if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return fail(2);
          this.geo = 'idle';
          const city = this.presets.visible.has('city') ? '' : this.search.city;
          this.commit({ ...this.search, near: roundPlace(latitude, longitude), city });
        },
        (error) => fail(error?.code ?? 2),
        GEO_OPTIONS,
      );
    } catch {
      fail(2);
    }
  };

  private selectTab(tab: Tab, focus: boolean) {
    if (focus) this.focusAfter = () => this.shadowRoot?.querySelector<HTMLElement>(`#tab-${tab}`);
    this.commit({ ...this.search, tab });
  }

  private onTabKey = (event: KeyboardEvent) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const current = this.search.tab;
    const next: Tab =
      event.key === 'Home' ? 'open' : event.key === 'End' ? 'closed' : current === 'open' ? 'closed' : 'open';
    this.selectTab(next, true);
  };

  private removeChip(filter: ActiveFilter, index: number, fromChips: boolean) {
    if (fromChips) {
      this.focusAfter = () => {
        const chips = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('.chip') ?? [])];
        return chips[Math.min(index, chips.length - 1)] ?? this.searchInput();
      };
    }
    if (filter.kind === 'near') this.geo = 'idle';
    this.commit(removeFilter(this.search, filter));
  }

  private clearAll = () => {
    this.focusAfter = () => this.searchInput();
    this.geo = 'idle';
    this.commit(clearedState(this.search, this.presets));
  };

  private searchInput(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('#q') ?? null;
  }

  // ---------------------------------------------------------------------------------------------
  // Words

  private weekdayName(day: Weekday): string {
    // 2024-01-01 was a Monday.
    return new Intl.DateTimeFormat(this.formatLocale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + day));
  }

  private distanceText(choice: DistanceChoice): string {
    return new Intl.NumberFormat(this.formatLocale, {
      style: 'unit',
      unit: choice.unit,
      unitDisplay: 'short',
      maximumFractionDigits: 0,
    }).format(choice.amount);
  }

  private currentDistance(): DistanceChoice {
    return closestChoice(distanceChoices(this.formatLocale), this.search.distanceKm);
  }

  private orderLabel(order: CircleOrder): string {
    switch (order) {
      case 'first_meeting_date':
        return msg('First meeting, soonest first');
      case 'start_date':
        return msg('First meeting, latest first');
      case 'last_meeting_date':
        return msg('Last meeting, most recent first');
      case 'name':
        return msg('Name, A to Z');
      case 'created_at':
        return msg('Newest listings first');
    }
  }

  private chipLabel(filter: ActiveFilter): string {
    switch (filter.kind) {
      case 'q':
        return msg(str`“${filter.value}”`);
      case 'topic':
      case 'city':
        return filter.value;
      case 'near': {
        const distance = this.distanceText(this.currentDistance());
        return msg(str`Within ${distance} of you`);
      }
      case 'day':
        return this.weekdayName(filter.value);
      case 'online':
        return filter.value === 'online' ? msg('Online only') : msg('In person only');
    }
  }

  private onlineLabel(choice: OnlineChoice): string {
    if (choice === 'online') return msg('Online');
    if (choice === 'in-person') return msg('In person');
    return msg('Online or in person');
  }

  private tabLabel(tab: Tab): string {
    const page = this.lastPage;
    if (tab === 'open') {
      if (!page) return msg('Open for signup');
      const n = formatNumber(page.signupOpenCount, this.formatLocale);
      return msg(str`Open for signup (${n})`);
    }
    if (!page) return msg('Past and closed');
    const m = formatNumber(page.signupClosedCount, this.formatLocale);
    return msg(str`Past and closed (${m})`);
  }

  /** "12 learning circles match “python” in Springfield", as whole sentences per case. */
  private summarySentence(count: number): string {
    const n = formatNumber(count, this.formatLocale);
    const form = count === 0 ? 'zero' : new Intl.PluralRules(this.formatLocale).select(count) === 'one' ? 'one' : 'other';
    const term = this.search.q;
    const city = this.search.city;
    const near = this.search.near ? this.distanceText(this.currentDistance()) : '';
    if (term && city) {
      if (form === 'zero') return msg(str`No learning circles match “${term}” in ${city}`);
      if (form === 'one') return msg(str`${n} learning circle matches “${term}” in ${city}`);
      return msg(str`${n} learning circles match “${term}” in ${city}`);
    }
    if (term && near) {
      if (form === 'zero') return msg(str`No learning circles match “${term}” within ${near} of you`);
      if (form === 'one') return msg(str`${n} learning circle matches “${term}” within ${near} of you`);
      return msg(str`${n} learning circles match “${term}” within ${near} of you`);
    }
    if (term) {
      if (form === 'zero') return msg(str`No learning circles match “${term}”`);
      if (form === 'one') return msg(str`${n} learning circle matches “${term}”`);
      return msg(str`${n} learning circles match “${term}”`);
    }
    if (city) {
      if (form === 'zero') return msg(str`No learning circles in ${city}`);
      if (form === 'one') return msg(str`${n} learning circle in ${city}`);
      return msg(str`${n} learning circles in ${city}`);
    }
    if (near) {
      if (form === 'zero') return msg(str`No learning circles within ${near} of you`);
      if (form === 'one') return msg(str`${n} learning circle within ${near} of you`);
      return msg(str`${n} learning circles within ${near} of you`);
    }
    if (form === 'zero') return msg('No learning circles found');
    if (form === 'one') return msg(str`${n} learning circle`);
    return msg(str`${n} learning circles`);
  }

  private geoMessage(): string {
    switch (this.geo) {
      case 'locating':
        return msg('Finding your location…');
      case 'denied':
        return msg('Your browser did not share your location, so we cannot search near you. To use it, allow location access for this site in your browser settings and try again.');
      case 'timeout':
        return msg('Finding your location took too long. Please try again.');
      case 'unavailable':
        return msg('Your location could not be found. Please try again.');
      case 'unsupported':
        return msg('This browser cannot share your location.');
      default:
        return '';
    }
  }

  private errorWords(): { title: string; detail: string; retryable: boolean } {
    const title = msg('Learning circles could not be loaded.');
    const error = this.error;
    if (error instanceof P2puApiError) {
      switch (error.kind) {
        case 'network':
          return { title, detail: msg('Could not reach P2PU. Check your connection and try again.'), retryable: true };
        case 'timeout':
          return { title, detail: msg('P2PU took too long to answer. Please try again in a moment.'), retryable: true };
        case 'validation':
          return { title, detail: msg('P2PU could not use this search. Try removing some filters.'), retryable: false };
        default:
          return { title, detail: msg('P2PU could not answer right now. Please try again in a moment.'), retryable: true };
      }
    }
    return { title, detail: msg('Something went wrong while searching. Please try again.'), retryable: true };
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  override render() {
    const tabs = this.presets.tabs;
    const tab = this.search.tab;
    return html`
      <div class="finder" data-size=${this.size}>
        <div class="measure" aria-hidden="true"></div>
        ${this.renderConfigProblems()} ${this.renderControls()} ${this.renderChips()}
        ${tabs ? this.renderTabs() : nothing}
        <div
          class="panel"
          id="panel"
          role=${ifDefined(tabs ? 'tabpanel' : undefined)}
          aria-labelledby=${ifDefined(tabs ? `tab-${tab}` : undefined)}
        >
          <p class="summary" part="summary" role="status" tabindex="-1">${this.renderSummary()}</p>
          <div class="body" aria-busy=${this.status === 'loading' || this.more === 'loading' ? 'true' : 'false'}>
            ${this.renderBody()}
          </div>
        </div>
      </div>
    `;
  }

  private renderConfigProblems() {
    const problems = [...this.configProblems, ...this.finderProblems];
    if (problems.length === 0) return nothing;
    return html`
      <div class="config-problems" part="config-problems" role="note">
        <p><strong>${msg('For the page editor: this learning circle search has settings it cannot use.')}</strong></p>
        <ul>
          ${problems.map((p) => html`<li>${p}</li>`)}
        </ul>
      </div>
    `;
  }

  private renderControls() {
    const v = this.presets.visible;
    const panelFilters = (['topics', 'city', 'near', 'days', 'online', 'order'] as FilterName[]).filter((f) => v.has(f));
    if (!v.has('q') && panelFilters.length === 0) return nothing;
    const collapsible = this.narrow && panelFilters.length > 0;
    const open = !collapsible || this.filtersOpen;
    const activeInPanel = activeFilters(this.search, v).filter((f) => f.kind !== 'q').length;
    return html`
      <div class="controls">
        ${v.has('q') ? this.renderSearchForm() : nothing}
        ${collapsible
          ? html`<button
              type="button"
              class="button secondary filters-toggle"
              part="filters-toggle"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="filter-panel"
              @click=${() => (this.filtersOpen = !this.filtersOpen)}
            >
              ${activeInPanel > 0 ? msg(str`Filters (${formatNumber(activeInPanel, this.formatLocale)})`) : msg('Filters')}
            </button>`
          : nothing}
        ${panelFilters.length > 0
          ? html`<div class="filter-panel" id="filter-panel" part="filters" ?hidden=${!open}>
              ${v.has('topics') ? this.renderTopics() : nothing} ${v.has('city') ? this.renderCity() : nothing}
              ${v.has('order') ? this.renderOrder() : nothing} ${v.has('near') ? this.renderNear() : nothing}
              ${v.has('online') ? this.renderOnline() : nothing} ${v.has('days') ? this.renderDays() : nothing}
            </div>`
          : nothing}
      </div>
    `;
  }

  private renderSearchForm() {
    return html`
      <form class="search" part="search" role="search" aria-label=${msg('Learning circles')} @submit=${this.onSubmit}>
        <label for="q">${msg('Search learning circles')}</label>
        <div class="search-row">
          <input
            id="q"
            type="search"
            name="q"
            autocomplete="off"
            enterkeyhint="search"
            spellcheck="false"
            placeholder=${msg('Topic, course, place or facilitator')}
            .value=${live(this.draftQ)}
            @input=${this.onInput}
          />
          <button class="button" type="submit">${icons.search}<span>${msg('Search')}</span></button>
        </div>
      </form>
    `;
  }

  private renderTopics() {
    const chosen = this.search.topics;
    const list = this.topicList;
    return html`
      <div class="field">
        <label for="topic">${msg('Topic')}</label>
        <select id="topic" @change=${this.onTopic} ?disabled=${list === null}>
          <option value="" selected>
            ${list === null && !this.topicsFailed
              ? msg('Loading topics…')
              : chosen.length > 0
                ? msg('Add another topic')
                : msg('Any topic')}
          </option>
          ${(list ?? [])
            .filter((t) => !chosen.includes(t.keyword))
            .map((t) => {
              const keyword = t.keyword;
              const count = formatNumber(t.count, this.formatLocale);
              return html`<option value=${keyword}>${msg(str`${keyword} (${count})`)}</option>`;
            })}
        </select>
        ${this.topicsFailed
          ? html`<p class="hint">
              ${msg('Topics could not be loaded.')}
              <button type="button" class="link" @click=${this.retryLookups}>${msg('Try again')}</button>
            </p>`
          : nothing}
      </div>
    `;
  }

  private renderCity() {
    const current = this.search.city;
    const list = this.cityList ?? [];
    const options = current && !list.some((c) => c.value === current) ? [{ value: current, label: current }, ...list] : list;
    return html`
      <div class="field">
        <label for="city">${msg('City')}</label>
        <select id="city" @change=${this.onCity}>
          <option value="" .selected=${current === ''}>${msg('Any city')}</option>
          ${options.map((c) => html`<option value=${c.value} .selected=${c.value === current}>${c.label}</option>`)}
        </select>
        ${this.citiesFailed
          ? html`<p class="hint">
              ${msg('Cities could not be loaded.')}
              <button type="button" class="link" @click=${this.retryLookups}>${msg('Try again')}</button>
            </p>`
          : nothing}
      </div>
    `;
  }

  private renderOrder() {
    const current = effectiveOrder(this.search);
    return html`
      <div class="field">
        <label for="order">${msg('Sort by')}</label>
        <select id="order" @change=${this.onOrder}>
          ${ORDERS.map((o) => html`<option value=${o} .selected=${o === current}>${this.orderLabel(o)}</option>`)}
        </select>
      </div>
    `;
  }

  private renderNear() {
    const choices = distanceChoices(this.formatLocale);
    const current = this.currentDistance();
    const locating = this.geo === 'locating';
    const problem = this.geo !== 'idle' && this.geo !== 'locating';
    return html`
      <fieldset class="field near">
        <legend>${msg('Near me')}</legend>
        <div class="near-row">
          <button
            type="button"
            class="button secondary locate"
            aria-disabled=${locating ? 'true' : 'false'}
            aria-describedby="geo-message"
            @click=${this.locate}
          >
            ${icons.place}<span>${this.search.near ? msg('Update my location') : msg('Use my location')}</span>
          </button>
          <span class="distance">
            <label for="distance">${msg('Distance')}</label>
            <select id="distance" @change=${this.onDistance}>
              ${choices.map(
                (c) => html`<option value=${String(c.km)} .selected=${c.km === current.km}>${this.distanceText(c)}</option>`,
              )}
            </select>
          </span>
        </div>
        <p id="geo-message" class="hint ${problem ? 'problem' : ''}" role="status">
          ${problem ? icons.alert : nothing}${this.geoMessage()}
        </p>
      </fieldset>
    `;
  }

  private renderOnline() {
    return html`
      <fieldset class="field">
        <legend>${msg('How it meets')}</legend>
        <div class="choices">
          ${ONLINE_CHOICES.map(
            (choice) => html`<label class="check">
              <input type="radio" name="online" value=${choice} .checked=${this.search.online === choice} @change=${this.onOnline} />
              <span>${this.onlineLabel(choice)}</span>
            </label>`,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderDays() {
    return html`
      <fieldset class="field days">
        <legend>${msg('Day of the first meeting')}</legend>
        <div class="choices">
          ${DAYS.map(
            (day) => html`<label class="check">
              <input
                type="checkbox"
                value=${String(day)}
                .checked=${this.search.days.includes(day)}
                @change=${(e: Event) => this.toggleDay(day, (e.target as HTMLInputElement).checked)}
              />
              <span>${this.weekdayName(day)}</span>
            </label>`,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderChips() {
    const active = activeFilters(this.search, this.presets.visible);
    if (active.length === 0) return nothing;
    return html`
      <div class="chips-row" part="chips">
        <ul class="chips" role="list" aria-label=${msg('Active filters')}>
          ${repeat(
            active,
            filterKey,
            (filter, i) => {
              const label = this.chipLabel(filter);
              return html`<li>
                <button
                  type="button"
                  class="chip"
                  part="chip"
                  data-filter=${filterKey(filter)}
                  aria-label=${msg(str`Remove filter: ${label}`)}
                  @click=${() => this.removeChip(filter, i, true)}
                >
                  <span>${label}</span>${icons.close}
                </button>
              </li>`;
            },
          )}
        </ul>
        <button type="button" class="link clear-all" @click=${this.clearAll}>${msg('Clear all')}</button>
      </div>
    `;
  }

  private renderTabs() {
    const current = this.search.tab;
    return html`
      <div class="tabs" role="tablist" aria-label=${msg('Learning circles')} part="tabs" @keydown=${this.onTabKey}>
        ${(['open', 'closed'] as Tab[]).map(
          (tab) => html`<button
            type="button"
            role="tab"
            id="tab-${tab}"
            part="tab"
            class="tab"
            aria-selected=${tab === current ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${tab === current ? '0' : '-1'}
            @click=${() => this.selectTab(tab, false)}
          >
            ${this.tabLabel(tab)}
          </button>`,
        )}
      </div>
    `;
  }

  private renderSummary(): TemplateResult | string {
    if (this.status === 'loading') return msg('Loading learning circles…');
    if (this.status === 'error' || !this.lastPage) return '';
    if (this.more === 'loading') return msg('Loading more learning circles…');
    const shown = this.circles.length;
    // P2PU counts a text match once per facilitator; once every page is in, what is shown is the
    // true total, so never promise circles that will not come.
    const total = this.lastPage.hasMore ? this.lastPage.count : shown;
    const sentence = this.summarySentence(total);
    if (shown > 0 && this.lastPage.hasMore) {
      const s = formatNumber(shown, this.formatLocale);
      const t = formatNumber(total, this.formatLocale);
      return html`<span>${sentence}.</span> <span class="muted">${msg(str`Showing ${s} of ${t}.`)}</span>`;
    }
    return html`<span>${sentence}.</span>`;
  }

  private renderBody() {
    if (this.status === 'loading') return this.renderSkeleton();
    if (this.status === 'error') return this.renderError();
    if (this.circles.length === 0) return this.renderEmpty();
    const layout = this.cardLayout;
    // <circle-card> calls the grid layout "card" (image on top).
    const cardLayout = layout === 'grid' ? 'card' : layout;
    const signupPage = this.config.signupPage ?? undefined;
    return html`
      <ul class="results" part="results" role="list" data-layout=${layout}>
        ${repeat(
          this.circles,
          (c) => c.id,
          (circle, i) => html`<li tabindex="-1" data-index=${i}>
            <circle-card
              .circle=${circle}
              layout=${cardLayout}
              heading-level="3"
              signup-page=${ifDefined(signupPage)}
            ></circle-card>
          </li>`,
        )}
      </ul>
      ${this.lastPage?.hasMore || this.more === 'error'
        ? html`<div class="more">
            ${this.more === 'error'
              ? html`<p class="inline-error" role="alert">${icons.alert}${msg('More learning circles could not be loaded.')}</p>`
              : nothing}
            <button
              type="button"
              class="button secondary load-more"
              part="load-more"
              aria-disabled=${this.more === 'loading' ? 'true' : 'false'}
              @click=${this.loadMore}
            >
              ${this.more === 'loading' ? msg('Loading…') : this.more === 'error' ? msg('Try again') : msg('Load more')}
            </button>
          </div>`
        : nothing}
    `;
  }

  private renderSkeleton() {
    const count = Math.min(this.presets.pageSize, this.cardLayout === 'grid' ? 6 : 3);
    return html`
      <ul class="results skeleton" data-layout=${this.cardLayout} aria-hidden="true">
        ${Array.from(
          { length: count },
          () => html`<li class="skeleton-card">
            <span class="bone image"></span><span class="bone title"></span><span class="bone line"></span
            ><span class="bone line short"></span>
          </li>`,
        )}
      </ul>
    `;
  }

  private renderError() {
    const { title, detail, retryable } = this.errorWords();
    const hasFilters = activeFilters(this.search, this.presets.visible).length > 0;
    return html`
      <div class="error" part="error" role="alert">
        ${icons.alert}
        <div>
          <p><strong>${title}</strong> ${detail}</p>
          <p class="actions">
            ${retryable
              ? html`<button type="button" class="button retry" @click=${this.retry}>${icons.retry}${msg('Try again')}</button>`
              : nothing}
            ${!retryable && hasFilters
              ? html`<button type="button" class="button" @click=${this.clearAll}>${msg('Clear all filters')}</button>`
              : nothing}
            <a href=${P2PU_SEARCH_PAGE}>${msg('See learning circles on p2pu.org')}</a>
          </p>
        </div>
      </div>
    `;
  }

  private renderEmpty() {
    const active = activeFilters(this.search, this.presets.visible);
    const page = this.lastPage;
    const tabs = this.presets.tabs;
    const tab = this.search.tab;
    const otherCount = page ? (tab === 'open' ? page.signupClosedCount : page.signupOpenCount) : 0;
    const contact = this.contactHref();
    const title =
      active.length > 0
        ? msg('No learning circles match your search.')
        : tab === 'open'
          ? msg('No learning circles are open for signup right now.')
          : msg('There are no past or closed learning circles to show.');
    const ways: TemplateResult[] = [];
    active.forEach((filter, i) => {
      const label = this.chipLabel(filter);
      ways.push(html`<li>
        <button type="button" class="link" @click=${() => this.removeChip(filter, i, false)}>
          ${msg(str`Remove filter: ${label}`)}
        </button>
      </li>`);
    });
    if (active.length > 1) {
      ways.push(html`<li><button type="button" class="link" @click=${this.clearAll}>${msg('Clear all filters')}</button></li>`);
    }
    if (tabs && otherCount > 0) {
      const n = formatNumber(otherCount, this.formatLocale);
      const other: Tab = tab === 'open' ? 'closed' : 'open';
      ways.push(html`<li>
        <button type="button" class="link" @click=${() => this.selectTab(other, true)}>
          ${other === 'closed' ? msg(str`See past and closed learning circles (${n})`) : msg(str`See learning circles open for signup (${n})`)}
        </button>
      </li>`);
    }
    if (contact) {
      ways.push(html`<li><a href=${contact}>${msg('Ask us about upcoming learning circles')}</a></li>`);
    }
    if (ways.length === 0) {
      ways.push(html`<li><a href=${P2PU_SEARCH_PAGE}>${msg('See learning circles everywhere on p2pu.org')}</a></li>`);
    }
    return html`
      <div class="empty" part="empty">
        <p class="empty-title"><strong>${title}</strong></p>
        <ul class="ways-out" role="list">
          ${ways}
        </ul>
      </div>
    `;
  }
}

defineElement('circle-finder', CircleFinder);

declare global {
  interface HTMLElementTagNameMap {
    'circle-finder': CircleFinder;
  }
  interface GlobalEventHandlersEventMap {
    'p2pu-circle-search': CustomEvent<CircleSearchDetail>;
  }
}
