// The --p2pu-* design tokens are defined once (src/styles/tokens.ts) and must agree everywhere:
// what src/styles/host.ts reads, custom-elements.json (the analyzer plugin of scripts/design-tokens.mjs),
// docs/reference.md, docs/theming.md and the other docs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import {
  HOST_FILE,
  THEMING_FILE,
  TOKENS_FILE,
  loadTokens,
  manifestEntry,
  renderTheming,
  tokenReads,
} from './design-tokens.mjs';

const root = new URL('..', import.meta.url).pathname;
const read = (path) => readFileSync(`${root}${path}`, 'utf8');
const tokens = loadTokens();
const globalNames = new Set(tokens.map((t) => t.name));
const sorted = (names) => [...new Set(names)].sort();
const mentioned = (text) => sorted(text.match(/--p2pu-[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []);

/** Source files under src/ (not tests, not the token list itself). */
const sources = readdirSync(`${root}src`, { recursive: true })
  .map((file) => `src/${file}`)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== TOKENS_FILE);
const reads = sources.flatMap((file) => tokenReads(read(file)).map((r) => ({ ...r, file })));

// The manifest as `cem analyze` makes it now, without writing custom-elements.json (the
// docs-reference test writes that file; two tests writing it at once could read half a file).
const manifest = await cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
const elements = manifest.modules
  .flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path })))
  .filter((d) => d.customElement && d.tagName);
const widgets = elements.filter((el) => (el.cssProperties ?? []).some((p) => globalNames.has(p.name)));
const documented = new Map(); // name → [{ tag, default }]
for (const el of elements) {
  for (const p of el.cssProperties ?? []) {
    documented.set(p.name, [...(documented.get(p.name) ?? []), { tag: el.tagName, default: p.default }]);
  }
}

test('src/styles/tokens.ts: each token once, named --p2pu-*, with words and a default', () => {
  assert.ok(tokens.length > 0, `${TOKENS_FILE} lists no tokens`);
  assert.equal(globalNames.size, tokens.length, `${TOKENS_FILE} lists a token twice`);
  for (const t of tokens) {
    assert.match(t.name, /^--p2pu-[a-z0-9]+(-[a-z0-9]+)*$/, `${t.name}: not a --p2pu-* name`);
    assert.ok(t.description?.trim(), `${t.name}: no description`);
    assert.ok(t.default !== undefined || t.defaultNote, `${t.name}: neither a default nor words for a computed one`);
  }
});

test('src/styles/host.ts reads exactly the tokens of tokens.ts, with their defaults', () => {
  const hostReads = tokenReads(read(HOST_FILE));
  const readNames = sorted(hostReads.map((r) => r.name));
  assert.deepEqual(
    { readButNotDefined: readNames.filter((n) => !globalNames.has(n)), definedButNotRead: sorted(globalNames).filter((n) => !readNames.includes(n)) },
    { readButNotDefined: [], definedButNotRead: [] },
    `${HOST_FILE} and ${TOKENS_FILE} disagree about the set of tokens`,
  );
  for (const r of hostReads) {
    const token = tokens.find((t) => t.name === r.name);
    assert.ok(r.fallback !== undefined, `${HOST_FILE}: var(${r.name}) has no fallback`);
    if (token.default !== undefined) {
      assert.equal(r.fallback, token.default, `${r.name}: default in ${HOST_FILE} ≠ ${TOKENS_FILE}`);
    } else {
      // no literal default documented: host.ts must compute one from another token
      assert.match(r.fallback, /var\(/, `${r.name}: ${HOST_FILE} gives the literal default ${r.fallback}; put it in ${TOKENS_FILE}`);
    }
  }
});

test('components read global tokens only through host.ts, and document the tokens only they read', () => {
  for (const r of reads.filter((x) => x.file !== HOST_FILE)) {
    if (globalNames.has(r.name)) {
      const token = tokens.find((t) => t.name === r.name);
      assert.equal(r.fallback, token.default, `${r.file} reads ${r.name} with a default other than ${TOKENS_FILE}'s`);
    } else {
      const docs = documented.get(r.name);
      assert.ok(docs, `${r.file} reads ${r.name}, which no element documents (@cssprop on the widget that reads it)`);
      if (r.fallback !== undefined && !/var\(/.test(r.fallback)) {
        for (const d of docs) assert.equal(d.default, r.fallback, `<${d.tag}> documents ${r.name} with a default other than ${r.file} reads`);
      }
    }
  }
  const readNames = new Set(reads.map((r) => r.name));
  for (const [name, docs] of documented) {
    if (!name.startsWith('--p2pu-')) continue;
    assert.ok(readNames.has(name), `<${docs[0].tag}> documents ${name}, which nothing in src/ reads`);
  }
  for (const file of sources.filter((f) => f.startsWith('src/components/'))) {
    for (const [, name] of read(file).matchAll(/@cssprop\s+\[?\s*(--p2pu-[a-z0-9-]+)/g)) {
      assert.ok(!globalNames.has(name), `${file} repeats the global token ${name} as @cssprop: ${TOKENS_FILE} documents it`);
    }
  }
});

test('custom-elements.json: every widget lists every global token once, as tokens.ts defines it', () => {
  for (const tag of ['circle-finder', 'circle-card', 'circle-signup', 'course-card', 'course-finder']) {
    assert.ok(widgets.some((w) => w.tagName === tag), `<${tag}> has no global tokens in custom-elements.json`);
  }
  for (const el of widgets) {
    for (const token of tokens) {
      const entries = el.cssProperties.filter((p) => p.name === token.name);
      assert.equal(entries.length, 1, `<${el.tagName}> lists ${token.name} ${entries.length} times`);
      assert.deepEqual({ ...entries[0] }, manifestEntry(token), `<${el.tagName}>: ${token.name}`);
    }
  }
});

test('docs/reference.md shows the tokens and defaults of custom-elements.json', () => {
  const text = read('docs/reference.md');
  const sections = text.split(/^## `<([a-z0-9-]+)>`$/m);
  for (const el of elements) {
    const at = sections.indexOf(el.tagName);
    assert.ok(at > 0, `docs/reference.md has no section for <${el.tagName}>`);
    const rows = [...sections[at + 1].matchAll(/^\| `(--[a-z0-9-]+)` \| (`[^`]*`|) \|/gm)].map(([, name, def]) => ({ name, default: def }));
    const expected = (el.cssProperties ?? []).map((p) => ({ name: p.name, default: p.default ? `\`${p.default}\`` : '' }));
    assert.deepEqual(rows, expected, `docs/reference.md, <${el.tagName}>: custom properties out of date, run \`npm run docs\``);
  }
});

test('docs/theming.md: the token table is generated from tokens.ts', () => {
  const text = read(THEMING_FILE);
  assert.equal(text, renderTheming(text, tokens), `the token table of ${THEMING_FILE} is out of date: run \`npm run docs\``);
});

test('the docs name no --p2pu-* token that does not exist', () => {
  const known = new Set([...globalNames, ...documented.keys()]);
  const docs = ['README.md', ...readdirSync(`${root}docs`).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  for (const file of docs) {
    assert.deepEqual(mentioned(read(file)).filter((n) => !known.has(n)), [], `${file} names tokens the widgets do not read`);
  }
});
