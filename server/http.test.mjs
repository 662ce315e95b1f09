// HTTP-level behaviour: headers, JSONP, redirects, 404/405/500, languages, HTML stand-ins, media.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { postJson, start } from './testkit.mjs';

/** @type {Awaited<ReturnType<typeof start>>} */
let api;
before(async () => {
  api = await start();
});
after(() => api.close());

const GET_ENDPOINTS = [
  '/api/learningcircles/', '/api/learningcircles/topics/', '/api/learningcircles/cities/', '/api/courses/',
  '/api/courses/topics/', '/api/courses/languages/', '/api/learning-circles-map/', '/api/teams/', '/api/teams/1/',
];

describe('headers', () => {
  test('JSON without charset, Vary, Content-Language, security headers', async () => {
    for (const p of GET_ENDPOINTS) {
      const r = await api.request(p);
      assert.equal(r.status, 200, p);
      assert.equal(r.headers['content-type'], 'application/json', p);
      assert.match(String(r.headers.vary), /^Accept-Language, Origin(, Cookie)?$/, p);
      assert.equal(r.headers['content-language'], 'en', p);
      assert.equal(r.headers['x-frame-options'], 'DENY');
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
      assert.equal(r.headers['access-control-allow-origin'], undefined, 'no Origin, no CORS headers');
      assert.equal(r.headers['etag'], undefined);
      assert.equal(r.headers['last-modified'], undefined);
    }
  });

  test('Cache-Control: max-age=900 on the circle list only, errors and JSONP included', async () => {
    for (const q of ['', '?limit=abc', '?callback=cb', '?order=bogus&callback=cb', '?id=4821']) {
      assert.equal((await api.request(`/api/learningcircles/${q}`)).headers['cache-control'], 'max-age=900', q);
    }
    for (const p of GET_ENDPOINTS.slice(1)) assert.equal((await api.request(p)).headers['cache-control'], undefined, p);
    assert.equal((await postJson(api, '/api/signup/', {})).headers['cache-control'], undefined);
    assert.equal((await api.request('/api/learningcircles/?id=abc')).headers['cache-control'], undefined, '500s are not cached');
  });
});

describe('JSONP', () => {
  test('every GET endpoint answers callback=NAME with NAME(<json>); as text/javascript', async () => {
    for (const p of GET_ENDPOINTS) {
      const plain = await api.request(p);
      const r = await api.request(`${p}?callback=__jp0`);
      assert.equal(r.headers['content-type'], 'text/javascript', p);
      assert.equal(r.text, `__jp0(${plain.text});`, p);
      let received;
      vm.runInNewContext(r.text, { __jp0: (d) => { received = JSON.stringify(d); } });
      assert.deepEqual(JSON.parse(String(received)), JSON.parse(plain.text));
    }
  });

  test('error envelopes and signup answers are wrapped too; the name is not validated', async () => {
    const r = await api.request('/api/learningcircles/?limit=x&callback=cb');
    assert.equal(r.text, 'cb({"status": "error", "errors": {"limit": ["Not a valid integer"]}});');
    const s = await postJson(api, '/api/signup/?callback=done', {});
    assert.equal(s.headers['content-type'], 'text/javascript');
    assert.ok(s.text.startsWith('done({"status": "error"'));
    assert.ok((await api.request('/api/courses/topics/?callback=a.b%5B0%5D')).text.startsWith('a.b[0]('));
    assert.ok((await api.request('/api/courses/topics/?callback=')).text.startsWith('({'));
  });
});

