// npm run bench: what the script-tag widgets cost a library's page, measured in headless Chromium
// against the local API with 100 ms latency. Prints a table and writes bench/results.json.
// How to read the figures: docs/performance.md.
//
//   npm run bench                 # builds first when src/ is newer than dist/
//   node bench/run.mjs --no-build # measure dist/ as it is
//   node bench/run.mjs --loads 5 --load-more-runs 1   # quicker, fewer samples (default 10 and 2)
//   node bench/run.mjs --slow-loads 3                 # cold loads on the slow network (default min(5, --loads))
//   node bench/run.mjs --no-anchor                    # without the anchor (as when ../shared/anchor/ is absent)
//
// The anchor (P2PU's current React client, ../shared/anchor/ next to the repo) is served as it is
// and timed in the same run, interleaved with our finder: the ratio ours/anchor is the figure that
// holds on a busy machine. Without that folder the anchor figures are null.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startApi } from '../server/main.mjs';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { LOADER, checkBudget, distDir, measure, measureFiles, pageTotal, readBudget, snapshotDist } from './chunks.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};

const SETTINGS = {
  apiLatencyMs: 100,
  cpuThrottle: 4,
  coldLoads: option('--loads', 10),
  slowNetworkLoads: option('--slow-loads', Math.min(5, option('--loads', 10))),
  // Chromium DevTools' network emulation (CDP Network.emulateNetworkConditions), bytes per second
  slowNetwork: { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  loadMoreRuns: option('--load-more-runs', 2),
  loadMoreRunsUnthrottled: 1, // the CPU-4x series is the headline; one run without throttling for comparison
  // counted requests: wait until this long after the first card (deferred lookups), then for quiet
  settleAfterFirstCardMs: 2000,
  loadMoreTarget: 500,
  loadMorePageSize: 100,
  syntheticCircles: 520,
  viewport: { width: 1000, height: 800 },
  // "python dat": 10 characters, 150–170 ms apart (about 70 words a minute), with a pause after
  // "pyth" and one between the words, each longer than the finder's 300 ms debounce: three searches.
  typing: { text: 'python dat', gapsMs: [150, 170, 140, 500, 160, 700, 150, 140, 160] },
  // Extra delay on the searches sent while typing, in the order they are sent, so that the older
  // answers arrive after the newer ones (out of order).
  outOfOrderDelaysMs: [2500, 1500, 0],
};

// P2PU's current React client, from the reference study (reference-client.md §2.3), gzip -9 bytes.
const REACT = {
  umd: { label: 'p2pu-components dist/build.js (UMD, without React)', raw: 426_378, gzip: 134_189 },
  umdCss: { label: 'p2pu-components dist/build.css', raw: 19_771, gzip: 3_110 },
  partnerJs: { label: 'partner template index.js (search + signup, with React 18)', raw: 279_516, gzip: 89_112 },
  partnerCss: { label: 'partner template style.css (p2pu-theme + Bootstrap)', raw: 238_094, gzip: 33_973 },
};

const started = Date.now();
const log = (...m) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...m);

// ---------------------------------------------------------------------------------------------
// Build and snapshot

function newestIn(dir, skip) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (skip(path)) continue;
    const s = statSync(path);
    newest = Math.max(newest, s.isDirectory() ? newestIn(path, skip) : s.mtimeMs);
  }
  return newest;
}

function buildIfNeeded() {
  const loader = join(distDir, LOADER);
  const skip = (p) => /\.(test|stories)\.ts$/.test(p) || p.includes('/src/generated');
  const stale = !existsSync(loader) || !existsSync(join(distDir, 'widgets')) || newestIn(join(root, 'src'), skip) > statSync(loader).mtimeMs;
  if (args.includes('--no-build') || !stale) return false;
  log('src/ is newer than dist/: npm run build');
  const run = spawnSync('node', ['scripts/build.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error('npm run build failed');
  return true;
}

/** A copy of the served files, so that a rebuild elsewhere (which empties dist/) cannot disturb the run. */
async function snapshot() {
  const target = mkdtempSync(join(tmpdir(), 'p2pu-bench-'));
  for (let attempt = 1; ; attempt++) {
    try {
      return snapshotDist(target, distDir);
    } catch (error) {
      if (attempt >= 12) throw error;
      log(`dist/ is being rebuilt (${error.code ?? error}); waiting`);
      await sleep(5000);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Servers

const gzipped = new Map();
/** A static file's body, gzip -9 when the browser accepts it (as a CDN sends it; matters on the slow network). */
function body(req, file) {
  if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) return { data: readFileSync(file), headers: {} };
  const key = `${file}:${statSync(file).mtimeMs}`;
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(file), { level: 9 }));
  return { data: gzipped.get(key), headers: { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } };
}

function startStatic(dir) {
  const pages = new Map();
  const server = createServer((req, res) => {
    const path = req.url.split('?')[0];
    if (pages.has(path)) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(pages.get(path));
      return;
    }
    const file = join(dir, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (file.startsWith(dir) && extname(file) === '.js' && existsSync(file)) {
      // like a CDN: cacheable for a while (the chunks' names carry a content hash), gzip
      const { data, headers } = body(req, file);
      res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'max-age=3600', ...headers }).end(data);
    } else {
      res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const base = `http://127.0.0.1:${server.address().port}`;
      resolve({ base, pages, close: () => new Promise((r) => server.close(r)) });
    }),
  );
}

/** The anchor's folder (P2PU's React client), next to the repo; null when it is absent. */
function anchorDir() {
  if (args.includes('--no-anchor')) return null;
  const dir = fileURLToPath(new URL('../../shared/anchor/', import.meta.url));
  return existsSync(join(dir, 'anchor.html')) ? dir : null;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

/** Serves the anchor's folder as it is (read at request time, never copied): scripts and CSS cacheable like ours. */
function startAnchorStatic(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(req.url.split('?')[0]);
    const file = join(dir, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const cache = extname(file) === '.html' ? 'no-store' : 'max-age=3600';
      const { data, headers } = body(req, file);
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache, ...headers }).end(data);
    } else {
      res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const base = `http://127.0.0.1:${server.address().port}`;
      resolve({ base, close: () => new Promise((r) => server.close(r)) });
    }),
  );
}

const FALLBACK = {
  'circle-finder': '<a href="https://www.p2pu.org/en/learning-circles/">Learning circles on P2PU</a>',
  'circle-signup': '<a href="https://learningcircles.p2pu.org/en/signup/4821/">Sign up on P2PU</a>',
  'course-card': '<a href="https://www.p2pu.org/en/courses/">Courses on P2PU</a>',
};

