// Seed data: realistic, varied, hostile where it should be, and stable whatever the day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSeed, CIRCLE_DEFS, COURSES_BY_ID, SAMPLE_CIRCLE_ROLES, SAMPLE_COURSE_ROLES, TEAMS, TOPIC_GUIDES } from './seed.mjs';
import { dayNumberOf, localize, parseDay } from './time.mjs';

const today = parseDay('2026-11-28');
const visible = (circles) => circles.filter((c) => !c.deleted && !c.draft && !c.membersOnly);
const status = (c, d) =>
  c.signupFlag && c.startDay > d ? 'upcoming'
    : c.signupFlag && c.startDay <= d && d <= c.endDay ? 'in_progress'
      : !c.signupFlag && c.endDay >= d ? 'closed' : 'completed';

test('coverage of the seed', () => {
  const circles = buildSeed(today);
  const shown = visible(circles);
  assert.ok(shown.length >= 60);
  assert.ok(new Set(shown.map((c) => c.city)).size >= 12);
  const continents = new Set(shown.map((c) => c.zone.split('/')[0]));
  for (const c of ['America', 'Europe', 'Africa', 'Asia', 'Australia', 'Pacific']) assert.ok(continents.has(c), c);
  assert.ok(new Set(shown.map((c) => c.zone)).size >= 10);
  assert.ok(shown.some((c) => c.online) && shown.some((c) => !c.online));
  for (const s of ['upcoming', 'in_progress', 'closed', 'completed']) assert.ok(shown.some((c) => status(c, today) === s), s);
  assert.ok(shown.some((c) => c.signupLimit !== null && c.seedSignups >= c.signupLimit && status(c, today) === 'upcoming'), 'full');
  assert.ok(shown.some((c) => c.image) && shown.some((c) => !c.image));
  assert.ok(shown.filter((c) => c.signupQuestion).length >= 4);
  for (const n of [1, 2, 3]) assert.ok(shown.some((c) => c.facilitators.length === n), `${n} facilitators`);
  assert.ok(shown.every((c) => c.facilitators.length >= 1 && c.facilitators.length <= 3));
  assert.ok(new Set(shown.map((c) => c.teamId).filter(Boolean)).size >= 4);
  assert.ok(circles.some((c) => c.draft) && circles.some((c) => c.membersOnly) && circles.some((c) => c.deleted));
  assert.ok(new Set(shown.map((c) => c.language)).size >= 8);
  assert.ok(shown.some((c) => c.latitude === null));
  assert.ok(shown.some((c) => c.endDay === today), 'a circle on its last day');

  assert.equal(TEAMS[1].name, 'Riverbend Public Library');
  const riverbend = shown.filter((c) => c.teamId === 1 && status(c, today) === 'upcoming');
  assert.ok(riverbend.length >= 5 && riverbend.every((c) => c.city === 'Riverbend'));

  const c4821 = circles.find((c) => c.id === 4821);
  assert.equal(c4821.teamId, 1);
  assert.equal(status(c4821, today), 'upcoming');
  assert.ok(c4821.signupLimit > c4821.seedSignups);

  const courses = [...COURSES_BY_ID.values()];
  assert.ok(courses.filter((c) => !c.unlisted && !c.archived).length >= 40);
  assert.ok(courses.some((c) => c.unlisted) && courses.some((c) => c.archived));
  assert.ok(courses.some((c) => c.total_ratings === 0 && c.rating_step_counts === '{}'));
  for (const c of courses) for (const slug of c.topicSlugs) assert.ok(TOPIC_GUIDES[slug], slug);
  for (const id of Object.values(SAMPLE_COURSE_ROLES)) assert.ok(COURSES_BY_ID.has(id));
  for (const id of Object.values(SAMPLE_CIRCLE_ROLES)) assert.ok(CIRCLE_DEFS.has(id));
  assert.ok(!CIRCLE_DEFS.has(999));
});

test('every circle of a team belongs to a seed team in its own city list', () => {
  const circles = buildSeed(today);
  for (const c of circles) if (c.teamId !== null) assert.ok(TEAMS[c.teamId], `circle ${c.id}: team ${c.teamId}`);
  for (const team of Object.values(TEAMS)) {
    const own = circles.filter((c) => c.teamId === team.id);
    if (own.length) assert.ok(own.some((c) => c.city === team.city), `${team.name}: circles in ${team.city}`);
    assert.ok(team.location.startsWith(`${team.city}, `), `${team.name}: location`);
  }
  assert.equal(TEAMS[1].city, 'Riverbend');
});

