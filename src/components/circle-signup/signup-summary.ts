/** The circle a learner is signing up for: name, course, when, where, facilitators and seats. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { seatsLeft, type LearningCircle } from '../../api/index.js';
import { icons } from '../../internal/icons.js';
import { facilitatorList } from '../../internal/facilitators.js';
import { directionsUrl } from '../../internal/directions.js';
import { directionsLabel } from '../../internal/circle-actions-view.js';
import type { SectionHeading } from './signup-fields.js';
import { balanced, isBlank, isolate } from '../../internal/bidi.js';
import { circleTitle, courseText, facilitatorsLabel, seatsText, whenLines } from './signup-text.js';

/**
 * `text` (the venue, or else its address) as the link to the circle's place on a map, in a new
 * tab, for an in-person circle P2PU can place; else as it is. Isolated (`<bdi>`) either way.
 */
export function placeLink(circle: LearningCircle, text: string) {
  const map = isBlank(text) ? null : directionsUrl(circle);
  const place = html`<bdi>${balanced(text)}</bdi>`;
  return map
    ? html`<a class="link" part="directions" href=${map} target="_blank" rel="noopener" aria-label=${directionsLabel(isolate(text))}
        >${place}${icons.external}</a
      >`
    : place;
}

/** The summary, with the circle's actions (Share, Add to calendar) under its facts. */
export function renderSummary(circle: LearningCircle, locale: string, heading: SectionHeading, actions: unknown = nothing) {
  // the names joined in the widget's language, not P2PU's display string (in the browser's language)
  const facilitators = facilitatorList(circle, locale);
  // the venue links to the map; without a venue, its address does
  const venue = isBlank(circle.venue) ? '' : circle.venue;
  const address = isBlank(circle.venueAddress) ? '' : circle.venueAddress;
  return html`<section class="summary" part="summary" aria-labelledby="cs-title">
    ${heading(0, 'cs-title', html`<bdi>${balanced(circleTitle(circle))}</bdi>`, true)}
    ${circle.course.title ? html`<p class="course">${courseText(isolate(circle.course.title))}</p>` : nothing}
    <dl class="facts">
      <div class="fact">
        <dt>${icons.calendar}<span>${msg('When')}</span></dt>
        <dd>${whenLines(circle, locale).map((line) => html`<span class="line">${line}</span>`)}</dd>
      </div>
      <div class="fact">
        <dt>${circle.online ? icons.online : icons.place}<span>${msg('Where')}</span></dt>
        <dd>
          ${circle.online
            ? html`<span class="line">${msg('Online')}</span>`
            : html`<span class="line">${placeLink(circle, venue || address)}</span
                >${venue && address ? html`<span class="line muted"><bdi>${balanced(address)}</bdi></span>` : nothing}`}
        </dd>
      </div>
      ${facilitators.text
        ? html`<div class="fact">
            <dt>${icons.people}<span>${facilitatorsLabel(facilitators.count)}</span></dt>
            <dd>${facilitators.text}</dd>
          </div>`
        : nothing}
      <div class="fact">
        <dt>${icons.check}<span>${msg('Seats')}</span></dt>
        <dd>${seatsText(seatsLeft(circle), locale)}</dd>
      </div>
    </dl>
    ${actions}
  </section>`;
}
