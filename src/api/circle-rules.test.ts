import { expect } from '@open-wc/testing';
import {
  closedReason,
  learnerStatus,
  meetingDates,
  meetingInstant,
  meetingsAhead,
  seatsLeft,
  viewerLocalMeeting,
  type ViewerOffset,
} from './circle-rules.js';
import type { LearningCircle } from './models.js';
import { normalizeCircle, normalizeCirclePage } from './circles.js';
import { sample } from '../../test/api/helpers.js';
import { circleFixture } from '../../test/circle-card-fixtures.js';

/** Real answers of P2PU (recorded 2026-11), normalized as the widgets get them. */
async function recorded(): Promise<Map<number, LearningCircle>> {
  const page = normalizeCirclePage(await sample('lc-list.json'), { limit: 20, offset: 0 });
  const draft = normalizeCirclePage(await sample('lc-id-6-draft.json'), { limit: 1, offset: 0 });
  return new Map([...page.items, ...draft.items].map((c) => [c.id, c]));
}

const at = (iso: string) => new Date(iso);
/** A viewer whose clock is always `minutes` from UTC. */
const viewerAt = (minutes: number): ViewerOffset => () => minutes;

describe('api/circle-rules', () => {
  let real: Map<number, LearningCircle>;
  const circle = (id: number) => real.get(id)!;
  before(async () => {
    real = await recorded();
  });

  describe('learnerStatus: the state a learner sees', () => {
    it('names each recorded circle', () => {
      const now = at('2026-11-20T12:00:00Z');
      expect([1, 2, 3, 4, 5, 6, 7].map((id) => [id, learnerStatus(circle(id), now)])).to.deep.equal([
        [1, 'open'],
        [2, 'in-progress'],
        [3, 'open'],
        [4, 'closed'],
        [5, 'completed'],
        [6, 'draft'],
        [7, 'full'],
      ]);
    });

    it('says "starting soon" up to 7 days before the first meeting', () => {
      const weekend = circle(3); // first meeting 2026-12-05
      expect(learnerStatus(weekend, at('2026-11-27T23:00:00Z'))).to.equal('open'); // 8 days
      expect(learnerStatus(weekend, at('2026-11-28T00:00:00Z'))).to.equal('starting-soon'); // 7 days
      expect(learnerStatus(weekend, at('2026-12-05T09:00:00Z'))).to.equal('starting-soon');
    });

    it('puts drafts, then ended, then closed, then full before the dates', () => {
      const soon = { startInDays: 2 };
      expect(learnerStatus(circleFixture({ ...soon, draft: true, signupCount: 12 }))).to.equal('draft');
      expect(learnerStatus(circleFixture({ ...soon, status: 'completed', signupCount: 12 }))).to.equal('completed');
      expect(learnerStatus(circleFixture({ ...soon, status: 'closed', signupCount: 12 }))).to.equal('closed');
      expect(learnerStatus(circleFixture({ ...soon, signupCount: 12 }))).to.equal('full');
      expect(learnerStatus(circleFixture(soon))).to.equal('starting-soon');
      expect(learnerStatus(circleFixture({ startInDays: -7 }))).to.equal('in-progress');
      expect(learnerStatus(circleFixture({ startInDays: 20 }))).to.equal('open');
      expect(learnerStatus(circleFixture({ startDate: 'not a date', status: 'upcoming' }))).to.equal('open');
    });
  });

  describe('closedReason: why signup is closed', () => {
    it('gives a reason exactly for the recorded circles P2PU does not take signups for', () => {
      expect([1, 2, 3, 4, 5, 6, 7].map((id) => [id, closedReason(circle(id))])).to.deep.equal([
        [1, null],
        [2, null],
        [3, null],
        [4, 'closed'],
        [5, 'completed'],
        [6, 'draft'],
        [7, 'full'],
      ]);
      for (const c of real.values()) expect(closedReason(c) === null, `circle ${c.id}`).to.equal(c.canSignUp);
    });

    it('knows a circle on its last day: listed as open and in progress, signup closed', () => {
      // P2PU's in_progress needs signup on; its signup_open also needs the last meeting after today
      const lastDay = circleFixture({ startInDays: -21, weeks: 4, signupOpen: false });
      expect(lastDay.status).to.equal('in_progress');
      expect(closedReason(lastDay)).to.equal('last-day');
      expect(learnerStatus(lastDay)).to.equal('closed');
      expect(closedReason(circleFixture({ startInDays: -21, weeks: 4 }))).to.equal(null);
    });

    it('treats signup switched off as closed, even before the circle starts', () => {
      expect(closedReason(circleFixture({ signupOpen: false, status: 'upcoming' }))).to.equal('closed');
      expect(learnerStatus(circleFixture({ signupOpen: false, startInDays: 3 }))).to.equal('closed');
      expect(closedReason(circleFixture({ canSignUp: false }))).to.equal('closed');
      expect(closedReason(circleFixture({ draft: true, status: 'completed' }))).to.equal('draft');
      expect(closedReason(circleFixture({ startInDays: -7 }))).to.equal(null);
    });
  });

  describe('seatsLeft', () => {
    it('is null without a limit, the free seats with one, and 0 when full', () => {
      expect(seatsLeft(circle(1))).to.equal(null);
      expect(seatsLeft(circle(3))).to.equal(12);
      expect(seatsLeft(circle(7))).to.equal(0);
      expect(seatsLeft(circleFixture({ signupLimit: 12, signupCount: 11 }))).to.equal(1);
      expect(seatsLeft(circleFixture({ signupLimit: 12, signupCount: 15 }))).to.equal(0);
      // a circle object given by a page may disagree with itself: full wins
      expect(seatsLeft({ ...circleFixture({ signupLimit: 12, signupCount: 3 }), isFull: true })).to.equal(0);
    });
  });

  describe('meetings', () => {
    it('lists every weekly meeting date, across the year end', () => {
      expect(meetingDates(circle(1))).to.deep.equal([
        '2026-12-08',
        '2026-12-15',
        '2026-12-22',
        '2026-12-29',
        '2027-01-05',
        '2027-01-12',
      ]);
      expect(meetingDates(circleFixture({ startDate: '2026-05-05', weeks: 0 }))).to.deep.equal(['2026-05-05']);
      expect(meetingDates(circleFixture({ startDate: '' }))).to.deep.equal([]);
    });

    it('keeps the meetings ahead by the circle’s own date, today’s included', () => {
      const speaking = circle(2); // Wednesdays from 2026-11-11, 17:30 at UTC-05:00, 8 meetings
      expect(meetingsAhead(speaking, at('2026-11-01T00:00:00Z'))).to.have.length(8);
      // 03:00 UTC on the 26th is still the 25th in the circle's zone: that day's meeting is ahead
      expect(meetingsAhead(speaking, at('2026-11-26T03:00:00Z'))[0]).to.equal('2026-11-25');
      expect(meetingsAhead(speaking, at('2026-11-26T06:00:00Z'))[0]).to.equal('2026-12-02');
      // all past: the last one
      expect(meetingsAhead(speaking, at('2027-03-01T00:00:00Z'))).to.deep.equal(['2026-12-30']);
    });

    it('knows when a meeting starts: the recorded first one, later ones at its offset', () => {
      const online = circle(7); // Sundays 11:00 at UTC+01:00
      expect(meetingInstant(online)!.toISOString()).to.equal('2026-12-06T10:00:00.000Z');
      expect(meetingInstant(online, '2026-12-13')!.toISOString()).to.equal('2026-12-13T10:00:00.000Z');
      expect(meetingInstant({ ...online, startDateTime: null, utcOffsetMinutes: null })).to.equal(null);
      expect(meetingInstant({ ...online, meetingTime: null }, '2026-12-13')).to.equal(null);
    });
  });

  describe('viewerLocalMeeting: an online meeting in the viewer’s own zone', () => {
    it('is the meeting’s instant when the viewer’s clock differs from the circle’s', () => {
      const online = circle(7);
      expect(viewerLocalMeeting(online, online.startDate, viewerAt(-300))!.toISOString()).to.equal('2026-12-06T10:00:00.000Z');
      expect(viewerLocalMeeting(online, '2026-12-20', viewerAt(-300))!.toISOString()).to.equal('2026-12-20T10:00:00.000Z');
    });

    it('is null when the clocks agree, for a circle in a place, and when the instant is unknown', () => {
      const online = circle(7);
      expect(viewerLocalMeeting(online, online.startDate, viewerAt(60))).to.equal(null);
      expect(viewerLocalMeeting(circle(1), circle(1).startDate, viewerAt(-300))).to.equal(null);
      const noOffset = normalizeCircle({ ...sampleOf(online), start_datetime: '2026-12-06T11:00:00' })!;
      expect(noOffset.utcOffsetMinutes).to.equal(null);
      expect(viewerLocalMeeting(noOffset, noOffset.startDate, viewerAt(-300))).to.equal(null);
    });

    it('asks the viewer’s offset at the meeting itself (summer time may start in between)', () => {
      const online = circleFixture({ online: true, startDate: '2026-03-01', utcOffsetMinutes: 0, meetingTime: '18:00', weeks: 6 });
      const viewer: ViewerOffset = (instant) => (instant >= at('2026-03-29T01:00:00Z') ? 60 : 0); // London
      expect(viewerLocalMeeting(online, '2026-03-22', viewer)).to.equal(null);
      expect(viewerLocalMeeting(online, '2026-03-29', viewer)!.toISOString()).to.equal('2026-03-29T18:00:00.000Z');
    });
  });
});

