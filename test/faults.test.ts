/**
 * Faults of the P2PU API, for every widget at once: slow, hung, HTML 500, malformed JSON, a JSONP
 * script error, CORS refused, the network offline, optional keys missing, unexpected keys added and
 * empty lists. Each widget must end in a clear state (with "Try again" where trying again can help),
 * throw nothing, leave the other widgets on the page alone, and the signup form must keep what a
 * learner typed and never say "done" without P2PU's `created`.
 *
 * The local API's faults come from its `/__fault/<kind>` endpoint prefix and `/__faults` rules
 * (server/README.md); answers the local API never gives come from test/hostile/stub-api.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { DEFAULT_TIMEOUT_MS, PRODUCTION_ORIGIN, clearApiCache, getAllowedEndpoints, resetClients, setAllowedEndpoints } from '../src/api/index.js';
import { addAllowedEndpoints } from '../src/api/transport.js';
import { CircleSignup } from '../src/components/circle-signup/circle-signup.js';
import { clearFaults, injectFault, localApi } from './local-api.js';
import { STUB_ORIGIN, installStubApi, json, mapObjects } from './hostile/stub-api.js';
import { JARGON, WIDGETS, retryButton, visibleText, widgetState, type Widget } from './hostile/widgets.js';
import { watchPageErrors } from './watch.js';

// ---------------------------------------------------------------------------------------------
// Helpers


/** Makes the client's 15 s request timeout fire after `ms`, so a hung request ends within the test. */
function shortenRequestTimeout(ms = 700): () => void {
  const original = window.setTimeout;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) =>
    original(handler, delay === DEFAULT_TIMEOUT_MS ? ms : delay, ...args)) as unknown as typeof window.setTimeout;
  return () => {
    window.setTimeout = original;
  };
}

/**
 * Makes the browser say it is offline (`navigator.onLine === false`), as it does when the device has
 * no network; returns the function that undoes it. Pair it with an endpoint where nothing listens,
 * so the requests really fail, as they would offline.
 */
function pretendOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => void Reflect.deleteProperty(navigator, 'onLine');
}

/**
 * An open circle without a seat limit: other test files sign up for 4821 until it is full, and
 * these tests' own signups never fill this one.
 */
const OPEN_CIRCLE = '4791';

/** One of each widget on `endpoint`, plus two widgets on the healthy local API. */
function page(endpoint: string, transport: string): TemplateResult {
  return html`<div>
    <div class="faulty">
      <circle-finder endpoint=${endpoint} transport=${transport} page-size="3"></circle-finder>
      <circle-card endpoint=${endpoint} transport=${transport} circle-id="4821"></circle-card>
      <circle-signup endpoint=${endpoint} transport=${transport} circle-id=${OPEN_CIRCLE}></circle-signup>
      <course-card endpoint=${endpoint} transport=${transport} course-id="1203"></course-card>
      <course-finder endpoint=${endpoint} transport=${transport} page-size="3"></course-finder>
    </div>
    <div class="healthy">
      <circle-card endpoint=${localApi.open} transport="cors" circle-id="4822"></circle-card>
      <course-card endpoint=${localApi.open} transport="cors" course-id="1135"></course-card>
    </div>
  </div>`;
}

interface Mounted {
  root: HTMLElement;
  faulty: Map<Widget, HTMLElement>;
  healthy: HTMLElement[];
}

async function mount(endpoint: string, transport: string): Promise<Mounted> {
  const root = await fixture<HTMLElement>(page(endpoint, transport));
  const faulty = new Map(WIDGETS.map((tag) => [tag, root.querySelector<HTMLElement>(`.faulty ${tag}`)!]));
  const healthy = [...root.querySelectorAll<HTMLElement>('.healthy > *')];
  return { root, faulty, healthy };
}

/** The same server under another host name (`localhost` ↔ `127.0.0.1`). */
function otherHost(url: string): string {
  const u = new URL(url);
  u.hostname = u.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return u.origin;
}

