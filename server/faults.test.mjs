// Fault injection (P2PU_FAULTS=on) and added latency.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { postJson, request, signupBody, start } from './testkit.mjs';

const PREFLIGHT = { 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' };

describe('faults off (default)', () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let api;
  before(async () => {
    api = await start({ faults: false });
  });
  after(() => api.close());

  test('controls 404 and fault parameters are ignored', async () => {
    assert.equal((await api.request('/__faults')).status, 404);
    assert.equal((await api.request('/__faults', { method: 'POST', body: '{"fault":"html500"}' })).status, 404);
    const plain = await api.request('/api/learningcircles/?limit=3&callback=cb');
    for (const f of ['html500', 'malformed', 'empty', 'hang', 'slow']) {
      const r = await api.request(`/api/learningcircles/?limit=3&__fault=${f}&__latency=5000&callback=cb`, { timeout: 2000 });
      assert.equal(r.status, 200, f);
      assert.equal(r.text, plain.text, f);
    }
  });
});

describe('faults on', () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let api;
  before(async () => {
    api = await start({ faults: true, cors: 'p2pu', slowMs: 300 });
  });
  after(() => api.close());

  test('fault parameters do not change the JSONP callback or the results', async () => {
    const plain = await api.request('/api/learningcircles/?limit=3&callback=cb');
    const withParams = await api.request('/api/learningcircles/?__latency=1&limit=3&callback=cb&__fault=none');
    assert.equal(withParams.text, plain.text);
  });

  test('an endpoint with a /__fault/<kind>/ prefix fails every request made through it', async () => {
    const broken = await api.request('/__fault/html500/api/learningcircles/topics/');
    assert.equal(broken.status, 500);
    const empty = await api.request('/__fault/empty/api/learningcircles/?limit=3&callback=cb');
    assert.match(empty.text, /^cb\(\{"count": 0/);
    const unknown = await api.request('/__fault/gremlins/api/learningcircles/?limit=1');
    assert.equal(unknown.status, 404, 'an unknown fault kind is not a route');
    const healthy = await api.request('/api/learningcircles/topics/');
    assert.equal(healthy.status, 200, 'other requests are unaffected');
  });

  test('html500: Django-like HTML 500, with CORS headers', async () => {
    const r = await api.request('/api/courses/?__fault=html500', { headers: { origin: 'https://www.p2pu.org' } });
    assert.equal(r.status, 500);
    assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(r.text, /Something went wrong/);
    assert.equal(r.headers['access-control-allow-origin'], 'https://www.p2pu.org');
  });

  test('malformed: truncated JSON, or a JSONP script that throws a SyntaxError', async () => {
    const json = await api.request('/api/learningcircles/?limit=2&__fault=malformed');
    assert.equal(json.status, 200);
    assert.equal(json.headers['content-type'], 'application/json');
    assert.throws(() => JSON.parse(json.text), SyntaxError);
    const jsonp = await api.request('/api/learningcircles/?limit=2&callback=cb&__fault=malformed');
    assert.equal(jsonp.headers['content-type'], 'text/javascript');
    assert.ok(jsonp.text.startsWith('cb({'));
    assert.throws(() => new vm.Script(jsonp.text), (e) => e instanceof Error && e.name === 'SyntaxError');
  });

  test('empty: the endpoint shape with nothing in it', async () => {
    const cases = {
      '/api/learningcircles/?limit=5': { count: 0, signup_open_count: 0, signup_closed_count: 0, offset: 0, limit: 5, items: [] },
      '/api/learningcircles/': { count: 0, signup_open_count: 0, signup_closed_count: 0, items: [] },
      '/api/courses/': { count: 0, items: [] },
      '/api/learningcircles/cities/': { count: 0, items: [] },
      '/api/learningcircles/topics/': { topics: {} },
      '/api/courses/topics/': { topics: {} },
      '/api/courses/languages/': { languages: [] },
      '/api/learning-circles-map/': { items: [] },
      '/api/teams/': { count: 0, items: [] },
      '/api/teams/?image=true&limit=3': { count: 0, offset: 0, limit: 3, items: [] },
    };
    for (const [p, expected] of Object.entries(cases)) {
      const r = await api.request(`${p}${p.includes('?') ? '&' : '?'}__fault=empty`);
      assert.deepEqual(JSON.parse(r.text), expected, p);
    }
    const jsonp = await api.request('/api/courses/?callback=cb&__fault=empty');
    assert.equal(jsonp.text, 'cb({"count": 0, "items": []});');
  });

  test('envelope: HTTP 200 with the error envelope the real server sends for a refused parameter', async () => {
    const r = await api.request('/api/learningcircles/?limit=5&__fault=envelope');
    assert.equal(r.status, 200);
    assert.deepEqual(JSON.parse(r.text), { status: 'error', errors: { team_id: ['Not a valid integer'] } });
    const jsonp = await api.request('/__fault/envelope/api/courses/?callback=cb');
    assert.equal(jsonp.text, 'cb({"status": "error", "errors": {"team_id": ["Not a valid integer"]}});');
  });

  test('slow and __latency delay the answer', async () => {
    let t = Date.now();
    const slow = await api.request('/api/courses/topics/?__fault=slow');
    assert.ok(Date.now() - t >= 290, 'slowMs');
    assert.equal(slow.status, 200);
    t = Date.now();
    await api.request('/api/courses/topics/?__latency=150');
    assert.ok(Date.now() - t >= 140);
  });

  test('the default slow fault takes 10 s', async () => {
    const tenSeconds = await start({ faults: true });
    try {
      await assert.rejects(tenSeconds.request('/api/courses/topics/?__fault=slow', { timeout: 400 }), { code: 'TIMEOUT' });
    } finally {
      await tenSeconds.close();
    }
  });

  test('hang never answers; close() destroys the socket', async () => {
    const hanging = await start({ faults: true });
    const pending = request(`${hanging.base}/api/learningcircles/?__fault=hang`, { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 150));
    const t = Date.now();
    await hanging.close();
    assert.ok(Date.now() - t < 1000, 'close does not wait for the hanging request');
    await assert.rejects(pending, (e) => e instanceof Error && e.code !== 'TIMEOUT');
  });

  test('/__faults: add, list, apply with path and times, reset', async () => {
    const origin = 'http://localhost:5173'; // not allowed by the p2pu CORS mode, but the control endpoint answers it
    const preflight = await api.request('/__faults', { method: 'OPTIONS', headers: { origin, ...PREFLIGHT } });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], origin);
    assert.match(String(preflight.headers['access-control-allow-methods']), /POST/);
    assert.match(String(preflight.headers['access-control-allow-headers']), /content-type/);

    const add = await postJson(api, '/__faults', { fault: 'html500', path: '/api/learningcircles/', times: 2 }, { origin });
    assert.equal(add.status, 200);
    assert.equal(add.headers['access-control-allow-origin'], origin);
    assert.deepEqual(JSON.parse(add.text).faults, [{ fault: 'html500', path: '/api/learningcircles/', times: 2, latencyMs: 0 }]);

    assert.equal((await api.request('/api/courses/')).status, 200, 'other paths unaffected');
    assert.equal((await api.request('/api/learningcircles/')).status, 500);
    assert.equal((await api.request('/api/learningcircles/topics/')).status, 500, 'prefix match');
    assert.equal((await api.request('/api/learningcircles/')).status, 200, 'times exhausted');
    assert.deepEqual(JSON.parse((await api.request('/__faults')).text), { faults: [] });

    await postJson(api, '/__faults', { fault: 'malformed' });
    await postJson(api, '/__faults', { fault: 'none', latencyMs: 50 });
    const broken = await api.request('/api/courses/topics/');
    assert.throws(() => JSON.parse(broken.text));
    const del = await api.request('/__faults', { method: 'DELETE', headers: { origin } });
    assert.deepEqual(JSON.parse(del.text), { faults: [] });
    assert.equal(del.headers['access-control-allow-origin'], origin);
    assert.equal((await api.request('/api/courses/topics/')).status, 200);

    const bad = await postJson(api, '/__faults', { fault: 'explode' });
    assert.equal(bad.status, 400);
    assert.equal((await postJson(api, '/__faults', 'nope')).status, 400);
  });

  test('a rule never breaks preflights and is not used up by them', async () => {
    await postJson(api, '/__faults', { fault: 'hang', path: '/api/signup/', times: 1, latencyMs: 20 });
    const preflight = await api.request('/api/signup/', { method: 'OPTIONS', headers: { origin: 'https://www.p2pu.org', ...PREFLIGHT } });
    assert.equal(preflight.status, 200);
    assert.equal(preflight.headers['access-control-allow-origin'], 'https://www.p2pu.org');
    const body = JSON.stringify(signupBody(4821, { email: 'hang@example.org' }));
    await assert.rejects(api.request('/api/signup/', { method: 'POST', body, timeout: 300 }), { code: 'TIMEOUT' });
    const next = await api.request('/api/signup/', { method: 'POST', body });
    assert.equal(next.text, '{"status": "created"}');
  });

  test('nopreflight: CORS on answers, preflights refused (a proxy that lets a page GET but never POST JSON)', async () => {
    const origin = { origin: 'https://www.p2pu.org' };
    const preflight = await api.request('/__fault/nopreflight/api/learningcircles/?limit=1', { method: 'OPTIONS', headers: { ...origin, ...PREFLIGHT } });
    assert.equal(preflight.status, 200);
    assert.equal(preflight.headers['access-control-allow-origin'], undefined);
    const get = await api.request('/__fault/nopreflight/api/learningcircles/?limit=1', { headers: origin });
    assert.equal(get.headers['access-control-allow-origin'], 'https://www.p2pu.org');
    assert.equal(JSON.parse(get.text).items.length, 1);
  });

  test('twice, throw, hijack: hostile JSONP answers that still call back with the real data', async () => {
    const plain = await api.request('/api/learningcircles/?limit=1&callback=cb');
    const run = (text) => {
      const calls = [];
      // (data made in the script's own realm: compared as JSON)
      const window = { cb: (d) => calls.push(['cb', JSON.stringify(d)]), __p2pu_jsonp_other: (d) => calls.push(['other', JSON.stringify(d)]) };
      let thrown = null;
      try {
        vm.runInNewContext(text, { window, ...window });
      } catch (error) {
        thrown = error;
      }
      return { calls, thrown };
    };
    const data = JSON.stringify(JSON.parse(plain.text.slice(3, -2)));
    const twice = run((await api.request('/api/learningcircles/?limit=1&callback=cb&__fault=twice')).text);
    assert.deepEqual(twice.calls.map(([f]) => f), ['cb', 'cb']);
    assert.deepEqual(twice.calls[0][1], data);
    const thrown = run((await api.request('/api/learningcircles/?limit=1&callback=cb&__fault=throw')).text);
    assert.deepEqual(thrown.calls, [['cb', data]]);
    assert.match(String(thrown.thrown), /thrown after the callback/);
    const hijack = run((await api.request('/api/learningcircles/?limit=1&callback=cb&__fault=hijack')).text);
    assert.deepEqual(hijack.calls.map(([f]) => f), ['other', 'cb']);
    assert.equal(JSON.parse(hijack.calls[0][1]).items[0].name, 'Hijacked');
    assert.equal(hijack.calls[1][1], data);
    const json = await api.request('/api/learningcircles/?limit=1&__fault=twice');
    assert.equal(json.headers['content-type'], 'application/json', 'without callback= the answer is plain');
  });
});

