/**
 * A stand-in P2PU origin for browser tests that need answers the local API never gives (keys
 * missing or added, hostile strings, a network that fails N times). It wraps `window.fetch`:
 * requests to {@link STUB_ORIGIN} are passed on to the local API (`localApi.open`, same path and
 * query) and the raw JSON answer is handed to `rewrite` before the widget sees it. Widgets use it
 * with `endpoint=${STUB_ORIGIN} transport="cors"`.
 */
import { localApi } from '../local-api.js';

export const STUB_ORIGIN = 'https://api.stub.p2pu.test';

type Json = any;

export interface StubRequest {
  url: URL;
  method: string;
  body: Json;
}

export interface StubOptions {
  /** Changes a GET answer (the parsed JSON of the local API) before a widget reads it. */
  rewrite?: (body: Json, url: URL) => Json;
  /** Which local-API URL answers this request (default: the same path and query). */
  forward?: (url: URL) => string;
  /** Answers a request itself: a Response, or 'offline' for a fetch that fails as offline/CORS does. */
  answer?: (request: StubRequest) => Response | 'offline' | null | undefined;
}

const realFetch = window.fetch.bind(window);

/** Installs the stub; returns the requests it saw and a `restore()`. */
export function installStubApi(options: StubOptions = {}) {
  const requests: StubRequest[] = [];
  const previous = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const href = input instanceof Request ? input.url : String(input);
    if (!href.startsWith(STUB_ORIGIN)) return previous(input, init);
    const url = new URL(href);
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : null;
    const request = { url, method, body };
    requests.push(request);
    init?.signal?.throwIfAborted();
    const own = options.answer?.(request);
    if (own === 'offline') throw new TypeError('Failed to fetch');
    if (own) return own;
    const target = options.forward?.(url) ?? `${localApi.open}${url.pathname}${url.search}`;
    const response = await realFetch(target, { method, body: init?.body, headers: init?.headers, signal: init?.signal });
    const text = await response.text();
    let data: Json;
    try {
      data = JSON.parse(text);
    } catch {
      return new Response(text, { status: response.status, headers: { 'Content-Type': 'text/html' } });
    }
    if (method === 'GET' && options.rewrite) data = options.rewrite(data, url);
    return json(data, response.status);
  };
  return {
    requests,
    restore: () => {
      window.fetch = previous;
    },
  };
}

/** A JSON Response. */
export function json(body: Json, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** Deep copy of a JSON value with `fn` applied to every object (children first). */
export function mapObjects(value: Json, fn: (obj: Record<string, Json>, path: string[]) => Json, path: string[] = []): Json {
  if (Array.isArray(value)) return value.map((v, i) => mapObjects(v, fn, [...path, String(i)]));
  if (value && typeof value === 'object') {
    const copy: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = mapObjects(v, fn, [...path, k]);
    return fn(copy, path);
  }
  return value;
}
