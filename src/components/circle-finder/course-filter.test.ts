/**
 * <circle-finder> on one course: where "See learning circles for this course" lands (the address's
 * `lc_course`, or an older link's `course=`), what the patron sees (only that course's circles and a
 * removable chip), a `course-id` preset, a bad value (never sent: P2PU answers 500), and the early
 * start asking for the same search.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './circle-finder.js';
import type { CircleFinder } from './circle-finder.js';
import { CircleFinderHarness } from './circle-finder.harness.js';
import { earlySearchOf } from './early-search.js';
import { circleSearchParams, clearApiCache, resetClients } from '../../api/index.js';
import { localApi } from '../../../test/local-api.js';
import { atAddress, recordFetches, stopRecordingFetches, warningsDuring } from '../../../test/page-helpers.js';

/** The circles of course 1203 (Programming for Everybody) open for signup in the local API. */
const COURSE_1203_OPEN = [4791, 4821];

let requests: URL[] = [];
const searches = () => requests.filter((u) => /\/api\/learningcircles\/$/.test(u.pathname));
const lastSearch = () => searches().at(-1)!.searchParams;
/** The ids of the circles shown, in id order (the list is soonest first). */
const ids = (finder: CircleFinderHarness) => [...finder.circleIds].sort((a, b) => a - b);
/** Words without the isolates (U+2066–U+2069) around API values. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '');



async function open(template: ReturnType<typeof html>) {
  const el = await fixture<CircleFinder>(template);
  const finder = new CircleFinderHarness(el);
  await finder.settled();
  return finder;
}

/** Presses the course's chip and waits for the new search. */
async function removeCourseChip(finder: CircleFinderHarness) {
  finder.query<HTMLButtonElement>('.chip[data-filter^="course:"]')!.click();
  await finder.element.updateComplete;
  await finder.settled();
}

describe('<circle-finder> on one course', () => {
  const api = () => localApi.open;

  beforeEach(() => {
    clearApiCache();
    resetClients();
    requests = recordFetches();
  });

  afterEach(() => {
    stopRecordingFetches();
  });

  it('opened from a course link shows only that course’s circles and a “Course: …” chip; removing it shows all', async () => {
    await atAddress('?lc_course=1203', async () => {
      const finder = await open(html`<circle-finder endpoint=${api()} transport="cors"></circle-finder>`);
      expect(lastSearch().get('course_id')).to.equal('1203');
      expect(ids(finder)).to.deep.equal(COURSE_1203_OPEN);
      expect(finder.cards.every((card) => card.circle.course.id === 1203)).to.equal(true);
      expect(finder.chips.map(plain)).to.deep.equal(['Course: Programming for Everybody']);
      const chip = finder.query('.chip[data-filter^="course:"]')!;
      expect(plain(chip.getAttribute('aria-label'))).to.equal('Remove filter: Course: Programming for Everybody');
      await expect(finder.element).to.be.accessible();

      await removeCourseChip(finder);
      expect(lastSearch().has('course_id')).to.equal(false);
      expect(finder.chips).to.deep.equal([]);
      expect(finder.circleIds.length).to.be.greaterThan(COURSE_1203_OPEN.length);
      expect(finder.cards.some((card) => card.circle.course.id !== 1203)).to.equal(true);
    });
  });

  it('opens links made before (course=1203) the same way', async () => {
    await atAddress('?course=1203', async () => {
      const finder = await open(html`<circle-finder endpoint=${api()} transport="cors"></circle-finder>`);
      expect(lastSearch().get('course_id')).to.equal('1203');
      expect(ids(finder)).to.deep.equal(COURSE_1203_OPEN);
      expect(finder.chips.map(plain)).to.deep.equal(['Course: Programming for Everybody']);
    });
  });

  it('says “This course” while no result has told the title, and offers to remove it when nothing matches', async () => {
    await atAddress('?lc_course=999999', async () => {
      const finder = await open(html`<circle-finder endpoint=${api()} transport="cors"></circle-finder>`);
      expect(lastSearch().get('course_id')).to.equal('999999');
      expect(finder.state).to.equal('empty');
      expect(finder.chips).to.deep.equal(['This course']);
      expect(finder.empty).to.contain('Remove filter: This course');
      await expect(finder.element).to.be.accessible();
    });
  });

  it('with sync-url, removing the chip takes the course out of the address, and Back brings it back', async () => {
    await atAddress('?course=1203&page_id=7', async () => {
      const finder = await open(html`<circle-finder endpoint=${api()} transport="cors" sync-url></circle-finder>`);
      expect(ids(finder)).to.deep.equal(COURSE_1203_OPEN);
      await removeCourseChip(finder);
      const after = new URL(location.href).searchParams;
      expect(after.has('course')).to.equal(false);
      expect(after.has('lc_course')).to.equal(false);
      expect(after.get('page_id')).to.equal('7');

      clearApiCache();
      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      await finder.element.updateComplete;
      await finder.settled();
      expect(lastSearch().get('course_id')).to.equal('1203');
      expect(ids(finder)).to.deep.equal(COURSE_1203_OPEN);
    });
  });

  it('ignores a course value that is no course number: no request error, every course shown, a console note', async () => {
    for (const bad of ['abc', '12.5', '-4', '99999999999']) {
      clearApiCache();
      requests.length = 0;
      await atAddress(`?lc_course=${encodeURIComponent(bad)}`, async () => {
        let finder!: CircleFinderHarness;
        const warnings = await warningsDuring(async () => {
          finder = await open(html`<circle-finder endpoint=${api()} transport="cors"></circle-finder>`);
        });
        expect(searches().some((u) => u.searchParams.has('course_id')), bad).to.equal(false);
        expect(finder.state, bad).to.equal('content');
        expect(finder.error).to.equal(null);
        expect(finder.chips).to.deep.equal([]);
        expect(finder.problem, 'the address is not the page editor’s').to.equal(null);
        expect(warnings.join('\n')).to.contain(`lc_course ${JSON.stringify(bad)} in the page address is not a course number`);
      });
    }
  });

  it('takes course-id as a fixed preset (no chip), and reports a course-id that is no number', async () => {
    const fixed = await open(html`<circle-finder endpoint=${api()} transport="cors" course-id="1203"></circle-finder>`);
    expect(lastSearch().get('course_id')).to.equal('1203');
    expect(ids(fixed)).to.deep.equal(COURSE_1203_OPEN);
    expect(fixed.chips).to.deep.equal([]);

    requests.length = 0;
    const bad = await open(html`<circle-finder endpoint=${api()} transport="cors" course-id="python"></circle-finder>`);
    expect(bad.problem).to.contain('course-id "python" is not a course number');
    expect(lastSearch().has('course_id')).to.equal(false);
    expect(bad.state).to.equal('content');
  });

  it('asks for the same search as the early start, with the course in it', async () => {
    await atAddress('?lc_course=1203&lc_q=python', async () => {
      const finder = await open(html`<circle-finder endpoint=${api()} transport="cors" sync-url></circle-finder>`);
      const early = earlySearchOf(finder.element);
      expect(early.endpoint).to.equal(api());
      expect(circleSearchParams(early.query).toString()).to.equal(lastSearch().toString());
      expect(lastSearch().get('course_id')).to.equal('1203');
      expect(lastSearch().get('q')).to.equal('python');
    });
  });
});
