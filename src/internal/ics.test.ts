import { expect } from '@open-wc/testing';
import { buildIcs, escapeText, foldLine, icsFileName, type IcsSeries } from './ics.js';
import { weeklyDates } from '../api/index.js';
import { unfold, values } from '../../test/ics.js';

const series = (overrides: Partial<IcsSeries> = {}): IcsSeries => ({
  circleId: 4821,
  title: 'Learning circle: Python at Riverside',
  location: 'Riverside Branch Library, 930 E Monroe St, Riverbend',
  url: 'https://learningcircles.p2pu.org/en/signup/riverside-4821/',
  startDate: '2026-05-05',
  startTime: '18:00',
  durationMinutes: 90,
  utcOffsetMinutes: -300,
  count: 6,
  ...overrides,
});

describe('.ics for a learning circle', () => {
  it('writes one event per weekly meeting, in UTC from the circle offset', () => {
    const ics = buildIcs(series(), new Date(Date.UTC(2026, 3, 28, 9, 30, 15, 500)));
    expect(values(ics, 'DTSTART')).to.deep.equal([
      '20260505T230000Z',
      '20260512T230000Z',
      '20260519T230000Z',
      '20260526T230000Z',
      '20260602T230000Z',
      '20260609T230000Z',
    ]);
    expect(values(ics, 'DTEND')[0]).to.equal('20260506T003000Z');
    expect(values(ics, 'DTSTAMP')).to.have.length(6);
    expect(values(ics, 'DTSTAMP')[0]).to.equal('20260428T093015Z');
    expect(new Set(values(ics, 'UID')).size).to.equal(6);
    expect(values(ics, 'UID')[0]).to.equal('p2pu-circle-4821-20260505@learningcircles.p2pu.org');
  });

  it('moves a meeting to the next UTC day, or the previous one, as the offset requires', () => {
    expect(values(buildIcs(series({ startDate: '2026-12-08', utcOffsetMinutes: -360, count: 1 })), 'DTSTART')).to.deep.equal([
      '20261209T000000Z',
    ]);
    expect(
      values(buildIcs(series({ startDate: '2026-04-22', startTime: '01:30', utcOffsetMinutes: 120, count: 1 })), 'DTSTART'),
    ).to.deep.equal(['20260421T233000Z']);
    // India: +05:30
    expect(
      values(buildIcs(series({ startDate: '2026-04-22', startTime: '17:00', utcOffsetMinutes: 330, count: 1 })), 'DTSTART'),
    ).to.deep.equal(['20260422T113000Z']);
  });

  it("keeps the first meeting's offset for every meeting (P2PU gives no other)", () => {
    // Chicago leaves daylight saving time on Nov 1; the API only knew the first meeting's -05:00.
    const ics = buildIcs(series({ startDate: '2026-10-20', count: 3 }));
    expect(values(ics, 'DTSTART')).to.deep.equal(['20261020T230000Z', '20261027T230000Z', '20261103T230000Z']);
  });

  it('leaves out meetings before "from", for a circle already running', () => {
    const ics = buildIcs(series({ from: '2026-05-20' }));
    expect(values(ics, 'DTSTART')).to.deep.equal(['20260526T230000Z', '20260602T230000Z', '20260609T230000Z']);
  });

  it('writes floating local times when the offset is unknown, and a one-hour meeting when the length is', () => {
    const ics = buildIcs(series({ utcOffsetMinutes: null, durationMinutes: null, count: 1 }));
    expect(values(ics, 'DTSTART')).to.deep.equal(['20260505T180000']);
    expect(values(ics, 'DTEND')).to.deep.equal(['20260505T190000']);
  });

  it('uses CRLF line endings only and wraps the events in one calendar', () => {
    const ics = buildIcs(series({ description: 'Line one\nLine two' }));
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.equal(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics).to.contain('PRODID:');
    expect(unfold(ics)).to.contain('DESCRIPTION:Line one\\nLine two');
  });

  it('escapes text as RFC 5545 asks', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).to.equal('a\\,b\\;c\\\\d\\ne\\nf');
    const ics = unfold(buildIcs(series({ title: 'Maths; the basics, again', count: 1 })));
    expect(values(ics, 'SUMMARY')).to.deep.equal(['Maths\\; the basics\\, again']);
    expect(values(ics, 'LOCATION')).to.deep.equal(['Riverside Branch Library\\, 930 E Monroe St\\, Riverbend']);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = `SUMMARY:${'Écrire pour le web à Montréal — '.repeat(8)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).to.be.greaterThan(3);
    const encoder = new TextEncoder();
    for (const line of lines) expect(encoder.encode(line).length).to.be.at.most(75);
    lines.slice(1).forEach((line) => expect(line.startsWith(' ')).to.equal(true));
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).to.equal(long);
    expect(foldLine('SHORT:line')).to.equal('SHORT:line');
  });

  it('lists weekly dates across month and year ends', () => {
    expect(weeklyDates('2026-12-22', 3)).to.deep.equal(['2026-12-22', '2026-12-29', '2027-01-05']);
    expect(weeklyDates('not a date', 3)).to.deep.equal([]);
  });

  it('names the file after the circle, safely', () => {
    expect(icsFileName('Python at Riverside', 4821)).to.equal('python-at-riverside.ics');
    expect(icsFileName('<img src=x onerror=alert(1)>', 4772)).to.equal('img-src-x-onerror-alert-1.ics');
    expect(icsFileName('Écrire pour le web à Montréal', 4775)).to.equal('écrire-pour-le-web-à-montréal.ics');
    expect(icsFileName('../../etc/passwd', 1)).to.equal('etc-passwd.ics');
    expect(icsFileName('!!!', 5)).to.equal('learning-circle-5.ics');
    expect(icsFileName('x'.repeat(200), 5)).to.have.length(64);
  });
});

describe('.ics for a circle with an absurd number of meetings (issue 16, D2)', () => {
  it('writes at most 104 meetings and never throws', () => {
    for (const count of [1e308, 3e6, Infinity, Number.MAX_SAFE_INTEGER]) {
      let ics = '';
      expect(() => (ics = buildIcs(series({ count })))).not.to.throw();
      expect(values(ics, 'DTSTART'), String(count)).to.have.length(104);
    }
    expect(weeklyDates('2026-05-05', 1e308)).to.have.length(104);
    expect(weeklyDates('2026-05-05', -3)).to.deep.equal(['2026-05-05']);
    expect(weeklyDates('2026-05-05', Number.NaN)).to.deep.equal(['2026-05-05']);
  });
});
