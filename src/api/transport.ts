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
  type ApiErrorInit,
} from './errors.js';
import { joinShared, type SharedMap } from './share.js';
import { TRUSTED_TYPES_POLICY, setScriptUrlRule, trustedScriptUrl } from '../internal/trusted-types.js';
import { warnOnce } from '../internal/warn.js';

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
// Allowed endpoints

/**
 * The endpoints a page trusts. An endpoint is trusted with the whole page (JSONP runs whatever it
 * answers; a signup sends it what a learner typed), so one written on a widget tag or a
 * `<p2pu-config>`, which anyone who can edit the page's content can write, is used only when the
 * page's owner allowed it: P2PU production always; the script tag's own `data-endpoint` and an
 * endpoint set with `setGlobalConfig`; and what the script tag's `data-allowed-endpoints` or
 * {@link setAllowedEndpoints} lists. On a registered global, so every copy of the library on a
 * page (the script tag and the npm build) reads the same list.
 */
interface AllowedEndpoints {
  /** From `data-allowed-endpoints` or {@link setAllowedEndpoints}. */
  listed: string[];
  /** The page's own endpoint: the script tag's `data-endpoint`, `setGlobalConfig({ endpoint })`. */
  page: string[];
  events: EventTarget;
}

const ALLOWED_ENDPOINTS = Symbol.for('p2pu-widgets.allowed-endpoints');
const ALLOWED_CHANGE = 'change';

function allowedStore(): AllowedEndpoints {
  const page = globalThis as unknown as Record<symbol, AllowedEndpoints | undefined>;
  return (page[ALLOWED_ENDPOINTS] ??= { listed: [], page: [], events: new EventTarget() });
}

/**
 * An endpoint (or allow-list entry) as a base URL: origin plus path, without a trailing slash or
 * `/api` (`https://x.org/p2pu/api/` → `https://x.org/p2pu`); relative values are resolved against
 * the page. Null when it is not an http(s) URL.
 */
