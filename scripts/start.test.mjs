// `npm start` as the README promises: both servers up, the demo pointed at the local API,
// a signup kept across a restart, and a clean stop; the demo pages load the built script-tag
// files (dist/), and `npm run dev` the widgets from source.
//
// None of these tests builds: `npm test` builds first, so dist/ is fresh there, and the tests of
// the built files run only then (P2PU_SKIP_BUILD keeps an edit made meanwhile from starting a
// build); with dist/ older than src/ they are skipped, and the others run in --dev mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, hasChromium } from './chromium.mjs';
import { staleBuild } from './stale-build.mjs';

const root = new URL('..', import.meta.url).pathname;
/** Why dist/ is not up to date, or null (then the demo's built files can be tested without a build). */
const stale = staleBuild(root);
const builtMode = stale ? { args: ['--dev'], env: {} } : { args: [], env: { P2PU_SKIP_BUILD: '1' } };
const needsFreshDist = stale ? `dist/ is not up to date (${stale}); npm test builds first, or run npm run build` : false;

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `node scripts/start.mjs` (with `args`), resolves once it printed the demo address. */
function start(env, args = builtMode.args) {
  const child = spawn('node', ['scripts/start.mjs', ...args], { cwd: root, env: { ...process.env, ...builtMode.env, ...env } });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${output}`)), 30000);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('Demo library')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output}`));
    });
  });
  let stopped;
  const stop = () =>
    (stopped ??= new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
      child.removeAllListeners('exit');
      child.on('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    }));
  return { ready, stop, output: () => output };
}

test('npm start serves the local API and the demo site, and keeps signups across a restart', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'p2pu-start-'));
  const env = { API_PORT: String(await freePort()), PORT: String(await freePort()), P2PU_DATA_DIR: dataDir };
  const api = `http://localhost:${env.API_PORT}`;
  try {
    let run = start(env);
    await run.ready;
    assert.match(run.output(), new RegExp(`http://localhost:${env.API_PORT}/api/`));
    assert.match(run.output(), new RegExp(`http://localhost:${env.PORT}/`));

    const list = await (await fetch(`${api}/api/learningcircles/?limit=2`)).json();
    assert.deepEqual(Object.keys(list), ['count', 'signup_open_count', 'signup_closed_count', 'offset', 'limit', 'items']);
    assert.equal(list.items.length, 2);

    const home = await (await fetch(`http://localhost:${env.PORT}/`)).text();
    assert.match(home, /Riverbend Public Library/);
    assert.match(home, new RegExp(`data-endpoint="${api}"`), 'the demo names the local API');
    assert.doesNotMatch(home, /%P2PU_API%/);

    const signup = {
      learning_circle: 4821,
      name: 'Restart Tester',
      email: `restart.${Date.now()}@example.org`,
      consent: true,
      signup_questions: { goals: 'Learn Python', support: 'Share notes' },
    };
    const created = await fetch(`${api}/api/signup/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(signup),
    });
    assert.deepEqual(await created.json(), { status: 'created' });

    assert.equal(await run.stop(), 0, 'stops cleanly on SIGTERM');
    run = start(env);
    await run.ready;
    const stored = await (await fetch(`${api}/__signups?format=json`)).text();
    assert.match(stored, new RegExp(signup.email.replace('.', '\\.')));
    assert.equal(await run.stop(), 0);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('npm start names the port to change when one is taken', async () => {
  const blocker = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => blocker.once('listening', resolve));
  const dataDir = mkdtempSync(join(tmpdir(), 'p2pu-start-'));
  try {
    const run = start({ API_PORT: String(blocker.address().port), PORT: String(await freePort()), P2PU_DATA_DIR: dataDir });
    await assert.rejects(run.ready, /API_PORT/);
  } finally {
    blocker.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

/** Ports and a data directory for one `npm start`; `done()` removes the directory. */
async function setup() {
  const dataDir = mkdtempSync(join(tmpdir(), 'p2pu-start-'));
  const env = { API_PORT: String(await freePort()), PORT: String(await freePort()), P2PU_DATA_DIR: dataDir };
  return {
    env,
    api: `http://localhost:${env.API_PORT}`,
    site: `http://localhost:${env.PORT}`,
    done: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

test('npm start serves the demo with the built script-tag files, as a library pastes them', { skip: needsFreshDist }, async () => {
  const { env, api, site, done } = await setup();
  const run = start(env, []);
  try {
    await run.ready;
    assert.match(run.output(), /Widgets +built files from dist\//);
    assert.match(run.output(), /npm run dev/, 'the banner names the mode with hot reload');

    const home = await (await fetch(`${site}/`)).text();
    assert.match(
      home,
      new RegExp(`<script src="/dist/learning-circle-widgets\\.js" data-endpoint="${api}"[^>]* defer></script>`),
      'the home page loads the built loader as a classic script, with its data-* settings',
    );
    assert.doesNotMatch(home, /\/src\/embed\.ts/, 'not the widgets from source');
    assert.match(home, /<script type="module" src="\/demo\/site\.ts">/, "the demo's own script is left alone");
    const wordpress = await (await fetch(`${site}/wordpress.html`)).text();
    assert.equal(wordpress.match(/src="\/dist\/learning-circle-widgets\.js"/g)?.length, 2, 'the WordPress page pastes the line twice');

    const loader = await fetch(`${site}/dist/learning-circle-widgets.js`);
    assert.equal(loader.status, 200);
    assert.match(loader.headers.get('content-type'), /^text\/javascript/);
    assert.equal(loader.headers.get('cache-control'), 'no-cache');
    assert.ok(Buffer.from(await loader.arrayBuffer()).equals(readFileSync(join(root, 'dist/learning-circle-widgets.js'))), 'the built file itself, untransformed');
    const chunk = await fetch(`${site}/dist/widgets/circle-finder.js`);
    assert.equal(chunk.status, 200);
    assert.match(chunk.headers.get('content-type'), /^text\/javascript/);
    assert.ok(Buffer.from(await chunk.arrayBuffer()).equals(readFileSync(join(root, 'dist/widgets/circle-finder.js'))));
    assert.equal((await fetch(`${site}/dist/widgets/no-such-widget.js`)).status, 404);

    if (!hasChromium()) return; // npm test installs Chromium; test:node alone may run without it
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    try {
      const tab = await browser.newPage();
      const errors = [];
      const files = [];
      tab.on('pageerror', (error) => errors.push(String(error)));
      tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      tab.on('response', (r) => {
        const { pathname } = new URL(r.url());
        if (/^\/(dist|src)\//.test(pathname)) files.push(`${r.status()} ${pathname}`);
      });
      await tab.goto(`${site}/`);
      await tab.waitForFunction(
        () => document.querySelector('circle-finder')?.shadowRoot?.querySelector('.results circle-card')?.shadowRoot?.querySelector('[part=title]'),
        null,
        { timeout: 15000 },
      );
      assert.deepEqual(errors, []);
      assert.ok(files.includes('200 /dist/widgets/circle-finder.js'), `the finder's chunk came from dist/: ${files.join(', ')}`);
      assert.deepEqual(files.filter((f) => !/^200 \/dist\/widgets\//.test(f) && f !== '200 /dist/learning-circle-widgets.js'), []);

      // the library system's page: the team, and the map following the finder's search
      await tab.goto(`${site}/system.html`);
      await tab.waitForFunction(
        () =>
          ['team-profile', 'circle-map', 'circle-finder'].every(
            (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state') === 'content',
          ),
        null,
        { timeout: 20000 },
      );
      const mapped = await tab.evaluate(() => document.querySelector('circle-map').shadowRoot.querySelectorAll('.list [data-id]').length);
      assert.ok(mapped > 0, 'the map lists the circles of the finder\'s search');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
    assert.equal(await run.stop(), 0, 'stops cleanly');
  } finally {
    await run.stop();
    done();
  }
});

test('npm run dev serves the demo with the widgets from source (hot reload)', async () => {
  const { env, api, site, done } = await setup();
  const run = start(env, ['--dev']);
  try {
    await run.ready;
    assert.match(run.output(), /Widgets +from source/);
    const home = await (await fetch(`${site}/`)).text();
    assert.match(home, new RegExp(`<script type="module" src="/src/embed\\.ts" data-endpoint="${api}"`));
    assert.doesNotMatch(home, /learning-circle-widgets\.js/);
    assert.equal(await run.stop(), 0, 'stops cleanly');
  } finally {
    await run.stop();
    done();
  }
});

test('npm start builds first when dist/ is missing or older than what it is built from', () => {
  const dir = mkdtempSync(join(tmpdir(), 'p2pu-stale-'));
  const write = (path, seconds) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), '');
    utimesSync(join(dir, path), seconds, seconds);
  };
  try {
    write('src/components/circle-card/circle-card.ts', 1000);
    write('package.json', 1000);
    assert.match(staleBuild(dir), /dist\/learning-circle-widgets\.js is missing/);
    write('dist/learning-circle-widgets.js', 2000);
    assert.match(staleBuild(dir), /dist\/integrity\.json is missing/, 'a build that did not finish');
    write('dist/integrity.json', 2000);
    assert.equal(staleBuild(dir), null, 'built after its sources');
    write('src/.circle-card.ts.swp', 3000);
    assert.equal(staleBuild(dir), null, "an editor's swap file is no change");
    write('src/components/circle-card/circle-card.ts', 3000);
    assert.equal(staleBuild(dir), 'src/ changed since the last build (src/components/circle-card/circle-card.ts)');
    write('dist/learning-circle-widgets.js', 4000);
    assert.match(staleBuild(dir), /^src\/ changed/, 'only the loader rebuilt: the widget chunks may be older');
    write('dist/integrity.json', 4000);
    assert.equal(staleBuild(dir), null);
    write('xliff/es.xlf', 5000);
    assert.match(staleBuild(dir), /^xliff\/ changed/);
    write('dist/learning-circle-widgets.js', 6000);
    write('dist/integrity.json', 6000);
    write('vite.config.ts', 7000);
    assert.equal(staleBuild(dir), 'vite.config.ts changed since the last build');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
