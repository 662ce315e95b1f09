// GET /api/teams/ and /api/teams/<id>/, compared with the real server's recorded answers
// (teams*.json, teams-jsonp.js, teams-id-*; see "Teams and the circle map" in the samples' README).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import {
  compareJson, ids, parseBody, pickHeaders, readSample, sampleExists, sampleHeaders, sampleIndex, SAMPLES_DIR, start,
} from './testkit.mjs';

const TEAM_SAMPLES = [
  'teams.json', 'teams-limit1-offset0.json', 'teams-image-true.json', 'teams-jsonp.js', 'teams-id-1.json',
  'teams-id-999-notfound-500.html',
];
const base = (file) => file.replace(/\.[^.]+$/, '');
const indexed = new Set(sampleIndex().map((row) => row.file));
const missing = TEAM_SAMPLES.filter((f) => !indexed.has(f) || !sampleExists(f) || !sampleExists(`headers/${base(f)}.txt`));
const needsSamples = missing.length ? `team samples missing from ${SAMPLES_DIR}` : false;

/** serialize_team_data, in emission order; the optional keys come last, in this order, when set. */
const TEAM_KEYS = [
  'id', 'name', 'subtitle', 'page_slug', 'member_count', 'zoom', 'date_established', 'intro_text', 'website',
  'email_address', 'location', 'facilitators', 'membership', 'studygroup_count',
];
const OPTIONAL_TEAM_KEYS = ['image_url', 'logo_url', 'coordinates'];
const FACILITATOR_KEYS = ['first_name', 'city', 'bio', 'contact_url', 'role'];

/** @type {Awaited<ReturnType<typeof start>>} */
let api;
before(async () => {
  api = await start({ cors: 'p2pu' });
});
after(() => api.close());

const teams = async (query = '', headers = {}) => (await api.json(`/api/teams/${query}`, { headers })).data;
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

test('the recorded team answers are in the fixtures', () => {
  assert.deepEqual(missing, [], `copy them from the newer recording (e.g. /work/shared/real-api-samples) into ${SAMPLES_DIR}, `
    + 'with their index.jsonl rows, or run with P2PU_SAMPLES_DIR=<that directory>');
});

describe('same shape as the real server', { skip: needsSamples }, () => {
  /** The local answer to a recorded request: status, compared headers and body shape. */
  async function compareWithSample(file, path) {
    const jsonp = file.endsWith('.js');
    const recorded = sampleIndex().find((row) => row.file === file);
    assert.ok(recorded, `${file} in index.jsonl`);
    assert.equal(new URL(recorded.path, 'http://x').href, new URL(path, 'http://x').href, `${file}: same request`);
    const r = await api.request(path);
    assert.equal(r.status, recorded.status, `${file}: status`);
    assert.deepEqual(pickHeaders(r.headers), pickHeaders(sampleHeaders(base(file))), `${file}: headers`);
    const sample = parseBody(readSample(file), jsonp);
    const local = parseBody(r.text, jsonp);
    if (jsonp) {
      assert.equal(local.callback, sample.callback);
      compareJson(file, sample.data, local.data);
    } else {
      compareJson(file, sample, local);
    }
    return { sample, local, r };
  }

  test('list: {count, items}, team keys and value types like teams.json', async () => {
    const { local } = await compareWithSample('teams.json', '/api/teams/');
    assert.deepEqual(Object.keys(local), ['count', 'items']);
  });

  test('limit/offset add offset and limit, in that place, like teams-limit1-offset0.json', async () => {
    const { sample, local } = await compareWithSample('teams-limit1-offset0.json', '/api/teams/?limit=1&offset=0');
    assert.deepEqual(Object.keys(local), Object.keys(sample));
    assert.deepEqual(Object.keys(local), ['count', 'offset', 'limit', 'items']);
    assert.equal(local.items.length, 1);
  });

  test('image=true: count taken before the image filter, like teams-image-true.json', async () => {
    const sample = JSON.parse(readSample('teams-image-true.json'));
    assert.ok(sample.count > sample.items.length, 'the recorded quirk: count 1 with 0 items');
    const { local } = await compareWithSample('teams-image-true.json', '/api/teams/?image=true');
    const all = await teams();
    assert.equal(local.count, all.count, 'count is the number of all teams');
    assert.ok(local.items.length >= 1 && local.items.length < local.count);
    assert.ok(local.items.every((t) => typeof t.image_url === 'string'));
    assert.deepEqual(ids(local), all.items.filter((t) => t.image_url).map((t) => t.id), 'the teams with a page image, by name');
  });

  test('JSONP with callback=, like teams-jsonp.js', async () => {
    const { r } = await compareWithSample('teams-jsonp.js', '/api/teams/?callback=cb');
    assert.equal(r.text, `cb(${(await api.request('/api/teams/')).text});`);
  });

  test('detail: {"item": team} with Vary: Cookie, like teams-id-1.json', async () => {
    const { sample, local } = await compareWithSample('teams-id-1.json', '/api/teams/1/');
    assert.deepEqual(Object.keys(local), ['item']);
    assert.deepEqual(Object.keys(sample.item).filter((k) => !OPTIONAL_TEAM_KEYS.includes(k)), TEAM_KEYS);
  });

  test('unknown id: the bare plain-text 500 of teams-id-999-notfound-500.html, without any Django header', async () => {
    const expected = sampleHeaders(base('teams-id-999-notfound-500.html'));
    assert.equal(sampleIndex().find((row) => row.file === 'teams-id-999-notfound-500.html')?.status, 500);
    for (const path of ['/api/teams/999/', '/api/teams/0/', '/api/teams/999/?callback=cb']) {
      for (const origin of [undefined, 'https://www.p2pu.org']) {
        const r = await api.request(path, { headers: origin ? { origin } : {} });
        assert.equal(r.status, 500, path);
        assert.equal(r.text, readSample('teams-id-999-notfound-500.html'), path);
        assert.deepEqual(pickHeaders(r.headers), pickHeaders(expected), `${path}: only Content-Type`);
        assert.equal(r.headers['content-length'], expected['content-length']);
        assert.equal(r.headers['access-control-allow-origin'], undefined, 'no CORS: a browser on another origin cannot read it');
        assert.equal(r.headers['x-frame-options'], undefined);
      }
    }
  });
});