export function endpointBase(value: string): string | null {
  const text = value.trim();
  let url: URL;
  try {
    url = typeof location === 'undefined' ? new URL(text) : new URL(text, location.href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const path = url.pathname.replace(/\/+$/, '').replace(/\/api$/, '').replace(/\/+$/, '');
  return `${url.origin}${path}`;
}

/**
 * Sets the endpoints, besides P2PU production and the script tag's own `data-endpoint`, that a
 * widget tag or `<p2pu-config>` may name, replacing the list set before (the script tag's
 * `data-allowed-endpoints` sets it too). Each entry is an origin (`https://proxy.library.example`:
 * every endpoint on it) or a base URL (`https://library.example/p2pu`: that endpoint and those
 * under it). Widgets on the page re-read their settings. Returns the entries it could not use
 * (not http(s) URLs).
 *
 * ```js
 * import { setAllowedEndpoints } from '@p2pu/learning-circle-widgets';
 * setAllowedEndpoints(['https://proxy.library.example']);
 * ```
 */
export function setAllowedEndpoints(endpoints: Iterable<string>): string[] {
  const listed: string[] = [];
  const unusable: string[] = [];
  for (const entry of endpoints) {
    const base = typeof entry === 'string' ? endpointBase(entry) : null;
    if (base === null) unusable.push(String(entry));
    else if (!listed.includes(base)) listed.push(base);
  }
  const store = allowedStore();
  store.listed = listed;
  store.events.dispatchEvent(new Event(ALLOWED_CHANGE));
  return unusable;
}

/** Adds entries to the list {@link setAllowedEndpoints} sets (a second script tag adds its own). */
export function addAllowedEndpoints(endpoints: Iterable<string>): string[] {
  return setAllowedEndpoints([...allowedStore().listed, ...endpoints]);
}

/** Every endpoint the page allows now: P2PU production, the page's own endpoint, the listed ones. */
export function getAllowedEndpoints(): string[] {
  const { page, listed } = allowedStore();
  return [...new Set([PRODUCTION_ORIGIN, ...page, ...listed])];
}

/**
 * Whether the page allows this endpoint, or a request URL under it (same origin, and within the
 * entry's path when it has one).
 */
export function isEndpointAllowed(endpointOrUrl: string): boolean {
  let candidate: URL;
  try {
    candidate = typeof location === 'undefined' ? new URL(endpointOrUrl) : new URL(endpointOrUrl, location.href);
  } catch {
    return false;
  }
  if (candidate.protocol !== 'http:' && candidate.protocol !== 'https:') return false;
  return getAllowedEndpoints().some((entry) => {
    const allowed = new URL(entry);
    if (allowed.origin !== candidate.origin) return false;
    const prefix = allowed.pathname.replace(/\/+$/, '');
    if (prefix === '') return true;
    // an encoded dot, slash or backslash could climb out of the allowed path on the server
    if (/%(2e|2f|5c)/i.test(candidate.pathname)) return false;
    return candidate.pathname === prefix || candidate.pathname.startsWith(`${prefix}/`);
  });
}

/**
 * Allows the page's own endpoint (the script tag's `data-endpoint`; `setGlobalConfig`, which
 * then tells the widgets to re-read their settings).
 */
export function allowPageEndpoint(endpoint: string): void {
  const base = endpointBase(endpoint);
  const store = allowedStore();
  if (base !== null && !store.page.includes(base)) store.page = [...store.page, base];
}

/** Forgets the page's own endpoints (with the page-wide configuration, in tests). */
export function forgetPageEndpoints(): void {
  allowedStore().page = [];
}

/** Calls `listener` whenever the allowed endpoints change; returns a function that stops it. */
export function onAllowedEndpointsChange(listener: () => void): () => void {
  const { events } = allowedStore();
  events.addEventListener(ALLOWED_CHANGE, listener);
  return () => events.removeEventListener(ALLOWED_CHANGE, listener);
}

// ---------------------------------------------------------------------------------------------
// The page's own security settings

interface Violation {
  uri: string;
  directive: string;
  at: number;
}

/** Recent Content-Security-Policy violations on this page (null until the first request). */
let violations: Violation[] | null = null;

/** Starts noting the page's CSP violations, to tell "blocked by the page" from "network down". */
function watchPolicyViolations(): void {
  if (violations !== null || typeof document === 'undefined') return;
  const seen: Violation[] = (violations = []);
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      // a report-only policy (Content-Security-Policy-Report-Only) reports, but blocks nothing
      if (event.disposition === 'report') return;
      seen.push({ uri: event.blockedURI, directive: event.effectiveDirective || event.violatedDirective, at: Date.now() });
      if (seen.length > 20) seen.shift();
    },
    true,
  );
}

/** Whether the page's CSP refused `url` for this directive (`script-src` for JSONP, `connect-src` for fetch). */
function blockedByPage(url: string, directive: 'script-src' | 'connect-src'): boolean {
  const origin = originOf(url);
  const since = Date.now() - 60_000;
  return (violations ?? []).some(
    (v) => v.at >= since && v.directive.startsWith(directive) && (v.uri === url || (origin !== null && originOf(v.uri) === origin)),
  );
}

/** One macrotask: the browser reports a violation in a task of its own. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The error of a request the page's own security settings refused (`blockedByPolicy`, not
 * retryable), and one console hint for the page's editor with what to change (once per page and
 * message, like every configuration warning of the widgets). Patrons read the widget's words.
 */
function refusedByPage(message: string, fix: string, init: ApiErrorInit): NetworkError {
  warnOnce(`${message}. ${fix} (see docs/security.md of @p2pu/learning-circle-widgets).`);
  return new NetworkError(message, { ...init, blockedByPolicy: true });
}

// ---------------------------------------------------------------------------------------------
// fetch

export interface FetchJsonOptions extends TransportOptions {
  method?: 'GET' | 'POST';
  /** Sent as JSON (POST only). */
  body?: unknown;
  /**
   * Sends `Content-Type: application/json` on a GET too, as a signup POST does, so that a
   * cross-origin request needs the server's consent first (a CORS preflight) exactly as the POST
   * will (the signup check of `canPostSignup`).
   */
  preflight?: boolean;
}

