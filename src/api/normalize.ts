/**
 * Raw API answers → normalized models. THE one place that knows the server's quirks (p2pu-api.md
 * §5, §6): decimal strings, the JSON string inside `rating_step_counts`, duplicate items, missing
 * optional keys, fields older servers lack, URLs that may be anything.
 *
 * It also bounds everything (see {@link LIMITS} and {@link TEXT_LIMITS}): numbers are clamped, lists
 * and pages cut, text cut with an ellipsis, identifiers too long to be real dropped. A wrong or
 * hostile answer can then neither freeze a page (`weeks: 1e308`, 5,000 items for a page of 12) nor
 * print 309-digit counts, and the client runs these functions before anything is cached.
 *
 * What only one widget reads (teams: ./teams.ts, the circle map: ./circle-map.ts) is normalized
 * beside its fetch, with the helpers exported here, so the shared client chunk does not carry it.
 */
import { MAX_MEETINGS } from './dates.js';
import { ServerError } from './errors.js';
import type {
  CirclePage,
  CircleStatus,
  CircleTopic,
  City,
  Course,
  CourseLanguage,
  CourseTopic,
  LearningCircle,
  Page,
  RatingStepCounts,
  SignupRequest,
} from './models.js';
import type { RawSignupBody } from './types.js';

/**
 * Bounds for the numbers and lists of an answer. Numbers outside are clamped, longer lists cut.
 */
export const LIMITS = {
  /** Meetings of one circle (`weeks`): two years of weekly meetings; P2PU circles run for weeks. */
  meetings: MAX_MEETINGS,
  /**
   * Any count: results (`count`, the open/closed tab counts), signups, ratings, circles using a
   * course, offsets. P2PU has run a few thousand circles in all; a million leaves room to grow and
   * still prints as a short number.
   */
  count: 1_000_000,
  /** A circle's seat limit; a larger `signup_limit` is no real limit (null). */
  seats: 10_000,
  /** Most items kept from one page, and never more than the request's `limit` (the finders ask for at most 100). */
  pageItems: 1_000,
  /** Entries of a lookup list (topics, cities, course topics, languages, teams). */
  lookupItems: 2_000,
  /** Entries of a list inside one item (facilitators, a course's keywords and topics). */
  itemList: 50,
  /** Pins of one map (`/api/learning-circles-map/` lists every circle P2PU has published). */
  mapItems: 5_000,
} as const;

/**
 * Longest text shown per kind of field, in UTF-16 code units; longer text is cut with "…"
 * ({@link capText}). Identifiers sent back to the server as filters (a city's value, a topic's
 * keyword or slug, a language code) are dropped instead when longer: a cut one would match nothing.
 */
export const TEXT_LIMITS = {
  /** Circle name, course title, venue, a facilitator's name, a city or topic label. */
  name: 300,
  /** Venue address, the facilitators line ("Maya, Tom and Ana"). */
  line: 500,
  /** The facilitator's signup question. */
  question: 1_000,
  /** Course caption. */
  description: 3_000,
  /** Codes, dates and times (`en`, `Tuesday`, `2026-05-05`, `CDT`). */
  code: 64,
  /** A URL (longer ones are dropped: a cut URL leads nowhere). */
  url: 2_048,
} as const;

/**
 * `text` cut to at most `max` UTF-16 code units, ending in "…" when it was cut; never cuts a
 * surrogate pair in two (an emoji stays whole or goes) and leaves no dangling zero-width joiner.
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // its low surrogate would be cut off: leave both out
  return `${text.slice(0, end).replace(/[\u200d\s]+$/u, '')}…`;
}

type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown, max: number = TEXT_LIMITS.name): string =>
  capText(typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '', max);
const optStr = (v: unknown, max: number = TEXT_LIMITS.name): string | null =>
  typeof v === 'string' && v.trim() !== '' ? capText(v, max) : null;
/** A non-blank string no longer than `max` (an identifier), or null. */
export const ident = (v: unknown, max: number = TEXT_LIMITS.name): string | null =>
  typeof v === 'string' && v.trim() !== '' && v.length <= max ? v : null;