const notLoading = (els: Iterable<HTMLElement>) => [...els].every((el) => widgetState(el) !== 'loading');

async function settle(m: Mounted, timeout = 6000) {
  try {
    await waitUntil(() => notLoading(m.faulty.values()) && notLoading(m.healthy), '', { timeout });
  } catch {
    const healthy = m.healthy.map((el) => `${el.localName}: ${widgetState(el)}`).join(', ');
    throw new Error(`the widgets did not finish loading: ${JSON.stringify(states(m))}; healthy ${healthy}`);
  }
  await updated([...m.faulty.values(), ...m.healthy]);
  // The finders ask for their lists (topics, cities…) once their results show: let those requests
  // end too, so that a broken JSONP answer cannot fail after the test it belongs to.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
  await waitUntil(() => document.querySelector('script[src*="callback="]') === null, 'JSONP requests still out', { timeout });
}

/** Waits for the widgets' pending renders. */
async function updated(els: Iterable<HTMLElement>) {
  await Promise.all([...els].map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
}

/** Each widget's state in words: `error+retry`, `error` (no retry button), `content`, … */
function states(m: Mounted): Record<string, string> {
  return Object.fromEntries(
    [...m.faulty].map(([tag, el]) => {
      const state = widgetState(el);
      return [tag, state === 'error' ? (retryButton(el) ? 'error+retry' : 'error') : state];
    }),
  );
}

/** What each widget shows that a learner should not have to read: technical words. */
function jargon(m: Mounted): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [tag, el] of m.faulty) {
    const hit = JARGON.exec(visibleText(el));
    if (hit) found[tag] = hit[0];
  }
  return found;
}

function expectHealthyUnaffected(m: Mounted) {
  expect(m.healthy.map((el) => `${el.localName}: ${widgetState(el)}`)).to.deep.equal([
    'circle-card: content',
    'course-card: content',
  ]);
}

/**
 * Whether each widget says `words` (somewhere in its visible text): true, or else what it says
 * instead (so a failing comparison shows it).
 */
function saying(m: Mounted, words: RegExp): Record<string, boolean | string> {
  return Object.fromEntries(
    [...m.faulty].map(([tag, el]) => {
      const text = visibleText(el);
      return [tag, words.test(text) || text.slice(-300)];
    }),
  );
}

/** Each widget that mentions the patron's connection (only right when the browser says it is offline). */
function blamingTheConnection(m: Mounted): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [tag, el] of m.faulty) {
    const hit = /connection|offline|internet/i.exec(visibleText(el));
    if (hit) found[tag] = hit[0];
  }
  return found;
}

/** The words per cause of failure, as every widget says them (src/internal/error-text.ts). */
const SAYS = {
  httpError: /P2PU had a problem and could not answer\. Please try again in a moment\./,
  neutral: /P2PU could not be reached just now\. Please try again in a moment\./,
  unreadable: /P2PU’s answer could not be read\. Please try again in a moment\./,
  timeout: /P2PU took too long to answer\. Please try again in a moment\./,
  offline: /You seem to be offline\. Check your internet connection, then try again\./,
};

const every = (state: string): Record<Widget, string> =>
  Object.fromEntries(WIDGETS.map((tag) => [tag, state])) as Record<Widget, string>;
/** Each widget: true (what {@link saying} expects when every widget says the words). */
const EVERY_WIDGET: Record<Widget, boolean> = Object.fromEntries(WIDGETS.map((tag) => [tag, true])) as Record<Widget, boolean>;
const loaded = { 'circle-finder': 'content', 'circle-card': 'content', 'circle-signup': 'form', 'course-card': 'content', 'course-finder': 'content' };

// Raw answers the local API never gives.

