// The script tag starts each finder's first search while the finder's code downloads (the early
// start, src/components/circle-finder/early-search.ts). It must ask for exactly what the finder
// then asks for, whatever the page says (script tag, <p2pu-config>, attributes, the address with
// sync-url), so that a page makes ONE search, and it must come before any other API request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startApi } from '../server/main.mjs';
import { serveDist } from './serve-dist.mjs';
import { widgetGraph } from '../bench/chunks.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

let api;
let dataDir;
let server;
let base;
let browser;
let requests = [];
/** [url, Date.now()] of each API request, as it reached the server. */
let requestTimes = [];
const pages = new Map();

const FALLBACK = '<a href="https://www.p2pu.org/en/learning-circles/">Find a learning circle on P2PU</a>';

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'p2pu-early-'));
  api = await startApi({ port: 0, latencyMs: 50, dataDir });
  api.server.on('request', (req) => {
    if (req.url.startsWith('/api/') && req.method !== 'OPTIONS') {
      requests.push(req.url);
      requestTimes.push([req.url, Date.now()]);
    }
  });
  if (!existsSync(join(dist, 'widgets/early/circle-finder.js'))) {
    const build = spawnSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    assert.equal(build.status, 0, 'npm run build failed');
  }
  server = await serveDist(pages);
  base = server.base;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
  await api?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const isSearch = (url) => {
  const u = new URL(url, 'http://x');
  return u.pathname === '/api/learningcircles/' && !u.searchParams.has('id');
};
const withoutCallback = (url) => {
  const u = new URL(url, 'http://x');
  u.searchParams.delete('callback');
  return u.pathname + u.search;
};

/** Loads a page with the script tag and `body`; returns the API requests until every finder shows results. */
async function load(name, body, { script = '', query = '', slowFinderCode = 0 } = {}) {
  pages.set(`/${name}.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<script src="/learning-circle-widgets.js" data-endpoint="${api.url}"${script} defer></script></head><body>${body}</body></html>`);
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  let finderCodeServed = Infinity;
  if (slowFinderCode) {
    await tab.route('**/widgets/circle-finder.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, slowFinderCode));
      finderCodeServed = Date.now();
      await route.continue();
    });
  }
  requests = [];
  requestTimes = [];
  await tab.goto(`${base}/${name}.html${query}`);
  await tab.waitForFunction(() =>
    [...document.querySelectorAll('circle-finder')].every((f) => ['content', 'empty'].includes(f.shadowRoot?.querySelector('.widget')?.dataset.state ?? '')),
  );
  await tab.waitForLoadState('networkidle');
  const texts = await tab.evaluate(() => [...document.querySelectorAll('circle-finder')].map((f) => f.shadowRoot.querySelector('.summary')?.textContent.trim()));
  await context.close();
  assert.deepEqual(errors, []);
  const searchSent = requestTimes.find(([url]) => isSearch(url))?.[1] ?? Infinity;
  return { all: [...requests], searches: requests.filter(isSearch).map(withoutCallback), texts, searchSent, finderCodeServed };
}

test('a plain finder: the search is the first API request, and the only search', async () => {
  const { all, searches } = await load('plain', `<circle-finder>${FALLBACK}</circle-finder>`);
  assert.equal(searches.length, 1, searches.join('\n'));
  assert.ok(isSearch(all[0]), `first request: ${all[0]}`);
});

test('settings from the script tag, <p2pu-config> and the tag itself: one search, with all of them', async () => {
  const { searches } = await load(
    'cascade',
    `<p2pu-config transport="jsonp"><p2pu-config team-id="1">
       <circle-finder page-size="4" topics="python, data" filters="q city" order="name">${FALLBACK}</circle-finder>
     </p2pu-config></p2pu-config>`,
    { script: ' data-team-id="2"' },
  );
  assert.equal(searches.length, 1, searches.join('\n'));
  const params = new URL(searches[0], 'http://x').searchParams;
  assert.equal(params.get('team_id'), '1');
  assert.equal(params.get('limit'), '4');
  assert.equal(params.get('order'), 'name');
});

test('with sync-url, a search in the page address is the one sent, once', async () => {
  const { searches } = await load('address', `<circle-finder sync-url url-prefix="x_">${FALLBACK}</circle-finder>`, {
    query: '?x_q=python&x_tab=past&lc_q=ignored',
  });
  assert.equal(searches.length, 1, searches.join('\n'));
  const params = new URL(searches[0], 'http://x').searchParams;
  assert.equal(params.get('q'), 'python');
  assert.equal(params.get('signup'), 'closed');
});

test('two different finders and a CORS transport: one search each', async () => {
  const { searches, texts } = await load(
    'two',
    `<circle-finder transport="cors">${FALLBACK}</circle-finder>
     <circle-finder q="  python " city="Kitchener" online="false" filters="">${FALLBACK}</circle-finder>`,
  );
  assert.equal(searches.length, 2, searches.join('\n'));
  assert.notEqual(searches[0], searches[1]);
  assert.equal(texts.length, 2);
});

test("the search starts while the finder's code is still downloading, and is not sent again", async () => {
  const { searches, searchSent, finderCodeServed } = await load('slow-code', `<circle-finder>${FALLBACK}</circle-finder>`, {
    slowFinderCode: 1500,
  });
  assert.equal(searches.length, 1, searches.join('\n'));
  assert.ok(searchSent < finderCodeServed, `search sent ${searchSent - finderCodeServed} ms after the finder's code`);
});

test('the loader asks for all of a widget\'s files at once, with no import waterfall, and nothing else', async () => {
  pages.set('/preload.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>preload</title>
<script src="/learning-circle-widgets.js" data-endpoint="${api.url}" defer></script></head>
<body><circle-finder>${FALLBACK}</circle-finder></body></html>`);
  const context = await browser.newContext();
  const tab = await context.newPage();
  const fetched = [];
  tab.on('request', (r) => r.url().includes('/widgets/') && fetched.push(new URL(r.url()).pathname.replace('/widgets/', '')));
  await tab.goto(`${base}/preload.html`);
  await tab.waitForFunction(() => document.querySelector('circle-finder')?.shadowRoot?.querySelector('circle-card'));
  await tab.waitForLoadState('networkidle');
  const preloaded = await tab.evaluate(() =>
    [...document.querySelectorAll('link[rel=modulepreload]')].map((l) => new URL(l.href).pathname.replace('/widgets/', '')),
  );
  await context.close();
  const { early, files } = widgetGraph()['circle-finder'];
  const expected = [...early, ...files].sort();
  assert.deepEqual([...preloaded].sort(), expected, 'every file of the finder is preloaded');
  assert.deepEqual([...new Set(fetched)].sort(), expected, 'and the page fetches exactly those (English: no translation)');
});
