/**
 * <circle-map for="…"> with a <circle-finder>: the map shows the finder's search and follows it,
 * and a pin and its card point at each other. Against the local API (test/local-api.ts).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './circle-map.js';
import '../circle-finder/circle-finder.js';
import type { CircleMap } from './circle-map.js';
import type { CircleFinder } from '../circle-finder/circle-finder.js';
import { CircleMapHarness } from './circle-map.harness.js';
import { CircleFinderHarness } from '../circle-finder/circle-finder.harness.js';
import { clearApiCache, fetchCircleMap, getClient, resetClients } from '../../api/index.js';
import { localApi } from '../../../test/local-api.js';
import { recordFetches, stopRecordingFetches, warningsDuring } from '../../../test/page-helpers.js';

type Attributes = Record<string, string>;

const sorted = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);
const same = (a: number[], b: number[]) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

function make<T extends HTMLElement>(tag: string, attributes: Attributes): T {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries({ endpoint: localApi.open, transport: 'cors', ...attributes })) el.setAttribute(name, value);
  return el;
}

/** A finder (id `finder`) and a map `for` it, side by side in `into` (a new holder by default), both loaded. */
async function pair(finderAttributes: Attributes = {}, mapAttributes: Attributes = {}, into?: HTMLElement | ShadowRoot) {
  const holder = into ?? (await fixture<HTMLElement>(html`<div style="inline-size: 900px"></div>`));
  const finder = make<CircleFinder>('circle-finder', { id: 'finder', ...finderAttributes });
  const map = make<CircleMap>('circle-map', { for: 'finder', ...mapAttributes });
  holder.append(map, finder);
  const f = new CircleFinderHarness(finder);
  const m = new CircleMapHarness(map);
  await f.settled();
  await m.settled(8000);
  return { finder, map, f, m };
}

/** The ids of a search of the local API with coordinates (the pins a map of it shows). */
async function pinsOf(query: string): Promise<number[]> {
  const response = await fetch(`${localApi.open}/api/learningcircles/?${query}&limit=100`);
  const body = (await response.json()) as { items: { id: number; latitude: string | null }[] };
  return sorted(body.items.filter((c) => c.latitude !== null).map((c) => c.id));
}

/** Waits until the map's list (and pins) are exactly `ids`. */
async function mapShows(m: CircleMapHarness, ids: number[], what: string) {
  await waitUntil(() => m.state === 'content' && same(m.listIds, ids), `the map did not show ${what} (${m.state}: ${m.listIds.join(' ')})`, {
    timeout: 8000,
  });
  await m.element.updateComplete;
}

const isHighlighted = (card: HTMLElement) => card.hasAttribute('highlighted');

