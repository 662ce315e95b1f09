// npm test: every suite, in order, with a count per suite and one closing line for the whole run.
//   build → type check → node tests (server, scripts) → browser tests (web-test-runner) → stories.
// Chromium: Debian's package at CHROMIUM_PATH (default /usr/bin/chromium); installed with apt-get
// when missing and running as root. A real WordPress for scripts/wordpress.test.mjs (Debian 12's
// wordpress, two themes, mariadb-server, php-cli, php-mysql) and GNU gettext for the plugin's
// translations check (scripts/wordpress-i18n.test.mjs): the same way, after one apt-get update.
import { spawn, spawnSync } from 'node:child_process';
import { chromiumPath, hasChromium } from './chromium.mjs';
import { PACKAGES as WORDPRESS_PACKAGES, missingPackages as missingWordPress } from './wordpress/harness.mjs';
import { GETTEXT_PACKAGE, hasGettext } from './wordpress/i18n.mjs';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

/** Chromium, WordPress's packages and gettext when missing: installed with apt-get as root, else a message and exit 1. */
function ensureDebianPackages() {
  const chromium = !hasChromium();
  if (chromium && process.env.CHROMIUM_PATH) {
    console.error(`npm test: CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but nothing is there.`);
    process.exit(1);
  }
  const wordpress = missingWordPress();
  const gettext = !hasGettext();
  if (!chromium && wordpress.length === 0 && !gettext) return;
  const withoutRecommends = [...(wordpress.length > 0 ? WORDPRESS_PACKAGES : []), ...(gettext ? [GETTEXT_PACKAGE] : [])];
  // Chromium as before (with its recommended fonts: the screenshots depend on them); WordPress
  // without recommends (they would add Apache's modules and more).
  const installs = [
    ...(chromium ? [['install', '-y', 'chromium']] : []),
    ...(withoutRecommends.length > 0 ? [['install', '-y', '--no-install-recommends', ...withoutRecommends]] : []),
  ];
  if (process.getuid?.() !== 0) {
    if (chromium) {
      console.error(
        'npm test: the browser tests need Chromium, which is not at /usr/bin/chromium.\n' +
          '  Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium executable.',
      );
    }
    if (wordpress.length > 0) {
      console.error(
        `npm test: the WordPress tests need a real WordPress from Debian packages; missing: ${wordpress.join(', ')}.\n` +
          `  Install them (Debian 12: sudo apt-get install -y --no-install-recommends ${WORDPRESS_PACKAGES.join(' ')}).`,
      );
    }
    if (gettext) {
      console.error(
        'npm test: the WordPress plugin\'s translations check needs GNU gettext (xgettext, msgfmt), which is missing.\n' +
          `  Install it (Debian: sudo apt-get install -y --no-install-recommends ${GETTEXT_PACKAGE}).`,
      );
    }
    process.exit(1);
  }
  console.log(`npm test: installing Debian ${installs.map((args) => `(apt-get ${args.join(' ')})`).join(' and ')}…`);
  const started = Date.now();
  // RUNLEVEL=1: no service of these packages starts (the WordPress tests start their own MariaDB).
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' };
  for (const args of [['update'], ...installs]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (run.status !== 0) {
      console.error(`npm test: apt-get ${args.join(' ')} failed; install ${args.slice(-1)[0] === 'chromium' ? 'Chromium and/or set CHROMIUM_PATH' : 'these packages by hand'}.`);
      process.exit(1);
    }
  }
  console.log(`npm test: Debian packages installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (!hasChromium()) {
    console.error(`npm test: Chromium is still not at ${chromiumPath()}; set CHROMIUM_PATH.`);
    process.exit(1);
  }
  const still = missingWordPress();
  if (still.length > 0) {
    console.error(`npm test: after apt-get, still missing for WordPress: ${still.join(', ')}.`);
    process.exit(1);
  }
  if (!hasGettext()) {
    console.error('npm test: after apt-get, xgettext or msgfmt (GNU gettext) is still missing.');
    process.exit(1);
  }
}

/** Runs a command, echoing its output, and returns its exit code and output. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    const forward = (stream, target) =>
      stream.on('data', (chunk) => {
        output += chunk;
        target.write(chunk);
      });
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The last "N passed, N failed" a suite printed, or null if it printed none. */
function countsOf(output, pattern = /(\d+) passed, (\d+) failed/g) {
  const all = [...output.matchAll(pattern)];
  const last = all.at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : null;
}

/** node --test prints "# pass N" and "# fail N" at the end of its TAP-like summary. */
function nodeCounts(output) {
  const pass = [...output.matchAll(/^(?:# |ℹ )pass (\d+)$/gm)].at(-1);
  const fail = [...output.matchAll(/^(?:# |ℹ )fail (\d+)$/gm)].at(-1);
  return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : null;
}

/**
 * Each failure's name and first line of error, as the suite printed them, so the summary at the
 * end of a long log (often all a CI page shows) names what failed. Ordinary colour codes removed.
 */
function failuresOf(output) {
  const lines = output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split('\n');
  const found = [];
  lines.forEach((line, i) => {
    // web-test-runner "❌", node --test spec "✖" (its summary repeats them), story smoke "✗"
    if (!/^\s*(❌|✖|✗) /.test(line) || line.includes('failing tests:')) return;
    const detail = lines.slice(i + 1, i + 4).map((l) => l.trim()).find((l) => l !== '') ?? '';
    const entry = `${line.trim()}${detail ? `\n       ${detail.slice(0, 300)}` : ''}`;
    if (!found.includes(entry)) found.push(entry);
  });
  return found;
}

const suites = [
  { name: 'build', command: 'node', args: ['scripts/build.mjs'] },
  { name: 'type check', command: bin('tsc'), args: ['--noEmit', '-p', 'test/tsconfig.json'] },
  {
    name: 'node tests',
    command: 'node',
    args: ['--test', '--test-reporter=spec', 'server/', 'scripts/'],
    counts: nodeCounts,
  },
  { name: 'browser tests', command: bin('wtr'), args: ['--static-logging'], counts: countsOf, browser: true },
  { name: 'story smoke tests', command: 'node', args: ['scripts/story-smoke.mjs'], counts: countsOf, browser: true },
];

ensureDebianPackages();
const results = [];
for (const suite of suites) {
  console.log(`\n=== ${suite.name} ===`);
  const started = Date.now();
  const { code, output } = await run(suite.command, suite.args);
  const counts = suite.counts?.(output) ?? null;
  results.push({ ...suite, code, counts, output, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary ===');
let passed = 0;
let failed = 0;
for (const r of results) {
  const status = r.code === 0 ? 'ok  ' : 'FAIL';
  const detail = r.counts ? `${r.counts.passed} passed, ${r.counts.failed} failed` : r.code === 0 ? 'done' : `exit ${r.code}`;
  console.log(`${status} ${r.name.padEnd(18)} ${detail.padEnd(24)} ${r.seconds.toFixed(1)} s`);
  if (r.code !== 0) {
    const failures = failuresOf(r.output);
    for (const failure of failures.slice(0, 20)) console.log(`     ${failure}`);
    if (failures.length > 20) console.log(`     … and ${failures.length - 20} more, above`);
  }
  if (r.counts) {
    passed += r.counts.passed;
    failed += r.counts.failed;
    if (r.code !== 0 && r.counts.failed === 0) failed++; // a suite that crashed counts as a failure
  } else if (r.code !== 0) {
    failed++;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
