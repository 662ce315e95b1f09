/**
 * A learning circle's "Add to calendar" file: its weekly meetings as iCalendar text (./ics.ts), a
 * blob: URL for a download link, and the download itself. One way for every widget: the whole
 * series from a card or the signup before signing up, the meetings still ahead on the signup's
 * confirmation; both with the same times (the first meeting's UTC offset, see ./ics.ts).
 *
 * A chunk of its own, imported when a learner asks for the file (Add to calendar: ./circle-actions.ts;
 * the signup's confirmation, fetched while the signup is sent): nothing imports this module
 * statically, so no page downloads the iCalendar builder before then. Words come from `msg()`:
 * call these inside the widget's own language (`inOwnLanguage`).
 */
import { msg, str } from '@lit/localize';
import { meetingsAhead, type LearningCircle } from '../api/index.js';
import { buildIcs, icsFileName } from './ics.js';
import { facilitatorList } from './facilitators.js';
import type { CircleActions } from './circle-actions.js';

export interface CalendarOptions {
  /** Only the meetings still ahead (after signing up); default: the whole series. */
  ahead?: boolean;
}

/** Where the circle meets, on one line ("Online", or venue and address). */
export function locationText(circle: LearningCircle): string {
  if (circle.online) return msg('Online');
  return [circle.venue, circle.venueAddress].filter((s) => s.trim() !== '').join(', ');
}

/** The .ics text of the circle's meetings (all, or those ahead), in the words of `locale` (the widget's). */
export function calendarText(circle: LearningCircle, locale: string, options: CalendarOptions = {}, now = new Date()): string {
  const facilitator = facilitatorList(circle, locale, false).text;
  const description = [
    circle.course.title ? msg(str`Course: ${circle.course.title}`) : '',
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
      from: options.ahead ? (meetingsAhead(circle, now)[0] ?? null) : null,
      uidDomain,
      calendarName: circle.name,
    },
    now,
  );
}

/** A calendar file to offer as a download link: its blob: URL (revoke it when done) and file name. */
export interface CalendarFile {
  url: string;
  fileName: string;
}

/** The circle's .ics as a blob: URL with its file name, or null where blobs are not available. */
export function calendarFile(circle: LearningCircle, locale: string, options: CalendarOptions = {}): CalendarFile | null {
  if (typeof URL.createObjectURL !== 'function') return null;
  const blob = new Blob([calendarText(circle, locale, options)], { type: 'text/calendar;charset=utf-8' });
  return { url: URL.createObjectURL(blob), fileName: icsFileName(circle.name, circle.id) };
}

/**
 * Downloads the whole series as an .ics file, through a link clicked for the learner inside `root`
 * (the widget's shadow root: some browsers only follow links in a document). False when no file
 * could be made.
 */
function downloadCalendar(circle: LearningCircle, locale: string, root: ShadowRoot | HTMLElement): boolean {
  const file = calendarFile(circle, locale);
  if (!file) return false;
  const link = document.createElement('a');
  link.href = file.url;
  link.download = file.fileName;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  // after the browser has read it (revoking at once can cancel the download in some browsers)
  setTimeout(() => URL.revokeObjectURL(file.url), 60_000);
  return true;
}

/** Add to calendar, for a circle's actions: the whole series as a download, in the widget's words. */
export async function addToCalendar(actions: CircleActions, circle: LearningCircle, locale: string): Promise<void> {
  const root = actions.host.shadowRoot ?? actions.host;
  if (!actions.speak(() => downloadCalendar(circle, locale, root))) throw new Error('no calendar file');
}
