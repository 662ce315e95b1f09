/**
 * Signing a learner up (`POST /api/signup/`) and finding out first whether this page can: only
 * the signup widget loads it.
 */
import { invalidateCache } from './cache.js';
import { rememberCorsOk, type ApiCore, type CallOptions } from './core.js';
import { ServerError, abortReason } from './errors.js';
import type { SignupRequest } from './models.js';
import {
  PRODUCTION_ORIGIN,
  currentPageOrigin,
  fetchJson,
  originOf,
  pageOriginAllowedByP2pu,
} from './transport.js';
import type { RawSignupBody } from './types.js';

/**
 * Signs a learner up (`POST /api/signup/`, always fetch, never cached). Resolves `'created'` only
 * for `{"status":"created"}`. Rejects with ValidationError (`fields`), ServerError (a 5xx has
 * `maybeCreated: true`), NetworkError (for instance CORS: check {@link canPostSignup} first),
 * TimeoutError (`maybeCreated: true`) or the abort reason.
 *
 * The server checks nothing about open/closed/full/draft: only call this when the circle's
 * `canSignUp` is true.
 */
export async function postSignup(core: ApiCore, request: SignupRequest, options: CallOptions = {}): Promise<'created'> {
  const url = core.apiUrl('signup/');
  const body = await fetchJson(url, {
    method: 'POST',
    body: toSignupBody(request),
    signal: options.signal,
    timeoutMs: core.timeoutMs,
  });
  if (typeof body === 'object' && body !== null && (body as { status?: unknown }).status === 'created') {
    // The circle's signup_count changed: forget cached circle lists of this endpoint.
    invalidateCache(`${core.apiUrl('learningcircles/')}?`);
    return 'created';
  }
  throw new ServerError('The P2PU answer to the signup was unexpected', 200, String(JSON.stringify(body) ?? '').slice(0, 200), {
    url,
    maybeCreated: true,
    retryable: true,
  });
}

/** Endpoint → memoized CORS probe result. */
const probes = new Map<string, Promise<boolean>>();

/**
 * Whether this page can POST a signup to the endpoint and read the answer: true when the endpoint
 * is same-origin, or production and the page is on P2PU's CORS allow-list; otherwise one CORS
 * probe per endpoint and page (memoized) that needs the same preflight as the POST. Any failure
 * means false.
 */
export async function canPostSignup(core: ApiCore, options: CallOptions = {}): Promise<boolean> {
  const page = currentPageOrigin();
  const endpointOrigin = originOf(core.endpoint);
  if (endpointOrigin !== null && endpointOrigin === page) return true;
  if (endpointOrigin === PRODUCTION_ORIGIN && pageOriginAllowedByP2pu(page)) return true;
  const endpoint = core.endpoint;
  let probe = probes.get(endpoint);
  if (!probe) {
    probe = corsProbe(core.apiUrl('learningcircles/', new URLSearchParams({ id: '0', limit: '1' })), core.timeoutMs);
    probes.set(endpoint, probe);
    void probe.then((ok) => {
      if (ok) rememberCorsOk(endpoint);
      // A refusal looks the same as being offline, so only a success is remembered: a widget
      // that retries after the network came back asks again instead of settling for a link-out.
      else probes.delete(endpoint);
    });
  }
  return withSignal(probe, options.signal);
}

/** Forgets the CORS probes' results (tests: `resetClients`). */
export function forgetCorsProbes(): void {
  probes.clear();
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

/** The server stores at most 128 characters of a name; more is an HTTP 500. */
export const MAX_NAME_LENGTH = 128;

/** What a learner typed, as a string (never cut here: only answers from the API are). */
const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/**
 * SignupRequest → the JSON body of `POST /api/signup/`. Trims text, cuts the name to 128
 * characters, drops an empty mobile and an empty custom answer, strips spaces, dashes, dots and
 * brackets from the mobile number (`+1 (217) 555-0142` → `+12175550142`).
 */
export function toSignupBody(request: SignupRequest): RawSignupBody {
  const questions = request.signupQuestions ?? { goals: '', support: '' };
  const body: RawSignupBody = {
    learning_circle: request.learningCircle,
    name: Array.from(text(request.name).trim()).slice(0, MAX_NAME_LENGTH).join(''),
    email: text(request.email).trim(),
    communications_opt_in: request.communicationsOptIn === true,
    consent: request.consent === true,
    signup_questions: {
      goals: text(questions.goals).trim(),
      support: text(questions.support).trim(),
    },
  };
  const mobile = text(request.mobile).replace(/[\s().-]/g, '');
  if (mobile !== '') body.mobile = mobile;
  const custom = text(questions.customQuestion).trim();
  if (custom !== '') body.signup_questions.custom_question = custom;
  return body;
}
