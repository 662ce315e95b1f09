// Helpers for the src/api browser tests. The fixture API is test/fixture-api.mjs (a WTR middleware
// replaying test/fixtures/real-api-samples/).

/** Base URL of the recorded-sample API on the test page's own origin. */
export const FIXTURE = `${location.origin}/fixture-api`;

/**
 * The same server under another origin (`localhost` ↔ `127.0.0.1`; the dev server listens on
 * every interface), for cross-origin (CORS / JSONP) tests.
 */
export const CROSS_ORIGIN_FIXTURE = `${location.protocol}//${
  location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'
}:${location.port}/fixture-api`;

/** The fixture endpoint with test controls (`{ delay: 300, tag: 'x' }` → `/fixture-api/@delay=300,tag=x`). */
export function fixture(controls: Record<string, string | number> = {}, base = FIXTURE): string {
  const pairs = Object.entries(controls).map(([k, v]) => `${k}=${v}`);
  return pairs.length ? `${base}/@${pairs.join(',')}` : base;
}

/** A tag unique to this call, to count requests with {@link hits}. */
export function uniqueTag(): string {
  return `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** How many requests the fixture API received with `tag=<tag>`. */
export async function hits(tag: string): Promise<number> {
  const res = await fetch(`${FIXTURE}/__hits/${tag}`);
  return ((await res.json()) as { hits: number }).hits;
}

/** A raw recorded answer (JSON parsed) from test/fixtures/real-api-samples/. */
export async function sample<T = any>(file: string): Promise<T> {
  const res = await fetch(`/test/fixtures/real-api-samples/${file}`);
  if (!res.ok) throw new Error(`sample ${file}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export interface SampleRow {
  name: string;
  file: string;
  method: string;
  path: string;
  origin: string | null;
  status: number;
  request_body: string | null;
  headers: Record<string, string>;
}

/** Every row of the samples' index.jsonl. */
export async function sampleIndex(): Promise<SampleRow[]> {
  const text = await (await fetch('/test/fixtures/real-api-samples/index.jsonl')).text();
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SampleRow);
}

/** JSONP `<script>` elements of this library currently in the document. */
export function jsonpScripts(): HTMLScriptElement[] {
  return [...document.querySelectorAll<HTMLScriptElement>('script[src*="callback=__p2pu_jsonp_"]')];
}

/** Global JSONP callbacks of this library currently defined on window. */
export function jsonpGlobals(): string[] {
  return Object.keys(window).filter((k) => k.startsWith('__p2pu_jsonp_'));
}

/** The rejection of `promise` (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Uncaught errors on the page while `body` runs (plus `settleMs` afterwards). */
export async function pageErrorsDuring(body: () => Promise<void>, settleMs = 0): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
    if (settleMs) await wait(settleMs);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}
