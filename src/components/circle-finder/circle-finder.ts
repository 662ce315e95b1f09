import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  cleanSearchText,
  fetchCircleTopics,
  fetchCities,
  safeHttpUrl,
  searchCircles,
  type CirclePage,
  type CircleQuery,
  type LearningCircle,
} from '../../api/index.js';
import { FinderElement } from '../../internal/finder-element.js';
import { widgetStyles } from '../../internal/widget-element.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { warnOnce } from '../../internal/warn.js';
import type { GeolocationController } from '../../internal/geolocation-controller.js';
import { LookupController } from '../../internal/lookup-controller.js';
import { continues } from '../../internal/progressive-list.js';
import { SearchController } from '../../internal/search-controller.js';
import { UrlStateController } from '../../internal/url-state.js';
import '../circle-card/circle-card.js';
import { renderExplainer } from '../../internal/explainer.js';
import { chipStyles } from '../../styles/chips.js';
import { explainerStyles } from '../../styles/explainer.js';
import { finderBaseStyles } from '../../styles/finder.js';
import { controlStyles } from '../../styles/controls.js';
import { loadMoreStyles } from '../../styles/load-more.js';
import { noticeStyles } from '../../styles/notices.js';
import { skeletonStyles } from '../../styles/skeleton.js';
import { tabStyles } from '../../styles/tabs.js';
import { finderStyles } from './circle-finder.styles.js';
import { renderControls } from './finder-filters.js';
import { FilterPanelLoader } from './filter-panel-loader.js';
import { renderBody, renderChips, renderSummary, renderTabs, type FinderLayout, type ResultsView } from './finder-results.js';
import {
  OLD_COURSE_PARAM,
  URL_NAMES,
  addressParams,
  clearedState,
  defaultDistanceKm,
  firstSearch,
  initialState,
  parseCourseId,
  parsePresets,
  removeFilter,
  roundPlace,
  sameState,
  stateFromParams,
  stateToParams,
  toQuery,
  type ActiveFilter,
  type FilterName,
  type FinderState,
  type Presets,
  type Tab,
} from './finder-state.js';
import { distanceText } from './finder-text.js';
import { structuredDataText, writeStructuredData } from './structured-data.js';
import { CardHighlight, type CircleHighlightDetail } from './finder-highlight.js';
import { searchDetail, sharedQuery, type CircleSearchDetail, type CircleSearchQuery } from './finder-events.js';

export type { FinderLayout } from './finder-results.js';
export type { CircleHighlightDetail } from './finder-highlight.js';
export type { CircleSearchDetail, CircleSearchQuery } from './finder-events.js';

const LAYOUTS: readonly string[] = ['grid', 'list', 'compact', 'auto'];
const STRUCTURED_DATA_ATTR = 'data-p2pu-structured-data';