/** Keys P2PU leaves out when empty, or that older deployments do not send (p2pu-api.md §2, §5.10, §5.25). */
const OPTIONAL_KEYS = [
  // circles: omitted when empty
  'image_url',
  'signup_question',
  'next_meeting_date',
  'is_facilitator',
  'is_learner',
  // circles: added recently, missing on older servers
  'signup_limit',
  'signup_count',
  'status',
  'start_datetime',
  // lists: only when paginating
  'offset',
  'limit',
  // courses: deprecated or relative
  'platform',
  'course_page_path',
  'course_edit_path',
];
const withoutOptionalKeys = (body: unknown) =>
  mapObjects(body, (obj) => {
    for (const key of OPTIONAL_KEYS) delete obj[key];
    return obj;
  });

/** Keys a newer P2PU might add, at every level, including names that could pollute prototypes. */
const withExtraKeys = (body: unknown) =>
  mapObjects(body, (obj) => ({
    ...obj,
    ...JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "toString": "not a function",' +
        ' "description": "<p class=pwn>Rich <b>text</b> the API might send one day</p>", "meets_weekly": false,' +
        ' "extra_number": 1e308, "extra_list": [null, {"deep": [1, 2, {"deeper": true}]}], "extra_null": null}',
    ),
  }));

// ---------------------------------------------------------------------------------------------

