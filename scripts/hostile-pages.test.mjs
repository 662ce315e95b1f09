// Hostile host pages (test/hostile/pages/): the script-tag build on pages a widget must survive,
// each with a circle finder, a signup form, a course card and a circle card, against a local API
// started here. On each page the widgets must render, be usable (search in the finder, sign up in
// the form) and be laid out as on a clean page: same boxes (within a few px) and the same computed
// text styles for a set of inner elements.
//   theme      html{font-size:62.5%}, * {box-sizing:content-box}, line-height:3, global button/input/a/h2…
//   bootstrap  Bootstrap-like global CSS (reboot, forms, buttons)
//   csp        strict Content-Security-Policy: no inline script or style, no eval
//   twice      the script tag pasted twice
//   quirks     no doctype (quirks mode)
//   base       <base href> on another site
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startApi } from '../server/main.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const hostileDir = join(root, 'test/hostile');
const TOLERANCE_PX = 3;

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

let api;
let dataDir;
let server;
let browser;
let STATIC;
/** Layout of the widgets on the clean page. */
let reference;

function pageHtml(name) {
  const script = `<script src="${STATIC}/learning-circle-widgets.js" data-endpoint="${api.url}" defer></script>`;
  return readFileSync(join(hostileDir, 'pages', `${name}.html`), 'utf8')
    .replace('{{WIDGETS}}', readFileSync(join(hostileDir, 'pages/widgets.html'), 'utf8'))
    .replaceAll('{{SCRIPT}}', script)
    .replaceAll('{{STATIC}}', STATIC)
    .replaceAll('{{API}}', api.url);
}

function serve(req, res) {
  const path = normalize(decodeURIComponent(req.url.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  const page = /^\/pages\/(\w+)\.html$/.exec(path);
  if (page && existsSync(join(hostileDir, 'pages', `${page[1]}.html`))) {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(pageHtml(page[1]));
    return;
  }
  const file = path.startsWith('/hostile/css/') ? join(hostileDir, path.slice('/hostile'.length)) : join(dist, path);
  if ((file.startsWith(dist) || file.startsWith(hostileDir)) && TYPES[extname(file)] && existsSync(file)) {
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] }).end(readFileSync(file));
  } else if (path === '/favicon.ico') {
    res.writeHead(204).end();
  } else {
    res.writeHead(404).end();
  }
}

before(async () => {
  if (!existsSync(join(dist, 'learning-circle-widgets.js')) || !existsSync(join(dist, 'widgets/circle-signup.js'))) {
    const build = spawnSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    assert.equal(build.status, 0, 'npm run build failed');
  }
  dataDir = mkdtempSync(join(tmpdir(), 'p2pu-hostile-'));
  server = createServer(serve);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  STATIC = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const clean = await open('clean');
  await settled(clean.tab);
  reference = await measure(clean.tab);
  assert.deepEqual(clean.problems(), [], 'the clean page has errors');
  await clean.context.close();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  await api?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

let apis = 0;

/** A fresh local API for each page, so signups on one page do not change seat counts on the next. */
async function freshApi() {
  await api?.close();
  api = await startApi({ port: 0, cors: 'open', dataDir: join(dataDir, String(apis++)) });
}

/**
 * Opens a hostile page in its own browser context (and with its own API), recording errors, CSP
 * reports and requests.
 */
async function open(name) {
  await freshApi();
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, locale: 'en-US' });
  const tab = await context.newPage();
  const errors = [];
  const warnings = [];
  const requests = [];
  await tab.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        source: e.sourceFile,
        line: e.lineNumber,
      }),
    );
  });
  // No outside network here: anything aimed at another site is refused (and recorded).
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
  tab.on('request', (r) => requests.push(r.url()));
  tab.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  tab.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await tab.goto(`${STATIC}/pages/${name}.html`);
  const problems = () =>
    errors.filter((e) => !(name === 'csp' && /inline script/.test(e) && e.includes('Content Security Policy'))); // the canary
  return { tab, context, errors, warnings, requests, problems };
}

