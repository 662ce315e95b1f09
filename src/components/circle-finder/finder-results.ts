/**
 * The circle finder's results: active-filter chips, tabs, the summary sentence, and the list of
 * `<circle-card>`s with its loading, empty and error states. View only, like finder-filters.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import type { CirclePage, LearningCircle } from '../../api/index.js';
import type { ErrorText } from '../../internal/error-text.js';
import { formatNumber } from '../../internal/format.js';
import { icons } from '../../internal/icons.js';
import { renderErrorNotice } from '../../internal/error-notice.js';
import { P2PU_CIRCLES_PAGE } from '../../internal/p2pu-links.js';
import { renderLoadMore } from '../../internal/load-more.js';
import { renderChunks, type ResultChunk } from '../../internal/result-chunks.js';
import type { MoreStatus, SearchStatus } from '../../internal/search-controller.js';
import { activeFilters, filterKey, type ActiveFilter, type FinderState, type Presets, type Tab } from './finder-state.js';
import { chipLabel, noResultsSentence, shownSoFar, summaryLead, summarySentence, tabLabel } from './finder-text.js';

/** Card layouts; `auto` lets the finder's width choose (container queries). */
export type FinderLayout = 'grid' | 'list' | 'compact' | 'auto';


export interface ResultsHandlers {
  removeFilter: (filter: ActiveFilter, index: number, fromChips: boolean) => void;
  clearAll: () => void;
  selectTab: (tab: Tab, focus: boolean) => void;
  tabKey: (event: KeyboardEvent) => void;
  retry: () => void;
  loadMore: () => void;
  /** A learner's pointer or focus came onto a result (`mouseover`, `focusin` on the list). */
  resultActive: (event: Event) => void;
}

export interface ResultsView {
  state: FinderState;
  presets: Presets;
  locale: string;
  status: SearchStatus;
  more: MoreStatus;
  /** Every circle loaded: what the summary counts. */
  circles: LearningCircle[];
  /** The circles rendered so far, the first of `circles` (all of them once their last slice is in), in chunks. */
  rendered: ResultChunk<LearningCircle>[];
  page: CirclePage | null;
  /**
   * How many circles the search found, when known for sure (SearchController#total): never a
   * count of P2PU's that may include its duplicates, so no number shown shrinks after "Load more".
   */
  total: number | null;
  /** Each tab's number, by the same rule; null when not known for sure (the tab shows no number). */
  tabCounts: Readonly<Record<Tab, number | null>>;
  error: ErrorText | null;
  layout: FinderLayout;
  headingLevel: number;
  signupPage: string | null;
  contactHref: string | null;
  /** The title of the course the list is filtered to, once a result has told it. */
  courseTitle: string | null;
  /** The circle whose card is highlighted (a linked map chose it, or the learner is on it). */
  highlightedId: number | null;
  on: ResultsHandlers;
}

/** The filters the patron can see and remove (a fixed `course-id` is not one). */
const active = (view: ResultsView) => activeFilters(view.state, view.presets.visible, view.presets.courseId);

export function renderChips(view: ResultsView) {
  const filters = active(view);
  if (filters.length === 0) return nothing;
  return html`
    <div class="chips-row" part="chips">
      <ul class="chips" role="list" aria-label=${msg('Active filters')}>
        ${repeat(filters, filterKey, (filter, i) => {
          const label = chipLabel(filter, view.state, view.locale, view.courseTitle);
          return html`<li>
            <button
              type="button"
              class="chip"
              part="chip"
              data-filter=${filterKey(filter)}
              aria-label=${msg(str`Remove filter: ${label}`)}
              @click=${() => view.on.removeFilter(filter, i, true)}
            >
              <span>${label}</span>${icons.close}
            </button>
          </li>`;
        })}
      </ul>
      <button type="button" class="link-button clear-all" @click=${view.on.clearAll}>${msg('Clear all')}</button>
    </div>
  `;
}

