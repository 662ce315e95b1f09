/**
 * What a learner sees after P2PU confirmed the signup: the next (or first) meeting, where, the
 * meetings after it, and the "Add to calendar" download.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { meetingsAhead, type LearningCircle } from '../../api/index.js';
import { icons } from '../../internal/icons.js';
import type { CalendarFile } from '../../internal/circle-calendar.js';
import type { SectionHeading } from './signup-fields.js';
import { placeLink } from './signup-summary.js';
import { balanced, isolate } from '../../internal/bidi.js';
import { facilitatorList } from '../../internal/facilitators.js';
import { circleTitle, doneText, meetingsText, viewerTime, viewerTimeLine } from './signup-text.js';

export interface ConfirmationView {
  circle: LearningCircle;
  locale: string;
  /** The calendar file (the meetings ahead), or null while it is made or when none could be. */
  calendar: CalendarFile | null;
  heading: SectionHeading;
}

/**
 * "Online", or the venue and its address, each isolated from the other (as in the summary); the
 * first of them links to the map.
 */
function renderPlace(circle: LearningCircle) {
  if (circle.online) return msg('Online');
  const parts = [circle.venue, circle.venueAddress].filter((s) => s.trim() !== '');
  return parts.map((part, i) => (i ? html`, <bdi>${balanced(part)}</bdi>` : placeLink(circle, part)));
}

export function renderConfirmation({ circle, locale, calendar, heading }: ConfirmationView) {
  const ahead = meetingsAhead(circle);
  const words = meetingsText(circle, ahead, locale);
  const viewer = viewerTime(circle, locale, ahead[0]);
  return html`<section class="done" part="confirmation" aria-labelledby="cs-done-title">
    <p class="done-badge">${icons.check}</p>
    ${heading(0, 'cs-done-title', msg(str`You are signed up for ${isolate(circleTitle(circle))}`), true)}
    <p>${doneText(facilitatorList(circle, locale).count)}</p>
    ${heading(1, 'cs-next-title', words.heading)}
    <dl class="facts">
      <div class="fact">
        <dt>${icons.calendar}<span>${msg('When')}</span></dt>
        <dd>
          <span class="line">${words.when}</span>
          ${viewer ? html`<span class="line muted">${viewerTimeLine(viewer)}</span>` : nothing}
        </dd>
      </div>
      <div class="fact">
        <dt>${circle.online ? icons.online : icons.place}<span>${msg('Where')}</span></dt>
        <dd>${renderPlace(circle)}</dd>
      </div>
    </dl>
    ${words.then ? html`<p>${words.then}</p>` : nothing}
    ${calendar
      ? html`<p class="calendar-row">
          <a
            class="button secondary"
            part="calendar"
            href=${calendar.url}
            download=${calendar.fileName}
            aria-describedby="cs-calendar-hint"
            >${icons.download}${msg('Add to calendar')}</a
          >
          <span class="hint" id="cs-calendar-hint">${words.calendar}</span>
        </p>`
      : nothing}
  </section>`;
}
