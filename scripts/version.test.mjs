import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

test('src/version.ts states the version in package.json (the define guard reports it)', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const source = readFileSync(new URL('../src/version.ts', import.meta.url), 'utf8');
  assert.match(source, new RegExp(`VERSION = '${pkg.version.replaceAll('.', '\\.')}'`));
});
