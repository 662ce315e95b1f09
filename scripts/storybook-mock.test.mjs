// The Storybook mock's service worker is the file msw generates for its own version: an older one
// makes msw refuse to start, and every story would show "could not be loaded".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

test('.storybook/public/mockServiceWorker.js belongs to the installed msw', () => {
  const worker = readFileSync(new URL('../.storybook/public/mockServiceWorker.js', import.meta.url), 'utf8');
  const installed = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('msw/package.json'), 'utf8')).version;
  const shipped = /const PACKAGE_VERSION = '([^']+)'/.exec(worker)?.[1];
  assert.equal(shipped, installed, 'run: npx msw init .storybook/public --no-save');
});