describe('latencyMs option', () => {
  test('adds latency to every /api/ answer only', async () => {
    const api = await start({ latencyMs: 200 });
    try {
      let t = Date.now();
      await api.request('/api/courses/topics/');
      assert.ok(Date.now() - t >= 190);
      t = Date.now();
      await api.request('/api/learningcircles/?limit=x');
      assert.ok(Date.now() - t >= 190, 'errors too');
      t = Date.now();
      await api.request('/media/x.svg');
      assert.ok(Date.now() - t < 190, 'not on media');
    } finally {
      await api.close();
    }
  });
});

describe('the handler without a server (what the Storybook mock runs in a browser)', () => {
  test('imports nothing from Node, so a browser bundle can use it', async () => {
    const { readFileSync } = await import('node:fs');
    for (const file of ['handler.mjs', 'api.mjs', 'seed.mjs', 'signups.mjs', 'time.mjs', 'i18n.mjs', 'pyjson.mjs', 'html.mjs']) {
      const text = readFileSync(new URL(file, import.meta.url), 'utf8');
      assert.doesNotMatch(text, /from '(node:|fs|path|http|url)/, file);
      assert.doesNotMatch(text, /\bBuffer\b|\bprocess\./, file);
    }
  });

  test('answers a search and stores a signup in memory', async () => {
    const { createApiHandler } = await import('./handler.mjs');
    const { MemorySignupStore } = await import('./signups.mjs');
    const api = createApiHandler({ store: new MemorySignupStore(), faults: true, publicOrigin: 'https://learningcircles.p2pu.org' });
    const list = await api.handle({ method: 'GET', url: '/api/learningcircles/?team_id=1&limit=2&callback=cb', headers: {} });
    assert.equal(list?.status, 200);
    const text = new TextDecoder().decode(list?.body);
    assert.match(text, /^cb\(\{"count": \d+/);
    assert.match(text, /https:\/\/learningcircles\.p2pu\.org\/en\/signup\//, 'links use the public origin given');
    const body = new TextEncoder().encode(JSON.stringify(signupBody(4821)));
    const created = await api.handle({ method: 'POST', url: '/api/signup/', headers: { 'content-type': 'application/json' }, body });
    assert.equal(new TextDecoder().decode(created?.body), '{"status": "created"}');
    assert.equal(api.store.countFor(4821), 1);
    assert.equal(await api.handle({ method: 'GET', url: '/__fault/hang/api/courses/', headers: {} }), null);
  });
});
