/**
 * Long result lists in both finders: pages of 100 are rendered a slice at a time (see
 * progressive-list.ts). What a learner notices: every result arrives, in order and once; the
 * summary and focus treat the whole page at once; a new search never shows the old results.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearApiCache, resetClients } from '../api/index.js';
import '../components/circle-finder/circle-finder.js';
import '../components/course-finder/course-finder.js';
import type { CircleFinder } from '../components/circle-finder/circle-finder.js';
import type { CourseFinder } from '../components/course-finder/course-finder.js';
import { CircleFinderHarness } from '../components/circle-finder/circle-finder.harness.js';
import { CourseFinderHarness } from '../components/course-finder/course-finder.harness.js';
import { STUB_ORIGIN, installStubApi } from '../../test/hostile/stub-api.js';
import { FIRST_SLICE } from './progressive-list.js';

const TOTAL = 250;
/** Ids of the results of a search with text (the others start at {@link ALL_FROM}). */
const SEARCHED_FROM = 500_000;
const ALL_FROM = 900_000;

/**
 * Every circle and course search answers {@link TOTAL} results, paged as asked, made from the local
 * API's first result with new ids: from {@link ALL_FROM}, or {@link SEARCHED_FROM} with search text.
 */
function longListApi() {
  const seeds = new Map<string, unknown>();
  return installStubApi({
    rewrite: (body, url) => {
      if (!/^\/api\/(learningcircles|courses)\/$/.test(url.pathname) || url.searchParams.has('id')) return body;
      if (!seeds.has(url.pathname)) seeds.set(url.pathname, body.items[0]);
      const seed = seeds.get(url.pathname) as object;
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 12);
      const from = (url.searchParams.get('q') ? SEARCHED_FROM : ALL_FROM) + offset;
      const items = Array.from({ length: Math.max(0, Math.min(limit, TOTAL - offset)) }, (_, i) => ({ ...seed, id: from + i }));
      return { ...body, count: TOTAL, signup_open_count: TOTAL, offset, limit, items };
    },
  });
}

const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/**
 * Resolves with how many results there are as soon as there are more than `shown` (at once after
 * the update that rendered them, before the next slice).
 */
function moreResults(root: ShadowRoot, selector: string, shown = 0): Promise<number> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const count = root.querySelectorAll(selector).length;
      if (count <= shown) return;
      observer.disconnect();
      resolve(count);
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** Every text the live summary had, in order. */
function summaryTexts(el: HTMLElement, selector: string): string[] {
  const texts: string[] = [];
  const root = el.shadowRoot!;
  const read = () => {
    const text = root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (text !== texts.at(-1)) texts.push(text);
  };
  new MutationObserver(read).observe(root, { childList: true, subtree: true, characterData: true });
  return texts;
}

