/**
 * Learning circles (`/api/learningcircles/`): the search, one circle by id, and the normalizer of
 * their answers. The finder, the circle card, the signup, the flyer, the team profile and the map
 * use it; the course widgets do not load it.
 */
import { LIST_TTL_MS } from './cache.js';
import { cachedGet, requestedPage, type ApiCore, type CallOptions } from './core.js';
import type { CirclePage, CircleStatus, LearningCircle } from './models.js';
import {
  LIMITS,
  TEXT_LIMITS,
  bool,
  bounded,
  coordinate,
  ident,
  isObj,
  itemId,
  normalizePage,
  num,
  optStr,
  safeHttpUrl,
  str,
  strList,
  type Obj,
  type RequestedPage,
} from './normalize.js';
import { circleSearchParams, type CircleQuery } from './params.js';

/** Learning circles matching `query` (one page; `limit` defaults to 20). */
export async function searchCircles(core: ApiCore, query: CircleQuery = {}, options: CallOptions = {}): Promise<CirclePage> {
  const params = circleSearchParams(query);
  const url = core.apiUrl('learningcircles/', params);
  const requested = requestedPage(params);
  return cachedGet(core, url, LIST_TTL_MS, false, options, (body) => normalizeCirclePage(body, requested, url));
}

/**
 * One circle by id (any circle, including drafts: check `canSignUp`), or null when none exists
 * or the id is not a whole number. It goes through the search, so it shares its cache.
 */
export async function fetchCircle(core: ApiCore, id: number | string, options: CallOptions = {}): Promise<LearningCircle | null> {
  const params = circleSearchParams({ id, limit: 1 });
  if (!params.has('id')) return null;
  const url = core.apiUrl('learningcircles/', params);
  const requested = requestedPage(params);
  const page = await cachedGet(core, url, LIST_TTL_MS, false, options, (body) => normalizeCirclePage(body, requested, url));
  const wanted = Number(params.get('id'));
  return page.items.find((c) => c.id === wanted) ?? null;
}

