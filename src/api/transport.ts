/**
 * The two ways to talk to P2PU: `fetch` (same origin, or an origin P2PU allows with CORS) and
 * JSONP (`<script>` + `callback=`, which every GET endpoint answers, for everyone else).
 * Both reject with the typed errors of `errors.ts`, or with the caller's abort reason.
 */
import {
  NetworkError,
  ServerError,
  TimeoutError,
  abortReason,
  throwIfErrorEnvelope,
} from './errors.js';
import { joinShared, type SharedMap } from './share.js';

/** `auto` picks per request (see {@link chooseTransport}); `cors` and `jsonp` force one. */
export type TransportMode = 'auto' | 'cors' | 'jsonp';
export type Transport = 'fetch' | 'jsonp';

/** Default time to wait for an answer. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** Origin of the production API. */
export const PRODUCTION_ORIGIN = 'https://learningcircles.p2pu.org';

export interface TransportOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

const SNIPPET_LENGTH = 200;
const snippet = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, SNIPPET_LENGTH);

// ---------------------------------------------------------------------------------------------
// Choosing

/** The page's origin, or null outside a browser page (or on an opaque `null` origin). */
export function currentPageOrigin(): string | null {
  if (typeof location === 'undefined') return null;
  const origin = location.origin;
  return origin && origin !== 'null' ? origin : null;
}

/** Origin of a URL, or null when it cannot be parsed. */
export function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Whether P2PU's production CORS settings allow `origin` (p2pu-api.md §1.4): exactly
 * `https://www.p2pu.org` or `https://p2pu.github.io`, or any https subdomain of p2pu.org
 * (`^https://.*\.p2pu\.org$`; the bare `https://p2pu.org` is not allowed).
 */
export function pageOriginAllowedByP2pu(origin: string | null | undefined): boolean {
  if (typeof origin !== 'string' || origin === '') return false;
  const normalized = originOf(origin);
  if (normalized === null) return false;
  return (
    normalized === 'https://www.p2pu.org' ||
    normalized === 'https://p2pu.github.io' ||
    /^https:\/\/.*\.p2pu\.org$/.test(normalized)
  );
}

export interface ChooseTransportContext {
  /** Origin of the page; defaults to `location.origin`. */
  pageOrigin?: string | null;
  /** A CORS probe to this endpoint already succeeded on this page. */
  corsKnown?: boolean;
}

/**
 * Which transport a GET uses. `cors` → fetch, `jsonp` → JSONP. `auto` → fetch when the endpoint is
 * same-origin with the page, or known to answer CORS for it (production endpoint and a page on
 * P2PU's allow-list, or an earlier successful probe); JSONP otherwise. Without a DOM: fetch.
 */
export function chooseTransport(
  mode: TransportMode,
  endpointUrl: string,
  context: ChooseTransportContext = {},
): Transport {
  if (mode === 'cors') return 'fetch';
  if (typeof document === 'undefined') return 'fetch';
  if (mode === 'jsonp') return 'jsonp';
  const page = context.pageOrigin === undefined ? currentPageOrigin() : context.pageOrigin;
  const endpoint = originOf(endpointUrl);
  if (endpoint !== null && endpoint === page) return 'fetch';
  if (endpoint === PRODUCTION_ORIGIN && pageOriginAllowedByP2pu(page)) return 'fetch';
  if (context.corsKnown) return 'fetch';
  return 'jsonp';
}

// ---------------------------------------------------------------------------------------------
// fetch

export interface FetchJsonOptions extends TransportOptions {
  method?: 'GET' | 'POST';
  /** Sent as JSON (POST only). */
  body?: unknown;
}

/**
 * GET or POST with fetch and return the parsed JSON body.
 * - `{"status":"error"}` in the body, whatever the HTTP status → ValidationError
 * - non-2xx, or a body that is not JSON → ServerError (a 5xx after a POST has `maybeCreated`)
 * - fetch itself failing (offline, DNS, CORS denied) → NetworkError
 * - no answer within `timeoutMs` → TimeoutError; caller abort → the signal's reason.
 */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, method = 'GET' } = options;
  if (signal?.aborted) throw abortReason(signal);
  const isPost = method === 'POST';
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });

  const failure = (error: unknown): unknown => {
    if (timedOut) return new TimeoutError(timeoutMs, { url, maybeCreated: isPost, cause: error });
    if (signal?.aborted) return abortReason(signal);
    return new NetworkError(
      `Could not reach ${originOf(url) ?? url}: the network failed or the server does not allow requests from this site (CORS)`,
      { url, cause: error },
    );
  };

  try {
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        mode: 'cors',
        credentials: 'same-origin',
        headers: isPost
          ? { Accept: 'application/json', 'Content-Type': 'application/json' }
          : { Accept: 'application/json' },
        body: isPost ? JSON.stringify(options.body ?? {}) : undefined,
        signal: controller.signal,
      });
    } catch (error) {
      throw failure(error);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw failure(error);
    }
    let data: unknown;
    let parsed = false;
    try {
      data = JSON.parse(text);
      parsed = true;
    } catch {
      // handled below
    }
    if (parsed) throwIfErrorEnvelope(data, url);
    if (!response.ok) {
      throw new ServerError(`P2PU answered HTTP ${response.status}`, response.status, snippet(text), {
        url,
        maybeCreated: isPost && response.status >= 500,
      });
    }
    if (!parsed) {
      throw new ServerError('The P2PU answer was not valid JSON', response.status, snippet(text), {
        url,
        retryable: true,
      });
    }
    return data;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

