import { expect } from '@open-wc/testing';
import { ServerError } from './errors.js';
import type { LearningCircle } from './models.js';
import { normalizeCities, normalizeCircleTopics } from './circle-lookups.js';
import { normalizeCircle, normalizeCirclePage } from './circles.js';
import { normalizeCourseLanguages, normalizeCourseTopics } from './course-lookups.js';
import { normalizeCourse, normalizeCoursePage, parseRatingStepCounts } from './courses.js';
import { safeHttpUrl } from './normalize.js';
import { toSignupBody } from './signup.js';
import { normalizeTeam, normalizeTeams } from './teams.js';
import { sample, sampleIndex } from '../../test/api/helpers.js';

const PAGE = { limit: 20, offset: 0 };
const byId = (items: LearningCircle[], id: number) => items.find((c) => c.id === id)!;

describe('api/normalize: learning circles from real samples', () => {
  let list: LearningCircle[];
  before(async () => {
    list = normalizeCirclePage(await sample('lc-list.json'), PAGE).items;
  });

  it('turns decimal-string coordinates into numbers', () => {
    const capeTown = byId(list, 1);
    expect(capeTown.latitude).to.equal(-33.92487);
    expect(capeTown.longitude).to.be.a('number');
    expect(byId(list, 2).latitude).to.equal(42.34917);
  });

  it('gives the page counts of the open/closed tabs', async () => {
    const page = normalizeCirclePage(await sample('lc-list.json'), PAGE);
    expect(page.count).to.equal(6);
    expect(page.signupOpenCount).to.equal(4);
    expect(page.signupClosedCount).to.equal(2);
    expect(page.items.map((c) => c.id)).to.deep.equal([1, 2, 3, 4, 5, 7]);
  });

  it('computes canSignUp / isFull / seatsLeft for open, limited, full, closed, completed and draft circles', async () => {
    const open = byId(list, 2); // in progress, no limit
    expect([open.status, open.canSignUp, open.isFull, open.seatsLeft]).to.deep.equal(['in_progress', true, false, null]);
    const limited = byId(list, 3); // limit 12, 0 signed up
    expect([limited.canSignUp, limited.isFull, limited.seatsLeft, limited.signupLimit]).to.deep.equal([true, false, 12, 12]);
    const full = byId(list, 7); // limit 2, 2 signed up
    expect([full.status, full.signupOpen, full.isFull, full.seatsLeft, full.canSignUp]).to.deep.equal([
      'upcoming',
      true,
      true,
      0,
      false,
    ]);
    const closed = byId(list, 4);
    expect([closed.status, closed.canSignUp]).to.deep.equal(['closed', false]);
    const completed = byId(list, 5);
    expect([completed.status, completed.signupOpen, completed.canSignUp]).to.deep.equal(['completed', false, false]);
    const draft = normalizeCirclePage(await sample('lc-id-6-draft.json'), PAGE).items[0]!;
    expect([draft.id, draft.draft, draft.signupOpen, draft.status, draft.canSignUp]).to.deep.equal([
      6,
      true,
      true,
      'upcoming',
      false,
    ]);
  });

  it('never reports negative seats when a circle is over-full', async () => {
    const raw = (await sample('lc-list.json')).items[5];
    const over = normalizeCircle({ ...raw, signup_limit: 2, signup_count: 3 })!;
    expect(over.seatsLeft).to.equal(0);
    expect(over.isFull).to.equal(true);
  });

  it('keeps times as HH:MM, derives duration and the UTC offset of the first meeting', () => {
    const c = byId(list, 1);
    expect([c.meetingTime, c.endTime, c.durationMinutes]).to.deep.equal(['18:00', '19:30', 90]);
    expect(c.startDateTime).to.equal('2026-12-08T18:00:00+02:00');
    expect(c.utcOffsetMinutes).to.equal(120);
    expect(byId(list, 2).utcOffsetMinutes).to.equal(-300);
    const lateNight = normalizeCircle({ id: 1, meeting_time: '23:30:00', end_time: '00:45:00' })!;
    expect(lateNight.durationMinutes).to.equal(75);
  });

  it('links the venue website only when it is http(s); "" becomes null', () => {
    expect(byId(list, 1).venueWebsite).to.equal('https://example.org/central-library');
    expect(byId(list, 2).venueWebsite).to.equal(null);
    const hostile = normalizeCircle({ id: 9, venue_website: 'javascript:alert(1)', url: 'data:text/html,x' })!;
    expect(hostile.venueWebsite).to.equal(null);
    expect(hostile.url).to.equal(null);
  });

  it('gives missing optional keys as null and keeps present ones', async () => {
    const c = byId(list, 1);
    expect(c.imageUrl).to.equal(null);
    expect(c.signupQuestion).to.equal(null);
    expect(c.nextMeetingDate).to.equal(null);
    expect(byId(list, 3).signupQuestion).to.equal('What would you like to build with Python?');
    const upcoming = normalizeCirclePage(await sample('lc-scope-upcoming.json'), PAGE).items;
    expect(byId(upcoming, 1).nextMeetingDate).to.equal('2026-12-08');
    const raw = (await sample('lc-list.json')).items[0];
    const withImage = normalizeCircle({ ...raw, image_url: 'http://127.0.0.1:8000/media/x.jpg' })!;
    expect(withImage.imageUrl).to.equal('http://127.0.0.1:8000/media/x.jpg');
  });

  it('keeps facilitators as a list of first names and strings as plain text', async () => {
    expect(byId(list, 2).facilitators).to.deep.equal(['Grace', 'Ada']);
    expect(byId(list, 2).facilitator).to.equal('Grace and Ada');
    const raw = (await sample('lc-list.json')).items[0];
    const html = normalizeCircle({ ...raw, name: '<img src=x onerror=alert(1)>' })!;
    expect(html.name).to.equal('<img src=x onerror=alert(1)>');
  });

  it('removes duplicates by id (lc-q-boston: one circle twice, lc-q-library: 5 rows for 4 circles)', async () => {
    const boston = normalizeCirclePage(await sample('lc-q-boston.json'), PAGE);
    expect(boston.items.map((c) => c.id)).to.deep.equal([2]);
    expect(boston.hasMore).to.equal(false);
    const library = normalizeCirclePage(await sample('lc-q-library.json'), PAGE);
    expect(library.items.map((c) => c.id)).to.deep.equal([1, 2, 3, 5]);
  });

  it('reads paging from the answer and tells whether more pages exist', async () => {
    const first = normalizeCirclePage(await sample('lc-limit2-offset0.json'), { limit: 2, offset: 0 });
    expect([first.offset, first.limit, first.count, first.hasMore]).to.deep.equal([0, 2, 6, true]);
    const past = normalizeCirclePage(await sample('lc-limit2-offset10.json'), { limit: 2, offset: 10 });
    expect([past.items.length, past.hasMore]).to.deep.equal([0, false]);
  });

  it('tolerates an older server without status, signup_limit, signup_count and start_datetime', async () => {
    const raw = { ...(await sample('lc-list.json')).items[0] };
    for (const key of ['status', 'signup_limit', 'signup_count', 'start_datetime']) delete raw[key];
    const now = new Date('2026-11-28T12:00:00Z');
    const c = normalizeCircle(raw, now)!;
    expect([c.status, c.signupLimit, c.signupCount, c.seatsLeft, c.startDateTime, c.utcOffsetMinutes]).to.deep.equal([
      'upcoming',
      null,
      0,
      null,
      null,
      null,
    ]);
    expect(c.canSignUp).to.equal(true);
    const ended = normalizeCircle({ ...raw, signup_open: false, last_meeting_date: '2026-10-19' }, now)!;
    expect(ended.status).to.equal('completed');
    const closed = normalizeCircle({ ...raw, signup_open: false }, now)!;
    expect(closed.status).to.equal('closed');
    const running = normalizeCircle({ ...raw, start_date: '2026-11-01' }, now)!;
    expect(running.status).to.equal('in_progress');
  });

  it('rejects a malformed answer with a ServerError instead of crashing', () => {
    for (const body of [null, 'oops', [], { items: 'x' }, { count: 3 }]) {
      expect(() => normalizeCirclePage(body, PAGE)).to.throw(ServerError, /unexpected/);
    }
    const page = normalizeCirclePage({ count: 2, items: [null, { id: 'x' }, { id: 3 }] }, PAGE);
    expect(page.items.map((c) => c.id)).to.deep.equal([3]);
  });

  it('normalizes every recorded circle list consistently', async () => {
    const rows = (await sampleIndex()).filter(
      (r) => r.method === 'GET' && r.path.startsWith('/api/learningcircles/?') && r.file.endsWith('.json'),
    );
    let checked = 0;
    for (const row of rows) {
      const body = await sample(row.file);
      if (body.status === 'error') continue;
      const page = normalizeCirclePage(body, PAGE);
      checked++;
      const ids = page.items.map((c) => c.id);
      expect(new Set(ids).size, row.name).to.equal(ids.length);
      for (const c of page.items) {
        expect(c.latitude === null || Number.isFinite(c.latitude), row.name).to.equal(true);
        expect(c.url, row.name).to.match(/^https?:\/\//);
        expect(c.meetingTime, row.name).to.match(/^\d\d:\d\d$/);
        expect(c.durationMinutes, row.name).to.be.greaterThan(0);
        expect(c.canSignUp, row.name).to.equal(
          c.signupOpen && !c.draft && !c.isFull && (c.status === 'upcoming' || c.status === 'in_progress'),
        );
      }
    }
    expect(checked).to.be.greaterThan(40);
  });
});

describe('api/normalize: courses from real samples', () => {
  it('parses rating_step_counts and gives unrated courses rating null', async () => {
    const page = normalizeCoursePage(await sample('courses-list.json'), PAGE);
    const python = page.items.find((c) => c.id === 1)!;
    expect(python.rating).to.equal(4.6);
    expect(python.totalRatings).to.equal(14);
    expect(python.ratingStepCounts).to.deep.equal({ 1: 0, 2: 0, 3: 1, 4: 3, 5: 10 });
    const garden = page.items.find((c) => c.id === 4)!;
    expect([garden.rating, garden.totalRatings, garden.ratingStepCounts]).to.deep.equal([null, 0, null]);
  });

  it('maps the other course fields to camelCase with checked URLs', async () => {
    const python = normalizeCoursePage(await sample('courses-list.json'), PAGE).items.find((c) => c.id === 1)!;
    expect(python).to.deep.include({
      title: 'Python for Everybody',
      format: 'Online Course',
      provider: 'University of Michigan',
      creator: 'University of Michigan',
      link: 'https://www.py4e.com/',
      onDemand: true,
      keywords: ['programming', 'python', 'data'],
      topics: ['Programming', 'Data'],
      language: 'en',
      languageDisplay: 'English',
      coursePageUrl: 'http://127.0.0.1:8000/en/course/1/',
      unlisted: false,
      learningCircles: 3,
    });
  });

  it('drops empty keywords and tolerates odd rating_step_counts', () => {
    const c = normalizeCourse({ id: 1, keywords: ['a', '', ' ', 'b'], rating_step_counts: 'not json', overall_rating: 0 })!;
    expect(c.keywords).to.deep.equal(['a', 'b']);
    expect(c.ratingStepCounts).to.equal(null);
    expect(parseRatingStepCounts('{}')).to.equal(null);
    expect(parseRatingStepCounts('{"5": "2"}')).to.deep.equal({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 2 });
    expect(parseRatingStepCounts('[1,2]')).to.equal(null);
  });

  it('pages courses and finds the unlisted course by id', async () => {
    const page = normalizeCoursePage(await sample('courses-limit2-offset1.json'), { limit: 2, offset: 1 });
    expect([page.count, page.offset, page.limit, page.items.length, page.hasMore]).to.deep.equal([5, 1, 2, 2, true]);
    const unlisted = normalizeCoursePage(await sample('courses-course_id-6-unlisted.json'), PAGE).items[0]!;
    expect([unlisted.id, unlisted.unlisted]).to.deep.equal([6, true]);
  });

  it('normalizes every recorded course list consistently', async () => {
    const rows = (await sampleIndex()).filter(
      (r) => r.method === 'GET' && /^\/api\/courses\/(\?|$)/.test(r.path) && r.file.endsWith('.json'),
    );
    let checked = 0;
    for (const row of rows) {
      const body = await sample(row.file);
      if (body.status === 'error') continue;
      const page = normalizeCoursePage(body, PAGE);
      checked++;
      for (const c of page.items) {
        expect(c.rating === null || (c.rating > 0 && c.rating <= 5), row.name).to.equal(true);
        expect(c.rating === null || c.ratingStepCounts !== null, row.name).to.equal(true);
        expect(c.keywords.every((k) => k !== ''), row.name).to.equal(true);
      }
    }
    expect(checked).to.be.greaterThan(20);
  });
});

describe('api/normalize: lookup lists from real samples', () => {
  it('circle topics: keyword + count, most used first, then by name', async () => {
    const topics = normalizeCircleTopics(await sample('lc-topics.json'));
    expect(topics[0]).to.deep.equal({ keyword: 'programming', count: 2 });
    expect(topics.map((t) => t.keyword)).to.deep.equal([
      'programming',
      'communication',
      'data',
      'programación',
      'public speaking',
      'python',
    ]);
  });

  it('cities: de-duplicated by value and sorted', async () => {
    const raw = await sample('lc-cities.json');
    const cities = normalizeCities({ ...raw, items: [{ label: 'Zürich', value: 'Zürich' }, ...raw.items, raw.items[0]] });
    expect(cities.map((c) => c.value)).to.deep.equal([
      'Berlin',
      'Boston',
      'Cambridge',
      'Cape Town',
      'Madrid',
      'Nairobi',
      'Zürich',
    ]);
    expect(cities[0]).to.deep.equal({ value: 'Berlin', label: 'Berlin' });
  });

  it('course topics: slug + title sorted by title', async () => {
    const topics = normalizeCourseTopics(await sample('courses-topics.json'));
    expect(topics.map((t) => t.slug)).to.deep.equal(['communication', 'data', 'gardening', 'programming', 'writing']);
    expect(topics[0]).to.deep.equal({ slug: 'communication', title: 'Communication' });
  });

  it('course languages: sorted by name whatever order the server sends', async () => {
    const languages = normalizeCourseLanguages(await sample('courses-languages-accept-language-fr.json'));
    expect(languages.map((l) => l.code)).to.deep.equal(['en', 'fr', 'es']);
    expect(languages[2]).to.deep.equal({
      code: 'es',
      name: 'Spanish',
      nameLocal: 'español',
      nameTranslated: 'Espagnol',
      bidi: false,
    });
  });

  it('malformed lookup answers are ServerErrors', () => {
    expect(() => normalizeCircleTopics({ topics: [] })).to.throw(ServerError);
    expect(() => normalizeCities({})).to.throw(ServerError);
    expect(() => normalizeCourseLanguages({ languages: {} })).to.throw(ServerError);
  });
});

describe('api/normalize: teams', () => {
  it('normalizes the recorded team list: plain fields, decimal-string coordinates, no HTML', async () => {
    const raw = await sample('teams.json');
    const teams = normalizeTeams(raw);
    expect(teams).to.deep.equal([
      {
        id: 1,
        name: 'Chicago Public Library (demo) 📚',
        subtitle: raw.items[0].subtitle,
        location: 'Chicago, IL, USA',
        circleCount: 6,
        memberCount: 3,
        website: 'https://www.chipublib.org/',
        imageUrl: null,
        logoUrl: null,
        coordinates: { latitude: 41.8781, longitude: -87.6298 },
      },
    ]);
    // the organizers' intro_text (HTML) and the facilitators are not part of a Team
    expect(JSON.stringify(teams)).not.to.contain('<p>');
    expect(JSON.stringify(teams)).not.to.contain('onload');
    // the detail answer holds the same team
    expect(normalizeTeam((await sample('teams-id-1.json')).item)).to.deep.equal(teams[0]);
    expect(normalizeTeams(await sample('teams-image-true.json'))).to.deep.equal([]);
  });

  it('keeps hostile strings as text and links only http(s)', () => {
    const team = normalizeTeam({
      id: 7,
      name: '"><script>alert(\'team\')</script> Friends & Co.',
      subtitle: '<img src=x onerror=alert(1)>',
      location: 'Auckland',
      website: 'javascript:alert(1)',
      image_url: 'data:image/svg+xml,<svg onload=alert(1)>',
      logo_url: '/relative/logo.png',
      intro_text: '<script>alert(2)</script>',
    })!;
    expect(team.name).to.equal('"><script>alert(\'team\')</script> Friends & Co.');
    expect(team.subtitle).to.equal('<img src=x onerror=alert(1)>');
    expect([team.website, team.imageUrl, team.logoUrl, team.coordinates]).to.deep.equal([null, null, null, null]);
    expect(Object.keys(team)).not.to.include('introText');
    expect(normalizeTeam({ id: 8, logo_url: 'https://example.org/logo.svg' })!.logoUrl).to.equal('https://example.org/logo.svg');
  });

  it('skips malformed items, keeps the server order, bounds ids, counts and coordinates', () => {
    const teams = normalizeTeams({
      count: 99,
      items: [
        { id: 3, name: 'Zeta' },
        null,
        'team',
        [],
        { name: 'No id' },
        { id: 0, name: 'Zero' },
        { id: -4, name: 'Negative' },
        { id: 2.5, name: 'Fraction' },
        { id: 2 ** 31, name: 'Too big' },
        { id: 'abc', name: 'Not a number' },
        { id: 2 ** 31 - 1, name: 'Largest', studygroup_count: -3, member_count: 1e308 },
        { id: '5', name: 'Alpha', studygroup_count: '12', member_count: 'many' },
        { id: 3, name: 'Zeta again' },
        { id: 6, coordinates: { latitude: '91', longitude: '0' } },
        { id: 9, coordinates: { latitude: '-33.9', longitude: 18.4 } },
        { id: 10, coordinates: 'somewhere' },
      ],
    });
    expect(teams.map((t) => [t.id, t.name])).to.deep.equal([
      [3, 'Zeta'],
      [2147483647, 'Largest'],
      [5, 'Alpha'],
      [6, ''],
      [9, ''],
      [10, ''],
    ]);
    expect([teams[1]!.circleCount, teams[1]!.memberCount]).to.deep.equal([0, 1_000_000]);
    expect([teams[2]!.circleCount, teams[2]!.memberCount]).to.deep.equal([12, 0]);
    expect(teams[3]!.coordinates, 'off the globe').to.equal(null);
    expect(teams[4]!.coordinates).to.deep.equal({ latitude: -33.9, longitude: 18.4 });
    expect(teams[5]!.coordinates).to.equal(null);
    expect(teams[3]).to.deep.include({ subtitle: '', location: '', website: null });
  });

  it('cuts long text and keeps at most 2,000 teams', () => {
    const teams = normalizeTeams({
      items: [
        { id: 1, name: 'N'.repeat(5000), subtitle: 'S'.repeat(5000), location: 'L'.repeat(5000) },
        ...Array.from({ length: 3000 }, (_, i) => ({ id: i + 2, name: `Team ${i}` })),
      ],
    });
    expect(teams).to.have.length(2000);
    expect(teams[0]!.name.length).to.be.at.most(300);
    expect(teams[0]!.subtitle.length).to.be.at.most(500);
    expect(teams[0]!.location.length).to.be.at.most(300);
  });

  it('an answer of the wrong shape is a ServerError', () => {
    for (const body of [null, [], 'teams', {}, { items: {} }, { item: { id: 1 } }]) {
      expect(() => normalizeTeams(body, 'https://x.test/api/teams/'), JSON.stringify(body)).to.throw(ServerError);
    }
  });
});

describe('api/normalize: safeHttpUrl', () => {
  it('keeps absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://example.org/central-library')).to.equal('https://example.org/central-library');
    expect(safeHttpUrl('  http://127.0.0.1:8000/en/signup/x-1/ ')).to.equal('http://127.0.0.1:8000/en/signup/x-1/');
    expect(safeHttpUrl('HTTPS://EXAMPLE.org')).to.equal('https://example.org/');
  });

  it('rejects hostile, relative and garbage values', () => {
    const hostile = [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/',
      '//evil.example/x',
      '/en/studygroup/1/',
      'example.org',
      'https://',
      'http:///x',
      'https:\\\\evil.example',
      '',
      '   ',
      'not a url',
      null,
      undefined,
      42,
      {},
    ];
    for (const value of hostile) expect(safeHttpUrl(value), String(value)).to.equal(null);
  });
});