/**
 * GET or POST with fetch and return the parsed JSON body.
 * - `{"status":"error"}` in the body, whatever the HTTP status → ValidationError
 * - non-2xx → ServerError (`reason` `http-error`; a 5xx after a POST has `maybeCreated`); a body
 *   that is not JSON → ServerError (`reason` `unreadable`)
 * - fetch itself failing (offline, DNS, CORS denied) → NetworkError (`reason` `offline` when the
 *   browser says the device is offline, else `unreachable`); refused by the page's CSP
 *   `connect-src` → NetworkError with `blockedByPolicy` and one console hint for the page's editor
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

  watchPolicyViolations();
  const failure = (error: unknown): unknown => {
    if (timedOut) return new TimeoutError(timeoutMs, { url, maybeCreated: isPost, cause: error });
    if (signal?.aborted) return abortReason(signal);
    if (blockedByPage(url, 'connect-src')) {
      const origin = originOf(url) ?? url;
      return refusedByPage(
        `This page's Content-Security-Policy blocks connections to ${origin} (connect-src)`,
        `To let the widgets reach P2PU, add ${origin} to connect-src in the page's Content-Security-Policy`,
        { url, cause: error },
      );
    }
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
        headers:
          isPost || options.preflight
            ? { Accept: 'application/json', 'Content-Type': 'application/json' }
            : { Accept: 'application/json' },
        body: isPost ? JSON.stringify(options.body ?? {}) : undefined,
        signal: controller.signal,
      });
    } catch (error) {
      if (!timedOut && !signal?.aborted) await nextTask(); // a CSP refusal is reported in its own task
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

const jsonpInflight: SharedMap = new Map();

/**
 * One callback name on `window`. Its function passes on only the call made by the script loaded
 * for the request that holds the name now (`document.currentScript`); a second call, a late script
 * that was given up on, and any other script calling it are ignored.
 */
interface JsonpSlot {
  /** The function on `window` under this name. */
  readonly callback: (data: unknown) => void;
  /** The script whose call is awaited, and what receives it (once). */
  script: HTMLScriptElement | null;
  receive: ((data: unknown) => void) | null;
  /**
   * Scripts given up on (timeout, abort) that may still arrive and call the name: it stays, as a
   * function that ignores them, until each has run (its load or error event) or a minute passed.
   */
  readonly leftovers: Set<HTMLScriptElement>;
}

/**
 * The callback names in use on this page, shared by every copy of the library (the script tag and
 * the npm `api.js` side by side) through a registered global: two copies never give one name to
 * two requests, and never remove a name the other still needs.
 */
interface JsonpRegistry {
  slots: Map<string, JsonpSlot>;
  /** The window error listener that hides errors of answered or abandoned scripts is installed. */
  guarded?: boolean;
}

const JSONP_REGISTRY = Symbol.for('p2pu-widgets.jsonp.v1');
/** How long a name waits at most for a script that was given up on. */
const LEFTOVER_MS = 60_000;

function registry(): JsonpRegistry {
  const page = globalThis as unknown as Record<symbol, JsonpRegistry | undefined>;
  return (page[JSONP_REGISTRY] ??= { slots: new Map() });
}

function globals(): JsonpGlobal {
  return globalThis as unknown as JsonpGlobal;
}

/** Whether a name is taken: a request waits on it, or something else on the page defined it. */
function nameBusy(name: string): boolean {
  const slot = registry().slots.get(name);
  return slot ? slot.script !== null : globals()[name] !== undefined;
}

function openSlot(name: string): JsonpSlot {
  const slots = registry().slots;
  let slot = slots.get(name);
  if (!slot) {
    const created: JsonpSlot = {
      callback: (data: unknown) => {
        const receive = created.receive;
        const current = typeof document === 'undefined' ? null : document.currentScript;
        if (receive === null || current === null || current !== created.script) return;
        created.receive = null;
        receive(data);
      },
      script: null,
      receive: null,
      leftovers: new Set(),
    };
    slot = created;
    slots.set(name, slot);
  }
  globals()[name] = slot.callback;
  return slot;
}