describe('<circle-map for> with <circle-finder>', () => {
  let requests: URL[] = [];

  beforeEach(() => {
    clearApiCache();
    resetClients();
    requests = recordFetches();
  });
  afterEach(() => {
    stopRecordingFetches();
    delete (navigator as unknown as Record<string, unknown>).geolocation;
  });

  it('shows the circles of the finder’s search, all of them, with the finder’s own parameters; for wins over team-id', async () => {
    // team 999 has no circles: the map shows the finder's search, not the team's
    const { finder, f, m } = await pair({ 'page-size': '3' }, { 'team-id': '999' });
    await mapShows(m, await pinsOf('signup=open&order=first_meeting_date'), 'the finder’s first search');
    expect(m.problem).to.equal(null);

    await f.search('python');
    const python = await pinsOf('q=python&signup=open&order=first_meeting_date');
    expect(python.length, 'more circles than one page of the finder').to.be.greaterThan(3);
    await mapShows(m, python, 'the python search');
    expect(f.cards.length, 'the finder shows its first page').to.be.within(1, 3);
    expect(f.cards.length).to.be.lessThan(python.length);
    expect(f.loadMoreButton).to.exist;
    expect(m.pinnedIds).to.deep.equal(python);

    // the map asked with the finder's parameters (its own paging)
    const params = (u: URL) => {
      const p = new URLSearchParams(u.searchParams);
      p.delete('limit');
      p.delete('offset');
      return p.toString();
    };
    const searches = requests.filter((u) => u.pathname.endsWith('/api/learningcircles/') && u.searchParams.get('q') === 'python');
    const finderAsked = searches.find((u) => u.searchParams.get('limit') === '3')!;
    const mapAsked = searches.find((u) => u.searchParams.get('limit') === '100')!;
    expect(params(mapAsked)).to.equal(params(finderAsked));
    expect(mapAsked.searchParams.has('team_id')).to.equal(false);

    // paged to the end: pages of 2 give the same circles as the map
    const query = finder.searchQuery!;
    const paged = await fetchCircleMap(getClient({ endpoint: localApi.open, transport: 'cors' }), { search: query, pageSize: 2 });
    expect(sorted(paged.map((c) => c.id))).to.deep.equal(python);
    const pages = requests.filter((u) => u.searchParams.get('q') === 'python' && u.searchParams.get('limit') === '2');
    expect(pages.length, 'several pages of 2').to.be.greaterThan(3);
  });

  it('says so, in words of its own, when no circle of the search has a place; then follows the next search', async () => {
    const { f, m, map } = await pair();
    await expect(m.query('.list-side')!).to.be.accessible();
    await f.search('zzzznothing');
    await m.reached('empty', 8000);
    expect(m.message).to.contain('No learning circle of this search meets at a place to show on the map.');
    expect(m.message).to.contain('Online learning circles, and ones without an address, are in the search results only.');
    expect(m.query('.notice a'), 'the finder beside it is the way out').to.equal(null);
    await expect(m.query('.notice')!).to.be.accessible();
    await f.search('data');
    await mapShows(m, await pinsOf('q=data&signup=open&order=first_meeting_date'), 'the data search');
    expect(m.pinnedIds).to.deep.equal(m.listIds);
    await map.updateComplete;
  });

  it('shows the newest search only: an older search’s answer arriving last is dropped, and its loading stopped', async () => {
    const { f, m } = await pair();
    const held: { signal: AbortSignal | null | undefined; release: () => void }[] = [];
    const recording = window.fetch;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes('q=python') && url.includes('limit=100')) {
        // the map's python search: answered only when the test says so
        return new Promise<Response>((resolve, reject) => {
          held.push({ signal: init?.signal, release: () => recording(input).then(resolve, reject) });
        });
      }
      return recording(input, init);
    }) as typeof fetch;
    try {
      await f.search('python');
      await waitUntil(() => held.length === 1, 'the map asks for the python search');
      expect(m.state).to.equal('loading');
      await f.search('data');
      const data = await pinsOf('q=data&signup=open&order=first_meeting_date');
      await mapShows(m, data, 'the data search');
      expect(held[0]!.signal?.aborted, 'the older search’s request was aborted').to.equal(true);
      held[0]!.release();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await m.element.updateComplete;
      expect(m.state).to.equal('content');
      expect(m.listIds, 'still the newest search').to.deep.equal(data);
    } finally {
      window.fetch = recording;
    }
  });

  it('highlights the card of the pin a patron chooses, and scrolls to it without taking focus', async () => {
    const { f, m, map } = await pair();
    const shared = f.circleIds.filter((id) => m.listIds.includes(id));
    expect(shared.length).to.be.greaterThan(1);

    // "Show on map" in the list twin
    const first = shared.at(-1)!;
    m.showOnMapButton(first)!.click();
    await waitUntil(() => f.highlightedCard?.circle.id === first, 'the card is highlighted');
    const card = f.card(first)!;
    expect(isHighlighted(card)).to.equal(true);
    expect(card.closest('li')!.getAttribute('aria-current')).to.equal('true');
    expect(f.cards.filter((c) => c.hasAttribute('highlighted'))).to.have.length(1);
    expect(document.activeElement === f.element, 'focus stays where it was').to.equal(false);
    await waitUntil(() => {
      const box = card.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    }, 'the card is scrolled into view');

    // a pin (circles at one place share one: pressing it chooses its first circle; a spread group zooms in first)
    await map.updateComplete;
    const firstOf = (pin: HTMLElement) => Number((pin.dataset.ids ?? '').split(' ')[0]);
    const pinOf = () => m.pins.find((pin) => firstOf(pin) !== first && shared.includes(firstOf(pin)));
    expect(pinOf(), 'a pin of a circle the finder shows').to.exist;
    const second = firstOf(pinOf()!);
    for (let tries = 0; tries < 4 && m.selectedItem?.dataset.id !== String(second); tries++) {
      m.pinOf(second)!.click();
      await map.updateComplete;
    }
    expect(m.selectedItem?.dataset.id).to.equal(String(second));
    await waitUntil(() => f.highlightedCard?.circle.id === second, 'the pin’s card is highlighted');
    expect(isHighlighted(f.card(first)!), 'only one card at a time').to.equal(false);

    // a circle on the map whose card is not loaded: no card is highlighted
    const notLoaded = m.listIds.find((id) => !f.circleIds.includes(id));
    expect(notLoaded).to.be.a('number');
    m.showOnMapButton(notLoaded!)!.click();
    await f.element.updateComplete;
    expect(f.highlightedCard).to.equal(null);
    await expect(card).to.be.accessible();
  });

  it('selects the pin of the card a learner focuses or hovers, and says which with p2pu-circle-highlight (the id only)', async () => {
    const { f, m } = await pair();
    const shared = f.circleIds.filter((id) => m.listIds.includes(id));
    const details: unknown[] = [];
    const listen = (event: Event) => details.push((event as CustomEvent).detail);
    document.addEventListener('p2pu-circle-highlight', listen);
    try {
      const focused = shared[0]!;
      f.card(focused)!.shadowRoot!.querySelector<HTMLElement>('.title a')!.focus();
      await waitUntil(() => m.selectedItem?.dataset.id === String(focused), 'the focused card’s item is chosen in the map’s list');
      expect(m.pinOf(focused)!.classList.contains('selected'), 'its pin is selected').to.equal(true);
      // following the learner through the cards does not zoom the map or open popups
      expect(m.popup, 'no popup').to.not.exist;
      // the card a learner is on gets no ring of its own: its focus ring (or the pointer) says it
      expect(isHighlighted(f.card(focused)!)).to.equal(false);

      const hovered = shared[1]!;
      f.card(hovered)!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
      await waitUntil(() => m.selectedItem?.dataset.id === String(hovered), 'the hovered card’s item is chosen');
      // moving over the same card again says nothing new
      f.card(hovered)!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
      expect(details).to.deep.equal([{ id: focused }, { id: hovered }]);
    } finally {
      document.removeEventListener('p2pu-circle-highlight', listen);
    }
  });

  it('shares no position: a search near the learner reaches the map without the distance', async () => {
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition: (ok: PositionCallback) => ok({ coords: { latitude: 39.781721, longitude: -89.650148 } } as GeolocationPosition) },
    });
    const { finder, f, m } = await pair({ filters: 'q near' });
    await f.search('python');
    const searchDetails: unknown[] = [];
    const listen = (event: Event) => searchDetails.push((event as CustomEvent).detail);
    await f.openFilters();
    finder.addEventListener('p2pu-circle-search', listen);
    f.query<HTMLButtonElement>('.locate')!.click();
    await finder.updateComplete;
    await f.settled();
    finder.removeEventListener('p2pu-circle-search', listen);
    const finderAsked = requests.filter((u) => u.searchParams.has('latitude'));
    expect(finderAsked.length, 'the finder searched near the learner').to.be.greaterThan(0);
    expect(searchDetails).to.have.length(1);
    expect(JSON.stringify(searchDetails[0])).not.to.match(/39\.7|89\.6|latitude/);
    const keys = Object.keys(finder.searchQuery!);
    for (const key of ['latitude', 'longitude', 'distanceKm']) expect(keys).not.to.include(key);
    await mapShows(m, await pinsOf('q=python&signup=open&order=first_meeting_date'), 'the python search, everywhere');
    const mapAsked = requests.filter((u) => u.searchParams.get('limit') === '100');
    expect(mapAsked.length).to.be.greaterThan(0);
    for (const u of mapAsked) expect(u.searchParams.has('latitude') || u.searchParams.has('distance')).to.equal(false);
  });

  it('without the finder it names: tells the page editor once, shows its own circles, and links to the finder once it comes', async () => {
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    const map = make<CircleMap>('circle-map', { for: 'nowhere' });
    const m = new CircleMapHarness(map);
    const warnings = await warningsDuring(async () => {
      holder.append(map);
      await m.settled(8000);
      map.requestUpdate();
      await map.updateComplete;
    });
    expect(m.problem).to.contain('for="nowhere": there is no circle-finder with id="nowhere" beside the map');
    expect(warnings.filter((w) => w.includes('for="nowhere"'))).to.have.length(1);
    const all = await fetch(`${localApi.open}/api/learning-circles-map/`).then((r) => r.json() as Promise<{ items: { id: number; active: boolean; latitude: string | null }[] }>);
    const every = sorted(all.items.filter((c) => c.active && c.latitude !== null && c.latitude !== '').map((c) => c.id));
    expect(m.listIds, 'all of P2PU, the map’s own circles').to.deep.equal(every);
    await expect(m.part('problem')!).to.be.accessible();

    // the finder comes later (a script adds it)
    const finder = make<CircleFinder>('circle-finder', { id: 'nowhere', q: 'data' });
    holder.append(finder);
    await mapShows(m, await pinsOf('q=data&signup=open&order=first_meeting_date'), 'the finder’s search');
    expect(m.problem).to.equal(null);
  });

  it('finds a finder in its own shadow root, beside it, and not an element of that id elsewhere', async () => {
    const outside = await fixture<HTMLElement>(html`<div><p id="finder">Not a finder</p><div class="host"></div></div>`);
    const root = outside.querySelector('.host')!.attachShadow({ mode: 'open' });
    const { f, m } = await pair({ q: 'data' }, {}, root);
    expect(m.problem).to.equal(null);
    const data = await pinsOf('q=data&signup=open&order=first_meeting_date');
    await mapShows(m, data, 'the finder’s search');
    const id = f.circleIds.find((i) => m.listIds.includes(i))!;
    m.showOnMapButton(id)!.click();
    await waitUntil(() => f.highlightedCard?.circle.id === id, 'the card in the shadow root is highlighted');
  });
});