/** `HH:MM:SS` (or `HH:MM`) → `HH:MM`; null when malformed. */
export function toHourMinute(value: unknown): string | null {
  const m =
    typeof value === 'string' && value.length <= TEXT_LIMITS.code
      ? /^\s*(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*$/.exec(value)
      : null;
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Minutes from start to end, wrapping past midnight. */
export function durationMinutes(start: string | null, end: string | null): number | null {
  if (start === null || end === null) return null;
  return (((minutesOf(end) - minutesOf(start)) % 1440) + 1440) % 1440;
}

/** UTC offset in minutes of an ISO 8601 date-time (`…-05:00` → -300, `…Z` → 0); null if none. */
export function parseUtcOffsetMinutes(value: unknown): number | null {
  if (typeof value !== 'string' || value.length > TEXT_LIMITS.code) return null;
  const m = /T[\d:.]+(Z|([+-])(\d{2}):?(\d{2}))$/i.exec(value.trim());
  if (!m) return null;
  if (m[1]!.toUpperCase() === 'Z') return 0;
  const minutes = Number(m[3]) * 60 + Number(m[4]);
  // Real offsets run from -12:00 to +14:00; "+99:99" is no offset.
  if (Number(m[4]) > 59 || minutes > 14 * 60) return null;
  return m[2] === '-' ? -minutes : minutes;
}

const STATUSES: readonly CircleStatus[] = ['upcoming', 'in_progress', 'closed', 'completed'];

/** The server's UTC date (`YYYY-MM-DD`): status flips at 00:00 UTC. */
const todayUtc = (now: Date) => now.toISOString().slice(0, 10);

/**
 * `status` as the server computes it (p2pu-api.md §3.1.3), for servers that do not send it.
 * Uses `signup_open` (flag AND not ended) since the stored flag itself is not exposed.
 */
export function deriveStatus(raw: Obj, now = new Date()): CircleStatus {
  const today = todayUtc(now);
  const start = str(raw.start_date, TEXT_LIMITS.code);
  const end = str(raw.last_meeting_date, TEXT_LIMITS.code) || start;
  if (end !== '' && end < today) return 'completed';
  if (!bool(raw.signup_open)) return 'closed';
  return start !== '' && start > today ? 'upcoming' : 'in_progress';
}

/**
 * A raw circle → LearningCircle; null when it has no numeric id. Numbers are bounded ({@link LIMITS}),
 * text is cut ({@link TEXT_LIMITS}).
 */
export function normalizeCircle(raw: unknown, now = new Date()): LearningCircle | null {
  if (!isObj(raw)) return null;
  const id = itemId(raw.id);
  if (id === null) return null;
  const course = isObj(raw.course) ? raw.course : {};
  const rawLimit = raw.signup_limit;
  const limit = rawLimit === null || rawLimit === undefined ? null : num(rawLimit, NaN);
  // A limit beyond any room's size (`1e308`) limits nothing: no limit, rather than "1e308 seats left".
  const signupLimit =
    limit !== null && Number.isFinite(limit) && limit >= 1 && limit <= LIMITS.seats ? Math.floor(limit) : null;
  const signupCount = bounded(raw.signup_count, LIMITS.count);
  const isFull = signupLimit !== null && signupCount >= signupLimit;
  const seatsLeft = signupLimit === null ? null : Math.max(0, signupLimit - signupCount);
  const status = STATUSES.includes(raw.status as CircleStatus)
    ? (raw.status as CircleStatus)
    : deriveStatus(raw, now);
  const draft = bool(raw.draft);
  const signupOpen = bool(raw.signup_open);
  const meetingTime = toHourMinute(raw.meeting_time);
  const endTime = toHourMinute(raw.end_time);
  // an instant, not text to show: one too long to be a date-time is none
  const startDateTime = ident(raw.start_datetime, TEXT_LIMITS.code);

  return {
    id,
    name: str(raw.name),
    course: {
      id: itemId(course.id) ?? 0,
      title: str(course.title),
      provider: str(course.provider),
      link: safeHttpUrl(course.link),
      coursePageUrl: safeHttpUrl(course.course_page_url),
    },
    facilitator: str(raw.facilitator, TEXT_LIMITS.line),
    facilitators: strList(raw.facilitators),
    venue: str(raw.venue),
    venueAddress: str(raw.venue_address, TEXT_LIMITS.line),
    venueWebsite: safeHttpUrl(raw.venue_website),
    city: str(raw.city),
    region: str(raw.region),
    country: str(raw.country),
    countryEn: str(raw.country_en),
    latitude: coordinate(raw.latitude, 90),
    longitude: coordinate(raw.longitude, 180),
    online: bool(raw.online),
    language: str(raw.language, TEXT_LIMITS.code),
    day: str(raw.day, TEXT_LIMITS.code),
    startDate: str(raw.start_date, TEXT_LIMITS.code),
    startDateTime,
    utcOffsetMinutes: parseUtcOffsetMinutes(startDateTime),
    meetingTime,
    endTime,
    durationMinutes: durationMinutes(meetingTime, endTime),
    timeZone: str(raw.time_zone, TEXT_LIMITS.code),
    lastMeetingDate: str(raw.last_meeting_date, TEXT_LIMITS.code),
    weeks: bounded(raw.weeks, LIMITS.meetings),
    nextMeetingDate: ident(raw.next_meeting_date, TEXT_LIMITS.code),
    url: safeHttpUrl(raw.url),
    reportUrl: safeHttpUrl(raw.report_url),
    imageUrl: safeHttpUrl(raw.image_url),
    signupQuestion: optStr(raw.signup_question, TEXT_LIMITS.question),
    draft,
    signupOpen,
    signupLimit,
    signupCount,
    seatsLeft,
    isFull,
    status,
    canSignUp: signupOpen && !draft && !isFull && (status === 'upcoming' || status === 'in_progress'),
  };
}

/** `/api/learningcircles/` answer → CirclePage. Throws ServerError on a malformed answer. */
export function normalizeCirclePage(
  body: unknown,
  requested: RequestedPage,
  url?: string,
  now = new Date(),
): CirclePage {
  const { body: raw, ...rest } = normalizePage(body, requested, (r) => normalizeCircle(r, now), url);
  return {
    ...rest,
    signupOpenCount: bounded(raw.signup_open_count, LIMITS.count),
    signupClosedCount: bounded(raw.signup_closed_count, LIMITS.count),
  };
}