const bool = (v: unknown): boolean => v === true;
const strList = (v: unknown, max: number = TEXT_LIMITS.name): string[] =>
  Array.isArray(v)
    ? v
        .filter((s): s is string => typeof s === 'string' && s.trim() !== '')
        .slice(0, LIMITS.itemList)
        .map((s) => capText(s, max))
    : [];

function num(v: unknown, fallback: number): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.length <= 32 && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) {
    const n = Number(v);
    return Number.isFinite(n) ? n : fallback;
  }
  return fallback;
}

/** A whole number from `v` clamped to `min`…`max`; `fallback` when `v` is not a number. */
export function bounded(v: unknown, max: number, fallback = 0, min = 0): number {
  const n = num(v, NaN);
  return Number.isNaN(n) ? fallback : Math.min(max, Math.max(min, Math.floor(n)));
}

/** A circle's or course's id: a whole number ≥ 0 that survives a round trip through a URL. */
export function itemId(v: unknown): number | null {
  const id = num(v, NaN);
  return Number.isSafeInteger(id) && id >= 0 ? id : null;
}

export function unexpected(what: string, url?: string): ServerError {
  return new ServerError(`The P2PU answer was unexpected (${what})`, null, '', { url, retryable: true });
}

/**
 * `value` when it is an absolute `http:` or `https:` URL (normalized by the URL parser), otherwise
 * null: empty, relative, `javascript:`, `data:`, other schemes, garbage.
 */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > TEXT_LIMITS.url * 2) return null;
  const trimmed = value.trim();
  if (!/^https?:\/\/[^/\\\s]/i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
    return url.href.length <= TEXT_LIMITS.url ? url.href : null;
  } catch {
    return null;
  }
}

/** A decimal string (`"-33.924870"`) or number → number; null, empty or garbage → null. */
export function parseDecimal(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.length > 40 || !/^\s*[-+]?(\d+\.?\d*|\.\d+)\s*$/.test(value)) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * `rating_step_counts` (a JSON string such as `"{\"1\": 0, \"5\": 14}"`) → counts for 1…5 stars;
 * null when `"{}"`, invalid, or without any star key.
 */
