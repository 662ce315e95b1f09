// Date and time-zone helpers for the local P2PU API.
// Dates are handled as UTC "day numbers" (days since 1970-01-01) so that no
// computation depends on the time zone of the machine running the server.

const DAY_MS = 86_400_000;

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** @param {Date} date @returns {number} UTC day number */
export function dayNumberOf(date) {
  return Math.floor(date.getTime() / DAY_MS);
}

/** @param {string} iso 'YYYY-MM-DD' @returns {number} */
export function parseDay(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** @param {number} day @returns {string} 'YYYY-MM-DD' */
export function formatDay(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Weekday with Monday = 0 ... Sunday = 6 (Python's date.weekday()). */
export function weekdayOf(day) {
  return (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
}

/** JavaScript getUTCDay(): Sunday = 0 ... Saturday = 6. */
export function jsWeekdayOf(day) {
  return new Date(day * DAY_MS).getUTCDay();
}

/** First day >= from that falls on weekday (Mon=0). */
export function onOrAfter(from, weekday) {
  return from + ((weekday - weekdayOf(from) + 7) % 7);
}

/** Last day <= from that falls on weekday (Mon=0). */
export function onOrBefore(from, weekday) {
  return from - ((weekdayOf(from) - weekday + 7) % 7);
}

// Abbreviations as pytz reports them ([standard, daylight]); Node's Intl only
// gives "GMT+2" for many zones, so they are listed here.
export const ZONE_ABBREVIATIONS = {
  UTC: ['UTC', 'UTC'],
  'Africa/Johannesburg': ['SAST', 'SAST'],
  'Africa/Nairobi': ['EAT', 'EAT'],
  'Africa/Lagos': ['WAT', 'WAT'],
  'Africa/Cairo': ['EET', 'EEST'],
  'Europe/London': ['GMT', 'BST'],
  'Europe/Lisbon': ['WET', 'WEST'],
  'Europe/Berlin': ['CET', 'CEST'],
  'Europe/Madrid': ['CET', 'CEST'],
  'Europe/Paris': ['CET', 'CEST'],
  'Europe/Warsaw': ['CET', 'CEST'],
  'Europe/Helsinki': ['EET', 'EEST'],
  'Europe/Bucharest': ['EET', 'EEST'],
  'America/New_York': ['EST', 'EDT'],
  'America/Toronto': ['EST', 'EDT'],
  'America/Chicago': ['CST', 'CDT'],
  'America/Los_Angeles': ['PST', 'PDT'],
  'America/Mexico_City': ['CST', 'CDT'],
  'America/Sao_Paulo': ['-03', '-02'],
  'America/Argentina/Buenos_Aires': ['-03', '-02'],
  'Asia/Kolkata': ['IST', 'IST'],
  'Asia/Taipei': ['CST', 'CDT'],
  'Asia/Tokyo': ['JST', 'JDT'],
  'Australia/Sydney': ['AEST', 'AEDT'],
  'Pacific/Auckland': ['NZST', 'NZDT'],
};

/** @type {Map<string, Intl.DateTimeFormat>} */
const offsetFormats = new Map();

/** UTC offset in minutes of `zone` at the instant `ms`. */
export function offsetMinutesAt(zone, ms) {
  let fmt = offsetFormats.get(zone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormats.set(zone, fmt);
  }
  const name = fmt.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!m || !m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * Localise a wall-clock time in a zone (like pytz's tz.localize).
 * @param {string} zone IANA zone
 * @param {number} day UTC day number of the local date
 * @param {string} time 'HH:MM:SS'
 * @returns {{offset: number, abbreviation: string, iso: string}}
 */
export function localize(zone, day, time) {
  const [h, mi, s] = time.split(':').map(Number);
  const wall = day * DAY_MS + ((h * 60 + mi) * 60 + (s || 0)) * 1000;
  let offset = offsetMinutesAt(zone, wall);
  const second = offsetMinutesAt(zone, wall - offset * 60_000);
  if (second !== offset) offset = second;
  const year = new Date(day * DAY_MS).getUTCFullYear();
  const jan = offsetMinutesAt(zone, Date.UTC(year, 0, 1));
  const jul = offsetMinutesAt(zone, Date.UTC(year, 6, 1));
  const standard = Math.min(jan, jul);
  const [std, dst] = ZONE_ABBREVIATIONS[zone] ?? [formatOffsetName(standard), formatOffsetName(Math.max(jan, jul))];
  const abbreviation = offset > standard ? dst : std;
  return { offset, abbreviation, iso: `${formatDay(day)}T${time}${formatIsoOffset(offset)}` };
}

function formatOffsetName(minutes) {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = abs % 60 ? String(abs % 60).padStart(2, '0') : '';
  return `${sign}${hh}${mm}`;
}

/** Django's JSON encoder writes +00:00 as Z. */
function formatIsoOffset(minutes) {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** 'HH:MM:SS' + minutes, wrapping past midnight. */
export function addMinutes(time, minutes) {
  const [h, m, s] = time.split(':').map(Number);
  const total = (((h * 60 + m + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}:${String(s || 0).padStart(2, '0')}`;
}