/** A librarian's page: one script line with data-* settings, then the widget tags. */
function pageHtml(apiUrl, body, { transport } = {}) {
  const t = transport ? ` data-transport="${transport}"` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Library page</title>
<script src="/${LOADER}" data-endpoint="${apiUrl}/api/"${t} defer></script></head>
<body><main><h1>Learning circles</h1>${body}</main></body></html>`;
}

// ---------------------------------------------------------------------------------------------
// Browser helpers

const LONG_TASKS = `window.__longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {}`;

/** Long-task observer, CPU throttling, optional network emulation and error collection for a tab. */
async function prepareTab(context, page, { throttle = SETTINGS.cpuThrottle, network = null } = {}) {
  await page.addInitScript(LONG_TASKS);
  if (throttle > 1 || network) {
    const cdp = await context.newCDPSession(page);
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
    }
  }
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

/** A fresh browser context (empty cache and storage), optionally with the CPU slowed down. */
async function coldTab(browser, options = {}) {
  const context = await browser.newContext({ viewport: SETTINGS.viewport });
  const page = await context.newPage();
  const errors = await prepareTab(context, page, options);
  return { context, page, errors };
}

/**
 * performance.now() in the page once `test` (a JS expression) holds, looked at every frame, from the
 * page itself. Through a CDP session and not page.waitForFunction: Playwright would first evaluate
 * its injected script in the page, about 0.1 s of main thread at CPU 4x in the middle of the load
 * being timed (seen in traces of both our page and the anchor).
 */
async function whenTrue(page, test, timeout, { painted = false } = {}) {
  const cdp = await page.context().newCDPSession(page);
  try {
    // painted: [when it held, when the frame it held in had painted (a task queued from that frame)]
    const found = painted
      ? `(() => { const at = performance.now(); const c = new MessageChannel(); c.port1.onmessage = () => resolve([at, performance.now()]); c.port2.postMessage(0); })()`
      : 'resolve(performance.now())';
    const expression = `new Promise((resolve, reject) => {
      const until = performance.now() + ${timeout};
      const look = () => ((${test}) ? ${found} : performance.now() > until ? reject(new Error('timed out')) : requestAnimationFrame(look));
      look();
    })`;
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`waiting for ${test}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * performance.now() (ms since navigation start) when the first finder's first card has rendered;
 * with `painted`, [that, when the frame it first shows in has painted].
 */
function firstCard(page, { selector = 'circle-finder', timeout = 30_000, painted = false } = {}) {
  const card = `document.querySelector(${JSON.stringify(selector)})?.shadowRoot?.querySelector('circle-card')`;
  return whenTrue(page, `${card}?.shadowRoot?.childElementCount > 0`, timeout, { painted });
}

const ANCHOR_CARD = '.result-item .card.learning-circle';

/** performance.now() when the anchor's first result card is in the DOM (`painted`: as firstCard). */
function anchorFirstCard(page, { timeout = 30_000, painted = false } = {}) {
  return whenTrue(page, `document.querySelector(${JSON.stringify(ANCHOR_CARD)}) !== null`, timeout, { painted });
}

/** After the first card: wait for networkidle, until settleAfterFirstCardMs after it, then until no API request is pending. */
async function settle(page, firstCardAt) {
  let pending = 0;
  let lastChange = Date.now();
  const isApi = (r) => new URL(r.url()).pathname.startsWith('/api/');
  const start = (r) => isApi(r) && (pending++, (lastChange = Date.now()));
  const end = (r) => isApi(r) && (pending--, (lastChange = Date.now()));
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  await page.waitForLoadState('networkidle');
  const now = await page.evaluate(() => performance.now());
  await sleep(Math.max(0, firstCardAt + SETTINGS.settleAfterFirstCardMs - now));
  const deadline = Date.now() + 10_000;
  while ((pending > 0 || Date.now() - lastChange < 500) && Date.now() < deadline) await sleep(100);
  page.off('request', start);
  page.off('requestfinished', end);
  page.off('requestfailed', end);
}

/** Every node (elements, text, comments…) under `root`, nested shadow trees included; counted in the page. */
const COUNT_NODES = `(root) => {
  const count = (r) => {
    let n = 0;
    const walker = document.createTreeWalker(r, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) {
      n++;
      if (walker.currentNode.shadowRoot) n += count(walker.currentNode.shadowRoot);
    }
    return n;
  };
  return count(root);
}`;

/** When the page's first script file had been downloaded (ms since navigation). */
const firstScriptArrival = (page) =>
  page.evaluate(() =>
    Math.min(
      ...performance
        .getEntriesByType('resource')
        .filter((e) => e.initiatorType === 'script' || /\.m?js(\?|$)/.test(e.name))
        .map((e) => e.responseEnd),
    ),
  );

const longestTask = (page, from = 0, to = Infinity) =>
  page.evaluate(
    ([a, b]) => Math.max(0, ...window.__longTasks.filter((t) => t.start >= a && t.start <= b).map((t) => t.duration)),
    [from, to === Infinity ? Number.MAX_VALUE : to],
  );

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (n) => Math.round(n);
  return { median: round(median), min: round(sorted[0]), max: round(sorted.at(-1)), samples: samples.map(round) };
}

/** Counts what reaches the API server (so HTTP-cache hits are not counted). */
function serverCounter(api) {
  let requests = [];
  api.server.on('request', (req) => {
    if (req.url.startsWith('/api/')) requests.push({ method: req.method, path: req.url.split('?')[0], url: req.url });
  });
  return {
    reset: () => (requests = []),
    take() {
      const taken = requests.filter((r) => r.method !== 'OPTIONS');
      requests = [];
      return taken;
    },
  };
}

/** What an API request was for. */
function purpose(url) {
  const u = new URL(url, 'http://x');
  const path = u.pathname.replace(/^\/api\//, '');
  if (path !== 'learningcircles/') return path.replace(/^learningcircles\//, '').replace(/\/$/, '') || path;
  if (u.searchParams.get('id') === '0') return 'CORS probe'; // circle-signup: can this page POST a signup?
  if (u.searchParams.has('id')) return 'one circle';
  return 'circle search';
}

const PURPOSES = ['topics', 'cities', 'circle search', 'one circle', 'CORS probe'];
const byPath = (requests) => {
  const counts = {};
  for (const r of requests) counts[purpose(r.url)] = (counts[purpose(r.url)] ?? 0) + 1;
  const rank = (k) => (PURPOSES.includes(k) ? PURPOSES.indexOf(k) : PURPOSES.length);
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)));
};

// ---------------------------------------------------------------------------------------------
// Scenarios

