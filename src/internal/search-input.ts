import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { formatNumber } from './format.js';
import { icons } from './icons.js';

/**
 * The search box of both finders: its value follows what the patron typed (`live`, so a search
 * restored by Back shows in the box), and the finder searches after a pause in typing.
 */
export function renderSearchInput(placeholder: string, value: string, onInput: (event: Event) => void) {
  return html`<input
    id="q"
    part="search-input"
    type="search"
    name="q"
    autocomplete="off"
    enterkeyhint="search"
    spellcheck="false"
    placeholder=${placeholder}
    .value=${live(value)}
    @input=${onInput}
  />`;
}

/**
 * Both finders' "Filters" button, which opens and closes their filter panel (`#filter-panel`), with
 * the number of filters chosen in it.
 */
export function renderFiltersToggle(open: boolean, chosen: number, locale: string, onToggle: (event: Event) => void) {
  return html`<button
    type="button"
    class="button secondary filters-toggle"
    part="filters-toggle"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls="filter-panel"
    @click=${onToggle}
  >
    ${chosen > 0 ? msg(str`Filters (${formatNumber(chosen, locale)})`) : msg('Filters')}${icons.chevron}
  </button>`;
}