/**
 * Search for learning circles, for a library's "Learning circles" page: text, topics, city, near
 * me, meeting days, online or in person, and order, with removable filter chips; "Open for signup"
 * and "Past and closed" tabs; results as `<circle-card>`s with a "Load more" button. Presets let a
 * library show only its own circles, with some or no filters, e.g.
 * `<circle-finder team-id="12" city="Springfield" filters="">`.
 *
 * Presets: `topics` are course keywords (`python, data`); `order` is one of `first_meeting_date`,
 * `start_date`, `last_meeting_date`, `name`, `created_at` (without it each tab uses P2PU's own
 * order: open soonest first, past most recently ended first); `filters` picks from
 * `q topics city near days online order`. A preset whose filter is hidden is fixed; a shown one
 * is where the search starts. With `sync-url` the search is kept in the page address (`lc_q`,
 * `lc_topics`, `lc_city`, `lc_days`, `lc_online`, `lc_order`, `lc_tab=past`, `lc_course`): a missing
 * parameter means the preset, an empty one means none.
 *
 * One course's circles: a link with `lc_course=<course id>` (what "See learning circles for this
 * course" adds with the `circles-page` setting; read with or without `sync-url`; `course=<id>` of
 * older links too) shows them with a removable "Course: …" chip; `course-id` fixes the finder to one
 * course, like `team-id`.
 *
 * Put a plain link inside (such as "Browse learning circles on P2PU") for pages without
 * JavaScript; it is not shown once the widget runs. The finder adds a `<script type="application/ld+json">` child with schema.org `Event`s for
 * the first page of circles it shows, what search engines read (turn it off with `no-structured-data`).
 *
 * With a map: `<circle-map for="finder-id">` beside `<circle-finder id="finder-id">` shows the
 * circles of the finder's search as pins and keeps the two in step. It reads the public
 * {@link CircleFinder.searchQuery} when `p2pu-circle-search` says the search changed, calls
 * {@link CircleFinder.highlightCircle} when a patron chooses a pin, and follows
 * `p2pu-circle-highlight` when a patron hovers or focuses a card. Any page script can do the same.
 *
 * @tag circle-finder
 * @fires p2pu-circle-search - After each search's first page arrives; detail {@link CircleSearchDetail} (no position, no personal data).
 * @fires p2pu-circle-highlight - A learner hovers or focuses a card in the results (once per card, until another one or a `highlightCircle()` call); detail {@link CircleHighlightDetail} `{ id }`, the circle's id (no personal data). Bubbles, composed.
 * @fires p2pu-circle-select - Bubbles from a `<circle-card>` when a learner picks a circle (cancelable; detail `{ id, url }`).
 * @csspart problem - The notice for the page editor when an attribute cannot be used (also `config-problems`, its 0.1 name).
 * @csspart explainer - "What is a learning circle?" (the `explainer` setting).
 * @csspart search - The search form.
 * @csspart search-input - The search text box.
 * @csspart filters - The filter panel (topic, city, near me, days, online, order), folded until opened.
 * @csspart filters-toggle - The "Filters" button (with the number of filters chosen) that opens and closes the filter panel.
 * @csspart filters-error - In the open filter panel, when its code could not be loaded (offline): what happened and "Try again".
 * @csspart chips - The row of active filters and "Clear all".
 * @csspart chip - One removable active filter.
 * @csspart tabs - The tab list.
 * @csspart tab - One tab.
 * @csspart summary - The result summary (a polite live region).
 * @csspart results - The list of results.
 * @csspart load-more - The "Load more" button.
 * @csspart empty - The no-results panel.
 * @csspart error - The error panel.
 */
export class CircleFinder extends FinderElement<CircleQuery, LearningCircle, CirclePage> {
  static override styles = [widgetStyles, controlStyles, chipStyles, tabStyles, noticeStyles, skeletonStyles, loadMoreStyles, explainerStyles, finderBaseStyles, finderStyles];

  /** Preset city (exact name as P2PU lists it). Fixed when the city filter is hidden, else the starting choice. */
  @property({ reflect: true }) city?: string;
  /** Preset meeting format: `true` (online only), `false` (in person only) or `any`. */
  @property({ reflect: true }) online?: string;
  /**
   * Only this course's circles (the number in the course's P2PU address, such as 1203), fixed. Without
   * it, a link's `lc_course` is a filter the patron sees and can remove.
   */
  @property({ attribute: 'course-id', reflect: true }) courseId?: string;
  /** A contact link offered when nothing matches (http(s) or mailto:). */
  @property({ attribute: 'contact-url', reflect: true }) contactUrl?: string;
  /** Do not write schema.org JSON-LD for the shown circles. */
  @property({ type: Boolean, attribute: 'no-structured-data', reflect: true }) noStructuredData = false;
  /** `grid`, `list` or `compact` cards; absent or `auto`: chosen from the finder's own width. */
  @property({ reflect: true }) layout?: string;

  @state() private search!: FinderState;
  @state() private draftQ = '';
  @state() private filtersOpen = false;

  private presets: Presets = parsePresets({});
  private presetProblems: string[] = [];
  private presetKey: string | null = null;
  /** The course the list is filtered to, with its title once a result has told it (for its chip). */
  private courseTitle: { id: number; title: string } | null = null;
  /** The circles the structured data was written for: not redone on each update while they render in slices. */
  private structuredDataCircles: readonly LearningCircle[] | null = null;