/** Bytes a page with one widget downloads, as seen by the browser (checked against the chunk graph). */
async function pageDownloads(browser, web, snap, apiUrl) {
  const pages = {};
  for (const tag of ['circle-finder', 'circle-signup', 'course-card']) {
    const attrs = tag === 'circle-signup' ? ' circle-id="4821"' : tag === 'course-card' ? ' course-id="1203"' : '';
    const path = `/only-${tag}.html`;
    web.pages.set(path, pageHtml(apiUrl, `<${tag}${attrs}>${FALLBACK[tag]}</${tag}>`));
    const { context, page } = await coldTab(browser, { throttle: 1 });
    const scripts = new Set();
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin === web.base && url.pathname.endsWith('.js')) scripts.add(url.pathname.slice(1));
    });
    await page.goto(web.base + path);
    await page.waitForFunction((t) => customElements.get(t) && document.querySelector(t)?.shadowRoot?.childElementCount > 0, tag);
    await page.waitForLoadState('networkidle');
    await context.close();
    const files = [...scripts].sort();
    const measured = files.map((f) => measure(join(snap, f)));
    const sum = (k) => measured.reduce((n, m) => n + m[k], 0);
    const expected = pageTotal([tag], snap);
    pages[tag] = {
      requests: files.length,
      raw: sum('raw'),
      gzip: sum('gzip'),
      brotli: sum('brotli'),
      files,
      matchesChunkGraph: expected.files.length === files.length && expected.gzip === sum('gzip'),
    };
  }
  return pages;
}

/**
 * Our finder page and the anchor page (null when the anchor is absent), with how to see their first
 * card; and the same page without any script, whose longest task is the browser's own work.
 */
function targets(web, apiUrl, anchor) {
  const path = '/finder.html';
  web.pages.set(path, pageHtml(apiUrl, `<circle-finder>${FALLBACK['circle-finder']}</circle-finder>`));
  web.pages.set('/no-script.html', pageHtml(apiUrl, `<circle-finder>${FALLBACK['circle-finder']}</circle-finder>`).replace(/<script[^>]*><\/script>/, ''));
  return {
    noScript: { url: `${web.base}/no-script.html` },
    ours: { url: web.base + path, firstCard: (page, options) => firstCard(page, options) },
    anchor: anchor && { url: `${anchor.base}/anchor.html?api=${encodeURIComponent(apiUrl)}`, firstCard: (page, options) => anchorFirstCard(page, options) },
  };
}

const ratio = (a, b) => (a && b ? Math.round((a / b) * 100) / 100 : null);

/**
 * Navigation → first result card, cold cache each time, CPU slowed down (and the network too when
 * `network` is given): the anchor and our finder alternately, round by round.
 */
async function coldLoads(browser, pages, { loads = SETTINGS.coldLoads, network = null } = {}) {
  const names = pages.anchor ? ['anchor', 'ours'] : ['ours'];
  const samples = Object.fromEntries(names.map((n) => [n, { firstCards: [], painted: [], longest: [], longestOwn: [], errors: [] }]));
  const noScript = [];
  for (let i = 0; i < loads; i++) {
    if (pages.noScript && !network) {
      // the same page without its script: the longest task a page has before any script runs
      const { context, page } = await coldTab(browser);
      await page.goto(pages.noScript.url, { waitUntil: 'load' });
      await sleep(300);
      noScript.push(await longestTask(page));
      await context.close();
    }
    for (const name of names) {
      const { context, page, errors } = await coldTab(browser, { network });
      // 'commit': the first card is looked for from the start, not only after the load event
      await page.goto(pages[name].url, { waitUntil: 'commit' });
      const [t, paintedAt] = await pages[name].firstCard(page, { painted: true });
      await sleep(100); // let buffered long-task entries arrive
      samples[name].firstCards.push(t);
      samples[name].painted.push(paintedAt);
      samples[name].longest.push(await longestTask(page, 0, t));
      samples[name].longestOwn.push(await longestTask(page, await firstScriptArrival(page), t));
      if (errors.length) log(`page errors (${name}):`, errors);
      samples[name].errors.push(...errors);
      await context.close();
    }
  }
  const summary = (s) => ({
    firstCardMs: stats(s.firstCards),
    // the end of the frame that first shows it: what rendering it cost after its DOM was there counts too
    firstCardPaintedMs: stats(s.painted),
    longestTaskUntilFirstCardMs: stats(s.longest),
    // only the tasks from when the page's first script had arrived (none of ours can run before)
    longestTaskFromFirstScriptMs: stats(s.longestOwn),
    pageErrors: [...new Set(s.errors)],
  });
  const ours = summary(samples.ours);
  const anchor = pages.anchor ? summary(samples.anchor) : null;
  const pairs = anchor ? samples.ours.firstCards.map((t, i) => t / samples.anchor.firstCards[i]) : null;
  return {
    ...ours,
    network,
    anchor,
    noScriptLongestTaskMs: noScript.length ? stats(noScript) : null,
    // ours / anchor, medians; the median of the per-round ratios is steadier on a busy machine
    ratio: anchor ? ratio(ours.firstCardMs.median, anchor.firstCardMs.median) : null,
    ratioOfRounds: pairs ? Math.round(stats(pairs.map((r) => r * 1000)).median) / 1000 : null,
    ratioPainted: anchor ? ratio(ours.firstCardPaintedMs.median, anchor.firstCardPaintedMs.median) : null,
  };
}

