// docs/reference.md is generated from custom-elements.json: it must match the elements as they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadManifest, renderReference } from './docs-reference.mjs';

test('docs/reference.md lists the attributes, events, parts and tokens the elements have now', () => {
  const expected = renderReference(loadManifest({ regenerate: true }));
  const actual = readFileSync(new URL('../docs/reference.md', import.meta.url), 'utf8');
  assert.ok(actual === expected, 'docs/reference.md is out of date: run `npm run docs`');
  for (const tag of ['circle-finder', 'circle-card', 'circle-signup', 'course-card', 'course-finder', 'p2pu-config']) {
    assert.match(actual, new RegExp(`## \`<${tag}>\``));
  }
});
