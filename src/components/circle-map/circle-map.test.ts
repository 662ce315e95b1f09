import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './circle-map.js';
import type { CircleMap } from './circle-map.js';
import { CircleMapHarness } from './circle-map.harness.js';
import { gridClusters } from './cluster.js';
import { clearApiCache, resetClients } from '../../api/index.js';
import { clearFaults, injectFault, localApi } from '../../../test/local-api.js';
import { FIXTURE } from '../../../test/api/helpers.js';

const harness = (el: CircleMap) => new CircleMapHarness(el);
const TILES = `${location.origin}/__tiles/{z}/{x}/{y}.png`;
const MISSING_TILES = `${location.origin}/__tiles/missing/{z}/{x}/{y}.png`;

type Attributes = Record<string, string>;

/** A map with these attributes (from the local API unless `endpoint` is given), loaded. */
async function circleMap(attributes: Attributes = {}, width?: number): Promise<CircleMap> {
  const el = document.createElement('circle-map');
  for (const [name, value] of Object.entries({ endpoint: localApi.open, transport: 'cors', ...attributes })) el.setAttribute(name, value);
  const holder = await fixture<HTMLElement>(html`<div style=${width ? `inline-size:${width}px` : ''}></div>`);
  holder.append(el);
  await harness(el).settled();
  await el.updateComplete;
  return el;
}

/** The ids a server lists on the map: running circles with coordinates. */
async function expectedIds(query = ''): Promise<number[]> {
  if (query) {
    const response = await fetch(`${localApi.open}/api/learningcircles/?${query}&active=true&limit=100`);
    const body = (await response.json()) as { items: { id: number; latitude: string | null }[] };
    return body.items.filter((c) => c.latitude !== null).map((c) => c.id).sort((a, b) => a - b);
  }
  const response = await fetch(`${localApi.open}/api/learning-circles-map/`);
  const body = (await response.json()) as { items: { id: number; latitude: string | null; active: boolean }[] };
  return body.items.filter((c) => c.active && c.latitude !== null && c.latitude !== '').map((c) => c.id).sort((a, b) => a - b);
}

/**
 * Axe on the list, the controls and the messages: everything but the map's drawing, where pins
 * may sit closer than 24 px apart (a map's nature: the list twin is the way to reach each circle).
 */
async function expectAccessible(el: CircleMap) {
  const m = harness(el);
  const parts = m.queryAll('.controls, .map-status, .list-side, .notice, [part~="problem"], [part~="attribution"]');
  expect(parts.length).to.be.greaterThan(0);
  for (const part of parts) await expect(part).to.be.accessible();
}

