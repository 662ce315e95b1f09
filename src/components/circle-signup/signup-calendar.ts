/**
 * The "Add to calendar" file after a signup: the meetings still ahead as iCalendar text, and a
 * blob: URL for the download link.
 */
import { msg, str } from '@lit/localize';
import { meetingsAhead, type LearningCircle } from '../../api/index.js';
import { buildIcs } from './ics.js';
import { facilitatorList } from '../../internal/facilitators.js';
import { courseText, locationText } from './signup-text.js';

/** The .ics text for the meetings still ahead, in the words of `locale` (the widget's). */
export function calendarText(circle: LearningCircle, locale: string, now = new Date()): string {
  const ahead = meetingsAhead(circle, now);
  const facilitator = facilitatorList(circle, locale, false).text;
  const description = [
    circle.course.title ? courseText(circle.course.title) : '',
    facilitator ? msg(str`Facilitated by ${facilitator}`) : '',
    circle.url ?? '',
  ]
    .filter(Boolean)
    .join('\n');
  let uidDomain = 'learningcircles.p2pu.org';
  try {
    if (circle.url) uidDomain = new URL(circle.url).hostname;
  } catch {
    // keep the default
  }
  return buildIcs(
    {
      circleId: circle.id,
      title: msg(str`Learning circle: ${circle.name}`),
      description,
      location: locationText(circle),
      url: circle.url,
      startDate: circle.startDate,
      startTime: circle.meetingTime ?? '',
      durationMinutes: circle.durationMinutes,
      utcOffsetMinutes: circle.utcOffsetMinutes,
      count: Math.max(1, circle.weeks),
      from: ahead[0] ?? null,
      uidDomain,
      calendarName: circle.name,
    },
    now,
  );
}

/** A blob: URL of the circle's .ics file (revoke it when done), or null where blobs are not available. */
export function calendarBlobUrl(circle: LearningCircle, locale: string): string | null {
  if (typeof URL.createObjectURL !== 'function') return null;
  return URL.createObjectURL(new Blob([calendarText(circle, locale)], { type: 'text/calendar;charset=utf-8' }));
}
