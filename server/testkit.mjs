// Helpers for the node:test suites of the local API (not a test file itself).

import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiServer } from './app.mjs';

export const SAMPLES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'real-api-samples');

/** A fixed "today" used by most tests: Saturday 2026-11-28, 14:30 UTC (the day the samples were recorded). */
export const FIXED_NOW = new Date('2026-11-28T14:30:00Z');

const createdDirs = [];
process.on('exit', () => {
  for (const dir of createdDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temporary directory, removed when the test process exits. */
export function tempDir(prefix = 'p2pu-api-test-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  createdDirs.push(dir);
  return dir;
}

/**
 * Start a server on a random port.
 * @param {import('./app.mjs').ApiServerOptions} [options]
 */
export async function start(options = {}) {
  const dataDir = options.dataDir ?? tempDir();
  const log = options.log ?? { warn() {}, error() {} };
  const server = createApiServer({ cors: 'open', now: () => FIXED_NOW, ...options, dataDir, log });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const base = `http://127.0.0.1:${address.port}`;
  return {
    server,
    base,
    port: address.port,
    origin: `http://localhost:${address.port}`,
    dataDir,
    /** @param {string} p @param {RequestOptions} [o] */
    request: (p, o) => request(base + p, o),
    /** GET a JSON answer and parse it. */
    json: async (p, o) => {
      const r = await request(base + p, o);
      return { ...r, data: JSON.parse(r.text) };
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
      }).then(() => /** @type {any} */ (server).store.flush()),
  };
}

/**
 * @typedef {{method?: string, headers?: Record<string,string>, body?: string|Buffer, timeout?: number}} RequestOptions
 * @typedef {{status: number, headers: import('node:http').IncomingHttpHeaders, rawHeaders: string[], text: string}} Reply
 */

/** Plain node:http request (full control over Origin and other headers). @returns {Promise<Reply>} */
export function request(url, { method = 'GET', headers = {}, body, timeout = 15_000 } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: { connection: 'close', ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, rawHeaders: res.rawHeaders, text: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.setTimeout(timeout, () => req.destroy(Object.assign(new Error(`timeout after ${timeout} ms`), { code: 'TIMEOUT' })));
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

export function postJson(api, p, data, headers = {}) {
  return api.request(p, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof data === 'string' ? data : JSON.stringify(data),
  });
}

export function readSample(name) {
  return fs.readFileSync(path.join(SAMPLES_DIR, name), 'utf8');
}

export function sampleIndex() {
  return readSample('index.jsonl')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** A valid signup body for a circle. */
export function signupBody(circle, overrides = {}) {
  return {
    learning_circle: circle,
    name: 'Test Learner',
    email: `learner.${circle}@example.org`,
    communications_opt_in: false,
    consent: true,
    signup_questions: { goals: 'Learn Python', support: 'A friendly group' },
    ...overrides,
  };
}

export function ids(data) {
  return data.items.map((i) => i.id);
}