// ---------------------------------------------------------------------------------------------
// JSONP

/** Prefix of every JSONP callback name (a global function while the request runs). */
export const JSONP_PREFIX = '__p2pu_jsonp_';

/** 32-bit FNV-1a over UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The JSONP callback name for a request URL (given without `callback`). Deterministic, so the
 * same search on the next page view has the same script URL and is served from the HTTP cache.
 */
export function jsonpCallbackName(url: string): string {
  return JSONP_PREFIX + fnv1a(url).toString(36);
}

type JsonpGlobal = Record<string, unknown>;
const STUB = Symbol('p2pu-jsonp-stub');

const jsonpInflight: SharedMap = new Map();
/** Callback name → URL of the request currently using it. */
const namesInUse = new Map<string, string>();
/** Callback name → scripts given up on (timeout/abort) that may still arrive and call it. */
const strays = new Map<string, number>();

function globals(): JsonpGlobal {
  return globalThis as unknown as JsonpGlobal;
}

/** A late script found no waiter: count it off; the stub removes itself after the last one. */
function consumeStray(name: string) {
  const left = (strays.get(name) ?? 1) - 1;
  if (left > 0) {
    strays.set(name, left);
    return;
  }
  strays.delete(name);
  const current = globals()[name] as { [STUB]?: true } | undefined;
  if (current?.[STUB]) delete globals()[name];
}

function installStub(name: string) {
  const stub = Object.assign(() => consumeStray(name), { [STUB]: true as const });
  globals()[name] = stub;
}

function withParam(url: string, key: string, value: string): string {
  const hashless = url.split('#')[0]!;
  const sep = hashless.includes('?') ? (/[?&]$/.test(hashless) ? '' : '&') : '?';
  return `${hashless}${sep}${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
}

function loadScript(url: string, signal: AbortSignal, timeoutMs: number): Promise<unknown> {
  return new Promise<unknown>((resolve, reject) => {
    let name = jsonpCallbackName(url);
    if (namesInUse.has(name)) {
      // A different URL with the same hash is in flight (identical URLs are joined before this).
      let i = 1;
      while (namesInUse.has(`${name}_${i}`)) i++;
      name = `${name}_${i}`;
    }
    namesInUse.set(name, url);
    const script = document.createElement('script');
    let settled = false;
    let ownScriptDone = false;

    const cleanup = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      script.removeEventListener('load', onLoad);
      script.removeEventListener('error', onError);
      script.remove();
      namesInUse.delete(name);
      if (!ownScriptDone) strays.set(name, (strays.get(name) ?? 0) + 1);
      if ((strays.get(name) ?? 0) > 0) installStub(name);
      else if (globals()[name] === handler) delete globals()[name];
    };
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      cleanup();
      settle();
    };
    const handler = (data: unknown) => {
      if (document.currentScript === script) ownScriptDone = true;
      else consumeStray(name);
      finish(() => {
        try {
          throwIfErrorEnvelope(data, url);
          resolve(data);
        } catch (error) {
          reject(error);
        }
      });
    };
    const onLoad = () => {
      ownScriptDone = true;
      finish(() =>
        reject(
          new ServerError('The P2PU answer was not valid (the JSONP callback was never called)', null, '', {
            url,
          }),
        ),
      );
    };
    const onError = () => {
      ownScriptDone = true;
      finish(() =>
        reject(
          new NetworkError(`Could not load ${originOf(url) ?? url} (network error or server error)`, { url }),
        ),
      );
    };
    const onAbort = () => finish(() => reject(abortReason(signal)));
    const timer = setTimeout(() => finish(() => reject(new TimeoutError(timeoutMs, { url }))), timeoutMs);

    globals()[name] = handler;
    signal.addEventListener('abort', onAbort, { once: true });
    script.addEventListener('load', onLoad);
    script.addEventListener('error', onError);
    script.setAttribute('charset', 'utf-8');
    script.async = true;
    script.src = withParam(url, 'callback', name);
    (document.head ?? document.documentElement).appendChild(script);
  });
}

/**
 * GET `url` (without `callback`) as JSONP. Identical requests in flight share one script; each
 * caller can abort on its own, and the script is removed when no caller waits any more.
 * - script load error (offline, 4xx/5xx, blocked) → NetworkError
 * - script ran but never called back (not JSONP, syntax error) → ServerError
 * - `{"status":"error"}` → ValidationError; timeout → TimeoutError; abort → the signal's reason.
 */
export function jsonp(url: string, options: TransportOptions = {}): Promise<unknown> {
  if (typeof document === 'undefined') {
    return Promise.reject(new NetworkError('JSONP needs a browser page', { url }));
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return joinShared(jsonpInflight, url, (signal) => loadScript(url, signal, timeoutMs), options.signal);
}
