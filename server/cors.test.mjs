// CORS: 'p2pu' reproduces production's django-cors-headers allow-list; 'open' allows every origin.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { postJson, sampleHeaders, signupBody, start } from './testkit.mjs';

const corsPart = (headers) =>
  Object.fromEntries(
    Object.entries(headers)
      .filter(([k]) => k.startsWith('access-control-') || k === 'vary')
      .map(([k, v]) => [k, String(v)])
      .sort(([a], [b]) => a.localeCompare(b)),
  );

const PREFLIGHT = { 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' };

describe("P2PU_CORS=p2pu (production allow-list)", () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let api;
  before(async () => {
    api = await start({ cors: 'p2pu' });
  });
  after(() => api.close());

  test('a localhost dev origin is denied exactly like the real server', async () => {
    const expected = corsPart(sampleHeaders('cors-stock-lc-origin-127.0.0.1-5173'));
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:5173', 'http://localhost:8000', 'https://library.example.org']) {
      const r = await api.request('/api/learningcircles/?limit=1', { headers: { origin } });
      assert.equal(r.status, 200);
      assert.deepEqual(corsPart(r.headers), expected, origin);
      assert.equal(r.headers['access-control-allow-credentials'], 'true');
      assert.equal(r.headers['access-control-allow-origin'], undefined);
    }
  });

  test('allowed origins get their origin echoed with credentials', async () => {
    const expected = corsPart(sampleHeaders('cors-stock-lc-origin-www.p2pu.org'));
    for (const origin of ['https://www.p2pu.org', 'https://foo.p2pu.org', 'https://learningcircles.p2pu.org', 'https://p2pu.github.io']) {
      const r = await api.request('/api/learningcircles/?limit=1', { headers: { origin } });
      assert.deepEqual(corsPart(r.headers), { ...expected, 'access-control-allow-origin': origin }, origin);
    }
    const courses = await api.request('/api/courses/?limit=1', { headers: { origin: 'https://www.p2pu.org' } });
    assert.deepEqual(corsPart(courses.headers), corsPart(sampleHeaders('cors-stock-courses-origin-www.p2pu.org')));
  });

  test('bare p2pu.org, plain http and look-alikes are not allowed', async () => {
    for (const origin of ['https://p2pu.org', 'http://www.p2pu.org', 'https://www.p2pu.org.evil.example', 'https://evilp2pu.org', 'null']) {
      const r = await api.request('/api/learningcircles/?limit=1', { headers: { origin } });
      assert.equal(r.headers['access-control-allow-origin'], undefined, origin);
      assert.equal(r.headers['access-control-allow-credentials'], 'true', origin);
    }
  });

  test('preflight: allowed origin', async () => {
    const r = await api.request('/api/signup/', { method: 'OPTIONS', headers: { origin: 'https://www.p2pu.org', ...PREFLIGHT } });
    const expected = sampleHeaders('cors-stock-preflight-signup-origin-www.p2pu.org');
    assert.equal(r.status, 200);
    assert.equal(r.text, '');
    assert.equal(r.headers['content-type'], expected['content-type']);
    assert.equal(r.headers['content-length'], '0');
    assert.deepEqual(corsPart(r.headers), corsPart(expected));
    assert.equal(r.headers['content-language'], undefined);
  });

  test('preflight: denied origin gets 200 without ACAO', async () => {
    const r = await api.request('/api/signup/', { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:5173', ...PREFLIGHT } });
    assert.equal(r.status, 200);
    assert.deepEqual(corsPart(r.headers), corsPart(sampleHeaders('cors-stock-preflight-signup-origin-127.0.0.1-5173')));
  });

  test('a denied-origin signup still runs and is stored', async () => {
    const body = signupBody(4821, { email: 'denied.origin@example.org' });
    const r = await postJson(api, '/api/signup/', body, { origin: 'http://localhost:5173', 'content-type': 'text/plain;charset=UTF-8' });
    assert.equal(r.text, '{"status": "created"}');
    assert.equal(r.headers['access-control-allow-origin'], undefined);
    const stored = JSON.parse((await api.request('/__signups?format=json')).text);
    assert.ok(stored.items.some((s) => s.email === 'denied.origin@example.org' && s.origin === 'http://localhost:5173'));
  });

  test('Vary: Origin is always there; no Origin header, no CORS headers', async () => {
    for (const p of ['/api/learningcircles/', '/api/courses/topics/', '/api/nope/', '/api/learningcircles', '/en/course/1203/']) {
      const r = await api.request(p);
      assert.match(String(r.headers.vary), /Origin/, p);
      assert.equal(r.headers['access-control-allow-credentials'], undefined, p);
    }
    // CORS applies to every path, errors included
    const e = await api.request('/api/learningcircles/?id=abc', { headers: { origin: 'https://www.p2pu.org' } });
    assert.equal(e.status, 500);
    assert.equal(e.headers['access-control-allow-origin'], 'https://www.p2pu.org');
  });
});

describe('P2PU_CORS=open', () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let api;
  before(async () => {
    api = await start({ cors: 'open' });
  });
  after(() => api.close());

  test('any origin is allowed, like the cors-extra samples', async () => {
    const expected = corsPart(sampleHeaders('cors-extra-lc-origin-127.0.0.1-5173'));
    for (const origin of ['http://127.0.0.1:5173', 'http://localhost:6006', 'https://library.example.org']) {
      const r = await api.request('/api/learningcircles/?limit=1', { headers: { origin } });
      assert.deepEqual(corsPart(r.headers), { ...expected, 'access-control-allow-origin': origin });
    }
  });

  test('preflight from any origin', async () => {
    const r = await api.request('/api/signup/', { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:5173', ...PREFLIGHT } });
    assert.equal(r.status, 200);
    assert.deepEqual(corsPart(r.headers), corsPart(sampleHeaders('cors-extra-preflight-signup-origin-127.0.0.1-5173')));
    const post = await postJson(api, '/api/signup/', {}, { origin: 'http://127.0.0.1:5173' });
    assert.deepEqual(corsPart(post.headers), corsPart(sampleHeaders('cors-extra-signup-error-origin-127.0.0.1-5173')));
  });
});