/** Removes the name once no request waits on it and no script may still call it. */
function releaseSlot(name: string, slot: JsonpSlot): void {
  if (slot.script !== null || slot.leftovers.size > 0) return;
  const slots = registry().slots;
  if (slots.get(name) === slot) slots.delete(name);
  if (globals()[name] === slot.callback) delete globals()[name];
}

/** Keeps the name for a script that may still run (and call it), until it has run. */
function keepForLeftover(name: string, slot: JsonpSlot, script: HTMLScriptElement): void {
  slot.leftovers.add(script);
  const done = () => {
    clearTimeout(timer);
    script.removeEventListener('load', done);
    script.removeEventListener('error', done);
    slot.leftovers.delete(script);
    releaseSlot(name, slot);
  };
  const timer = setTimeout(done, LEFTOVER_MS);
  script.addEventListener('load', done);
  script.addEventListener('error', done);
}

/**
 * An answer that throws after it called back, or a late one that throws, is not the host page's
 * error: the widget has its data, or its error, already. Such errors are marked handled (no
 * "Uncaught" in the console) and kept from the page's error handlers added after the first JSONP
 * request (a handler added before it still sees them: listeners run in the order they were
 * added). Errors of a script still awaited (a syntax error) stay visible.
 */
function guardPageErrors(): void {
  const reg = registry();
  if (reg.guarded || typeof window === 'undefined' || typeof document === 'undefined') return;
  reg.guarded = true;
  window.addEventListener(
    'error',
    (event) => {
      if (!(event instanceof ErrorEvent)) return; // an element's load error passing by
      const current = document.currentScript;
      if (!(current instanceof HTMLScriptElement)) return;
      for (const slot of registry().slots.values()) {
        const answered = slot.script === current && slot.receive === null;
        if (answered || slot.leftovers.has(current)) {
          event.preventDefault();
          event.stopImmediatePropagation();
          return;
        }
      }
    },
    true,
  );
}

/** The JSONP script URLs the page's Trusted Types policy signs: callback requests to allowed endpoints. */
function jsonpScriptUrlAllowed(src: string): boolean {
  try {
    return isEndpointAllowed(src) && (new URL(src).searchParams.get('callback') ?? '').startsWith(JSONP_PREFIX);
  } catch {
    return false;
  }
}

