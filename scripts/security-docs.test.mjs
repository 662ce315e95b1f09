// The security documentation says one thing everywhere: docs/security.md and SECURITY.md exist and are
// linked; every Content-Security-Policy line the docs and the demo's embed page give is the snippet
// builder's line (demo/builder/snippet.ts `cspFor`), img-src included; and no document carries an
// integrity hash that a later build would make wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const read = (path) => readFileSync(`${root}${path}`, 'utf8');
const pkg = JSON.parse(read('package.json'));

/** demo/builder/snippet.ts, bundled, so the test asks the builder itself what it writes. */
async function loadSnippet() {
  const out = await build({
    entryPoints: [`${root}demo/builder/snippet.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/** Every document a librarian or an IT team reads: README, SECURITY.md, docs/*.md, the embed page. */
const documents = () => ['README.md', 'SECURITY.md', 'demo/embed.html', ...readdirSync(`${root}docs`).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** The code in a document: Markdown code spans and blocks, HTML <code> (entities decoded). */
function codeIn(text) {
  const blocks = [...text.matchAll(/```[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1]);
  const withoutBlocks = text.replace(/```[\s\S]*?```/g, '');
  const spans = [...withoutBlocks.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
  const html = [...text.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((m) =>
    m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&rsquo;/g, '’').replace(/&amp;/g, '&'),
  );
  return [...blocks, ...spans, ...html];
}

/** Policies: code with more than one directive that names sources (`script-src …; connect-src …`). */
const cspLines = (text) =>
  codeIn(text)
    .flatMap((code) => code.split('\n'))
    .filter((line) => line.includes(';') && /\b(?:default|script|connect|img)-src\b/.test(line))
    .map((line) => line.trim());

test('docs/security.md and SECURITY.md exist, and the README and getting started link them', () => {
  for (const file of ['docs/security.md', 'SECURITY.md']) assert.ok(existsSync(`${root}${file}`), `${file} is missing`);
  const readme = read('README.md');
  assert.match(readme, /\]\(docs\/security\.md\)/, 'README.md links docs/security.md');
  assert.match(readme, /\]\(SECURITY\.md\)/, 'README.md links SECURITY.md');
  assert.match(read('docs/getting-started.md'), /\]\(security\.md\)/, 'getting-started.md links security.md');
  assert.match(read('docs/security.md'), /\]\(\.\.\/SECURITY\.md\)/, 'docs/security.md links SECURITY.md');

  const policy = read('SECURITY.md');
  assert.match(policy, /[\w.-]+@p2pu\.org/, 'SECURITY.md names an address to write to');
  for (const heading of ['Reporting a vulnerability', 'Supported versions']) {
    assert.match(policy, new RegExp(`^## ${heading}$`, 'm'), `SECURITY.md has "${heading}"`);
  }
  const security = read('docs/security.md');
  for (const words of ['allow-list', 'data-allowed-endpoints', 'localStorage', 'img-src', 'p2pu-widgets', 'integrity.json', 'import()', 'may be sent again']) {
    assert.ok(security.includes(words), `docs/security.md speaks of ${words}`);
  }
});

test('every CSP line in the docs and on the embed page is the snippet builder’s, img-src included', async () => {
  const { cspFor, cdnScriptUrl, PRODUCTION_ENDPOINT } = await loadSnippet();
  const builder = cspFor({ scriptSrc: cdnScriptUrl(pkg.version), endpoint: PRODUCTION_ENDPOINT, transport: 'auto' }).text;
  assert.match(builder, /(^|; )img-src [^;]*https:\/\/learningcircles\.p2pu\.org/, 'the builder allows the pictures');

  const found = {};
  for (const file of documents()) {
    for (const line of cspLines(read(file))) {
      (found[file] ??= []).push(line);
      assert.match(line, /(^|;\s*)img-src\s/, `${file}: a CSP line without img-src (circle pictures are blocked): ${line}`);
      assert.equal(line, builder, `${file}: a CSP line that differs from the snippet builder's`);
    }
  }
  for (const file of ['docs/cors.md', 'docs/security.md', 'demo/embed.html']) {
    assert.ok(found[file]?.length, `${file} gives the CSP line`);
  }
});

test('script lines pinned to a version carry integrity and crossorigin, and no document carries a hash', () => {
  const pinnedScript = /<script\b[^>]*\bsrc="https:\/\/[^"]*@\d+\.\d+\.\d+[^"]*\/learning-circle-widgets\.js"[^>]*>/g;
  let lines = 0;
  for (const file of ['README.md', 'docs/getting-started.md', 'docs/security.md', 'demo/embed.html']) {
    const text = read(file).replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    for (const [tag] of text.matchAll(pinnedScript)) {
      lines++;
      assert.match(tag, /\bintegrity="sha384-[^"]+"/, `${file}: a pinned script line without integrity: ${tag}`);
      assert.match(tag, /\bcrossorigin="anonymous"/, `${file}: integrity without crossorigin="anonymous": ${tag}`);
    }
  }
  assert.ok(lines >= 4, 'the README, getting started, security and embed pages give the script line');

  // A hash written into a document is wrong after the next build: they point to dist/integrity.json
  // and dist/script-tag.txt of the version instead.
  for (const file of documents()) {
    for (const [, value] of read(file).matchAll(/\bsha(?:256|384|512)-([A-Za-z0-9+/=]{20,})/g)) {
      assert.fail(`${file} carries an integrity hash (sha…-${value.slice(0, 12)}…); point to script-tag.txt instead`);
    }
  }
  for (const file of ['README.md', 'docs/getting-started.md', 'docs/security.md', 'demo/embed.html']) {
    assert.match(read(file), /dist\/(?:script-tag\.txt|integrity\.json)/, `${file} says where the integrity value is`);
  }
});