/** Waits until every widget shows its content (not a skeleton) and images and fonts are in. */
async function settled(tab) {
  // The finder's filter panel loads its controls when first opened: open it, as a patron does.
  await tab.waitForFunction(() => document.getElementById('finder')?.shadowRoot?.querySelector('.filters-toggle'), null, { timeout: 15000 });
  await tab.evaluate(() => {
    const toggle = document.getElementById('finder').shadowRoot.querySelector('.filters-toggle');
    if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  });
  await tab.waitForFunction(
    () => {
      const sr = (id) => document.getElementById(id)?.shadowRoot;
      const finder = sr('finder');
      return (
        finder?.querySelector('.body')?.getAttribute('aria-busy') === 'false' &&
        finder.querySelectorAll('#topic option').length > 1 &&
        finder.querySelectorAll('#city option').length > 1 &&
        finder.querySelector('.results circle-card')?.shadowRoot?.querySelector('[part=title]') &&
        sr('signup')?.querySelector('form') &&
        sr('course')?.querySelector('[part=title-link]') &&
        sr('card')?.querySelector('[part=title] a')
      );
    },
    null,
    { timeout: 15000 },
  );
  await tab.evaluate(async () => {
    await document.fonts.ready;
    const images = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName === 'img') images.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    // Lazy images below the fold never load: give the others a moment.
    const loaded = (img) =>
      new Promise((resolve) => {
        if (img.complete) resolve();
        img.addEventListener('load', resolve);
        img.addEventListener('error', resolve);
      });
    await Promise.race([Promise.all(images.map(loaded)), new Promise((r) => setTimeout(r, 2000))]);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/** Inner elements compared with the clean page; ` >>> ` goes into a nested shadow root. */
const PARTS = {
  finder: [
    '.search label',
    '#q',
    '.search button',
    '#topic',
    '#city',
    '.filter-panel',
    '[role=tablist]',
    '#tab-open',
    '.summary',
    '.results',
    '.results circle-card',
    '.results circle-card >>> [part=title]',
    '.results circle-card >>> [part=cta]',
  ],
  signup: [
    '[part=summary]',
    '#cs-title',
    '.facts',
    'label[for=cs-name]',
    '#cs-name',
    '#cs-email',
    '#cs-country',
    '#cs-goals',
    '#cs-consent',
    'label[for=cs-consent]',
    '[part=submit]',
  ],
  course: ['[part=card]', '[part=title]', '[part=provider]', '[part=caption]', '[part=topics]', '[part=rating]', '[part=facts]', '[part=circles-link]'],
  card: ['[part=card]', '[part=image]', '[part=title]', '[part=course]', '[part=status]', '[part=meta]', '[part=seats]', '[part=cta]'],
};
const TEXT_STYLES = ['fontSize', 'lineHeight', 'fontWeight', 'fontStyle', 'letterSpacing', 'wordSpacing', 'textTransform', 'textAlign', 'color'];

/** Boxes (relative to the widget) and text styles of the widgets and their PARTS. */
function measure(tab) {
  return tab.evaluate(
    ({ parts, styles }) => {
      const out = {};
      for (const [id, paths] of Object.entries(parts)) {
        const host = document.getElementById(id);
        const box = host.getBoundingClientRect();
        const entry = { host: { w: box.width, h: box.height }, parts: {} };
        for (const path of paths) {
          let scope = host.shadowRoot;
          let el = null;
          for (const selector of path.split(' >>> ')) {
            el = scope?.querySelector(selector) ?? null;
            scope = el?.shadowRoot ?? null;
          }
          if (!el) {
            entry.parts[path] = null;
            continue;
          }
          const r = el.getBoundingClientRect();
          const cs = getComputedStyle(el);
          // not laid out (the folded filter panel): only "not shown" can be compared
          if (!el.getClientRects().length) {
            entry.parts[path] = { folded: true };
            continue;
          }
          entry.parts[path] = {
            x: r.left - box.left,
            y: r.top - box.top,
            w: r.width,
            h: r.height,
            ...Object.fromEntries(styles.map((s) => [s, cs[s]])),
          };
        }
        out[id] = entry;
      }
      return out;
    },
    { parts: PARTS, styles: TEXT_STYLES },
  );
}

/** Every difference from the clean page's layout, in words. */
function layoutDifferences(actual) {
  const differences = [];
  const near = (a, b) => Math.abs(a - b) <= TOLERANCE_PX;
  for (const [id, expected] of Object.entries(reference)) {
    const got = actual[id];
    for (const k of ['w', 'h']) {
      if (!near(got.host[k], expected.host[k])) {
        differences.push(`#${id} ${k === 'w' ? 'width' : 'height'} ${got.host[k].toFixed(1)} px, clean page ${expected.host[k].toFixed(1)} px`);
      }
    }
    for (const [path, want] of Object.entries(expected.parts)) {
      const have = got.parts[path];
      if (!want) continue;
      if (!have) {
        differences.push(`#${id} ${path}: missing`);
        continue;
      }
      if (want.folded || have.folded) {
        if (!want.folded || !have.folded) differences.push(`#${id} ${path}: ${have.folded ? 'not shown' : 'shown'}, clean page ${want.folded ? 'not shown' : 'shown'}`);
        continue;
      }
      const box = ['x', 'y', 'w', 'h'].filter((k) => !near(have[k], want[k]));
      if (box.length) {
        const fmt = (b) => `${b.x.toFixed(0)},${b.y.toFixed(0)} ${b.w.toFixed(0)}×${b.h.toFixed(0)}`;
        differences.push(`#${id} ${path}: box ${fmt(have)}, clean page ${fmt(want)}`);
      }
      for (const s of TEXT_STYLES) {
        if (have[s] !== want[s]) differences.push(`#${id} ${path}: ${s} ${have[s]}, clean page ${want[s]}`);
      }
    }
  }
  return differences;
}

const shadowText = (tab, selector) =>
  tab.evaluate((sel) => {
    let scope = document;
    let el = null;
    for (const part of sel.split(' >>> ')) {
      el = scope?.querySelector(part) ?? null;
      scope = el?.shadowRoot ?? null;
    }
    return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, selector);

let signups = 0;

/** A learner uses the widgets: searches in the finder, signs up, and follows the cards' links. */
async function use(tab) {
  const search = tab.locator('#finder #q');
  await search.fill('python riverside');
  await search.press('Enter');
  await tab.waitForFunction(
    () => /match(es)? “python riverside”/.test(document.getElementById('finder').shadowRoot.querySelector('.summary').textContent),
    null,
    { timeout: 10000 },
  );
  await tab.waitForFunction(() => document.getElementById('finder').shadowRoot.querySelector('.body').getAttribute('aria-busy') === 'false');
  const found = await tab.evaluate(() =>
    [...document.getElementById('finder').shadowRoot.querySelectorAll('.results circle-card')].map((c) => c.circle.name),
  );
  assert.ok(found.includes('Python at Riverside'), `the finder search found ${found.join(', ')}`);

  // A person takes more than the form's 3 s anti-bot minimum; the test does not wait for it.
  await tab.evaluate(() => (customElements.get('circle-signup').minimumFillMs = 0));
  const email = `hostile.${Date.now().toString(36)}.${signups++}@example.org`;
  await tab.locator('#signup #cs-name').fill('Ada Learner');
  await tab.locator('#signup #cs-email').fill(email);
  await tab.locator('#signup #cs-goals').fill('Automate my spreadsheets');
  await tab.locator('#signup #cs-support').fill('Bring snacks and share notes');
  await tab.locator('#signup #cs-consent').check();
  await tab.locator('#signup [part=submit]').click();
  await tab.locator('#signup [part=confirmation]').waitFor({ timeout: 10000 });
  // the circle's name is bidi-isolated (U+2068 … U+2069) inside the sentence: read it without them
  const doneTitle = (await shadowText(tab, '#signup >>> #cs-done-title')).replace(/[\u2066-\u2069]/g, '');
  assert.match(doneTitle, /You are signed up for Python at Riverside/);
  const stored = await (await fetch(`${api.url}/__signups?format=json`)).json();
  assert.ok(
    stored.items.some((s) => s.email === email && s.learning_circle === 4821),
    'the signup did not reach the API',
  );

  const course = tab.locator('#course [part=title-link]');
  assert.equal((await course.textContent()).replace(/\s+/g, ' ').trim().replace(/ \(opens in a new tab\)$/, ''), 'Programming for Everybody');
  assert.equal(await course.getAttribute('href'), 'https://www.coursera.org/learn/python');
  const card = tab.locator('#card [part=title] a');
  assert.equal((await card.textContent()).trim(), 'Python at Riverside');
  assert.equal(await card.getAttribute('href'), `${api.url}/en/signup/riverside-branch-library-4821/`);
}

/** Scripts fetched from the static server, by path. */
const widgetScripts = (requests) =>
  requests.filter((u) => u.startsWith(STATIC) && u.endsWith('.js')).map((u) => new URL(u).pathname);

/**
 * Opens the page and, as subtests (each reports on its own): what makes the page hostile is in force;
 * the widgets are laid out as on the clean page; a learner can use them; nothing went wrong on the way.
 */
async function checkPage(t, name, hostile = null) {
  const page = await open(name);
  try {
    await settled(page.tab);
    if (hostile) await t.test('the page is as hostile as intended', () => hostile(page));
    if (name !== 'clean') {
      await t.test('the widgets are laid out as on a clean page', async () => {
        const differences = layoutDifferences(await measure(page.tab));
        assert.deepEqual(differences, [], `on the ${name} page the widgets are laid out differently than on a clean page`);
      });
    }
    await t.test('a learner can search in the finder, sign up and follow the cards', () => use(page.tab));
    await t.test('no errors, no CSP violations, no requests elsewhere, each widget fetched once', async () => {
      const csp = await page.tab.evaluate(() => window.__cspViolations);
      const unexpected = csp.filter((v) => !(name === 'csp' && v.blocked === 'inline' && v.source.endsWith('/pages/csp.html')));
      assert.deepEqual(unexpected, [], 'Content-Security-Policy violations');
      assert.deepEqual(page.problems(), [], 'errors on the page');
      const elsewhere = page.requests.filter((u) => !u.startsWith(STATIC) && !u.startsWith(api.url));
      assert.deepEqual(elsewhere, [], 'requests to other sites');
      // Each widget's code is fetched once, from next to the script.
      const scripts = widgetScripts(page.requests);
      for (const tag of ['circle-finder', 'circle-signup', 'course-card']) {
        assert.equal(scripts.filter((p) => p === `/widgets/${tag}.js`).length, 1, `widgets/${tag}.js fetched: ${scripts.join(', ')}`);
      }
    });
  } finally {
    await page.context.close();
  }
}

test('the clean page: widgets render and can be used', (t) => checkPage(t, 'clean'));

/** Computed styles of the page's own (light DOM) elements. */
const pageStyles = (tab) =>
  tab.evaluate(() => {
    const cs = (el) => getComputedStyle(el);
    const h2 = document.querySelector('h2');
    return {
      rootFontSize: cs(document.documentElement).fontSize,
      bodyLineHeight: cs(document.body).lineHeight,
      boxSizing: cs(document.querySelector('.slot')).boxSizing,
      h2Transform: cs(h2).textTransform,
      h2Weight: cs(h2).fontWeight,
    };
  });

test('a theme with html{font-size:62.5%}, content-box sizing, line-height 3 and global element styles', (t) =>
  checkPage(t, 'theme', async ({ tab }) => {
    assert.deepEqual(await pageStyles(tab), {
      rootFontSize: '10px',
      bodyLineHeight: '48px',
      boxSizing: 'content-box',
      h2Transform: 'uppercase',
      h2Weight: '700',
    });
  }));

test('a Bootstrap-like site', (t) =>
  checkPage(t, 'bootstrap', async ({ tab }) => {
    assert.deepEqual(await pageStyles(tab), {
      rootFontSize: '16px',
      bodyLineHeight: '24px',
      boxSizing: 'border-box',
      h2Transform: 'none',
      h2Weight: '500',
    });
  }));

test('a strict Content-Security-Policy (no inline script or style, no eval)', (t) =>
  checkPage(t, 'csp', async ({ tab }) => {
    // The policy is in force: the page's own inline script was refused.
    assert.equal(await tab.evaluate(() => window.__inlineScriptRan), undefined);
    const violations = await tab.evaluate(() => window.__cspViolations);
    assert.equal(violations.length, 1, `violations: ${JSON.stringify(violations)}`);
  }));

test('the script pasted twice', (t) =>
  checkPage(t, 'twice', async ({ tab, warnings }) => {
    assert.equal(await tab.evaluate(() => document.querySelectorAll('script[src$="learning-circle-widgets.js"]').length), 2);
    assert.deepEqual(warnings.filter((w) => /already (registered|defined)/.test(w)), []);
    const rendered = await tab.evaluate(() => ({
      finder: document.getElementById('finder').shadowRoot.querySelectorAll('.finder').length,
      signup: document.getElementById('signup').shadowRoot.querySelectorAll('[part=summary]').length,
      course: document.getElementById('course').shadowRoot.querySelectorAll('[part=card]').length,
      card: document.getElementById('card').shadowRoot.querySelectorAll('[part=card]').length,
    }));
    assert.deepEqual(rendered, { finder: 1, signup: 1, course: 1, card: 1 });
  }));

test('an old page without a doctype (quirks mode)', (t) =>
  checkPage(t, 'quirks', async ({ tab }) => {
    assert.equal(await tab.evaluate(() => document.compatMode), 'BackCompat');
  }));

test('a page whose <base href> is on another site', (t) =>
  checkPage(t, 'base', async ({ tab, requests }) => {
    assert.equal(await tab.evaluate(() => document.baseURI), 'https://elsewhere.example/library/');
    assert.ok(requests.some((u) => u.startsWith(`${api.url}/api/`)), 'no API request reached the endpoint');
  }));
