/**
 * Configuration set as JavaScript properties (as a script or React does) counts exactly like the
 * attributes, before and after the element is in the page, on every widget and on <p2pu-config>.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { clearApiCache, resetClients } from '../src/api/index.js';
import type { WidgetConfig } from '../src/config/config.js';
import { resetGlobalConfig, setGlobalConfig } from '../src/config/global-config.js';
import type { P2puConfig } from '../src/config/p2pu-config.js';
import type { CircleFinder } from '../src/components/circle-finder/circle-finder.js';
import { localApi } from './local-api.js';
import { recordFetches, stopRecordingFetches } from './page-helpers.js';

type Widget = HTMLElement & {
  config: WidgetConfig;
  updateComplete: Promise<boolean>;
  endpoint?: string;
  teamId?: string | number;
  transport?: string;
  signupPage?: string;
  privacyUrl?: string;
};

/** Each widget with what it needs to show something (set as properties too). */
const WIDGETS: [string, Record<string, unknown>][] = [
  ['circle-finder', {}],
  ['circle-card', { circleId: '4821' }],
  ['circle-signup', { circleId: '4821' }],
  ['course-card', { courseId: '1203' }],
  ['course-finder', {}],
];

/** Every configuration key as a property, and what the widget must make of it. */
const settings = () => ({
  endpoint: `${localApi.open}/`,
  teamId: 2,
  transport: 'jsonp',
  signupPage: '/join.html?circle={id}',
  privacyUrl: 'https://library.example/privacy',
  lang: 'es',
});
const expected = () => ({
  endpoint: localApi.open,
  teamId: 2,
  transport: 'jsonp',
  signupPage: '/join.html?circle={id}',
  privacyUrl: 'https://library.example/privacy',
  lang: 'es',
});

let requests: URL[] = [];
const realFetch = window.fetch;
/** The ids of a team's circles open for signup, as the API lists them. */
async function teamCircles(team: number): Promise<number[]> {
  const response = await realFetch(`${localApi.open}/api/learningcircles/?team_id=${team}&signup=open&limit=100`);
  return ((await response.json()) as { items: { id: number }[] }).items.map((c) => c.id);
}
const shownCircles = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement & { circle: { id: number } }>('circle-card')].map((c) => c.circle.id);
const searches = () => requests.filter((u) => /\/api\/learningcircles\/$/.test(u.pathname) && !u.searchParams.has('id'));

/** Waits until the widget has loaded, and (a finder's updateComplete) rendered its whole list. */
async function settle(el: Widget) {
  await waitUntil(
    () => {
      const state = el.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state');
      return state !== undefined && state !== 'loading';
    },
    `<${el.localName}> did not finish loading`,
    { timeout: 6000 },
  );
  await el.updateComplete;
}

