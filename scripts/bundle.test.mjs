// The script-tag build as a librarian uses it: a plain HTML page, one <script> with data-*
// settings (also pasted twice, as happens in CMSs), served by a static file server; each widget's
// code is fetched only when its tag is on the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startApi } from '../server/main.mjs';
import { serveDist } from './serve-dist.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = `${root}dist`;
const bundlePath = `${dist}/learning-circle-widgets.js`;

const page = (scripts) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>plain page</title>${scripts}</head>
<body>
  <p2pu-config id="outer" signup-page="/join?circle={id}"><p>inside</p></p2pu-config>
  <p2pu-config id="broken" team-id="abc"></p2pu-config>
</body></html>`;

const tag = '<script src="/learning-circle-widgets.js" data-endpoint="http://localhost:8787/api/" data-team-id="1" data-lang="es" defer></script>';
const pages = {
  '/once.html': page(tag),
  '/twice.html': page(tag + tag),
  '/course-card-only.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>one card</title>${tag}</head>
    <body><course-card course-id="1203"><a href="https://www.p2pu.org/en/courses/">Courses on P2PU</a></course-card></body></html>`,
  '/later.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>later</title>${tag}</head><body></body></html>`,
};

let server;
let browser;
let base;
let api;
let dataDir;

/** A plain page with only the script line and three widgets, pasted the way CMS editors do. */
const plainPage = (endpoint) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>plain</title>
<script src="/learning-circle-widgets.js" data-endpoint="${endpoint}" defer></script></head>
<body>
<p><circle-finder team-id=" 1 " filters="q"><a href="https://www.p2pu.org/en/learning-circles/">Find a learning circle on P2PU</a></circle-finder></p>
<p><circle-signup circle-id="4821"><a href="https://www.p2pu.org/en/learning-circles/">Sign up on P2PU</a></circle-signup><br /></p>
<p><course-card course-id="“1203”"><a href="https://www.p2pu.org/en/courses/">Courses on P2PU</a></course-card></p>
</body></html>`;

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'p2pu-bundle-'));
  api = await startApi({ port: 0, cors: 'open', dataDir });
  pages['/plain.html'] = plainPage(api.url);
  if (!existsSync(bundlePath)) {
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

async function open(path) {
  const tab = await browser.newPage();
  const errors = [];
  const warnings = [];
  const scripts = [];
  tab.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  // pages other than plain.html point at an API that is not running; their errors are not the subject
  if (!path.startsWith('/plain')) await tab.route(/localhost:8787/, (route) => route.abort());
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await tab.goto(base + path);
  return { tab, errors, warnings, scripts };
}

const defined = (tab, tagName) => tab.waitForFunction((t) => customElements.get(t) !== undefined, tagName);

test('one script line registers the elements and reads its data-* settings', async () => {
  const { tab, errors } = await open('/once.html');
  await defined(tab, 'p2pu-config');
  const provided = await tab.evaluate(async () => {
    const el = document.querySelector('#outer');
    await el.updateComplete;
    return el.provided;
  });
  assert.deepEqual(errors, []);
  // the page's own <p2pu-config> provides its settings; the script tag's apply page-wide
  assert.deepEqual(provided, { signupPage: '/join?circle={id}' });
  const noticeText = await tab.evaluate(() => document.querySelector('#broken').shadowRoot.textContent);
  assert.match(noticeText, /team-id "abc" is not a team number/);
  await tab.close();
});

test('the script pasted twice does not throw and does not warn about a version clash', async () => {
  const { tab, errors, warnings, scripts } = await open('/twice.html');
  await defined(tab, 'p2pu-config');
  assert.equal(await tab.evaluate(() => document.scripts.length), 2);
  assert.equal(scripts.filter((s) => s === '/widgets/p2pu-config.js').length, 1, 'the widget is fetched once');
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings.filter((w) => w.includes('already registered')), []);
  await tab.close();
});

test('a page with one course card downloads only the course card code', async () => {
  const { tab, scripts } = await open('/course-card-only.html');
  await defined(tab, 'course-card');
  await tab.waitForLoadState('networkidle');
  assert.ok(scripts.includes('/widgets/course-card.js'));
  for (const other of ['circle-signup', 'circle-finder', 'course-finder', 'p2pu-config']) {
    assert.ok(!scripts.some((s) => s.includes(other)), `${other} was downloaded: ${scripts.join(', ')}`);
  }
  await tab.close();
});

test('tags added to the page later are loaded too', async () => {
  const { tab, scripts } = await open('/later.html');
  await tab.evaluate(() => {
    const block = document.createElement('div');
    block.innerHTML = '<p><p2pu-config team-id="1"></p2pu-config></p>';
    document.body.append(block);
  });
  await defined(tab, 'p2pu-config');
  assert.ok(scripts.includes('/widgets/p2pu-config.js'));
  await tab.close();
});

test('the script-tag files import nothing a browser would have to resolve (no bare specifiers)', () => {
  for (const file of [bundlePath, `${dist}/widgets/p2pu-config.js`, `${dist}/widgets/course-card.js`]) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /from\s*["'](lit|@lit)[^"']*["']/, file);
    assert.doesNotMatch(code, /import\s*\(?\s*["'](lit|@lit)/, file);
  }
});

test('a plain page with only the script line and three tags, as pasted into a CMS, shows live data', async () => {
  const { tab, errors } = await open('/plain.html');
  const text = (tag) => tab.evaluate((t) => document.querySelector(t)?.shadowRoot?.textContent ?? '', tag);
  await tab.waitForFunction(() => document.querySelector('circle-finder')?.shadowRoot?.querySelectorAll('circle-card').length > 0, undefined, { timeout: 15000 });
  await tab.waitForFunction(() => document.querySelector('circle-signup')?.shadowRoot?.querySelector('form'), undefined, { timeout: 15000 });
  await tab.waitForFunction(() => /Programming for Everybody/.test(document.querySelector('course-card')?.shadowRoot?.textContent ?? ''), undefined, { timeout: 15000 });
  assert.match(await text('circle-signup'), /Python at Riverside/);
  // once upgraded, the fallback links are no longer shown
  assert.equal(await tab.evaluate(() => document.querySelector('course-card a').getClientRects().length), 0);
  assert.deepEqual(errors, []);
  await tab.close();
});

test('with scripts blocked, the fallback link inside each tag is what visitors get', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.goto(`${base}/plain.html`);
  const links = await tab.evaluate(() =>
    [...document.querySelectorAll('circle-finder a, circle-signup a, course-card a')].filter((a) => a.getClientRects().length > 0).map((a) => a.textContent),
  );
  assert.deepEqual(links, ['Find a learning circle on P2PU', 'Sign up on P2PU', 'Courses on P2PU']);
  await context.close();
});
