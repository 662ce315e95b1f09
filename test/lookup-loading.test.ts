/**
 * When the finders' choice lists (topics, cities, languages) are asked for, and where they are
 * kept: the search is the first request and the lists come after its results show, or as soon as
 * a patron reaches for the filters; a list P2PU answered properly is kept in localStorage for
 * the next page view, in any tab, and a bad, expired or corrupt one is asked for again.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { STORAGE_PREFIX, clearApiCache, getClient, resetClients } from '../src/api/index.js';
import type { CircleFinder } from '../src/components/circle-finder/circle-finder.js';
import type { CourseFinder } from '../src/components/course-finder/course-finder.js';
import '../src/components/circle-finder/circle-finder.js';
import { CircleFinderHarness } from '../src/components/circle-finder/circle-finder.harness.js';
import '../src/components/course-finder/course-finder.js';
import { clearFaults, injectFault, localApi } from './local-api.js';

const LOOKUP = /\/api\/(learningcircles\/(topics|cities)|courses\/(topics|languages))\/$/;
const SEARCH = /\/api\/(learningcircles|courses)\/$/;

interface Sent {
  path: string;
  /** The `data-state` of every finder on the page when the request was sent. */
  states: string[];
  /** Result cards on the page when the request was sent. */
  cards: number;
}

const realFetch = window.fetch;
let sent: Sent[] = [];
/** Answers the test gives instead of the local API, by path. */
let answers: Record<string, unknown> = {};

const finders = () => [...document.querySelectorAll<HTMLElement>('circle-finder, course-finder')];
const stateOf = (el: HTMLElement) => el.shadowRoot?.querySelector('.widget')?.getAttribute('data-state') ?? 'none';
const cardCount = () =>
  finders().reduce((n, el) => n + (el.shadowRoot?.querySelectorAll('circle-card, course-card').length ?? 0), 0);
const lookups = () => sent.filter((s) => LOOKUP.test(s.path)).map((s) => s.path.replace(/^.*\/api\//, ''));
const options = (el: HTMLElement, select: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>(`select#${select} option`)].map((o) => o.textContent!.trim());
const storedKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_PREFIX));

async function settled(el: HTMLElement) {
  await waitUntil(() => !['loading', 'none'].includes(stateOf(el)), `the finder is ${stateOf(el)}`, { timeout: 6000 });
}

/** Opens a circle finder's filter panel (its controls load on the first opening). */
const openFilters = (el: CircleFinder) => new CircleFinderHarness(el).openFilters();

/** Opens the filter panel and waits for both menus to offer their lists. */
async function listsLoaded(el: CircleFinder) {
  await openFilters(el);
  await waitUntil(() => options(el, 'topic').length > 1 && options(el, 'city').length > 1, 'no topics or cities', { timeout: 6000 });
}

/** A page view in a new tab: the page's memory and the tab's sessionStorage are gone, localStorage is not. */
function newTab() {
  document.querySelectorAll('circle-finder, course-finder').forEach((el) => el.remove());
  sessionStorage.clear();
  clearApiCache({ storage: false });
  resetClients();
  sent = [];
}

const api = () => localApi.open;
const storageKey = (path: string) => `${STORAGE_PREFIX}${getClient({ endpoint: api(), transport: 'cors' }).apiUrl(path)}`;

beforeEach(() => {
  clearApiCache();
  resetClients();
  sent = [];
  answers = {};
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname.includes('/api/')) sent.push({ path: url.pathname, states: finders().map(stateOf), cards: cardCount() });
    const answer = Object.entries(answers).find(([path]) => url.pathname.endsWith(path))?.[1];
    if (answer !== undefined) {
      return Promise.resolve(new Response(JSON.stringify(answer), { headers: { 'Content-Type': 'application/json' } }));
    }
    // A cold load: the browser's HTTP cache (the circle list's max-age=900) is not used.
    return realFetch(input, { ...init, cache: 'no-store' });
  }) as typeof fetch;
});

afterEach(async () => {
  window.fetch = realFetch;
  await clearFaults();
  clearApiCache();
});

