// Story smoke test: builds the static Storybook, serves it on loopback under a sub-path (as a
// project site would publish it), with no API running: the stories' data comes from Mock Service
// Worker in the page (stories/mock-api.ts). Opens every story in headless Chromium and fails a story
// that logs a console error, throws, shows Storybook's error screen, reaches the network, gets no
// data (a failed or refused request, unless the story is tagged `fault`), or has a WCAG 2.1 A/AA
// violation found by axe-core (run once the story's data has settled; loading and skeleton states
// are scanned as they are). Ends with "stories: N passed, N failed".
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { buildStorybook, root, serveStorybook, storybookDir as out } from './storybook-static.mjs';

if (!process.argv.includes('--no-build') && !buildStorybook()) {
  console.error('stories: storybook build failed');
  process.exit(1);
}
const { origin, base, close } = await serveStorybook();

// axe-core (a devDependency), injected into each story page; it looks into open shadow roots.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Waits until every custom element in the story (shadow roots included) has finished its update, then two frames. */
async function settle(page, rootSelector) {
  await page.evaluate(async (rootSelector) => {
    const pending = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.includes('-') && el.updateComplete) pending.push(el.updateComplete);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.querySelector(rootSelector) ?? document);
    await Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, 2000))]);
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // Results out of view skip layout until scrolled near (content-visibility: auto) and keep their
    // size once shown: scroll through once, as a reader would, so that axe, which scrolls each
    // element into view, measures a page that no longer shifts under it.
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await frames();
    }
    scrollTo(0, 0);
    await frames();
  }, rootSelector);
}

/** The story's WCAG 2.1 A/AA violations, one line per element: "axe rule (impact): target: what is wrong". */
async function axeViolations(page, rootSelector) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async ([tags, rootSelector]) => {
    const root = document.querySelector(rootSelector);
    if (!root) return [];
    // the accessibility panel's own axe run may still be going: one run at a time per page
    let results;
    for (let attempt = 0; !results; attempt++) {
      try {
        results = await window.axe.run(root, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      } catch (error) {
        if (attempt > 50 || !String(error).includes('already running')) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
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
  }, [AXE_TAGS, rootSelector]);
  return violations.map((v) => `axe ${v.id} (${v.impact}): ${v.target}: ${v.why}`);
}

const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((e) => e.type === 'story' || e.type === 'docs');
const stories = entries.filter((e) => e.type === 'story');

let passed = 0;
let failed = 0;
function report(entry, problems) {
  const name = `${entry.title} › ${entry.name}`;
  if (problems.length) {
    failed++;
    console.log(`  ✗ ${name}\n${problems.map((p) => `      ${p}`).join('\n')}`);
  } else {
    passed++;
    console.log(`  ✓ ${name}`);
  }
}

// every element of the manifest has a docs page (what P2PU staff and library IT teams read first)
const manifestFile = join(root, 'custom-elements.json');
const tags = existsSync(manifestFile)
  ? JSON.parse(readFileSync(manifestFile, 'utf8')).modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName))
  : [];
const docsTitles = new Set(entries.filter((e) => e.type === 'docs').map((e) => e.title.split('/').at(-1)));
const withoutDocs = tags.filter((tag) => !docsTitles.has(tag));
report({ title: 'index.json', name: `a docs page for each of ${tags.length} elements` }, [
  ...(tags.length ? [] : ['custom-elements.json lists no elements']),
  ...withoutDocs.map((tag) => `no docs entry for <${tag}>`),
]);

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
for (const story of entries) {
  const docs = story.type === 'docs';
  const rootSelector = docs ? '#storybook-docs' : '#storybook-root';
  const page = await browser.newPage();
  const problems = [];
  // a story tagged `fault` fails its requests on purpose (the mock answers them so); a docs page
  // shows no such story
  const fault = !docs && story.tags?.includes('fault');
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // the browser's own words for an answer it cannot use (an HTML error page as a JSONP script)
    if (fault && /^(Failed to load resource|Refused to execute script)/.test(m.text())) return;
    problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('response', (r) => {
    const mocked = r.fromServiceWorker();
    if (!mocked && !r.url().startsWith(origin)) problems.push(`reached the network (not the mock): ${r.url()}`);
    if (r.status() >= 400 && !(fault && mocked)) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    if (!fault) problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  try {
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=${docs ? 'docs' : 'story'}`);
    await page.waitForFunction(
      (docs) =>
        /sb-show-(errordisplay|nopreview)/.test(document.body.className) ||
        (docs ? document.querySelector('#storybook-docs .sbdocs-content') : /sb-show-main/.test(document.body.className)),
      docs,
      { timeout: 30000 },
    );
    // let the story's own requests and renders settle
    await page.waitForLoadState('networkidle', { timeout: 10000 }).catch(() => {});
    const shown = await page.evaluate(() => document.body.className);
    const ok = !/sb-show-(errordisplay|nopreview)/.test(shown);
    if (!ok) problems.push(`Storybook shows an error instead of the ${docs ? 'page' : 'story'} (${shown})`);
    // a story whose element never registered shows only fallback content: that is a failure too
    const undefinedTags = await page.evaluate((rootSelector) => [
      ...new Set([...document.querySelectorAll(`${rootSelector} *`)].map((e) => e.localName).filter((n) => /^[a-z]+-[a-z-]+$/.test(n) && n.includes('-') && !n.startsWith('sb-') && !customElements.get(n))),
    ], rootSelector);
    if (undefinedTags.length) problems.push(`elements never defined: ${undefinedTags.join(', ')}`);
    if (ok && fault) {
      // a fault story shows the fault: no widget in it shows content as if the data had come
      const states = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-root *')].map((e) => e.shadowRoot?.querySelector('.widget[data-state]')?.getAttribute('data-state')).filter(Boolean),
      );
      if (!states.length || states.some((state) => state === 'content' || state === 'form')) {
        problems.push(`tagged fault, but its widgets show: ${states.join(', ') || 'nothing'}`);
      }
    }
    if (ok) {
      await settle(page, rootSelector);
      problems.push(...(await axeViolations(page, rootSelector)));
    }
  } catch (error) {
    problems.push(String(error.message ?? error).split('\n')[0]);
  }
  await page.close();
  report(story, problems);
}
await browser.close();
await close();
console.log(`stories: ${passed} passed, ${failed} failed`);
process.exit(failed || !stories.length ? 1 : 0);
