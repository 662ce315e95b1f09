// GET /api/learningcircles/ and its companions: parameters, validation and quirks.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ids, start } from './testkit.mjs';

const ITEM_KEYS = [
  'course', 'id', 'name', 'facilitator', 'facilitators', 'venue', 'venue_address', 'venue_website', 'city', 'region',
  'country', 'country_en', 'latitude', 'longitude', 'place_id', 'online', 'language', 'day', 'start_date',
  'start_datetime', 'meeting_time', 'time_zone', 'last_meeting_date', 'end_time', 'weeks', 'url', 'report_url',
  'studygroup_path', 'draft', 'signup_limit', 'signup_count', 'signup_open',
];
const TODAY = '2026-11-28';

/** @type {Awaited<ReturnType<typeof start>>} */
let api;
before(async () => {
  api = await start();
});
after(() => api.close());

const list = async (query = '', headers = {}) => (await api.json(`/api/learningcircles/${query}`, { headers })).data;

describe('base set and shape', () => {
  test('published circles only, ordered by id, no pagination keys', async () => {
    const data = await list();
    assert.deepEqual(Object.keys(data), ['count', 'signup_open_count', 'signup_closed_count', 'items']);
    assert.ok(data.count >= 60, `at least 60 circles, got ${data.count}`);
    assert.equal(data.count, data.items.length);
    assert.equal(data.signup_open_count + data.signup_closed_count, data.count);
    const got = ids(data);
    assert.deepEqual(got, [...got].sort((a, b) => a - b));
    for (const hidden of [4830, 4775, 4829, 4699]) assert.ok(!got.includes(hidden), `${hidden} hidden`);
    assert.ok(got.includes(4821));
  });

  test('item keys in emission order; optional keys omitted, not null', async () => {
    const data = await list();
    for (const item of data.items) {
      const keys = Object.keys(item);
      const optional = ['image_url', 'signup_question'].filter((k) => k in item);
      assert.deepEqual(keys, [...ITEM_KEYS, ...optional, 'status']);
      assert.deepEqual(Object.keys(item.course), ['id', 'title', 'provider', 'link', 'course_page_url']);
      for (const k of optional) assert.equal(typeof item[k], 'string');
      assert.ok(!('next_meeting_date' in item));
    }
    assert.ok(data.items.some((i) => 'image_url' in i) && data.items.some((i) => !('image_url' in i)));
    assert.ok(data.items.some((i) => 'signup_question' in i) && data.items.some((i) => !('signup_question' in i)));
  });

  test('value formats follow the real encoder', async () => {
    const { items } = await list();
    for (const i of items) {
      assert.match(i.start_date, /^\d{4}-\d{2}-\d{2}$/);
      assert.match(i.last_meeting_date, /^\d{4}-\d{2}-\d{2}$/);
      assert.match(i.meeting_time, /^\d{2}:\d{2}:\d{2}$/);
      assert.match(i.end_time, /^\d{2}:\d{2}:\d{2}$/);
      assert.match(i.start_datetime, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
      assert.ok(i.start_datetime.startsWith(`${i.start_date}T${i.meeting_time}`));
      if (i.latitude !== null) assert.match(i.latitude, /^-?\d+\.\d{6}$/);
      if (i.longitude !== null) assert.match(i.longitude, /^-?\d+\.\d{6}$/);
      assert.ok(i.signup_limit === null || (Number.isInteger(i.signup_limit) && i.signup_limit > 0));
      assert.equal(i.venue_address.endsWith(`, ${i.city}`), true);
      assert.equal(i.facilitators.length >= 1 && i.facilitators.length <= 3, true);
      assert.match(i.url, /^http:\/\/localhost:\d+\/en\/signup\/[^/]+-\d+\/$/);
      assert.equal(i.studygroup_path, `/en/studygroup/${i.id}/`);
    }
  });

  test('well-known circle 4821', async () => {
    const { items } = await list('?id=4821');
    const [c] = items;
    assert.equal(c.name, 'Python at Riverside');
    assert.equal(c.status, 'upcoming');
    assert.equal(c.signup_open, true);
    assert.equal(c.facilitator, 'Maya and Tom');
    assert.ok(c.signup_limit > c.signup_count);
    assert.equal(c.city, 'Riverbend');
    assert.equal(c.url, `${api.origin}/en/signup/riverside-branch-library-4821/`);
    assert.equal(c.image_url, `${api.origin}/media/riverside-python.svg`);
    assert.equal(c.start_datetime, '2026-12-08T18:00:00-06:00');
    assert.equal(c.time_zone, 'CST');
  });

  test('statuses and signup_open use the UTC date; the last day is open for the filter only', async () => {
    const { items } = await list();
    const byId = new Map(items.map((i) => [i.id, i]));
    for (const i of items) {
      const flag = i.status === 'upcoming' || i.status === 'in_progress' || (i.status === 'completed' && i.signup_open);
      if (i.status === 'upcoming') assert.ok(i.start_date > TODAY);
      if (i.status === 'in_progress') assert.ok(i.start_date <= TODAY && TODAY <= i.last_meeting_date);
      if (i.status === 'closed') assert.ok(i.last_meeting_date >= TODAY && !i.signup_open);
      if (i.status === 'completed') assert.ok(i.last_meeting_date < TODAY && !i.signup_open);
      if (i.signup_open) assert.ok(flag && i.last_meeting_date > TODAY);
    }
    const lastDay = byId.get(4796);
    assert.equal(lastDay.last_meeting_date, TODAY);
    assert.equal(lastDay.status, 'in_progress');
    assert.equal(lastDay.signup_open, false);
    assert.ok(ids(await list('?signup=open')).includes(4796));
    for (const status of ['upcoming', 'in_progress', 'closed', 'completed']) {
      assert.ok(items.some((i) => i.status === status), status);
    }
  });

  test('facilitator display string is localised; day and time_zone are not', async () => {
    const en = (await list('?id=4823')).items[0];
    assert.equal(en.facilitator, 'Ruth, Jamal and Keiko');
    const es = (await list('?id=4823', { 'accept-language': 'es' })).items[0];
    assert.equal(es.facilitator, 'Ruth, Jamal y Keiko');
    assert.equal(es.day, en.day);
    assert.equal(es.time_zone, en.time_zone);
    assert.match(es.url, /\/es\/signup\//);
  });

  test('non-ASCII venue names are slugified with unicode and percent-encoded', async () => {
    const c = (await list('?id=4803')).items[0];
    assert.equal(c.venue, 'Biblioteca Pública Eugenio Trías');
    assert.ok(c.url.endsWith('/en/signup/biblioteca-p%C3%BAblica-eugenio-tr%C3%ADas-4803/'));
  });
});

describe('q (prefix full-text search)', () => {
  test('prefix match, AND of words, case-insensitive', async () => {
    const python = ids(await list('?q=python'));
    assert.deepEqual(ids(await list('?q=pyth')), python);
    assert.deepEqual(ids(await list('?q=PYTHON')), python);
    assert.ok(python.includes(4821) && python.includes(4800));
    const both = ids(await list('?q=python%20riverside'));
    assert.deepEqual([...new Set(both)], [3120, 4821]);
    assert.deepEqual(ids(await list('?q=python%20riverside%20spring')), [3120]);
    assert.equal((await list('?q=zzz-nomatch')).count, 0);
  });

  test('a circle comes back once per matching facilitator row, and count is inflated', async () => {
    const data = await list('?q=boston');
    const got = ids(data);
    assert.equal(got.filter((id) => id === 4750).length, 2, 'Grace and Ada: two rows');
    assert.equal(data.count, got.length);
    assert.equal(data.signup_open_count + data.signup_closed_count, data.count);
    // searching a facilitator's name only matches that facilitator's row
    assert.equal(ids(await list('?q=Ada')).filter((id) => id === 4750).length, 1);
  });

  test('searches venue details, keywords, provider, city, name', async () => {
    assert.ok(ids(await list('?q=rabb')).includes(4750), 'venue details');
    assert.ok(ids(await list('?q=pandas')).includes(4751), 'course keywords');
    assert.ok(ids(await list('?q=coursera')).includes(4821), 'course provider');
    assert.ok(ids(await list('?q=riverbend')).includes(4824), 'city');
    assert.ok(ids(await list('?q=biblioteca')).includes(4803));
  });

  test('punctuation-only q is an HTML 500', async () => {
    for (const q of ['-', '!!', '...', '%20', '<>@']) {
      const r = await api.request(`/api/learningcircles/?q=${q}`);
      assert.equal(r.status, 500, q);
      assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
    }
    // q= (empty) means no search
    assert.equal((await list('?q=')).count, (await list()).count);
  });
});

describe('filters', () => {
  test('topics: substring of lower-cased course keywords, ORed; empty matches all', async () => {
    const python = ids(await list('?topics=python'));
    const gardening = ids(await list('?topics=gardening'));
    const both = ids(await list('?topics=python,gardening'));
    assert.deepEqual(both, [...new Set([...python, ...gardening])].sort((a, b) => a - b));
    assert.ok(ids(await list('?topics=stat')).includes(4827), 'substring of "statistics"');
    assert.ok(ids(await list('?topics=PYTHON')).length > 0);
    assert.equal((await list('?topics=')).count, (await list()).count);
  });

  test('weekdays: 0 = Monday ... 5 = Saturday; 6 never matches, -1 matches Sunday', async () => {
    const { items } = await list();
    const startingOn = (day) => items.filter((i) => i.day === day).map((i) => i.id);
    assert.deepEqual(ids(await list('?weekdays=5')), startingOn('Saturday'));
    assert.deepEqual(ids(await list('?weekdays=0,2')), items.filter((i) => ['Monday', 'Wednesday'].includes(i.day)).map((i) => i.id));
    assert.ok(startingOn('Sunday').length > 0);
    assert.equal((await list('?weekdays=6')).count, 0);
    assert.deepEqual(ids(await list('?weekdays=-1')), startingOn('Sunday'));
    assert.equal((await list('?weekdays=7')).count, 0);
    assert.deepEqual(await list('?weekdays=mon'), {
      status: 'error', errors: { weekdays: ['Not a list of integers seperated by commas'] },
    });
    assert.equal((await api.request('/api/learningcircles/?weekdays=')).status, 500);
  });

  test('latitude/longitude/distance: bounding box in km, default 50', async () => {
    const boston = '?latitude=42.3601&longitude=-71.0589';
    const near = ids(await list(`${boston}&distance=10`));
    assert.ok(near.includes(4750) && near.includes(4751) && near.includes(4753));
    assert.deepEqual(ids(await list(boston)), near);
    const twoKm = ids(await list(`${boston}&distance=2`));
    assert.ok(twoKm.includes(4750) && !twoKm.includes(4751));
    assert.equal((await list(`${boston}&distance=0`)).count, 0);
    assert.equal((await list('?latitude=42.3601')).count, (await list()).count, 'latitude alone is ignored');
    assert.deepEqual(await list('?latitude=abc&longitude=-71.0589'), { status: 'error', errors: { latitude: ['Not a valid float'] } });
    assert.deepEqual(await list('?latitude=1&longitude=2&distance=far'), { status: 'error', errors: { distance: ['Not a valid float'] } });
    assert.equal((await api.request('/api/learningcircles/?latitude=&longitude=-71')).status, 500);
    // circles without coordinates never match
    assert.ok(!ids(await list('?latitude=43.81&longitude=-91.25&distance=100')).includes(4834));
  });

  test('city: exact and case-sensitive', async () => {
    assert.deepEqual(ids(await list('?city=Boston')), [3311, 4750, 4752, 4753]);
    assert.equal((await list('?city=boston')).count, 0);
    assert.deepEqual(ids(await list('?city=Montr%C3%A9al')), [4776], 'the draft is not listed');
    assert.equal((await list('?city=')).count, 0);
  });

  test('team_id, course_id and id', async () => {
    const team = await list('?team_id=1');
    assert.ok(team.count >= 8);
    assert.ok(team.items.every((i) => i.city === 'Riverbend'));
    assert.equal((await list('?team_id=999')).count, 0);
    assert.deepEqual(await list('?team_id=abc'), { status: 'error', errors: { team_id: ['Not a valid integer'] } });
    assert.equal((await api.request('/api/learningcircles/?team_id=')).status, 500);

    assert.deepEqual(ids(await list('?course_id=1203')), [3120, 4791, 4821]);
    assert.equal((await api.request('/api/learningcircles/?course_id=abc')).status, 500);
    assert.equal((await api.request('/api/learningcircles/?course_id=')).status, 500);
    // as the circle finder asks on one course: ANDed with the tab, the tab counts of that course only
    const open = await list('?course_id=1203&signup=open&order=first_meeting_date&limit=12');
    assert.deepEqual(ids(open).sort((a, b) => a - b), [4791, 4821]);
    assert.deepEqual([open.count, open.signup_open_count, open.signup_closed_count], [2, 2, 1]);
    assert.equal((await list('?course_id=999999&signup=open&limit=12')).count, 0);
    for (const v of ['1.5', '12abc', '1203,877']) assert.equal((await api.request(`/api/learningcircles/?course_id=${v}`)).status, 500, v);

    for (const id of [4775, 4829, 4699]) assert.deepEqual(ids(await list(`?id=${id}`)), [id], 'id returns any circle');
    assert.equal((await list('?id=4775')).items[0].draft, true);
    assert.equal((await list('?id=123456')).count, 0);
    assert.equal((await list('?id=4821&city=Boston')).count, 0, 'other filters still apply');
    assert.deepEqual(ids(await list('?id=4821&draft=true')), [4821]);
    assert.equal((await api.request('/api/learningcircles/?id=abc')).status, 500);
    assert.equal((await api.request('/api/learningcircles/?id=')).status, 500);
  });

  test('signup=open|other: counts ignore the signup filter', async () => {
    const all = await list();
    const open = await list('?signup=open');
    const closed = await list('?signup=closed');
    assert.equal(open.count, all.signup_open_count);
    assert.equal(closed.count, all.signup_closed_count);
    for (const d of [open, closed]) {
      assert.equal(d.signup_open_count, all.signup_open_count);
      assert.equal(d.signup_closed_count, all.signup_closed_count);
    }
    assert.ok(open.items.every((i) => ['upcoming', 'in_progress'].includes(i.status)));
    assert.ok(closed.items.every((i) => ['closed', 'completed'].includes(i.status)));
    assert.equal((await list('?signup=anything')).count, closed.count);
  });

  test('active and scope', async () => {
    const active = await list('?active=true');
    assert.ok(active.items.every((i) => i.last_meeting_date >= TODAY));
    const inactive = await list('?active=false');
    assert.ok(inactive.items.every((i) => i.last_meeting_date < TODAY));
    assert.equal(active.count + inactive.count, (await list()).count);
    assert.equal((await list('?active=yes')).count, inactive.count);

    const upcoming = await list('?scope=upcoming');
    assert.ok(upcoming.items.every((i) => i.start_date > TODAY && i.next_meeting_date === i.start_date));
    const current = await list('?scope=current');
    assert.ok(current.count > 0);
    for (const i of current.items) {
      assert.ok(i.start_date <= TODAY && TODAY <= i.last_meeting_date);
      assert.ok(i.next_meeting_date >= TODAY && i.next_meeting_date <= i.last_meeting_date);
      const days = (Date.parse(i.next_meeting_date) - Date.parse(i.start_date)) / 86_400_000;
      assert.equal(days % 7, 0, 'weekly meetings');
    }
    assert.equal((await list('?id=4750&scope=current')).items[0].next_meeting_date, '2026-12-02');
    assert.equal((await list('?id=4796&scope=active')).items[0].next_meeting_date, TODAY);
    const completed = await list('?scope=completed');
    assert.ok(completed.items.every((i) => i.last_meeting_date < TODAY && !('next_meeting_date' in i)));
    const activeScope = await list('?scope=active');
    assert.ok(activeScope.items.every((i) => 'next_meeting_date' in i));
    const bogus = await list('?scope=bogus');
    assert.equal(bogus.count, (await list()).count);
    assert.ok(bogus.items.every((i) => !('next_meeting_date' in i)));
    const withDrafts = await list('?draft=true&scope=upcoming');
    const draft = withDrafts.items.find((i) => i.id === 4830);
    assert.equal(draft.next_meeting_date, null);
  });

  test('draft: any valid boolean includes drafts and members-only circles', async () => {
    for (const v of ['true', 'false', 'on', '']) {
      const got = ids(await list(`?draft=${v}`));
      assert.ok(got.includes(4830) && got.includes(4775) && got.includes(4829), v);
      assert.ok(!got.includes(4699), 'soft-deleted stays hidden');
    }
    assert.deepEqual(await list('?draft=1'), { status: 'error', errors: { draft: ['Not a boolean value'] } });
  });

  test('online', async () => {
    const online = await list('?online=true');
    assert.ok(online.count > 0 && online.items.every((i) => i.online));
    const inPerson = await list('?online=false');
    assert.ok(inPerson.items.every((i) => !i.online));
    assert.equal(online.count + inPerson.count, (await list()).count);
    assert.equal((await list('?online=')).count, 0);
    assert.deepEqual(await list('?online=yes'), { status: 'error', errors: { online: ['Not a boolean value'] } });
  });

  test('cu_credit and user', async () => {
    assert.deepEqual(ids(await list('?cu_credit=true')), [4750, 4753]);
    assert.equal((await list('?cu_credit=false')).count, (await list()).count);
    const r = await api.request('/api/learningcircles/?user=true');
    assert.equal(JSON.parse(r.text).count, (await list()).count, 'anonymous: ignored');
    assert.equal(r.headers.vary, 'Accept-Language, Origin, Cookie');
    assert.deepEqual(await list('?user=x'), { status: 'error', errors: { user: ['Not a boolean value'] } });
  });
});

describe('order and pagination', () => {
  test('order semantics', async () => {
    const { items } = await list();
    const check = async (order, compare) => {
      const got = (await list(`?order=${order}`)).items;
      assert.equal(got.length, items.length);
      for (let i = 1; i < got.length; i++) assert.ok(compare(got[i - 1], got[i]) <= 0, `${order} at ${i}`);
    };
    await check('name', (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    await check('start_date', (a, b) => b.start_date.localeCompare(a.start_date));
    await check('first_meeting_date', (a, b) => a.start_date.localeCompare(b.start_date));
    await check('last_meeting_date', (a, b) => b.last_meeting_date.localeCompare(a.last_meeting_date));
    const created = ids(await list('?order=created_at'));
    assert.equal(created.length, items.length);
    const message = "must be 'name', 'created_at', 'first_meeting_date', 'last_meeting_date', or 'start_date'";
    assert.deepEqual(await list('?order=bogus'), { status: 'error', errors: { order: [message] } });
    assert.deepEqual(await list('?order='), { status: 'error', errors: { order: [message] } });
  });

  test('name order is by code point (C collation)', async () => {
    const names = (await list('?order=name')).items.map((i) => i.name);
    assert.ok(names.indexOf('Python at Riverside') < names.indexOf('Python for Everybody at Central Library'));
    assert.ok(names.indexOf('<img src=x onerror=alert(1)>') < names.indexOf('Climate Conversations'));
  });

  test('pagination only when limit or offset is given', async () => {
    const all = await list();
    const page = await list('?limit=2&offset=0');
    assert.deepEqual(Object.keys(page), ['count', 'signup_open_count', 'signup_closed_count', 'offset', 'limit', 'items']);
    assert.equal(page.count, all.count);
    assert.deepEqual(ids(page), ids(all).slice(0, 2));
    assert.deepEqual(ids(await list('?limit=2&offset=2')), ids(all).slice(2, 4));
    const beyond = await list('?limit=2&offset=1000');
    assert.deepEqual([beyond.offset, beyond.limit, beyond.items.length], [1000, 2, 0]);
    const offsetOnly = await list('?offset=1');
    assert.deepEqual([offsetOnly.offset, offsetOnly.limit], [1, 100]);
    assert.deepEqual(ids(offsetOnly), ids(all).slice(1, 101));
    const emptyLimit = await list('?limit=');
    assert.deepEqual([emptyLimit.offset, emptyLimit.limit], [0, 100]);
    assert.equal((await list('?limit=0')).items.length, 0);
    assert.deepEqual(await list('?limit=abc'), { status: 'error', errors: { limit: ['Not a valid integer'] } });
    for (const q of ['?limit=-1', '?offset=-1', '?limit=-5&offset=2']) {
      assert.equal((await api.request(`/api/learningcircles/${q}`)).status, 500, q);
    }
  });

  test('several errors come back together, in schema order', async () => {
    const r = await api.request('/api/learningcircles/?order=date&limit=ten');
    assert.equal(r.status, 200);
    assert.equal(
      r.text,
      '{"status": "error", "errors": {"limit": ["Not a valid integer"], "order": ["must be \'name\', \'created_at\', \'first_meeting_date\', \'last_meeting_date\', or \'start_date\'"]}}',
    );
  });

  test('repeated parameters: only the last value counts', async () => {
    assert.deepEqual(ids(await list('?topics=python&topics=gardening')), ids(await list('?topics=gardening')));
    assert.equal((await list('?order=bogus&order=name')).count, (await list()).count);
  });
});

describe('topics, cities and map', () => {
  test('/api/learningcircles/topics/: keyword -> number of courses with a future published circle', async () => {
    const { data, headers } = await api.json('/api/learningcircles/topics/');
    assert.deepEqual(Object.keys(data), ['topics']);
    assert.equal(headers['cache-control'], undefined);
    const { topics } = data;
    assert.ok(topics.python >= 4);
    assert.equal(typeof topics['digital literacy'], 'number');
    for (const key of Object.keys(topics)) assert.equal(key, key.toLowerCase());
    assert.ok(!('flash' in topics), 'archived course without circles');
    assert.ok(!('staff' in topics), 'unlisted course');
    assert.ok(!('numeracy' in topics) || topics.numeracy >= 1);
    assert.equal(topics[''], 1, 'a stray comma in keywords gives an empty topic, as on the real server');
    for (const key of Object.keys(topics).filter(Boolean)) {
      assert.ok((await list(`?topics=${encodeURIComponent(key)}&active=true`)).count > 0, key);
    }
  });

  test('/api/learningcircles/cities/: distinct published cities, sorted, any method', async () => {
    const { data } = await api.json('/api/learningcircles/cities/');
    assert.deepEqual(Object.keys(data), ['count', 'items']);
    const values = data.items.map((i) => i.value);
    assert.equal(data.count, values.length);
    assert.ok(values.length >= 12);
    assert.deepEqual(values, [...new Set(values)].sort((a, b) => (a < b ? -1 : 1)));
    assert.ok(data.items.every((i) => i.label === i.value));
    for (const city of ['Riverbend', 'Boston', 'Cape Town', 'München', 'Montréal']) assert.ok(values.includes(city), city);
    const post = await api.request('/api/learningcircles/cities/', { method: 'POST' });
    assert.equal(post.status, 200);
    assert.deepEqual(JSON.parse(post.text), data);
  });

  test('/api/learning-circles-map/: every published circle, url only when active', async () => {
    const { data } = await api.json('/api/learning-circles-map/');
    assert.deepEqual(Object.keys(data), ['items']);
    const got = data.items.map((i) => i.id);
    assert.ok(got.includes(4829), 'members-only included');
    assert.ok(!got.includes(4830) && !got.includes(4699));
    for (const i of data.items) {
      const keys = ['id', 'title', 'latitude', 'longitude', 'city', 'start_date', 'active'];
      if (i.active) assert.deepEqual(Object.keys(i), [...keys, 'url']);
      else assert.ok(['', 'report_url'].includes(Object.keys(i).slice(7).join()), JSON.stringify(i));
    }
    assert.equal(data.items.find((i) => i.id === 4796).active, false, 'active means end_date > today');
    assert.ok(data.items.find((i) => i.id === 4793).report_url.endsWith('/en/studygroup/4793/report/'));
    assert.ok(!('report_url' in data.items.find((i) => i.id === 4780)));
  });
});

describe('a long-running server follows the clock', () => {
  test('dates move at 00:00 UTC, ids and weekdays do not', async () => {
    let now = new Date('2026-11-28T23:59:00Z');
    const moving = await start({ now: () => now });
    try {
      const before = (await moving.json('/api/learningcircles/?id=4821')).data.items[0];
      now = new Date('2026-12-09T00:01:00Z');
      const afterStart = (await moving.json('/api/learningcircles/?id=4821')).data.items[0];
      assert.equal(afterStart.id, 4821);
      assert.equal(afterStart.day, before.day);
      assert.equal(afterStart.status, 'upcoming');
      assert.ok(afterStart.start_date > before.start_date);
      assert.ok(afterStart.start_date > '2026-12-09');
    } finally {
      await moving.close();
    }
  });
});
