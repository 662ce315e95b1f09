// Helpers for the node:test suites of the local API (not a test file itself).

import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiServer } from './app.mjs';

/** Recorded answers of the real server; P2PU_SAMPLES_DIR points the tests at another copy (a newer recording). */
export const SAMPLES_DIR =
  process.env.P2PU_SAMPLES_DIR || path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'real-api-samples');

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

export function sampleExists(name) {
  return fs.existsSync(path.join(SAMPLES_DIR, name));
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

// ---------------------------------------------------------------------------
// Comparing local answers with recorded ones: same keys (order included) and JSON value types.

/** Keys that may be present on some items and absent on others (p2pu-api.md §2, §3.9; teams: image, logo, map, avatar). */
export const OPTIONAL_ITEM_KEYS = new Set(['image_url', 'signup_question', 'url', 'report_url', 'logo_url', 'coordinates', 'avatar_url']);
/** Keys that are null or a string/number (p2pu-api.md §2). */
export const NULLABLE_KEYS = new Set(['latitude', 'longitude', 'signup_limit', 'next_meeting_date']);
/** Response headers compared with the recorded ones (plus every access-control-*). */
export const COMPARED_HEADERS = ['content-type', 'cache-control', 'vary', 'content-language', 'allow', 'location', 'x-frame-options'];

/** JSON type of a value: null, array, object, string, number, boolean. */
export function typeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Raw sample headers (headers/NAME.txt) as a lower-cased map. */
export function sampleHeaders(name) {
  const map = {};
  for (const line of readSample(`headers/${name}.txt`).split(/\r?\n/).slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) map[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return map;
}

/** The compared part of a header map (COMPARED_HEADERS and access-control-*), values as strings. */
export function pickHeaders(headers) {
  const out = {};
  for (const [k, v] of Object.entries(headers)) {
    if (COMPARED_HEADERS.includes(k) || k.startsWith('access-control-')) out[k] = String(v);
  }
  return out;
}

/** Parse a JSON body, or a JSONP one into {callback, data}. */
export function parseBody(text, jsonp) {
  if (!jsonp) return JSON.parse(text);
  const m = /^([^(]*)\(([\s\S]*)\);$/.exec(text);
  assert.ok(m, 'JSONP shape NAME(...);');
  return { callback: m[1], data: JSON.parse(m[2]) };
}

/**
 * Compare key lists (order included, OPTIONAL_ITEM_KEYS aside) and value types of local list items with the
 * sample's items; nested objects and lists of objects are compared the same way.
 */
export function compareItems(name, where, sampleItems, localItems) {
  const sampleTypes = new Map();
  for (const item of sampleItems) {
    for (const [k, v] of Object.entries(item)) {
      if (!sampleTypes.has(k)) sampleTypes.set(k, new Set());
      sampleTypes.get(k).add(typeOf(v));
    }
  }
  const required = Object.keys(sampleItems[0]).filter((k) => !OPTIONAL_ITEM_KEYS.has(k));
  for (const s of sampleItems) {
    assert.deepEqual(Object.keys(s).filter((k) => !OPTIONAL_ITEM_KEYS.has(k)), required, `${name}: sample items agree`);
  }
  for (const item of localItems) {
    const keys = Object.keys(item);
    assert.deepEqual(keys.filter((k) => !OPTIONAL_ITEM_KEYS.has(k)), required, `${name} ${where}: item keys`);
    for (const k of keys) {
      const local = typeOf(item[k]);
      const expected = sampleTypes.get(k) ?? new Set(['string']); // optional keys absent from the sample are strings
      const nullableOk = NULLABLE_KEYS.has(k) && (local === 'null' || expected.has('null'));
      assert.ok(expected.has(local) || nullableOk, `${name} ${where}.${k}: ${local} not in ${[...expected]}`);
      if (local === 'object') {
        const nested = sampleItems.map((s) => s[k]).filter((v) => typeOf(v) === 'object');
        if (nested.length) compareItems(name, `${where}.${k}`, nested, [item[k]]);
      }
      if (local === 'array' && item[k].length) {
        const sampleElems = sampleItems.flatMap((s) => (Array.isArray(s[k]) ? s[k] : []));
        for (const el of item[k]) {
          if (sampleElems.length) assert.ok(sampleElems.some((e) => typeOf(e) === typeOf(el)), `${name} ${where}.${k}[]`);
        }
        const sampleObjects = sampleElems.filter((e) => typeOf(e) === 'object');
        const localObjects = item[k].filter((e) => typeOf(e) === 'object');
        if (sampleObjects.length && localObjects.length) compareItems(name, `${where}.${k}[]`, sampleObjects, localObjects);
      }
    }
  }
}

/**
 * Compare a local JSON answer with a recorded one: error envelopes and signup answers must be identical;
 * other answers must have the same top-level keys (order included) and value types, items compared by compareItems.
 */
export function compareJson(name, sample, local) {
  if (typeOf(sample) !== 'object') {
    assert.equal(typeOf(local), typeOf(sample), name);
    return;
  }
  if (sample.status !== undefined) {
    // error envelopes and signup answers: same keys, same messages
    assert.deepEqual(local, sample, `${name}: body`);
    return;
  }
  assert.deepEqual(Object.keys(local), Object.keys(sample), `${name}: top-level keys`);
  for (const [k, v] of Object.entries(sample)) {
    assert.equal(typeOf(local[k]), typeOf(v), `${name}: type of ${k}`);
    if (Array.isArray(v) && v.length && local[k].length) compareItems(name, k, v, local[k]);
    if (typeOf(v) === 'object' && Object.keys(v).length) {
      if (k === 'item') {
        // a single record ({"item": {...}}): compared like a list item
        compareItems(name, k, [v], [local[k]]);
        continue;
      }
      // dictionaries such as {"topics": {"python": 4}}: same value type
      const types = new Set(Object.values(v).map(typeOf));
      assert.ok(Object.keys(local[k]).length > 0, `${name}: ${k} not empty`);
      for (const lv of Object.values(local[k])) assert.ok(types.has(typeOf(lv)), `${name}: ${k} values`);
    }
  }
}