/** Typing "python dat" at human speed; the API answers the typed searches out of order. */
async function typing(browser, web, apiUrl) {
  const path = '/finder-typing.html';
  web.pages.set(path, pageHtml(apiUrl, `<circle-finder>${FALLBACK['circle-finder']}</circle-finder>`));
  // Not slowed down: the count of requests then depends on the typing rhythm only.
  const { context, page, errors } = await coldTab(browser, { throttle: 1 });
  let typedSearches = 0;
  let pending = 0;
  const late = { delivered: 0, cancelled: 0 };
  await page.route(
    (url) => url.pathname === '/api/learningcircles/' && (url.searchParams.get('q') ?? '') !== '',
    async (route) => {
      const delay = SETTINGS.outOfOrderDelaysMs[typedSearches++] ?? 0;
      pending++;
      try {
        await sleep(delay);
        await route.continue();
        if (delay > 0) late.delivered++;
      } catch {
        if (delay > 0) late.cancelled++; // the browser dropped the request (the widget gave it up)
      } finally {
        pending--;
      }
    },
  );
  const sent = [];
  let typingStarted = Infinity;
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/') && Date.now() >= typingStarted) {
      sent.push({ path: url.pathname, q: url.searchParams.get('q') ?? '' });
    }
  });
  await page.goto(web.base + path);
  await firstCard(page);
  await page.waitForLoadState('networkidle');
  // One timeline, in the page: JSONP requests (script elements) and each summary the finder shows.
  await page.evaluate(() => {
    const root = document.querySelector('circle-finder').shadowRoot;
    const events = (window.__timeline = []);
    const summary = () => root.querySelector('.summary')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    let last = summary();
    new MutationObserver(() => {
      const text = summary();
      if (text === last) return;
      last = text;
      events.push({ t: performance.now(), kind: 'shown', text, cards: root.querySelectorAll('circle-card').length });
    }).observe(root, { subtree: true, childList: true, characterData: true });
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n instanceof HTMLScriptElement && n.src.includes('/api/learningcircles/')) {
            events.push({ t: performance.now(), kind: 'request', q: new URL(n.src).searchParams.get('q') ?? '' });
          }
        }
      }
    }).observe(document.documentElement, { subtree: true, childList: true });
    root.addEventListener('input', (e) => events.push({ t: performance.now(), kind: 'key', value: e.composedPath()[0].value }));
  });
  const { text, gapsMs } = SETTINGS.typing;
  await page.locator('circle-finder #q').click();
  // Keys go out on a fixed schedule (a person does not wait for a slow page), so a busy page
  // handles them late, as a real one would.
  typingStarted = Date.now();
  let due = 0;
  for (let i = 0; i < text.length; i++) {
    await sleep(Math.max(0, typingStarted + due - Date.now()));
    await page.keyboard.type(text[i]);
    due += gapsMs[i] ?? 0;
  }
  // wait for the final answer, then for every delayed (older) answer to have arrived
  await page.waitForFunction(
    (q) => document.querySelector('circle-finder').shadowRoot.querySelector('.summary')?.textContent.includes(`“${q}”`),
    text,
    { timeout: 20_000 },
  );
  const deadline = Date.now() + 10_000;
  while (pending > 0 && Date.now() < deadline) await sleep(100);
  await sleep(1000);
  const timeline = await page.evaluate(() => window.__timeline);
  const final = await page.evaluate(() => {
    const root = document.querySelector('circle-finder').shadowRoot;
    return { summary: root.querySelector('.summary').textContent.replace(/\s+/g, ' ').trim(), cards: root.querySelectorAll('circle-card').length };
  });
  if (errors.length) log('page errors:', errors);
  await context.close();

  // Stale = results shown for a search older than the newest one already sent.
  let newest = null;
  let stale = 0;
  const shown = [];
  for (const e of timeline) {
    if (e.kind === 'request') newest = e.q;
    else if (e.kind === 'shown' && e.text !== '' && !/^Loading/.test(e.text)) {
      const q = /“(.*?)”/.exec(e.text)?.[1] ?? '';
      shown.push(q);
      if (newest !== null && q !== newest) stale++;
    }
  }
  const searches = sent.filter((r) => r.path === '/api/learningcircles/');
  const keys = timeline.filter((e) => e.kind === 'key').map((e) => e.t);
  return {
    query: text,
    keystrokes: text.length,
    keyGapsHandledMs: keys.slice(1).map((t, i) => Math.round(t - keys[i])),
    requests: sent.length,
    searchRequests: searches.map((r) => r.q),
    staleAnswersRendered: stale,
    heldBackAnswers: late,
    resultsShown: shown,
    final,
    timeline,
  };
}

/** 520 synthetic open circles made from the seed's, so that "Load more" can reach 500. */
async function syntheticCircles(apiUrl) {
  const res = await fetch(`${apiUrl}/api/learningcircles/?signup=open&limit=100`);
  const seed = (await res.json()).items;
  return Array.from({ length: SETTINGS.syntheticCircles }, (_, i) => {
    const base = seed[i % seed.length];
    return { ...base, id: 900_000 + i, name: `${base.name} (${i + 1})` };
  });
}

/** Answers circle searches (not topics, cities or one circle by id) from the synthetic list. */
async function routeSynthetic(page, circles) {
  await page.route(
    (url) => url.pathname === '/api/learningcircles/' && !url.searchParams.has('id'),
    async (route) => {
      const url = new URL(route.request().url());
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 100);
      const body = JSON.stringify({
        count: circles.length,
        signup_open_count: circles.length,
        signup_closed_count: 18,
        offset,
        limit,
        items: circles.slice(offset, offset + limit),
      });
      await sleep(SETTINGS.apiLatencyMs);
      const callback = url.searchParams.get('callback');
      await route
        .fulfill({
          status: 200,
          headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'max-age=900' },
          contentType: callback ? 'text/javascript' : 'application/json',
          body: callback ? `${callback}(${body})` : body,
        })
        .catch(() => {});
    },
  );
}

/** Clicks "Load more" until 500 cards are shown (page-size 100), timing it in the page. */
async function loadMore(browser, web, apiUrl, circles, throttle, runCount = SETTINGS.loadMoreRuns) {
  const path = '/finder-100.html';
  web.pages.set(path, pageHtml(apiUrl, `<circle-finder page-size="${SETTINGS.loadMorePageSize}">${FALLBACK['circle-finder']}</circle-finder>`));
  const runs = [];
  for (let i = 0; i < runCount; i++) {
    const { context, page, errors } = await coldTab(browser, { throttle });
    await routeSynthetic(page, circles);
    await page.goto(web.base + path);
    await firstCard(page);
    await page.waitForLoadState('networkidle');
    const run = await page.evaluate(async ([target, pageSize]) => {
      const root = document.querySelector('circle-finder').shadowRoot;
      const count = () => root.querySelectorAll('.results li[data-id]').length;
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
      // the first page may still be rendering a slice at a time: the clicks start once it is all shown
      const firstPageBy = performance.now() + 60_000;
      while (count() < pageSize) {
        if (performance.now() > firstPageBy) throw new Error(`the first page did not render (${count()} shown)`);
        await frame();
      }
      const start = performance.now();
      const steps = [];
      const clicks = [];
      while (count() < target) {
        const before = count();
        const button = root.querySelector('.load-more');
        if (!button) throw new Error(`no Load more button with ${before} shown`);
        // as a patron does: the button is in view when pressed (scrolling there is not timed)
        button.scrollIntoView({ block: 'center' });
        for (let i = 0; i < 3; i++) await frame();
        await new Promise((r) => setTimeout(r, 300));
        const t0 = performance.now();
        button.click();
        // the whole page of cards (the finder may render it in slices), or what is left of the list
        while (count() < before + pageSize && !(count() > before && !root.querySelector('.load-more'))) {
          if (performance.now() - t0 > 60_000) throw new Error(`Load more did not add ${pageSize} cards after ${before} (${count()} shown)`);
          await frame();
        }
        const cards = root.querySelectorAll('.results circle-card');
        const last = cards[cards.length - 1];
        while (!(last.shadowRoot && last.shadowRoot.childElementCount > 0)) await frame();
        await frame();
        steps.push(performance.now() - t0);
        clicks.push([t0, performance.now()]);
      }
      return { start, end: performance.now(), steps, clicks, shown: count() };
    }, [SETTINGS.loadMoreTarget, SETTINGS.loadMorePageSize]);
    await sleep(200);
    // per click: every long task overlapping click → its cards rendered (the click's own task starts before t0)
    const perClick = await page.evaluate(
      (clicks) => clicks.map(([a, b]) => Math.max(0, ...window.__longTasks.filter((t) => t.start <= b && t.start + t.duration >= a).map((t) => t.duration))),
      run.clicks,
    );
    if (errors.length) log('page errors:', errors);
    await context.close();
    // the clicks' own times (scrolling to the button between them is the patron's, not timed)
    const totalMs = run.steps.reduce((sum, step) => sum + step, 0);
    runs.push({ totalMs, longest: Math.max(...perClick), perClick, steps: run.steps, shown: run.shown });
  }
  return {
    cpuThrottle: throttle,
    clicks: runs[0].steps.length,
    shown: runs[0].shown,
    totalMs: stats(runs.map((r) => r.totalMs)),
    longestTaskMs: stats(runs.map((r) => r.longest)),
    perClickMs: runs.map((r) => r.steps.map(Math.round)),
    // longest task of each click (per run), and the max over the clicks of a run (stats over runs)
    longestTaskPerClickMs: runs.map((r) => r.perClick.map(Math.round)),
    longestTaskMaxOverClicksMs: stats(runs.map((r) => Math.max(...r.perClick))),
  };
}

