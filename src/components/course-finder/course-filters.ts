/**
 * The course finder's controls, in the circle finder's visual language: the search box with its
 * Search button and, beside it, a "Filters" button that opens a panel of menus (topic, language,
 * order); the chosen topics and languages as removable chips. A topic or
 * language menu adds one choice at a time, so a patron can choose several.
 * View only: the element owns the state and gets what the patron did through the handlers.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { cleanSearchText, type CourseLanguage, type CourseOrder, type CourseTopic } from '../../api/index.js';
import { formatLanguageName, intl } from '../../internal/format.js';
import { balanced } from '../../internal/bidi.js';
import { icons } from '../../internal/icons.js';
import { renderFiltersToggle, renderSearchInput } from '../../internal/search-input.js';
import type { LookupView } from '../../internal/lookup-controller.js';
import type { SearchFormView } from '../../internal/finder-element.js';
import { ORDERS, type CourseSearch, type FilterName } from './finder-state.js';
import { courseOrderLabel } from './finder-text.js';

export type Panel = 'topics' | 'languages';

interface Choice {
  value: string;
  label: string;
}

export interface CourseFilterHandlers extends Record<'input' | 'submit' | 'order', (event: Event) => void> {
  /** Escape in the open filter panel closes it. */
  panelKey: (event: KeyboardEvent) => void;
  /** Opens or closes the filter panel. */
  toggleFilters: () => void;
  choose: (panel: Panel, value: string, on: boolean) => void;
  remove: (panel: Panel, value: string) => void;
  /** Clears the choices (and the text) learners can change. */
  clearFilters: () => void;
  retryLookups: () => void;
  /** A patron reached for a menu whose list may not have loaded yet. */
  loadLookups: () => void;
}

export interface CourseFilterView extends SearchFormView<CourseSearch> {
  shown: readonly FilterName[];
  /** The filter panel is folded behind the "Filters" button until a patron opens it. */
  filtersOpen: boolean;
  topics: LookupView<CourseTopic[]>;
  languages: LookupView<CourseLanguage[]>;
  on: CourseFilterHandlers;
}

export function renderCourseFilters(view: CourseFilterView) {
  if (view.shown.length === 0) return nothing;
  const shows = (f: FilterName) => view.shown.includes(f);
  const menus = (['topics', 'languages'] as const).filter(shows);
  const chosen = menus.reduce((n, panel) => n + view.state[panel].length, 0);
  return html`<form part="filters" class="filters" role="search" aria-label=${msg('Search courses')} @submit=${view.on.submit}>
    ${shows('q')
      ? html`<div class="field search">
          <label for="q">${msg('Search courses')}</label>
          <div class="search-row">
            ${renderSearchInput(msg('Title, subject or provider'), view.draftQ, view.on.input)}
            <button class="button" type="submit">${icons.search}<span>${msg('Search')}</span></button>
          </div>
        </div>`
      : nothing}
    ${menus.length > 0 || shows('order')
      ? html`${renderFiltersToggle(view.filtersOpen, chosen, view.locale, view.on.toggleFilters)}
          <div id="filter-panel" part="filter-panel" class="filter-panel" ?hidden=${!view.filtersOpen} @keydown=${view.on.panelKey}>
            ${menus.map((panel) => renderMenu(view, panel))} ${shows('order') ? renderOrder(view.state.order, view.on.order) : nothing}
          </div>`
      : nothing}
  </form>`;
}

function renderOrder(current: CourseOrder, onChange: (event: Event) => void) {
  return html`<div class="field">
    <label for="order">${msg('Sort by')}</label>
    <select id="order" part="order-select" @change=${onChange}>
      ${ORDERS.map((o) => html`<option value=${o} ?selected=${current === o}>${courseOrderLabel(o)}</option>`)}
    </select>
  </div>`;
}

/**
 * The topic or language menu (as the circle finder's topic menu): its first entry says what is
 * searched ("Any topic", then "Add another topic"); choosing an entry adds it, as a chip.
 */