  protected readonly results = new SearchController<CircleQuery, LearningCircle, CirclePage>(this, {
    args: () => {
      const { endpoint, transport, teamId } = this.config;
      return { query: toQuery(this.search, { teamId, limit: this.presets.pageSize }), key: [endpoint, transport] };
    },
    fetch: (query, offset, signal) => searchCircles(this.client, { ...query, offset }, { signal }),
    id: (circle) => circle.id,
    // P2PU's text search joins the facilitators: a circle found by text is counted once per
    // facilitator. Without text its counts are of circles (p2pu-api.md §5.15).
    countsEachOnce: (query) => !query.q,
    onResults: (page, query) => {
      this.highlight.clear();
      emit<CircleSearchDetail>(this, 'p2pu-circle-search', searchDetail(query, page.count));
    },
  });

  /** The card a linked map chose, and the one a learner is on (finder-highlight.ts). */
  private readonly highlight = new CardHighlight(this, {
    indexOf: (id) => this.results.items.findIndex((circle) => circle.id === id),
    whenShown: (index) => this.listed.whenShown(index),
    itemOf: (id) => this.shadowRoot?.querySelector<HTMLElement>(`.results li[data-id="${id}"]`),
  });

  private readonly lookups = new LookupController(this, {
    lists: () => ({
      topics: this.shows('topics') ? (signal: AbortSignal) => fetchCircleTopics(this.client, { signal }) : undefined,
      cities: this.shows('city') ? (signal: AbortSignal) => fetchCities(this.client, { signal }) : undefined,
    }),
    args: () => [this.config.endpoint, this.config.transport, this.shows('topics'), this.shows('city')],
    // The search is the first request: the lists wait for its results, or for the patron.
    ready: () => this.results.status !== 'loading' || this.filtersOpen,
  });

  private readonly address = new UrlStateController(this, {
    enabled: () => this.syncUrl,
    prefix: () => this.urlParamPrefix,
    names: URL_NAMES,
    onRestore: () => {
      const params = addressParams(location.href, this.urlParamPrefix, true);
      const restored = stateFromParams(params, this.presets, this.baseState());
      // "Near me" never goes into the address; keep it unless the restored search picks a city.
      if (this.presets.visible.has('near') && !restored.city) {
        restored.near = this.search.near;
        restored.distanceKm = this.search.distanceKm;
      }
      this.typing.cancel();
      this.search = restored;
      this.draftQ = restored.q;
    },
  });

  /** "Near me", which only the filter panel offers: made when the panel's code arrives. */
  private geolocation: GeolocationController | null = null;

  /** The filter panel's code (finder-panel.ts), loaded when a patron first reaches for "Filters". */
  private readonly panel = new FilterPanelLoader(this, (code) => {
    this.geolocation = new code.GeolocationController(this, this.onPosition);
  });

  private onPosition = (latitude: number, longitude: number) => {
    const city = this.presets.visible.has('city') ? '' : this.search.city;
    this.commit({ ...this.search, near: roundPlace(latitude, longitude), city });
  };

  protected readonly defaultUrlPrefix = 'lc_';

  /**
   * The search the finder shows now (or is loading): its filters, presets, tab, order, `team-id`
   * and course, as the parameters of P2PU's `/api/learningcircles/` that the API client's
   * `searchCircles` takes, without paging (`limit`, `offset`); a fresh copy on each read; null
   * before the finder's first update. Read it when `p2pu-circle-search` fires (`<circle-map for>`
   * does). The learner's position ("near me") is never in it, as it is never in an event: a search
   * near the learner reads here as the same search without the distance.
   */
  get searchQuery(): CircleSearchQuery | null {
    if (!this.search) return null;
    return sharedQuery(toQuery(this.search, { teamId: this.config.teamId, limit: this.presets.pageSize }));
  }