describe('configuration set as properties', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
    requests = recordFetches();
  });
  afterEach(() => {
    stopRecordingFetches();
    resetGlobalConfig();
  });

  for (const [tag, needs] of WIDGETS) {
    it(`<${tag}> uses every key set as a property before it is in the page`, async () => {
      const el = document.createElement(tag) as Widget;
      Object.assign(el, needs, settings());
      const root = await fixture<HTMLElement>(html`<div></div>`);
      root.append(el);
      await el.updateComplete;
      expect(el.config).to.deep.include(expected());
      expect(el.shadowRoot!.querySelector('[part~=problem]'), 'no setup problem').to.equal(null);
    });

    it(`<${tag}> follows every key set as a property after it is in the page`, async () => {
      setGlobalConfig({ endpoint: localApi.open, transport: 'cors' });
      const el = document.createElement(tag) as Widget;
      Object.assign(el, needs);
      const root = await fixture<HTMLElement>(html`<div></div>`);
      root.append(el);
      await el.updateComplete;
      expect(el.config.transport).to.equal('cors');
      Object.assign(el, settings(), { endpoint: `${localApi.p2pu}/` });
      await el.updateComplete;
      expect(el.config).to.deep.include({ ...expected(), endpoint: localApi.p2pu });
      // the property wins over the attribute set before it, and an attribute set later wins again
      el.setAttribute('team-id', '1');
      await el.updateComplete;
      expect(el.config.teamId).to.equal(1);
    });
  }

  it('a finder given its team as a property before it is in the page sends one search, for that team', async () => {
    const el = document.createElement('circle-finder') as CircleFinder;
    Object.assign(el, { endpoint: localApi.open, transport: 'cors', teamId: '2', filters: '' });
    const root = await fixture<HTMLElement>(html`<div></div>`);
    root.append(el);
    await settle(el);
    expect(searches()).to.have.length(1);
    expect(searches()[0].searchParams.get('team_id')).to.equal('2');
    expect(shownCircles(el)).to.have.members(await teamCircles(2));
  });

  it('a finder whose team property changes shows the new team’s circles', async () => {
    const el = await fixture<CircleFinder>(html`<circle-finder endpoint=${localApi.open} transport="cors" team-id="1" filters=""></circle-finder>`);
    await settle(el);
    el.teamId = 2;
    await el.updateComplete;
    await settle(el);
    expect(shownCircles(el)).to.have.members(await teamCircles(2));
    expect(el.getAttribute('team-id')).to.equal('2');
  });

  it('<p2pu-config> with its settings set as properties configures the widgets inside it', async () => {
    const config = document.createElement('p2pu-config') as P2puConfig;
    Object.assign(config, { endpoint: localApi.open, transport: 'cors', teamId: 2 });
    const finder = document.createElement('circle-finder') as CircleFinder;
    finder.filters = '';
    config.append(finder);
    const root = await fixture<HTMLElement>(html`<div></div>`);
    root.append(config);
    await settle(finder);
    expect(config.provided).to.deep.include({ endpoint: localApi.open, transport: 'cors', teamId: 2 });
    expect(searches()).to.have.length(1);
    expect(searches()[0].searchParams.get('team_id')).to.equal('2');
    config.teamId = '1';
    await config.updateComplete;
    await finder.updateComplete;
    await settle(finder);
    expect(shownCircles(finder)).to.have.members(await teamCircles(1));
  });

  it('a card given its circle and the library’s signup page as properties links there', async () => {
    const card = document.createElement('circle-card') as Widget & { circleId?: string };
    Object.assign(card, { endpoint: localApi.open, transport: 'cors', circleId: '4821', signupPage: '/join.html?circle={id}' });
    const root = await fixture<HTMLElement>(html`<div></div>`);
    root.append(card);
    await settle(card);
    await waitUntil(() => card.shadowRoot!.querySelector('.title a'), 'no title link');
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('.title a')!;
    expect(link.textContent).to.contain('Python at Riverside');
    expect(new URL(link.href).pathname + new URL(link.href).search).to.equal('/join.html?circle=4821');
  });

  it('a signup given the library’s privacy page and language as properties links and speaks them', async () => {
    const signup = document.createElement('circle-signup') as Widget & { circleId?: string };
    // 4791: open, with no seat limit that other tests' signups could fill
    Object.assign(signup, { endpoint: localApi.open, transport: 'cors', circleId: '4791', privacyUrl: 'https://library.example/privacy' });
    signup.lang = 'es';
    const root = await fixture<HTMLElement>(html`<div></div>`);
    root.append(signup);
    await waitUntil(() => signup.shadowRoot!.querySelector('#cs-consent-hint a'), 'no signup form', { timeout: 6000 });
    expect(signup.shadowRoot!.querySelector<HTMLAnchorElement>('#cs-consent-hint a')!.href).to.equal('https://library.example/privacy');
    await waitUntil(() => /Inscr|inscr/.test(signup.shadowRoot!.textContent ?? ''), 'the form is not in Spanish');
    document.documentElement.lang = 'en';
  });
});
