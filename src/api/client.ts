/**
 * The P2PU API client: every resource as a method. One shared instance per endpoint + transport per
 * page (`getClient`), one page-wide cache (`cache.ts`), normalized answers, typed errors
 * (`errors.ts`).
 *
 * Each method delegates to its resource's function (`circles.ts`, `courses.ts`, the lookups,
 * `signup.ts`), which takes the core (`core.ts`). The widgets call those functions with the core
 * themselves, so a page loads only the resources it uses; importing this class loads them all.
 */
import { fetchCities, fetchCircleTopics } from './circle-lookups.js';
import { fetchCircle, searchCircles } from './circles.js';
import { ApiCore, forgetSharedCores, sharedCore, type CallOptions, type ClientOptions } from './core.js';
import { fetchCourseLanguages, fetchCourseTopics } from './course-lookups.js';
import { fetchCourse, searchCourses } from './courses.js';
import type {
  CirclePage,
  CircleTopic,
  City,
  Course,
  CourseLanguage,
  CourseTopic,
  LearningCircle,
  Page,
  SignupRequest,
} from './models.js';
import type { CircleQuery, CourseQuery } from './params.js';
import { canPostSignup, forgetCorsProbes, postSignup } from './signup.js';

export { DEFAULT_ENDPOINT, normalizeEndpoint, type CallOptions, type ClientOptions } from './core.js';

export class P2puClient extends ApiCore {
  /** Learning circles matching `query` (one page; `limit` defaults to 20). */
  searchCircles(query: CircleQuery = {}, options: CallOptions = {}): Promise<CirclePage> {
    return searchCircles(this, query, options);
  }

  /**
   * One circle by id (any circle, including drafts: check `canSignUp`), or null when none exists
   * or the id is not a whole number.
   */
  getCircle(id: number | string, options: CallOptions = {}): Promise<LearningCircle | null> {
    return fetchCircle(this, id, options);
  }

  /** Keywords for the circle topic filter, most used first. Cached for an hour (also in localStorage). */
  circleTopics(options: CallOptions = {}): Promise<CircleTopic[]> {
    return fetchCircleTopics(this, options);
  }

  /** Cities for the circle city filter, sorted. Cached for an hour (also in localStorage). */
  cities(options: CallOptions = {}): Promise<City[]> {
    return fetchCities(this, options);
  }

  /** Courses matching `query` (one page; `limit` defaults to 20). */
  searchCourses(query: CourseQuery = {}, options: CallOptions = {}): Promise<Page<Course>> {
    return searchCourses(this, query, options);
  }

  /** One course by id (unlisted ones too), or null. */
  getCourse(id: number | string, options: CallOptions = {}): Promise<Course | null> {
    return fetchCourse(this, id, options);
  }

  /** Topic guides for the course topic filter, sorted by title. Cached for an hour. */
  courseTopics(options: CallOptions = {}): Promise<CourseTopic[]> {
    return fetchCourseTopics(this, options);
  }

  /** Course languages sorted by English name. Cached for an hour. */
  courseLanguages(options: CallOptions = {}): Promise<CourseLanguage[]> {
    return fetchCourseLanguages(this, options);
  }

  /**
   * Signs a learner up (`POST /api/signup/`, always fetch, never cached). Resolves `'created'` only
   * for `{"status":"created"}`. Rejects with ValidationError (`fields`), ServerError (a 5xx has
   * `maybeCreated: true`), NetworkError (for instance CORS: check {@link canPostSignup} first),
   * TimeoutError (`maybeCreated: true`) or the abort reason.
   *
   * The server checks nothing about open/closed/full/draft: only call this when the circle's
   * `canSignUp` is true.
   */
  signup(request: SignupRequest, options: CallOptions = {}): Promise<'created'> {
    return postSignup(this, request, options);
  }

  /**
   * Whether this page can POST a signup to the endpoint and read the answer: true when the endpoint
   * is same-origin, or production and the page is on P2PU's CORS allow-list; otherwise one CORS
   * probe per endpoint and page (memoized) that needs the same preflight as the POST. Any failure
   * means false.
   */
  canPostSignup(options: CallOptions = {}): Promise<boolean> {
    return canPostSignup(this, options);
  }
}

/**
 * The page's shared client for this endpoint + transport (+ timeout). Throws a TypeError when the
 * endpoint is not an http(s) URL.
 */
export function getClient(options: ClientOptions = {}): P2puClient {
  return sharedCore(P2puClient, options);
}

/** Forgets shared clients and CORS probe results (tests). The answer cache is `clearApiCache`. */
export function resetClients() {
  forgetSharedCores();
  forgetCorsProbes();
}
