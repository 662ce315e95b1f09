/**
 * Typed errors of the P2PU API client. Every failure a caller can see is one of these four, or an
 * `AbortError` DOMException when the caller aborted (test with {@link isAbortError}).
 */

export type ApiErrorKind = 'validation' | 'server' | 'network' | 'timeout';

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
}

/** Base class: `kind` tells what went wrong, `retryable` whether trying again can help. */
export class P2puApiError extends Error {
  readonly kind: ApiErrorKind;
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

/** The server answered with a 5xx/4xx, a non-JSON body, or an answer of an unexpected shape. */
export class ServerError extends P2puApiError {
  /** HTTP status, or null when unknown (JSONP). */
  readonly status: number | null;
  /** The first characters of the body, for logs. */
  readonly snippet: string;

  constructor(message: string, status: number | null, snippet = '', init: ApiErrorInit = {}) {
    super('server', message, init.retryable ?? (status === null || status >= 500), init);
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
    const online = typeof navigator === 'undefined' ? true : navigator.onLine !== false;
    const blocked = init.blockedByPolicy === true;
    super('network', online || blocked ? message : `${message} (the device is offline)`, init.retryable ?? !blocked, init);
    this.name = 'NetworkError';
    this.online = online;
    this.blockedByPolicy = blocked;
  }
}

/** No answer within the client's timeout. */
export class TimeoutError extends P2puApiError {
  readonly timeoutMs: number;

  constructor(timeoutMs: number, init: ApiErrorInit = {}) {
    super('timeout', `P2PU did not answer within ${Math.round(timeoutMs / 1000)} s`, true, init);
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