/** API requests that reach the server on a first and a second view of the finder page. */
async function secondView(browser, web, apiUrl, counter) {
  const result = {};
  for (const transport of ['jsonp', 'cors']) {
    const path = `/finder-${transport}.html`;
    web.pages.set(path, pageHtml(apiUrl, `<circle-finder>${FALLBACK['circle-finder']}</circle-finder>`, { transport }));
    const { context, page, errors } = await coldTab(browser, { throttle: 1 });
    let asked = 0;
    page.on('request', (r) => new URL(r.url()).pathname.startsWith('/api/') && asked++);
    const views = [];
    for (let view = 0; view < 2; view++) {
      counter.reset();
      asked = 0;
      await page.goto(web.base + path);
      await settle(page, await firstCard(page)); // deferred lookups included
      const reached = counter.take();
      views.push({ reachedServer: reached.length, byPath: byPath(reached), askedByPage: asked });
    }
    if (errors.length) log('page errors:', errors);
    await context.close();
    result[transport] = { first: views[0], second: views[1] };
  }
  return result;
}

/** API requests (in start order, ms since navigation) and the first script of the widget code, from resource timing. */
async function requestOrder(page, webBase) {
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({ url: e.name, startMs: e.startTime, endMs: e.responseEnd })),
  );
  entries.sort((a, b) => a.startMs - b.startMs);
  const api = entries
    .filter((e) => new URL(e.url).origin !== webBase && new URL(e.url).pathname.startsWith('/api/'))
    .map((e) => ({ purpose: purpose(e.url), startMs: Math.round(e.startMs), url: e.url.replace(/^https?:\/\/[^/]+/, '') }));
  const scripts = entries.filter((e) => new URL(e.url).origin === webBase && e.url.endsWith('.js'));
  const at = (e) => e && { file: new URL(e.url).pathname.slice(1), startMs: Math.round(e.startMs), endMs: Math.round(e.endMs) };
  return {
    api,
    loader: at(scripts.find((e) => e.url.endsWith(`/${LOADER}`))),
    firstWidgetScript: at(scripts.find((e) => new URL(e.url).pathname.startsWith('/widgets/'))),
    // when the last of the page's script files (loader, widget entry, shared chunks) had arrived
    scriptsLoadedMs: scripts.length ? Math.round(Math.max(...scripts.map((e) => e.endMs))) : null,
  };
}

/** Nodes of every <circle-card>'s shadow tree and of the whole page (shadow trees included), or the anchor's. */
async function countNodes(page, kind) {
  return page.evaluate(
    ([code, kind, anchorCard]) => {
      const count = (0, eval)(code);
      const card = kind === 'anchor' ? [...document.querySelectorAll(anchorCard)].map((c) => count(c.closest('.result-item')) + 1) : [...document.querySelector('circle-finder').shadowRoot.querySelectorAll('circle-card')].map((c) => (c.shadowRoot ? count(c.shadowRoot) : 0));
      return { page: count(document), perCard: card };
    },
    [COUNT_NODES, kind, ANCHOR_CARD],
  );
}

/**
 * A cold view of the page in a fresh context, then (that tab closed) the same page in a NEW tab of
 * the same context: shared HTTP cache and localStorage, no sessionStorage. Counts what reaches the
 * API server each time, records the order of the cold view's requests and counts DOM nodes.
 */
async function coldThenNewTab(browser, target, counter, kind, webBase) {
  const { context, page, errors } = await coldTab(browser);
  counter.reset();
  await page.goto(target.url, { waitUntil: 'commit' });
  const t = await target.firstCard(page);
  await settle(page, t);
  const cold = counter.take();
  const nodes = await countNodes(page, kind);
  const order = await requestOrder(page, webBase);
  await page.close();

  const tab = await context.newPage();
  const tabErrors = await prepareTab(context, tab);
  let asked = 0;
  tab.on('request', (r) => new URL(r.url()).pathname.startsWith('/api/') && asked++);
  counter.reset();
  await tab.goto(target.url, { waitUntil: 'commit' });
  const t2 = await target.firstCard(tab);
  await settle(tab, t2);
  const repeat = counter.take();
  const allErrors = [...new Set([...errors, ...tabErrors])];
  if (allErrors.length) log(`page errors (${kind}):`, allErrors);
  await context.close();
  const lookups = order.api.filter((r) => r.purpose === 'topics' || r.purpose === 'cities');
  const nodeStats = nodes.perCard.length ? stats(nodes.perCard) : null;
  return {
    firstCardMs: Math.round(t),
    cold: { reachedServer: cold.length, byPath: byPath(cold), urls: cold.map((r) => r.url) },
    newTabRepeat: { reachedServer: repeat.length, byPath: byPath(repeat), askedByPage: asked, urls: repeat.map((r) => r.url), firstCardMs: Math.round(t2) },
    order: {
      ...order,
      firstApi: order.api[0] ?? null,
      firstIsSearch: order.api[0]?.purpose === 'circle search',
      // null: no lookups were asked for
      lookupsAfterFirstCard: lookups.length ? lookups.every((r) => r.startMs >= t) : null,
    },
    nodes: { page: nodes.page, cards: nodes.perCard.length, perCard: nodeStats && { median: nodeStats.median, max: nodeStats.max, min: nodeStats.min } },
    pageErrors: allErrors,
  };
}

