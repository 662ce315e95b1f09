/**
 * Words of <circle-flyer>, in the widget's language: what the flyer prints about a circle, why a
 * circle gets no flyer, and the printed address. Where a sentence says what another widget already
 * says, it is the same sentence (one translation). Kept apart from the element so the rules can be
 * read (and tested) on their own.
 */
import { msg, str } from '@lit/localize';
import type { ClosedReason, LearningCircle } from '../../api/index.js';
import { meetingsAhead } from '../../api/index.js';
import { balanced, isBlank, isolate } from '../../internal/bidi.js';
import { facilitatorList } from '../../internal/facilitators.js';
import {
  formatClock,
  formatClockRange,
  formatDate,
  formatNumber,
  formatWeekday,
  intl,
  wallClock,
} from '../../internal/format.js';

/** The paper formats: two posters and a half-page handout. */
export type FlyerFormat = 'letter' | 'a4' | 'half';
export const FORMATS: readonly FlyerFormat[] = ['letter', 'a4', 'half'];

/** The line in the widgets' voice that every flyer and poster carries. */
export const freeLine = () => msg('Free. No experience needed.');

/** What a learning circle is, in the words of the finders' "What is a learning circle?". */
export const aboutLine = () =>
  msg(
    'A learning circle is a free study group that meets every week, usually at the library, to take a free online course together. A facilitator guides the group and does not need to be an expert. There is no cost, and no experience is needed.',
  );

/** The circle's name; its course's title when the name shows nothing. */
export function circleTitle(c: LearningCircle): string {
  if (!isBlank(c.name)) return balanced(c.name.trim());
  return isBlank(c.course.title) ? msg('Untitled learning circle') : balanced(c.course.title.trim());
}

/** "Course: …" (when it is not the circle's name) and "by …", each '' when there is nothing to say. */
export function courseLines(c: LearningCircle, title: string): { course: string; provider: string } {
  const course = isBlank(c.course.title) ? '' : c.course.title.trim();
  const provider = isBlank(c.course.provider) ? '' : c.course.provider.trim();
  return {
    course: course && course.toLowerCase() !== title.toLowerCase() ? msg(str`Course: ${isolate(course)}`) : '',
    provider: provider ? msg(str`by ${isolate(provider)}`) : '',
  };
}

/** "-03" / "+0530" abbreviations read better as "UTC-03". */
function zoneLabel(zone: string): string {
  const z = zone.trim();
  return /^[+-]\d{2}(:?\d{2})?$/.test(z) ? `UTC${z}` : z;
}

/** "Every Tuesday, 6:00 – 7:30 PM CDT": weekday and time in the circle's own time zone; '' without a start date. */
export function weeklyTime(c: LearningCircle, locale: string): string {
  const weekday = formatWeekday(c.startDate, locale);
  if (!weekday) return '';
  const weekly = c.weeks > 1;
  if (!c.meetingTime) return weekly ? msg(str`Every ${weekday}`) : weekday;
  const time = formatClockRange(c.meetingTime, c.endTime, locale);
  const zone = zoneLabel(c.timeZone);
  if (!weekly) return zone ? msg(str`${weekday}, ${time} ${zone}`) : msg(str`${weekday}, ${time}`);
  return zone ? msg(str`Every ${weekday}, ${time} ${zone}`) : msg(str`Every ${weekday}, ${time}`);
}

/** "6 meetings, May 5 – Jun 9, 2026", or "One meeting, on Tue, May 5, 2026"; '' without dates. */
export function datesLine(c: LearningCircle, locale: string): string {
  const first = wallClock(c.startDate);
  const last = wallClock(c.lastMeetingDate || c.startDate);
  if (!first || !last) return '';
  const meetings = Math.max(1, c.weeks);
  if (meetings === 1 || first.getTime() === last.getTime()) {
    return msg(str`One meeting, on ${formatDate(c.startDate, locale)}`);
  }
  const range = intl(Intl.DateTimeFormat, locale, { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' }).formatRange(first, last);
  return msg(str`${formatNumber(meetings, locale)} meetings, ${range}`);
}

/** For a circle that has started (and still takes signups): its next meeting; else ''. */
export function nextMeetingLine(c: LearningCircle, locale: string): string {
  if (c.status !== 'in_progress') return '';
  const next = meetingsAhead(c)[0];
  return next ? msg(str`Already started. Next meeting: ${formatDate(next, locale)}`) : '';
}

/** Where it meets: "Online", or the venue and its address (each line only when P2PU has it). */
export function placeLines(c: LearningCircle): string[] {
  if (c.online) return [msg('Online')];
  const venue = isBlank(c.venue) ? '' : balanced(c.venue.trim());
  const address = isBlank(c.venueAddress) ? '' : balanced(c.venueAddress.trim());
  const city = isBlank(c.city) ? '' : balanced(c.city.trim());
  const lines = [venue, address || city].filter(Boolean);
  return lines.filter((line, i) => lines.indexOf(line) === i);
}

/** The facilitators ("Maya and Tom") under their label, or null when P2PU does not know them. */
export function facilitatorsLine(c: LearningCircle, locale: string): { label: string; text: string } | null {
  const { text, count } = facilitatorList(c, locale);
  if (!text) return null;
  return { label: count === 1 ? msg('Facilitator') : msg('Facilitators'), text };
}

/** A tear-off strip's when: "Tuesday, 6:00 PM" (start time only: strips are narrow). */
export function stripWhen(c: LearningCircle, locale: string): string {
  const weekday = formatWeekday(c.startDate, locale);
  if (!weekday) return '';
  return c.meetingTime ? msg(str`${weekday}, ${formatClock(c.meetingTime, locale)}`) : weekday;
}

/** Why a circle gets no flyer, in words for the librarian making one. */
export function unavailableText(reason: ClosedReason): { title: string; detail: string } {
  const detail = msg('A flyer is made only for a learning circle that people can still sign up for.');
  switch (reason) {
    case 'draft':
      return {
        title: msg('This learning circle is not published yet, so there is no flyer for it.'),
        detail: msg('Once it is published on P2PU and open for signup, its flyer appears here.'),
      };
    case 'completed':
      return { title: msg('This learning circle has ended, so there is no flyer for it.'), detail };
    case 'full':
      return { title: msg('This learning circle is full, so there is no flyer for it.'), detail };
    case 'closed':
    case 'last-day':
      return { title: msg('Signup for this learning circle has closed, so there is no flyer for it.'), detail };
  }
}

/**
 * An address as a flyer prints it: without `https://` (a phone or a browser adds it back), as
 * `library.example.org/join?circle=4821`, and with letters that the address encodes (an Arabic
 * name in P2PU's address of a circle) as letters.
 */
export function printedAddress(url: string): string {
  const address = url.replace(/^https?:\/\//i, '');
  // `%D9%85%D9%82…` is typed as the letters it stands for: shown decoded, unless that would show
  // spaces, controls or direction marks, which a reader cannot see or type
  let decoded: string;
  try {
    decoded = decodeURI(address);
  } catch {
    return address;
  }
  return /[\p{Cc}\p{Cf}\p{Z}]/u.test(decoded) ? address : decoded;
}

/**
 * The printed address in pieces that may end a line: each ends after `/`, `?`, `&` or `=` (the
 * last excepted), so a wrapped address breaks only where a reader sees where it goes on.
 */
export function addressPieces(address: string): string[] {
  return address.split(/(?<=[/?&=])/).filter((piece) => piece !== '');
}