function renderMenu(view: CourseFilterView, panel: Panel) {
  const topics = panel === 'topics';
  const chosen = view.state[panel];
  const lookup = view[panel];
  const choices = topics ? topicChoices(view) : languageChoices(view);
  return html`<div class="field">
    <label for=${panel}>${topics ? msg('Topic') : msg('Language')}</label>
    <select
      id=${panel}
      part="${panel === 'topics' ? 'topic' : 'language'}-select filter-toggle"
      @change=${(e: Event) => {
        const select = e.target as HTMLSelectElement;
        const value = select.value;
        // back to the first entry before the list changes under it
        select.value = '';
        if (value) view.on.choose(panel, value, true);
      }}
      @focus=${view.on.loadLookups}
      @pointerdown=${view.on.loadLookups}
    >
      <option value="" selected>
        ${!choices && !lookup.failed
          ? topics
            ? msg('Loading topics…')
            : msg('Loading languages…')
          : chosen.length > 0
            ? topics
              ? msg('Add another topic')
              : msg('Add another language')
            : topics
              ? msg('Any topic')
              : msg('Any language')}
      </option>
      ${(choices ?? []).filter((c) => !chosen.includes(c.value)).map((c) => html`<option value=${c.value}>${c.label}</option>`)}
    </select>
    ${lookup.failed
      ? html`<p class="hint">
          ${topics ? msg('The topics could not be loaded.') : msg('The languages could not be loaded.')}
          <button type="button" class="link-button" @click=${view.on.retryLookups}>${msg('Try again')}</button>
        </p>`
      : nothing}
  </div>`;
}

function topicTitle(view: CourseFilterView, slug: string): string {
  return view.topics.items?.find((t) => t.slug === slug)?.title ?? slug;
}

function topicChoices(view: CourseFilterView): Choice[] | null {
  return view.topics.items?.map((t) => ({ value: t.slug, label: t.title })) ?? null;
}

function languageLabel(view: CourseFilterView, code: string): string {
  const info = view.languages.items?.find((l) => l.code === code);
  return formatLanguageName(code, view.locale, info?.name);
}

function languageChoices(view: CourseFilterView): Choice[] | null {
  if (!view.languages.items) return null;
  const collator = intl(Intl.Collator, view.locale, { sensitivity: 'base' });
  return view.languages.items
    .map(({ code, nameLocal }) => {
      const label = languageLabel(view, code);
      // The language's own name too ("Spanisch · español"), for people who read that language.
      const own = nameLocal && nameLocal.toLocaleLowerCase() !== label.toLocaleLowerCase() ? nameLocal : '';
      return { value: code, label: own ? `${label} · ${own}` : label, sort: label };
    })
    .sort((a, b) => collator.compare(a.sort, b.sort));
}

export function renderActiveFilters(view: CourseFilterView) {
  const shows = (f: FilterName) => view.shown.includes(f);
  const chips: { key: Panel; value: string; label: string }[] = [];
  if (shows('topics')) {
    for (const slug of view.state.topics) chips.push({ key: 'topics', value: slug, label: topicTitle(view, slug) });
  }
  if (shows('languages')) {
    for (const code of view.state.languages) chips.push({ key: 'languages', value: code, label: languageLabel(view, code) });
  }
  if (chips.length === 0) return nothing;
  return html`<div part="active-filters" class="chips-row">
    <span class="active-label" id="active-label">${msg('Showing courses for:')}</span>
    <ul class="chips" aria-labelledby="active-label">
      ${chips.map(
        (c) => html`<li>
          <button type="button" class="chip" @click=${() => view.on.remove(c.key, c.value)}>
            <span class="visually-hidden">${msg('Remove filter:')} </span><bdi>${balanced(c.label)}</bdi>${icons.close}
          </button>
        </li>`,
      )}
    </ul>
    ${chips.length > 1 || (shows('q') && cleanSearchText(view.state.q))
      ? html`<button type="button" class="link-button" @click=${view.on.clearFilters}>${msg('Clear all filters')}</button>`
      : nothing}
  </div>`;
}
