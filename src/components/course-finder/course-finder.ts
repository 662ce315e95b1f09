import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import {
  cleanSearchText,
  fetchCourseLanguages,
  fetchCourseTopics,
  searchCourses,
  type Course,
  type CourseOrder,
  type CourseQuery,
  type Page,
} from '../../api/index.js';
import { FinderElement } from '../../internal/finder-element.js';
import { widgetStyles } from '../../internal/widget-element.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { icons } from '../../internal/icons.js';
import { renderErrorNotice } from '../../internal/error-notice.js';
import { renderLoadMore } from '../../internal/load-more.js';
import { renderChunks } from '../../internal/result-chunks.js';
import { LookupController } from '../../internal/lookup-controller.js';
import { SearchController } from '../../internal/search-controller.js';
import { UrlStateController } from '../../internal/url-state.js';
import '../course-card/course-card.js';
import type { CourseCard } from '../course-card/course-card.js';
import { renderExplainer } from '../../internal/explainer.js';
import { chipStyles } from '../../styles/chips.js';
import { explainerStyles } from '../../styles/explainer.js';
import { finderBaseStyles } from '../../styles/finder.js';
import { controlStyles } from '../../styles/controls.js';
import { loadMoreStyles } from '../../styles/load-more.js';
import { noticeStyles } from '../../styles/notices.js';
import { skeletonStyles } from '../../styles/skeleton.js';
import { courseFinderStyles } from './course-finder.styles.js';
import { renderActiveFilters, renderCourseFilters, type CourseFilterView, type Panel } from './course-filters.js';
import { countText } from './finder-text.js';
import {
  ALL_FILTERS,
  DEFAULT_FINDER_PAGE_SIZE,
  DEFAULT_ORDER,
  MAX_FINDER_PAGE_SIZE,
  ORDERS,
  URL_NAMES,
  URL_PREFIX,
  isOrder,
  sameSearch,
  searchFromParams,
  searchToParams,
  splitList,
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

/** Where the "browse on P2PU" way out of an empty result goes. */
const P2PU_COURSES_URL = 'https://www.p2pu.org/en/courses/';
const NO_SEARCH: CourseSearch = { q: '', topics: [], languages: [], order: DEFAULT_ORDER };

/**
 * Browse and search P2PU's curated list of free courses: text search, topics, languages, sort
 * order, a result count, "Load more", and clear empty and error states. Each result is a
 * `<course-card>`, whose "See learning circles for this course" goes to the `circles-page` setting.
 *
 * A library page can preset the search (`topics="programming"`: topic-guide slugs from P2PU;
 * `languages="es"`; `order`: `title` (default), `usage` (most used), `overall_rating` (best
 * rated) or `created_at` (newest)) and choose which filters learners see, from
 * `q topics languages order` (`filters="q topics"`; `filters=""` for a plain list). With `sync-url`, the search is kept in the page address
 * (`?lc_course_topics=programming`; another prefix with `url-prefix`), so the back button and
 * shared links work.
 *
 * Inside the tag, a plain link to P2PU's course list is the fallback for pages without
 * JavaScript; it is hidden once the finder runs.
 *
 * @tag course-finder
 * @fires p2pu-course-search - A search finished. `detail: { q, topics, languages, order, count }`.
 * @fires p2pu-course-select - Bubbles from a card: "See learning circles for this course". Cancelable.
 * @fires p2pu-course-open - Bubbles from a card: the course's own link was followed.
 * @csspart explainer - "What is a learning circle?" (the `explainer` setting).
 * @csspart filters - The search form.
 * @csspart search-input - The search text box.
 * @csspart order-select - The sort order menu.
 * @csspart filters-toggle - The "Filters" button that opens the panel of menus.
 * @csspart filter-panel - The panel of menus (topic, language, sort order).
 * @csspart topic-select - The topic menu.
 * @csspart language-select - The language menu.
 * @csspart filter-toggle - The topic and language menus (the old name of `topic-select` and `language-select`, from when they were buttons).
 * @csspart active-filters - The chosen topics and languages, each removable.
 * @csspart count - The result count.
 * @csspart results - The list of course cards.
 * @csspart load-more - The "Load more courses" button.
 * @csspart empty - The message when nothing matches.
 * @csspart error - The message when P2PU could not be reached.
 * @csspart problem - A configuration problem, in words for a page editor.
 * @cssprop [--p2pu-color-rating=#a35200] - Filled stars on the cards.
 */
export class CourseFinder extends FinderElement<CourseQuery, Course, Page<Course>> {
  static override styles = [widgetStyles, controlStyles, chipStyles, noticeStyles, skeletonStyles, loadMoreStyles, explainerStyles, finderBaseStyles, courseFinderStyles];

  /** Preset languages: language codes, comma-separated (`en,es`). */
  @property({ reflect: true }) languages?: string;

  /** What the controls show, including text not searched yet (searched after a pause in typing). */
  @state() private search: CourseSearch = NO_SEARCH;
  /** The search the results are for. */
  @state() private searched: CourseSearch = NO_SEARCH;
  /** What the search box shows (searched after a pause in typing). */
  @state() private draftQ = '';
  /** The filter panel is open ("Filters"). */
  @state() private filtersOpen = false;

  private presets: CourseSearch = NO_SEARCH;
  private presetKey = '';

  protected readonly results = new SearchController<CourseQuery, Course, Page<Course>>(this, {
    args: () => ({
      query: { ...this.searched, q: cleanSearchText(this.searched.q), limit: this.limit },
      key: [this.config.endpoint, this.config.transport],
    }),
    fetch: (query, offset, signal) => searchCourses(this.client, { ...query, offset }, { signal }),
    id: (course) => course.id,
    // P2PU groups the course list's rows: its count counts each course once (p2pu-api.md §3.2).
    countsEachOnce: () => true,
    onResults: (page, query) =>
      emit<CourseSearchDetail>(this, 'p2pu-course-search', {
        q: query.q ?? null,
        topics: [...(query.topics ?? [])],
        languages: [...(query.languages ?? [])],
        order: query.order ?? DEFAULT_ORDER,
        count: page.count,
      }),
  });

  private readonly lookups = new LookupController(this, {
    lists: () => ({
      topics: this.shows('topics') ? (signal: AbortSignal) => fetchCourseTopics(this.client, { signal }) : undefined,
      languages: this.shows('languages') ? (signal: AbortSignal) => fetchCourseLanguages(this.client, { signal }) : undefined,
    }),
    args: () => [this.config.endpoint, this.config.transport, this.shownFilters],
    // The search is the first request: the lists wait for its results, or for a panel to open.
    ready: () => this.results.status !== 'loading' || this.filtersOpen,
  });

  private readonly address = new UrlStateController(this, {
    enabled: () => this.syncUrl,
    prefix: () => this.urlParamPrefix,
    names: URL_NAMES,
    onRestore: (params) => {
      const search = searchFromParams(params, this.presets);
      if (sameSearch(search, this.searched) && this.results.status !== 'error') return;
      this.typing.cancel();
      this.search = this.searched = search;
      this.draftQ = search.q;
      if (this.results.status === 'error') this.results.retry();
    },
  });

  protected readonly defaultUrlPrefix = URL_PREFIX;

  protected resultAt(index: number): HTMLElement | null | undefined {
    return this.renderRoot.querySelectorAll<CourseCard>('course-card')[index];
  }

  private get shownFilters(): FilterName[] {
    if (this.filters === undefined || this.filters === null) return [...ALL_FILTERS];
    return splitList(this.filters, true).filter((f): f is FilterName => (ALL_FILTERS as readonly string[]).includes(f));
  }

  private shows(filter: FilterName): boolean {
    return this.shownFilters.includes(filter);
  }

  private get limit(): number {
    const n = Number(String(this.pageSize ?? '').trim());
    return Number.isInteger(n) && n >= 1 && n <= MAX_FINDER_PAGE_SIZE ? n : DEFAULT_FINDER_PAGE_SIZE;
  }

  protected override widgetProblems(): string[] {
    const problems: string[] = [];
    const order = this.order?.trim();
    if (order && !isOrder(order)) problems.push(`order "${order}" must be one of ${ORDERS.join(', ')}`);
    const size = String(this.pageSize ?? '').trim();
    if (size && this.limit !== Number(size)) {
      problems.push(`page-size "${size}" must be a whole number from 1 to ${MAX_FINDER_PAGE_SIZE}`);
    }
    for (const f of splitList(this.filters, true)) {
      if (!(ALL_FILTERS as readonly string[]).includes(f)) {
        problems.push(`filters: "${f}" is not a filter; use ${ALL_FILTERS.join(', ')}`);
      }
    }
    return problems;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const presetKey = JSON.stringify([this.q, this.topics, this.languages, this.order]);
    if (presetKey !== this.presetKey) {
      const first = this.presetKey === '';
      this.presetKey = presetKey;
      this.presets = {
        q: (this.q ?? '').trim(),
        topics: splitList(this.topics, true),
        languages: splitList(this.languages),
        order: this.order && isOrder(this.order.trim()) ? (this.order.trim() as CourseOrder) : DEFAULT_ORDER,
      };
      const params = first ? this.address.read() : null;
      this.search = this.searched = params ? searchFromParams(params, this.presets) : this.presets;
      this.draftQ = this.search.q;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // An <option selected> attribute no longer moves a select a person has used: set its value.
    const select = this.renderRoot.querySelector<HTMLSelectElement>('select#order');
    if (select && select.value !== this.search.order) select.value = this.search.order;
  }

  // ----------------------------------------------------------------------------------------
  // Learner actions

  /** Changes the search now, or after a pause when the patron is still typing or ticking. */
  private change(next: Partial<CourseSearch>, wait = false) {
    this.search = { ...this.search, ...next };
    if (wait) this.typing.schedule(this.commit);
    else this.commit();
  }

  private commit = () => {
    this.typing.cancel();
    if (sameSearch(this.search, this.searched)) {
      if (this.results.status === 'error') this.results.retry();
      return;
    }
    this.searched = this.search;
    this.address.push(searchToParams(this.searched, this.presets));
  };

  private onInput = (event: Event) => {
    this.draftQ = (event.target as HTMLInputElement).value;
    this.change({ q: this.draftQ }, true);
  };

  private onSubmit = (event: Event) => {
    event.preventDefault();
    this.change({ q: this.draftQ });
  };

  private onOrder = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    if (isOrder(value)) this.change({ order: value });
  };

  private choose = (key: Panel, value: string, on: boolean) => {
    const current = this.search[key];
    const next = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
    this.change({ [key]: next });
  };

  private removeChoice = (key: Panel, value: string) => {
    this.change({ [key]: this.search[key].filter((v) => v !== value) });
    // The chip is gone: keep focus in the widget, on the next chip, the search box or the toggles.
    this.focusAfterUpdate(
      () =>
        this.renderRoot.querySelector<HTMLElement>('.chip') ??
        this.renderRoot.querySelector<HTMLElement>('.filters input, .filters button, .filters select'),
    );
  };

  /** Clears what learners can change (hidden filters keep their presets). */
  private clearFilters = () => {
    const next: Partial<CourseSearch> = {};
    if (this.shows('q')) next.q = '';
    if (this.shows('topics')) next.topics = [];
    if (this.shows('languages')) next.languages = [];
    if (next.q !== undefined) this.draftQ = '';
    this.change(next);
  };

  private clearText = () => {
    this.draftQ = '';
    this.change({ q: '' });
  };

  private toggleFilters = () => {
    this.filtersOpen = !this.filtersOpen;
  };

  /** Escape closes the filter panel and returns focus to "Filters". */
  private onPanelKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.filtersOpen) return;
    event.stopPropagation();
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('.filters-toggle'));
    this.filtersOpen = false;
  };

  // ----------------------------------------------------------------------------------------
  // Rendering

  protected override renderWidget() {
    const locale = this.formatLocale;
    const { status, items, page, total } = this.results;
    const filters: CourseFilterView = {
      state: this.search,
      draftQ: this.draftQ,
      locale,
      shown: this.shownFilters,
      filtersOpen: this.filtersOpen,
      topics: this.lookups.view('topics'),
      languages: this.lookups.view('languages'),
      on: {
        input: this.onInput,
        submit: this.onSubmit,
        order: this.onOrder,
        toggleFilters: this.toggleFilters,
        panelKey: this.onPanelKey,
        choose: this.choose,
        remove: this.removeChoice,
        clearFilters: this.clearFilters,
        retryLookups: this.lookups.retry,
        loadLookups: this.lookups.loadNow,
      },
    };
    return html`<div class="frame">
      ${renderExplainer(this.config.explainer)} ${renderCourseFilters(filters)} ${renderActiveFilters(filters)}
      <p part="count" class="count" role="status">
        ${countText(status, items.length, total, page?.hasMore ?? false, locale)}
      </p>
      ${this.renderResults()}
    </div>`;
  }

  private renderResults() {
    const { status, items } = this.results;
    if (status === 'error') return this.renderError();
    if (status === 'loading' && items.length === 0) return this.renderSkeletons();
    if (status === 'ready' && items.length === 0) return this.renderEmpty();
    const stale = status === 'loading';
    const circlesPage = this.config.circlesPage ?? nothing;
    const headingLevel = this.headingLevelValue;
    return html`<ul
        part="results"
        class="results chunked ${stale ? 'stale' : ''}"
        role="list"
        aria-busy=${stale || this.listed.pending ? 'true' : 'false'}
        aria-label=${msg('Courses')}
      >
        ${renderChunks(
          this.renderedChunks,
          [circlesPage, headingLevel],
          (c) => c.id,
          (c) => html`<li role="listitem">
            <course-card .course=${c} circles-page=${circlesPage} heading-level=${headingLevel}></course-card>
          </li>`,
        )}
      </ul>
      ${status === 'ready'
        ? renderLoadMore({
            more: this.results.more,
            hasMore: this.results.hasMore,
            label: msg('Load more courses'),
            failedText: msg('More courses could not be loaded.'),
            onClick: this.loadMore,
          })
        : nothing}`;
  }

  private renderSkeletons() {
    return html`<ul class="results skeletons" aria-hidden="true">
      ${[0, 1, 2, 3, 4, 5].map(
        () => html`<li class="skeleton-card">
          <span class="bone image"></span><span class="bone short"></span><span class="bone title"></span><span class="bone"></span><span class="bone"></span
          ><span class="bone short"></span>
        </li>`,
      )}
    </ul>`;
  }

  private renderEmpty() {
    const hasText = this.shows('q') && cleanSearchText(this.searched.q) !== null;
    const hasChoices =
      (this.shows('topics') && this.searched.topics.length > 0) || (this.shows('languages') && this.searched.languages.length > 0);
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
    return renderErrorNotice(this.errorText(this.results.error, 'courses'), { part: 'error', retry: this.results.retry });
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
