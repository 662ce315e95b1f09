/** The circle a learner is signing up for: name, course, when, where, facilitators and seats. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { seatsLeft, type LearningCircle } from '../../api/index.js';
import { icons } from '../../internal/icons.js';
import { facilitatorList } from '../../internal/facilitators.js';
import type { SectionHeading } from './signup-fields.js';
import { balanced, isolate } from '../../internal/bidi.js';
import { circleTitle, courseText, facilitatorsLabel, seatsText, whenLines } from './signup-text.js';

export function renderSummary(circle: LearningCircle, locale: string, heading: SectionHeading) {
  // the names joined in the widget's language, not P2PU's display string (in the browser's language)
  const facilitators = facilitatorList(circle, locale);
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
            : html`<span class="line"><bdi>${balanced(circle.venue)}</bdi></span
                >${circle.venueAddress ? html`<span class="line muted"><bdi>${balanced(circle.venueAddress)}</bdi></span>` : nothing}`}
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
  </section>`;
}
