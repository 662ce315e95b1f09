/**
 * Raw API answers → normalized models. THE one place that knows the server's quirks (p2pu-api.md
 * §5, §6): decimal strings, the JSON string inside `rating_step_counts`, duplicate items, missing
 * optional keys, fields older servers lack, URLs that may be anything.
 */
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

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const optStr = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const bool = (v: unknown): boolean => v === true;
const strList = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];

function num(v: unknown, fallback: number): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return fallback;
}

function unexpected(what: string, url?: string): ServerError {
  return new ServerError(`The P2PU answer was unexpected (${what})`, null, '', { url, retryable: true });
}

/**
 * `value` when it is an absolute `http:` or `https:` URL (normalized by the URL parser), otherwise
 * null: empty, relative, `javascript:`, `data:`, other schemes, garbage.
 */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!/^https?:\/\/[^/\\\s]/i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
    return url.href;
  } catch {
    return null;
  }
}

/** A decimal string (`"-33.924870"`) or number → number; null, empty or garbage → null. */
export function parseDecimal(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || !/^\s*[-+]?(\d+\.?\d*|\.\d+)\s*$/.test(value)) return null;
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
      counts[star] = Math.floor(n);
      found = true;
    }
  }
  return found ? counts : null;
}

/** `HH:MM:SS` (or `HH:MM`) → `HH:MM`; null when malformed. */
export function toHourMinute(value: unknown): string | null {
  const m = typeof value === 'string' ? /^\s*(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*$/.exec(value) : null;
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
  if (typeof value !== 'string') return null;
  const m = /T[\d:.]+(Z|([+-])(\d{2}):?(\d{2}))$/i.exec(value.trim());
  if (!m) return null;
  if (m[1]!.toUpperCase() === 'Z') return 0;
  const minutes = Number(m[3]) * 60 + Number(m[4]);
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
  const start = str(raw.start_date);
  const end = str(raw.last_meeting_date) || start;
  if (end !== '' && end < today) return 'completed';
  if (!bool(raw.signup_open)) return 'closed';
  return start !== '' && start > today ? 'upcoming' : 'in_progress';
}

/** A raw circle → LearningCircle; null when it has no numeric id. */
export function normalizeCircle(raw: unknown, now = new Date()): LearningCircle | null {
  if (!isObj(raw)) return null;
  const id = num(raw.id, NaN);
  if (!Number.isInteger(id)) return null;
  const course = isObj(raw.course) ? raw.course : {};
  const rawLimit = raw.signup_limit;
  const limit = rawLimit === null || rawLimit === undefined ? null : num(rawLimit, NaN);
  const signupLimit = limit !== null && Number.isFinite(limit) && limit > 0 ? Math.floor(limit) : null;
  const signupCount = Math.max(0, Math.floor(num(raw.signup_count, 0)));
  const isFull = signupLimit !== null && signupCount >= signupLimit;
  const seatsLeft = signupLimit === null ? null : Math.max(0, signupLimit - signupCount);
  const status = STATUSES.includes(raw.status as CircleStatus)
    ? (raw.status as CircleStatus)
    : deriveStatus(raw, now);
  const draft = bool(raw.draft);
  const signupOpen = bool(raw.signup_open);
  const meetingTime = toHourMinute(raw.meeting_time);
  const endTime = toHourMinute(raw.end_time);
  const startDateTime = optStr(raw.start_datetime);

  return {
    id,
    name: str(raw.name),
    course: {
      id: num(course.id, 0),
      title: str(course.title),
      provider: str(course.provider),
      link: safeHttpUrl(course.link),
      coursePageUrl: safeHttpUrl(course.course_page_url),
    },
    facilitator: str(raw.facilitator),
    facilitators: strList(raw.facilitators),
    venue: str(raw.venue),
    venueAddress: str(raw.venue_address),
    venueWebsite: safeHttpUrl(raw.venue_website),
    city: str(raw.city),
    region: str(raw.region),
    country: str(raw.country),
    countryEn: str(raw.country_en),
    latitude: parseDecimal(raw.latitude),
    longitude: parseDecimal(raw.longitude),
    online: bool(raw.online),
    language: str(raw.language),
    day: str(raw.day),
    startDate: str(raw.start_date),
    startDateTime,
    utcOffsetMinutes: parseUtcOffsetMinutes(startDateTime),
    meetingTime,
    endTime,
    durationMinutes: durationMinutes(meetingTime, endTime),
    timeZone: str(raw.time_zone),
    lastMeetingDate: str(raw.last_meeting_date),
    weeks: Math.max(0, Math.floor(num(raw.weeks, 0))),
    nextMeetingDate: optStr(raw.next_meeting_date),
    url: safeHttpUrl(raw.url),
    reportUrl: safeHttpUrl(raw.report_url),
    imageUrl: safeHttpUrl(raw.image_url),
    signupQuestion: optStr(raw.signup_question),
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

/** A raw course → Course; null when it has no numeric id. */
export function normalizeCourse(raw: unknown): Course | null {
  if (!isObj(raw)) return null;
  const id = num(raw.id, NaN);
  if (!Number.isInteger(id)) return null;
  const overall = num(raw.overall_rating, 0);
  return {
    id,
    title: str(raw.title),
    format: str(raw.format) || 'Unknown',
    provider: str(raw.provider),
    creator: str(raw.creator) || str(raw.provider),
    link: safeHttpUrl(raw.link),
    caption: str(raw.caption),
    onDemand: bool(raw.on_demand),
    keywords: strList(raw.keywords).map((k) => k.trim()),
    topics: strList(raw.topics),
    language: str(raw.language),
    languageDisplay: str(raw.language_display) || str(raw.language),
    rating: overall > 0 ? Math.min(5, overall) : null,
    totalRatings: Math.max(0, Math.floor(num(raw.total_ratings, 0))),
    ratingStepCounts: parseRatingStepCounts(raw.rating_step_counts),
    coursePageUrl: safeHttpUrl(raw.course_page_url),
    createdAt: optStr(raw.created_at),
    unlisted: bool(raw.unlisted),
    learningCircles: Math.max(0, Math.floor(num(raw.learning_circles, 0))),
  };
}

/** Items normalized, invalid ones dropped, duplicates by id removed (first wins). */
function uniqueItems<T extends { id: number }>(items: unknown[], normalize: (raw: unknown) => T | null): T[] {
  const seen = new Set<number>();
  const out: T[] = [];
  for (const raw of items) {
    const item = normalize(raw);
    if (item && !seen.has(item.id)) {
      seen.add(item.id);
      out.push(item);
    }
  }
  return out;
}

export interface RequestedPage {
  limit: number;
  offset: number;
}

function page<T extends { id: number }>(
  body: unknown,
  requested: RequestedPage,
  normalize: (raw: unknown) => T | null,
  url?: string,
): Page<T> & { body: Obj } {
  if (!isObj(body)) throw unexpected('not an object', url);
  if (!Array.isArray(body.items)) throw unexpected('no list of items', url);
  const items = uniqueItems(body.items, normalize);
  const offset = Math.max(0, Math.floor(num(body.offset, requested.offset)));
  const limit = Math.max(0, Math.floor(num(body.limit, requested.limit)));
  const count = Math.max(0, Math.floor(num(body.count, body.items.length)));
  return { items, count, offset, limit, hasMore: offset + body.items.length < count, body };
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
    signupOpenCount: Math.max(0, Math.floor(num(raw.signup_open_count, 0))),
    signupClosedCount: Math.max(0, Math.floor(num(raw.signup_closed_count, 0))),
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

/** `/api/learningcircles/topics/` → keywords, most used first, then by name. */
export function normalizeCircleTopics(body: unknown, url?: string): CircleTopic[] {
  const cmp = collator();
  return Object.entries(dictionary(body, 'topics', url))
    .filter(([keyword]) => keyword.trim() !== '')
    .map(([keyword, count]) => ({ keyword, count: Math.max(0, Math.floor(num(count, 0))) }))
    .sort((a, b) => b.count - a.count || cmp.compare(a.keyword, b.keyword));
}

/** `/api/learningcircles/cities/` → cities, de-duplicated by value, sorted by name. */
export function normalizeCities(body: unknown, url?: string): City[] {
  if (!isObj(body) || !Array.isArray(body.items)) throw unexpected('no list of cities', url);
  const seen = new Set<string>();
  const out: City[] = [];
  for (const item of body.items) {
    if (!isObj(item)) continue;
    const value = optStr(item.value);
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
    .filter(([slug]) => slug.trim() !== '')
    .map(([slug, title]) => ({ slug, title: optStr(title) ?? slug }))
    .sort((a, b) => cmp.compare(a.title, b.title));
}

/** `/api/courses/languages/` (random order) → languages sorted by English name. */
export function normalizeCourseLanguages(body: unknown, url?: string): CourseLanguage[] {
  if (!isObj(body) || !Array.isArray(body.languages)) throw unexpected('no list of languages', url);
  const seen = new Set<string>();
  const out: CourseLanguage[] = [];
  for (const item of body.languages) {
    if (!isObj(item)) continue;
    const code = optStr(item.code);
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

/**
 * SignupRequest → the JSON body of `POST /api/signup/`. Trims text, cuts the name to 128
 * characters, drops an empty mobile and an empty custom answer, strips spaces, dashes, dots and
 * brackets from the mobile number (`+1 (217) 555-0142` → `+12175550142`).
 */
export function toSignupBody(request: SignupRequest): RawSignupBody {
  const questions = request.signupQuestions ?? { goals: '', support: '' };
  const body: RawSignupBody = {
    learning_circle: request.learningCircle,
    name: Array.from(str(request.name).trim()).slice(0, MAX_NAME_LENGTH).join(''),
    email: str(request.email).trim(),
    communications_opt_in: request.communicationsOptIn === true,
    consent: request.consent === true,
    signup_questions: {
      goals: str(questions.goals).trim(),
      support: str(questions.support).trim(),
    },
  };
  const mobile = str(request.mobile).replace(/[\s().-]/g, '');
  if (mobile !== '') body.mobile = mobile;
  const custom = str(questions.customQuestion).trim();
  if (custom !== '') body.signup_questions.custom_question = custom;
  return body;
}
