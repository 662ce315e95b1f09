// Size budget of the script-tag build (npm test): gzip bytes of the loader, of each widget chunk and
// shared chunk, and of what a page with one widget downloads, against the limits in
// bench/budget.json (about 18 % above the sizes when the budget was set). See docs/performance.md.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LOADER,
  checkBudget,
  distDir,
  isLocaleChunk,
  pageTotal,
  reachableFiles,
  readBudget,
  rel,
  stableName,
  widgetFiles,
  widgetTags,
} from '../bench/chunks.mjs';

const root = new URL('..', import.meta.url).pathname;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
let budget;

before(() => {
  if (!existsSync(join(distDir, LOADER)) || !existsSync(join(distDir, 'widgets'))) {
    const build = spawnSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    assert.equal(build.status, 0, 'npm run build failed');
  }
  budget = readBudget();
});

test('the loader and every chunk of the script-tag build stay within their gzip budget', () => {
  const { files } = checkBudget(budget);
  assert.ok(files.some((f) => f.name === LOADER), 'the loader was measured');
  assert.ok(files.some((f) => f.name === 'widgets/circle-finder.js'), 'the widget chunks were measured');
  const over = files
    .filter((f) => !f.ok)
    .map((f) => `${f.file}: ${kb(f.gzip)} gzip, budget ${kb(f.limit)} (${f.rule})`);
  assert.deepEqual(over, [], `over budget (limits in bench/budget.json; a new shared chunk falls under "otherChunk"):\n${over.join('\n')}`);
});

test('every widget has a page budget, and a page with one widget stays within it', () => {
  const { pages } = checkBudget(budget);
  const missing = widgetTags().filter((tag) => !(tag in budget.pages));
  assert.deepEqual(missing, [], 'widgets without a page budget in bench/budget.json');
  const over = pages.filter((p) => !p.ok).map((p) => `<${p.page}> page: ${kb(p.gzip)} gzip, budget ${kb(p.limit)}`);
  assert.deepEqual(over, [], over.join('\n'));
});

test('a page with only a course card downloads far less than a finder page, and no circle code', () => {
  const card = pageTotal(['course-card']);
  const finder = pageTotal(['circle-finder']);
  const share = budget.courseCardShareOfFinder;
  assert.ok(
    card.gzip <= finder.gzip * share,
    `course card page ${kb(card.gzip)} is more than ${share * 100} % of the finder page ${kb(finder.gzip)}`,
  );
  for (const name of card.files) assert.doesNotMatch(name, /circle-(finder|signup|card)|course-finder/, `course card page loads ${name}`);
  // translations are lazy: an English page loads none
  assert.deepEqual(finder.files.filter(isLocaleChunk), [], 'an English finder page loads a translation');
});

test('only a flyer page loads the flyer and its QR library; Save as image waits for a click', () => {
  // an error message of @paulmillr/qr, which minifying keeps: the library's code is in a file
  const QR_LIBRARY = /bytes left after draw/;
  const flyer = join(distDir, 'widgets', 'circle-flyer.js');
  assert.match(readFileSync(flyer, 'utf8'), QR_LIBRARY, 'the flyer chunk carries the QR library');
  const flyerPage = pageTotal(['circle-flyer']).files;
  assert.ok(!flyerPage.some((name) => /flyer-image/.test(name)), 'Save as image is in the flyer page’s first download');
  assert.ok(reachableFiles().some((path) => /flyer-image/.test(path)), 'Save as image is not a chunk of its own (loaded on click)');
  for (const tag of widgetTags().filter((t) => t !== 'circle-flyer')) {
    for (const path of widgetFiles(tag)) {
      const name = stableName(rel(path));
      assert.doesNotMatch(name, /circle-flyer|flyer-image/, `a <${tag}> page loads ${name}`);
      assert.doesNotMatch(readFileSync(path, 'utf8'), QR_LIBRARY, `a <${tag}> page loads the QR library (in ${name})`);
    }
  }
});

test('only a map page loads Leaflet', () => {
  // an error message of Leaflet, which minifying keeps: the library's code is in a file
  const LEAFLET = /Map container is already initialized/;
  assert.match(readFileSync(join(distDir, 'widgets', 'circle-map.js'), 'utf8'), LEAFLET, 'the map chunk carries Leaflet');
  for (const tag of widgetTags().filter((t) => t !== 'circle-map')) {
    for (const path of widgetFiles(tag)) {
      const name = stableName(rel(path));
      assert.doesNotMatch(name, /circle-map/, `a <${tag}> page loads ${name}`);
      assert.doesNotMatch(readFileSync(path, 'utf8'), LEAFLET, `a <${tag}> page loads Leaflet (in ${name})`);
    }
  }
});

test('every script-tag file starts with V8\'s compile hint, so its functions compile while it downloads', () => {
  // (vite.config.ts COMPILE_HINT: paired cold loads at CPU 4x showed the first card about 10 % sooner)
  const files = [...reachableFiles()]; // the loader, every widget and every file they import, lazily too
  const without = files.filter((file) => !readFileSync(file, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n')).map((file) => rel(file));
  assert.ok(files.length > 20, `only ${files.length} files found`);
  assert.deepEqual(without, []);
});
