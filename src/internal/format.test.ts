import { expect } from '@open-wc/testing';
import {
  daysUntil,
  formatClock,
  formatClockRange,
  formatDate,
  formatInViewerZone,
  formatWeekday,
  wallClock,
} from './format.js';

describe('date and time formatting', () => {
  it('writes clock times the way the locale does (12 h in US English, 24 h in German)', () => {
    expect(formatClock('18:00', 'en-US')).to.match(/^6:00\s?PM$/);
    expect(formatClock('18:00', 'de')).to.equal('18:00');
    expect(formatClock('07:05', 'fr')).to.match(/^0?7:05$/);
  });

  it('keeps a circle date on its own calendar day whatever the viewer time zone', () => {
    // a "floating" date: formatted in UTC, so 2026-05-05 is the 5th everywhere
    expect(formatDate('2026-05-05', 'en-US')).to.equal('Tue, May 5, 2026');
    expect(formatDate('2026-05-05', 'es', 'long')).to.contain('5 de mayo de 2026');
    expect(formatWeekday('2026-05-10', 'de')).to.equal('Sonntag');
  });

  it('formats a meeting that runs past midnight as a range that ends the next day', () => {
    const range = formatClockRange('23:00', '00:30', 'en-GB');
    expect(range).to.contain('23:00').and.contain('00:30');
    expect(formatClockRange('18:00', '19:30', 'de')).to.match(/18:00\s?–\s?19:30/);
  });

  it('converts an absolute start to a given viewer zone with its name', () => {
    const text = formatInViewerZone('2026-05-05T18:00:00-05:00', 'en-US', 'Europe/Berlin');
    expect(text).to.match(/Wed,? 1:00\s?AM/);
    expect(text).to.contain('GMT+2');
    expect(formatInViewerZone('not a date', 'en')).to.equal(null);
  });

  it('writes a text it has written before the same way, and never in another language or zone', () => {
    // each text is made once and kept: a kept text must still answer to every input
    for (let round = 0; round < 2; round++) {
      expect(formatClockRange('18:00', '19:30', 'en-US')).to.match(/^6:00\s?–\s?7:30\s?PM$/);
      expect(formatClockRange('18:00', '19:30', 'de')).to.match(/^18:00\s?–\s?19:30( Uhr)?$/);
      expect(formatClockRange('18:00', '20:30', 'de')).to.match(/^18:00\s?–\s?20:30( Uhr)?$/);
      expect(formatDate('2026-05-05', 'en-US', 'long')).to.equal('Tuesday, May 5, 2026');
      expect(formatDate('2026-05-05', 'en-US')).to.equal('Tue, May 5, 2026');
      expect(formatWeekday('2026-05-05', 'fr')).to.equal('mardi');
      expect(formatInViewerZone('2026-05-05T18:00:00-05:00', 'en-US', 'Asia/Tokyo')).to.match(/Wed,? 8:00\s?AM/);
      expect(formatInViewerZone('2026-05-05T18:00:00-05:00', 'en-US', 'America/Chicago')).to.match(/Tue,? 6:00\s?PM/);
    }
  });

  it('rejects malformed dates instead of inventing one', () => {
    expect(wallClock('2026-13-45x')).to.equal(null);
    expect(formatDate('soon', 'en')).to.equal('soon');
  });

  it('counts days to a date on the UTC calendar', () => {
    const today = new Date(Date.UTC(2026, 10, 28, 23, 30));
    expect(daysUntil('2026-11-30', today)).to.equal(2);
    expect(daysUntil('2026-11-27', today)).to.equal(-1);
  });
});
