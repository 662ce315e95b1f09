/**
 * The view and words of a circle's actions (./circle-actions.ts), the same in every widget: Share
 * and Add to calendar as real buttons named after the circle, a live region that says what
 * happened ("Link copied"), and the link to copy by hand when copying was impossible. Plus the
 * name of the directions link (the venue, linked to a map: ./directions.ts).
 *
 * Light on purpose (a finder shows dozens of cards): each button is one element and its text
 * (`.link-button` of src/styles/host.ts, its icon a CSS mask: src/styles/circle-actions.ts); the
 * live region is one element, always there, so that what it says is heard.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { LearningCircle } from '../api/index.js';
import type { CircleActions } from './circle-actions.js';

export interface CircleActionsView {
  actions: CircleActions;
  circle: LearningCircle;
  /** The circle's name as the widget shows it, for the buttons' names ("Share Python at Riverside"). */
  name: string;
  /** The link to share (the circle's signup link: ./circle-link.ts), or null: no Share. */
  url: string | null;
  /** Offer the whole series as an .ics file (not for a circle that has ended). */
  calendar: boolean;
  locale: string;
}

/** The directions link's name: the place, what the link does, and that it opens a new tab. */
export function directionsLabel(place: string): string {
  return `${msg(str`${place}: map and directions`)} ${msg('(opens in a new tab)')}`;
}

export function renderCircleActions({ actions, circle, name, url, calendar, locale }: CircleActionsView) {
  // no white space between tags: every node counts on a card
  return html`<div class="circle-actions" ?hidden=${!url && !calendar && !actions.message}
    ><button
      type="button"
      part="share"
      class="link-button action share"
      ?hidden=${!url}
      aria-label=${msg(str`Share ${name}`)}
      @click=${() => url && actions.share(name, url)}
      .textContent=${msg('Share')}
    ></button
    ><button
      type="button"
      part="add-to-calendar"
      class="link-button action calendar"
      ?hidden=${!calendar}
      aria-label=${msg(str`Add to calendar: ${name}`)}
      @click=${() => actions.addToCalendar(circle, locale)}
      .textContent=${msg('Add to calendar')}
    ></button
    ><span class="action-status" role="status" .textContent=${actions.message}></span
    >${actions.copyUrl
      ? html`<input class="copy-link" readonly aria-label=${msg(str`Link to ${name}`)} .value=${actions.copyUrl} />`
      : nothing}</div
  >`;
}
