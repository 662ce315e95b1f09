/**
 * Typed errors of the P2PU API client. Every failure a caller can see is one of these four, or an
 * `AbortError` DOMException when the caller aborted (test with {@link isAbortError}). Each also says
 * why it failed, as far as the browser lets us tell ({@link ApiErrorReason}).
 */

export type ApiErrorKind = 'validation' | 'server' | 'network' | 'timeout';

/**
 * Why a request failed, as far as the browser lets us tell: what the widgets' words follow
 * (src/internal/error-text.ts).
 * - `offline`: the browser says the device is offline (`navigator.onLine === false`) when the
 *   request failed or timed out. The only reason that is about the patron's connection.
 * - `blocked`: the page's own security settings refused the request (Content-Security-Policy,
 *   Trusted Types, an endpoint the page does not allow). Only the page's editor can fix it.
 * - `unreachable`: no answer the page could read, and the browser does not say why: P2PU down, a
 *   network failure on the way, CORS refused, or (over JSONP, where all of these are one script
 *   `error` event) an HTTP error page. Blames no one.
 * - `http-error`: P2PU answered with an HTTP error status (fetch only: JSONP cannot see it).
 * - `unreadable`: P2PU answered, but not with what was asked for: not JSON, JSON of an unexpected
 *   shape, or a JSONP script that ran without calling back.
 * - `timeout`: no answer within the client's timeout (while the browser says it is online).
 * - `refused`: P2PU refused the request's input (its `{"status":"error"}` envelope).
 */
export type ApiErrorReason = 'offline' | 'blocked' | 'unreachable' | 'http-error' | 'unreadable' | 'timeout' | 'refused';

/** Whether the browser says the device is offline (false outside a browser). */
export function browserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

export interface ApiErrorInit {
  /** The request URL (without a JSONP callback), for logs. */
  url?: string;
  /** True when the request was a POST that may have reached the server (signup). */
  maybeCreated?: boolean;
  cause?: unknown;
  /** Overrides the kind's default. */
  retryable?: boolean;
  /** NetworkError only: the page's own security settings refused the request (see {@link NetworkError.blockedByPolicy}). */
  blockedByPolicy?: boolean;
  /** Overrides the reason each class works out itself (see {@link ApiErrorReason}). */
  reason?: ApiErrorReason;
}

/** The reason of a kind when its class works out nothing more precise. */
const DEFAULT_REASON: Record<ApiErrorKind, ApiErrorReason> = {
  validation: 'refused',
  server: 'unreadable',
  network: 'unreachable',
  timeout: 'timeout',
};

/**
 * Base class: `kind` tells what went wrong, `reason` why (as far as the browser lets us tell),
 * `retryable` whether trying again can help.
 */
export class P2puApiError extends Error {
  readonly kind: ApiErrorKind;
  /** Why the request failed, as far as the browser lets us tell; the widgets word errors by it. */
  readonly reason: ApiErrorReason;
  readonly retryable: boolean;
  readonly url: string | undefined;
  /**
   * Only for POSTs: the request may have been processed (5xx or timeout after sending). A repeated
   * signup with the same e-mail is harmless on P2PU's side, so a retry is still safe.
   */
  readonly maybeCreated: boolean;

  constructor(kind: ApiErrorKind, message: string, retryable: boolean, init: ApiErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'P2puApiError';
    this.kind = kind;
    this.reason = init.reason ?? DEFAULT_REASON[kind];
    this.retryable = retryable;
    this.url = init.url;
    this.maybeCreated = init.maybeCreated ?? false;
  }
}

/**
 * The server refused the input (`{"status":"error","errors":{...}}`, HTTP 200).
 * `fields` maps a field name to its messages; nested objects are flattened with dots:
 * `{"signup_questions": [{"goals": ["Field is required"]}]}` becomes `{"signup_questions.goals": [...]}`.
 */
export class ValidationError extends P2puApiError {
  readonly fields: Record<string, string[]>;

  constructor(fields: Record<string, string[]>, init: ApiErrorInit = {}) {
    const summary = Object.entries(fields)
      .map(([field, messages]) => `${field}: ${messages.join(' ')}`)
      .join('; ');
    super('validation', `P2PU refused the request (${summary || 'no details'})`, false, init);
    this.name = 'ValidationError';
    this.fields = fields;
  }
}

/** Statuses below 500 after which the same request may well work: Request Timeout, Too Many Requests. */
const RETRYABLE_STATUS = new Set([408, 429]);

/**
 * The server answered with a 5xx/4xx (`reason` `http-error`), or with a non-JSON body or an answer
 * of an unexpected shape (`reason` `unreadable`).
 */
export class ServerError extends P2puApiError {
  /** HTTP status, or null when unknown (JSONP). */
  readonly status: number | null;
  /** The first characters of the body, for logs. */
  readonly snippet: string;

