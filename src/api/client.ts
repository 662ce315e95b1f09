/**
 * The P2PU API client. One shared instance per endpoint + transport per page (`getClient`), one
 * page-wide cache (`cache.ts`), normalized answers (`normalize.ts`), typed errors (`errors.ts`).
 */
import { cached, invalidateCache, LIST_TTL_MS, LOOKUP_TTL_MS } from './cache.js';
import { ServerError, abortReason } from './errors.js';
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
import {
  normalizeCirclePage,
  normalizeCities,
  normalizeCircleTopics,
  normalizeCourseLanguages,
  normalizeCoursePage,
  normalizeCourseTopics,
  toSignupBody,
} from './normalize.js';
import {
  circleSearchParams,
  courseSearchParams,
  type CircleQuery,
  type CourseQuery,
} from './params.js';
import {
  DEFAULT_TIMEOUT_MS,
  PRODUCTION_ORIGIN,
  chooseTransport,
  currentPageOrigin,
  fetchJson,
  jsonp,
  originOf,
  pageOriginAllowedByP2pu,
  type Transport,
  type TransportMode,
} from './transport.js';

/** Production P2PU. */
export const DEFAULT_ENDPOINT = 'https://learningcircles.p2pu.org';

export interface ClientOptions {
  /**
   * Origin or base URL of a P2PU-compatible server (`https://learningcircles.p2pu.org`,
   * `http://localhost:8787`, `/p2pu-proxy`); the API is at `<endpoint>/api/`. A trailing slash or
   * a trailing `/api` is tolerated. Default {@link DEFAULT_ENDPOINT}.
   */
  endpoint?: string | null;
  /** Default `auto`. */
  transport?: TransportMode | null;
  /** Default 15 000 ms. */
  timeoutMs?: number | null;
}

export interface CallOptions {
  signal?: AbortSignal;
}

/**
 * The endpoint as a base URL without trailing slash or `/api` (`https://x.org/api/` →
 * `https://x.org`); relative values are resolved against the page. Null when it is not an
 * http(s) URL.
 */
