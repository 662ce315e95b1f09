// Every widget text is translated into each of P2PU's languages, placeholders intact, and the
// runtime modules in src/generated match the xliff files (run `npm run i18n:build` after editing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const config = JSON.parse(readFileSync(`${root}lit-localize.json`, 'utf8'));

/** trans-units of an xliff file: id, source, target (null when missing). */
function units(locale) {
  const xml = readFileSync(`${root}xliff/${locale}.xlf`, 'utf8');
  return [...xml.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*(?:<target>([\s\S]*?)<\/target>)?/g)].map(
    ([, id, source, target]) => ({ id, source, target: target ?? null }),
  );
}

const placeholders = (text) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();

test('ten languages: P2PU’s (English plus eight translations) and Arabic, right to left', () => {
  assert.deepEqual([...config.targetLocales].sort(), ['af', 'ar', 'de', 'es', 'fi', 'fr', 'pl', 'pt', 'ro']);
  assert.deepEqual(readdirSync(`${root}xliff`).sort(), config.targetLocales.map((l) => `${l}.xlf`).sort());
});

for (const locale of config.targetLocales) {
  test(`${locale}: every text has a translation with the same placeholders`, () => {
    const all = units(locale);
    assert.ok(all.length > 200, `only ${all.length} texts found`);
    const missing = all.filter((u) => !u.target?.trim()).map((u) => u.source);
    assert.deepEqual(missing, [], `untranslated in ${locale}`);
    const broken = all.filter((u) => placeholders(u.source).join() !== placeholders(u.target).join()).map((u) => u.id);
    assert.deepEqual(broken, [], `placeholders differ in ${locale}`);
  });

  test(`${locale}: the runtime module holds every translation`, () => {
    const generated = readFileSync(`${root}src/generated/locales/${locale}.ts`, 'utf8');
    const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const stale = units(locale)
      .filter((u) => u.target && !u.target.includes('<x '))
      .filter((u) => !generated.includes(`'${u.id}': \`${unescape(u.target).replace(/[`\\]/g, '\\$&')}\``))
      .map((u) => u.id);
    assert.deepEqual(stale, [], `src/generated/locales/${locale}.ts is out of date: run npm run i18n:build`);
  });
}

test('translated texts carry no HTML entities (they are shown as text, so &lt; would show literally)', () => {
  for (const locale of config.targetLocales) {
    const generated = readFileSync(`${root}src/generated/locales/${locale}.ts`, 'utf8');
    assert.doesNotMatch(generated, /&(lt|gt|amp|quot|#\d+);/, locale);
  }
});