function withParam(url: string, key: string, value: string): string {
  const hashless = url.split('#')[0]!;
  const sep = hashless.includes('?') ? (/[?&]$/.test(hashless) ? '' : '&') : '?';
  return `${hashless}${sep}${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
}

function loadScript(url: string, signal: AbortSignal, timeoutMs: number): Promise<unknown> {
  return new Promise<unknown>((resolve, reject) => {
    // A different URL with the same hash, or another copy of the library, may hold the name.
    const base = jsonpCallbackName(url);
    let name = base;
    for (let i = 1; nameBusy(name); i++) name = `${base}_${i}`;
    const src = withParam(url, 'callback', name);
    const origin = originOf(url) ?? url;
    const script = document.createElement('script');
    try {
      script.src = trustedScriptUrl(src);
    } catch (error) {
      // Trusted Types: the page refused the library's policy (its trusted-types list) or the policy refused the URL
      reject(
        refusedByPage(
          `This page's Trusted Types settings refuse the "${TRUSTED_TYPES_POLICY}" policy, needed to load ${origin}`,
          `To let the widgets reach P2PU, add ${TRUSTED_TYPES_POLICY} to the trusted-types directive of the page's Content-Security-Policy`,
          { url, cause: error },
        ),
      );
      return;
    }
    const slot = openSlot(name);
    slot.script = script;
    let settled = false;
    let scriptDone = false;

    const cleanup = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      script.removeEventListener('load', onLoad);
      script.removeEventListener('error', onError);
      script.remove();
      if (slot.script === script) {
        slot.script = null;
        slot.receive = null;
      }
      // Given up on before it ran (timeout, abort): the name stays, ignoring its call, until it has run.
      if (!scriptDone) keepForLeftover(name, slot, script);
      else releaseSlot(name, slot);
    };
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      cleanup();
      settle();
    };
    // The answer is kept until its script has run to the end (its load event, in the same task):
    // only then is the name removed, so a second call in the same script finds it and is ignored.
    let answer: { data: unknown } | null = null;
    slot.receive = (data: unknown) => {
      answer = { data };
    };
    const onLoad = () => {
      scriptDone = true;
      const received = answer;
      finish(() => {
        if (received === null) {
          reject(
            new ServerError('The P2PU answer was not valid (the JSONP callback was never called)', null, '', {
              url,
            }),
          );
          return;
        }
        try {
          throwIfErrorEnvelope(received.data, url);
          resolve(received.data);
        } catch (error) {
          reject(error);
        }
      });
    };
    const onError = () => {
      scriptDone = true;
      const fail = () =>
        finish(() =>
          reject(
            blockedByPage(src, 'script-src')
              ? refusedByPage(
                  `This page's Content-Security-Policy blocks scripts from ${origin} (script-src)`,
                  `To let the widgets reach P2PU, add ${origin} to script-src in the page's Content-Security-Policy`,
                  { url },
                )
              : // An HTML error page and a network failure are the same script error event: unknown which.
                new NetworkError(`Could not load ${origin} (network error or server error)`, { url }),
          ),
        );
      // The browser reports a CSP violation in a task of its own: look once more after it.
      if (blockedByPage(src, 'script-src')) fail();
      else setTimeout(fail, 0);
    };
    const onAbort = () => finish(() => reject(abortReason(signal)));
    const timer = setTimeout(() => finish(() => reject(new TimeoutError(timeoutMs, { url }))), timeoutMs);

    signal.addEventListener('abort', onAbort, { once: true });
    script.addEventListener('load', onLoad);
    script.addEventListener('error', onError);
    script.setAttribute('charset', 'utf-8');
    // While the page loads, Chrome runs async scripts after its other tasks (about 150 ms late at
    // CPU 4x, our bench's first answer): a script in the in-order list runs as soon as it and those
    // inserted before it are in. Only while the page loads: after, one slow answer would hold back
    // the answers after it.
    script.async = document.readyState === 'complete';
    (document.head ?? document.documentElement).appendChild(script);
  });
}

/**
 * GET `url` (without `callback`) as JSONP. Identical requests in flight share one script; each
 * caller can abort on its own, and the script is removed when no caller waits any more. Only URLs
 * of endpoints the page allows ({@link isEndpointAllowed}) are loaded.
 * - script load error (offline, 4xx/5xx: the browser does not say which) → NetworkError, with
 *   `reason` `offline` when the browser says the device is offline, else `unreachable`
 * - refused by the page itself (not an allowed endpoint, CSP `script-src`, Trusted Types) →
 *   NetworkError with `blockedByPolicy: true` (`reason` `blocked`); CSP and Trusted Types refusals
 *   also log one console hint for the page's editor
 * - script ran but never called back (not JSONP, syntax error) → ServerError (`reason` `unreadable`)
 * - `{"status":"error"}` → ValidationError; timeout → TimeoutError; abort → the signal's reason.
 * A second call of the callback, a late answer and a call by any other script are ignored.
 */
export function jsonp(url: string, options: TransportOptions = {}): Promise<unknown> {
  if (typeof document === 'undefined') {
    return Promise.reject(new NetworkError('JSONP needs a browser page', { url }));
  }
  if (!isEndpointAllowed(url)) {
    return Promise.reject(
      new NetworkError(
        `${originOf(url) ?? url} is not an endpoint this page allows (data-allowed-endpoints, setAllowedEndpoints)`,
        { url, blockedByPolicy: true },
      ),
    );
  }
  watchPolicyViolations();
  guardPageErrors();
  setScriptUrlRule(jsonpScriptUrlAllowed);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return joinShared(jsonpInflight, url, (signal) => loadScript(url, signal, timeoutMs), options.signal);
}
