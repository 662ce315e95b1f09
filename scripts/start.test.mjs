// `npm start` as the README promises: both servers up, the demo pointed at the local API,
// a signup kept across a restart, and a clean stop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `node scripts/start.mjs`, resolves once it printed the demo address. */
function start(env) {
  const child = spawn('node', ['scripts/start.mjs'], { cwd: root, env: { ...process.env, ...env } });
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
  const stop = () =>
    new Promise((resolve) => {
      child.removeAllListeners('exit');
      child.on('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
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