  /**
   * Highlights the card of circle `id` (its `<circle-card>` gets `highlighted`, styled as a ring)
   * and scrolls it into view without moving focus, when that circle is among the results loaded;
   * otherwise, or with `null`, no card is highlighted. Returns whether a card is highlighted.
   * `<circle-map for>` calls it when a patron chooses a pin.
   */
  highlightCircle(id: number | null): boolean {
    return this.highlight.show(id);
  }

  private shows(filter: FilterName): boolean {
    return this.presets.visible.has(filter);
  }

  protected resultAt(index: number): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>(`.results li[data-index="${index}"]`);
  }

  protected override get setupProblemParts(): string {
    return 'problem config-problems';
  }

  protected override widgetProblems(): string[] {
    const problems = [...this.presetProblems];
    if (this.layout && !LAYOUTS.includes(this.layout.trim().toLowerCase())) {
      problems.push(`layout "${this.layout}" must be grid, list, compact or auto`);
    }
    if (this.contactUrl && this.contactUrl.trim() !== '' && this.contactHref() === null) {
      problems.push(`contact-url "${this.contactUrl}" must be a web address (https://…) or an e-mail link (mailto:…)`);
    }
    return problems;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const problems: string[] = [];
    this.presets = parsePresets(
      {
        q: this.q,
        city: this.city,
        topics: this.topics,
        online: this.online,
        order: this.order,
        filters: this.filters,
        pageSize: this.pageSize,
        courseId: this.courseId,
      },
      problems,
    );
    this.presetProblems = problems;
    super.willUpdate(changed);

    const presets = this.presets;
    const presetKey = JSON.stringify([
      presets.q,
      presets.city,
      presets.topics,
      presets.online,
      presets.order,
      [...presets.visible],
      presets.tabs,
      presets.courseId,
      this.syncUrl,
      this.urlParamPrefix,
    ]);
    if (presetKey !== this.presetKey) {
      this.presetKey = presetKey;
      const params = addressParams(location.href, this.urlParamPrefix, this.syncUrl);
      if (presets.courseId === null && params.course && parseCourseId(params.course) === null) {
        // Anyone can write the address: a short, escaped start of it only. Never sent (P2PU answers 500).
        const quoted = JSON.stringify(params.course.slice(0, 40));
        warnOnce(`<circle-finder>: ${this.urlParamPrefix}course ${quoted} in the page address is not a course number; every course is shown.`);
      }
      this.search = firstSearch(presets, params, defaultDistanceKm(this.formatLocale));
      this.draftQ = this.search.q;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Once the list is complete: not in the task that shows the first cards.
    if (!this.listed.pending) this.syncStructuredData();
  }

  protected override focusFallback(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('.summary') ?? null;
  }

  private baseState(): FinderState {
    return initialState(this.presets, defaultDistanceKm(this.formatLocale));
  }

  /** A learner changed the search: apply it and (with sync-url) add a history entry. */
  private commit(next: FinderState) {
    if (sameState(next, this.search)) return;
    this.search = next;
    if ((cleanSearchText(this.draftQ) ?? '') !== next.q) this.draftQ = next.q;
    // An older link's `course=1203`: the address first says it the finder's way (same results), so
    // the search below can take the course out, and Back bring it back.
    const url = new URL(location.href);
    const old = url.searchParams.get(OLD_COURSE_PARAM);
    if (this.syncUrl && this.presets.courseId === null && parseCourseId(old) !== null) {
      const name = `${this.urlParamPrefix}course`;
      url.searchParams.delete(OLD_COURSE_PARAM);
      if (!url.searchParams.has(name)) url.searchParams.set(name, old!);
      history.replaceState(history.state, '', url.href);
    }
    this.address.push(stateToParams(next, this.presets, this.baseState()));
  }

  /** The title of the course the list is filtered to, from a result (kept while other searches load). */
  private titleOfCourse(): string | null {
    const id = this.search.courseId;
    if (id === null) return null;
    if (this.courseTitle?.id !== id) {
      const title = this.results.items.find((circle) => circle.course.id === id)?.course.title;
      this.courseTitle = title ? { id, title } : null;
    }
    return this.courseTitle?.title ?? null;
  }

  private syncStructuredData() {
    const existing = [...this.children].find(
      (el): el is HTMLScriptElement => el instanceof HTMLScriptElement && el.hasAttribute(STRUCTURED_DATA_ATTR),
    );
    const circles = this.results.items;
    const show = !this.noStructuredData && this.results.status === 'ready' && circles.length > 0;
    if (!show) {
      existing?.remove();
      this.structuredDataCircles = null;
      return;
    }
    // Search engines read the first page (they press no "Load more"): written once per search, not
    // again for each page added (for 500 circles, a task of about 0.1 s at CPU 4x, for nothing).
    const written = this.structuredDataCircles;
    if (existing && written && (circles === written || continues(written, circles))) return;
    const text = structuredDataText(circles);
    if (existing && existing.textContent === text) return;
    const script = existing ?? this.ownerDocument.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(STRUCTURED_DATA_ATTR, '');
    if (!writeStructuredData(script, text)) {
      existing?.remove(); // the page's Trusted Types settings refuse it: no structured data
      return;
    }
    if (!existing) this.append(script);
    this.structuredDataCircles = circles;
  }

  private contactHref(): string | null {
    const raw = (this.contactUrl ?? '').trim();
    if (raw === '') return null;
    if (/^mailto:[^\s<>"]+$/i.test(raw)) return raw;
    return safeHttpUrl(raw);
  }

  private get layoutChoice(): FinderLayout {
    const chosen = (this.layout ?? '').trim().toLowerCase();
    return chosen === 'grid' || chosen === 'list' || chosen === 'compact' ? chosen : 'auto';
  }

  // ---------------------------------------------------------------------------------------------
  // Learner actions

  private onInput = (event: Event) => {
    this.draftQ = (event.target as HTMLInputElement).value;
    this.typing.schedule(this.commitQ);
  };

  private onSubmit = (event: Event) => {
    event.preventDefault();
    this.typing.cancel();
    const q = cleanSearchText(this.draftQ) ?? '';
    if (q === this.search.q && this.results.status === 'error') this.results.retry();
    else this.commitQ();
  };

  private commitQ = () => {
    const q = cleanSearchText(this.draftQ) ?? '';
    if (q !== this.search.q) this.commit({ ...this.search, q });
  };

  private selectTab = (tab: Tab, focus: boolean) => {
    if (focus) this.focusAfterUpdate(() => this.shadowRoot?.querySelector<HTMLElement>(`#tab-${tab}`));
    this.commit({ ...this.search, tab });
  };

  private onTabKey = (event: KeyboardEvent) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const current = this.search.tab;
    const next: Tab =
      event.key === 'Home' ? 'open' : event.key === 'End' ? 'closed' : current === 'open' ? 'closed' : 'open';
    this.selectTab(next, true);
  };

  /** Escape in the open filter panel folds it and gives focus back to the "Filters" button. */
  private onPanelKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    this.focusAfterUpdate(() => this.shadowRoot?.querySelector<HTMLElement>('.filters-toggle') ?? null);
    this.filtersOpen = false;
  };

  private removeFilter = (filter: ActiveFilter, index: number, fromChips: boolean) => {
    if (fromChips) {
      this.focusAfterUpdate(() => {
        const chips = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('.chip') ?? [])];
        return chips[Math.min(index, chips.length - 1)] ?? this.searchInput();
      });
    }
    if (filter.kind === 'near') this.geolocation?.reset();
    this.commit(removeFilter(this.search, filter));
  };

  private clearAll = () => {
    this.focusAfterUpdate(() => this.searchInput());
    this.geolocation?.reset();
    this.commit(clearedState(this.search, this.presets));
  };

  /** With "Try again" after a failed load: focus on the panel's first control, or back on the notice. */
  private retryPanel = () => {
    void this.panel.load().then((code) => {
      // The first control is a list's menu, whose focus asks for the lists: asked here, not
      // from within the update that moves focus.
      if (code) this.lookups.loadNow();
      this.focusAfterUpdate(() =>
        this.shadowRoot?.querySelector<HTMLElement>(code ? '#filter-panel :is(select, input, button)' : '[part~=filters-error]'),
      );
    });
  };

  private reachFilters = (event: Event) => {
    if ((event.target as Element).closest('.filters-toggle')) void this.panel.load();
  };

  private toggleFilters = () => {
    void this.panel.load();
    this.filtersOpen = !this.filtersOpen;
  };

  private searchInput(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('#q') ?? null;
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  /**
   * The number each tab shows, by the rule of the summary: the tab searched has the results'
   * own total (once known), the other one P2PU's count when that is exact; else no number.
   */
  private tabCounts(): Record<Tab, number | null> {
    const { first, searched } = this.results;
    if (!first || !searched) return { open: null, closed: null };
    const shownTab: Tab = searched.signup === 'closed' ? 'closed' : 'open';
    const count = (tab: Tab) =>
      tab === shownTab
        ? this.results.total
        : this.results.exactCount(tab === 'open' ? first.signupOpenCount : first.signupClosedCount);
    return { open: count('open'), closed: count('closed') };
  }

  /** The filter panel's controls (called once its code is in). */
  private renderPanel = () =>
    this.panel.code!.renderFilterPanel({
      state: this.search,
      locale: this.formatLocale,
      visible: this.presets.visible,
      topics: this.lookups.view('topics'),
      cities: this.lookups.view('cities'),
      geo: this.geolocation!.status,
      distanceLabel: (choice) => distanceText(choice, this.formatLocale),
      on: {
        change: (next) => this.commit(next),
        locate: () => this.geolocation!.locate(),
        forgetLocation: () => this.geolocation!.reset(),
        retryLookups: this.lookups.retry,
        loadLookups: this.lookups.loadNow,
      },
    });

  protected override renderWidget() {
    const tabs = this.presets.tabs;
    const locale = this.formatLocale;
    const { status, more, items, page, error } = this.results;
    const view: ResultsView = {
      state: this.search,
      presets: this.presets,
      locale,
      status,
      more,
      circles: items,
      rendered: this.renderedChunks,
      page,
      total: this.results.total,
      tabCounts: this.tabCounts(),
      error: status === 'error' ? this.errorText(error, 'circles') : null,
      layout: this.layoutChoice,
      headingLevel: this.headingLevelValue,
      signupPage: this.config.signupPage,
      contactHref: this.contactHref(),
      courseTitle: this.titleOfCourse(),
      highlightedId: this.highlight.id,
      on: {
        removeFilter: this.removeFilter,
        clearAll: this.clearAll,
        selectTab: this.selectTab,
        tabKey: this.onTabKey,
        retry: this.results.retry,
        loadMore: this.loadMore,
        resultActive: this.highlight.onResultActive,
      },
    };
    return html`
      <div class="finder">
        ${renderExplainer(this.config.explainer)}
        ${renderControls({
          state: this.search,
          draftQ: this.draftQ,
          locale,
          visible: this.presets.visible,
          filtersOpen: this.filtersOpen,
          panelCode: this.panel.status,
          renderPanel: this.renderPanel,
          on: {
            input: this.onInput,
            submit: this.onSubmit,
            toggleFilters: this.toggleFilters,
            reachFilters: this.reachFilters,
            retryPanel: this.retryPanel,
            panelKey: this.onPanelKey,
          },
        })}
        ${renderChips(view)} ${tabs ? renderTabs(view) : nothing}
        <div
          class="panel"
          id="panel"
          role=${ifDefined(tabs ? 'tabpanel' : undefined)}
          aria-labelledby=${ifDefined(tabs ? `tab-${this.search.tab}` : undefined)}
        >
          <p class="summary ${this.viewState === 'empty' ? 'none' : ''}" part="summary" role="status" tabindex="-1">${renderSummary(view)}</p>
          <div class="body" aria-busy=${status === 'loading' || more === 'loading' || this.listed.pending ? 'true' : 'false'}>${renderBody(view)}</div>
        </div>
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
    'p2pu-circle-highlight': CustomEvent<CircleHighlightDetail>;
  }
}