/** A page with two finders and a signup form: lookups (topics, cities) are asked for once. */
async function threeWidgets(browser, web, apiUrl, counter) {
  const path = '/three.html';
  web.pages.set(
    path,
    pageHtml(
      apiUrl,
      `<circle-finder>${FALLBACK['circle-finder']}</circle-finder>
       <circle-finder id="team" team-id="1" page-size="4">${FALLBACK['circle-finder']}</circle-finder>
       <circle-signup circle-id="4821">${FALLBACK['circle-signup']}</circle-signup>`,
    ),
  );
  const { context, page, errors } = await coldTab(browser, { throttle: 1 });
  counter.reset();
  await page.goto(web.base + path);
  const t = await firstCard(page);
  await firstCard(page, { selector: '#team' });
  await page.waitForFunction(() => document.querySelector('circle-signup')?.shadowRoot?.querySelector('form, button'));
  await settle(page, t); // deferred lookups included
  const reached = counter.take();
  if (errors.length) log('page errors:', errors);
  await context.close();
  return {
    widgets: ['circle-finder', 'circle-finder team-id="1"', 'circle-signup'],
    requests: reached.length,
    byPath: byPath(reached),
    urls: reached.map((r) => r.url),
  };
}

// ---------------------------------------------------------------------------------------------
// Report

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const ms = (n) => `${Math.round(n)} ms`;

function table(rows, header) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const orNa = (v, f = String) => (v === null || v === undefined ? 'n/a' : f(v));
const x = (v) => orNa(v, (n) => `${n.toFixed(2)}x`);
const goal = (ok) => (ok === null ? '' : ok ? 'ok' : 'MISSED');

/** Our finder against the anchor and the goals (results.json `summary`). */
function anchorReport(r) {
  const s = r.summary;
  const g = r.goals;
  const t = r.timings;
  const ours = t.coldThenNewTab.ours;
  const anc = t.coldThenNewTab.anchor;
  const o = ours.order;
  const range = (st) => (st ? `${ms(st.min)} – ${ms(st.max)}` : '');
  const out = ['## Our finder vs the anchor (P2PU React client) and the goals'];
  if (!r.anchor) out.push('(no anchor at ../shared/anchor/: anchor figures skipped)');
  const fc = (c, label, withGoal) => [
    [`${label}, ours (median of ${c.firstCardMs.samples.length})`, ms(c.firstCardMs.median), range(c.firstCardMs), ''],
    [`${label}, anchor`, orNa(c.anchor?.firstCardMs.median, ms), range(c.anchor?.firstCardMs), ''],
    [`  ratio ours/anchor${withGoal ? ` (goal ≤ ${g.firstCardRatio})` : ''}`, x(c.ratio), `median of per-round ratios ${x(c.ratioOfRounds)}`, withGoal ? goal(c.ratio === null ? null : c.ratio <= g.firstCardRatio) : ''],
    [`  painted (its frame done), ours / anchor`, ms(c.firstCardPaintedMs.median), `anchor ${orNa(c.anchor?.firstCardPaintedMs.median, ms)}, ratio ${x(c.ratioPainted)}`, ''],
  ];
  const net = r.settings.slowNetwork;
  const perClick = t.loadMore.throttled.longestTaskPerClickMs[0] ?? [];
  const finderErrors = [...new Set([...t.coldLoads.pageErrors, ...t.slowNetwork.pageErrors, ...ours.pageErrors])];
  const anchorErrors = [...new Set([...(t.coldLoads.anchor?.pageErrors ?? []), ...(t.slowNetwork.anchor?.pageErrors ?? []), ...(anc?.pageErrors ?? [])])];
  const nodesOk = s.nodesPerCard.max === null ? null : s.nodesPerCard.max <= g.nodesPerCard;
  const rows = [
    ...fc(t.coldLoads, `first card, CPU ${r.settings.cpuThrottle}x`, true),
    ...fc(t.slowNetwork, `first card, CPU ${r.settings.cpuThrottle}x + ${Math.round(net.downloadThroughput * 8e-5) / 10} Mbps, ${net.latency} ms RTT`),
    [`longest task until first card, ours / anchor (median; goal ≤ ${g.longestTaskMs} ms)`, ms(s.longestTask.untilFirstCardMs), `anchor ${orNa(t.coldLoads.anchor?.longestTaskUntilFirstCardMs.median, ms)}`, goal(s.longestTask.untilFirstCardMs <= g.longestTaskMs)],
    ['  from the arrival of the page\'s first script, ours / anchor', ms(s.longestTask.fromFirstScriptMs), `anchor ${orNa(t.coldLoads.anchor?.longestTaskFromFirstScriptMs.median, ms)}`, ''],
    ['  the same page without a script (the browser\'s own first task)', orNa(s.longestTask.noScriptPageMs, ms), t.coldLoads.noScriptLongestTaskMs ? `${ms(t.coldLoads.noScriptLongestTaskMs.min)} – ${ms(t.coldLoads.noScriptLongestTaskMs.max)}` : '', ''],
    [`longest task of one Load more click (max over clicks, median; goal ≤ ${g.longestTaskMs} ms)`, ms(s.longestTask.loadMoreMs), `per click: ${perClick.join(', ')} ms`, goal(s.longestTask.loadMoreMs <= g.longestTaskMs)],
    [`${t.loadMore.throttled.shown} results via Load more (CPU ${r.settings.cpuThrottle}x; goal ≤ ${g.loadMore500Ms} ms)`, ms(s.loadMore500Ms), '', goal(s.loadMore500Ms <= g.loadMore500Ms)],
    [`nodes per <circle-card> shadow tree, median / max (goal ≤ ${g.nodesPerCard})`, `${orNa(s.nodesPerCard.median)} / ${orNa(s.nodesPerCard.max)}`, `${ours.nodes.cards} cards`, goal(nodesOk)],
    ['DOM nodes of the page at settle (shadow trees included), ours / anchor', `${ours.nodes.page} / ${orNa(anc?.nodes.page)}`, anc ? `anchor: ${anc.nodes.cards} cards, ${orNa(anc.nodes.perCard?.median)} nodes per .result-item` : '', ''],
    ['API requests, cold view', s.requests.cold, fmtPaths(ours.cold.byPath), ''],
    [`API requests, repeat view in a new tab (goal ${g.requestsNewTabRepeat})`, s.requests.newTabRepeat, `${fmtPaths(ours.newTabRepeat.byPath)}; page asked ${ours.newTabRepeat.askedByPage}`, goal(s.requests.newTabRepeat <= g.requestsNewTabRepeat)],
    ['  anchor: cold / new tab', anc ? `${anc.cold.reachedServer} / ${anc.newTabRepeat.reachedServer}` : 'n/a', anc ? `${fmtPaths(anc.cold.byPath)} / ${fmtPaths(anc.newTabRepeat.byPath)}` : '', ''],
    ['first API request starts at', o.firstApi ? ms(o.firstApi.startMs) : 'none', o.firstApi ? `is a ${o.firstApi.purpose}` : '', goal(s.requests.firstIsSearch)],
    ['widget code starts at (loader / first widgets/ script)', `${orNa(o.loader?.startMs, ms)} / ${orNa(o.firstWidgetScript?.startMs, ms)}`, o.firstWidgetScript ? `${o.firstWidgetScript.file} loaded at ${ms(o.firstWidgetScript.endMs)}, all ${r.sizes.pages['circle-finder'].requests} scripts by ${orNa(o.scriptsLoadedMs, ms)}` : '', ''],
    ['lookups start after first card', orNa(o.lookupsAfterFirstCard, (b) => (b ? 'yes' : 'no')), `API order: ${o.api.map((a) => `${a.purpose} @${a.startMs}`).join(', ')}; first card @${ours.firstCardMs}`, ''],
    ['page errors, finder page / anchor page', `${finderErrors.length} / ${anc ? anchorErrors.length : 'n/a'}`, [...finderErrors, ...anchorErrors].slice(0, 2).join(' | '), goal(finderErrors.length === 0)],
  ];
  for (const [tag, b] of Object.entries(r.bytesPerPage)) {
    const byteGoal = g.bytes[tag];
    rows.push([
      `JS bytes, page with only <${tag}> (gzip${byteGoal ? `; goal ≤ ${byteGoal}` : ''})`,
      b.gzip,
      `budget ${orNa(b.budgetGzip)} (${b.ok ? 'within' : 'OVER'})`,
      byteGoal ? goal(b.gzip <= byteGoal) : '',
    ]);
  }
  out.push(table(rows, ['measure', 'value', 'detail', 'goal']));
  return out;
}