export function parseRatingStepCounts(value: unknown): RatingStepCounts | null {
  let data: unknown = value;
  if (typeof value === 'string') {
    if (value.length > 1_000) return null; // five small counts; anything longer is not them
    try {
      data = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!isObj(data)) return null;
  const counts: RatingStepCounts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let found = false;
  for (const star of [1, 2, 3, 4, 5] as const) {
    const n = num(data[String(star)], NaN);
    if (Number.isFinite(n) && n >= 0) {
      counts[star] = Math.min(LIMITS.count, Math.floor(n));
      found = true;
    }
  }
  return found ? counts : null;
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

/** A latitude or longitude within `max` degrees either way, or null. */
export function coordinate(value: unknown, max: number): number | null {
  const n = parseDecimal(value);
  return n !== null && Math.abs(n) <= max ? n : null;
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

/** A raw course → Course; null when it has no numeric id. Numbers bounded, text cut. */
export function normalizeCourse(raw: unknown): Course | null {
  if (!isObj(raw)) return null;
  const id = itemId(raw.id);
  if (id === null) return null;
  const overall = num(raw.overall_rating, 0);
  return {
    id,
    title: str(raw.title),
    format: str(raw.format, TEXT_LIMITS.code) || 'Unknown',
    provider: str(raw.provider),
    creator: str(raw.creator) || str(raw.provider),
    link: safeHttpUrl(raw.link),
    caption: str(raw.caption, TEXT_LIMITS.description),
    onDemand: bool(raw.on_demand),
    keywords: strList(raw.keywords).map((k) => k.trim()),
    topics: strList(raw.topics),
    language: str(raw.language, TEXT_LIMITS.code),
    languageDisplay: str(raw.language_display) || str(raw.language, TEXT_LIMITS.code),
    rating: overall > 0 ? Math.min(5, overall) : null,
    totalRatings: bounded(raw.total_ratings, LIMITS.count),
    ratingStepCounts: parseRatingStepCounts(raw.rating_step_counts),
    coursePageUrl: safeHttpUrl(raw.course_page_url),
    createdAt: ident(raw.created_at, TEXT_LIMITS.code),
    unlisted: bool(raw.unlisted),
    learningCircles: bounded(raw.learning_circles, LIMITS.count),
  };
}

/**
 * The first `max` items normalized, invalid ones dropped, duplicates by id removed (first wins);
 * the rest of the list is not even looked at.
 */
export function uniqueItems<T extends { id: number }>(
  items: unknown[],
  normalize: (raw: unknown) => T | null,
  max: number,
): T[] {
  const seen = new Set<number>();
  const out: T[] = [];
  for (let i = 0; i < items.length && out.length < max; i++) {
    const item = normalize(items[i]);
    if (item && !seen.has(item.id)) {
      seen.add(item.id);
      out.push(item);
    }
  }
  return out;
}

/** The paging the client asked for: the page is read against it, not against what the answer claims. */
export interface RequestedPage {
  limit: number;
  offset: number;
}

/**
 * A list answer → a bounded page: at most the requested `limit` items (never more than
 * {@link LIMITS.pageItems}), `offset` and `limit` as requested, `count` clamped to
 * {@link LIMITS.count} and at least what this page shows, `hasMore` only while the server still
 * sends items. So "Load more" always moves on, and ends.
 */
function page<T extends { id: number }>(
  body: unknown,
  requested: RequestedPage,
  normalize: (raw: unknown) => T | null,
  url?: string,
): Page<T> & { body: Obj } {
  if (!isObj(body)) throw unexpected('not an object', url);
  if (!Array.isArray(body.items)) throw unexpected('no list of items', url);
  const limit = bounded(requested.limit, LIMITS.pageItems, LIMITS.pageItems, 1);
  const offset = bounded(requested.offset, LIMITS.count);
  const items = uniqueItems(body.items, normalize, limit);
  // what the server sent for this page, duplicates included (they count in its `count` too)
  const sent = Math.min(body.items.length, limit);
  const count = Math.max(Math.min(LIMITS.count, offset + items.length), bounded(body.count, LIMITS.count, sent));
  return { items, count, offset, limit, hasMore: sent > 0 && offset + sent < count, body };
}

/** `/api/learningcircles/` answer → CirclePage. Throws ServerError on a malformed answer. */
export function normalizeCirclePage(
  body: unknown,
  requested: RequestedPage,
  url?: string,
  now = new Date(),
): CirclePage {
  const { body: raw, ...rest } = page(body, requested, (r) => normalizeCircle(r, now), url);
  return {
    ...rest,
    signupOpenCount: bounded(raw.signup_open_count, LIMITS.count),
    signupClosedCount: bounded(raw.signup_closed_count, LIMITS.count),
  };
}

/** `/api/courses/` answer → Page<Course>. Throws ServerError on a malformed answer. */
export function normalizeCoursePage(body: unknown, requested: RequestedPage, url?: string): Page<Course> {
  const { body: _raw, ...rest } = page(body, requested, normalizeCourse, url);
  return rest;
}

function dictionary(body: unknown, key: string, url?: string): Obj {
  if (!isObj(body) || !isObj(body[key])) throw unexpected(`no "${key}" object`, url);
  return body[key] as Obj;
}

const collator = () => new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * `/api/learningcircles/topics/` → keywords, most used first, then by name; at most
 * {@link LIMITS.lookupItems} (the most used), none longer than a name.
 */
export function normalizeCircleTopics(body: unknown, url?: string): CircleTopic[] {
  const cmp = collator();
  return Object.entries(dictionary(body, 'topics', url))
    .filter(([keyword]) => ident(keyword) !== null)
    .map(([keyword, count]) => ({ keyword, count: bounded(count, LIMITS.count) }))
    .sort((a, b) => b.count - a.count || cmp.compare(a.keyword, b.keyword))
    .slice(0, LIMITS.lookupItems);
}

/** `/api/learningcircles/cities/` → cities, de-duplicated by value, sorted by name. */
export function normalizeCities(body: unknown, url?: string): City[] {
  if (!isObj(body) || !Array.isArray(body.items)) throw unexpected('no list of cities', url);
  const seen = new Set<string>();
  const out: City[] = [];
  for (const item of body.items) {
    if (out.length >= LIMITS.lookupItems) break;
    if (!isObj(item)) continue;
    const value = ident(item.value);
    if (value === null || seen.has(value)) continue;
    seen.add(value);
    out.push({ value, label: optStr(item.label) ?? value });
  }
  const cmp = collator();
  return out.sort((a, b) => cmp.compare(a.label, b.label));
}

/** `/api/courses/topics/` → topic guides sorted by title. */
export function normalizeCourseTopics(body: unknown, url?: string): CourseTopic[] {
  const cmp = collator();
  return Object.entries(dictionary(body, 'topics', url))
    .filter(([slug]) => ident(slug) !== null)
    .slice(0, LIMITS.lookupItems)
    .map(([slug, title]) => ({ slug, title: optStr(title) ?? slug }))
    .sort((a, b) => cmp.compare(a.title, b.title));
}

/** `/api/courses/languages/` (random order) → languages sorted by English name. */
export function normalizeCourseLanguages(body: unknown, url?: string): CourseLanguage[] {
  if (!isObj(body) || !Array.isArray(body.languages)) throw unexpected('no list of languages', url);
  const seen = new Set<string>();
  const out: CourseLanguage[] = [];
  for (const item of body.languages) {
    if (out.length >= LIMITS.lookupItems) break;
    if (!isObj(item)) continue;
    const code = ident(item.code, TEXT_LIMITS.code);
    if (code === null || seen.has(code)) continue;
    seen.add(code);
    const name = optStr(item.name) ?? code;
    out.push({
      code,
      name,
      nameLocal: optStr(item.name_local) ?? name,
      nameTranslated: optStr(item.name_translated) ?? name,
      bidi: bool(item.bidi),
    });
  }
  const cmp = collator();
  return out.sort((a, b) => cmp.compare(a.name, b.name) || cmp.compare(a.code, b.code));
}

/** The server stores at most 128 characters of a name; more is an HTTP 500. */
export const MAX_NAME_LENGTH = 128;

/** What a learner typed, as a string (never cut here: only answers from the API are). */
const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/**
 * SignupRequest → the JSON body of `POST /api/signup/`. Trims text, cuts the name to 128
 * characters, drops an empty mobile and an empty custom answer, strips spaces, dashes, dots and
 * brackets from the mobile number (`+1 (217) 555-0142` → `+12175550142`).
 */
export function toSignupBody(request: SignupRequest): RawSignupBody {
  const questions = request.signupQuestions ?? { goals: '', support: '' };
  const body: RawSignupBody = {
    learning_circle: request.learningCircle,
    name: Array.from(text(request.name).trim()).slice(0, MAX_NAME_LENGTH).join(''),
    email: text(request.email).trim(),
    communications_opt_in: request.communicationsOptIn === true,
    consent: request.consent === true,
    signup_questions: {
      goals: text(questions.goals).trim(),
      support: text(questions.support).trim(),
    },
  };
  const mobile = text(request.mobile).replace(/[\s().-]/g, '');
  if (mobile !== '') body.mobile = mobile;
  const custom = text(questions.customQuestion).trim();
  if (custom !== '') body.signup_questions.custom_question = custom;
  return body;
}