describe('/api/teams/', () => {
  test('every seed team, ordered by name (C collation), keys in emission order', async () => {
    const data = await teams();
    assert.ok(data.count >= 5);
    assert.equal(data.items.length, data.count, 'no paging by default');
    const names = data.items.map((t) => t.name);
    assert.deepEqual(names, [...names].sort(byText));
    for (const t of data.items) {
      const keys = Object.keys(t);
      assert.deepEqual(keys.slice(0, TEAM_KEYS.length), TEAM_KEYS, t.name);
      assert.deepEqual(keys.slice(TEAM_KEYS.length), OPTIONAL_TEAM_KEYS.filter((k) => k in t), t.name);
      assert.equal(t.member_count, t.facilitators.length, 'member_count: active memberships');
      assert.match(t.date_established, /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
      for (const f of t.facilitators) {
        assert.deepEqual(Object.keys(f), f.avatar_url ? [...FACILITATOR_KEYS, 'avatar_url'] : FACILITATOR_KEYS);
        assert.ok(['ORGANIZER', 'FACILITATOR'].includes(f.role));
      }
      assert.ok(t.facilitators.some((f) => f.role === 'ORGANIZER'), `${t.name}: an organizer`);
      if (t.coordinates) {
        assert.deepEqual(Object.keys(t.coordinates), ['longitude', 'latitude']);
        assert.match(t.coordinates.latitude, /^-?\d+\.\d{6}$/, 'DecimalField strings');
        assert.match(t.coordinates.longitude, /^-?\d+\.\d{6}$/);
      }
      for (const k of ['image_url', 'logo_url']) if (t[k]) assert.ok(t[k].startsWith(`${api.origin}/media/`), k);
      for (const f of t.facilitators) if (f.avatar_url) assert.ok(f.avatar_url.startsWith(`${api.origin}/media/`));
    }
  });

  test('variety: a page image, a logo, no coordinates, avatars, several countries, hostile strings', async () => {
    const data = await teams();
    assert.equal(data.items.filter((t) => t.image_url).length, 1, 'one team with a page image');
    assert.ok(data.items.some((t) => t.logo_url));
    assert.ok(data.items.some((t) => !t.coordinates) && data.items.some((t) => t.coordinates));
    assert.ok(data.items.some((t) => t.facilitators.some((f) => f.avatar_url)));
    assert.ok(data.items.some((t) => t.facilitators.length === 1) && data.items.some((t) => t.facilitators.length > 5));
    assert.ok(data.items.some((t) => t.membership) && data.items.some((t) => !t.membership));
    assert.ok(new Set(data.items.map((t) => t.location.split(', ').at(-1))).size >= 5, 'several countries');
    const hostile = data.items.find((t) => t.name.includes('<script>'));
    assert.ok(hostile, 'a team name with <script>');
    assert.equal(data.items[0].id, hostile.id, '"> sorts first');
    assert.match(hostile.intro_text, /<script>/, 'organizer HTML is passed on as it is');
    assert.equal(hostile.website, 'javascript:alert(1)');
    assert.ok(data.items.some((t) => t.facilitators.some((f) => f.first_name.includes('<svg onload'))));
    assert.ok(data.items.some((t) => /<[a-z]/.test(t.intro_text) && !t.intro_text.includes('<script>')), 'ordinary HTML intro');
  });

  test('paging: offset and limit like _limit_offset (defaults 0 and 100, bad values ignored)', async () => {
    const all = await teams();
    assert.deepEqual(ids(await teams('?limit=2&offset=1')), ids(all).slice(1, 3));
    const offsetOnly = await teams('?offset=2');
    assert.deepEqual([offsetOnly.offset, offsetOnly.limit, offsetOnly.count], [2, 100, all.count]);
    assert.deepEqual(ids(offsetOnly), ids(all).slice(2));
    const bad = await teams('?limit=abc&offset=');
    assert.deepEqual([bad.offset, bad.limit, bad.items.length], [0, 100, all.count]);
    assert.deepEqual((await teams('?limit=2&offset=100')).items, []);
    const paged = await teams('?image=true&limit=1&offset=0');
    assert.deepEqual(Object.keys(paged), ['count', 'offset', 'limit', 'items']);
    assert.equal(paged.count, all.count);
    for (const v of ['false', 'True', '1', '']) assert.equal((await teams(`?image=${v}`)).items.length, all.count, `image=${v}`);
    const negative = await api.request('/api/teams/?offset=-1');
    assert.equal(negative.status, 500, 'negative slice: the HTML 500 of the other lists');
    assert.match(negative.text, /<html/);
  });
});

describe('/api/teams/<id>/', () => {
  test('the same team as in the list; a missing slash redirects; other ids are not routes', async () => {
    const all = await teams();
    for (const t of all.items) assert.deepEqual((await api.json(`/api/teams/${t.id}/`)).data, { item: t });
    assert.equal((await api.json('/api/teams/01/')).data.item.id, 1, 'int(team_id)');
    const redirect = await api.request('/api/teams/1?callback=cb');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.location, '/api/teams/1/?callback=cb');
    for (const p of ['/api/teams/abc/', '/api/teams/-1/', '/api/teams/1/members/']) assert.equal((await api.request(p)).status, 404, p);
  });

  test('JSONP, HEAD and OPTIONS like the other GET views', async () => {
    const plain = await api.request('/api/teams/1/');
    const r = await api.request('/api/teams/1/?callback=__jp1');
    assert.equal(r.headers['content-type'], 'text/javascript');
    let received;
    vm.runInNewContext(r.text, { __jp1: (d) => { received = d; } });
    assert.deepEqual(JSON.parse(JSON.stringify(received)), JSON.parse(plain.text));
    const head = await api.request('/api/teams/1/', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.text, '');
    const options = await api.request('/api/teams/', { method: 'OPTIONS' });
    assert.equal(options.headers.allow, 'GET, HEAD, OPTIONS');
    assert.equal((await api.request('/api/teams/', { method: 'POST' })).status, 405);
  });

  test('date_established and the data do not follow Accept-Language; Content-Language does', async () => {
    const en = await api.json('/api/teams/1/');
    const fr = await api.json('/api/teams/1/', { headers: { 'accept-language': 'fr' } });
    assert.equal(fr.headers['content-language'], 'fr');
    assert.deepEqual(fr.data, en.data);
  });
});

