import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearApiCache, resetClients } from '../../api/index.js';
import { clearFaults, injectFault, localApi } from '../../../test/local-api.js';
import { CourseFinderHarness } from './course-finder.harness.js';
import { spilledResults } from '../../../test/page-helpers.js';
import type { CourseCard } from '../course-card/course-card.js';
import type { CourseFinder } from './course-finder.js';
import './course-finder.js';

const root = (el: CourseFinder) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: CourseFinder, selector: string) => root(el).querySelector<T>(selector);
const cards = (el: CourseFinder) => [...root(el).querySelectorAll<CourseCard>('course-card')];
const ids = (el: CourseFinder) => cards(el).map((c) => c.course!.id);
const countText = (el: CourseFinder) => ($(el, '[part=count]')?.textContent ?? '').trim();

/** Course-list requests the finder made (not topics/languages), as their query parameters. */
let searches: URLSearchParams[] = [];
/** When each of those requests was made (performance.now()). */
let searchTimes: number[] = [];
const realFetch = window.fetch;
/** Rewrites a course-list answer before the finder reads it (to simulate server quirks). */
let rewrite: ((url: URL, body: { items: { id: number }[] }) => void) | null = null;

function spyFetch() {
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const isList = url.pathname.endsWith('/api/courses/');
    if (isList) {
      searches.push(url.searchParams);
      searchTimes.push(performance.now());
    }
    const response = await realFetch(input, init);
    if (!isList || !rewrite) return response;
    const body = await response.json();
    rewrite(url, body);
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
}

const last = () => searches.at(-1)!;