const fmtPaths = (byPath) => Object.entries(byPath).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';

function report(r) {
  const out = [];
  out.push(`# npm run bench — ${r.date}`);
  out.push(`${r.machine.cpu} (${r.machine.cores} cores, load average ${r.machine.loadAverageBefore[0]} before, ${r.machine.loadAverageAfter[0]} after), Chromium ${r.machine.chromium}, Node ${r.machine.node}`);
  out.push(`API latency ${r.settings.apiLatencyMs} ms; cold loads and the first Load more series with the CPU ${r.settings.cpuThrottle}x slower`);
  out.push('');
  out.push('## Bytes of the script-tag build (each file)');
  out.push(
    table(
      r.sizes.files.map((f) => [f.name, f.raw, f.gzip, f.brotli, f.limit, f.ok ? 'ok' : 'OVER']),
      ['file', 'raw', 'gzip', 'brotli', 'budget gz', ''],
    ),
  );
  out.push('');
  out.push('## What a page with one widget downloads (JS, English)');
  const pageRows = Object.entries(r.sizes.pages).map(([tag, p]) => [`only <${tag}>`, p.requests, p.raw, p.gzip, p.brotli, r.sizes.pageBudget[tag] ?? '']);
  pageRows.push([`React: ${REACT.partnerJs.label}`, 1, REACT.partnerJs.raw, REACT.partnerJs.gzip, 'n/a', '']);
  pageRows.push([`React: + ${REACT.partnerCss.label}`, 1, REACT.partnerCss.raw, REACT.partnerCss.gzip, 'n/a', '']);
  pageRows.push([`React: ${REACT.umd.label}`, 1, REACT.umd.raw, REACT.umd.gzip, 'n/a', '']);
  out.push(table(pageRows, ['page', 'files', 'raw', 'gzip', 'brotli', 'budget gz']));
  const graph = Object.values(r.sizes.pages).every((p) => p.matchesChunkGraph);
  out.push(`(files the browser fetched ${graph ? 'match' : 'DO NOT match'} the chunk graph that the size budget test reads)`);
  out.push('');
  out.push('## Timings and requests');
  const t = r.timings;
  const rows = [
    [`first result card after navigation (median of ${t.coldLoads.firstCardMs.samples.length} cold loads)`, ms(t.coldLoads.firstCardMs.median), `${ms(t.coldLoads.firstCardMs.min)} – ${ms(t.coldLoads.firstCardMs.max)}`],
    ['longest main-thread task until then (median)', ms(t.coldLoads.longestTaskUntilFirstCardMs.median), `${ms(t.coldLoads.longestTaskUntilFirstCardMs.min)} – ${ms(t.coldLoads.longestTaskUntilFirstCardMs.max)}`],
    [`requests while typing "${t.typing.query}" (${t.typing.keystrokes} keys)`, t.typing.requests, t.typing.searchRequests.map((q) => `"${q}"`).join(', ')],
    ['stale answers rendered (must be 0)', t.typing.staleAnswersRendered, `${t.typing.heldBackAnswers.delivered} older answers arrived late, ${t.typing.heldBackAnswers.cancelled} were cancelled; results shown for: ${t.typing.resultsShown.map((q) => `"${q}"`).join(' → ')}`],
  ];
  for (const m of [t.loadMore.throttled, t.loadMore.unthrottled]) {
    const cpu = m.cpuThrottle > 1 ? `CPU ${m.cpuThrottle}x slower` : 'CPU not slowed';
    rows.push([`${m.shown} results via Load more, ${m.clicks} clicks of 100 (${cpu}, median of ${m.totalMs.samples.length})`, ms(m.totalMs.median), `${ms(m.totalMs.min)} – ${ms(m.totalMs.max)}`]);
    rows.push([`longest main-thread task during Load more (${cpu}, median)`, ms(m.longestTaskMs.median), `${ms(m.longestTaskMs.min)} – ${ms(m.longestTaskMs.max)}`]);
    rows.push([`  longest task of one click, max over the clicks (${cpu}, median)`, ms(m.longestTaskMaxOverClicksMs.median), `per click: ${m.longestTaskPerClickMs[0].join(', ')} ms`]);
  }
  for (const tr of ['jsonp', 'cors']) {
    const v = t.secondView[tr];
    rows.push([`API requests, finder page, ${tr === 'cors' ? 'fetch' : 'JSONP'}: first view → second view`, `${v.first.reachedServer} → ${v.second.reachedServer}`, `second view asked ${v.second.askedByPage} (HTTP cache answers)`]);
  }
  const w = t.threeWidgets;
  rows.push(['API requests, page with 2 finders + signup (cold)', w.requests, Object.entries(w.byPath).map(([k, n]) => `${k} ${n}`).join(', ')]);
  out.push(table(rows, ['measure', 'value', 'detail']));
  out.push('');
  out.push(`Finder page vs React partner page (JS+CSS gzip): ${kB(r.sizes.pages['circle-finder'].gzip)} vs ${kB(REACT.partnerJs.gzip + REACT.partnerCss.gzip)}`);
  out.push('');
  out.push(...anchorReport(r));
  out.push(`budget: ${r.budgetOk ? 'all within' : 'OVER (see rows marked OVER)'}; run took ${r.durationS} s`);
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  // other work on the machine slows the timings down: the report shows how busy it was
  const loadBefore = loadavg().map((n) => Math.round(n * 10) / 10);
  const built = buildIfNeeded();
  const snap = await snapshot();
  const budget = readBudget();
  const check = checkBudget(budget, snap);
  const files = measureFiles(snap).map((m) => {
    const c = check.files.find((f) => f.name === m.name);
    return { name: m.name, raw: m.raw, gzip: m.gzip, brotli: m.brotli, limit: c.limit, ok: c.ok };
  });

  const dataDir = mkdtempSync(join(tmpdir(), 'p2pu-bench-data-'));
  const api = await startApi({ port: 0, cors: 'open', latencyMs: SETTINGS.apiLatencyMs, faults: false, dataDir, log: { warn() {}, error: console.error } });
  const counter = serverCounter(api);
  const web = await startStatic(snap);
  const dir = anchorDir();
  if (!dir) log('no anchor at ../shared/anchor/ (next to the repo): anchor figures and ratios are skipped (null)');
  const anchor = dir ? await startAnchorStatic(dir) : null;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  let result;
  try {
    log('bytes per page');
    const pages = await pageDownloads(browser, web, snap, api.url);
    const sites = targets(web, api.url, anchor);
    const against = anchor ? ', alternating with the anchor' : '';
    log(`${SETTINGS.coldLoads} cold loads (CPU ${SETTINGS.cpuThrottle}x slower${against})`);
    const cold = await coldLoads(browser, sites);
    log(`${SETTINGS.slowNetworkLoads} cold loads on a slow network (CPU ${SETTINGS.cpuThrottle}x slower${against})`);
    const slow = await coldLoads(browser, sites, { loads: SETTINGS.slowNetworkLoads, network: SETTINGS.slowNetwork });
    log('requests: cold view, then a new tab');
    const views = {
      ours: await coldThenNewTab(browser, sites.ours, counter, 'ours', web.base),
      anchor: anchor ? await coldThenNewTab(browser, sites.anchor, counter, 'anchor', anchor.base) : null,
    };
    log('typing');
    const typed = await typing(browser, web, api.url);
    log('load more');
    const circles = await syntheticCircles(api.url);
    const more = {
      throttled: await loadMore(browser, web, api.url, circles, SETTINGS.cpuThrottle),
      unthrottled: await loadMore(browser, web, api.url, circles, 1, Math.min(SETTINGS.loadMoreRuns, SETTINGS.loadMoreRunsUnthrottled)),
    };
    log('second page view');
    const second = await secondView(browser, web, api.url, counter);
    log('three widgets');
    const three = await threeWidgets(browser, web, api.url, counter);
    result = {
      date: new Date().toISOString(),
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        node: process.version,
        chromium: browser.version(),
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadavg().map((n) => Math.round(n * 10) / 10),
      },
      settings: SETTINGS,
      built,
      summary: {
        firstCard: { oursMs: cold.firstCardMs.median, anchorMs: cold.anchor?.firstCardMs.median ?? null, ratio: cold.ratio },
        firstCardPainted: { oursMs: cold.firstCardPaintedMs.median, anchorMs: cold.anchor?.firstCardPaintedMs.median ?? null, ratio: cold.ratioPainted },
        firstCardSlowNetwork: { oursMs: slow.firstCardMs.median, anchorMs: slow.anchor?.firstCardMs.median ?? null, ratio: slow.ratio },
        longestTask: {
          untilFirstCardMs: cold.longestTaskUntilFirstCardMs.median,
          fromFirstScriptMs: cold.longestTaskFromFirstScriptMs.median,
          noScriptPageMs: cold.noScriptLongestTaskMs?.median ?? null,
          loadMoreMs: more.throttled.longestTaskMaxOverClicksMs.median,
        },
        loadMore500Ms: more.throttled.totalMs.median,
        nodesPerCard: { median: views.ours.nodes.perCard?.median ?? null, max: views.ours.nodes.perCard?.max ?? null },
        requests: { cold: views.ours.cold.reachedServer, newTabRepeat: views.ours.newTabRepeat.reachedServer, firstIsSearch: views.ours.order.firstIsSearch },
        bytes: Object.fromEntries(Object.entries(pages).map(([tag, p]) => [tag, p.gzip])),
      },
      goals: { firstCardRatio: 0.33, longestTaskMs: 100, loadMore500Ms: 2500, nodesPerCard: 60, requestsNewTabRepeat: 0, bytes: budget.goals ?? {} },
      // JS a page with one widget downloads (gzip -9 bytes, as fetched by the browser) and its budget.json limit
      bytesPerPage: Object.fromEntries(
        Object.entries(pages).map(([tag, p]) => [tag, { gzip: p.gzip, brotli: p.brotli, raw: p.raw, files: p.requests, budgetGzip: budget.pages[tag] ?? null, ok: budget.pages[tag] === undefined || p.gzip <= budget.pages[tag] }]),
      ),
      sizes: { files, pages, pageBudget: budget.pages },
      budgetOk: check.files.every((f) => f.ok) && check.pages.every((p) => p.ok),
      anchor: dir ? { dir, commit: existsSync(join(dir, 'vendor/p2pu-components/COMMIT')) ? readFileSync(join(dir, 'vendor/p2pu-components/COMMIT'), 'utf8').trim() : null } : null,
      timings: { coldLoads: cold, slowNetwork: slow, coldThenNewTab: views, typing: typed, loadMore: more, secondView: second, threeWidgets: three },
      react: REACT,
    };
  } finally {
    await browser.close();
    await web.close();
    await anchor?.close();
    await api.close();
    rmSync(snap, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
  result.durationS = Math.round((Date.now() - started) / 1000);
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
  console.log(report(result));
  if (result.timings.typing.staleAnswersRendered !== 0) {
    console.error('bench: the finder rendered a stale answer');
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

export { SETTINGS, coldLoads, coldTab, loadMore, pageDownloads, secondView, startStatic, syntheticCircles, threeWidgets, typing };