describe('lookup lists wait for the first results', () => {
  it('circle-finder, cold load: the search is the first request; topics and cities come after the results show', async () => {
    await injectFault('none', { path: '/api/learningcircles/', times: 1, latencyMs: 600 }); // a slow search
    const el = await fixture<CircleFinder>(html`<circle-finder endpoint=${api()} transport="cors"></circle-finder>`);
    expect(options(el, 'topic'), 'no topic menu in the folded panel').to.deep.equal([]);
    await settled(el);
    await listsLoaded(el);
    expect(SEARCH.test(sent[0].path), `first request: ${sent[0].path}`).to.equal(true);
    expect(lookups().sort()).to.deep.equal(['learningcircles/cities/', 'learningcircles/topics/']);
    for (const request of sent.filter((s) => LOOKUP.test(s.path))) {
      expect(request.states, `${request.path} was asked while the finder showed`).to.deep.equal(['content']);
      expect(request.cards).to.be.greaterThan(0);
    }
    expect(options(el, 'city')[0]).to.equal('Any city');
  });

  it('course-finder, cold load: the course search first; topics and languages after the results show', async () => {
    await injectFault('none', { path: '/api/courses/', times: 1, latencyMs: 600 });
    const el = await fixture<CourseFinder>(html`<course-finder endpoint=${api()} transport="cors"></course-finder>`);
    await settled(el);
    await waitUntil(() => lookups().length === 2, 'no topics or languages requested', { timeout: 6000 });
    expect(SEARCH.test(sent[0].path), `first request: ${sent[0].path}`).to.equal(true);
    expect(lookups().sort()).to.deep.equal(['courses/languages/', 'courses/topics/']);
    for (const request of sent.filter((s) => LOOKUP.test(s.path))) {
      expect(request.states, request.path).to.deep.equal(['content']);
    }
  });

  it('a narrow finder whose results are slow loads the lists as soon as a patron opens the filters', async () => {
    await injectFault('hang', { path: '/api/learningcircles/', times: 1 }); // the search never answers
    const root = await fixture<HTMLElement>(html`<div style="width: 320px">
      <circle-finder endpoint=${api()} transport="cors"></circle-finder>
    </div>`);
    const el = root.querySelector('circle-finder')!;
    await waitUntil(() => sent.length > 0, 'no search');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lookups(), 'nothing but the search while it loads').to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!.click();
    await listsLoaded(el);
    expect(stateOf(el)).to.equal('loading');
    expect(lookups().sort()).to.deep.equal(['learningcircles/cities/', 'learningcircles/topics/']);
  });

  it('a patron who opens the filters for the topic menu before the results arrive gets the lists at once', async () => {
    await injectFault('hang', { path: '/api/learningcircles/', times: 1 });
    const el = await fixture<CircleFinder>(html`<circle-finder endpoint=${api()} transport="cors"></circle-finder>`);
    await waitUntil(() => sent.length > 0, 'no search');
    expect(lookups()).to.deep.equal([]);
    await injectFault('none', { path: '/api/learningcircles/topics/', times: 1, latencyMs: 600 });
    await injectFault('none', { path: '/api/learningcircles/cities/', times: 1, latencyMs: 600 });
    await openFilters(el); // folded away at every width
    expect(options(el, 'topic'), 'the topic menu says it is loading').to.deep.equal(['Loading topics…']);
    expect(options(el, 'city')).to.deep.equal(['Loading cities…']);
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('select#topic')!.disabled, 'usable while loading').to.equal(false);
    el.shadowRoot!.querySelector<HTMLSelectElement>('select#topic')!.focus();
    await listsLoaded(el);
    expect(stateOf(el)).to.equal('loading');
  });

  it('course filters opened before the results arrive load their lists', async () => {
    await injectFault('hang', { path: '/api/courses/', times: 1 });
    const el = await fixture<CourseFinder>(html`<course-finder endpoint=${api()} transport="cors"></course-finder>`);
    await waitUntil(() => sent.length > 0, 'no search');
    expect(el.shadowRoot!.querySelector('select#topics')).to.exist;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('select#topics option').length > 1, 'no topics to choose from', {
      timeout: 6000,
    });
    expect(stateOf(el)).to.equal('loading');
  });

  it('three finders on one page: one topics and one cities request', async () => {
    await fixture(html`<div>
      <circle-finder endpoint=${api()} transport="cors"></circle-finder>
      <circle-finder endpoint=${api()} transport="cors" topics="python"></circle-finder>
      <circle-finder endpoint=${api()} transport="cors" city="Riverbend"></circle-finder>
    </div>`);
    for (const el of finders() as CircleFinder[]) {
      await settled(el);
      await listsLoaded(el);
    }
    expect(lookups().sort()).to.deep.equal(['learningcircles/cities/', 'learningcircles/topics/']);
  });

  it('loads the lists again from a new endpoint', async () => {
    const el = await fixture<CircleFinder>(html`<circle-finder endpoint=${api()} transport="cors"></circle-finder>`);
    await settled(el);
    await listsLoaded(el);
    sent = [];
    el.setAttribute('endpoint', `${location.origin}/fixture-api`);
    await settled(el);
    await listsLoaded(el);
    expect(sent.filter((s) => LOOKUP.test(s.path)).map((s) => s.path).sort()).to.deep.equal([
      '/fixture-api/api/learningcircles/cities/',
      '/fixture-api/api/learningcircles/topics/',
    ]);
  });
});

