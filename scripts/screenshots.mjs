// npm run screenshots: pictures of every widget's main states (the states its docs page shows,
// .storybook/docs/main-states.json) at phone and desktop widths, in English and Spanish, taken
// from the built Storybook in headless Chromium with the clock fixed (so dates do not change from
// run to run), into docs/gallery/, with docs/gallery/README.md listing them. `--no-build` reuses
// storybook-static/.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { buildStorybook, root, serveStorybook } from './storybook-static.mjs';

const CLOCK = new Date('2026-12-01T15:00:00Z');
const LANGUAGES = { en: 'English', es: 'Spanish' };
const WIDTHS = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 800 } };
const STATES_PER_WIDGET = 2;
const MAX_HEIGHT = 1400;
const gallery = join(root, 'docs/gallery');

const mainStates = JSON.parse(readFileSync(join(root, '.storybook/docs/main-states.json'), 'utf8'));
const widgets = Object.entries(mainStates).filter(([tag]) => tag !== 'p2pu-config');
const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();

if (!process.argv.includes('--no-build') && !buildStorybook()) {
  console.error('screenshots: storybook build failed');
  process.exit(1);
}
const { base, close } = await serveStorybook();
mkdirSync(gallery, { recursive: true });
for (const old of readdirSync(gallery)) if (old.endsWith('.png')) rmSync(join(gallery, old));

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const rows = [];
let failures = 0;
for (const [tag, states] of widgets) {
  for (const state of states.slice(0, STATES_PER_WIDGET)) {
    const id = `widgets-${tag}--${kebab(state)}`;
    for (const lang of Object.keys(LANGUAGES)) {
      const files = {};
      for (const [size, viewport] of Object.entries(WIDTHS)) {
        const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
        await page.clock.setFixedTime(CLOCK);
        try {
          await page.goto(`${base}/iframe.html?id=${id}&viewMode=story&globals=lang:${lang}`);
          await page.waitForFunction(() => /sb-show-main/.test(document.body.className), undefined, { timeout: 15000 });
          // until no widget is loading any more (the mock answers at once)
          await page
            .waitForFunction(
              () => {
                const states = [...document.querySelectorAll('#storybook-root *')].map((e) => e.shadowRoot?.querySelector('.widget[data-state]')?.getAttribute('data-state'));
                return states.some(Boolean) && !states.includes('loading');
              },
              undefined,
              { timeout: 10000, polling: 100 },
            )
            .catch(() => {});
          await page.evaluate(() => document.fonts.ready);
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          const file = `${tag}-${kebab(state)}-${lang}-${size}.png`;
          // the first screens are what a patron sees first (and keep the gallery small)
          await page.screenshot({ path: join(gallery, file), fullPage: true, clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, MAX_HEIGHT) } });
          files[size] = file;
        } catch (error) {
          failures++;
          console.error(`screenshots: ${id} (${lang}, ${size}): ${String(error.message ?? error).split('\n')[0]}`);
        }
        await page.close();
      }
      rows.push({ tag, state, lang, files });
    }
  }
}
await browser.close();
await close();

const sections = widgets.map(([tag]) => {
  const mine = rows.filter((r) => r.tag === tag);
  return [
    `## \`<${tag}>\``,
    '',
    ...mine.flatMap((r) => [
      `### ${r.state.replace(/([a-z])([A-Z])/g, '$1 $2')} (${LANGUAGES[r.lang]})`,
      '',
      ...(r.files.desktop ? [`Desktop (1280 px): ![${tag}, ${r.state}, ${LANGUAGES[r.lang]}, desktop](${r.files.desktop})`, ''] : []),
      ...(r.files.phone ? [`Phone (375 px): ![${tag}, ${r.state}, ${LANGUAGES[r.lang]}, phone](${r.files.phone})`, ''] : []),
    ]),
  ].join('\n');
});
writeFileSync(
  join(gallery, 'README.md'),
  `# Picture gallery\n\nWhat each widget looks like before you paste it: its main states on a desktop (1280 px) and a phone (375 px), in English and Spanish. Made by \`npm run screenshots\` from the Storybook stories, with P2PU's data as recorded and the date fixed at ${CLOCK.toISOString().slice(0, 10)}. Colours and fonts follow your page (see [theming](../theming.md)).\n\n${sections.join('\n\n')}\n`,
);
console.log(`screenshots: ${rows.length * 2 - failures} pictures in docs/gallery/, ${failures} failed`);
process.exit(failures ? 1 : 0);