describe('teams agree with the seed circles', () => {
  test('team 1 is the demo library of Riverbend, whose circles are the team_id=1 ones', async () => {
    const { item } = (await api.json('/api/teams/1/')).data;
    assert.equal(item.name, 'Riverbend Public Library');
    assert.ok(item.location.startsWith('Riverbend, '));
    const circles = (await api.json('/api/learningcircles/?team_id=1&draft=true')).data.items;
    assert.ok(circles.length >= 10);
    assert.ok(circles.every((c) => c.city === 'Riverbend'));
    assert.equal(item.coordinates.latitude, circles.find((c) => c.latitude).latitude);
  });

  test("studygroup_count: the team's published circles, members-only and past ones included; facilitators are members", async () => {
    for (const t of (await teams()).items) {
      // draft=<anything> lists every circle that is not deleted (drafts and members-only ones included)
      const circles = (await api.json(`/api/learningcircles/?team_id=${t.id}&draft=true`)).data.items;
      assert.equal(t.studygroup_count, circles.filter((c) => !c.draft).length, t.name);
      const members = new Set(t.facilitators.map((f) => f.first_name));
      for (const c of circles) for (const f of c.facilitators) assert.ok(members.has(f), `${t.name}: ${f} of circle ${c.id} is a member`);
    }
    const counts = Object.fromEntries((await teams()).items.map((t) => [t.id, t.studygroup_count]));
    assert.ok(counts[1] > counts[2], 'the demo library has the most circles');
    assert.ok(Object.values(counts).includes(0), 'a team without circles');
  });
});

describe('CORS like the other GET endpoints', () => {
  test('allowed origins are echoed, others only get credentials', async () => {
    for (const path of ['/api/teams/', '/api/teams/1/', '/api/teams/?callback=cb']) {
      const allowed = await api.request(path, { headers: { origin: 'https://www.p2pu.org' } });
      assert.equal(allowed.headers['access-control-allow-origin'], 'https://www.p2pu.org', path);
      assert.equal(allowed.headers['access-control-allow-credentials'], 'true', path);
      const denied = await api.request(path, { headers: { origin: 'http://localhost:5173' } });
      assert.equal(denied.status, 200);
      assert.equal(denied.headers['access-control-allow-origin'], undefined, path);
      assert.equal(denied.headers['access-control-allow-credentials'], 'true', path);
      assert.equal(allowed.headers['cache-control'], undefined, 'only the circle list is cached');
    }
  });
});