describe('api/normalize: toSignupBody', () => {
  it('builds the recorded request body from a camelCase signup', async () => {
    const body = toSignupBody({
      learningCircle: 1,
      name: 'Test Learner',
      email: ' test.learner@example.org ',
      communicationsOptIn: false,
      consent: true,
      signupQuestions: { goals: 'Learn Python', support: 'A friendly group' },
    });
    const recorded = (await sampleIndex()).find((r) => r.name === 'signup-valid-lc1')!;
    expect(body).to.deep.equal(JSON.parse(recorded.request_body!));
  });

  it('cuts the name to 128 characters, cleans the mobile, adds the custom answer only when given', () => {
    const body = toSignupBody({
      learningCircle: 3,
      name: 'x'.repeat(200),
      email: 'a@example.org',
      mobile: '+1 (217) 555-0142',
      consent: true,
      signupQuestions: { goals: 'g', support: 's', customQuestion: ' A weather bot ' },
    });
    expect(body.name.length).to.equal(128);
    expect(body.mobile).to.equal('+12175550142');
    expect(body.signup_questions).to.deep.equal({ goals: 'g', support: 's', custom_question: 'A weather bot' });
    const none = toSignupBody({
      learningCircle: 3,
      name: 'A',
      email: 'a@example.org',
      mobile: ' ',
      consent: true,
      signupQuestions: { goals: 'g', support: 's', customQuestion: '' },
    });
    expect('mobile' in none).to.equal(false);
    expect('custom_question' in none.signup_questions).to.equal(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Bounds (issue 16: D2, D10 and the lengths of text shown). Numbers are written out here, not
// read from LIMITS, so a bound that goes away fails these tests.

describe('api/normalize: bounds for every number, list and text of an answer', () => {
  let raw: Record<string, any>;
  before(async () => {
    raw = { ...(await sample('lc-list.json')).items[0] };
  });

  it('clamps weeks to 0…104 meetings, whatever the server sends (D2)', () => {
    const weeks = (value: unknown) => normalizeCircle({ ...raw, weeks: value })!.weeks;
    expect([weeks(1e308), weeks(3e6), weeks('999999999'), weeks(105)]).to.deep.equal([104, 104, 104, 104]);
    expect([weeks(-5), weeks(6), weeks('12'), weeks('1e308'), weeks(null)]).to.deep.equal([0, 6, 12, 0, 0]);
  });

  it('clamps counts and seats: no 309-digit numbers, a huge seat limit is no limit', () => {
    const huge = normalizeCircle({ ...raw, signup_limit: 1e308, signup_count: 1e308 })!;
    expect(huge.signupLimit).to.equal(null);
    expect(huge.seatsLeft).to.equal(null);
    expect(huge.signupCount).to.equal(1_000_000);
    const full = normalizeCircle({ ...raw, signup_limit: 12, signup_count: 1e308 })!;
    expect([full.isFull, full.seatsLeft, full.canSignUp]).to.deep.equal([true, 0, false]);
    const digits = '9'.repeat(400); // a decimal string that Number() makes Infinity
    expect(normalizeCircle({ ...raw, signup_count: digits })!.signupCount).to.equal(0);
    const course = normalizeCourse({
      id: 1,
      total_ratings: 1e308,
      learning_circles: 1e308,
      overall_rating: 1e308,
      rating_step_counts: JSON.stringify({ 1: 1e308, 5: 3 }),
    })!;
    expect([course.totalRatings, course.learningCircles, course.rating]).to.deep.equal([1_000_000, 1_000_000, 5]);
    expect(course.ratingStepCounts![1]).to.equal(1_000_000);
  });

  it('drops ids that do not survive a URL, coordinates off the globe and offsets no zone has', () => {
    expect(normalizeCircle({ ...raw, id: 1e308 })).to.equal(null);
    expect(normalizeCourse({ id: 2 ** 60 })).to.equal(null);
    const c = normalizeCircle({ ...raw, latitude: '1e308', longitude: 500, start_datetime: '2026-05-05T18:00:00+99:99' })!;
    expect([c.latitude, c.longitude, c.utcOffsetMinutes]).to.deep.equal([null, null, null]);
    expect(normalizeCircle({ ...raw, course: { ...raw.course, id: 1e308 } })!.course.id).to.equal(0);
  });

  it('keeps at most the requested limit of items: 5,000 items for limit=12 give 12 (D10)', () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ ...raw, id: i + 1 }));
    const page = normalizeCirclePage({ count: 5000, items }, { limit: 12, offset: 0 });
    expect(page.items.map((c) => c.id)).to.deep.equal(Array.from({ length: 12 }, (_, i) => i + 1));
    expect([page.limit, page.offset, page.count, page.hasMore]).to.deep.equal([12, 0, 5000, true]);
    const courses = normalizeCoursePage({ count: 5000, items: items.map((_, i) => ({ id: i + 1 })) }, { limit: 3, offset: 0 });
    expect(courses.items).to.have.length(3);
  });

  it('clamps count (1e308) and ends "Load more" when the server sends no items (D10)', () => {
    const first = normalizeCirclePage({ count: 1e308, signup_open_count: 1e308, signup_closed_count: -4, items: [raw] }, {
      limit: 12,
      offset: 0,
    });
    expect(first.count).to.equal(1_000_000);
    expect(String(first.count).length).to.be.at.most(7);
    expect([first.signupOpenCount, first.signupClosedCount]).to.deep.equal([1_000_000, 0]);
    expect(first.hasMore).to.equal(true);
    const empty = normalizeCirclePage({ count: 1e308, items: [] }, { limit: 12, offset: 12 });
    expect(empty.hasMore).to.equal(false);
    // a count below what is shown is raised to it; paging is what was asked, not what is claimed
    const low = normalizeCirclePage({ count: 0, offset: -7, limit: 1e308, items: [raw] }, { limit: 12, offset: 24 });
    expect([low.count, low.offset, low.limit, low.hasMore]).to.deep.equal([25, 24, 12, false]);
  });

  it('cuts text shown at a sane length per field, with an ellipsis, never inside an emoji', () => {
    const long = 'Learning circle '.repeat(1000);
    const c = normalizeCircle({
      ...raw,
      name: long,
      venue: long,
      venue_address: long,
      facilitator: long,
      city: long,
      signup_question: long,
      time_zone: long,
      facilitators: Array.from({ length: 1000 }, () => long),
      course: { ...raw.course, title: long },
    })!;
    for (const [field, max] of [
      ['name', 300],
      ['venue', 300],
      ['city', 300],
      ['venueAddress', 500],
      ['facilitator', 500],
      ['signupQuestion', 1000],
      ['timeZone', 64],
    ] as const) {
      const value = c[field] as string;
      expect(value.length, field).to.be.at.most(max);
      expect(value.length, field).to.be.greaterThan(max - 20);
      expect(value.endsWith('…'), field).to.equal(true);
      expect(long.startsWith(value.slice(0, -1)), field).to.equal(true);
    }
    expect(c.course.title.length).to.be.at.most(300);
    expect(c.facilitators).to.have.length(50);
    expect(c.facilitators[0]!.length).to.be.at.most(300);
    const course = normalizeCourse({ id: 1, caption: long, keywords: Array(500).fill('python'), topics: [long] })!;
    expect(course.caption.length).to.be.within(2900, 3000);
    expect(course.keywords).to.have.length(50);
    expect(course.topics[0]!.length).to.be.at.most(300);
    // a 🐍 (two UTF-16 units) across the cut is left out whole, never cut in two
    for (let pad = 296; pad <= 300; pad++) {
      const name = normalizeCircle({ ...raw, name: `${'a'.repeat(pad)}${'🐍'.repeat(200)}` })!.name;
      expect(name.length, String(pad)).to.be.at.most(300);
      expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(name), `a half emoji at ${pad}`).to.equal(false);
    }
    // short text is left exactly as sent
    expect(normalizeCircle({ ...raw, name: 'Python 🐍 at Riverside' })!.name).to.equal('Python 🐍 at Riverside');
  });

  it('bounds the look-up lists; drops identifiers too long to be real, cuts their labels', () => {
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`topic ${i}`, i]));
    const topics = normalizeCircleTopics({ topics: { ...many, ['x'.repeat(5000)]: 1e308 } });
    expect(topics).to.have.length(2000);
    expect(topics[0]).to.deep.equal({ keyword: 'topic 4999', count: 4999 }); // the most used are kept
    const cities = normalizeCities({
      items: [
        { value: 'y'.repeat(5000), label: 'Too long to filter by' },
        { value: 'Riverbend', label: 'R'.repeat(5000) },
        ...Array.from({ length: 3000 }, (_, i) => ({ value: `City ${i}`, label: `City ${i}` })),
      ],
    });
    expect(cities).to.have.length(2000);
    expect(cities.some((c) => c.value.length > 300)).to.equal(false);
    const riverbend = cities.find((c) => c.value === 'Riverbend')!;
    expect(riverbend.label.length).to.be.at.most(300);
    const courseTopics = normalizeCourseTopics({ topics: { ['s'.repeat(5000)]: 'Long', gardening: 'G'.repeat(5000) } });
    expect(courseTopics.map((t) => t.slug)).to.deep.equal(['gardening']);
    expect(courseTopics[0]!.title.length).to.be.at.most(300);
    const languages = normalizeCourseLanguages({
      languages: [
        { code: 'z'.repeat(5000), name: 'Bad' },
        { code: 'en', name: 'E'.repeat(5000) },
      ],
    });
    expect(languages.map((l) => l.code)).to.deep.equal(['en']);
    expect(languages[0]!.name.length).to.be.at.most(300);
  });

  it('drops URLs too long to be real ones', () => {
    const long = `https://example.org/${'a'.repeat(3000)}`;
    expect(safeHttpUrl(long)).to.equal(null);
    expect(normalizeCircle({ ...raw, url: long, image_url: long })!.url).to.equal(null);
    expect(safeHttpUrl('https://example.org/a')).to.equal('https://example.org/a');
  });

  it('never cuts what a learner typed into a signup', () => {
    const goals = 'I want to learn. '.repeat(100);
    expect(toSignupBody({ ...VALID, signupQuestions: { goals, support: goals } }).signup_questions).to.deep.equal({
      goals: goals.trim(),
      support: goals.trim(),
    });
  });
});

const VALID = {
  learningCircle: 1,
  name: 'Test Learner',
  email: 'test.learner@example.org',
  consent: true,
  signupQuestions: { goals: 'g', support: 's' },
};