/** A normalized circle back in the API's raw shape (the keys normalizeCircle reads for these tests). */
function sampleOf(c: LearningCircle): Record<string, unknown> {
  return {
    id: c.id,
    name: c.name,
    online: c.online,
    start_date: c.startDate,
    start_datetime: c.startDateTime,
    meeting_time: c.meetingTime,
    end_time: c.endTime,
    weeks: c.weeks,
    last_meeting_date: c.lastMeetingDate,
    signup_open: c.signupOpen,
    status: c.status,
  };
}

describe('api/circle-rules: unbounded weeks (issue 16, D2)', () => {
  it('lists at most 104 meetings, even for a circle that skipped the normalizer', () => {
    for (const weeks of [1e308, 3e6, Infinity]) {
      const circle = circleFixture({ startDate: '2026-05-05', lastMeetingDate: '2026-06-09', status: 'in_progress', weeks });
      const dates = meetingDates(circle);
      expect(dates, String(weeks)).to.have.length(104);
      expect(dates.at(-1)).to.equal('2028-04-25');
      expect(meetingsAhead(circle, at('2026-06-01T12:00:00Z'))[0]).to.equal('2026-06-02');
    }
  });

  it('normalizes weeks: 1e308 becomes 104 meetings', async () => {
    const raw = (await sample('lc-list.json')).items[0];
    const circle = normalizeCircle({ ...raw, weeks: 1e308 })!;
    expect(circle.weeks).to.equal(104);
    expect(meetingDates(circle)).to.have.length(104);
  });
});
