/**
 * The course finder's controls: the search form with its order menu, the "Topics" and
 * "Languages" toggles with their panels of choices, and the chosen ones as removable chips.
 * View only: the element owns the state and gets what the patron did through the handlers.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { cleanSearchText, type CourseLanguage, type CourseOrder, type CourseTopic } from '../../api/index.js';
import { formatLanguageName, intl } from '../../internal/format.js';
import { balanced } from '../../internal/bidi.js';
import { icons } from '../../internal/icons.js';
import { renderSearchInput } from '../../internal/search-input.js';
import type { LookupView } from '../../internal/lookup-controller.js';
import type { SearchFormView } from '../../internal/finder-element.js';
import { ORDERS, type CourseSearch, type FilterName } from './finder-state.js';
import { courseOrderLabel } from './finder-text.js';

export type Panel = 'topics' | 'languages';

interface Choice {
  value: string;
  label: string;
  /** The language's own name, for people who read that language. */
  native?: string;
}

export interface CourseFilterHandlers extends Record<'input' | 'submit' | 'order', (event: Event) => void> {
  panelKey: (event: KeyboardEvent) => void;
  /** Opens, closes, or closes and returns focus to the toggle of, a panel. */
  togglePanel: (panel: Panel) => void;
  closePanel: (panel: Panel) => void;
  choose: (panel: Panel, value: string, on: boolean) => void;
  remove: (panel: Panel, value: string) => void;
  /** Clears the choices (and the text) learners can change. */
  clearFilters: () => void;
  retryLookups: () => void;
}

export interface CourseFilterView extends SearchFormView<CourseSearch> {
  shown: readonly FilterName[];
  openPanel: Panel | null;
  topics: LookupView<CourseTopic[]>;
  languages: LookupView<CourseLanguage[]>;
  on: CourseFilterHandlers;
}

export function renderCourseFilters(view: CourseFilterView) {
  if (view.shown.length === 0) return nothing;
  const shows = (f: FilterName) => view.shown.includes(f);
  const toggles = (['topics', 'languages'] as const).filter(shows);
  return html`<form part="filters" class="filters" role="search" aria-label=${msg('Search courses')} @submit=${view.on.submit}>
    <div class="filter-row">
      ${shows('q')
        ? html`<div class="field search">
            <label for="q">${msg('Search courses')}</label>
            <div class="search-box">
              ${icons.search}
              ${renderSearchInput(msg('Title, subject or provider'), view.draftQ, view.on.input)}
            </div>
          </div>`
        : nothing}
      ${shows('order') ? renderOrder(view.state.order, view.on.order) : nothing}
    </div>
    ${toggles.length > 0 ? html`<div class="toggle-row">${toggles.map((panel) => renderToggle(view, panel))}</div>` : nothing}
    ${view.openPanel && shows(view.openPanel) ? renderPanel(view, view.openPanel) : nothing}
  </form>`;
}

function renderOrder(current: CourseOrder, onChange: (event: Event) => void) {
  return html`<div class="field order">
    <label for="order">${msg('Sort by')}</label>
    <select id="order" part="order-select" @change=${onChange}>
      ${ORDERS.map((o) => html`<option value=${o} ?selected=${current === o}>${courseOrderLabel(o)}</option>`)}
    </select>
  </div>`;
}

function renderToggle(view: CourseFilterView, panel: Panel) {
  const chosen = view.state[panel].length;
  const label = panel === 'topics' ? msg('Topics') : msg('Languages');
  const open = view.openPanel === panel;
  return html`<button
    type="button"
    part="filter-toggle"
    class="toggle ${chosen > 0 ? 'active' : ''}"
    data-toggle=${panel}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls="panel-${panel}"
    @click=${() => view.on.togglePanel(panel)}
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

function renderPanel(view: CourseFilterView, panel: Panel) {
  const legend = panel === 'topics' ? msg('Show courses about') : msg('Show courses in');
  const options = panel === 'topics' ? topicChoices(view) : languageChoices(view);
  const failed = view[panel].failed;
  return html`<div id="panel-${panel}" part="filter-panel" class="panel" @keydown=${view.on.panelKey}>
    <fieldset>
      <legend>${legend}</legend>
      ${options
        ? html`<ul class="choices">
            ${options.map(
              (o) => html`<li>
                <label class="check">
                  <input
                    type="checkbox"
                    .checked=${view.state[panel].includes(o.value)}
                    @change=${(e: Event) => view.on.choose(panel, o.value, (e.target as HTMLInputElement).checked)}
                  />
                  <span
                    ><bdi class="choice-name">${balanced(o.label)}</bdi>${o.native
                      ? html` <bdi class="native" lang=${o.value}>${balanced(o.native)}</bdi>`
                      : nothing}</span
                  >
                </label>
              </li>`,
            )}
          </ul>`
        : failed
          ? html`<p class="hint">
              ${panel === 'topics' ? msg('The topics could not be loaded.') : msg('The languages could not be loaded.')}
              <button type="button" class="link-button" @click=${view.on.retryLookups}>${msg('Try again')}</button>
            </p>`
          : html`<p class="hint" role="status">${msg('Loading…')}</p>`}
    </fieldset>
    <button type="button" class="button secondary done" @click=${() => view.on.closePanel(panel)}>${msg('Done')}</button>
  </div>`;
}

function topicTitle(view: CourseFilterView, slug: string): string {
  return view.topics.items?.find((t) => t.slug === slug)?.title ?? slug;
}

function topicChoices(view: CourseFilterView): Choice[] | null {
  if (!view.topics.items) return null;
  const choices: Choice[] = view.topics.items.map((t) => ({ value: t.slug, label: t.title }));
  // Preset slugs that P2PU does not list still show, so they can be unticked.
  for (const slug of view.state.topics) {
    if (!choices.some((c) => c.value === slug)) choices.push({ value: slug, label: slug });
  }
  return choices;
}

function languageLabel(view: CourseFilterView, code: string): string {
  const info = view.languages.items?.find((l) => l.code === code);
  return formatLanguageName(code, view.locale, info?.name);
}

function languageChoices(view: CourseFilterView): Choice[] | null {
  if (!view.languages.items) return null;
  const codes = view.languages.items.map((l) => l.code);
  for (const code of view.state.languages) if (!codes.includes(code)) codes.push(code);
  const collator = intl(Intl.Collator, view.locale, { sensitivity: 'base' });
  return codes
    .map((code) => {
      const label = languageLabel(view, code);
      // The language's own name too ("Spanisch · español"), for people who read that language.
      const own = view.languages.items?.find((l) => l.code === code)?.nameLocal;
      const native = own && own.toLocaleLowerCase() !== label.toLocaleLowerCase() ? own : undefined;
      return { value: code, label, native };
    })
    .sort((a, b) => collator.compare(a.label, b.label));
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
