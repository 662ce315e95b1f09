/**
 * The circle finder's filter panel: topic, city, sort order, near me, how it meets, meeting days.
 * The panel is folded until a patron opens it, so this module is a chunk of its own: the finder
 * imports it (filter-panel-code.ts) when a patron reaches for the "Filters" button, never at load.
 * View only, with what each control makes of the search: the element owns the state and is told
 * the next search through `on.change`.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { CircleOrder, CircleTopic, City, Weekday } from '../../api/index.js';
import type { GeoStatus } from '../../internal/geolocation-controller.js';
import type { LookupView } from '../../internal/lookup-controller.js';
import { formatNumber, formatWeekdayNumber } from '../../internal/format.js';
import { icons } from '../../internal/icons.js';
import {
  ORDERS,
  TAB_ORDER,
  closestChoice,
  distanceChoices,
  effectiveOrder,
  type DistanceChoice,
  type FilterName,
  type FinderState,
  type OnlineChoice,
} from './finder-state.js';
import { geoMessage, onlineLabel, orderLabel } from './finder-panel-text.js';

// "Near me" is in the panel alone: its controller comes with the panel's code.
export { GeolocationController } from '../../internal/geolocation-controller.js';
export { panelStyles } from './finder-panel.styles.js';

const DAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const ONLINE_CHOICES: readonly OnlineChoice[] = ['any', 'online', 'in-person'];

export interface FilterPanelHandlers {
  /** The search the patron chose (the element applies it, and with sync-url adds a history entry). */
  change: (next: FinderState) => void;
  locate: () => void;
  /** Forgets a pending location request and its message (the patron chose a city). */
  forgetLocation: () => void;
  retryLookups: () => void;
  /** A patron reached for a control whose list may not have loaded yet. */
  loadLookups: () => void;
}

export interface FilterPanelView {
  state: FinderState;
  locale: string;
  visible: ReadonlySet<FilterName>;
  topics: LookupView<CircleTopic[]>;
  cities: LookupView<City[]>;
  geo: GeoStatus;
  /**
   * "10 mi": the words the chips and the summary use too (finder-text.ts), passed in so that this
   * chunk does not split them into a file of their own.
   */
  distanceLabel: (choice: DistanceChoice) => string;
  on: FilterPanelHandlers;
}

/** The panel's controls, for the filters the finder shows (the element renders the panel around them). */
export function renderFilterPanel(view: FilterPanelView) {
  const v = view.visible;
  return html`${v.has('topics') ? renderTopics(view) : nothing} ${v.has('city') ? renderCity(view) : nothing}
  ${v.has('order') ? renderOrder(view) : nothing} ${v.has('near') ? renderNear(view) : nothing}
  ${v.has('online') ? renderOnline(view) : nothing} ${v.has('days') ? renderDays(view) : nothing}`;
}

function lookupFailed(text: string, retry: () => void) {
  return html`<p class="hint">
    ${text}
    <button type="button" class="link-button" @click=${retry}>${msg('Try again')}</button>
  </p>`;
}

