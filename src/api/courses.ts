/**
 * Courses (`/api/courses/`): the search, one course by id, and the normalizer of their answers.
 * The course card and the course finder use it; the circle widgets do not load it.
 */
import { LIST_TTL_MS } from './cache.js';
import { cachedGet, requestedPage, type ApiCore, type CallOptions } from './core.js';
import type { Course, Page, RatingStepCounts } from './models.js';
import {
  LIMITS,
  TEXT_LIMITS,
  bool,
  bounded,
  ident,
  isObj,
  itemId,
  normalizePage,
  num,
  safeHttpUrl,
  str,
  strList,
  type RequestedPage,
} from './normalize.js';
import { courseSearchParams, type CourseQuery } from './params.js';

/** Courses matching `query` (one page; `limit` defaults to 20). */
export async function searchCourses(core: ApiCore, query: CourseQuery = {}, options: CallOptions = {}): Promise<Page<Course>> {
  const params = courseSearchParams(query);
  const url = core.apiUrl('courses/', params);
  const requested = requestedPage(params);
  return cachedGet(core, url, LIST_TTL_MS, false, options, (body) => normalizeCoursePage(body, requested, url));
}

/** One course by id (unlisted ones too), or null. */
export async function fetchCourse(core: ApiCore, id: number | string, options: CallOptions = {}): Promise<Course | null> {
  const params = courseSearchParams({ courseId: id, limit: 1 });
  if (!params.has('course_id')) return null;
  const url = core.apiUrl('courses/', params);
  const requested = requestedPage(params);
  const page = await cachedGet(core, url, LIST_TTL_MS, false, options, (body) => normalizeCoursePage(body, requested, url));
  const wanted = Number(params.get('course_id'));
  return page.items.find((c) => c.id === wanted) ?? null;
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

/** `/api/courses/` answer → Page<Course>. Throws ServerError on a malformed answer. */
export function normalizeCoursePage(body: unknown, requested: RequestedPage, url?: string): Page<Course> {
  const { body: _raw, ...rest } = normalizePage(body, requested, normalizeCourse, url);
  return rest;
}