describe('faults: every widget, each fault of the API', () => {
  let pageErrors: ReturnType<typeof watchPageErrors>;
  let undo: (() => void)[] = [];

  beforeEach(() => {
    clearApiCache();
    resetClients();
    pageErrors = watchPageErrors();
    undo = [];
  });
  afterEach(async () => {
    for (const fn of undo.reverse()) fn();
    pageErrors.stop();
    await clearFaults();
  });

  it('slow (3 s here, 10 s in production, both under the 15 s timeout): a skeleton, then the content', async function () {
    this.timeout(15000);
    const m = await mount(`${localApi.open}/__fault/slow`, 'auto');
    await updated(m.faulty.values());
    expect(states(m)).to.deep.equal(every('loading'));
    await waitUntil(() => notLoading(m.healthy), 'the healthy widgets waited for the slow ones', { timeout: 2500 });
    expectHealthyUnaffected(m);
    expect(states(m)).to.deep.equal(every('loading'), 'a slow answer is not an error');
    await settle(m, 10000);
    expect(states(m)).to.deep.equal(loaded);
    expect(pageErrors.errors).to.deep.equal([]);
  });

  it('hung (no answer ever): the request gives up and each widget offers "Try again"', async function () {
    this.timeout(12000);
    undo.push(shortenRequestTimeout());
    // A JSONP <script> that never loads keeps its connection after the widget gives up, and Chromium
    // opens at most 6 per host: hang on another host name for the same API, so later tests still get through.
    // The page allows that endpoint too (else the widgets would ask P2PU production instead).
    const hanging = `${otherHost(localApi.open)}/__fault/hang`;
    const saved = getAllowedEndpoints().filter((e) => e !== PRODUCTION_ORIGIN);
    addAllowedEndpoints([hanging]);
    undo.push(() => void setAllowedEndpoints(saved));
    const m = await mount(hanging, 'auto');
    await settle(m);
    expect(states(m)).to.deep.equal(every('error+retry'));
    expect(jargon(m)).to.deep.equal({});
    expect(saying(m, SAYS.timeout)).to.deep.equal(EVERY_WIDGET);
    expect(blamingTheConnection(m)).to.deep.equal({});
    expectHealthyUnaffected(m);
    expect(pageErrors.errors).to.deep.equal([]);
  });

  // What the browser lets us tell: fetch sees an HTTP error status; over JSONP an HTML 500 and a
  // network failure are the same script error event, so those words blame no one.
  const failing: { name: string; endpoint: () => string; transport: string; says: RegExp; scriptErrors?: boolean }[] = [
    { name: 'an HTML 500 page', endpoint: () => `${localApi.open}/__fault/html500`, transport: 'cors', says: SAYS.httpError },
    { name: 'an HTML 500 page (JSONP)', endpoint: () => `${localApi.open}/__fault/html500`, transport: 'jsonp', says: SAYS.neutral },
    { name: 'malformed JSON', endpoint: () => `${localApi.open}/__fault/malformed`, transport: 'cors', says: SAYS.unreadable },
    {
      name: 'a JSONP script error (the script is cut short)',
      endpoint: () => `${localApi.open}/__fault/malformed`,
      transport: 'jsonp',
      says: SAYS.unreadable,
      scriptErrors: true,
    },
    { name: 'CORS refused (production CORS, fetch forced)', endpoint: () => localApi.p2pu, transport: 'cors', says: SAYS.neutral },
    // the browser still says it is online: nothing tells a dropped network from a server that is down
    { name: 'the network offline (nothing listens)', endpoint: () => 'http://127.0.0.1:9', transport: 'auto', says: SAYS.neutral },
    { name: 'the network offline (fetch)', endpoint: () => 'http://127.0.0.1:9', transport: 'cors', says: SAYS.neutral },
  ];
  for (const fault of failing) {
    it(`${fault.name}: an error in plain words with "Try again"; nothing thrown; other widgets fine`, async () => {
      const m = await mount(fault.endpoint(), fault.transport);
      await settle(m);
      expect(states(m)).to.deep.equal(every('error+retry'));
      expect(jargon(m)).to.deep.equal({});
      expect(saying(m, fault.says), `every widget says ${fault.says}`).to.deep.equal(EVERY_WIDGET);
      expect(blamingTheConnection(m), 'the patron\'s connection is not known to have failed').to.deep.equal({});
      expectHealthyUnaffected(m);
      // The browser reports a broken JSONP script as a page error (so there is one); nothing else may be thrown.
      if (fault.scriptErrors) expect(pageErrors.errors.length, 'the JSONP scripts failed to parse').to.be.greaterThan(0);
      const unexpected = fault.scriptErrors
        ? pageErrors.errors.filter((e) => !/^(Script error\.|Uncaught SyntaxError)/.test(e))
        : pageErrors.errors;
      expect(unexpected).to.deep.equal([]);
    });
  }

  for (const transport of ['auto', 'cors']) {
    it(`the device offline (the browser says so, ${transport === 'auto' ? 'JSONP' : 'fetch'}): "You seem to be offline", with "Try again"`, async () => {
      undo.push(pretendOffline());
      // Nothing listens there: the requests really fail, as they do on a device without network.
      const m = await mount('http://127.0.0.1:9', transport);
      await settle(m);
      expect(states(m)).to.deep.equal(every('error+retry'));
      expect(jargon(m)).to.deep.equal({});
      expect(saying(m, SAYS.offline)).to.deep.equal(EVERY_WIDGET);
      expectHealthyUnaffected(m);
      expect(pageErrors.errors).to.deep.equal([]);
    });
  }

  it('empty lists: a clear "nothing here" with a way out, not an error', async () => {
    const m = await mount(`${localApi.open}/__fault/empty`, 'auto');
    await settle(m);
    expect(states(m)).to.deep.equal({
      'circle-finder': 'empty',
      'circle-card': 'not-found',
      'circle-signup': 'not-found',
      'course-card': 'not-found',
      'course-finder': 'empty',
    });
    const waysOut = (tag: Widget) => m.faulty.get(tag)!.shadowRoot!.querySelectorAll('a[href], button').length;
    expect(waysOut('circle-finder'), 'a way out of the empty finder').to.be.greaterThan(0);
    expect(waysOut('course-finder'), 'a way out of the empty course finder').to.be.greaterThan(0);
    expect(jargon(m)).to.deep.equal({});
    expectHealthyUnaffected(m);
    expect(pageErrors.errors).to.deep.equal([]);
  });

  it('optional keys missing (as P2PU omits them, or an older server lacks them): everything still shows', async () => {
    const stub = installStubApi({ rewrite: withoutOptionalKeys });
    undo.push(stub.restore);
    const m = await mount(STUB_ORIGIN, 'cors');
    await settle(m);
    expect(states(m)).to.deep.equal(loaded);
    expect(jargon(m)).to.deep.equal({});
    const card = m.faulty.get('circle-card')!;
    expect(visibleText(card)).to.contain('Python at Riverside');
    expect(visibleText(m.faulty.get('circle-signup')!)).to.contain('Python for Everybody at Central Library');
    expect(stub.requests.length).to.be.greaterThan(0);
    expect(pageErrors.errors).to.deep.equal([]);
  });

  it('unexpected extra keys: every widget shows exactly what it shows without them', async function () {
    this.timeout(12000);
    const plain = installStubApi();
    const before = await mount(STUB_ORIGIN, 'cors');
    await settle(before);
    const expected = Object.fromEntries([...before.faulty].map(([tag, el]) => [tag, visibleText(el)]));
    plain.restore();
    before.root.remove();
    clearApiCache();

    const stub = installStubApi({ rewrite: withExtraKeys });
    undo.push(stub.restore);
    const m = await mount(STUB_ORIGIN, 'cors');
    await settle(m);
    expect(states(m)).to.deep.equal(loaded);
    expect(Object.fromEntries([...m.faulty].map(([tag, el]) => [tag, visibleText(el)]))).to.deep.equal(expected);
    expect(m.root.querySelector('.pwn')).to.equal(null);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(pageErrors.errors).to.deep.equal([]);
  });

  it('"Try again" brings each widget back once the network is back, and the finders keep the search typed meanwhile', async () => {
    let online = false;
    const stub = installStubApi({ answer: () => (online ? null : 'offline') });
    undo.push(stub.restore);
    const m = await mount(STUB_ORIGIN, 'cors');
    await settle(m);
    expect(states(m)).to.deep.equal(every('error+retry'));

    // A learner searches while the network is still down.
    const boxes = [
      ['circle-finder', '#q'],
      ['course-finder', '[part=search-input]'],
    ].map(([tag, selector]) => {
      const box = m.faulty.get(tag as Widget)!.shadowRoot!.querySelector<HTMLInputElement>(selector!)!;
      box.value = 'python';
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      box.form!.requestSubmit();
      return box;
    });
    await updated(m.faulty.values());
    await settle(m);
    expect(states(m)).to.deep.equal(every('error+retry'));
    expect(boxes.map((b) => b.value)).to.deep.equal(['python', 'python']);

    online = true;
    for (const el of m.faulty.values()) retryButton(el)!.click();
    await updated(m.faulty.values());
    await settle(m);
    // the finders' searches (not the cards' look-ups by id)
    const lastSearch = (path: string) =>
      stub.requests.filter((r) => r.url.pathname === path && !/[?&](id|course_id)=/.test(r.url.search)).at(-1)!.url.searchParams.get('q');
    expect([lastSearch('/api/learningcircles/'), lastSearch('/api/courses/')]).to.deep.equal(['python', 'python']);
    expect(pageErrors.errors).to.deep.equal([]);
    // The signup form comes back too (not only a link to P2PU's own form).
    expect(states(m)).to.deep.equal(loaded);
  });
});