function renderTopics(view: FilterPanelView) {
  const { state } = view;
  const chosen = state.topics;
  const list = view.topics.items;
  const onTopic = (event: Event) => {
    const select = event.target as HTMLSelectElement;
    const topic = select.value.trim().toLowerCase();
    select.value = '';
    if (topic && !chosen.includes(topic)) view.on.change({ ...state, topics: [...chosen, topic] });
  };
  return html`
    <div class="field">
      <label for="topic">${msg('Topic')}</label>
      <select id="topic" @change=${onTopic} @focus=${view.on.loadLookups} @pointerdown=${view.on.loadLookups}>
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

function renderCity(view: FilterPanelView) {
  const { state } = view;
  const current = state.city;
  const loading = view.cities.items === null && !view.cities.failed;
  const list = view.cities.items ?? [];
  const options = current && !list.some((c) => c.value === current) ? [{ value: current, label: current }, ...list] : list;
  const onCity = (event: Event) => {
    const city = (event.target as HTMLSelectElement).value;
    // A city and "near me" are two ways to say where: choosing one drops the other.
    const near = city && view.visible.has('near') ? null : state.near;
    if (city) view.on.forgetLocation();
    view.on.change({ ...state, city, near });
  };
  return html`
    <div class="field">
      <label for="city">${msg('City')}</label>
      <select id="city" @change=${onCity} @focus=${view.on.loadLookups} @pointerdown=${view.on.loadLookups}>
        <option value="" .selected=${current === ''}>${loading ? msg('Loading cities…') : msg('Any city')}</option>
        ${options.map((c) => html`<option value=${c.value} .selected=${c.value === current}>${c.label}</option>`)}
      </select>
      ${view.cities.failed ? lookupFailed(msg('Cities could not be loaded.'), view.on.retryLookups) : nothing}
    </div>
  `;
}

function renderOrder(view: FilterPanelView) {
  const { state } = view;
  const current = effectiveOrder(state);
  const onOrder = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value as CircleOrder;
    if (!ORDERS.includes(value)) return;
    // Choosing the tab's own order keeps P2PU's per-tab ordering when the tab changes.
    view.on.change({ ...state, order: value === TAB_ORDER[state.tab] ? null : value });
  };
  return html`
    <div class="field">
      <label for="order">${msg('Sort by')}</label>
      <select id="order" @change=${onOrder}>
        ${ORDERS.map((o) => html`<option value=${o} .selected=${o === current}>${orderLabel(o)}</option>`)}
      </select>
    </div>
  `;
}

function renderNear(view: FilterPanelView) {
  const { state } = view;
  const choices = distanceChoices(view.locale);
  const current = closestChoice(choices, state.distanceKm);
  const locating = view.geo === 'locating';
  const problem = view.geo !== 'idle' && view.geo !== 'locating';
  const onDistance = (event: Event) => {
    const km = Number((event.target as HTMLSelectElement).value);
    if (Number.isFinite(km) && km > 0) view.on.change({ ...state, distanceKm: km });
  };
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
          ${icons.place}<span>${state.near ? msg('Update my location') : msg('Use my location')}</span>
        </button>
        <span class="distance">
          <label for="distance">${msg('Distance')}</label>
          <select id="distance" @change=${onDistance}>
            ${choices.map(
              (c) => html`<option value=${String(c.km)} .selected=${c.km === current.km}>${view.distanceLabel(c)}</option>`,
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

function renderOnline(view: FilterPanelView) {
  const { state } = view;
  const onOnline = (event: Event) => {
    const value = (event.target as HTMLInputElement).value as OnlineChoice;
    if (ONLINE_CHOICES.includes(value)) view.on.change({ ...state, online: value });
  };
  return html`
    <fieldset class="field">
      <legend>${msg('How it meets')}</legend>
      <div class="choices">
        ${ONLINE_CHOICES.map(
          (choice) => html`<label class="check">
            <input type="radio" name="online" value=${choice} .checked=${state.online === choice} @change=${onOnline} />
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
function renderDays(view: FilterPanelView) {
  const { state } = view;
  const toggleDay = (day: Weekday, on: boolean) => {
    const days = on ? [...new Set([...state.days, day])].sort((a, b) => a - b) : state.days.filter((d) => d !== day);
    view.on.change({ ...state, days });
  };
  return html`
    <fieldset class="field days">
      <legend>${msg('Meeting day')}</legend>
      <div class="choices">
        ${DAYS.map(
          (day) => html`<label class="check">
            <input
              type="checkbox"
              value=${String(day)}
              .checked=${state.days.includes(day)}
              @change=${(e: Event) => toggleDay(day, (e.target as HTMLInputElement).checked)}
            />
            <span>${formatWeekdayNumber(day, view.locale)}</span>
          </label>`,
        )}
      </div>
    </fieldset>
  `;
}