  constructor(message: string, status: number | null, snippet = '', init: ApiErrorInit = {}) {
    const httpError = status !== null && (status < 200 || status > 299);
    // An answer that could not be read may well be read next time; of the HTTP errors, a 5xx, 408 or 429.
    const retryable = !httpError || status >= 500 || RETRYABLE_STATUS.has(status);
    super('server', message, init.retryable ?? retryable, {
      ...init,
      reason: init.reason ?? (httpError ? 'http-error' : 'unreadable'),
    });
    this.name = 'ServerError';
    this.status = status;
    this.snippet = snippet;
  }
}

/** The request never got an answer the page could read: offline, DNS, CORS denied, script load error. */
export class NetworkError extends P2puApiError {
  /** `navigator.onLine` at the time of the failure (false means the device is offline). */
  readonly online: boolean;
  /**
   * True when the page itself refused the request, not the network: its Content-Security-Policy or
   * Trusted Types blocked the JSONP script (or the fetch), or the endpoint is not on the page's list
   * of allowed endpoints. The page's editor can fix it; trying again cannot (`retryable` is false).
   */
  readonly blockedByPolicy: boolean;

  constructor(message: string, init: ApiErrorInit = {}) {
    const online = !browserOffline();
    const blocked = init.blockedByPolicy === true;
    super('network', online || blocked ? message : `${message} (the device is offline)`, init.retryable ?? !blocked, {
      ...init,
      reason: init.reason ?? (blocked ? 'blocked' : online ? 'unreachable' : 'offline'),
    });
    this.name = 'NetworkError';
    this.online = online;
    this.blockedByPolicy = blocked;
  }
}

/** No answer within the client's timeout (`reason` `offline` when the browser says the device is offline). */
export class TimeoutError extends P2puApiError {
  readonly timeoutMs: number;

  constructor(timeoutMs: number, init: ApiErrorInit = {}) {
    const offline = browserOffline();
    super('timeout', `P2PU did not answer within ${Math.round(timeoutMs / 1000)} s${offline ? ' (the device is offline)' : ''}`, true, {
      ...init,
      reason: init.reason ?? (offline ? 'offline' : 'timeout'),
    });
    this.name = 'TimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** True for the rejection of an aborted call (an `AbortError` DOMException or the signal's reason). */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError'
  );
}

/** The error a call rejects with when its signal was aborted. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Bounds of a flattened error envelope: it is shown to a learner, and comes from the server. */
const MAX_ERROR_DEPTH = 8;
const MAX_ERROR_MESSAGES = 50;
const MAX_ERROR_LENGTH = 500;

/**
 * Flattens the server's `errors` object into `field → messages`. Nested objects (signup's
 * `signup_questions: [{goals: [...]}]`) become dotted keys; a plain list of strings stays as is.
 *
 * Any key is a field name, `__proto__`, `constructor` and `toString` included: the result has no
 * prototype (read it with `Object.entries` or `Object.hasOwn`). At most 50 messages of at most 500
 * characters each, from at most 8 levels of nesting.
 */
export function flattenErrors(errors: unknown, prefix = ''): Record<string, string[]> {
  const out = Object.create(null) as Record<string, string[]>;
  let count = 0;
  const add = (key: string, message: string) => {
    if (count >= MAX_ERROR_MESSAGES) return;
    count++;
    let text = message;
    if (text.length > MAX_ERROR_LENGTH) {
      text = text.slice(0, MAX_ERROR_LENGTH - 1);
      if (/[\ud800-\udbff]$/.test(text)) text = text.slice(0, -1); // never half an emoji
      text += '…';
    }
    if (Object.hasOwn(out, key)) out[key]!.push(text);
    else out[key] = [text];
  };
  const visit = (key: string, value: unknown, depth = 0) => {
    if (value === null || value === undefined || depth > MAX_ERROR_DEPTH || count >= MAX_ERROR_MESSAGES) return;
    if (Array.isArray(value)) {
      for (const entry of value) visit(key, entry, depth + 1);
    } else if (typeof value === 'object') {
      for (const k of Object.keys(value)) {
        visit(key ? `${key}.${k}` : k, (value as Record<string, unknown>)[k], depth + 1);
      }
    } else {
      add(key || 'non_field_errors', String(value));
    }
  };
  if (errors !== null && typeof errors === 'object' && !Array.isArray(errors)) {
    for (const [k, v] of Object.entries(errors as Record<string, unknown>)) {
      visit(prefix ? `${prefix}.${k}` : k, v);
    }
  } else {
    visit(prefix, errors);
  }
  return out;
}

/** Throws a ValidationError when `body` is the server's `{"status":"error"}` envelope. */
export function throwIfErrorEnvelope(body: unknown, url?: string): void {
  if (
    body !== null &&
    typeof body === 'object' &&
    (body as { status?: unknown }).status === 'error'
  ) {
    throw new ValidationError(flattenErrors((body as { errors?: unknown }).errors), { url });
  }
}
