// The script-tag bundle as a librarian uses it: a plain HTML page, one <script> with data-*
// settings (here pasted twice, as happens in CMSs), served by a static file server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const bundlePath = `${root}dist/learning-circle-widgets.js`;

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
};

let server;
let browser;
let base;

before(async () => {
  if (!existsSync(bundlePath)) {
    const build = spawnSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    assert.equal(build.status, 0, 'npm run build failed');
  }
  server = createServer((req, res) => {
    if (req.url === '/learning-circle-widgets.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(bundlePath));
    } else if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
    } else if (pages[req.url]) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(pages[req.url]);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(path) {
  const tab = await browser.newPage();
  const errors = [];
  const warnings = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await tab.goto(base + path);
  await tab.waitForFunction(() => customElements.get('p2pu-config') !== undefined);
  return { tab, errors, warnings };
}

test('one script line registers the elements and reads its data-* settings', async () => {
  const { tab, errors } = await open('/once.html');
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
  const { tab, errors, warnings } = await open('/twice.html');
  const scripts = await tab.evaluate(() => document.scripts.length);
  assert.equal(scripts, 2);
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings.filter((w) => w.includes('already registered')), []);
  await tab.close();
});

test('the bundle is self-contained: no import statements left for a browser to resolve', () => {
  const code = readFileSync(bundlePath, 'utf8');
  assert.doesNotMatch(code, /^\s*import[\s{]/m);
  assert.doesNotMatch(code, /from\s*["']lit["']/);
});
