import { html } from 'lit';
import { live } from 'lit/directives/live.js';

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
