import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './circle-finder.js';
import '../../config/p2pu-config.js';
import type { CircleFinder } from './circle-finder.js';
import { CircleFinderHarness } from './circle-finder.harness.js';
import { clearApiCache, resetClients, searchCircles, type LearningCircle } from '../../api/index.js';
import { clearFaults, injectFault, localApi } from '../../../test/local-api.js';
import { recordFetches, spilledResults, stopRecordingFetches } from '../../../test/page-helpers.js';

type Card = HTMLElement & { circle: LearningCircle; updateComplete: Promise<boolean> };

let requests: URL[] = [];

/** Every /api/learningcircles/ request the widgets made (fetch transport). */
const searches = () => requests.filter((u) => /\/api\/learningcircles\/$/.test(u.pathname));
const lastSearch = () => searches().at(-1)!.searchParams;

const $ = <T extends Element = HTMLElement>(el: CircleFinder, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const $$ = <T extends Element = HTMLElement>(el: CircleFinder, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)] as T[];
const cards = (el: CircleFinder) => $$<Card>(el, '.results circle-card');
/** What has focus inside the widget, in words (chai cannot print DOM nodes cheaply). */
function focused(el: CircleFinder): string {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  if (!active) return 'nothing';
  return active.id ? `#${active.id}` : `${active.localName}.${[...active.classList].join('.')}${active.dataset.index ? `[${active.dataset.index}]` : ''}`;
}
/** Words without the isolates (U+2066–U+2069) around API values in sentences and chips. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '');
const summary = (el: CircleFinder) => plain($(el, '.summary')!.textContent!.replace(/\s+/g, ' ').trim());

/** Waits until the current search (and any "load more") has finished rendering. */
async function settled(el: CircleFinder) {
  await el.updateComplete;
  await waitUntil(() => $(el, '.body')?.getAttribute('aria-busy') === 'false', 'the search did not finish', {
    timeout: 6000,
  });
  await el.updateComplete;
}

async function finder(template: ReturnType<typeof html>): Promise<CircleFinder> {
  const host = await fixture<HTMLElement>(template);
  const el = (host.localName === 'circle-finder' ? host : host.querySelector('circle-finder')) as CircleFinder;
  await settled(el);
  return el;
}

/** Opens the filter panel and waits for its controls (their code loads on the first opening). */
const openFilters = (el: CircleFinder) => new CircleFinderHarness(el).openFilters();

async function choose(el: CircleFinder, selector: string, value: string) {
  const select = $<HTMLSelectElement>(el, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settled(el);
}

async function click(el: CircleFinder, target: HTMLElement) {
  target.click();
  await settled(el);
}

function stubGeolocation(getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) => void) {
  Object.defineProperty(navigator, 'geolocation', { value: { getCurrentPosition }, configurable: true });
}

/** The local API's raw items for these circle ids, for a search answered by the test. */
function rawCircles(ids: number[]): Promise<unknown[]> {
  return Promise.all(
    ids.map(async (id) => {
      const response = await fetch(`${localApi.open}/api/learningcircles/?id=${id}&limit=1`);
      return ((await response.json()) as { items: unknown[] }).items[0];
    }),
  );
}

const jsonResponse = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

/**
 * Answers the widgets' circle searches (fetch transport) with `answer`, given each one's
 * parameters and the signal it was sent with; `undefined` lets a search through to the API.
 * Returns the function that stops it.
 */
function answerSearches(answer: (params: URLSearchParams, signal: AbortSignal | undefined) => Promise<Response> | undefined) {
  const before = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const own = /\/api\/learningcircles\/$/.test(url.pathname) ? answer(url.searchParams, init?.signal ?? undefined) : undefined;
    return own ?? before(input, init);
  }) as typeof fetch;
  return () => {
    window.fetch = before;
  };
}

