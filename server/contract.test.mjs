// Contract test: replay every request recorded against the real P2PU server
// (test/fixtures/real-api-samples/index.jsonl) on the local server and compare
// status, headers, top-level keys, item keys and JSON value types; error and
// signup bodies must be identical.
//
// Ids are mapped to seed records with the same role (seed.mjs SAMPLE_*_ROLES):
// circle 1 open / 2 in progress / 3 custom question / 4 closed / 5 completed /
// 6 draft / 7 full / 8 members-only, 999 nonexistent; course 6 unlisted, 7 archived.
// The "stock" phase runs with P2PU_CORS=p2pu; the "cors-extra" phase (real server
// with http://127.0.0.1:5173 and http://localhost:5173 added to its allow-list)
// runs with P2PU_CORS=open, which allows those origins too.
//
// Skipped samples: none. Every recorded request is supported. Values (counts, names,
// dates) are not compared for list answers, only their shape: the seeds differ.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { SAMPLE_CIRCLE_ROLES, SAMPLE_COURSE_ROLES } from './seed.mjs';
import { readSample, sampleIndex, start, tempDir } from './testkit.mjs';

const CIRCLES = { ...SAMPLE_CIRCLE_ROLES, 999: 999 };
const COURSES = SAMPLE_COURSE_ROLES;

/** Keys that may be present on some items and absent on others (p2pu-api.md §2, §3.9). */
const OPTIONAL_ITEM_KEYS = new Set(['image_url', 'signup_question', 'url', 'report_url']);
/** Keys that are null or a string/number (p2pu-api.md §2). */
const NULLABLE_KEYS = new Set(['latitude', 'longitude', 'signup_limit', 'next_meeting_date']);
/** Response headers compared with the recorded ones. */
const COMPARED_HEADERS = ['content-type', 'cache-control', 'vary', 'content-language', 'allow', 'location', 'x-frame-options'];

const SKIPPED = new Map(); // name -> reason (none at the moment)

function typeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function mapPath(samplePath) {
  const url = new URL(samplePath, 'http://x');
  for (const [key, table] of [['id', CIRCLES], ['course_id', COURSES]]) {
    const v = url.searchParams.get(key);
    if (v !== null && table[Number(v)] && /^\d+$/.test(v)) url.searchParams.set(key, String(table[Number(v)]));
  }
  return url.pathname + url.search;
}

function mapBody(text) {
  if (text === null) return undefined;
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return text;
  }
  if (data && typeof data === 'object' && !Array.isArray(data) && 'learning_circle' in data) {
    const lc = data.learning_circle;
    if (CIRCLES[Number(lc)] !== undefined && String(Number(lc)) === String(lc)) {
      data.learning_circle = typeof lc === 'string' ? String(CIRCLES[Number(lc)]) : CIRCLES[Number(lc)];
    }
  }
  return JSON.stringify(data);
}

function rawHeaders(name) {
  const map = {};
  for (const line of readSample(`headers/${name}.txt`).split(/\r?\n/).slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) map[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return map;
}

function pickHeaders(headers) {
  const out = {};
  for (const [k, v] of Object.entries(headers)) {
    if (COMPARED_HEADERS.includes(k) || k.startsWith('access-control-')) out[k] = String(v);
  }
  return out;
}

/** Parse a JSON or JSONP body. */
function parseBody(text, jsonp) {
  if (!jsonp) return JSON.parse(text);
  const m = /^([^(]*)\(([\s\S]*)\);$/.exec(text);
  assert.ok(m, 'JSONP shape NAME(...);');
  return { callback: m[1], data: JSON.parse(m[2]) };
}

/** Compare key sets (order included) and value types of a local list item with the sample's items. */
function compareItems(name, where, sampleItems, localItems) {
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
      }
    }
  }
}

function compareJson(name, sample, local) {
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
      // dictionaries such as {"topics": {"python": 4}}: same value type
      const types = new Set(Object.values(v).map(typeOf));
      assert.ok(Object.keys(local[k]).length > 0, `${name}: ${k} not empty`);
      for (const lv of Object.values(local[k])) assert.ok(types.has(typeOf(lv)), `${name}: ${k} values`);
    }
  }
}

/** @type {Record<string, Awaited<ReturnType<typeof start>>>} */
const servers = {};
before(async () => {
  servers.stock = await start({ cors: 'p2pu', dataDir: tempDir() });
  servers['cors-extra'] = await start({ cors: 'open', dataDir: tempDir() });
});
after(async () => {
  for (const s of Object.values(servers)) await s.close();
});

test('every recorded request of the real server is reproduced', async (t) => {
  const samples = sampleIndex();
  let covered = 0;
  for (const s of samples) {
    if (SKIPPED.has(s.name)) continue;
    const api = servers[s.phase];
    assert.ok(api, `phase ${s.phase}`);
    const headers = {};
    if (s.origin) headers.origin = s.origin;
    for (const h of s.extra_headers) {
      const i = h.indexOf(':');
      headers[h.slice(0, i).trim().toLowerCase()] = h.slice(i + 1).trim();
    }
    if (s.request_content_type) headers['content-type'] = s.request_content_type;
    const r = await api.request(mapPath(s.path), { method: s.method, headers, body: mapBody(s.request_body) });

    assert.equal(r.status, s.status, `${s.name}: status`);
    const expectedHeaders = pickHeaders(rawHeaders(s.name));
    assert.equal(r.headers['content-type'], s.headers['content-type'], `${s.name}: content type`);
    assert.deepEqual(pickHeaders(r.headers), expectedHeaders, `${s.name}: headers`);

    if (s.file.endsWith('.empty')) {
      assert.equal(r.text, '', `${s.name}: empty body`);
    } else if (s.file.endsWith('.html')) {
      assert.match(r.text, /<html/i, `${s.name}: HTML page`);
    } else {
      const jsonp = s.file.endsWith('.js');
      const sample = parseBody(readSample(s.file), jsonp);
      const local = parseBody(r.text, jsonp);
      if (jsonp) {
        assert.equal(local.callback, sample.callback, `${s.name}: callback`);
        compareJson(s.name, sample.data, local.data);
      } else {
        compareJson(s.name, sample, local);
      }
    }
    covered++;
  }
  t.diagnostic(`contract samples covered: ${covered} of ${samples.length} (skipped: ${SKIPPED.size})`);
  assert.ok(covered >= 60, `at least 60 samples covered, got ${covered}`);
  assert.equal(covered + SKIPPED.size, samples.length);
});