// ---------------------------------------------------------------------------------------------
// The signup form while sending

const CIRCLE = OPEN_CIRCLE;

interface Typed {
  name: string;
  email: string;
  region: string;
  phone: string;
  goals: string;
  support: string;
  consent: boolean;
  optIn: boolean;
}

let counter = 0;
const typedValues = (): Typed => ({
  name: 'Zoë Ådahl-Ng',
  email: `faults.${Date.now().toString(36)}.${counter++}@example.org`,
  region: 'CA',
  phone: '604 555 0142',
  goals: 'Read Python code at work.\nAnd write some.',
  support: 'Bring snacks; share notes <b>and</b> links',
  consent: true,
  optIn: true,
});

const field = <T extends HTMLElement = HTMLInputElement>(el: CircleSignup, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;

async function fill(el: CircleSignup, v: Typed) {
  for (const [selector, value] of [
    ['#cs-name', v.name],
    ['#cs-email', v.email],
    ['#cs-phone', v.phone],
    ['#cs-goals', v.goals],
    ['#cs-support', v.support],
  ] as const) {
    const input = field(el, selector);
    (input as HTMLInputElement).value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  const country = field<HTMLSelectElement>(el, '#cs-country');
  country.value = v.region;
  country.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  if (field(el, '#cs-consent').checked !== v.consent) field(el, '#cs-consent').click();
  if (field(el, '#cs-optin').checked !== v.optIn) field(el, '#cs-optin').click();
  await el.updateComplete;
}

/** What the form shows now, as typed values. */
function shown(el: CircleSignup): Typed {
  return {
    name: field(el, '#cs-name').value,
    email: field(el, '#cs-email').value,
    region: field<HTMLSelectElement>(el, '#cs-country').value,
    phone: field(el, '#cs-phone').value,
    goals: field<HTMLTextAreaElement>(el, '#cs-goals').value,
    support: field<HTMLTextAreaElement>(el, '#cs-support').value,
    consent: field(el, '#cs-consent').checked,
    optIn: field(el, '#cs-optin').checked,
  };
}

const confirmed = (el: CircleSignup) => el.shadowRoot!.querySelector('[part=confirmation]') !== null;
const failureText = (el: CircleSignup) => (el.shadowRoot!.querySelector('[part=failure]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function signupForm(): Promise<{ el: CircleSignup; typed: Typed; events: string[] }> {
  const el = await fixture<CircleSignup>(html`<circle-signup endpoint=${localApi.open} circle-id=${CIRCLE}></circle-signup>`);
  try {
    await waitUntil(() => el.shadowRoot!.querySelector('form'), '', { timeout: 6000 });
  } catch {
    throw new Error(`no signup form; the widget is in state ${widgetState(el)}: ${visibleText(el).slice(0, 300)}`);
  }
  const typed = typedValues();
  await fill(el, typed);
  const events: string[] = [];
  el.addEventListener('p2pu-signup', () => events.push('signup'));
  el.addEventListener('p2pu-signup-error', (e) => events.push(`error:${e.detail.kind}`));
  return { el, typed, events };
}

async function submit(el: CircleSignup) {
  field<HTMLButtonElement>(el, '[part=submit]').click();
  await el.updateComplete;
}

/** Waits until sending ended in a confirmation or a failure notice. */
async function sent(el: CircleSignup, timeout = 6000) {
  await waitUntil(() => confirmed(el) || failureText(el) !== '', 'the signup never finished', { timeout });
  await el.updateComplete;
}

/** After a failed send: no "done", every value still there, a retry; then the retry signs up. */
async function expectKeptThenRetried(el: CircleSignup, typed: Typed, events: string[], failure: RegExp) {
  expect(confirmed(el), 'said "done" without P2PU confirming').to.equal(false);
  expect(failureText(el)).to.match(failure);
  expect(JARGON.exec(failureText(el))).to.equal(null);
  expect(shown(el)).to.deep.equal(typed);
  expect(events.filter((e) => e === 'signup')).to.deep.equal([]);
  const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=failure] button')!;
  expect(retry.textContent).to.match(/Try again/);
  retry.click();
  await waitUntil(() => confirmed(el), 'the retry did not sign up', { timeout: 6000 });
  expect(events.at(-1)).to.equal('signup');
}

const NOT_SENT = /Your signup was not sent\..*Everything you typed is still here/;
const UNCONFIRMED = /We could not confirm your signup\./;

describe('faults: the signup form while sending', () => {
  let pageErrors: ReturnType<typeof watchPageErrors>;
  let undo: (() => void)[] = [];

  beforeEach(() => {
    clearApiCache();
    resetClients();
    CircleSignup.minimumFillMs = 0;
    pageErrors = watchPageErrors();
    undo = [];
  });
  afterEach(async () => {
    for (const fn of undo.reverse()) fn();
    CircleSignup.minimumFillMs = 3000;
    pageErrors.stop();
    await clearFaults();
  });

  it('slow: says it is sending, then confirms when P2PU answers "created"', async function () {
    this.timeout(12000);
    const { el, events } = await signupForm();
    await injectFault('slow', { path: '/api/signup/', times: 1 });
    await submit(el);
    expect(field(el, '[part=submit]').textContent).to.contain('Signing you up…');
    expect(field(el, '[part=submit]').getAttribute('aria-disabled')).to.equal('true');
    expect(confirmed(el)).to.equal(false);
    await sent(el, 8000);
    expect(confirmed(el)).to.equal(true);
    expect(events).to.deep.equal(['signup']);
    expect(pageErrors.errors).to.deep.equal([]);
  });

  it('hung: gives up, says the signup is unconfirmed, keeps every value, and a retry signs up', async function () {
    this.timeout(12000);
    undo.push(shortenRequestTimeout());
    const { el, typed, events } = await signupForm();
    await injectFault('hang', { path: '/api/signup/', times: 1 });
    await submit(el);
    await sent(el);
    await expectKeptThenRetried(el, typed, events, UNCONFIRMED);
    expect(pageErrors.errors).to.deep.equal([]);
  });

  it('an HTML 500 page: unconfirmed, every value kept, a retry signs up', async () => {
    const { el, typed, events } = await signupForm();
    await injectFault('html500', { path: '/api/signup/', times: 1 });
    await submit(el);
    await sent(el);
    await expectKeptThenRetried(el, typed, events, UNCONFIRMED);
    expect(pageErrors.errors).to.deep.equal([]);
  });

  it('malformed JSON: unconfirmed, every value kept, a retry signs up', async () => {
    const { el, typed, events } = await signupForm();
    await injectFault('malformed', { path: '/api/signup/', times: 1 });
    await submit(el);
    await sent(el);
    await expectKeptThenRetried(el, typed, events, UNCONFIRMED);
    expect(pageErrors.errors).to.deep.equal([]);
  });

  // Offline and CORS refused look the same to a page: fetch rejects with a TypeError.
  {
    it('the network offline or CORS refused when sending: "not sent", every value kept, a retry signs up', async () => {
      const { el, typed, events } = await signupForm();
      let refuse = true;
      const original = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
        refuse && String(input).includes('/api/signup/')
          ? Promise.reject(new TypeError('Failed to fetch'))
          : original(input, init);
      undo.push(() => (window.fetch = original));
      await submit(el);
      await sent(el);
      refuse = false;
      await expectKeptThenRetried(el, typed, events, NOT_SENT);
      expect(pageErrors.errors).to.deep.equal([]);
    });
  }

  const answers: [string, () => Response][] = [
    ['an empty object', () => json({})],
    ['no status key', () => json({ created: true, id: 4791 })],
    ['a status other than "created"', () => json({ status: 'ok' })],
    ['an empty body', () => new Response('', { status: 200 })],
    ['"created" as a bare string', () => json('created')],
  ];
  for (const [what, answer] of answers) {
    it(`an answer with ${what}: never "done", every value kept, a retry signs up`, async () => {
      const { el, typed, events } = await signupForm();
      let stubbed = true;
      const original = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
        stubbed && init?.method === 'POST' && String(input).includes('/api/signup/')
          ? Promise.resolve(answer())
          : original(input, init);
      undo.push(() => (window.fetch = original));
      await submit(el);
      await sent(el);
      stubbed = false;
      await expectKeptThenRetried(el, typed, events, UNCONFIRMED);
      expect(pageErrors.errors).to.deep.equal([]);
    });
  }

  it('an answer with extra keys besides "created": confirms', async () => {
    const { el, events } = await signupForm();
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      init?.method === 'POST' && String(input).includes('/api/signup/')
        ? Promise.resolve(json({ status: 'created', id: 99, message: '<b class=pwn>Welcome</b>', extra: { deep: [1] } }))
        : original(input, init);
    undo.push(() => (window.fetch = original));
    await submit(el);
    await sent(el);
    expect(confirmed(el)).to.equal(true);
    expect(el.shadowRoot!.querySelector('.pwn')).to.equal(null);
    expect(events).to.deep.equal(['signup']);
    expect(pageErrors.errors).to.deep.equal([]);
  });
});
