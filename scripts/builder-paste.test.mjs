// The standalone snippet builder (dist/builder/, written by `npm run build`), opened from a plain
// static server as a library would host it, makes code that works when pasted into a page on
// another site: for every widget it offers, the pasted code shows the widget, not its fallback link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serveDist } from './serve-dist.mjs';
import { startApi } from '../server/main.mjs';

const root = new URL('..', import.meta.url).pathname;

/** What each widget needs before it shows anything: an id of the local API's seed. */
const NEEDS = {
  'circle-card': { 'circle-id': '4821' },
  'circle-flyer': { 'circle-id': '4821' },
  'circle-signup': { 'circle-id': '4821' },
  'course-card': { 'course-id': '1203' },
  'team-profile': { 'team-id': '1' },
};
/** The state each widget reaches once it shows what it is for. */
const SHOWN = { 'circle-signup': 'form' };

let api;
let dataDir;
let builderSite; // the builder's host: dist/ as a static site
let librarySite; // the library's page, on another origin
let browser;
const pages = new Map();

before(async () => {
  if (!existsSync(join(root, 'dist/builder/index.html')) || !existsSync(join(root, 'dist/learning-circle-widgets.js'))) {
    const run = spawnSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    assert.equal(run.status, 0, 'npm run build failed');
  }
  dataDir = mkdtempSync(join(tmpdir(), 'p2pu-builder-paste-'));
  api = await startApi({ port: 0, cors: 'open', dataDir });
  // the builder's host serves every built file, and lets other sites load the widgets (as jsDelivr does)
  builderSite = await serveDist({}, { everyFile: true, cors: true });
  // another origin: a different host name and port than the builder's 127.0.0.1
  librarySite = await serveDist(pages, { host: 'localhost' });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  builderSite?.close();
  librarySite?.close();
  await api?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A tab that never reaches the internet (P2PU, the CDN): everything here is local. */
async function localTab() {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(String(error)));
  await tab.route(/^https:\/\//, (route) => route.abort());
  return { tab, problems };
}

/** The builder's text field or select for an option, inside its shadow root. */
const field = (tab, id) => tab.locator(`snippet-builder #${id}`);

test('the standalone builder works from a static server, and its code works pasted on another site, for every widget', async () => {
  const { tab, problems } = await localTab();
  await tab.goto(`${builderSite.base}/builder/`);
  await tab.locator('snippet-builder input[name="widget"]').first().waitFor();

  // its default script is the one published beside it, on its own host
  assert.equal(await field(tab, 'script-src').inputValue(), `${builderSite.base}/learning-circle-widgets.js`);

  // the librarian points it at their P2PU server (here the local one) and presses Enter
  await field(tab, 'opt-endpoint').fill(api.url);
  await field(tab, 'opt-endpoint').press('Enter');

  const tags = await tab.locator('snippet-builder input[name="widget"]').evaluateAll((inputs) => inputs.map((i) => i.value));
  assert.ok(tags.length >= 6, `the builder offers every widget (got ${tags.join(', ')})`);

  for (const tag of tags) {
    await tab.locator(`snippet-builder #widget-${tag}`).check();
    for (const [name, value] of Object.entries(NEEDS[tag] ?? {})) {
      // the team is chosen in the team picker (its "Team number" field)
      await (name === 'team-id' ? tab.locator('snippet-builder team-picker #number') : field(tab, `opt-${name}`)).fill(value);
    }
    // what the librarian copies: the parts as the builder shows them
    const script = await tab.locator('snippet-builder #code-script').textContent();
    let code = await tab.locator('snippet-builder #code-tag').textContent();
    assert.match(script, new RegExp(`src="${builderSite.base}/learning-circle-widgets\\.js"`), `<${tag}>: the script beside the builder`);
    assert.match(script, new RegExp(`data-endpoint="${api.url}"`), `<${tag}>: the chosen server`);
    // a <p2pu-config> shows nothing itself: it holds the settings of the widgets inside it
    const container = tag === 'p2pu-config';
    if (container) code = code.replace('</p2pu-config>', '<circle-card circle-id="4821"></circle-card></p2pu-config>');

    const path = `/library-${tag}.html`;
    pages.set(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Learning circles</title></head>
      <body><main><h1>Learning circles at our library</h1>\n${script}\n${code}\n</main></body></html>`);
    const library = await localTab();
    await library.tab.goto(librarySite.base + path);
    const shown = container ? 'circle-card' : tag;
    const wanted = SHOWN[shown] ?? 'content';
    await library.tab
      .waitForFunction(
        ([name, state]) => document.querySelector(name)?.shadowRoot?.querySelector('.widget')?.getAttribute('data-state') === state,
        [shown, wanted],
        { timeout: 15000 },
      )
      .catch(async () => {
        const seen = await library.tab.evaluate((name) => document.querySelector(name)?.shadowRoot?.innerHTML ?? 'not upgraded', shown);
        assert.fail(`<${tag}> pasted on ${librarySite.base} did not reach "${wanted}": ${seen.slice(0, 400)}`);
      });
    // the fallback link inside the tag is not what visitors see
    const fallbackVisible = await library.tab.evaluate(
      (name) => [...document.querySelectorAll(`${name} > a`)].some((a) => a.getClientRects().length > 0),
      tag,
    );
    assert.equal(fallbackVisible, false, `<${tag}>: the widget shows, not its fallback link`);
    assert.deepEqual(library.problems, [], `<${tag}>: no script errors on the library's page`);
    await library.tab.close();
  }
  assert.deepEqual(problems, [], 'no script errors in the builder');
  await tab.close();
});