async function settled(el: CourseFinder) {
  const done = () =>
    !$(el, '.skeletons') &&
    !$(el, '.results.stale') &&
    Boolean($(el, '[part=results]') || $(el, '[part=empty]') || $(el, '[part=error]'));
  await waitUntil(done, 'the finder did not settle', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Runs `action` and waits for the search it starts to finish. */
async function searched(el: CourseFinder, action: () => void) {
  const done = oneEvent(el, 'p2pu-course-search');
  action();
  await done;
  await el.updateComplete;
}

async function finder(template: ReturnType<typeof html>) {
  return settled(await fixture<CourseFinder>(template));
}

/** Types into the search box as a person does, one key at a time. */
async function type(el: CourseFinder, value: string) {
  const input = $<HTMLInputElement>(el, '[part=search-input]')!;
  input.focus();
  await sendKeys({ type: value });
}

/** Chooses the entry of the topic or language menu whose words start with `label`, as a patron does. */
async function choose(el: CourseFinder, menu: 'topics' | 'languages', label: string) {
  const finder = new CourseFinderHarness(el);
  await finder.listLoaded(menu);
  const option = finder.options(menu).find((o) => o.label.startsWith(label));
  if (!option) throw new Error(`no choice "${label}"`);
  const select = finder.select(menu)!;
  select.value = option.value;
  select.dispatchEvent(new Event('change'));
}

/** Every control a patron can point at (buttons, links, fields, menus), in the finder and its cards. */
function controls(el: CourseFinder): HTMLElement[] {
  const inRoot = (r: ShadowRoot): HTMLElement[] => [
    ...r.querySelectorAll<HTMLElement>('a[href], button, input, select'),
    ...[...r.querySelectorAll('course-card')].flatMap((card) => inRoot(card.shadowRoot!)),
  ];
  return inRoot(root(el)).filter((c) => c.getClientRects().length > 0);
}

describe('<course-finder>', () => {
  const startUrl = location.href;

  beforeEach(() => {
    clearApiCache();
    resetClients();
    searches = [];
    searchTimes = [];
    rewrite = null;
    spyFetch();
  });
  afterEach(async () => {
    window.fetch = realFetch;
    history.replaceState(null, '', startUrl);
    await clearFaults();
  });

  it('shows skeleton cards and says it is loading until the first page arrives', async () => {
    const el = await fixture<CourseFinder>(html`<course-finder endpoint="${localApi.open}/__fault/hang" transport="cors"></course-finder>`);
    expect(root(el).querySelectorAll('.skeletons li')).to.have.length(6);
    expect($(el, '.skeletons')!.getAttribute('aria-hidden')).to.equal('true');
    expect(countText(el)).to.equal('Loading courses…');
    await expect(el).to.be.accessible();
  });

  it('lists a page of courses as cards, with the count, ordered by title', async () => {
    const el = await finder(html`<course-finder page-size="5" endpoint=${localApi.open} transport="cors"></course-finder>`);
    expect(cards(el)).to.have.length(5);
    expect(countText(el)).to.equal('Showing 5 of 42 courses');
    expect(Object.fromEntries(last())).to.deep.equal({ order: 'title', limit: '5' });
    const titles = cards(el).map((c) => c.course!.title);
    expect(titles).to.deep.equal([...titles].sort((a, b) => a.localeCompare(b)));
    await expect(el).to.be.accessible();
  });

  it('sends each filter as its API parameter: search text, topics, languages, order', async () => {
    const el = await finder(html`<course-finder page-size="4" endpoint=${localApi.open} transport="cors"></course-finder>`);

    await type(el, 'python');
    await waitUntil(() => last().get('q') === 'python', 'no search for "python"', { timeout: 3000 });
    await settled(el);
    expect(cards(el).every((c) => /python/i.test(JSON.stringify(c.course)))).to.equal(true);

    await choose(el, 'topics', 'Data');
    await waitUntil(() => last().get('topics') === 'data', 'no topics=data', { timeout: 3000 });

    await choose(el, 'languages', 'English');
    await waitUntil(() => last().get('languages') === 'en', 'no languages=en', { timeout: 3000 });

    const order = $<HTMLSelectElement>(el, '[part=order-select]')!;
    await searched(el, () => {
      order.value = 'overall_rating';
      order.dispatchEvent(new Event('change'));
    });
    expect(Object.fromEntries(last())).to.deep.equal({
      q: 'python',
      topics: 'data',
      languages: 'en',
      order: 'overall_rating',
      limit: '4',
    });
    expect(cards(el).map((c) => c.course!.title)).to.deep.equal(['Python for Data Analysis']);
    expect([...root(el).querySelectorAll('.chip')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Remove filter: Data',
      'Remove filter: English',
    ]);
    await expect(el).to.be.accessible();
  });

  it('waits for a pause in typing, then makes one request for the whole word', async () => {
    const el = await finder(html`<course-finder page-size="3" endpoint=${localApi.open} transport="cors"></course-finder>`);
    const before = searches.length;
    await type(el, 'garden');
    await waitUntil(() => searches.length > before, 'no search after typing', { timeout: 3000 });
    await settled(el);
    expect(searches.slice(before).map((p) => p.get('q'))).to.deep.equal(['garden']);
  });

  it('never shows the answer to an older search after a newer one', async () => {
    const el = await finder(html`<course-finder page-size="3" endpoint=${localApi.open} transport="cors"></course-finder>`);
    // The next request is slow; the one after it is not.
    await injectFault('none', { path: '/api/courses/', times: 1, latencyMs: 800 });
    const order = $<HTMLSelectElement>(el, '[part=order-select]')!;
    await searched(el, () => {
      order.value = 'created_at';
      order.dispatchEvent(new Event('change'));
      order.value = 'usage';
      order.dispatchEvent(new Event('change'));
    });
    await new Promise((r) => setTimeout(r, 1000)); // the slow answer would have arrived by now
    expect(order.value).to.equal('usage');
    expect(ids(el)[0]).to.equal(1203); // the most used course, not the newest
    expect(countText(el)).to.equal('Showing 3 of 42 courses');
  });

  it('applies the presets of a library page', async () => {
    const el = await finder(html`<course-finder
      topics="programming" languages="es,en" order="usage" page-size="6"
      endpoint=${localApi.open} transport="cors"
    ></course-finder>`);
    expect(Object.fromEntries(searches[0]!)).to.deep.equal({ topics: 'programming', languages: 'es,en', order: 'usage', limit: '6' });
    expect(cards(el).every((c) => ['en', 'es'].includes(c.course!.language))).to.equal(true);
    expect($<HTMLSelectElement>(el, '[part=order-select]')!.value).to.equal('usage');
    // the chosen topic and languages show as chips; the topic menu offers to add another
    await waitUntil(() => new CourseFinderHarness(el).chips.some((c) => c.includes('Programming')), 'no Programming chip');
    expect(new CourseFinderHarness(el).chips).to.have.length(3);
    expect($<HTMLSelectElement>(el, 'select#topics')!.options[0]!.textContent!.trim()).to.equal('Add another topic');
  });

  it('loads more courses without showing any twice, and moves focus to the first new one', async () => {
    // Pages can overlap when courses tie in the order: the second page repeats the first course.
    rewrite = (url, body) => {
      if (url.searchParams.get('offset') === '4') body.items[0] = { ...body.items[0]!, id: firstId };
    };
    let firstId = 0;
    const el = await finder(html`<course-finder page-size="4" endpoint=${localApi.open} transport="cors"></course-finder>`);
    firstId = ids(el)[0]!;
    $(el, '[part=load-more]')!.click();
    await waitUntil(() => cards(el).length > 4, 'no more courses', { timeout: 5000 });
    expect(last().get('offset')).to.equal('4');
    expect(new Set(ids(el)).size).to.equal(ids(el).length);
    expect(cards(el)).to.have.length(7); // 4 + 4 - 1 repeated
    expect(countText(el)).to.equal('Showing 7 of 42 courses');
    await waitUntil(() => root(el).activeElement === cards(el)[4], 'focus did not move to the first new course');
    expect(cards(el)[4]!.shadowRoot!.activeElement?.getAttribute('part')).to.equal('title-link');
  });

  it('keeps room for the courses not yet drawn, so no card spills into the next row', async () => {
    for (const width of [360, 1000]) {
      const el = await finder(html`<course-finder style="inline-size: ${width}px" page-size="100" endpoint=${localApi.open} transport="cors"></course-finder>`);
      const { spilled, notDrawn } = spilledResults(el.shadowRoot!);
      expect(notDrawn, `${width}px: courses out of view not drawn`).to.be.greaterThan(10);
      expect(spilled, `${width}px: cards taller than their room`).to.deep.equal([]);
    }
  });

  it('offers ways out when nothing matches, and clears the search text', async () => {
    const el = await finder(html`<course-finder q="zzzyzx" topics="programming" endpoint=${localApi.open} transport="cors"></course-finder>`);
    expect(countText(el)).to.equal('No courses found');
    const empty = $(el, '[part=empty]')!;
    expect(empty.textContent).to.contain('No courses match your search');
    const buttons = [...empty.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal(['Clear the search text', 'Clear all filters']);
    expect(empty.querySelector('a')!.textContent).to.contain('Browse all courses on P2PU');
    await expect(el).to.be.accessible();

    await searched(el, () => empty.querySelector('button')!.click());
    expect(last().has('q')).to.equal(false);
    expect(last().get('topics')).to.equal('programming');
    expect(cards(el).length).to.be.greaterThan(0);
    expect($<HTMLInputElement>(el, '[part=search-input]')!.value).to.equal('');
  });

  it('says so when P2PU has no courses at all', async () => {
    const el = await finder(html`<course-finder filters="" endpoint="${localApi.open}/__fault/empty" transport="cors"></course-finder>`);
    expect($(el, '[part=empty]')!.textContent).to.contain('There are no courses to show right now');
    expect($(el, '[part=empty] button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('marks its root with what it shows: loading, content, empty, error', async () => {
    await injectFault('none', { path: '/api/courses/', times: 1, latencyMs: 600 });
    const el = await fixture<CourseFinder>(html`<course-finder endpoint=${localApi.open} transport="cors" page-size="5"></course-finder>`);
    const finder = new CourseFinderHarness(el);
    await finder.reached('loading');
    await finder.reached('content');
    expect(finder.courseIds).to.have.length(5);
    await finder.search('zzqx nothing matches this');
    expect(finder.state).to.equal('empty');
    await injectFault('html500', { path: '/api/courses/', times: 1 });
    await finder.search('data 5 6');
    expect(finder.state).to.equal('error');
    expect(finder.error).to.contain('We couldn’t load the courses');
  });

  it('shows an error with a retry, and recovers', async () => {
    // filters="q": no topic or language lists are requested, so the fault hits the course list.
    await injectFault('html500', { path: '/api/courses/', times: 1 });
    const el = await finder(html`<course-finder filters="q" page-size="3" endpoint=${localApi.open} transport="cors"></course-finder>`);
    const error = $(el, '[part=error]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('We couldn’t load the courses');
    await expect(el).to.be.accessible();
    await searched(el, () => error.querySelector('button')!.click());
    expect(cards(el)).to.have.length(3);
  });

  it('keeps the list when "Load more" fails, and lets the learner try again', async () => {
    // no filters that need lists: a list loaded after the results would take the injected fault
    const el = await finder(html`<course-finder page-size="3" filters="q order" endpoint=${localApi.open} transport="cors"></course-finder>`);
    await injectFault('html500', { path: '/api/courses/', times: 1 });
    $(el, '[part=load-more]')!.click();
    await waitUntil(() => $(el, '.more-error'), 'no load-more error', { timeout: 5000 });
    expect(cards(el)).to.have.length(3);
    expect($(el, '[part=load-more]')!.textContent!.trim()).to.equal('Try again');
    await expect(el).to.be.accessible();
    $(el, '[part=load-more]')!.click();
    await waitUntil(() => cards(el).length === 6, 'no more courses after retry', { timeout: 5000 });
  });

  it('names languages in the viewer’s language, sorted by that name', async () => {
    const el = await finder(html`<course-finder lang="de" page-size="1" endpoint=${localApi.open} transport="cors"></course-finder>`);
    const harness = new CourseFinderHarness(el);
    await harness.listLoaded('languages');
    const options = harness.options('languages').map((o) => o.label);
    const labels = options.map((o) => o.split(' · ')[0]!);
    expect(labels).to.include.members(['Englisch', 'Spanisch', 'Arabisch', 'Deutsch']);
    expect(labels).to.deep.equal([...labels].sort(new Intl.Collator('de').compare));
    expect(options).to.include('Spanisch · español');
    await expect(el).to.be.accessible();
  });

  it('fires p2pu-course-search with the search and its count; card events bubble out', async () => {
    const el = await fixture<CourseFinder>(html`<course-finder page-size="2" order="usage" endpoint=${localApi.open} transport="cors"></course-finder>`);
    const { detail } = await oneEvent(el, 'p2pu-course-search');
    expect(detail).to.deep.equal({ q: null, topics: [], languages: [], order: 'usage', count: 42 });
    await settled(el);
    const selected = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('p2pu-course-select', (e) => { e.preventDefault(); resolve(e); }, { once: true }),
    );
    cards(el)[0]!.shadowRoot!.querySelector<HTMLElement>('[part=circles-link]')!.click();
    expect((await selected).detail.id).to.equal(1203);
  });

  it('keeps the search in the page address with sync-url, and follows back and forward', async () => {
    history.replaceState(null, '', `${location.pathname}?page=2&lc_course_q=python#results`);
    const el = await finder(html`<course-finder sync-url page-size="3" endpoint=${localApi.open} transport="cors"></course-finder>`);
    expect(searches[0]!.get('q')).to.equal('python');
    expect($<HTMLInputElement>(el, '[part=search-input]')!.value).to.equal('python');

    const order = $<HTMLSelectElement>(el, '[part=order-select]')!;
    await searched(el, () => {
      order.value = 'usage';
      order.dispatchEvent(new Event('change'));
    });
    const params = new URLSearchParams(location.search);
    expect(params.get('page')).to.equal('2');
    expect(params.get('lc_course_q')).to.equal('python');
    expect(params.get('lc_course_order')).to.equal('usage');
    expect(location.hash).to.equal('#results');

    // Back: the earlier search again (answered from the page's cache, so no new request).
    const { detail } = await new Promise<CustomEvent>((resolve) => {
      el.addEventListener('p2pu-course-search', resolve as EventListener, { once: true });
      history.back();
    });
    await el.updateComplete;
    expect(detail.order).to.equal('title');
    expect(detail.q).to.equal('python');
    expect(order.value).to.equal('title');
    expect(location.search).to.equal('?page=2&lc_course_q=python');
  });

  it('shows only the chosen filters; filters="" is a plain list', async () => {
    const some = await finder(html`<course-finder filters="q" page-size="1" endpoint=${localApi.open} transport="cors"></course-finder>`);
    expect($(some, '[part=search-input]')).to.not.equal(null);
    expect($(some, '[part=order-select]')).to.equal(null);
    expect($(some, '[part=filter-toggle]')).to.equal(null);
    const none = await finder(html`<course-finder filters="" topics="data" page-size="1" endpoint=${localApi.open} transport="cors"></course-finder>`);
    expect($(none, '[part=filters]')).to.equal(null);
    expect($(none, '[part=active-filters]')).to.equal(null);
    expect(last().get('topics')).to.equal('data');
    await expect(none).to.be.accessible();
  });

  it('keeps its menus behind "Filters" until opened; Escape closes them and returns focus to it; chips remove a choice', async () => {
    const el = await finder(html`<course-finder topics="data,science" page-size="1" endpoint=${localApi.open} transport="cors"></course-finder>`);
    const harness = new CourseFinderHarness(el);
    const toggle = harness.filtersToggle!;
    const menu = harness.select('topics')!;
    expect(menu.getClientRects().length, 'the menus are folded').to.equal(0);
    const search = harness.searchBox!.getBoundingClientRect();
    expect(Math.abs(toggle.getBoundingClientRect().bottom - search.bottom), '"Filters" sits beside the search box').to.be.lessThan(2);
    expect(toggle.textContent!.trim()).to.equal('Filters (2)');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(menu.getClientRects().length, 'the menus are shown').to.equal(1);
    await expect(el).to.be.accessible();
    menu.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(menu.getClientRects().length).to.equal(0);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).activeElement).to.equal(toggle);

    await waitUntil(() => harness.chips.some((c) => c.includes('Science')), 'no Science chip');
    const chip = [...root(el).querySelectorAll<HTMLButtonElement>('.chip')].find((c) => c.textContent!.includes('Science'))!;
    await searched(el, () => chip.click());
    expect(last().get('topics')).to.equal('data');
    expect(root(el).activeElement?.classList.contains('chip')).to.equal(true);
  });

  it('tells a page editor about settings it cannot use', async () => {
    const el = await finder(html`<course-finder order="popular" page-size="many" filters="q city" endpoint=${localApi.open} transport="cors"></course-finder>`);
    const problem = $(el, '[part=problem]')!.textContent!;
    expect(problem).to.contain('order "popular"');
    expect(problem).to.contain('page-size "many"');
    expect(problem).to.contain('"city" is not a filter');
    expect(Object.fromEntries(last())).to.deep.equal({ order: 'title', limit: '12' });
  });

  describe('looks like the circle finder', () => {
    it('has a labelled search box with a visible Search button; the button and Enter both search', async () => {
      const el = await finder(html`<course-finder page-size="2" endpoint=${localApi.open} transport="cors"></course-finder>`);
      const harness = new CourseFinderHarness(el);
      const box = harness.searchBox!;
      expect(box.labels![0]!.textContent!.trim()).to.equal('Search courses');
      expect($(el, '.search-row .icon:not(button .icon)'), 'no icon inside the box').to.equal(null);
      const button = harness.searchButton!;
      expect(button.textContent!.trim()).to.equal('Search');
      expect(button.getClientRects().length).to.equal(1);

      // Searched at once, not after the pause in typing (300 ms).
      let typed = 0;
      box.addEventListener('input', () => (typed = performance.now()));
      box.value = 'python';
      box.dispatchEvent(new Event('input'));
      await searched(el, () => button.click());
      expect(last().get('q')).to.equal('python');
      expect(searchTimes.at(-1)! - typed).to.be.lessThan(250);
      expect(cards(el).every((c) => /python/i.test(JSON.stringify(c.course)))).to.equal(true);

      box.focus();
      box.select();
      await sendKeys({ type: 'garden' });
      await searched(el, () => void sendKeys({ press: 'Enter' }));
      expect(last().get('q')).to.equal('garden');
      expect(searchTimes.at(-1)! - typed).to.be.lessThan(250);
      await expect(el).to.be.accessible();
    });

    it('filters with native menus: each topic or language chosen is searched, shown as a chip and kept in the address', async () => {
      const el = await finder(html`<course-finder sync-url page-size="3" endpoint=${localApi.open} transport="cors"></course-finder>`);
      const harness = new CourseFinderHarness(el);
      for (const name of ['topics', 'languages', 'order'] as const) {
        expect(harness.select(name)!.localName, name).to.equal('select');
        expect(harness.select(name)!.labels![0]!.textContent!.trim()).to.equal({ topics: 'Topic', languages: 'Language', order: 'Sort by' }[name]);
      }
      await harness.listLoaded('topics');
      expect(harness.select('topics')!.options[0]!.textContent!.trim()).to.equal('Any topic');

      await harness.choose('topics', 'data');
      expect(last().get('topics')).to.equal('data');
      expect(new URLSearchParams(location.search).get('lc_course_topics')).to.equal('data');
      expect(harness.chips).to.deep.equal(['Remove filter: Data']);
      expect(harness.select('topics')!.value, 'the menu is ready for another topic').to.equal('');
      expect(harness.select('topics')!.options[0]!.textContent!.trim()).to.equal('Add another topic');
      expect(harness.options('topics').map((o) => o.value)).to.not.include('data');

      await harness.choose('topics', 'programming');
      expect(last().get('topics')!.split(',').sort()).to.deep.equal(['data', 'programming']);
      await harness.choose('languages', 'en');
      expect(last().get('languages')).to.equal('en');
      expect(new URLSearchParams(location.search).get('lc_course_languages')).to.equal('en');
      expect(cards(el).every((c) => c.course!.language === 'en')).to.equal(true);
      await expect(el).to.be.accessible();

      // A chip takes its choice away again.
      const chip = [...root(el).querySelectorAll<HTMLButtonElement>('.chip')].find((c) => c.textContent!.includes('Data'))!;
      await searched(el, () => chip.click());
      expect(last().get('topics')).to.equal('programming');
      expect(harness.options('topics').map((o) => o.value)).to.include('data');
    });

    it('gives the cards of a row equal heights, with their main action at the bottom', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 1000px">
        <course-finder filters="" page-size="8" endpoint=${localApi.open} transport="cors"></course-finder>
      </div>`);
      const el = await settled(wrapper.querySelector('course-finder')!);
      const boxes = cards(el).map((c) => {
        const frame = c.shadowRoot!.querySelector('[part~=card]')!.getBoundingClientRect();
        const action = c.shadowRoot!.querySelector('[part~=circles-link]')!.getBoundingClientRect();
        return { top: Math.round(frame.top), height: frame.height, gapBelowAction: frame.bottom - action.bottom };
      });
      const firstRow = boxes.filter((b) => b.top === boxes[0]!.top);
      expect(firstRow.length, 'several cards in the first row').to.be.greaterThan(2);
      const heights = new Set(firstRow.map((b) => Math.round(b.height)));
      expect([...heights], 'heights in the first row').to.have.length(1);
      const gaps = firstRow.map((b) => b.gapBelowAction);
      expect(Math.max(...gaps) - Math.min(...gaps), 'actions line up at the bottom').to.be.lessThan(1);
    });

    it('gives every control, its own and its cards’, a target of at least 24 by 24 px', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="font-size: 13px">
        <course-finder topics="data,programming" page-size="2" endpoint=${localApi.open} transport="cors"></course-finder>
      </div>`);
      const el = await settled(wrapper.querySelector('course-finder')!);
      await new CourseFinderHarness(el).listLoaded('topics'); // the filters open, their menus loaded
      const all = controls(el);
      expect(all.length).to.be.greaterThan(8);
      const small = all
        .map((c) => ({ c, box: c.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ c, box }) => `${c.localName}.${c.className} “${c.textContent!.trim()}” ${box.width}×${box.height}`);
      expect(small).to.deep.equal([]);
    });
  });
});
