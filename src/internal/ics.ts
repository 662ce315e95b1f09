/**
 * iCalendar (RFC 5545) file for a learning circle's weekly meetings, built in the browser so a
 * learner can add the meetings to their calendar: the whole series from a card or the signup
 * before signing up, the meetings still ahead after signing up (src/internal/circle-calendar.ts).
 * Loaded only when a learner asks for the file (a lazily imported chunk).
 *
 * P2PU gives the first meeting's local wall-clock time, its length and the UTC offset at the first
 * meeting only (no IANA zone name, no list of meetings; p2pu-api.md §5.6). Each meeting is therefore
 * written in UTC using the first meeting's offset: if the circle's zone changes between summer and
 * winter time while the circle runs, the later meetings will be an hour off in the calendar, and
 * nothing in the API lets us know. When the offset is unknown (old servers without
 * `start_datetime`) the times are written as "floating" local times, which calendars show at the
 * same clock time in whatever zone the learner is in.
 */

import { clockMs, dateMs, weeklyDates } from '../api/index.js';

export interface IcsSeries {
  /** Learning circle id, part of every UID. */
  circleId: number;
  /** Event title (SUMMARY). */
  title: string;
  /** Event notes (DESCRIPTION); plain text, may contain line breaks. */
  description?: string;
  /** Where (LOCATION): venue and address, or "Online". */
  location?: string;
  /** The circle's public page (URL), http(s) only. */
  url?: string | null;
  /** First meeting, `YYYY-MM-DD` (the circle's local date). */
  startDate: string;
  /** Local wall-clock start time, `HH:MM`. */
  startTime: string;
  /** Meeting length in minutes (a missing or zero length becomes 60). */
  durationMinutes?: number | null;
  /** UTC offset of the circle at its first meeting (`-05:00` → -300); null writes floating times. */
  utcOffsetMinutes: number | null;
  /** Number of weekly meetings (at least 1 and at most 104, `MAX_MEETINGS`, are written). */
  count: number;
  /** Leave out meetings before this local date (`YYYY-MM-DD`), e.g. for a circle already running. */
  from?: string | null;
  /** Domain part of the UIDs; default `learningcircles.p2pu.org`. */
  uidDomain?: string;
  /** Calendar name shown by some apps (X-WR-CALNAME). */
  calendarName?: string;
}


const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20261209T000000Z` (utc) or `20261208T180000` (floating) for a timestamp standing for that moment. */
function formatStamp(time: number, utc: boolean): string {
  const d = new Date(time);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}${utc ? 'Z' : ''}`
  );
}


/** RFC 5545 TEXT escaping: backslash, semicolon, comma, and line breaks as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no line is longer than 75 octets (UTF-8), never splitting a character;
 * continuation lines start with one space (RFC 5545 §3.1). Lines are joined with CRLF.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** URIs must not carry line breaks or control characters. */
const cleanUri = (value: string) => value.replace(/[\u0000-\u001f\u007f]/g, '');

/**
 * The .ics text: one VEVENT per weekly meeting (from `from`, if given), UTC times from the first
 * meeting's offset, CRLF line endings, lines folded at 75 octets.
 */
export function buildIcs(series: IcsSeries, now: Date = new Date()): string {
  const start = clockMs(series.startTime);
  const offset = series.utcOffsetMinutes;
  const utc = offset !== null && Number.isFinite(offset);
  const duration = (series.durationMinutes && series.durationMinutes > 0 ? series.durationMinutes : 60) * 60_000;
  const domain = series.uidDomain || 'learningcircles.p2pu.org';
  const from = series.from ? dateMs(series.from) : null;
  const stamp = formatStamp(now.getTime() - (now.getTime() % 1000), true);

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//P2PU//learning-circle-widgets//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (series.calendarName) lines.push(`X-WR-CALNAME:${escapeText(series.calendarName)}`);

  for (const date of weeklyDates(series.startDate, series.count)) {
    const day = dateMs(date)!;
    if (from !== null && day < from) continue;
    // the local wall-clock moment as if it were UTC, then shifted by the circle's offset
    const local = day + (start ?? 0);
    const begin = utc ? local - offset! * 60_000 : local;
    const event = [
      'BEGIN:VEVENT',
      `UID:p2pu-circle-${series.circleId}-${date.replace(/-/g, '')}@${domain}`,
      `DTSTAMP:${stamp}`,
    ];
    if (start === null) {
      // no usable time: an all-day event on the meeting's date
      event.push(`DTSTART;VALUE=DATE:${date.replace(/-/g, '')}`);
    } else {
      event.push(`DTSTART:${formatStamp(begin, utc)}`, `DTEND:${formatStamp(begin + duration, utc)}`);
    }
    event.push(`SUMMARY:${escapeText(series.title)}`);
    if (series.location) event.push(`LOCATION:${escapeText(series.location)}`);
    if (series.description) event.push(`DESCRIPTION:${escapeText(series.description)}`);
    if (series.url) event.push(`URL:${cleanUri(series.url)}`);
    event.push('END:VEVENT');
    lines.push(...event);
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/**
 * A safe file name for the download: letters and digits of the circle's name (any script) joined
 * by dashes, at most 60 characters, `.ics` appended; `learning-circle-<id>.ics` when nothing is left.
 */
export function icsFileName(name: string, circleId: number): string {
  const base = Array.from(
    name
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, ''),
  )
    .slice(0, 60)
    .join('')
    .replace(/-+$/, '');
  return `${base || `learning-circle-${circleId}`}.ics`;
}
