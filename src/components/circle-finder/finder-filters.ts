/**
 * The circle finder's controls: the search form and the filter panel (topic, city, order, near
 * me, how it meets, days). View only: what to show comes in, what the patron did goes out through
 * the handlers; the element owns the state.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { CircleTopic, City, Weekday } from '../../api/index.js';
import type { GeoStatus } from '../../internal/geolocation-controller.js';
import type { LookupView } from '../../internal/lookup-controller.js';
import type { SearchFormView } from '../../internal/finder-element.js';
import { formatNumber, formatWeekdayNumber } from '../../internal/format.js';
import { icons } from '../../internal/icons.js';
import { renderFiltersToggle, renderSearchInput } from '../../internal/search-input.js';
import { ORDERS, activeFilters, distanceChoices, effectiveOrder, type FilterName, type FinderState, type OnlineChoice } from './finder-state.js';
import { currentDistance, distanceText, geoMessage, onlineLabel, orderLabel } from './finder-text.js';

const DAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];
export const ONLINE_CHOICES: readonly OnlineChoice[] = ['any', 'online', 'in-person'];
const PANEL_FILTERS: readonly FilterName[] = ['topics', 'city', 'near', 'days', 'online', 'order'];

type EventHandlers = Record<'input' | 'submit' | 'topic' | 'city' | 'distance' | 'online' | 'order', (event: Event) => void>;

export interface FilterHandlers extends EventHandlers {
  day: (day: Weekday, on: boolean) => void;
  locate: () => void;
  retryLookups: () => void;
  /** A patron reached for a control whose list may not have loaded yet. */
  loadLookups: () => void;
  toggleFilters: () => void;
  /** A key in the open filter panel (Escape closes it). */
  panelKey: (event: KeyboardEvent) => void;
}

export interface FilterView extends SearchFormView<FinderState> {
  visible: ReadonlySet<FilterName>;
  topics: LookupView<CircleTopic[]>;
  cities: LookupView<City[]>;
  geo: GeoStatus;
  /** The filter panel is folded behind the "Filters" button until a patron opens it (at every width). */
  filtersOpen: boolean;
  on: FilterHandlers;
}

