// npm run screenshots:paste: the picture for docs/paste/wordpress.md. The demo's WordPress-like
// post (demo/wordpress.html), with the snippet as a librarian pastes it (the built script line,
// a classic script with defer, instead of the demo's /src/embed.ts), opened in headless Chromium
// against the local API, and photographed once the widgets show learning circles and a course:
// docs/paste/wordpress-result.png, 1000 px wide, clipped to the post: its title down to the
// finder's second card.
//
// Needs `npm run build` first (dist/). The API's and the browser's clocks are fixed, so the
// circles' dates are the same on every run.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, hasChromium } from './chromium.mjs';
import { serveDist } from './serve-dist.mjs';
import { optionsFromEnv, startApi } from '../server/main.mjs';

const root = new URL('..', import.meta.url).pathname;
const loader = join(root, 'dist/learning-circle-widgets.js');
const out = join(root, 'docs/paste/wordpress-result.png');
/** The day of the demo post (demo/wordpress.html), in the afternoon. */
const CLOCK = new Date('2026-09-14T15:00:00Z');
const VIEWPORT = { width: 1000, height: 900 };
/** How many of the finder's cards the picture shows. */
const CARDS = 2;

function fail(message) {
  console.error(`screenshots:paste: ${message}`);
  process.exit(1);
}

if (!existsSync(loader)) fail('dist/learning-circle-widgets.js is missing. Run `npm run build` first, then run this again.');
if (!hasChromium()) fail(`no Chromium at ${chromiumPath()}. Install Debian's chromium package, or set CHROMIUM_PATH.`);

const started = Date.now();
const dataDir = mkdtempSync(join(tmpdir(), 'p2pu-paste-'));
let api;
let site;
let browser;
try {
  // the defaults (CORS open, no faults, no latency), whatever the shell says; any free port
  api = await startApi({ ...optionsFromEnv({ API_PORT: '0' }), dataDir, now: () => CLOCK });

  const original = readFileSync(join(root, 'demo/wordpress.html'), 'utf8');
  const devScript = '<script type="module" src="/src/embed.ts"';
  if (!original.includes(devScript) || !original.includes('%P2PU_API%')) {
    throw new Error('demo/wordpress.html no longer has the /src/embed.ts script line or %P2PU_API%; update this script.');
  }
  // What a librarian pastes: the built loader, a classic script with defer (as the snippet builder writes it).
  const post = original
    .replaceAll('%P2PU_API%', api.url)
    .replace(/<script type="module" src="\/src\/embed\.ts"([^>]*)><\/script>/g, '<script src="/learning-circle-widgets.js"$1 defer></script>');

  site = await serveDist(
    { '/wordpress.html': post },
    {
      files: {
        '/demo/builder/wordpress.css': join(root, 'demo/builder/wordpress.css'),
        '/demo/logo.svg': join(root, 'demo/logo.svg'),
      },
    },
  );

  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const page = await browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce', deviceScaleFactor: 1,
    // the demo library's time zone and language: the cards show no "your time" line
    timezoneId: 'America/Chicago', locale: 'en-US' });
  await page.clock.setFixedTime(CLOCK);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${site.base}/wordpress.html`);

  // until the finder shows circle cards and the course card its course
  await page
    .waitForFunction(
      () => {
        const state = (el) => el?.shadowRoot?.querySelector('.widget')?.getAttribute('data-state');
        const finder = document.querySelector('circle-finder');
        const cards = [...(finder?.shadowRoot?.querySelectorAll('circle-card') ?? [])];
        return (
          state(finder) === 'content' &&
          cards.length > 0 &&
          cards.every((card) => state(card) === 'content') &&
          state(document.querySelector('course-card')) === 'content'
        );
      },
      undefined,
      { timeout: 20000, polling: 100 },
    )
    .catch(() => {
      throw new Error(`the widgets did not show learning circles within 20 seconds${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`);
    });
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);

  // the post from its title down to the finder's second card: what a librarian checks for (a whole
  // finder is several screens tall)
  const box = await page.evaluate((cards) => {
    const top = document.querySelector('main').getBoundingClientRect().top;
    const shown = [...document.querySelector('circle-finder').shadowRoot.querySelectorAll('circle-card')].slice(0, cards);
    const bottom = Math.max(...shown.map((card) => card.getBoundingClientRect().bottom));
    return { y: Math.floor(top + window.scrollY), height: Math.ceil(bottom - top + 12) };
  }, CARDS);
  mkdirSync(join(root, 'docs/paste'), { recursive: true });
  await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: box.y, width: VIEWPORT.width, height: box.height } });
  console.log(`screenshots:paste: docs/paste/wordpress-result.png (${VIEWPORT.width} × ${box.height} px) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`screenshots:paste: ${String(error?.message ?? error).split('\n')[0]}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  site?.close();
  await api?.close();
  rmSync(dataDir, { recursive: true, force: true });
}