describe('status codes', () => {
  test('missing trailing slash: 301 to the slash URL, query kept', async () => {
    const r = await api.request('/api/learningcircles?limit=2&q=caf%C3%A9');
    assert.equal(r.status, 301);
    assert.equal(r.headers.location, '/api/learningcircles/?limit=2&q=caf%C3%A9');
    assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(r.headers.vary, 'Origin, Cookie');
    assert.equal(r.text, '');
    const post = await api.request('/api/signup', { method: 'POST', body: '{}' });
    assert.equal(post.status, 301);
    assert.equal(post.headers.location, '/api/signup/');
    assert.equal((await api.request('/en/course/1203')).status, 301);
  });

  test('unknown paths: Django-like HTML 404', async () => {
    for (const p of ['/api/nope/', '/en/api/learningcircles/', '/api/learningcircles/4821/', '/nope']) {
      const r = await api.request(p);
      assert.equal(r.status, 404, p);
      assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
      assert.match(r.text, /<h1>Page not found<\/h1>/);
    }
  });

  test('wrong method: 405 with Allow and an empty body', async () => {
    const r = await api.request('/api/signup/');
    assert.equal(r.status, 405);
    assert.equal(r.headers.allow, 'POST, OPTIONS');
    assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(r.headers.vary, 'Accept-Language, Origin');
    assert.equal(r.text, '');
    const post = await api.request('/api/learningcircles/', { method: 'POST', body: '{}' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.allow, 'GET, HEAD, OPTIONS');
    const options = await api.request('/api/signup/', { method: 'OPTIONS' });
    assert.equal(options.status, 200);
    assert.equal(options.headers.allow, 'POST, OPTIONS');
    assert.equal(options.text, '');
    const head = await api.request('/api/learningcircles/', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.text, '');
    assert.ok(Number(head.headers['content-length']) > 1000);
  });

  test('HTML 500 for the inputs the real server crashes on', async () => {
    const crashes = [
      '/api/learningcircles/?weekdays=', '/api/learningcircles/?id=', '/api/learningcircles/?id=abc',
      '/api/learningcircles/?team_id=', '/api/learningcircles/?latitude=&longitude=1', '/api/learningcircles/?course_id=',
      '/api/learningcircles/?course_id=x', '/api/learningcircles/?q=-', '/api/learningcircles/?limit=-1',
      '/api/learningcircles/?offset=-1', '/api/courses/?course_id=abc', '/api/courses/?q=!!', '/api/courses/?limit=-3',
    ];
    for (const p of crashes) {
      const r = await api.request(p);
      assert.equal(r.status, 500, p);
      assert.equal(r.headers['content-type'], 'text/html; charset=utf-8', p);
      assert.equal(r.headers.vary, 'Accept-Language, Origin, Cookie', p);
      assert.match(r.text, /Something went wrong/);
    }
    // JSONP does not help: the script is HTML
    const jsonp = await api.request('/api/learningcircles/?id=abc&callback=cb');
    assert.equal(jsonp.status, 500);
    assert.equal(jsonp.headers['content-type'], 'text/html; charset=utf-8');
  });
});

describe('languages', () => {
  const url = async (lang) =>
    (await api.json('/api/learningcircles/?id=4821', { headers: lang === undefined ? {} : { 'accept-language': lang } }));

  test('Accept-Language picks the URL prefix and Content-Language', async () => {
    const cases = [
      [undefined, 'en'], ['es', 'es'], ['de-DE,de;q=0.9,en;q=0.8', 'de'], ['fi', 'fi'], ['fr-CA', 'fr'], ['pl', 'pl'],
      ['pt-BR', 'pt'], ['ro', 'ro'], ['sw', 'en'], ['en;q=0.5, fr', 'fr'], ['*', 'en'], ['zz, es;q=0.1', 'es'],
    ];
    for (const [header, lang] of cases) {
      const r = await url(header);
      assert.equal(r.headers['content-language'], lang, String(header));
      const item = r.data.items[0];
      assert.ok(item.url.startsWith(`${api.origin}/${lang}/signup/`), `${header}: ${item.url}`);
      assert.equal(item.report_url, `${api.origin}/${lang}/studygroup/4821/report/`);
      assert.equal(item.studygroup_path, `/${lang}/studygroup/4821/`);
      assert.equal(item.course.course_page_url, `${api.origin}/${lang}/course/1203/`);
    }
  });

  test('the django_language cookie wins over Accept-Language', async () => {
    const r = await api.json('/api/learningcircles/?id=4821', { headers: { cookie: 'django_language=ro', 'accept-language': 'es' } });
    assert.equal(r.headers['content-language'], 'ro');
  });

  test('validation messages are never translated', async () => {
    const r = await api.json('/api/learningcircles/?limit=x', { headers: { 'accept-language': 'de' } });
    assert.deepEqual(r.data.errors, { limit: ['Not a valid integer'] });
  });
});

describe('pages the API links to', () => {
  test('every item url answers a local stand-in page with the escaped circle name', async () => {
    const { data } = await api.json('/api/learningcircles/');
    for (const item of data.items) {
      const r = await api.request(new URL(item.url).pathname);
      assert.equal(r.status, 200, item.url);
      assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
      assert.match(r.text, /P2PU hosted signup page \(local stand-in\)/);
      assert.ok(!r.text.includes('<script>alert'), `no raw script in ${item.url}`);
      assert.ok(!r.text.includes('<img src=x'), `no raw img in ${item.url}`);
      assert.ok(!r.text.includes('href="javascript:'), 'no javascript: link');
    }
    const hostile = await api.request(new URL(data.items.find((i) => i.id === 4772).url).pathname);
    assert.ok(hostile.text.includes('&lt;img src=x onerror=alert(1)&gt;'));
    const es = await api.request('/es/signup/whatever-4821/');
    assert.match(es.text, /<html lang="es">/);
    assert.match(es.text, /<h1>Python at Riverside<\/h1>/);
    assert.equal((await api.request('/en/signup/x-999999/')).status, 404);
    assert.equal((await api.request('/xx/signup/x-4821/')).status, 404);
  });

  test('course pages, studygroup pages and reports', async () => {
    const { data } = await api.json('/api/courses/');
    for (const c of data.items) {
      const r = await api.request(c.course_page_path);
      assert.equal(r.status, 200, c.course_page_path);
      assert.ok(!r.text.includes('<img src=x'), c.course_page_path);
    }
    assert.ok((await api.request('/en/course/1120/')).text.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.equal((await api.request('/en/course/1/')).status, 404);
    assert.equal((await api.request('/en/studygroup/4821/')).status, 200);
    assert.equal((await api.request('/en/studygroup/4793/report/')).status, 200);
    assert.equal((await api.request('/en/course/1203/edit/')).status, 200);
  });

  test('a page path without its language prefix redirects like LocaleMiddleware', async () => {
    const r = await api.request('/course/1203/', { headers: { 'accept-language': 'de' } });
    assert.equal(r.status, 302);
    assert.equal(r.headers.location, '/de/course/1203/');
  });

  test('images under /media/ are generated SVGs', async () => {
    const { data } = await api.json('/api/learningcircles/');
    const withImage = data.items.filter((i) => i.image_url);
    assert.ok(withImage.length >= 5);
    for (const i of withImage) {
      const r = await api.request(new URL(i.image_url).pathname);
      assert.equal(r.status, 200);
      assert.equal(r.headers['content-type'], 'image/svg+xml');
      assert.match(r.text, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
    assert.equal((await api.request('/media/anything.jpg')).headers['content-type'], 'image/svg+xml');
    assert.equal((await api.request('/media/../app.mjs')).status, 404);
  });

  test('index page', async () => {
    const r = await api.request('/');
    assert.equal(r.status, 200);
    assert.match(r.text, /P2PU local API/);
  });
});
