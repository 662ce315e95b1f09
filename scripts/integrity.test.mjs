// Subresource Integrity of the script-tag build: `npm run build` publishes the sha384 of the loader
// and of every chunk it can load (dist/integrity.json) and the script line with it
// (dist/script-tag.txt); the snippet builder reads the same value; and in Chromium that line, pasted
// as it is, runs the widgets from the CDN address while a changed loader is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { LOADER, distDir, reachableFiles, rel } from '../bench/chunks.mjs';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

let integrity;
let scriptTagText;
let snippet;
let server;
let base;
let browser;

before(async () => {
  if (!existsSync(join(distDir, 'integrity.json')) || !existsSync(join(distDir, LOADER))) {
    const run = spawnSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    assert.equal(run.status, 0, 'npm run build failed');
  }
  integrity = JSON.parse(readFileSync(join(distDir, 'integrity.json'), 'utf8'));
  scriptTagText = readFileSync(join(distDir, 'script-tag.txt'), 'utf8');
  // the snippet builder's own functions (demo/builder/snippet.ts), bundled for node
  const out = await build({ entryPoints: [`${root}demo/builder/snippet.ts`], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'error' });
  snippet = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

  server = createServer((req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(pages.get(req.url) ?? ''));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('npm run build publishes the sha384 of the loader and of every chunk it can load', () => {
  assert.equal(integrity.package, pkg.name);
  assert.equal(integrity.version, pkg.version);
  const reachable = reachableFiles().map((path) => rel(path)).sort();
  assert.deepEqual(Object.keys(integrity.files).sort(), reachable, 'one entry per file the script tag can load');
  assert.ok(reachable.includes(LOADER) && reachable.some((f) => f.startsWith('widgets/shared/')), 'loader and chunks listed');
  for (const [file, value] of Object.entries(integrity.files)) {
    assert.equal(value, sha384(readFileSync(join(distDir, file))), `${file}: the published hash is the file's`);
  }
});

test('dist/script-tag.txt is the pinned line with the loader’s integrity, and the snippet builder reads the same value', () => {
  const src = snippet.cdnScriptUrl(pkg.version);
  const expected = `<script src="${src}" integrity="${integrity.files[LOADER]}" crossorigin="anonymous" data-endpoint="${snippet.PRODUCTION_ENDPOINT}" defer></script>`;
  assert.equal(scriptTagText, `${expected}\n`);
  assert.equal(integrity.scriptTag, expected);
  // the builder asks for integrity.json beside the script it offers, and takes exactly this hash from it
  assert.equal(snippet.integrityJsonUrl(src), src.replace(/learning-circle-widgets\.js$/, 'integrity.json'));
  assert.equal(snippet.integrityFrom(integrity, src), integrity.files[LOADER]);
  assert.equal(snippet.integrityFrom({ ...integrity, version: '0.0.0-other' }, src), null, 'never the hash of another version');
  // and writes the same line
  assert.equal(snippet.scriptLine({ src, integrity: integrity.files[LOADER] }, [['data-endpoint', snippet.PRODUCTION_ENDPOINT]]), expected);
});

const pages = new Map();

/** Opens a page holding `head`, with the CDN's versioned directory served from dist/ (`changed` altered). */
async function openWithCdn(head, changed = new Set()) {
  const path = `/page-${pages.size}.html`;
  pages.set(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI</title>${head}</head>
    <body><p2pu-config team-id="1"><p>inside</p></p2pu-config></body></html>`);
  const tab = await browser.newPage();
  const messages = [];
  tab.on('console', (m) => messages.push(m.text()));
  const cdnDir = snippet.cdnScriptUrl(pkg.version).replace(/learning-circle-widgets\.js$/, '');
  await tab.route(`${cdnDir}**`, async (route) => {
    const file = normalize(route.request().url().slice(cdnDir.length).split('?')[0]).replace(/^(\.\.[/\\])+/, '');
    const full = join(distDir, file);
    if (!file.endsWith('.js') || !existsSync(full)) return route.fulfill({ status: 404 });
    const body = changed.has(file) ? `${readFileSync(full, 'utf8')}\n;window.__changed = true;` : readFileSync(full);
    return route.fulfill({ status: 200, body, headers: { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' } });
  });
  await tab.route(/learningcircles\.p2pu\.org/, (route) => route.abort());
  await tab.goto(base + path);
  return { tab, messages };
}

const defined = (tab) => tab.evaluate(() => customElements.get('p2pu-config') !== undefined);

test('in Chromium the published line runs the widgets from the CDN, and a changed loader is refused', async () => {
  const good = await openWithCdn(scriptTagText);
  await good.tab.waitForFunction(() => customElements.get('p2pu-config') !== undefined);
  await good.tab.close();

  const changed = await openWithCdn(scriptTagText, new Set([LOADER]));
  await changed.tab.waitForLoadState('networkidle');
  assert.equal(await defined(changed.tab), false, 'a loader that is not the published one must not run');
  assert.equal(await changed.tab.evaluate(() => window.__changed ?? false), false);
  assert.ok(changed.messages.some((m) => /integrity/i.test(m)), `the console names the integrity check: ${changed.messages.join(' | ')}`);
  await changed.tab.close();

  // integrity without crossorigin (an editor removed it) is refused too: docs say to keep them together
  const noCors = await openWithCdn(scriptTagText.replace(' crossorigin="anonymous"', ''));
  await noCors.tab.waitForLoadState('networkidle');
  assert.equal(await defined(noCors.tab), false, 'integrity on a cross-origin script needs crossorigin');
  await noCors.tab.close();
});