describe('<circle-map>', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
  });
  afterEach(() => clearFaults());

  it('puts every running circle of P2PU with a place on the map, and the same circles in the list', async () => {
    const el = await circleMap();
    const m = harness(el);
    expect(m.state).to.equal('content');
    const ids = await expectedIds();
    expect(ids.length).to.be.greaterThan(3);
    expect(m.pinnedIds, 'one pin (or a place in a group) per circle').to.deep.equal(ids);
    expect(m.listIds, 'the list twin').to.deep.equal(ids);
    for (const pin of m.pins) expect(pin.getAttribute('aria-label')).to.match(/\S/);
    expect(m.part('map')!.getAttribute('dir')).to.equal('ltr');
    expect(m.streetMapButton, 'no street map without tile-url').to.equal(null);
    expect(m.tiles, 'nothing loaded from a tile server').to.have.length(0);
    await expectAccessible(el);
  });

  it('with team-id shows only the team’s running circles', async () => {
    const el = await circleMap({ 'team-id': '1' });
    const m = harness(el);
    const ids = await expectedIds('team_id=1');
    expect(ids.length).to.be.greaterThan(0);
    expect(m.pinnedIds).to.deep.equal(ids);
    expect(m.listIds).to.deep.equal(ids);
  });

  it('keeps hostile titles as text, on pins, in the list and in popups, and groups circles at one place', async () => {
    const el = await circleMap({ endpoint: FIXTURE, transport: 'auto' });
    const m = harness(el);
    expect(m.listIds).to.deep.equal([1, 2, 4, 5, 7, 8]);
    expect(m.pinnedIds).to.deep.equal([1, 2, 4, 5, 7, 8]);
    expect(m.root.querySelectorAll('img:not(.leaflet-tile), script')).to.have.length(0);
    expect(m.listTitles.some((t) => t.startsWith('<img src=x onerror=alert(1)>'))).to.equal(true);
    // circles 1 and 2 meet at the same place: one pin with a count at every zoom
    const group = m.pinOf(2)!;
    expect(group.classList.contains('cluster')).to.equal(true);
    expect(group.textContent).to.match(/^\d+$/);
    m.showOnMapButton(2)!.click();
    await el.updateComplete;
    expect(m.pinOf(2)!.textContent, 'still one pin for the two circles at one place').to.equal('2');
    expect(m.popup, 'a group at one place opens a popup listing its circles').to.exist;
    expect(m.popup!.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(m.popup!.querySelectorAll('img, script')).to.have.length(0);
  });

  it('opens a popup from a pin with the circle’s title, date, city and links; Escape closes it and returns to the pin', async () => {
    const el = await circleMap({ endpoint: FIXTURE, transport: 'auto' });
    const m = harness(el);
    m.showOnMapButton(8)!.click(); // Nairobi: alone
    await el.updateComplete;
    const pin = m.pinOf(8)!;
    expect(pin.classList.contains('selected'), 'the list chose the pin').to.equal(true);
    expect(pin.getAttribute('aria-label')).to.equal('🌍 Ciência de dados online 🌱, Nairobi');
    pin.focus();
    pin.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 }));
    await el.updateComplete;
    const popup = m.popup!;
    expect(popup).to.exist;
    expect(popup.textContent).to.contain('Ciência de dados online');
    expect(popup.textContent).to.contain('Nairobi');
    expect(popup.textContent).to.match(/Starts \w{3}, Dec 9, 2026/);
    const links = [...popup.querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Sign up', 'http://127.0.0.1:8000/en/signup/online-jitsi-8/'],
      ['View details', 'http://127.0.0.1:8000/en/signup/online-jitsi-8/'],
    ]);
    expect(Boolean(m.focused?.closest('.popup-body')), 'focus moved into the popup').to.equal(true);
    m.focused!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(m.popup === null, 'the popup is closed').to.equal(true);
    expect(m.focused === m.pinOf(8), 'focus is back on the pin').to.equal(true);
  });

  it('choosing a pin highlights its circle in the list', async () => {
    const el = await circleMap({ endpoint: FIXTURE, transport: 'auto' });
    const m = harness(el);
    m.pinOf(8)!.click();
    await el.updateComplete;
    expect(m.selectedItem?.dataset.id).to.equal('8');
    expect(m.selectedItem!.getAttribute('aria-current')).to.equal('true');
  });

  it('shows a street map only when asked, with the attribution as text', async () => {
    const el = await circleMap({ 'tile-url': TILES, 'tile-attribution': '<b>© Test tiles</b>' });
    const m = harness(el);
    expect(m.tiles).to.have.length(0);
    expect(m.text).to.contain(`The street map comes from ${location.hostname}`);
    m.streetMapButton!.click();
    await el.updateComplete;
    await waitUntil(() => m.query('.map img.leaflet-tile-loaded'), 'tiles load', { timeout: 4000 });
    expect(m.streetMapButton!.getAttribute('aria-pressed')).to.equal('true');
    expect(m.attribution).to.equal('<b>© Test tiles</b>');
    expect(m.part('attribution')!.querySelector('b')).to.equal(null);
    expect(m.pinnedIds).to.deep.equal(await expectedIds());
    await expectAccessible(el);
  });

  it('keeps the pins and the list, and says so, when the tiles fail', async () => {
    const el = await circleMap({ 'tile-url': MISSING_TILES, 'tile-attribution': '© Test tiles' });
    const m = harness(el);
    m.streetMapButton!.click();
    await waitUntil(() => m.statusText.includes('could not be loaded'), 'the failure is said', { timeout: 4000 });
    expect(m.statusText).to.equal('The street map could not be loaded. The learning circles are still on the map and in the list.');
    const ids = await expectedIds();
    expect(m.pinnedIds).to.deep.equal(ids);
    expect(m.listIds).to.deep.equal(ids);
  });

  it('tells the page editor about an unusable tile-url, and offers no street map', async () => {
    const el = await circleMap({ 'tile-url': 'javascript:alert(1)//{z}/{x}/{y}', 'tile-attribution': 'x' });
    const m = harness(el);
    expect(m.problem).to.contain('tile-url "javascript:alert(1)//{z}/{x}/{y}" must be an http(s) address');
    expect(m.streetMapButton).to.equal(null);
    expect(m.state).to.equal('content');
  });

  describe('near me', () => {
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
    afterEach(() => {
      if (original) Object.defineProperty(Navigator.prototype, 'geolocation', original);
    });
    const stub = (answer: (ok: PositionCallback, fail: PositionErrorCallback) => void) =>
      Object.defineProperty(Navigator.prototype, 'geolocation', {
        configurable: true,
        get: () => ({ getCurrentPosition: answer }),
      });

    it('centres the map on the patron and lists the nearest circles first', async () => {
      stub((ok) => ok({ coords: { latitude: -1.3, longitude: 36.8 } } as GeolocationPosition));
      const el = await circleMap({ endpoint: FIXTURE, transport: 'auto' });
      const m = harness(el);
      m.nearMeButton!.click();
      await el.updateComplete;
      expect(m.statusText).to.contain('The map shows where you are');
      expect(m.listItems[0]!.dataset.id).to.equal('8');
      expect(m.query('.map .here')).to.exist;
    });

    it('says in words when the position is refused', async () => {
      stub((_ok, fail) => fail!({ code: 1 } as GeolocationPositionError));
      const el = await circleMap({ endpoint: FIXTURE, transport: 'auto' });
      const m = harness(el);
      m.nearMeButton!.click();
      await el.updateComplete;
      expect(m.statusText).to.equal('Your browser did not share your location. Move the map yourself, or use the list.');
      expect(m.listIds).to.have.length(6);
    });
  });

  it('is empty, with a way out, when no circle has a place', async () => {
    const el = await circleMap({ 'team-id': '999' });
    const m = harness(el);
    expect(m.state).to.equal('empty');
    expect(m.message).to.contain('No learning circles to show on the map right now.');
    expect(m.query('.notice a')!.getAttribute('href')).to.contain('team_id=999');
    await expectAccessible(el);
  });

  it('says what went wrong and tries again', async () => {
    await injectFault('html500', { path: '/api/learning-circles-map/', times: 1 });
    const el = await circleMap();
    const m = harness(el);
    expect(m.state).to.equal('error');
    expect(m.error!.getAttribute('role')).to.equal('alert');
    await expectAccessible(el);
    m.retryButton!.click();
    await m.reached('content');
    expect(m.listIds).to.deep.equal(await expectedIds());
  });

  it('fits 320 px: the list below the map, nothing wider than the widget', async () => {
    const el = await circleMap({}, 320);
    const m = harness(el);
    const map = m.query('.map-side')!.getBoundingClientRect();
    const list = m.query('.list-side')!.getBoundingClientRect();
    expect(list.top).to.be.at.least(map.bottom - 1);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(m.query('.layout')!.scrollWidth).to.be.at.most(320);
  });

  it('puts the list beside the map when wide', async () => {
    const el = await circleMap({}, 900);
    const m = harness(el);
    const map = m.query('.map-side')!.getBoundingClientRect();
    const list = m.query('.list-side')!.getBoundingClientRect();
    expect(list.left).to.be.at.least(map.right - 1);
  });

  it('reads right to left in Arabic, with the map itself left to right', async () => {
    const el = await circleMap({ lang: 'ar' }, 900);
    const m = harness(el);
    expect(m.query('.widget')!.getAttribute('dir')).to.equal('rtl');
    expect(m.part('map')!.getAttribute('dir')).to.equal('ltr');
    const map = m.query('.map-side')!.getBoundingClientRect();
    const list = m.query('.list-side')!.getBoundingClientRect();
    expect(list.right, 'the list is on the left in RTL').to.be.at.most(map.left + 1);
    await expectAccessible(el);
  });
});

describe('circle-map: grid clustering', () => {
  it('groups points in the same cell and keeps the rest apart', () => {
    const points = [
      { id: 1, x: 10, y: 10 },
      { id: 2, x: 20, y: 30 },
      { id: 3, x: 100, y: 10 },
      { id: 4, x: 10, y: 100 },
    ];
    const groups = gridClusters(points, (p) => p, 48);
    expect(groups.map((g) => g.map((p) => p.id))).to.deep.equal([[1, 2], [3], [4]]);
  });
});
