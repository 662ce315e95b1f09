// server/main.mjs: in-process start and the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { optionsFromEnv, startApi } from './main.mjs';
import { tempDir } from './testkit.mjs';

const MAIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.mjs');

test('startApi({port: 0}) listens on a free port and returns the real URL', async () => {
  const api = await startApi({ port: 0, dataDir: tempDir(), log: { warn() {}, error() {} } });
  try {
    assert.match(api.url, /^http:\/\/localhost:\d+$/);
    assert.notEqual(api.port, 0);
    const r = await fetch(`${api.url}/api/learningcircles/?id=4821`);
    assert.equal(r.status, 200);
    const data = await r.json();
    assert.ok(data.items[0].url.startsWith(`${api.url}/en/signup/`), 'publicOrigin defaults to the listening URL');
  } finally {
    await api.close();
  }
  await api.close(); // idempotent
});

test('publicOrigin option', async () => {
  const api = await startApi({ port: 0, dataDir: tempDir(), publicOrigin: 'https://lc.example.test/' });
  try {
    const data = await (await fetch(`${api.url}/api/learningcircles/?id=4821`)).json();
    assert.equal(data.items[0].report_url, 'https://lc.example.test/en/studygroup/4821/report/');
  } finally {
    await api.close();
  }
});

test('optionsFromEnv', () => {
  assert.deepEqual(optionsFromEnv({ API_PORT: '0', P2PU_CORS: 'p2pu', P2PU_FAULTS: 'on', P2PU_LATENCY: '120', P2PU_DATA_DIR: '/tmp/x' }), {
    port: 0, host: '127.0.0.1', cors: 'p2pu', dataDir: '/tmp/x', faults: true, latencyMs: 120,
  });
  const defaults = optionsFromEnv({});
  assert.equal(defaults.port, 8787);
  assert.equal(defaults.cors, 'open');
  assert.equal(defaults.faults, false);
  assert.equal(defaults.latencyMs, 0);
  assert.ok(defaults.dataDir.endsWith(`${path.sep}.data`));
  assert.throws(() => optionsFromEnv({ P2PU_CORS: 'wide' }));
  assert.throws(() => optionsFromEnv({ API_PORT: 'http' }));
});

test('CLI prints its URL and exits cleanly on SIGTERM and SIGINT', async () => {
  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, API_PORT: '0', P2PU_DATA_DIR: tempDir(), P2PU_CORS: 'p2pu' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const line = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const first = out.split('\n')[0];
        if (out.includes('\n')) resolve(first);
      });
      child.on('exit', (code) => reject(new Error(`exited early with ${code}`)));
    });
    const m = /^P2PU local API: (http:\/\/localhost:(\d+))\/api\/ \(CORS: p2pu\)$/.exec(String(line));
    assert.ok(m, String(line));
    const r = await fetch(`${m[1]}/api/courses/topics/`);
    assert.equal(r.status, 200);
    const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill(signal);
    assert.equal(await exited, 0, signal);
  }
});
