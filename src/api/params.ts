/**
 * Query building for `/api/learningcircles/` and `/api/courses/`.
 *
 * Rules (p2pu-api.md §1.3, §1.8, §1.9, §3.1.2): never send an empty parameter (several give HTTP
 * 500), always send `limit` (without it the server returns every match), never a negative
 * `limit`/`offset`, never a `q` made only of the server's separator characters, lists
 * comma-joined in one parameter. Parameters are added in a fixed order so identical queries give
 * identical URLs (one cache entry, one JSONP callback name).
 */

/** Page size used when a query gives no `limit`. */
export const DEFAULT_PAGE_SIZE = 20;

/** Weekday in OUR model: 0 = Monday … 5 = Saturday, 6 = Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type CircleOrder =
  | 'name'
  | 'start_date'
  | 'created_at'
  | 'first_meeting_date'
  | 'last_meeting_date';

export type CircleScope = 'active' | 'upcoming' | 'current' | 'completed';

export interface CircleQuery {
  /** Full-text prefix search; trimmed, dropped when only punctuation. */
  q?: string | null;
  /** Course keywords from `circleTopics()` (substring match, ORed). */
  topics?: readonly string[] | null;
  /** Weekday of the first meeting, 0 = Monday … 6 = Sunday (ORed). */
  weekdays?: readonly number[] | null;
  /** Bounding-box search: sent only when both latitude and longitude are finite numbers. */
  latitude?: number | null;
  longitude?: number | null;
  /** Half-width of the box in km (server default 50). */
  distanceKm?: number | null;
  /** Exact, case-sensitive city name from `cities()`. */
  city?: string | null;
  teamId?: number | string | null;
  courseId?: number | string | null;
  id?: number | string | null;
  signup?: 'open' | 'closed' | null;
  /** true: not ended yet; false: ended. */
  active?: boolean | null;
  scope?: CircleScope | null;
  /** true: online only; false: in person only. */
  online?: boolean | null;
  order?: CircleOrder | null;
  limit?: number | null;
  offset?: number | null;
}

export type CourseOrder = 'title' | 'usage' | 'overall_rating' | 'created_at';

export interface CourseQuery {
  q?: string | null;
  /** Topic-guide slugs from `courseTopics()` (ORed). */
  topics?: readonly string[] | null;
  /** Language codes from `courseLanguages()` (ORed). */
  languages?: readonly string[] | null;
  order?: CourseOrder | null;
  limit?: number | null;
  offset?: number | null;
  courseId?: number | string | null;
}

/**
 * Our weekday (0 = Mon … 6 = Sun) → the value the server's `weekdays` filter needs.
 *
 * THE ONLY PLACE this mapping lives. The server compares `(value + 2 % 7)` against PostgreSQL's
 * day-of-week, so `6` (Sunday) never matches and `-1` does (p2pu-api.md §5.8). Monday–Saturday
 * pass through unchanged. When upstream fixes the bug, change Sunday here to 6.
 */
export function serverWeekday(day: Weekday): number {
  return day === 6 ? -1 : day;
}

/** The characters the server turns into spaces in `q` (plus any whitespace). */
const Q_SEPARATORS = /^[\s!'()|&:=,.\-<>@]*$/;

/** Trimmed search text, or null when nothing searchable is left (empty or separators only). */
export function cleanSearchText(q: string | null | undefined): string | null {
  if (typeof q !== 'string') return null;
  const trimmed = q.trim();
  if (trimmed === '' || Q_SEPARATORS.test(trimmed)) return null;
  return trimmed;
}

/** A non-negative integer id as a string, or null (the server answers 500 to anything else). */
function cleanId(value: number | string | null | undefined): string | null {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 ? String(value) : null;
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return /^\d{1,15}$/.test(trimmed) ? String(Number(trimmed)) : null;
  }
  return null;
}

/** Non-empty, trimmed, de-duplicated entries joined with commas; null when none. */
function cleanList(values: readonly unknown[] | null | undefined): string | null {
  if (!Array.isArray(values)) return null;
  const seen = new Set<string>();
  for (const v of values) {
    if (typeof v !== 'string' && typeof v !== 'number') continue;
    const s = String(v).trim();
    if (s !== '') seen.add(s);
  }
  return seen.size > 0 ? [...seen].join(',') : null;
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** `limit` clamped to a whole number ≥ 1 (default {@link DEFAULT_PAGE_SIZE}). */
export function clampLimit(limit: number | null | undefined): number {
  if (!finite(limit)) return DEFAULT_PAGE_SIZE;
  return Math.max(1, Math.floor(limit));
}

/** `offset` clamped to a whole number ≥ 0. */
export function clampOffset(offset: number | null | undefined): number {
  if (!finite(offset)) return 0;
  return Math.max(0, Math.floor(offset));
}

function setPaging(params: URLSearchParams, limit?: number | null, offset?: number | null) {
  params.set('limit', String(clampLimit(limit)));
  const o = clampOffset(offset);
  if (o > 0) params.set('offset', String(o));
}

/** Query parameters for `/api/learningcircles/`. */
export function circleSearchParams(query: CircleQuery = {}): URLSearchParams {
  const p = new URLSearchParams();
  const id = cleanId(query.id);
  if (id !== null) p.set('id', id);
  const q = cleanSearchText(query.q);
  if (q !== null) p.set('q', q);
  // The server lower-cases keywords and matches case-insensitively: one spelling, one cache entry.
  const topics = cleanList(Array.isArray(query.topics) ? query.topics.map((t) => String(t).toLowerCase()) : null);
  if (topics !== null) p.set('topics', topics);
  if (Array.isArray(query.weekdays)) {
    const days = [...new Set(query.weekdays)]
      .filter((d): d is Weekday => Number.isInteger(d) && d >= 0 && d <= 6)
      .sort((a, b) => a - b)
      .map(serverWeekday);
    if (days.length > 0) p.set('weekdays', days.join(','));
  }
  if (finite(query.latitude) && finite(query.longitude)) {
    p.set('latitude', String(query.latitude));
    p.set('longitude', String(query.longitude));
    if (finite(query.distanceKm) && query.distanceKm >= 0) p.set('distance', String(query.distanceKm));
  }
  if (typeof query.city === 'string' && query.city.trim() !== '') p.set('city', query.city);
  const teamId = cleanId(query.teamId);
  if (teamId !== null) p.set('team_id', teamId);
  const courseId = cleanId(query.courseId);
  if (courseId !== null) p.set('course_id', courseId);
  if (query.signup === 'open' || query.signup === 'closed') p.set('signup', query.signup);
  if (typeof query.active === 'boolean') p.set('active', String(query.active));
  if (query.scope) p.set('scope', query.scope);
  if (typeof query.online === 'boolean') p.set('online', String(query.online));
  if (query.order) p.set('order', query.order);
  setPaging(p, query.limit, query.offset);
  return p;
}

/** Query parameters for `/api/courses/`. */
export function courseSearchParams(query: CourseQuery = {}): URLSearchParams {
  const p = new URLSearchParams();
  const courseId = cleanId(query.courseId);
  if (courseId !== null) p.set('course_id', courseId);
  const q = cleanSearchText(query.q);
  if (q !== null) p.set('q', q);
  const topics = cleanList(query.topics);
  if (topics !== null) p.set('topics', topics);
  const languages = cleanList(query.languages);
  if (languages !== null) p.set('languages', languages);
  if (query.order) p.set('order', query.order);
  setPaging(p, query.limit, query.offset);
  return p;
}
