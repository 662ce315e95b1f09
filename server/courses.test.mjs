// GET /api/courses/, /api/courses/topics/, /api/courses/languages/
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ids, start } from './testkit.mjs';

const COURSE_KEYS = [
  'id', 'title', 'format', 'provider', 'platform', 'creator', 'link', 'caption', 'on_demand', 'keywords', 'topics',
  'language', 'language_display', 'overall_rating', 'total_ratings', 'rating_step_counts', 'course_page_url',
  'course_page_path', 'course_edit_path', 'created_at', 'unlisted', 'learning_circles',
];

/** @type {Awaited<ReturnType<typeof start>>} */
let api;
before(async () => {
  api = await start();
});
after(() => api.close());

const courses = async (query = '', headers = {}) => (await api.json(`/api/courses/${query}`, { headers })).data;

describe('/api/courses/', () => {
  test('listed, non-archived courses by title (C collation), full shape', async () => {
    const data = await courses();
    assert.deepEqual(Object.keys(data), ['count', 'items']);
    assert.ok(data.count >= 40, `at least 40 courses, got ${data.count}`);
    const titles = data.items.map((c) => c.title);
    assert.deepEqual(titles, [...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    assert.ok(titles.indexOf('Écrire pour le web') > titles.indexOf('Zdrowy styl życia'), 'É sorts after Z');
    const got = ids(data);
    assert.ok(!got.includes(1180), 'unlisted');
    assert.ok(!got.includes(1190), 'archived');
    for (const c of data.items) {
      assert.deepEqual(Object.keys(c), COURSE_KEYS);
      assert.equal(c.creator, c.provider);
      assert.equal(typeof c.rating_step_counts, 'string');
      assert.equal(typeof JSON.parse(c.rating_step_counts), 'object');
      assert.equal(c.course_page_url, `${api.origin}/en/course/${c.id}/`);
      assert.equal(c.course_page_path, `/en/course/${c.id}/`);
      assert.equal(c.course_edit_path, `/en/course/${c.id}/edit/`);
      assert.match(c.created_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      assert.ok(Array.isArray(c.keywords) && Array.isArray(c.topics));
      assert.equal(c.unlisted, false);
      assert.ok(Number.isInteger(c.learning_circles));
    }
    const formats = new Set(data.items.map((c) => c.format));
    for (const f of ['Online Course', 'Book', 'Video', 'Article', 'Interest Group', 'Other', 'Unknown']) assert.ok(formats.has(f), f);
    const unrated = data.items.filter((c) => c.total_ratings === 0);
    assert.ok(unrated.length >= 3);
    assert.ok(unrated.every((c) => c.overall_rating === 0 && c.rating_step_counts === '{}'));
    const languages = new Set(data.items.map((c) => c.language));
    for (const l of ['en', 'es', 'de', 'fr', 'pt', 'fi', 'pl', 'ro', 'af', 'zh-hans', 'ar']) assert.ok(languages.has(l), l);
  });

  test('floats are written like Python (0.0), non-ASCII as raw UTF-8', async () => {
    const r = await api.request('/api/courses/');
    assert.match(r.text, /"overall_rating": 0\.0,/);
    assert.match(r.text, /"overall_rating": 4\.38,/);
    assert.ok(r.text.includes('Grüne Stadt') && r.text.includes('编程') && r.text.includes('البرمجة'));
    assert.ok(!r.text.includes('\\u00fc'));
    assert.equal(r.headers['content-type'], 'application/json');
  });

  test('course 1203 matches the documentation example', async () => {
    const [c] = (await courses('?course_id=1203')).items;
    assert.equal(c.title, 'Programming for Everybody');
    assert.equal(c.overall_rating, 4.38);
    assert.equal(c.total_ratings, 26);
    assert.deepEqual(c.keywords, ['python', 'programming', 'computer science']);
    assert.deepEqual(c.topics, ['Programming']);
  });

  test('course_id: unlisted allowed, archived not, crashes on non-integers', async () => {
    assert.deepEqual(ids(await courses('?course_id=1180')), [1180]);
    assert.equal((await courses('?course_id=1180')).items[0].unlisted, true);
    assert.equal((await courses('?course_id=1190')).count, 0);
    for (const v of ['abc', '']) assert.equal((await api.request(`/api/courses/?course_id=${v}`)).status, 500);
  });

  test('q: prefix full-text over keywords, title, caption, provider', async () => {
    assert.ok(ids(await courses('?q=progra')).includes(1203));
    assert.ok(ids(await courses('?q=michigan')).includes(1203), 'provider');
    assert.ok(ids(await courses('?q=spreadsheets')).includes(1310), 'keywords');
    assert.ok(ids(await courses('?q=misinformation%20sources')).includes(1120), 'title + caption');
    assert.equal((await courses('?q=zzz-nomatch')).count, 0);
    assert.equal((await api.request('/api/courses/?q=...')).status, 500);
  });

  test('topics (slugs), keywords, languages, oer, facilitator_guide, active', async () => {
    const programming = await courses('?topics=programming');
    assert.ok(programming.items.every((c) => c.topics.includes('Programming')));
    const both = ids(await courses('?topics=programming,gardening'));
    assert.ok(both.includes(650) && both.includes(1203));
    assert.equal((await courses('?topics=astronomy')).count, 0);
    assert.deepEqual(ids(await courses('?topics=PROGRAMMING')), ids(programming));

    assert.ok((await courses('?keywords=python')).items.every((c) => c.keywords.join().toLowerCase().includes('python')));
    for (const v of ['', ',']) assert.equal((await api.request(`/api/courses/?keywords=${v}`)).status, 500);

    assert.ok((await courses('?languages=es')).items.every((c) => c.language === 'es'));
    assert.ok((await courses('?languages=en,fr')).items.every((c) => ['en', 'fr'].includes(c.language)));

    const oer = await courses('?oer=true');
    assert.ok(oer.count > 0 && oer.count < (await courses()).count);
    assert.equal((await courses('?oer=1')).count, (await courses()).count, 'only the literal true counts');

    const guides = await courses('?facilitator_guide=true');
    assert.ok(guides.count > 0 && guides.count < 10);
    assert.deepEqual(await courses('?facilitator_guide=yes'), { status: 'error', errors: { facilitator_guide: ['Not a boolean value'] } });

    const active = ids(await courses('?active=true'));
    assert.ok(active.includes(1203) && !active.includes(1135));
    const inactive = ids(await courses('?active=false'));
    assert.ok(inactive.includes(1203), 'past circles too: the two sets overlap');
  });

  test('order: title, usage, overall_rating, created_at; bogus is an error', async () => {
    const usage = (await courses('?order=usage')).items;
    for (let i = 1; i < usage.length; i++) assert.ok(usage[i - 1].learning_circles >= usage[i].learning_circles);
    const rating = (await courses('?order=overall_rating')).items;
    for (let i = 1; i < rating.length; i++) assert.ok(rating[i - 1].overall_rating >= rating[i].overall_rating);
    const created = (await courses('?order=created_at')).items;
    for (let i = 1; i < created.length; i++) assert.ok(created[i - 1].created_at >= created[i].created_at);
    const message = "must be 'title', 'usage', 'created_at', or 'overall_rating'";
    assert.deepEqual(await courses('?order=bogus'), { status: 'error', errors: { order: [message] } });
    assert.deepEqual(await courses('?order='), { status: 'error', errors: { order: [message] } });
  });

  test('topics + order=usage inflates learning_circles per matching guide', async () => {
    const plain = (await courses('?course_id=877')).items[0].learning_circles;
    const fanned = (await courses('?topics=digital-literacy,arts-culture&order=usage')).items.find((c) => c.id === 877);
    assert.equal(fanned.learning_circles, plain * 2);
    const single = (await courses('?topics=digital-literacy&order=usage')).items.find((c) => c.id === 877);
    assert.equal(single.learning_circles, plain);
  });

  test('learning_circles counts non-deleted circles including drafts', async () => {
    // 650: 9 past + 4830 (draft) + 3402 + 4793
    assert.equal((await courses('?course_id=650')).items[0].learning_circles, 9 + 3);
  });

  test('pagination, validation, user, team, course_list, include_unlisted', async () => {
    const all = await courses();
    const page = await courses('?limit=2&offset=1');
    assert.deepEqual(Object.keys(page), ['count', 'offset', 'limit', 'items']);
    assert.deepEqual(ids(page), ids(all).slice(1, 3));
    assert.deepEqual(await courses('?limit=abc'), { status: 'error', errors: { limit: ['Not a valid integer'] } });
    assert.equal((await api.request('/api/courses/?offset=-2')).status, 500);
    assert.deepEqual(ids(await courses('?user=true')), [1135, 2401], 'anonymous: courses without a creator');
    assert.equal((await api.request('/api/courses/?team=true')).status, 500);
    assert.equal((await courses('?team=false')).count, all.count);
    assert.deepEqual(await courses('?team=1'), { status: 'error', errors: { team: ['Not a boolean value'] } });
    assert.deepEqual(ids(await courses('?course_list=2')).sort(), [1015, 1310, 1530]);
    assert.deepEqual(await courses('?course_list=x'), { status: 'error', errors: { course_list: ['Not a valid integer'] } });
    assert.equal((await courses('?include_unlisted=true')).count, all.count, 'no effect');
    assert.deepEqual(await courses('?include_unlisted=2'), { status: 'error', errors: { include_unlisted: ['Not a boolean value'] } });
  });

  test('language_display and URLs follow Accept-Language', async () => {
    const [c] = (await courses('?course_id=1203', { 'accept-language': 'fr-FR,fr;q=0.9' })).items;
    assert.equal(c.language_display, 'Anglais');
    assert.equal(c.course_page_url, `${api.origin}/fr/course/1203/`);
    const [de] = (await courses('?course_id=1601', { 'accept-language': 'de' })).items;
    assert.equal(de.language_display, 'Spanisch');
  });

  test('Vary: Cookie unless course_id is given; no Cache-Control', async () => {
    const list = await api.request('/api/courses/');
    assert.equal(list.headers.vary, 'Accept-Language, Origin, Cookie');
    assert.equal(list.headers['cache-control'], undefined);
    assert.equal((await api.request('/api/courses/?course_id=1203')).headers.vary, 'Accept-Language, Origin');
    assert.equal((await api.request('/api/courses/?order=bogus')).headers.vary, 'Accept-Language, Origin');
  });
});

describe('/api/courses/topics/ and /api/courses/languages/', () => {
  test('topics: every topic guide, slug -> title', async () => {
    const { data } = await api.json('/api/courses/topics/');
    assert.deepEqual(Object.keys(data), ['topics']);
    assert.equal(data.topics.programming, 'Programming');
    assert.equal(data.topics.music, 'Music', 'unused guides are listed too');
    const titles = new Set(Object.values(data.topics));
    for (const c of (await courses()).items) for (const t of c.topics) assert.ok(titles.has(t), t);
  });

  test('languages: Django language info, translated in the request language', async () => {
    const { data } = await api.json('/api/courses/languages/');
    assert.deepEqual(Object.keys(data), ['languages']);
    const byCode = Object.fromEntries(data.languages.map((l) => [l.code, l]));
    for (const l of data.languages) assert.deepEqual(Object.keys(l), ['bidi', 'code', 'name', 'name_local', 'name_translated']);
    assert.deepEqual(byCode.es, { bidi: false, code: 'es', name: 'Spanish', name_local: 'español', name_translated: 'Spanish' });
    assert.equal(byCode.ar.bidi, true);
    assert.equal(byCode['zh-hans'].name, 'Simplified Chinese');
    const fr = Object.fromEntries((await api.json('/api/courses/languages/', { headers: { 'accept-language': 'fr' } })).data.languages.map((l) => [l.code, l]));
    assert.equal(fr.es.name_translated, 'Espagnol');
    assert.equal(fr.en.name_translated, 'Anglais');
    const de = Object.fromEntries((await api.json('/api/courses/languages/', { headers: { 'accept-language': 'de' } })).data.languages.map((l) => [l.code, l]));
    assert.equal(de.es.name_translated, 'Spanisch');
  });
});