export function renderTabs(view: ResultsView) {
  const current = view.state.tab;
  return html`
    <div class="tabs" role="tablist" aria-label=${msg('Learning circles')} part="tabs" @keydown=${view.on.tabKey}>
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
          @click=${() => view.on.selectTab(tab, false)}
        >
          ${tabLabel(tab, view.tabCounts[tab], view.locale)}
        </button>`,
      )}
    </div>
  `;
}

export function renderSummary(view: ResultsView): TemplateResult | string {
  if (view.status === 'loading') return msg('Loading learning circles…');
  if (view.status === 'error' || !view.page) return '';
  if (view.more === 'loading') return msg('Loading more learning circles…');
  const shown = view.circles.length;
  if (shown === 0) {
    const filtered = active(view).length > 0;
    return html`<span>${noResultsSentence(view.state, view.locale, filtered)}</span>`;
  }
  // P2PU counts a circle found by text once per facilitator, so its count is no number of
  // circles: until every page is in, say how many are shown, never a total that would shrink.
  const total = view.total;
  if (total === null) {
    return html`<span>${summaryLead(view.state, view.locale)}.</span> <span class="muted">${shownSoFar(shown, view.locale)}</span>`;
  }
  const sentence = summarySentence(total, view.state, view.locale);
  if (view.page.hasMore && shown < total) {
    const s = formatNumber(shown, view.locale);
    const t = formatNumber(total, view.locale);
    return html`<span>${sentence}.</span> <span class="muted">${msg(str`Showing ${s} of ${t}.`)}</span>`;
  }
  return html`<span>${sentence}.</span>`;
}

export function renderBody(view: ResultsView) {
  if (view.status === 'loading') return renderSkeleton(view);
  if (view.status === 'error') return renderError(view);
  if (view.circles.length === 0) return renderEmpty(view);
  // <circle-card> calls the grid layout "card" (image on top, beside the text when wide).
  const cardLayout = view.layout === 'list' || view.layout === 'compact' ? view.layout : 'card';
  return html`
    <ul class="results chunked" part="results" role="list" data-layout=${view.layout} @mouseover=${view.on.resultActive} @focusin=${view.on.resultActive}>
      ${renderChunks(
        view.rendered,
        [view.highlightedId, cardLayout, view.headingLevel, view.signupPage],
        (c) => c.id,
        (circle, i) => html`<li role="listitem" tabindex="-1" data-index=${i} data-id=${circle.id} aria-current=${circle.id === view.highlightedId ? 'true' : nothing}>
          <circle-card
            .circle=${circle}
            .highlighted=${circle.id === view.highlightedId}
            layout=${cardLayout}
            heading-level=${view.headingLevel}
            signup-page=${ifDefined(view.signupPage ?? undefined)}
          ></circle-card>
        </li>`,
      )}
    </ul>
    ${renderLoadMore({
      more: view.more,
      hasMore: view.page?.hasMore ?? false,
      label: msg('Load more'),
      failedText: msg('More learning circles could not be loaded.'),
      onClick: view.on.loadMore,
    })}
  `;
}

function renderSkeleton(view: ResultsView) {
  const count = Math.min(view.presets.pageSize, view.layout === 'list' || view.layout === 'compact' ? 3 : 6);
  return html`
    <ul class="results skeleton" data-layout=${view.layout} aria-hidden="true">
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

function renderError(view: ResultsView) {
  const error = view.error!;
  const hasFilters = active(view).length > 0;
  return renderErrorNotice(error, {
    part: 'error',
    retry: view.on.retry,
    more: html`${!error.retryable && hasFilters
        ? html`<button type="button" class="button" @click=${view.on.clearAll}>${msg('Clear all filters')}</button>`
        : nothing}<a href=${P2PU_CIRCLES_PAGE}>${msg('See learning circles on p2pu.org')}</a>`,
  });
}

function renderEmpty(view: ResultsView) {
  const filters = active(view);
  const page = view.page;
  const tab = view.state.tab;
  const other: Tab = tab === 'open' ? 'closed' : 'open';
  // P2PU's count of the other tab: above 0, there is something there; its number only when exact
  const otherAny = page ? (tab === 'open' ? page.signupClosedCount : page.signupOpenCount) > 0 : false;
  const otherCount = view.tabCounts[other];
  const ways: TemplateResult[] = filters.map((filter, i) => {
    const label = chipLabel(filter, view.state, view.locale, view.courseTitle);
    return html`<li>
      <button type="button" class="link-button" @click=${() => view.on.removeFilter(filter, i, false)}>
        ${msg(str`Remove filter: ${label}`)}
      </button>
    </li>`;
  });
  if (filters.length > 1) {
    ways.push(html`<li><button type="button" class="link-button" @click=${view.on.clearAll}>${msg('Clear all filters')}</button></li>`);
  }
  if (view.presets.tabs && otherAny) {
    ways.push(html`<li>
      <button type="button" class="link-button" @click=${() => view.on.selectTab(other, true)}>
        ${otherTabWay(other, otherCount, view.locale)}
      </button>
    </li>`);
  }
  if (view.contactHref) {
    ways.push(html`<li><a href=${view.contactHref}>${msg('Ask us about upcoming learning circles')}</a></li>`);
  }
  if (ways.length === 0) {
    ways.push(html`<li><a href=${P2PU_CIRCLES_PAGE}>${msg('See learning circles everywhere on p2pu.org')}</a></li>`);
  }
  // The summary above says that nothing matched (once); this panel offers the ways out.
  return html`
    <div class="notice empty" part="empty">
      <p class="notice-title"><strong>${msg('What you can do:')}</strong></p>
      <ul class="ways-out" role="list">
        ${ways}
      </ul>
    </div>
  `;
}

/** "See past and closed learning circles (3)", with the number only when it is exact. */
function otherTabWay(other: Tab, count: number | null, locale: string): string {
  if (count === null) {
    return other === 'closed' ? msg('See past and closed learning circles') : msg('See learning circles open for signup');
  }
  const n = formatNumber(count, locale);
  return other === 'closed' ? msg(str`See past and closed learning circles (${n})`) : msg(str`See learning circles open for signup (${n})`);
}
