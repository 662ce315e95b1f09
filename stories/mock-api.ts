/**
 * Where the stories get P2PU data: by default from the local API's own code running in the browser
 * (server/handler.mjs behind Mock Service Worker), so a built Storybook works from any static host
 * with nothing else running. Its answers have P2PU's real shapes (the server is checked against the
 * recorded real answers) and dates that move with today. The toolbar's "P2PU data" switch sends
 * the stories without a fault to the local API (`npm run api`) or to P2PU itself instead.
 */
import { delay, http, HttpResponse, passthrough, type HttpHandler } from 'msw';
import { createApiHandler } from '../server/handler.mjs';
import { MemorySignupStore } from '../server/signups.mjs';
import { DEFAULT_ENDPOINT } from '../src/api/client.js';

/** P2PU's API: the widgets' default endpoint, answered by the mock unless the toolbar says otherwise. */
export const P2PU_ORIGIN = DEFAULT_ENDPOINT;
/** The local API of `npm run api`. */
export const LOCAL_API = 'http://localhost:8787';

export type DataSource = 'recorded' | 'local' | 'live';
export const DATA_SOURCES: { value: DataSource; title: string }[] = [
  { value: 'recorded', title: 'Recorded answers (no server needed)' },
  { value: 'local', title: 'Local API on :8787 (npm run api)' },
  { value: 'live', title: 'P2PU itself (learningcircles.p2pu.org)' },
];

let source: DataSource = 'recorded';

/** Set by the preview from the toolbar before each story renders. */
export function setDataSource(value: unknown): void {
  source = DATA_SOURCES.some((s) => s.value === value) ? (value as DataSource) : 'recorded';
}

/** The endpoint the stories' data comes from (for stories that call the API client themselves). */
export function storyEndpoint(): string {
  return source === 'local' ? LOCAL_API : P2PU_ORIGIN;
}

/** A picture of the mock's media (the seed's `image_url`s): answered by the mock whatever the source. */
export function mockImage(name: string): string {
  return `${P2PU_ORIGIN}/media/${name}.svg`;
}

/** What goes wrong, per story: one of the local API's faults (server/README.md), or no network at all. */
export type StoryFault = 'hang' | 'html500' | 'malformed' | 'empty' | 'envelope' | 'offline';

export interface StoryData {
  fault?: StoryFault;
  /** Milliseconds before each answer (a slow connection). */
  latencyMs?: number;
}

// One API for the whole preview, so a signup made in one story is known to the next (as on a real server).
const api = createApiHandler({ store: new MemorySignupStore(), cors: 'open', faults: true, publicOrigin: P2PU_ORIGIN });

/** The request handlers for P2PU's API (and the local API's address, for stories with a fault). */
export function p2puHandlers(data: StoryData = {}): HttpHandler[] {
  const answer = async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    const isMedia = url.pathname.startsWith('/media/');
    const mocked = source === 'recorded' || data.fault || data.latencyMs || isMedia;
    if (!mocked) return passthrough();
    if (data.fault === 'offline' && !isMedia) return HttpResponse.error();
    if (data.latencyMs && !isMedia) await delay(data.latencyMs);
    const fault = data.fault && data.fault !== 'offline' && !isMedia ? `/__fault/${data.fault}` : '';
    const reply = await api.handle({
      method: request.method,
      url: `${fault}${url.pathname}${url.search}`,
      headers: Object.fromEntries(request.headers),
      body: new Uint8Array(await request.arrayBuffer()),
    });
    if (!reply) await delay('infinite');
    // never cached: the same URL answers differently in the next story (a fault, a delay)
    const headers = reply!.headers.filter(([name]) => name.toLowerCase() !== 'cache-control');
    headers.push(['Cache-Control', 'no-store']);
    return new HttpResponse(reply!.body, { status: reply!.status, headers });
  };
  return [http.all(`${P2PU_ORIGIN}/*`, answer), http.all(`${LOCAL_API}/*`, answer)];
}

/**
 * A story's `beforeEach` for the offline state: the browser says it is offline (`navigator.onLine`),
 * as it does when a patron's connection drops, so the widgets can say so; put back after the story.
 */
export function pretendOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => {
    delete (navigator as { onLine?: boolean }).onLine;
  };
}

/** Story parameters that give a story its own data (a fault, a delay). */
export function storyData(data: StoryData): { msw: { handlers: { p2pu: HttpHandler[] } } } {
  return { msw: { handlers: { p2pu: p2puHandlers(data) } } };
}