describe('<circle-finder>', () => {
  const api = () => localApi.open;

  beforeEach(() => {
    clearApiCache();
    resetClients();
    requests = recordFetches();
  });

  afterEach(async () => {
    stopRecordingFetches();
    delete (navigator as unknown as Record<string, unknown>).geolocation;
    await clearFaults();
  });

  it('lists circles open for signup, soonest first, with counts in the tabs and a summary', async () => {
    const el = await finder(html`<circle-finder endpoint=${api()} transport="cors"></circle-finder>`);
    const params = lastSearch();
    expect(params.get('signup')).to.equal('open');
    expect(params.get('order')).to.equal('first_meeting_date');
    expect(params.get('limit')).to.equal('12');
    expect(cards(el)).to.have.length(12);
    expect(cards(el)[0].circle.canSignUp || cards(el)[0].circle.status === 'in_progress').to.equal(true);
    const openTab = $(el, '#tab-open')!;
    expect(openTab.getAttribute('aria-selected')).to.equal('true');
    expect(openTab.textContent).to.match(/Open for signup \(\d+\)/);
    expect($(el, '#tab-closed')!.textContent).to.match(/Past and closed \(\d+\)/);
    expect(summary(el)).to.match(/^\d+ learning circles\. Showing 12 of \d+\.$/);
    expect($(el, '.summary')!.getAttribute('role')).to.equal('status');
    expect($(el, '.load-more')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('switches tabs with the arrow keys, ordering past circles by most recent end', async () => {
    const el = await finder(html`<circle-finder endpoint=${api()} transport="cors" filters="q"></circle-finder>`);
    $(el, '#tab-open')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect($(el, '#tab-closed')!.getAttribute('aria-selected')).to.equal('true');
    expect(focused(el)).to.equal('#tab-closed');
    expect(lastSearch().get('signup')).to.equal('closed');
    expect(lastSearch().get('order')).to.equal('last_meeting_date');
    expect(cards(el).every((c) => c.circle.status === 'closed' || c.circle.status === 'completed')).to.equal(true);
    expect($(el, '.panel')!.getAttribute('aria-labelledby')).to.equal('tab-closed');
    clearApiCache(); // the open tab's answer is cached: make it ask again
    await sendKeys({ press: 'Home' });
    await settled(el);
    expect(lastSearch().get('signup')).to.equal('open');
  });

  it('searches once after typing pauses, keeps focus in the box, and searches at once on Enter', async () => {
    const el = await finder(html`<circle-finder endpoint=${api()} transport="cors" filters="q"></circle-finder>`);
    const input = $<HTMLInputElement>(el, '#q')!;
    input.focus();
    for (const typed of ['p', 'py', 'pyt', 'pyth', 'pytho', 'python']) {
      input.value = typed; // keystrokes faster than the pause the widget waits for
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await waitUntil(() => searches().some((u) => u.searchParams.get('q') === 'python'), 'no search after typing');
    await settled(el);
    expect(searches().filter((u) => u.searchParams.has('q'))).to.have.length(1);
    expect(focused(el)).to.equal('#q');
    // P2PU's count for a text search may include duplicates: no total until every page is in
    expect(summary(el)).to.match(/^Learning circles that match “python”\. Showing \d+ so far\.$/);
    expect(cards(el).length).to.be.greaterThan(0);

    await sendKeys({ type: ' riverside' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(lastSearch().get('q')).to.equal('python riverside');
    await settled(el);
    expect(cards(el).map((c) => c.circle.id)).to.include(4821);
    expect(focused(el)).to.equal('#q');
  });

  it('never shows an older answer over a newer one, and aborts the older request', async () => {
    const el = await finder(html`<circle-finder endpoint=${api()} transport="cors" filters="q"></circle-finder>`);
    const [a, b] = cards(el).map((c) => c.circle);
    const [rawA, rawB] = await rawCircles([a.id, b.id]);
    let releaseFirst!: () => void;
    const firstGate = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstSignal: AbortSignal | undefined;
    const stopAnswering = answerSearches((params, signal) => {
      if (params.get('q') === 'first') {
        firstSignal = signal;
        // an answer that arrives late, whatever the abort
        return firstGate.then(() => jsonResponse({ count: 1, items: [rawA] }));
      }
      return params.get('q') === 'second' ? Promise.resolve(jsonResponse({ count: 1, items: [rawB] })) : undefined;
    });
    try {
      const input = $<HTMLInputElement>(el, '#q')!;
      const form = $<HTMLFormElement>(el, 'form')!;
      input.value = 'first';
      input.dispatchEvent(new Event('input'));
      form.requestSubmit();
      await el.updateComplete;
      input.value = 'second';
      input.dispatchEvent(new Event('input'));
      form.requestSubmit();
      await settled(el);
      releaseFirst();
      await aTimeout(0);
      await el.updateComplete;
      expect(firstSignal?.aborted).to.equal(true);
      expect(cards(el).map((c) => c.circle.id)).to.deep.equal([b.id]);
      expect(summary(el)).to.contain('“second”');
    } finally {
      stopAnswering();
    }
  });

  it('sends each filter’s parameters: topics, city, meeting days (Sunday too), online and order', async () => {
    const el = await finder(html`<circle-finder endpoint=${api()} transport="cors"></circle-finder>`);
    await openFilters(el);
    await waitUntil(() => $$(el, '#topic option').length > 1 && $$(el, '#city option').length > 1, 'no topics or cities');
    const topicOptions = $$<HTMLOptionElement>(el, '#topic option').map((o) => o.textContent!.trim());
    expect(topicOptions).to.include.members(['python (6)']);

    await choose(el, '#topic', 'python');
    expect(lastSearch().get('topics')).to.equal('python');
    expect($$<HTMLOptionElement>(el, '#topic option').map((o) => o.value)).not.to.include('python');

    await choose(el, '#city', 'Riverbend');
    expect(lastSearch().get('city')).to.equal('Riverbend');
    expect(summary(el)).to.contain('in Riverbend');

    await choose(el, '#topic', 'writing');
    expect(lastSearch().get('topics')).to.equal('python,writing');

    await click(el, $(el, 'input[type=checkbox][value="0"]')!);
    await click(el, $(el, 'input[type=checkbox][value="6"]')!);
    expect(lastSearch().get('weekdays')).to.equal('0,-1');

    await click(el, $(el, 'input[type=radio][value="online"]')!);
    expect(lastSearch().get('online')).to.equal('true');
    await click(el, $(el, 'input[type=radio][value="in-person"]')!);
    expect(lastSearch().get('online')).to.equal('false');
    clearApiCache();
    await click(el, $(el, 'input[type=radio][value="any"]')!);
    expect(lastSearch().has('online')).to.equal(false);

    await choose(el, '#order', 'name');
    expect(lastSearch().get('order')).to.equal('name');
    await click(el, $(el, '#tab-closed')!);
    expect(lastSearch().get('order')).to.equal('name');

    const chips = $$(el, '.chip').map((c) => plain(c.textContent!.trim()));
    expect(chips).to.deep.equal(['python', 'writing', 'Riverbend', 'Monday', 'Sunday']);
  });

  it('labels the weekday filter "Meeting day": the day the circles it finds meet every week', async () => {
    const el = await finder(html`<circle-finder endpoint=${api()} transport="cors" filters="days"></circle-finder>`);
    await openFilters(el);
    const legend = $(el, 'fieldset.days legend')!;
    expect(legend.textContent!.trim()).to.equal('Meeting day');
    expect(new CircleFinderHarness(el).text).not.to.contain('first meeting');
    await click(el, $(el, 'input[type=checkbox][value="1"]')!); // Tuesday
    expect(lastSearch().get('weekdays')).to.equal('1');
    expect(cards(el).length).to.be.greaterThan(0);
    for (const card of cards(el)) {
      await card.updateComplete;
      const time = card.shadowRoot!.querySelector('.time')!.textContent!;
      expect(time, card.circle.name).to.match(/^(Weekly on )?Tuesday/);
    }
    await expect(el).to.be.accessible();
  });

  it('keeps room for the results not yet drawn, in every layout, so no card spills into the next row', async () => {
    for (const layout of ['auto', 'list', 'compact']) {
      for (const width of [360, 1000]) {
        const el = await finder(
          html`<div style="inline-size: ${width}px"><circle-finder endpoint=${api()} transport="cors" page-size="100" layout=${layout}></circle-finder></div>`,
        );
        const { spilled, notDrawn } = spilledResults(el.shadowRoot!);
        expect(notDrawn, `${layout}, ${width}px: results out of view not drawn`).to.be.greaterThan(10);
        expect(spilled, `${layout}, ${width}px: cards taller than their room`).to.deep.equal([]);
      }
    }
  });

  it('finds circles near the learner, in miles for an English page, sent as km', async () => {
    stubGeolocation((ok) => ok({ coords: { latitude: 39.781721, longitude: -89.650148 } } as GeolocationPosition));
    const el = await finder(html`<circle-finder endpoint=${api()} transport="cors" filters="city near" city="Riverbend"></circle-finder>`);
    await openFilters(el);
    expect($$<HTMLOptionElement>(el, '#distance option').map((o) => o.textContent!.trim())).to.deep.equal([
      '5 mi',
      '10 mi',
      '25 mi',
      '50 mi',
    ]);
    await click(el, $(el, '.locate')!);
    const params = lastSearch();
    expect(params.get('latitude')).to.equal('39.78');
    expect(params.get('longitude')).to.equal('-89.65');
    expect(params.get('distance')).to.equal('16.1');
    expect(params.has('city')).to.equal(false);
    expect($$(el, '.chip').map((c) => c.textContent!.trim())).to.deep.equal(['Within 10 mi of you']);
    await choose(el, '#distance', '40.2');
    expect(lastSearch().get('distance')).to.equal('40.2');
    await expect(el).to.be.accessible();
  });

  it('says clearly when the browser does not share the location, and does not search near', async () => {
    stubGeolocation((_ok, fail) => fail({ code: 1, message: 'denied' } as GeolocationPositionError));
    // Australian English: kilometres, and English texts to read the message by
    const el = await finder(html`<circle-finder endpoint=${api()} transport="cors" filters="near" lang="en-AU"></circle-finder>`);
    await openFilters(el);
    expect($$<HTMLOptionElement>(el, '#distance option').map((o) => o.value)).to.deep.equal(['10', '25', '50', '100']);
    const before = searches().length;
    $(el, '.locate')!.click();
    await el.updateComplete;
    const message = $(el, '#geo-message')!;
    expect(message.textContent).to.contain('did not share your location');
    expect(message.getAttribute('role')).to.equal('status');
    expect(searches()).to.have.length(before);
    expect($(el, '.chip')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('removes filter chips from the keyboard, keeping focus on the next chip, then the search box', async () => {
    const el = await finder(html`<circle-finder endpoint=${api()} transport="cors" filters="q topics" topics="python,writing"></circle-finder>`);
    expect(lastSearch().get('topics')).to.equal('python,writing');
    const first = $(el, '.chip')!;
    expect(plain(first.getAttribute('aria-label'))).to.equal('Remove filter: python');
    first.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(lastSearch().get('topics')).to.equal('writing');
    const next = el.shadowRoot!.activeElement as HTMLElement;
    expect(plain(next.getAttribute('aria-label'))).to.equal('Remove filter: writing');
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(lastSearch().has('topics')).to.equal(false);
    expect(focused(el)).to.equal('#q');
    expect($(el, '.chips-row')).to.equal(null);
  });

  it('clears all filters in place (no page reload)', async () => {
    const el = await finder(html`<circle-finder endpoint=${api()} transport="cors" topics="python" city="Riverbend" online="false"></circle-finder>`);
    expect($$(el, '.chip')).to.have.length(3);
    $(el, '.clear-all')!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    const params = lastSearch();
    expect(params.has('topics') || params.has('city') || params.has('online')).to.equal(false);
    expect($(el, '.chips-row')).to.equal(null);
    expect(focused(el)).to.equal('#q');
  });

  it('loads more circles below, without duplicates, and moves focus to the first new one', async () => {
    const el = await finder(html`<circle-finder endpoint=${api()} transport="cors" filters="q" page-size="5"></circle-finder>`);
    expect(cards(el)).to.have.length(5);
    $(el, '.load-more')!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(lastSearch().get('offset')).to.equal('5');
    expect(lastSearch().get('limit')).to.equal('5');
    const ids = cards(el).map((c) => c.circle.id);
    expect(ids).to.have.length(10);
    expect(new Set(ids).size).to.equal(10);
    expect(focused(el)).to.equal('li.[5]');
    expect(summary(el)).to.match(/Showing 10 of \d+\./);
    // what search engines read stays the first page (they press no "Load more")
    const described = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!) as { name: string }[];
    expect(described.map((e) => e.name)).to.deep.equal(cards(el).slice(0, 5).map((c) => c.circle.name));

    // A next page that repeats circles already shown (ties in the server's order) adds only new ones.
    const shown = cards(el).map((c) => c.circle);
    const fresh = (await searchCircles(el.client, { signup: 'open', order: 'first_meeting_date', limit: 1, offset: 30 })).items[0];
    const nextPage = { count: 40, items: await rawCircles([shown[2].id, fresh.id, shown[0].id]) };
    const stopAnswering = answerSearches(() => Promise.resolve(jsonResponse(nextPage)));
    try {
      await click(el, $(el, '.load-more')!);
      expect(cards(el).map((c) => c.circle.id)).to.deep.equal([...ids, fresh.id]);
    } finally {
      stopAnswering();
    }
  });

  it('keeps the search in the URL under its prefix, leaves other parameters and the hash alone, and restores it', async () => {
    const original = location.href;
    const start = new URL(location.href);
    start.searchParams.set('page_id', '7');
    start.searchParams.set('lc_q', 'python');
    start.searchParams.set('lc_tab', 'closed');
    start.hash = 'results';
    history.replaceState(history.state, '', start.href);
    try {
      const el = await finder(html`<circle-finder endpoint=${api()} transport="cors" sync-url filters="q city"></circle-finder>`);
      expect(lastSearch().get('q')).to.equal('python');
      expect(lastSearch().get('signup')).to.equal('closed');
      expect($<HTMLInputElement>(el, '#q')!.value).to.equal('python');
      expect($(el, '#tab-closed')!.getAttribute('aria-selected')).to.equal('true');

      const entries = history.length;
      await openFilters(el);
      await waitUntil(() => $$(el, '#city option').length > 1, 'no cities');
      await choose(el, '#city', 'Riverbend');
      expect(history.length).to.equal(entries + 1);
      const after = new URL(location.href);
      expect(after.hash).to.equal('#results');
      expect(after.searchParams.get('lc_city')).to.equal('Riverbend');
      expect(after.searchParams.get('lc_q')).to.equal('python');
      for (const [key, value] of start.searchParams) {
        if (!key.startsWith('lc_')) expect(after.searchParams.get(key)).to.equal(value);
      }

      clearApiCache();
      const back = oneEvent(window, 'popstate');
      history.back();
      await back;
      await settled(el);
      expect(lastSearch().has('city')).to.equal(false);
      expect($<HTMLSelectElement>(el, '#city')!.value).to.equal('');

      clearApiCache();
      const forward = oneEvent(window, 'popstate');
      history.forward();
      await forward;
      await settled(el);
      expect(lastSearch().get('city')).to.equal('Riverbend');
      expect($<HTMLSelectElement>(el, '#city')!.value).to.equal('Riverbend');
    } finally {
      history.replaceState(history.state, '', original);
    }
  });

  it('shows a branch’s circles as a plain list: team and city presets, no filters, no tabs', async () => {
    const el = await finder(html`<p2pu-config team-id="1">
      <circle-finder endpoint=${api()} transport="cors" filters="" city="Riverbend" page-size="6"></circle-finder>
    </p2pu-config>`);
    const params = lastSearch();
    expect(params.get('team_id')).to.equal('1');
    expect(params.get('city')).to.equal('Riverbend');
    expect(params.get('signup')).to.equal('open');
    expect(params.get('limit')).to.equal('6');
    expect($(el, 'form')).to.equal(null);
    expect($(el, '[role=tablist]')).to.equal(null);
    expect($(el, '.filter-panel')).to.equal(null);
    expect($(el, '.chip')).to.equal(null);
    expect(cards(el)).to.have.length(6);
    expect(cards(el).every((c) => c.circle.city === 'Riverbend' && c.circle.signupOpen)).to.equal(true);
    expect(summary(el)).to.contain('in Riverbend');
    expect(requests.some((u) => /topics|cities/.test(u.pathname))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows only the filters named in `filters`', async () => {
    const el = await finder(html`<circle-finder endpoint=${api()} transport="cors" filters="q city"></circle-finder>`);
    await openFilters(el);
    expect($(el, '#q')).to.exist;
    expect($(el, '#city')).to.exist;
    expect($(el, '#topic')).to.equal(null);
    expect($(el, '#order')).to.equal(null);
    expect($(el, '#distance')).to.equal(null);
    expect($(el, 'input[type=checkbox]')).to.equal(null);
    expect($(el, 'input[type=radio]')).to.equal(null);
    expect($(el, '[role=tablist]')).to.exist;
  });

  it('counts what it shows when P2PU counts a circle once per facilitator', async () => {
    // the server answers count 3 for this search: one circle twice (two facilitators) and another
    const el = await finder(html`<circle-finder endpoint=${api()} transport="cors" q="python dat" filters="q"></circle-finder>`);
    expect(cards(el).map((c) => c.circle!.id)).to.have.length(2);
    expect(summary(el)).to.equal('2 learning circles match “python dat”.');
    expect($(el, '[part~="load-more"]')).to.equal(null);
    // the first page is the whole list: its tab says what it shows; P2PU's 0 for the other tab is exact
    expect(new CircleFinderHarness(el).tabLabels).to.deep.equal(['Open for signup (2)', 'Past and closed (0)']);
  });

  describe('the count never jumps (P2PU counts a circle found by text once per facilitator)', () => {
    /** Every number in a text. */
    const numbers = (text: string) => (text.match(/\d+/g) ?? []).map(Number);

    it('says how many are shown until the last page is in, then the true number, never a larger one before', async () => {
      // "python": P2PU answers count 13 (open tab) and 12 rows on the first page, which are 7
      // circles; the second page adds the 8th. Its open tab count is 13 too, the past tab's 3.
      const el = await finder(html`<circle-finder endpoint=${api()} transport="cors" filters="q"></circle-finder>`);
      const widget = new CircleFinderHarness(el);
      await widget.search('python');
      await settled(el);
      expect(lastSearch().get('q')).to.equal('python');
      const before = summary(el);
      expect(before).to.equal('Learning circles that match “python”. Showing 7 so far.');
      expect(widget.circleIds).to.have.length(7);
      expect(widget.tabLabels, 'no tab count that may include duplicates').to.deep.equal(['Open for signup', 'Past and closed']);
      expect(plain(widget.text), 'P2PU’s counts are never shown').not.to.match(/\b1[23]\b|\(3\)/);
      expect(widget.loadMoreButton).to.exist;

      await widget.loadMore();
      await settled(el);
      expect(lastSearch().get('offset')).to.equal('12');
      const after = summary(el);
      expect(after).to.equal('8 learning circles match “python”.');
      expect(widget.circleIds).to.have.length(8);
      expect(new Set(widget.circleIds).size).to.equal(8);
      expect(widget.tabLabels).to.deep.equal(['Open for signup (8)', 'Past and closed']);
      expect(widget.loadMoreButton).to.equal(null);
      // what was said before still holds: no number shrank
      expect(Math.max(...numbers(before))).to.be.at.most(Math.min(...numbers(after)));
      await expect(el).to.be.accessible();
    });

    it('gives a total from the first page when P2PU counts each circle once (no search text)', async () => {
      const el = await finder(html`<circle-finder endpoint=${api()} transport="cors" filters="q" page-size="5"></circle-finder>`);
      const widget = new CircleFinderHarness(el);
      const [, total] = /^(\d+) learning circles\. Showing 5 of (\d+)\.$/.exec(summary(el))!.map(Number);
      expect(widget.tabLabels[0]).to.equal(`Open for signup (${total})`);
      await widget.loadMore();
      await settled(el);
      expect(summary(el)).to.equal(`${total} learning circles. Showing 10 of ${total}.`);
      expect(widget.tabLabels[0]).to.equal(`Open for signup (${total})`);
    });
  });

  it('offers one-click ways out when nothing matches', async () => {
    const el = await finder(html`<circle-finder
      endpoint=${api()}
      transport="cors"
      q="zzzyzx"
      city="Riverbend"
      contact-url="mailto:learn@library.example"
    ></circle-finder>`);
    const empty = $(el, '.empty')!;
    // said once, in the summary (the live region); the panel offers the ways out
    expect(summary(el)).to.equal('No learning circles match “zzzyzx” in Riverbend.');
    expect(plain(new CircleFinderHarness(el).empty)).to.match(/^What you can do: /);
    expect(plain(new CircleFinderHarness(el).text).match(/no learning circles|match/gi)).to.deep.equal(['No learning circles', 'match']);
    const ways = [...empty.querySelectorAll('li')].map((li) => plain(li.textContent!.replace(/\s+/g, ' ').trim()));
    expect(ways).to.deep.equal([
      'Remove filter: “zzzyzx”',
      'Remove filter: Riverbend',
      'Clear all filters',
      'Ask us about upcoming learning circles',
    ]);
    expect(empty.querySelector('a')!.getAttribute('href')).to.equal('mailto:learn@library.example');
    await expect(el).to.be.accessible();

    const way = empty.querySelector<HTMLButtonElement>('li button')!;
    way.focus();
    await click(el, way);
    expect(lastSearch().has('q')).to.equal(false);
    expect(cards(el).length).to.be.greaterThan(0);
    expect(focused(el)).to.equal('p.summary');
  });

  it('offers the other tab when a tab is empty', async () => {
    const el = await finder(html`<circle-finder endpoint=${api()} transport="cors" q="Statistics"></circle-finder>`);
    // "Intro to Statistics" has ended: nothing open, one past circle.
    expect(summary(el)).to.equal('No learning circles match “Statistics”.');
    expect(new CircleFinderHarness(el).empty).not.to.contain('match');
    const other = [...$(el, '.empty')!.querySelectorAll('button')].find((b) => /past and closed/i.test(b.textContent!))!;
    expect(other.textContent).to.contain('(1)');
    await click(el, other);
    expect(lastSearch().get('signup')).to.equal('closed');
    expect(cards(el).map((c) => c.circle.name)).to.deep.equal(['Intro to Statistics']);
  });

  it('shows skeleton cards while loading, announced politely', async () => {
    const el = await fixture<CircleFinder>(html`<circle-finder endpoint=${`${api()}/__fault/hang`}></circle-finder>`);
    await el.updateComplete;
    expect($(el, '.results.skeleton')).to.exist;
    expect($(el, '.results.skeleton')!.getAttribute('aria-hidden')).to.equal('true');
    expect($(el, '.body')!.getAttribute('aria-busy')).to.equal('true');
    expect(summary(el)).to.equal('Loading learning circles…');
    await expect(el).to.be.accessible();
  });

  it('explains an error in plain words with a retry, leaving other widgets on the page alone', async () => {
    const host = await fixture<HTMLElement>(html`<div>
      <circle-finder id="broken" endpoint=${`${api()}/__fault/html500`} transport="cors" filters="q"></circle-finder>
      <circle-finder id="fine" endpoint=${api()} transport="cors" filters="q"></circle-finder>
    </div>`);
    const broken = host.querySelector<CircleFinder>('#broken')!;
    const fine = host.querySelector<CircleFinder>('#fine')!;
    await settled(broken);
    await settled(fine);
    const error = $(broken, '.error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Learning circles could not be loaded.');
    expect(error.textContent).to.contain('P2PU had a problem and could not answer. Please try again in a moment.');
    expect($(broken, '.retry')).to.exist;
    expect(broken.querySelector('script[type="application/ld+json"]')).to.equal(null);
    expect(cards(fine).length).to.be.greaterThan(0);
    expect($(fine, '.error')).to.equal(null);
    await expect(broken).to.be.accessible();
  });

  it('retries from the error state and keeps focus in the widget', async () => {
    await injectFault('html500', { path: '/api/learningcircles/', times: 1 });
    // page-size 7: a URL no earlier test asked for (the browser's HTTP cache keeps answers 15 minutes)
    const el = await finder(html`<circle-finder endpoint=${api()} transport="cors" filters="q" page-size="7"></circle-finder>`);
    const retry = $(el, '.retry')!;
    retry.focus();
    await click(el, retry);
    expect($(el, '.error')).to.equal(null);
    expect(cards(el).length).to.be.greaterThan(0);
    expect(focused(el)).to.equal('p.summary');
  });

  it('marks its root with what it shows: loading, content, empty, error', async () => {
    await injectFault('none', { path: '/api/learningcircles/', times: 1, latencyMs: 600 });
    const el = await fixture<CircleFinder>(html`<circle-finder endpoint=${api()} transport="cors" filters="q" page-size="5"></circle-finder>`);
    const finder = new CircleFinderHarness(el);
    await finder.reached('loading');
    await finder.reached('content');
    expect(finder.circleIds).to.have.length(5);
    await finder.search('zzqx nothing matches this');
    expect(finder.state).to.equal('empty');
    await injectFault('html500', { path: '/api/learningcircles/', times: 1 });
    await finder.search('python');
    expect(finder.state).to.equal('error');
    expect(finder.error).to.contain('Learning circles could not be loaded.');
    finder.retryButton!.click();
    await finder.reached('content');
  });

  it('shows still placeholders while loading, swept with light only after the first second', async () => {
    await injectFault('none', { path: '/api/learningcircles/', times: 1, latencyMs: 1500 });
    const el = await fixture<CircleFinder>(html`<circle-finder endpoint=${api()} transport="cors" filters="q"></circle-finder>`);
    await new CircleFinderHarness(el).reached('loading');
    const bone = $(el, '.skeleton .bone')!;
    const [sweep] = bone.getAnimations();
    const lightAt = (ms: number) => {
      sweep!.currentTime = ms;
      return getComputedStyle(bone).backgroundPosition;
    };
    expect(lightAt(0), 'still at first').to.equal(lightAt(900));
    expect(lightAt(1000 + 700), 'swept after a second').not.to.equal(lightAt(900));
    await new CircleFinderHarness(el).reached('content');
  });

  it('says P2PU could not be reached when the request fails, without blaming the patron’s connection', async () => {
    const el = await finder(html`<circle-finder endpoint="http://127.0.0.1:9" transport="cors" filters="q"></circle-finder>`);
    expect($(el, '.error')!.textContent).to.contain('P2PU could not be reached just now. Please try again in a moment.');
    expect($(el, '.error')!.textContent).not.to.contain('connection');
  });

  it('writes schema.org Event JSON-LD into the light DOM, safe from hostile names, unless told not to', async () => {
    const el = await finder(html`<circle-finder endpoint=${api()} transport="cors" city="Oakland" filters="q"></circle-finder>`);
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(script).to.exist;
    expect(script.textContent).not.to.contain('<');
    const events = JSON.parse(script.textContent!) as Record<string, any>[];
    expect(events.map((e) => e.name)).to.deep.equal(cards(el).map((c) => c.circle.name));
    const hostile = events.find((e) => e.name === '<img src=x onerror=alert(1)>')!;
    const circle = cards(el).find((c) => c.circle.name === hostile.name)!.circle;
    expect(hostile['@type']).to.equal('Event');
    expect(hostile['@context']).to.equal('https://schema.org');
    expect(hostile.startDate).to.equal(circle.startDateTime);
    expect(hostile.url).to.equal(circle.url);
    expect(hostile.eventAttendanceMode).to.equal('https://schema.org/OfflineEventAttendanceMode');
    expect(hostile.location['@type']).to.equal('Place');
    expect(hostile.location.address.addressLocality).to.equal('Oakland');
    expect(hostile.organizer.name).to.equal('Rockridge Branch <b>Library</b>');
    expect(hostile.organizer.url).to.equal(undefined); // its venue website is a javascript: URL
    expect(document.querySelector('img[src="x"]')).to.equal(null);

    el.setAttribute('city', 'Riverbend');
    await settled(el);
    const online = (JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!) as any[]).find(
      (e) => e.eventAttendanceMode === 'https://schema.org/OnlineEventAttendanceMode',
    );
    expect(online.location['@type']).to.equal('VirtualLocation');
    expect(online.organizer.name).to.equal('P2PU');
    expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);

    el.toggleAttribute('no-structured-data', true);
    await el.updateComplete;
    expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
  });

  it('lets the card’s select event bubble out unhindered, with the circle id and where it leads', async () => {
    const el = await finder(html`<circle-finder
      endpoint=${api()}
      transport="cors"
      filters="q"
      signup-page="/join.html?circle={id}"
    ></circle-finder>`);
    const card = cards(el)[0];
    await card.updateComplete;
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]')!;
    expect(link.href).to.contain(`circle=${card.circle.id}`);
    let wasPrevented: boolean | null = null;
    const selected = new Promise<CustomEvent>((resolve) =>
      document.addEventListener(
        'p2pu-circle-select',
        (event) => {
          wasPrevented = event.defaultPrevented;
          event.preventDefault(); // keep the test page here
          resolve(event as CustomEvent);
        },
        { once: true },
      ),
    );
    const here = location.href;
    link.click();
    const event = await selected;
    expect(event.detail).to.deep.equal({ id: card.circle.id, url: link.href });
    expect(wasPrevented).to.equal(false);
    expect(location.href).to.equal(here);
  });

  it('tells the page editor about settings it cannot use, and still shows circles', async () => {
    const el = await finder(html`<circle-finder
      endpoint=${api()}
      transport="cors"
      team-id="Riverbend"
      page-size="lots"
      filters="q colour"
      contact-url="javascript:alert(1)"
    ></circle-finder>`);
    const notes = $$(el, '[part~=problem] li').map((li) => li.textContent!);
    expect(notes.some((n) => n.includes('team-id "Riverbend"'))).to.equal(true);
    expect(notes.some((n) => n.includes('page-size "lots"'))).to.equal(true);
    expect(notes.some((n) => n.includes('"colour"'))).to.equal(true);
    expect(notes.some((n) => n.includes('contact-url'))).to.equal(true);
    expect(lastSearch().get('limit')).to.equal('12');
    expect(lastSearch().has('team_id')).to.equal(false);
    expect(cards(el)).to.have.length(12);
    await expect(el).to.be.accessible();
  });

  it('fits 320 px: filters behind a "Filters" button and cards within its width, chosen by its own width', async () => {
    const root = await fixture<HTMLElement>(html`<div style="width: 320px">
      <circle-finder endpoint=${api()} transport="cors" topics="python"></circle-finder>
    </div>`);
    const el = root.querySelector('circle-finder')!;
    await settled(el);
    const toggle = $(el, '.filters-toggle')!;
    const panel = $(el, '#filter-panel')!;
    const shown = (node: HTMLElement) => getComputedStyle(node).display !== 'none';
    expect(shown(toggle), 'the Filters button shows at 320 px').to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent!.trim()).to.equal('Filters (1)');
    expect(shown(panel), 'the filters are folded at 320 px').to.equal(false);
    const width = el.getBoundingClientRect().width;
    expect(cards(el).length).to.be.greaterThan(0);
    for (const card of cards(el)) expect(card.getBoundingClientRect().width).to.be.at.most(width + 0.5);
    await expect(el).to.be.accessible();
    await openFilters(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(panel)).to.equal(true);
    expect($(el, '#topic'), 'its controls are in').to.exist;
    await expect(el).to.be.accessible();
    // The same finder with room: the same button (the filters take its room at every width), which folds them away.
    root.style.width = '800px';
    await el.updateComplete;
    expect(shown(toggle), 'the Filters button shows at 800 px').to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(panel)).to.equal(false);
  });

  it('uses the layout it is given', async () => {
    const el = await finder(html`<circle-finder endpoint=${api()} transport="cors" filters="" layout="list"></circle-finder>`);
    expect($(el, '.results')!.getAttribute('data-layout')).to.equal('list');
    expect(cards(el).every((c) => c.getAttribute('layout') === 'list')).to.equal(true);
  });
});

describe('<circle-finder> as a patron sees it (phone 375 px, desktop 1280 px)', () => {
  const box = (node: Element) => node.getBoundingClientRect();
  const widths = { phone: 375, desktop: 1280 };

  /** A finder at a screen width (the page's own padding taken off, as on a library's page). */
  async function at(width: number, lang = 'en') {
    await setViewport({ width, height: 900 });
    const root = await fixture<HTMLElement>(html`<div style="padding: 0 16px">
      <circle-finder lang=${lang} endpoint=${localApi.open} transport="cors" page-size="8" no-structured-data></circle-finder>
    </div>`);
    const el = root.querySelector('circle-finder')!;
    await settled(el);
    return el;
  }

  after(() => setViewport({ width: 800, height: 600 }));

  for (const [name, width] of Object.entries(widths)) {
    it(`${name}: the filters take one button's room until opened; Escape folds them back onto the button`, async () => {
      const el = await at(width);
      const toggle = $<HTMLButtonElement>(el, '.filters-toggle')!;
      const panel = $(el, '#filter-panel')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(panel.id);
      expect(panel.hidden, 'folded at first').to.equal(true);
      expect(getComputedStyle(panel).display).to.equal('none');
      // the search box and the button are all that come before the tabs
      const before = box($(el, '[role=tablist]')!).top - box(el).top;
      expect(before, 'room above the tabs').to.be.at.most(width > 600 ? 100 : 150);
      if (width > 600) expect(Math.abs(box(toggle).bottom - box($(el, '.search-row')!).bottom), 'beside the search box').to.be.below(1);

      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await openFilters(el); // (already open: waits for its controls)
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(panel).display).not.to.equal('none');
      expect(focused(el), 'focus stays on the button').to.equal('button.button.secondary.filters-toggle');
      await expect(el).to.be.accessible();

      $<HTMLInputElement>(el, 'input[type=radio][value="online"]')!.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(getComputedStyle(panel).display).to.equal('none');
      expect(focused(el), 'focus back on the button').to.equal('button.button.secondary.filters-toggle');
    });

    it(`${name}: the "Filters" button counts the filters chosen`, async () => {
      const el = await at(width);
      el.setAttribute('topics', 'python');
      el.setAttribute('online', 'false');
      await settled(el);
      expect($(el, '.filters-toggle')!.textContent!.trim()).to.equal('Filters (2)');
    });

    it(`${name}: the two tabs stay one row of tabs, in Spanish too, their words whole`, async () => {
      for (const lang of ['en', 'es']) {
        const el = await at(width, lang);
        if (lang === 'es') await waitUntil(() => /inscripción/i.test($(el, '#tab-open')!.textContent!), 'no Spanish tabs');
        const [open, closed] = $$(el, '[role=tab]');
        const list = box($(el, '[role=tablist]')!);
        expect(box(open).top, `${lang}: tabs on one row`).to.equal(box(closed).top);
        expect(box(open).height, `${lang}: as tall as each other`).to.equal(box(closed).height);
        for (const tab of [open, closed]) {
          expect(box(tab).right, `${lang}: within the row`).to.be.at.most(list.right + 0.5);
          expect(tab.scrollWidth, `${lang}: "${tab.textContent!.trim()}" whole`).to.be.at.most(tab.clientWidth);
        }
      }
    });

    it(`${name}: check boxes, radio buttons, chips and "Clear all" are targets of at least 24 px`, async () => {
      const el = await at(width);
      el.setAttribute('topics', 'python');
      await settled(el);
      await openFilters(el);
      const targets = $$(el, 'input[type=checkbox], input[type=radio], .chip, .clear-all');
      expect(targets.length).to.be.at.least(11);
      for (const target of targets) {
        const { width: w, height: h } = box(target);
        expect(Math.min(w, h), `${target.localName}.${target.className} ${w} × ${h}`).to.be.at.least(24);
      }
    });
  }

  it('desktop: "Sort by" shows its whole choice, in English and in Spanish', async () => {
    for (const lang of ['en', 'es']) {
      const el = await at(widths.desktop, lang);
      await openFilters(el);
      if (lang === 'es') await waitUntil(() => /Ordenar/.test($(el, 'label[for=order]')!.textContent!), 'no Spanish label');
      const select = $<HTMLSelectElement>(el, '#order')!;
      const shown = box(select).width;
      select.style.inlineSize = 'max-content'; // as wide as its longest choice
      const needed = box(select).width;
      select.style.inlineSize = '';
      expect(shown, `${lang}: "${select.selectedOptions[0].textContent}" fits`).to.be.at.least(needed - 0.5);
      expect(select.scrollWidth).to.be.at.most(select.clientWidth);
    }
  });

  it('desktop: cards in a row are equally tall, each with its call to action at the bottom', async () => {
    const el = await at(widths.desktop);
    const rows = new Map<number, Card[]>();
    for (const card of cards(el)) {
      await card.updateComplete;
      const top = Math.round(box(card).top);
      rows.set(top, [...(rows.get(top) ?? []), card]);
    }
    const full = [...rows.values()].filter((row) => row.length > 1);
    expect(full.length, 'rows of several cards').to.be.at.least(1);
    for (const row of full) {
      // (a row out of view is not laid out until a patron scrolls to it: content-visibility)
      row[0].scrollIntoView();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const heights = row.map((card) => Math.round(box(card.shadowRoot!.querySelector('[part~=card]')!).height));
      expect(new Set(heights).size, `heights ${heights.join(', ')}`).to.equal(1);
      const ctas = row.map((card) => Math.round(box(card.shadowRoot!.querySelector('[part~=cta]')!).bottom));
      expect(new Set(ctas).size, `calls to action end at ${ctas.join(', ')}`).to.equal(1);
    }
  });
});