export function renderControls(view: FilterView) {
  const v = view.visible;
  const panelFilters = PANEL_FILTERS.filter((f) => v.has(f));
  if (!v.has('q') && panelFilters.length === 0) return nothing;
  const activeInPanel = activeFilters(view.state, v).filter((f) => f.kind !== 'q' && f.kind !== 'course').length;
  return html`
    <div class="controls">
      ${v.has('q') ? renderSearchForm(view) : nothing}
      ${panelFilters.length > 0
        ? html`${renderFiltersToggle(view.filtersOpen, activeInPanel, view.locale, view.on.toggleFilters)}
            <div class="filter-panel" id="filter-panel" part="filters" ?hidden=${!view.filtersOpen} @keydown=${view.on.panelKey}>
              ${v.has('topics') ? renderTopics(view) : nothing} ${v.has('city') ? renderCity(view) : nothing}
              ${v.has('order') ? renderOrder(view) : nothing} ${v.has('near') ? renderNear(view) : nothing}
              ${v.has('online') ? renderOnline(view) : nothing} ${v.has('days') ? renderDays(view) : nothing}
            </div>`
        : nothing}
    </div>
  `;
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

function lookupFailed(text: string, retry: () => void) {
  return html`<p class="hint">
    ${text}
    <button type="button" class="link-button" @click=${retry}>${msg('Try again')}</button>
  </p>`;
}

function renderTopics(view: FilterView) {
  const chosen = view.state.topics;
  const list = view.topics.items;
  return html`
    <div class="field">
      <label for="topic">${msg('Topic')}</label>
      <select id="topic" @change=${view.on.topic} @focus=${view.on.loadLookups} @pointerdown=${view.on.loadLookups}>
        <option value="" selected>
          ${list === null && !view.topics.failed
            ? msg('Loading topics…')
            : chosen.length > 0
              ? msg('Add another topic')
              : msg('Any topic')}
        </option>
        ${(list ?? [])
          .filter((t) => !chosen.includes(t.keyword))
          .map((t) => {
            const keyword = t.keyword;
            const count = formatNumber(t.count, view.locale);
            return html`<option value=${keyword}>${msg(str`${keyword} (${count})`)}</option>`;
          })}
      </select>
      ${view.topics.failed ? lookupFailed(msg('Topics could not be loaded.'), view.on.retryLookups) : nothing}
    </div>
  `;
}

function renderCity(view: FilterView) {
  const current = view.state.city;
  const loading = view.cities.items === null && !view.cities.failed;
  const list = view.cities.items ?? [];
  const options = current && !list.some((c) => c.value === current) ? [{ value: current, label: current }, ...list] : list;
  return html`
    <div class="field">
      <label for="city">${msg('City')}</label>
      <select id="city" @change=${view.on.city} @focus=${view.on.loadLookups} @pointerdown=${view.on.loadLookups}>
        <option value="" .selected=${current === ''}>${loading ? msg('Loading cities…') : msg('Any city')}</option>
        ${options.map((c) => html`<option value=${c.value} .selected=${c.value === current}>${c.label}</option>`)}
      </select>
      ${view.cities.failed ? lookupFailed(msg('Cities could not be loaded.'), view.on.retryLookups) : nothing}
    </div>
  `;
}

function renderOrder(view: FilterView) {
  const current = effectiveOrder(view.state);
  return html`
    <div class="field">
      <label for="order">${msg('Sort by')}</label>
      <select id="order" @change=${view.on.order}>
        ${ORDERS.map((o) => html`<option value=${o} .selected=${o === current}>${orderLabel(o)}</option>`)}
      </select>
    </div>
  `;
}

function renderNear(view: FilterView) {
  const choices = distanceChoices(view.locale);
  const current = currentDistance(view.state, view.locale);
  const locating = view.geo === 'locating';
  const problem = view.geo !== 'idle' && view.geo !== 'locating';
  return html`
    <fieldset class="field near">
      <legend>${msg('Near me')}</legend>
      <div class="near-row">
        <button
          type="button"
          class="button secondary locate"
          aria-disabled=${locating ? 'true' : 'false'}
          aria-describedby="geo-message"
          @click=${view.on.locate}
        >
          ${icons.place}<span>${view.state.near ? msg('Update my location') : msg('Use my location')}</span>
        </button>
        <span class="distance">
          <label for="distance">${msg('Distance')}</label>
          <select id="distance" @change=${view.on.distance}>
            ${choices.map(
              (c) => html`<option value=${String(c.km)} .selected=${c.km === current.km}>${distanceText(c, view.locale)}</option>`,
            )}
          </select>
        </span>
      </div>
      <p id="geo-message" class="hint ${problem ? 'problem' : ''}" role="status">
        ${problem ? icons.alert : nothing}${geoMessage(view.geo)}
      </p>
    </fieldset>
  `;
}

function renderOnline(view: FilterView) {
  return html`
    <fieldset class="field">
      <legend>${msg('How it meets')}</legend>
      <div class="choices">
        ${ONLINE_CHOICES.map(
          (choice) => html`<label class="check">
            <input type="radio" name="online" value=${choice} .checked=${view.state.online === choice} @change=${view.on.online} />
            <span>${onlineLabel(choice)}</span>
          </label>`,
        )}
      </div>
    </fieldset>
  `;
}

/**
 * P2PU filters on the weekday of the first meeting; a circle meets weekly on that same day, so
 * to a patron it is the meeting day.
 */
function renderDays(view: FilterView) {
  return html`
    <fieldset class="field days">
      <legend>${msg('Meeting day')}</legend>
      <div class="choices">
        ${DAYS.map(
          (day) => html`<label class="check">
            <input
              type="checkbox"
              value=${String(day)}
              .checked=${view.state.days.includes(day)}
              @change=${(e: Event) => view.on.day(day, (e.target as HTMLInputElement).checked)}
            />
            <span>${formatWeekdayNumber(day, view.locale)}</span>
          </label>`,
        )}
      </div>
    </fieldset>
  `;
}
