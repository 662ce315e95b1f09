import { expect } from '@open-wc/testing';
import {
  DEFAULT_PAGE_SIZE,
  circleSearchParams,
  cleanSearchText,
  courseSearchParams,
  serverWeekday,
} from './params.js';
import { sample } from '../../test/api/helpers.js';

const entries = (p: URLSearchParams) => Object.fromEntries(p);

describe('api/params: circleSearchParams', () => {
  it('always sends limit (default page size 20), even for an empty query', () => {
    expect(DEFAULT_PAGE_SIZE).to.equal(20);
    expect(circleSearchParams().toString()).to.equal('limit=20');
    expect(circleSearchParams({}).toString()).to.equal('limit=20');
    expect(circleSearchParams({ limit: 5 }).get('limit')).to.equal('5');
  });

  it('omits empty, null, blank and [] parameters (the server answers 500 to several of them)', () => {
    const p = circleSearchParams({
      q: '',
      topics: [],
      weekdays: [],
      city: '   ',
      teamId: null,
      courseId: '',
      id: undefined,
      signup: null,
      order: null,
      scope: null,
      online: null,
      active: null,
      latitude: null,
      longitude: null,
    });
    expect(entries(p)).to.deep.equal({ limit: '20' });
    expect(p.toString()).not.to.match(/=(&|$)/);
  });

  it('drops a punctuation-only q and trims a real one', () => {
    for (const q of ['-', '!!', '...', ' - ', "'()|&:=,.<>@", '\t\n']) {
      expect(circleSearchParams({ q }).has('q'), JSON.stringify(q)).to.equal(false);
    }
    expect(circleSearchParams({ q: '  python  ' }).get('q')).to.equal('python');
    expect(circleSearchParams({ q: 'c++' }).get('q')).to.equal('c++');
    expect(circleSearchParams({ q: 'zzz-nomatch' }).get('q')).to.equal('zzz-nomatch');
    expect(cleanSearchText('@home')).to.equal('@home');
  });

  it('sends Sunday as -1 (the server never matches 6) and keeps Mon–Sat as 0–5', async () => {
    expect(serverWeekday(6)).to.equal(-1);
    expect([0, 1, 2, 3, 4, 5].map((d) => serverWeekday(d as 0))).to.deep.equal([0, 1, 2, 3, 4, 5]);
    expect(circleSearchParams({ weekdays: [6] }).get('weekdays')).to.equal('-1');
    expect(circleSearchParams({ weekdays: [2, 0, 6, 0] }).get('weekdays')).to.equal('0,2,-1');
    // Why: the real server's answer to weekdays=6 is empty although a Sunday circle exists.
    const sunday = await sample('lc-weekdays-6-sunday.json');
    const all = await sample('lc-list.json');
    expect(sunday.count).to.equal(0);
    expect(all.items.some((c: { day: string }) => c.day === 'Sunday')).to.equal(true);
  });

  it('ignores weekday values outside 0–6', () => {
    expect(circleSearchParams({ weekdays: [7, -1, 1.5, NaN] }).has('weekdays')).to.equal(false);
    expect(circleSearchParams({ weekdays: [7, 3] }).get('weekdays')).to.equal('3');
  });

  it('joins lists with commas in one parameter, without blanks or repeats', () => {
    const p = circleSearchParams({ topics: ['python', ' ', 'gardening', 'python'] });
    expect(p.getAll('topics')).to.deep.equal(['python,gardening']);
    expect(p.toString()).to.contain('topics=python%2Cgardening');
    expect(circleSearchParams({ topics: 'python' as unknown as string[] }).has('topics')).to.equal(false);
  });

  it('clamps paging: never a negative or fractional limit/offset', () => {
    expect(entries(circleSearchParams({ limit: -5, offset: -10 }))).to.deep.equal({ limit: '1' });
    expect(entries(circleSearchParams({ limit: 10.7, offset: 20.2 }))).to.deep.equal({ limit: '10', offset: '20' });
    expect(circleSearchParams({ limit: NaN }).get('limit')).to.equal('20');
    expect(circleSearchParams({ offset: 0 }).has('offset')).to.equal(false);
  });

  it('sends the location box only with both coordinates, and distance only with them', () => {
    expect(entries(circleSearchParams({ latitude: 42.3601, longitude: -71.0589, distanceKm: 10 }))).to.deep.equal({
      latitude: '42.3601',
      longitude: '-71.0589',
      distance: '10',
      limit: '20',
    });
    expect(entries(circleSearchParams({ latitude: 42.3601, distanceKm: 10 }))).to.deep.equal({ limit: '20' });
    expect(entries(circleSearchParams({ latitude: NaN, longitude: 3 }))).to.deep.equal({ limit: '20' });
  });

  it('maps every other field to the server name, booleans as true/false', () => {
    const p = circleSearchParams({
      city: 'Montréal',
      teamId: 1,
      courseId: '3',
      id: 6,
      signup: 'open',
      active: false,
      scope: 'upcoming',
      online: true,
      order: 'first_meeting_date',
      limit: 10,
      offset: 30,
    });
    expect(entries(p)).to.deep.equal({
      id: '6',
      city: 'Montréal',
      team_id: '1',
      course_id: '3',
      signup: 'open',
      active: 'false',
      scope: 'upcoming',
      online: 'true',
      order: 'first_meeting_date',
      limit: '10',
      offset: '30',
    });
  });

  it('drops ids that are not whole numbers (the server answers 500 to id=abc)', () => {
    expect(circleSearchParams({ id: 'abc' }).has('id')).to.equal(false);
    expect(circleSearchParams({ teamId: -1 }).has('team_id')).to.equal(false);
    expect(circleSearchParams({ courseId: 1.5 }).has('course_id')).to.equal(false);
    expect(circleSearchParams({ id: ' 7 ' }).get('id')).to.equal('7');
  });

  it('gives identical URLs for equal queries whatever the property order', () => {
    const a = circleSearchParams({ q: 'python', signup: 'open', limit: 10, order: 'name' }).toString();
    const b = circleSearchParams({ order: 'name', limit: 10, signup: 'open', q: ' python' }).toString();
    expect(a).to.equal(b);
  });
});

describe('api/params: courseSearchParams', () => {
  it('always sends limit and omits empties', () => {
    expect(courseSearchParams().toString()).to.equal('limit=20');
    expect(entries(courseSearchParams({ q: '...', topics: [], languages: [''], order: null }))).to.deep.equal({
      limit: '20',
    });
  });

  it('builds the recorded combined course search', () => {
    const p = courseSearchParams({
      q: 'python',
      topics: ['programming'],
      languages: ['en'],
      order: 'overall_rating',
      limit: 5,
      offset: 0,
    });
    expect(entries(p)).to.deep.equal({
      q: 'python',
      topics: 'programming',
      languages: 'en',
      order: 'overall_rating',
      limit: '5',
    });
    expect(courseSearchParams({ languages: ['en', 'fr'] }).get('languages')).to.equal('en,fr');
    expect(courseSearchParams({ courseId: 6 }).get('course_id')).to.equal('6');
    expect(courseSearchParams({ limit: -1, offset: -1 }).toString()).to.equal('limit=1');
  });
});
