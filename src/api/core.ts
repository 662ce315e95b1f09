/**
 * What every request to P2PU goes through: the endpoint, the transport (JSONP or fetch), the
 * page-wide cache (`cache.ts`) and typed errors (`errors.ts`). Each resource is a module of plain
 * functions taking an {@link ApiCore} (`circles.ts`, `courses.ts`, `signup.ts`, the lookups, teams,
 * the circle map), so a page loads only the resources its widgets ask for; `P2puClient`
 * (`client.ts`) has them all as methods.
 */
import { LOOKUP_TTL_MS, cached } from './cache.js';
import type { RequestedPage } from './normalize.js';
import {
  DEFAULT_TIMEOUT_MS,
  chooseTransport,
  fetchJson,
  jsonp,
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

/** Remembers that `endpoint` answers CORS for this page, so its GETs use fetch from now on. */
export function rememberCorsOk(endpoint: string): void {
  corsOk.add(endpoint);
}

/** One endpoint with its transport and timeout: what each resource's functions take. */
export class ApiCore {
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

  /**
   * A list that changes rarely (`path` such as `learningcircles/cities/`), read by `parse`: cached
   * for `ttlMs` (an hour: P2PU sends no cache headers for these), also in localStorage. The
   * lookups of `circle-lookups.ts`, `course-lookups.ts` and `teams.ts` go through it.
   */
  lookup<T>(path: string, parse: (body: unknown, url: string) => T, options: CallOptions = {}, ttlMs = LOOKUP_TTL_MS): Promise<T> {
    const url = this.apiUrl(path);
    return cachedGet(this, url, ttlMs, true, options, (body) => parse(body, url));
  }
}

/**
 * A GET of `url` through the page-wide cache, by `core`'s transport. `parse` (a normalizer) checks
 * the answer before it is cached, so an answer of the wrong shape rejects with a ServerError and is
 * never stored. Identical requests in flight share one (the cache's dedup).
 */
export function cachedGet<T>(
  core: ApiCore,
  url: string,
  ttlMs: number,
  persist: boolean,
  options: CallOptions,
  parse: (body: unknown) => T,
): Promise<T> {
  const get = (signal: AbortSignal) => {
    const transportOptions = { signal, timeoutMs: core.timeoutMs };
    return core.currentTransport() === 'jsonp' ? jsonp(url, transportOptions) : fetchJson(url, transportOptions);
  };
  return cached(url, get, { ttlMs, persist, signal: options.signal, parse });
}

/** The paging a list request asked for (its `limit` and `offset`), which its answer is read against. */
export function requestedPage(params: URLSearchParams): RequestedPage {
  return { limit: Number(params.get('limit') ?? 0), offset: Number(params.get('offset') ?? 0) };
}

type CoreKind<T extends ApiCore> = new (options: ClientOptions) => T;
const shared = new Map<CoreKind<ApiCore>, Map<string, ApiCore>>();

/**
 * The page's one `Kind` (ApiCore, P2puClient) for this endpoint + transport (+ timeout). Throws a
 * TypeError when the endpoint is not an http(s) URL.
 */
export function sharedCore<T extends ApiCore>(Kind: CoreKind<T>, options: ClientOptions = {}): T {
  const made = new Kind(options);
  const key = `${made.endpoint}|${made.transport}|${made.timeoutMs}`;
  let ofKind = shared.get(Kind);
  if (!ofKind) shared.set(Kind, (ofKind = new Map()));
  const existing = ofKind.get(key);
  if (existing) return existing as T;
  ofKind.set(key, made);
  return made;
}

/** The page's shared core for this endpoint + transport: what the widgets' requests go through. */
export function getApiCore(options: ClientOptions = {}): ApiCore {
  return sharedCore(ApiCore, options);
}

/** Forgets shared cores and clients, and which endpoints answer CORS (tests: `resetClients`). */
export function forgetSharedCores(): void {
  shared.clear();
  corsOk.clear();
}