describe('long result lists in the finders', () => {
  let stub: ReturnType<typeof installStubApi>;

  beforeEach(() => {
    clearApiCache();
    resetClients();
    stub = longListApi();
  });
  afterEach(() => {
    stub.restore();
    clearApiCache();
  });

  it('<circle-finder>: shows the first circles at once and all 100 soon after, with one summary for the page', async () => {
    const el = await fixture<CircleFinder>(html`<circle-finder endpoint=${STUB_ORIGIN} transport="cors" page-size="100" filters="q"></circle-finder>`);
    const texts = summaryTexts(el, '.summary');
    const first = await moreResults(el.shadowRoot!, '.results li[data-id]');
    expect(first).to.equal(FIRST_SLICE);
    const finder = await new CircleFinderHarness(el).settled();
    expect(finder.circleIds).to.deep.equal(ids(ALL_FROM, 100));
    expect(finder.query('.body')!.getAttribute('aria-busy')).to.equal('false');
    const counts = texts.map((t) => /Showing \d+ of \d+/.exec(t)?.[0]).filter(Boolean);
    expect(counts, 'no count of a partly rendered page is announced').to.deep.equal([`Showing 100 of ${TOTAL}`]);
  });

  it('<circle-finder>: "Load more" adds the next 100 in order and moves focus to the first new one', async () => {
    const el = await fixture<CircleFinder>(html`<circle-finder endpoint=${STUB_ORIGIN} transport="cors" page-size="100" filters="q"></circle-finder>`);
    const finder = await new CircleFinderHarness(el).settled();
    finder.loadMoreButton!.focus();
    finder.loadMoreButton!.click();
    await waitUntil(() => finder.focused?.dataset.index === '100', 'focus did not move to the first new circle', { timeout: 6000 });
    await el.updateComplete;
    expect(finder.circleIds).to.deep.equal(ids(ALL_FROM, 200));
    expect(finder.summary).to.contain(`Showing 200 of ${TOTAL}.`);
    const structured = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    // what search engines read is the first page: they press no "Load more"
    expect(JSON.stringify(structured).match(/"@type":"Event"/g), 'structured data for the first page').to.have.length(100);
  });

  it('<circle-finder>: "Load more" as soon as a page starts to show appends the next page, skipping none', async () => {
    const el = await fixture<CircleFinder>(html`<circle-finder endpoint=${STUB_ORIGIN} transport="cors" page-size="100" filters="q"></circle-finder>`);
    const finder = await new CircleFinderHarness(el).settled();
    finder.loadMoreButton!.click();
    await el.updateComplete;
    finder.loadMoreButton!.click(); // a second click while the page is on its way asks for nothing more
    await moreResults(el.shadowRoot!, '.results li[data-id]', 100);
    finder.loadMoreButton!.click(); // at once: the second page may still be rendering
    await waitUntil(() => finder.focused?.dataset.index === '200', 'focus did not move to the first circle of the third page', {
      timeout: 8000,
    });
    await el.updateComplete;
    expect(finder.circleIds).to.deep.equal(ids(ALL_FROM, 250));
    const offsets = stub.requests.filter((r) => r.url.pathname === '/api/learningcircles/').map((r) => r.url.searchParams.get('offset') ?? '0');
    expect(offsets).to.deep.equal(['0', '100', '200']);
  });

  it('<circle-finder>: a long list keeps one grid of columns and rows, with at most six columns', async () => {
    for (const [width, expected] of [
      [1000, 3],
      [2400, 6],
    ]) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: ${width}px"><circle-finder endpoint=${STUB_ORIGIN} transport="cors" page-size="100" filters="q"></circle-finder></div>`,
      );
      const el = wrapper.firstElementChild as CircleFinder;
      await new CircleFinderHarness(el).settled();
      const boxes = [...el.shadowRoot!.querySelectorAll('.results li[data-id]')].map((li) => li.getBoundingClientRect());
      expect(boxes).to.have.length(100);
      const lefts = [...new Set(boxes.map((b) => Math.round(b.left)))].sort((a, b) => a - b);
      expect(lefts, `columns at ${width}px`).to.have.length(expected);
      // every result where one grid would put it (the list is laid out in chunks of 60)
      boxes.forEach((b, i) => expect(Math.round(b.left), `column of result ${i}`).to.equal(lefts[i % expected]));
      const rows = Array.from({ length: Math.ceil(boxes.length / expected) }, (_, r) => boxes.slice(r * expected, (r + 1) * expected));
      const gaps = rows.slice(1).map((row, r) => Math.round(row[0].top - Math.max(...rows[r].map((b) => b.bottom))));
      expect(new Set(gaps).size, `gaps between rows: ${gaps.join(', ')}`).to.equal(1);
      expect(rows.every((row) => row.every((b) => Math.round(b.top) === Math.round(row[0].top))), 'each row on one line').to.equal(true);
    }
  });

  it('<circle-finder>: a new search while a page is rendering shows only the new results', async () => {
    const el = await fixture<CircleFinder>(html`<circle-finder endpoint=${STUB_ORIGIN} transport="cors" page-size="100" filters="q"></circle-finder>`);
    await moreResults(el.shadowRoot!, '.results li[data-id]');
    const finder = new CircleFinderHarness(el);
    const added: number[] = [];
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          // a result, or a chunk of the list with its first results
          const cards = node instanceof HTMLLIElement ? node.querySelectorAll('circle-card') : [];
          for (const card of cards) added.push((card as HTMLElement & { circle: { id: number } }).circle.id);
        }
      }
    }).observe(el.shadowRoot!, { childList: true, subtree: true });
    await finder.search('python');
    await el.updateComplete;
    expect(finder.circleIds).to.deep.equal(ids(SEARCHED_FROM, 100));
    expect(added.filter((id) => id >= ALL_FROM), 'circles of the old search added after the new one started').to.deep.equal([]);
  });

  it('<course-finder>: renders all 100, then "Load more" adds the next ones and focuses the first new course', async () => {
    const el = await fixture<CourseFinder>(html`<course-finder endpoint=${STUB_ORIGIN} transport="cors" page-size="100" filters="q"></course-finder>`);
    const first = await moreResults(el.shadowRoot!, 'course-card');
    expect(first).to.equal(FIRST_SLICE);
    const finder = await new CourseFinderHarness(el).settled();
    expect(finder.courseIds).to.deep.equal(ids(ALL_FROM, 100));
    expect(finder.count).to.equal(`Showing 100 of ${TOTAL} courses`);
    finder.loadMoreButton!.click();
    await waitUntil(() => finder.focused === finder.cards[100], 'focus did not move to the first new course', { timeout: 6000 });
    await el.updateComplete;
    expect(finder.courseIds).to.deep.equal(ids(ALL_FROM, 200));
    expect(finder.part('results')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('<course-finder>: a new search while a page is rendering shows only the new results', async () => {
    const el = await fixture<CourseFinder>(html`<course-finder endpoint=${STUB_ORIGIN} transport="cors" page-size="100" filters="q"></course-finder>`);
    await moreResults(el.shadowRoot!, 'course-card');
    const finder = new CourseFinderHarness(el);
    await finder.search('python');
    await el.updateComplete;
    expect(finder.courseIds).to.deep.equal(ids(SEARCHED_FROM, 100));
  });
});