describe('lookup lists kept in localStorage', () => {
  it('a page view in a new tab reuses the stored lists: no lookup request', async () => {
    const first = await fixture<CircleFinder>(html`<circle-finder endpoint=${api()} transport="cors"></circle-finder>`);
    await settled(first);
    await listsLoaded(first);
    expect(lookups()).to.have.length(2);
    const topics = options(first, 'topic');

    newTab();
    const again = await fixture<CircleFinder>(html`<circle-finder endpoint=${api()} transport="cors"></circle-finder>`);
    await settled(again);
    await listsLoaded(again);
    expect(options(again, 'topic')).to.deep.equal(topics);
    expect(lookups(), 'lookup requests in the new tab').to.deep.equal([]);
  });

  it('an expired or corrupt stored list is asked for again, and replaced', async () => {
    const topicsKey = storageKey('learningcircles/topics/');
    const citiesKey = storageKey('learningcircles/cities/');
    localStorage.setItem(topicsKey, JSON.stringify({ expires: Date.now() - 1, value: { topics: { stale: 99 } } }));
    localStorage.setItem(citiesKey, '{"expires": 9999999999999, "value": {"items": [');
    const el = await fixture<CircleFinder>(html`<circle-finder endpoint=${api()} transport="cors"></circle-finder>`);
    await settled(el);
    await listsLoaded(el);
    expect(lookups().sort()).to.deep.equal(['learningcircles/cities/', 'learningcircles/topics/']);
    expect(options(el, 'topic').some((o) => o.startsWith('stale'))).to.equal(false);
    expect(JSON.parse(localStorage.getItem(topicsKey)!).expires).to.be.greaterThan(Date.now());
    expect(JSON.parse(localStorage.getItem(citiesKey)!).value).to.have.property('items');
  });

  it('a wrong-shaped answer is not stored: the next view asks for that list again, and only that one', async () => {
    answers = { '/api/learningcircles/topics/': { detail: 'Request was throttled. Expected available in 60 seconds.' } };
    const el = await fixture<CircleFinder>(html`<circle-finder endpoint=${api()} transport="cors"></circle-finder>`);
    await settled(el);
    await openFilters(el);
    await waitUntil(() => /Topics could not be loaded/.test(el.shadowRoot!.textContent ?? ''), 'the topics did not fail', {
      timeout: 6000,
    });
    await waitUntil(() => options(el, 'city').length > 1, 'no cities');
    expect(storedKeys()).to.deep.equal([storageKey('learningcircles/cities/')]);

    answers = {};
    newTab();
    const again = await fixture<CircleFinder>(html`<circle-finder endpoint=${api()} transport="cors"></circle-finder>`);
    await settled(again);
    await listsLoaded(again);
    expect(lookups()).to.deep.equal(['learningcircles/topics/']);
  });

  it('keeps only the lists: no search and nothing a patron typed', async () => {
    const el = await fixture<CircleFinder>(html`<circle-finder endpoint=${api()} transport="cors" q="python"></circle-finder>`);
    await settled(el);
    await listsLoaded(el);
    expect(storedKeys().sort()).to.deep.equal([storageKey('learningcircles/cities/'), storageKey('learningcircles/topics/')]);
    expect(JSON.stringify({ ...localStorage })).not.to.contain('python&');
  });
});
