// What the script-tag build makes a page download, read from dist/ without a browser:
// the loader (a classic script with no imports), each widget entry dist/widgets/<tag>.js, its
// early start dist/widgets/early/<tag>.js if any, and the shared chunks they import statically. Chunks imported with import() (translations) are lazy: only
// a page in that language fetches one. Used by bench/run.mjs and scripts/size-budget.test.mjs.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { measure as measureFile } from '../scripts/size.mjs';

export const distDir = new URL('../dist/', import.meta.url).pathname;
export const LOADER = 'learning-circle-widgets.js';
export const budgetPath = new URL('./budget.json', import.meta.url).pathname;

// Minified ES output: `from"./x.js"`, `import"./x.js"` (static), `import("./x.js")` or
// import(`./x.js`) (lazy: the minifier writes a template literal).
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`$]+)["'`]\s*\)/g;

const measured = new Map();
/** scripts/size.mjs `measure` (raw, gzip -9, brotli 11), remembered per file and modification time. */
export function measure(path) {
  const key = `${path}:${statSync(path).mtimeMs}`;
  if (!measured.has(key)) measured.set(key, measureFile(path));
  return measured.get(key);
}

/** Path relative to `dir` (default dist/), with forward slashes. */
export const rel = (path, dir = distDir) => relative(dir, path).split('\\').join('/');

/**
 * A name that survives rebuilds: `widgets/shared/decorate-Bngm9QAX.js` → `widgets/shared/decorate.js`
 * (Rollup's 8-character content hash dropped). Entry files have no hash.
 */
export function stableName(relPath) {
  return relPath.startsWith('widgets/shared/') ? relPath.replace(/-[\w-]{8}\.js$/, '.js') : relPath;
}

/** Translation chunks (`widgets/shared/de.js`, `pt-BR.js`…), loaded only for that language. */
export const isLocaleChunk = (name) => /^widgets\/shared\/[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?\.js$/.test(name);

export function importsOf(path) {
  const code = readFileSync(path, 'utf8');
  const at = (m) => resolve(dirname(path), m[1]);
  return {
    static: [...code.matchAll(STATIC_IMPORT)].map(at),
    dynamic: [...code.matchAll(DYNAMIC_IMPORT)].map(at),
  };
}

/** Tags with a script-tag entry: dist/widgets/<tag>.js. */
export function widgetTags(dir = distDir) {
  return readdirSync(join(dir, 'widgets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => f.slice(0, -3))
    .sort();
}

/**
 * A widget's early start, imported by the loader beside the widget (dist/widgets/early/<tag>.js:
 * the finder's first search, sent while the finder's code downloads), or null.
 */
export function earlyEntry(tag, dir = distDir) {
  const path = join(dir, 'widgets', 'early', `${tag}.js`);
  return existsSync(path) ? path : null;
}

/** The files a page with `tag` downloads at once: entry, early start and their static imports. */
export function widgetFiles(tag, dir = distDir) {
  const files = staticClosure(join(dir, 'widgets', `${tag}.js`));
  const early = earlyEntry(tag, dir);
  if (early) staticClosure(early, files);
  return files;
}

/**
 * What the loader fetches per tag (written into it by the build), relative to dist/widgets/:
 * `early`, the early start and the files it imports (its entry first), and `files`, the rest of
 * `widgetFiles`.
 */
export function widgetGraph(dir = distDir) {
  const widgets = join(dir, 'widgets');
  return Object.fromEntries(
    widgetTags(dir).map((tag) => {
      const entry = earlyEntry(tag, dir);
      const early = entry ? [...staticClosure(entry)] : [];
      const files = [...widgetFiles(tag, dir)].filter((f) => !early.includes(f));
      const names = (list) => list.map((f) => rel(f, widgets));
      return [tag, entry ? { files: names(files).sort(), early: names(early) } : { files: names(files).sort() }];
    }),
  );
}

/** The files a path pulls in with static imports, itself included (absolute paths). */
export function staticClosure(path, seen = new Set()) {
  if (seen.has(path)) return seen;
  seen.add(path);
  for (const dep of importsOf(path).static) staticClosure(dep, seen);
  return seen;
}

/**
 * Every file the script tag can make a page download: the loader, each widget entry, and every
 * chunk reachable from them (statically or lazily). Stale hashed chunks of older builds left in
 * dist/widgets/shared/ are not reachable and so not listed.
 */
export function reachableFiles(dir = distDir) {
  const files = new Set([join(dir, LOADER)]);
  const visit = (path) => {
    if (files.has(path)) return;
    files.add(path);
    const { static: s, dynamic: d } = importsOf(path);
    [...s, ...d].forEach(visit);
  };
  for (const tag of widgetTags(dir)) {
    visit(join(dir, 'widgets', `${tag}.js`));
    const early = earlyEntry(tag, dir);
    if (early) visit(early);
  }
  return [...files].filter((f) => existsSync(f));
}

/** raw/gzip/brotli of every reachable file, with its stable name, sorted by name. */
export function measureFiles(dir = distDir) {
  return reachableFiles(dir)
    .map((path) => ({ ...measure(path), name: stableName(rel(path, dir)), path }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Bytes a page with only `tags` downloads (loader + each widget's files), in English. */
export function pageTotal(tags, dir = distDir) {
  const files = new Set([join(dir, LOADER)]);
  for (const tag of tags) for (const file of widgetFiles(tag, dir)) files.add(file);
  const measured = [...files].map(measure);
  const sum = (k) => measured.reduce((n, m) => n + m[k], 0);
  return { files: [...files].map((f) => stableName(rel(f, dir))).sort(), raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

/** The limits of bench/budget.json. */
export function readBudget() {
  return JSON.parse(readFileSync(budgetPath, 'utf8'));
}

/** The budget limit (gzip bytes) that applies to a file's stable name. */
export function limitFor(budget, name) {
  if (name in budget.files) return { limit: budget.files[name], rule: name };
  if (isLocaleChunk(name)) return { limit: budget.localeChunk, rule: 'localeChunk' };
  return { limit: budget.otherChunk, rule: 'otherChunk' };
}

/** Each reachable file and page checked against the budget. */
export function checkBudget(budget = readBudget(), dir = distDir) {
  const files = measureFiles(dir).map((m) => {
    const { limit, rule } = limitFor(budget, m.name);
    return { name: m.name, file: rel(m.path, dir), gzip: m.gzip, limit, rule, ok: m.gzip <= limit };
  });
  const pages = Object.entries(budget.pages).map(([tag, limit]) => {
    const total = pageTotal([tag], dir);
    return { page: tag, gzip: total.gzip, limit, ok: total.gzip <= limit, files: total.files };
  });
  return { files, pages };
}

/**
 * Copies what the script tag serves (loader + dist/widgets/, no source maps) into `target`, so a
 * rebuild running meanwhile (which empties dist/) cannot change the files under measurement.
 */
export function snapshotDist(target, dir = distDir) {
  const files = reachableFiles(dir);
  for (const path of files) {
    const to = join(target, rel(path, dir));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(path, to);
  }
  return target;
}
