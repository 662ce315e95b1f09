/**
 * The circle finder's controls as the page loads them: the search form, the "Filters" button and
 * the folded filter panel around its contents. The panel's controls (topic, city, order, near me,
 * how it meets, days) are finder-panel.ts, loaded when a patron first reaches for "Filters"; until
 * then the open panel says it is loading, or that its code could not be loaded. View only: what to
 * show comes in, what the patron did goes out through the handlers; the element owns the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { SearchFormView } from '../../internal/finder-element.js';
import { renderErrorNotice } from '../../internal/error-notice.js';
import { icons } from '../../internal/icons.js';
import { renderFiltersToggle, renderSearchInput } from '../../internal/search-input.js';
import { activeFilters, type FilterName, type FinderState } from './finder-state.js';

const PANEL_FILTERS: readonly FilterName[] = ['topics', 'city', 'near', 'days', 'online', 'order'];

/** Where the panel's code is: `ready` once loaded (the panel shows its controls). */
export type PanelCodeStatus = 'none' | 'loading' | 'ready' | 'failed';

export interface FilterHandlers {
  input: (event: Event) => void;
  submit: (event: Event) => void;
  toggleFilters: () => void;
  /**
   * An event in the controls that may say a patron is about to use "Filters" (the pointer over it,
   * focus on it, a press): then the panel's code starts loading. (Listened for around the button:
   * the shared button stays the same for the course finder.)
   */
  reachFilters: (event: Event) => void;
  /** Loads the panel's code again, after it failed. */
  retryPanel: () => void;
  /** A key in the open filter panel (Escape closes it). */
  panelKey: (event: KeyboardEvent) => void;
}

export interface FilterView extends SearchFormView<FinderState> {
  visible: ReadonlySet<FilterName>;
  /** The filter panel is folded behind the "Filters" button until a patron opens it (at every width). */
  filtersOpen: boolean;
  panelCode: PanelCodeStatus;
  /** The panel's controls, once its code is in. */
  renderPanel: () => TemplateResult;
  on: FilterHandlers;
}

export function renderControls(view: FilterView) {
  const v = view.visible;
  const panelFilters = PANEL_FILTERS.filter((f) => v.has(f));
  if (!v.has('q') && panelFilters.length === 0) return nothing;
  const activeInPanel = activeFilters(view.state, v).filter((f) => f.kind !== 'q' && f.kind !== 'course').length;
  const loading = view.filtersOpen && view.panelCode !== 'ready' && view.panelCode !== 'failed';
  return html`
    <div class="controls" @pointerover=${view.on.reachFilters} @focusin=${view.on.reachFilters} @pointerdown=${view.on.reachFilters}>
      ${v.has('q') ? renderSearchForm(view) : nothing}
      ${panelFilters.length > 0
        ? html`${renderFiltersToggle(view.filtersOpen, activeInPanel, view.locale, view.on.toggleFilters)}
            <div
              class="filter-panel"
              id="filter-panel"
              part="filters"
              aria-busy=${loading ? 'true' : 'false'}
              ?hidden=${!view.filtersOpen}
              @keydown=${view.on.panelKey}
            >
              ${renderPanelContents(view, loading)}
            </div>`
        : nothing}
    </div>
  `;
}

function renderPanelContents(view: FilterView, loading: boolean) {
  if (view.panelCode === 'ready') return view.renderPanel();
  if (view.panelCode === 'failed') {
    // The panel's code, not P2PU, could not be fetched: most likely the patron went offline.
    const text = { title: msg('The filters could not be loaded.'), detail: msg('That did not work. Check your internet connection and try again.'), retryable: true };
    return renderErrorNotice(text, { part: 'filters-error', retry: view.on.retryPanel });
  }
  return loading ? html`<p class="hint panel-loading">${msg('Loading filters…')}</p>` : nothing;
}

function renderSearchForm(view: FilterView) {
  return html`
    <form class="search" part="search" role="search" aria-label=${msg('Learning circles')} @submit=${view.on.submit}>
      <label for="q">${msg('Search learning circles')}</label>
      <div class="search-row">
        ${renderSearchInput(msg('Topic, course, place or facilitator'), view.draftQ, view.on.input)}
        <button class="button" type="submit">${icons.search}<span>${msg('Search')}</span></button>
      </div>
    </form>
  `;
}
