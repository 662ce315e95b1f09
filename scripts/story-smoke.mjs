// Story smoke test: builds the static Storybook, serves it on loopback, opens every story in
// headless Chromium and fails a story that logs a console error, throws, shows Storybook's
// error screen, or has a WCAG 2.1 A/AA violation found by axe-core (run once the story's data has
// settled; loading and skeleton states are scanned as they are). Ends with "stories: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { tmpdir } from 'node:os';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startApi } from '../server/main.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'storybook-static');
const bin = (name) => join(root, 'node_modules/.bin', name);

if (!process.argv.includes('--no-build')) {
  for (const [cmd, args] of [
    [bin('cem'), ['analyze', '--quiet']],
    [bin('storybook'), ['build', '-o', out, '--quiet', '--disable-telemetry']],
  ]) {
    const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
    if (r.status !== 0) {
      console.error('stories: storybook build failed');
      process.exit(1);
    }
  }
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(out, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (path === '/favicon.ico') {
    res.writeHead(204).end(); // browsers ask for it; Storybook ships none
    return;
  }
  if (!file.startsWith(out) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

// the stories' data: a local P2PU API of their own, with fault injection for the error states
const dataDir = mkdtempSync(join(tmpdir(), 'p2pu-stories-'));
const api = await startApi({ port: 0, cors: 'open', faults: true, dataDir });

// axe-core (a devDependency), injected into each story page; it looks into open shadow roots.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Waits until every custom element in the story (shadow roots included) has finished its update, then two frames. */
async function settle(page) {
  await page.evaluate(async () => {
    const pending = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.includes('-') && el.updateComplete) pending.push(el.updateComplete);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.querySelector('#storybook-root') ?? document);
    await Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, 2000))]);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/** The story's WCAG 2.1 A/AA violations, one line per element: "axe rule (impact): target: what is wrong". */
async function axeViolations(page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const root = document.querySelector('#storybook-root');
    if (!root) return [];
    const results = await window.axe.run(root, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.flatMap((v) =>
      v.nodes.map((n) => ({
        id: v.id,
        impact: n.impact ?? v.impact,
        // a target inside shadow roots is a list of selectors, outermost first
        target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' '),
        // what is wrong with this element (e.g. the contrast ratio and colours), else the rule's summary
        why: [...n.any, ...n.all, ...n.none].map((c) => c.message).find(Boolean) ?? v.help,
      })),
    );
  }, AXE_TAGS);
  return violations.map((v) => `axe ${v.id} (${v.impact}): ${v.target}: ${v.why}`);
}

const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
let passed = 0;
let failed = 0;
for (const story of stories) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} for ${r.url()}`));
  try {
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&p2puApi=${encodeURIComponent(api.url)}`);
    await page.waitForFunction(
      () => /sb-show-(main|errordisplay|nopreview)/.test(document.body.className),
      undefined,
      { timeout: 15000 },
    );
    // let the story's own requests and renders settle
    await page.waitForLoadState('networkidle', { timeout: 10000 }).catch(() => {});
    const shown = await page.evaluate(() => document.body.className);
    if (!shown.includes('sb-show-main')) problems.push(`Storybook shows an error instead of the story (${shown})`);
    // a story whose element never registered shows only fallback content: that is a failure too
    const undefinedTags = await page.evaluate(() => [
      ...new Set([...document.querySelectorAll('#storybook-root *')].map((e) => e.localName).filter((n) => n.includes('-') && !customElements.get(n))),
    ]);
    if (undefinedTags.length) problems.push(`elements never defined: ${undefinedTags.join(', ')}`);
    if (shown.includes('sb-show-main')) {
      await settle(page);
      problems.push(...(await axeViolations(page)));
    }
  } catch (error) {
    problems.push(String(error.message ?? error).split('\n')[0]);
  }
  await page.close();
  if (problems.length) {
    failed++;
    console.log(`  ✗ ${story.title} › ${story.name}\n${problems.map((p) => `      ${p}`).join('\n')}`);
  } else {
    passed++;
    console.log(`  ✓ ${story.title} › ${story.name}`);
  }
}
await browser.close();
server.close();
await api.close();
rmSync(dataDir, { recursive: true, force: true });
console.log(`stories: ${passed} passed, ${failed} failed`);
process.exit(failed || !stories.length ? 1 : 0);
