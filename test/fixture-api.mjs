// A web-test-runner middleware that replays the real P2PU responses in
// test/fixtures/real-api-samples/ over HTTP, so browser tests exercise the real transports.
//
// Endpoint for the API client: `${location.origin}/fixture-api` (API under /fixture-api/api/...).
// A request is matched to a sample by method + path + query (order-insensitive; `callback` and
// `__*` ignored), and POSTs by their JSON body. A GET with no exact match falls back to a sample
// with the same filters but other paging (an unpaginated one is paged with limit/offset like the
// real server). `callback=NAME` answers JSONP (`NAME(<json>);`, text/javascript).
// Unknown requests get 404 `{"fixture":"no sample"}`.
//
// Test controls, as `/fixture-api/@k=v,k=v/api/...` (so they can be part of an endpoint) or as
// `__k=v` query parameters:
//   sample=NAME  serve that sample whatever the request
//   status=N     override the status code          delay=MS  answer after MS milliseconds
//   hang=1       answer only when the client gives up (at most 5 s)
//   badjs=1      JSONP body that is a syntax error   cors=1    allow any origin (CORS + preflight)
//   tag=T        count requests; GET /fixture-api/__hits/T → {"hits": n}
// Answers carry `Cache-Control: no-store` (unlike the real list's max-age=900) so tests never
// see the browser's HTTP cache.
import { readFileSync } from 'node:fs';

const PREFIX = '/fixture-api';
const dir = new URL('./fixtures/real-api-samples/', import.meta.url);
const samples = readFileSync(new URL('index.jsonl', dir), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));
const byName = new Map(samples.map((s) => [s.name, s]));
const hits = new Map();

const PAGING = ['limit', 'offset'];
/** Sorted `k=v` pairs of a query, without callback/controls (and optionally without paging). */
function queryKey(params, dropPaging = false) {
  return [...params]
    .filter(([k]) => k !== 'callback' && !k.startsWith('__') && !(dropPaging && PAGING.includes(k)))
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join('&');
}
const sampleUrl = (s) => new URL(s.path, 'http://x');
/** JSON with sorted keys, to compare request bodies. */
const canonical = (v) =>
  Array.isArray(v)
    ? `[${v.map(canonical).join(',')}]`
    : v && typeof v === 'object'
      ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`
      : JSON.stringify(v);
const canonicalText = (text) => {
  try {
    return canonical(JSON.parse(text));
  } catch {
    return text;
  }
};

function findSample(method, path, params, body) {
  const sameRoute = samples.filter((s) => s.method === method && sampleUrl(s).pathname === path);
  // Prefer stock samples without an Origin, and JSONP samples only for JSONP requests.
  const wantsJsonp = params.has('callback');
  const score = (s) => (s.origin ? 2 : 0) + (sampleUrl(s).searchParams.has('callback') === wantsJsonp ? 0 : 1);
  const best = (list) => list.slice().sort((a, b) => score(a) - score(b))[0];
  if (method === 'POST') {
    const wanted = canonicalText(body);
    return { sample: best(sameRoute.filter((s) => canonicalText(s.request_body ?? '') === wanted)) };
  }
  const exact = best(sameRoute.filter((s) => queryKey(sampleUrl(s).searchParams) === queryKey(params)));
  if (exact) return { sample: exact };
  // Same filters, other paging: prefer an unpaged sample and page it like the server would.
  const similar = sameRoute.filter((s) => queryKey(sampleUrl(s).searchParams, true) === queryKey(params, true));
  const isPaged = (s) => PAGING.some((k) => sampleUrl(s).searchParams.has(k));
  const unpaged = best(similar.filter((s) => !isPaged(s)));
  if (unpaged || similar.length) return unpaged ? { sample: unpaged, page: true } : { sample: best(similar) };
  // Like the real server, an id nobody recorded is an empty list.
  if (path === '/api/learningcircles/' && /^\d+$/.test(params.get('id') ?? '')) {
    return { sample: byName.get('lc-team_id-999'), page: true };
  }
  return {};
}

function readSample(sample) {
  let text = readFileSync(new URL(sample.file, dir), 'utf8');
  let json = null;
  const jsonp = /^\s*([\w$.]+)\(([\s\S]*)\);?\s*$/.exec(text);
  if (jsonp) text = jsonp[2];
  try {
    json = JSON.parse(text);
  } catch {
    // HTML or empty body
  }
  return { text, json };
}

/** Pages a list answer like the server: offset/limit keys before items. */
function paged(json, params) {
  if (!json || !Array.isArray(json.items) || !PAGING.some((k) => params.has(k))) return json;
  const limit = Math.max(0, Number(params.get('limit') ?? 100) || 0);
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const { items, ...head } = json;
  return { ...head, offset, limit, items: items.slice(offset, offset + limit) };
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** @type {import('@web/dev-server-core').Middleware} */
export async function fixtureApiMiddleware(ctx, next) {
  if (ctx.path !== PREFIX && !ctx.path.startsWith(`${PREFIX}/`)) return next();
  let path = ctx.path.slice(PREFIX.length);
  const url = new URL(ctx.url, 'http://x');
  const params = url.searchParams;

  if (path.startsWith('/__hits/')) {
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify({ hits: hits.get(decodeURIComponent(path.slice(8))) ?? 0 });
    return;
  }

  const controls = {};
  const at = /^\/@([^/]*)/.exec(path);
  if (at) {
    path = path.slice(at[0].length);
    for (const pair of decodeURIComponent(at[1]).split(',')) {
      const [k, ...v] = pair.split('=');
      if (k) controls[k] = v.join('=');
    }
  }
  for (const [k, v] of params) if (k.startsWith('__')) controls[k.slice(2)] = v;
  if (controls.tag) hits.set(controls.tag, (hits.get(controls.tag) ?? 0) + 1);

  if (controls.cors) {
    ctx.set('Access-Control-Allow-Origin', ctx.get('Origin') || '*');
    ctx.set('Vary', 'Origin');
    if (ctx.method === 'OPTIONS') {
      ctx.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      ctx.set('Access-Control-Allow-Headers', 'accept, content-type');
      ctx.status = 200;
      ctx.body = '';
      return;
    }
  }

  const body = ctx.method === 'POST' ? await readBody(ctx.req) : '';
  if (controls.delay) await sleep(Number(controls.delay));
  if (controls.hang) {
    await new Promise((resolve) => {
      ctx.req.once('close', resolve);
      ctx.res.once('close', resolve);
      setTimeout(resolve, 5000);
    });
  }

  const callback = params.get('callback');
  const found = controls.sample
    ? { sample: byName.get(controls.sample) }
    : findSample(ctx.method, path, params, body);
  ctx.set('Cache-Control', 'no-store');
  if (!found.sample) {
    ctx.status = 404;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ fixture: 'no sample', method: ctx.method, path, query: url.search });
    return;
  }
  const { sample } = found;
  const { text, json } = readSample(sample);
  const data = found.page ? paged(json, params) : json;
  ctx.status = Number(controls.status || sample.status);
  if (callback && controls.badjs) {
    ctx.type = 'text/javascript';
    ctx.body = `${callback}({"count": 1, "items": [}`;
  } else if (callback && data !== null) {
    ctx.type = 'text/javascript';
    ctx.body = `${callback}(${JSON.stringify(data)});`;
  } else {
    ctx.type = sample.headers['content-type'] ?? 'application/octet-stream';
    ctx.body = data !== null && found.page ? JSON.stringify(data) : text;
  }
}