test('non-ASCII and hostile strings are present', () => {
  const text = JSON.stringify([buildSeed(today), [...COURSES_BY_ID.values()]]);
  for (const s of ['ü', 'ñ', '中文', 'العربية', 'البرمجة', '<img src=x onerror=alert(1)>', 'javascript:alert(1)',
    '\\"><script>alert(1)</script>']) {
    assert.ok(text.includes(s), s);
  }
  const longWord = [...COURSES_BY_ID.values()].some((c) => c.title.split(/\s/).some((w) => w.length > 60));
  assert.ok(longWord, 'a very long unbroken word in a title');
  assert.ok([...COURSES_BY_ID.values()].some((c) => c.caption.includes('<img src=x onerror=alert(1)>')));
});

test('ids, weekdays and statuses are stable day after day (400 days, all DST changes)', () => {
  const first = parseDay('2026-01-01');
  const reference = new Map(buildSeed(first).map((c) => [c.id, c]));
  for (let d = first; d < first + 400; d++) {
    const circles = buildSeed(d);
    assert.equal(circles.length, reference.size);
    for (const c of circles) {
      const def = CIRCLE_DEFS.get(c.id);
      const ref = reference.get(c.id);
      assert.equal(c.endDay - c.startDay, 7 * (c.weeks - 1));
      const kind = def.when[0];
      if (kind !== 'last') assert.equal(c.day, ref.day, `${c.id} weekday`);
      const expected = { up: c.signupFlag ? 'upcoming' : 'closed', cur: c.signupFlag ? 'in_progress' : 'closed', end: 'completed', last: 'in_progress' }[kind];
      assert.equal(status(c, d), expected, `${c.id} on day ${d}`);
      if (kind === 'last') assert.equal(c.endDay, d);
    }
  }
});

test('time zone abbreviations and offsets at the first meeting, like pytz', () => {
  const cases = [
    ['Europe/Berlin', '2026-07-15', '18:00:00', 'CEST', '2026-07-15T18:00:00+02:00'],
    ['Europe/Berlin', '2026-12-15', '18:00:00', 'CET', '2026-12-15T18:00:00+01:00'],
    ['Europe/London', '2026-12-15', '18:30:00', 'GMT', '2026-12-15T18:30:00Z'],
    ['Europe/London', '2026-06-15', '18:30:00', 'BST', '2026-06-15T18:30:00+01:00'],
    ['America/Chicago', '2026-05-05', '18:00:00', 'CDT', '2026-05-05T18:00:00-05:00'],
    ['America/New_York', '2026-03-08', '12:00:00', 'EDT', '2026-03-08T12:00:00-04:00'],
    ['America/New_York', '2026-03-07', '12:00:00', 'EST', '2026-03-07T12:00:00-05:00'],
    ['Australia/Sydney', '2026-01-10', '18:00:00', 'AEDT', '2026-01-10T18:00:00+11:00'],
    ['Australia/Sydney', '2026-07-10', '18:00:00', 'AEST', '2026-07-10T18:00:00+10:00'],
    ['Pacific/Auckland', '2026-12-01', '18:00:00', 'NZDT', '2026-12-01T18:00:00+13:00'],
    ['Africa/Johannesburg', '2026-12-01', '18:00:00', 'SAST', '2026-12-01T18:00:00+02:00'],
    ['America/Sao_Paulo', '2026-12-01', '19:00:00', '-03', '2026-12-01T19:00:00-03:00'],
    ['Asia/Kolkata', '2026-12-01', '10:00:00', 'IST', '2026-12-01T10:00:00+05:30'],
    ['Africa/Nairobi', '2026-12-01', '16:00:00', 'EAT', '2026-12-01T16:00:00+03:00'],
    ['Africa/Lagos', '2026-12-01', '16:00:00', 'WAT', '2026-12-01T16:00:00+01:00'],
  ];
  for (const [zone, date, time, abbr, iso] of cases) {
    const r = localize(zone, parseDay(date), time);
    assert.equal(r.abbreviation, abbr, `${zone} ${date}`);
    assert.equal(r.iso, iso, `${zone} ${date}`);
  }
});

test('the server clock is the UTC date', () => {
  assert.equal(dayNumberOf(new Date('2026-11-28T23:59:59-05:00')), parseDay('2026-11-29'));
});