export function normalizeEndpoint(endpoint: string | null | undefined): string | null {
  const raw = typeof endpoint === 'string' && endpoint.trim() !== '' ? endpoint.trim() : DEFAULT_ENDPOINT;
  let url: URL;
  try {
    url = typeof location === 'undefined' ? new URL(raw) : new URL(raw, location.href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const path = url.pathname.replace(/\/+$/, '').replace(/\/api$/, '').replace(/\/+$/, '');
  return `${url.origin}${path}`;
}

const TRANSPORT_MODES: readonly TransportMode[] = ['auto', 'cors', 'jsonp'];

/** Endpoints (base URLs) whose CORS probe succeeded on this page. */
const corsOk = new Set<string>();
/** Endpoint → memoized probe result. */
const probes = new Map<string, Promise<boolean>>();

export class P2puClient {
  /** Normalized base URL (no trailing slash, no `/api`). */
  readonly endpoint: string;
  readonly transport: TransportMode;
  readonly timeoutMs: number;

  constructor(options: ClientOptions = {}) {
    const endpoint = normalizeEndpoint(options.endpoint);
    if (endpoint === null) {
      throw new TypeError(`P2PU endpoint must be an http(s) URL, got "${options.endpoint}"`);
    }
    this.endpoint = endpoint;
    this.transport = TRANSPORT_MODES.includes(options.transport as TransportMode)
      ? (options.transport as TransportMode)
      : 'auto';
    const timeout = options.timeoutMs;
    this.timeoutMs = typeof timeout === 'number' && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS;
  }

  /** Absolute URL of an API path such as `learningcircles/` plus query. */
  apiUrl(path: string, params?: URLSearchParams): string {
    const query = params?.toString();
    return `${this.endpoint}/api/${path}${query ? `?${query}` : ''}`;
  }

  /** The transport GETs use right now (it can switch to fetch after a successful CORS probe). */
  currentTransport(): Transport {
    return chooseTransport(this.transport, this.endpoint, { corsKnown: corsOk.has(this.endpoint) });
  }

  private getJson(url: string, signal: AbortSignal): Promise<unknown> {
    const options = { signal, timeoutMs: this.timeoutMs };
    return this.currentTransport() === 'jsonp' ? jsonp(url, options) : fetchJson(url, options);
  }

  /**
   * A GET through the page-wide cache. `parse` (a normalizer) checks the answer before it is
   * cached, so an answer of the wrong shape rejects with a ServerError and is never stored.
   */
  private get<T>(
    url: string,
    ttlMs: number,
    persist: boolean,
    options: CallOptions,
    parse: (body: unknown) => T,
  ): Promise<T> {
    return cached(url, (signal) => this.getJson(url, signal), { ttlMs, persist, signal: options.signal, parse });
  }

  /** Learning circles matching `query` (one page; `limit` defaults to 20). */
  async searchCircles(query: CircleQuery = {}, options: CallOptions = {}): Promise<CirclePage> {
    const params = circleSearchParams(query);
    const url = this.apiUrl('learningcircles/', params);
    const requested = requestedPage(params);
    return this.get(url, LIST_TTL_MS, false, options, (body) => normalizeCirclePage(body, requested, url));
  }

  /**
   * One circle by id (any circle, including drafts: check `canSignUp`), or null when none exists
   * or the id is not a whole number.
   */
  async getCircle(id: number | string, options: CallOptions = {}): Promise<LearningCircle | null> {
    const params = circleSearchParams({ id, limit: 1 });
    if (!params.has('id')) return null;
    const url = this.apiUrl('learningcircles/', params);
    const requested = requestedPage(params);
    const page = await this.get(url, LIST_TTL_MS, false, options, (body) => normalizeCirclePage(body, requested, url));
    const wanted = Number(params.get('id'));
    return page.items.find((c) => c.id === wanted) ?? null;
  }

  /**
   * A list that changes rarely (`path` such as `learningcircles/cities/`), read by `parse`: cached
   * for `ttlMs` (an hour: P2PU sends no cache headers for these), also in localStorage. The lookups
   * below, and ones that live outside the client so that widgets which never ask for them do not
   * carry them ({@link fetchTeams}).
   */
  lookup<T>(path: string, parse: (body: unknown, url: string) => T, options: CallOptions = {}, ttlMs = LOOKUP_TTL_MS): Promise<T> {
    const url = this.apiUrl(path);
    return this.get(url, ttlMs, true, options, (body) => parse(body, url));
  }

  /** Keywords for the circle topic filter, most used first. Cached for an hour (also in localStorage). */
  async circleTopics(options: CallOptions = {}): Promise<CircleTopic[]> {
    return this.lookup('learningcircles/topics/', normalizeCircleTopics, options);
  }

  /** Cities for the circle city filter, sorted. Cached for an hour (also in localStorage). */
  async cities(options: CallOptions = {}): Promise<City[]> {
    return this.lookup('learningcircles/cities/', normalizeCities, options);
  }

  /** Courses matching `query` (one page; `limit` defaults to 20). */
  async searchCourses(query: CourseQuery = {}, options: CallOptions = {}): Promise<Page<Course>> {
    const params = courseSearchParams(query);
    const url = this.apiUrl('courses/', params);
    const requested = requestedPage(params);
    return this.get(url, LIST_TTL_MS, false, options, (body) => normalizeCoursePage(body, requested, url));
  }

  /** One course by id (unlisted ones too), or null. */
  async getCourse(id: number | string, options: CallOptions = {}): Promise<Course | null> {
    const params = courseSearchParams({ courseId: id, limit: 1 });
    if (!params.has('course_id')) return null;
    const url = this.apiUrl('courses/', params);
    const requested = requestedPage(params);
    const page = await this.get(url, LIST_TTL_MS, false, options, (body) => normalizeCoursePage(body, requested, url));
    const wanted = Number(params.get('course_id'));
    return page.items.find((c) => c.id === wanted) ?? null;
  }

  /** Topic guides for the course topic filter, sorted by title. Cached for an hour. */
  async courseTopics(options: CallOptions = {}): Promise<CourseTopic[]> {
    return this.lookup('courses/topics/', normalizeCourseTopics, options);
  }

  /** Course languages sorted by English name. Cached for an hour. */
  async courseLanguages(options: CallOptions = {}): Promise<CourseLanguage[]> {
    return this.lookup('courses/languages/', normalizeCourseLanguages, options);
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
  async signup(request: SignupRequest, options: CallOptions = {}): Promise<'created'> {
    const url = this.apiUrl('signup/');
    const body = await fetchJson(url, {
      method: 'POST',
      body: toSignupBody(request),
      signal: options.signal,
      timeoutMs: this.timeoutMs,
    });
    if (typeof body === 'object' && body !== null && (body as { status?: unknown }).status === 'created') {
      // The circle's signup_count changed: forget cached circle lists of this endpoint.
      invalidateCache(`${this.apiUrl('learningcircles/')}?`);
      return 'created';
    }
    throw new ServerError('The P2PU answer to the signup was unexpected', 200, String(JSON.stringify(body) ?? '').slice(0, 200), {
      url,
      maybeCreated: true,
      retryable: true,
    });
  }

  /**
   * Whether this page can POST a signup to the endpoint and read the answer: true when the endpoint
   * is same-origin, or production and the page is on P2PU's CORS allow-list; otherwise one CORS
   * probe per endpoint and page (memoized) that needs the same preflight as the POST. Any failure
   * means false.
   */
  async canPostSignup(options: CallOptions = {}): Promise<boolean> {
    const page = currentPageOrigin();
    const endpointOrigin = originOf(this.endpoint);
    if (endpointOrigin !== null && endpointOrigin === page) return true;
    if (endpointOrigin === PRODUCTION_ORIGIN && pageOriginAllowedByP2pu(page)) return true;
    let probe = probes.get(this.endpoint);
    if (!probe) {
      probe = corsProbe(this.apiUrl('learningcircles/', new URLSearchParams({ id: '0', limit: '1' })), this.timeoutMs);
      probes.set(this.endpoint, probe);
      const endpoint = this.endpoint;
      void probe.then((ok) => {
        if (ok) corsOk.add(endpoint);
        // A refusal looks the same as being offline, so only a success is remembered: a widget
        // that retries after the network came back asks again instead of settling for a link-out.
        else probes.delete(endpoint);
      });
    }
    return withSignal(probe, options.signal);
  }
}

function requestedPage(params: URLSearchParams) {
  return { limit: Number(params.get('limit') ?? 0), offset: Number(params.get('offset') ?? 0) };
}

/**
 * Asks the endpoint what a signup POST will need: a cross-origin request with
 * `Content-Type: application/json`, which the browser sends only after a CORS preflight the server
 * accepts. It is a GET of no circle (`id=0`), so it creates nothing. An endpoint that answers GETs
 * with CORS but refuses the preflight (some proxies) gets the link to P2PU, not a form that can
 * never be sent.
 */
async function corsProbe(url: string, timeoutMs: number): Promise<boolean> {
  try {
    await fetchJson(url, { timeoutMs, preflight: true });
    return true;
  } catch {
    return false; // CORS denied, offline, timeout, or an odd answer: any failure means false
  }
}

function withSignal<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

const clients = new Map<string, P2puClient>();

/**
 * The page's shared client for this endpoint + transport (+ timeout). Throws a TypeError when the
 * endpoint is not an http(s) URL.
 */
export function getClient(options: ClientOptions = {}): P2puClient {
  const probe = new P2puClient(options);
  const key = `${probe.endpoint}|${probe.transport}|${probe.timeoutMs}`;
  const existing = clients.get(key);
  if (existing) return existing;
  clients.set(key, probe);
  return probe;
}

/** Forgets shared clients and CORS probe results (tests). The answer cache is `clearApiCache`. */
export function resetClients() {
  clients.clear();
  probes.clear();
  corsOk.clear();
}
