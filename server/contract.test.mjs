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
// The "turn2-teams-map" phase (/api/teams/, /api/learning-circles-map/, recorded later) runs on the stock server.
//
// Skipped samples: none. Every recorded request is supported. Values (counts, names,
// dates) are not compared for list answers, only their shape: the seeds differ.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { SAMPLE_CIRCLE_ROLES, SAMPLE_COURSE_ROLES } from './seed.mjs';
import { compareJson, parseBody, pickHeaders, readSample, sampleHeaders, sampleIndex, start, tempDir } from './testkit.mjs';

const CIRCLES = { ...SAMPLE_CIRCLE_ROLES, 999: 999 };
const COURSES = SAMPLE_COURSE_ROLES;

const SKIPPED = new Map(); // name -> reason (none at the moment)

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

/** @type {Record<string, Awaited<ReturnType<typeof start>>>} */
const servers = {};
before(async () => {
  servers.stock = await start({ cors: 'p2pu', dataDir: tempDir() });
  servers['cors-extra'] = await start({ cors: 'open', dataDir: tempDir() });
  // teams and the circle map, recorded later against the same server (stock settings, no Origin sent)
  servers['turn2-teams-map'] = servers.stock;
});
after(async () => {
  for (const s of new Set(Object.values(servers))) await s.close();
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
    // headers/<body file without extension>.txt (the same as the name, except teams-id-999-notfound-500)
    const expectedHeaders = pickHeaders(sampleHeaders(s.file.replace(/\.[^.]+$/, '')));
    assert.equal(r.headers['content-type'], s.headers['content-type'], `${s.name}: content type`);
    assert.deepEqual(pickHeaders(r.headers), expectedHeaders, `${s.name}: headers`);

    if (s.file.endsWith('.empty')) {
      assert.equal(r.text, '', `${s.name}: empty body`);
    } else if (s.headers['content-type'] === 'text/plain') {
      // the WSGI server's own error answer (teams-id-999-notfound-500.html): a fixed text
      assert.equal(r.text, readSample(s.file), `${s.name}: plain-text body`);
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
