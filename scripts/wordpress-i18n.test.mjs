// The WordPress plugin's translations (scripts/wordpress/i18n.mjs --check): the .pot matches the
// plugin's PHP and JavaScript, and every one of the nine .po files translates every string with
// the same placeholders and passes `msgfmt --check`. Needs GNU gettext (Debian's `gettext`, which
// scripts/run-tests.mjs installs as root when missing); without it the test fails and says so.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { GETTEXT_PACKAGE, hasGettext } from './wordpress/i18n.mjs';

const script = new URL('./wordpress/i18n.mjs', import.meta.url).pathname;

test('WordPress plugin: the .pot is up to date and all nine languages translate every string', () => {
  assert.ok(
    hasGettext(),
    `GNU gettext (xgettext, msgfmt) is missing, so the plugin's translations cannot be checked. ` +
      `Install it (Debian: apt-get install -y --no-install-recommends ${GETTEXT_PACKAGE}); npm test does this itself as root.`,
  );
  const result = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
  assert.ifError(result.error);
  assert.equal(
    result.status,
    0,
    `node scripts/wordpress/i18n.mjs --check failed (new strings: node scripts/wordpress/i18n.mjs --update, translate them, then node scripts/wordpress/i18n.mjs):\n${result.stderr}${result.stdout}`,
  );
});
