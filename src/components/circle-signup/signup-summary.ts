/** The circle a learner is signing up for: name, course, when, where, facilitators and seats. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { seatsLeft, type LearningCircle } from '../../api/index.js';
import { icons } from '../../internal/icons.js';
import type { SectionHeading } from './signup-fields.js';
import { courseText, facilitatorText, seatsText, whenLines } from './signup-text.js';

export function renderSummary(circle: LearningCircle, locale: string, heading: SectionHeading) {
  const facilitator = facilitatorText(circle);
  return html`<section class="summary" part="summary" aria-labelledby="cs-title">
    ${heading(0, 'cs-title', html`<bdi>${circle.name}</bdi>`, true)}
    ${circle.course.title ? html`<p class="course">${courseText(circle.course.title)}</p>` : nothing}
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
            : html`<span class="line"><bdi>${circle.venue}</bdi></span
                >${circle.venueAddress ? html`<span class="line muted"><bdi>${circle.venueAddress}</bdi></span>` : nothing}`}
        </dd>
      </div>
      ${facilitator
        ? html`<div class="fact">
            <dt>${icons.people}<span>${msg('Facilitators')}</span></dt>
            <dd><bdi>${facilitator}</bdi></dd>
          </div>`
        : nothing}
      <div class="fact">
        <dt>${icons.check}<span>${msg('Seats')}</span></dt>
        <dd>${seatsText(seatsLeft(circle), locale)}</dd>
      </div>
    </dl>
  </section>`;
}
