// POST /api/signup/: validation parity with the recorded samples, duplicates, persistence.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE_CIRCLE_ROLES } from './seed.mjs';
import { postJson, readSample, sampleIndex, signupBody, start, tempDir } from './testkit.mjs';

const CIRCLE_MAP = { ...SAMPLE_CIRCLE_ROLES, 999: 999 };

/** Replace the sample's circle id (1..8, 999) by the seed circle with the same role. */
function mapBody(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return text;
  }
  if (data && typeof data === 'object' && !Array.isArray(data) && 'learning_circle' in data) {
    const lc = data.learning_circle;
    if (typeof lc === 'number' && CIRCLE_MAP[lc]) data.learning_circle = CIRCLE_MAP[lc];
    if (typeof lc === 'string' && CIRCLE_MAP[Number(lc)]) data.learning_circle = String(CIRCLE_MAP[Number(lc)]);
  }
  return JSON.stringify(data);
}

const signupCountOf = async (api, id) => (await api.json(`/api/learningcircles/?id=${id}`)).data.items[0].signup_count;
const stored = async (api) => JSON.parse((await api.request('/__signups?format=json')).text).items;

describe('validation parity with the real server', () => {
  /** @type {Awaited<ReturnType<typeof start>>} */
  let api;
  before(async () => {
    api = await start();
  });
  after(() => api.close());

  test('each recorded signup request gives the same status and body', async () => {
    const samples = sampleIndex().filter((s) => s.method === 'POST' && s.path === '/api/signup/');
    assert.ok(samples.length >= 30, `${samples.length} signup samples`);
    for (const s of samples) {
      const r = await api.request('/api/signup/', {
        method: 'POST',
        headers: { 'content-type': s.request_content_type ?? 'application/json' },
        body: mapBody(s.request_body),
      });
      assert.equal(r.status, s.status, s.name);
      if (s.file.endsWith('.json')) {
        assert.equal(r.headers['content-type'], 'application/json', s.name);
        assert.deepEqual(JSON.parse(r.text), JSON.parse(readSample(s.file)), s.name);
        assert.equal(r.text, readSample(s.file), `${s.name}: byte-for-byte`);
      } else {
        assert.equal(r.headers['content-type'], 'text/html; charset=utf-8', s.name);
      }
    }
  });

  test('the documented schema-stage example', async () => {
    const r = await postJson(api, '/api/signup/', {
      learning_circle: 4821, name: 'Jordan', email: 'jordan.example@', mobile: '0821234567', consent: false,
      communications_opt_in: false, signup_questions: { goals: 'Automate spreadsheets' },
    });
    assert.deepEqual(JSON.parse(r.text), {
      status: 'error',
      errors: {
        email: ['Invalid email address'],
        consent: ['Consent is needed to sign up'],
        mobile: ['Not a valid phone number'],
        signup_questions: [{ support: ['Field is required'] }],
      },
    });
  });

  test('field rules', async () => {
    const check = async (overrides, errors) => {
      const r = await postJson(api, '/api/signup/', signupBody(4821, overrides));
      assert.equal(r.status, 200);
      assert.deepEqual(JSON.parse(r.text), errors ? { status: 'error', errors } : { status: 'created' }, JSON.stringify(overrides));
    };
    await check({ learning_circle: 0 }, { learning_circle: ['Field is required'] });
    await check({ learning_circle: '4821', email: 'string-id@example.org' });
    await check({ learning_circle: 4821.7, email: 'float-id@example.org' });
    await check({ learning_circle: [1] }, { learning_circle: ['Not a valid integer'] });
    await check({ learning_circle: 4699, email: 'deleted@example.org' }); // soft-deleted: still accepted
    await check({ email: 'someone@localhost' }, { email: ['Invalid email address'] });
    await check({ email: ' a@example.org' }, { email: ['Invalid email address'] });
    await check({ email: 'a@@example.org' }, { email: ['Invalid email address'] });
    await check({ email: 'first.o\'brien+tag@sub.example.co.za' });
    await check({ consent: 'on', email: 'consent-on@example.org' });
    await check({ consent: 'true', email: 'consent-true@example.org' });
    await check({ consent: 1 }, { consent: ['Not a boolean value'] });
    await check({ consent: 'false' }, { consent: ['Consent is needed to sign up'] });
    await check({ communications_opt_in: 'yes' }, { communications_opt_in: ['Not a boolean value'] });
    await check({ communications_opt_in: 'on', email: 'optin-on@example.org' });
    await check({ mobile: '+27215551234', email: 'za@example.org' });
    await check({ mobile: '+1 (217) 555-0142', email: 'us@example.org' });
    await check({ mobile: '', email: 'no-mobile@example.org' });
    for (const mobile of ['0821234567', '12345', '+1 555', '+999 1234567', 'call me']) {
      await check({ mobile }, { mobile: ['Not a valid phone number'] });
    }
    await check({ signup_questions: [] }, { signup_questions: ['Field is required'] });
    await check({ signup_questions: {} }, { signup_questions: ['Field is required'] });
    await check({ signup_questions: { support: 'x' } }, { signup_questions: [{ goals: ['Field is required'] }] });
    await check({ signup_questions: { goals: '', support: '' } }, {
      signup_questions: [{ goals: ['Field is required'], support: ['Field is required'] }],
    });
    await check({ name: '' }, { name: ['Field is required'] });
    await check({ name: 'x'.repeat(128), email: 'long-name@example.org' });
  });

  test('custom question: second stage, only when the first passed', async () => {
    const circle = SAMPLE_CIRCLE_ROLES[3];
    const missing = await postJson(api, '/api/signup/', signupBody(circle));
    assert.equal(missing.text, '{"status": "error", "errors": {"signup_questions": [{"custom_question": ["Field is required"]}]}}');
    const stage1 = await postJson(api, '/api/signup/', signupBody(circle, { name: '' }));
    assert.deepEqual(JSON.parse(stage1.text).errors, { name: ['Field is required'] });
    const given = await postJson(api, '/api/signup/', signupBody(circle, {
      signup_questions: { goals: 'g', support: 's', custom_question: 'A weather bot', extra: 'dropped' },
    }));
    assert.equal(given.text, '{"status": "created"}');
    const saved = (await stored(api)).find((s) => s.learning_circle === circle);
    assert.deepEqual(saved.signup_questions, { goals: 'g', support: 's', custom_question: 'A weather bot' });
  });

  test('HTML 500 where the real server crashes', async () => {
    const bodies = [
      '{"learning_circle": 1,', 'learning_circle=1&name=A', '[]', '"text"', '42', 'null', '',
      JSON.stringify(signupBody(4821, { signup_questions: 'goals' })),
      JSON.stringify(signupBody(4821, { email: 'name129@example.org', name: 'n'.repeat(129) })),
      JSON.stringify(signupBody(4821, { email: 'mobile21@example.org', mobile: '+1  (217)  555 - 0142 ' })),
    ];
    for (const body of bodies) {
      const r = await api.request('/api/signup/', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      assert.equal(r.status, 500, body.slice(0, 60));
      assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
    }
  });

  test('no business checks: closed, completed, draft, full, members-only all answer created', async () => {
    for (const role of [4, 5, 6, 7, 8]) {
      const id = SAMPLE_CIRCLE_ROLES[role];
      const r = await postJson(api, '/api/signup/', signupBody(id, { email: `role${role}@example.org` }));
      assert.equal(r.text, '{"status": "created"}', `role ${role} (${id})`);
    }
    const full = (await api.json(`/api/learningcircles/?id=${SAMPLE_CIRCLE_ROLES[7]}`)).data.items[0];
    assert.ok(full.signup_count > full.signup_limit, 'over capacity, as on the real server');
  });

  test('the body is parsed as JSON whatever the Content-Type', async () => {
    for (const [i, type] of ['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', undefined].entries()) {
      const headers = type ? { 'content-type': type } : {};
      const r = await api.request('/api/signup/', {
        method: 'POST', headers, body: JSON.stringify(signupBody(4821, { email: `type-${i}@example.org` })),
      });
      assert.equal(r.text, '{"status": "created"}', String(type));
    }
  });
});

describe('duplicates, counts and storage', () => {
  test('same email (any case) updates in place; count unchanged; original casing kept', async () => {
    const api = await start();
    try {
      const id = 4822;
      const before = await signupCountOf(api, id);
      const first = signupBody(id, {
        name: 'Ana', email: 'Ana.Example@Example.org', mobile: '+27215551234', communications_opt_in: true,
        signup_questions: { goals: 'a', support: 'b', custom_question: 'c' },
      });
      assert.equal((await postJson(api, '/api/signup/', first)).text, '{"status": "created"}');
      assert.equal(await signupCountOf(api, id), before + 1);
      const again = signupBody(id, {
        name: 'Ana Renamed', email: 'ana.example@example.ORG', communications_opt_in: false,
        signup_questions: { goals: 'x', support: 'y', custom_question: 'z' },
      });
      assert.equal((await postJson(api, '/api/signup/', again)).text, '{"status": "created"}');
      assert.equal(await signupCountOf(api, id), before + 1);
      const rows = (await stored(api)).filter((s) => s.learning_circle === id);
      assert.equal(rows.length, 1);
      assert.equal(rows[0].email, 'Ana.Example@Example.org');
      assert.equal(rows[0].name, 'Ana Renamed');
      assert.equal(rows[0].mobile, '+27215551234', 'mobile kept when none is given');
      assert.equal(rows[0].communications_opt_in, false);
      assert.deepEqual(rows[0].signup_questions, { goals: 'x', support: 'y', custom_question: 'z' });
      // same email, another circle: a new signup
      await postJson(api, '/api/signup/', signupBody(4821, { email: 'ana.example@example.org' }));
      assert.equal((await stored(api)).length, 2);
    } finally {
      await api.close();
    }
  });

  test('signups survive a restart on the same data directory', async () => {
    const dataDir = tempDir();
    const first = await start({ dataDir });
    await postJson(first, '/api/signup/', signupBody(4821, { email: 'persist@example.org', name: 'Persistent <Pat>' }));
    const count = await signupCountOf(first, 4821);
    await first.close();
    const second = await start({ dataDir });
    try {
      assert.equal(await signupCountOf(second, 4821), count);
      const rows = await stored(second);
      assert.equal(rows.length, 1);
      assert.equal(rows[0].name, 'Persistent <Pat>');
      const html = (await second.request('/__signups')).text;
      assert.ok(html.includes('Persistent &lt;Pat&gt;') && !html.includes('<Pat>'));
      assert.ok(html.includes('Python at Riverside'));
    } finally {
      await second.close();
    }
  });

  test('concurrent POSTs are all stored', async () => {
    const dataDir = tempDir();
    const api = await start({ dataDir });
    const before = await signupCountOf(api, 4823);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => postJson(api, '/api/signup/', signupBody(4823, { email: `c${i}@example.org` }))),
    );
    assert.ok(answers.every((r) => r.text === '{"status": "created"}'));
    assert.equal(await signupCountOf(api, 4823), before + 40);
    await api.close();
    const onDisk = JSON.parse(fs.readFileSync(path.join(dataDir, 'signups.json'), 'utf8'));
    assert.equal(onDisk.signups.length, 40);
    assert.equal(new Set(onDisk.signups.map((s) => s.id)).size, 40);
  });

  test('a crash mid-write loses nothing previously committed', async () => {
    const dataDir = tempDir();
    const first = await start({ dataDir });
    for (const n of [1, 2, 3]) await postJson(first, '/api/signup/', signupBody(4821, { email: `crash${n}@example.org` }));
    await first.close();
    // 1. a half-written temporary file left by a crash before the rename
    fs.writeFileSync(path.join(dataDir, '.signups.json.tmp-99999-7'), '{"version": 1, "signups": [{"id": 1');
    const second = await start({ dataDir });
    assert.equal((await stored(second)).length, 3);
    await second.close();
    assert.ok(!fs.readdirSync(dataDir).some((f) => f.startsWith('.signups.json.tmp-')), 'stray temp files removed');
    // 2. a truncated main file: kept aside, the backup (same generation) takes over
    const main = path.join(dataDir, 'signups.json');
    const text = fs.readFileSync(main, 'utf8');
    fs.writeFileSync(main, text.slice(0, Math.floor(text.length / 2)));
    const warnings = [];
    const third = await start({ dataDir, log: { warn: (m) => warnings.push(m), error() {} } });
    try {
      assert.deepEqual((await stored(third)).map((s) => s.email).sort(), ['crash1@example.org', 'crash2@example.org', 'crash3@example.org']);
      assert.ok(warnings.some((w) => /damaged/.test(w)));
      assert.ok(fs.readdirSync(dataDir).some((f) => f.startsWith('signups.json.corrupt-')));
      // and the next commit writes a good main file again
      await postJson(third, '/api/signup/', signupBody(4821, { email: 'crash4@example.org' }));
      assert.equal(JSON.parse(fs.readFileSync(main, 'utf8')).signups.length, 4);
    } finally {
      await third.close();
    }
  });

  test('a corrupt store without backup starts empty, keeping a copy', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'signups.json'), 'not json at all');
    const warnings = [];
    const api = await start({ dataDir, log: { warn: (m) => warnings.push(m), error() {} } });
    try {
      assert.equal((await stored(api)).length, 0);
      assert.equal(warnings.length, 1);
      const copy = fs.readdirSync(dataDir).find((f) => f.startsWith('signups.json.corrupt-'));
      assert.equal(fs.readFileSync(path.join(dataDir, String(copy)), 'utf8'), 'not json at all');
      assert.equal((await postJson(api, '/api/signup/', signupBody(4821))).text, '{"status": "created"}');
    } finally {
      await api.close();
    }
  });

  test('/__signups lists newest first, escapes everything, has a JSON form', async () => {
    const api = await start();
    try {
      await postJson(api, '/api/signup/', signupBody(4772, {
        name: '<script>alert(1)</script>', email: 'x@example.org',
        signup_questions: { goals: '<b>bold</b>', support: '"quotes"', custom_question: "<img src=x onerror=alert('q')>" },
      }));
      await postJson(api, '/api/signup/', signupBody(4821, { email: 'newest@example.org' }));
      const json = JSON.parse((await api.request('/__signups?format=json')).text);
      assert.deepEqual(json.items.map((s) => s.email), ['newest@example.org', 'x@example.org']);
      assert.equal(json.items[1].circle_name, '<img src=x onerror=alert(1)>');
      const html = (await api.request('/__signups')).text;
      assert.ok(!/<script>alert|<img src=x|<b>bold/.test(html));
      assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
      assert.ok(html.indexOf('newest@example.org') < html.indexOf('x@example.org'));
    } finally {
      await api.close();
    }
  });
});
