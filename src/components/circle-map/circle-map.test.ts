import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import './circle-map.js';
import type { CircleMap } from './circle-map.js';
import type { MapView } from './map-view.js';
import { CircleMapHarness } from './circle-map.harness.js';
import { spacedClusters, type PinBox } from './cluster.js';
import { STUB_ORIGIN, installStubApi } from '../../../test/hostile/stub-api.js';
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
 * Axe (its default rules) on the list, the controls and the messages; the map itself, its pins
 * included, is checked with the WCAG 2.2 AA tags by {@link expectMapAccessible}.
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

  it('moves with the mouse and zooms on a double click and with the keyboard (Leaflet’s handlers are there)', async () => {
    const el = await circleMap({ 'team-id': '1' }, 700);
    const m = harness(el);
    const map = leafletOf(el);
    const zoomed = () => new Promise<void>((resolve) => map.once('zoomend', () => resolve()));
    const pinAt = () => m.pins[0]!.getBoundingClientRect();
    const frame = m.part('map')!.getBoundingClientRect();
    // a spot of the map away from the pin (the pin is in the middle)
    const x = Math.round(frame.left + frame.width / 4);
    const y = Math.round(frame.top + frame.height / 4);
    try {
      const before = pinAt();
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (let step = 1; step <= 4; step++) await sendMouse({ type: 'move', position: [x + step * 20, y + step * 10] });
      await sendMouse({ type: 'up' });
      // the pin went with the map, as far as the mouse or further (Leaflet's inertia may carry a quick drag on)
      await waitUntil(() => pinAt().left - before.left >= 79 && pinAt().top - before.top >= 39, 'the pin moved with the map', { timeout: 3000 });
      const moved = [pinAt().left - before.left, pinAt().top - before.top];
      expect(Math.abs(moved[0]! / moved[1]! - 2), 'in the direction of the drag').to.be.below(0.1);
      const zoom = map.getZoom();
      // (the test runner's mouse has no double click: the browser's event, as a double click sends it)
      let done = zoomed();
      m.part('map')!.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, clientX: x, clientY: y, detail: 2 }));
      await done;
      expect(map.getZoom(), 'a double click zooms in').to.equal(zoom + 1);
      done = zoomed();
      m.part('map')!.focus();
      await sendKeys({ press: 'Minus' });
      await done;
      expect(map.getZoom(), 'the − key zooms out').to.equal(zoom);
      const center = map.getCenter();
      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => map.getCenter().lng < center.lng, 'an arrow key moves the map', { timeout: 3000 });
    } finally {
      await resetMouse();
    }
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

/** The tags the story smoke test runs axe with (scripts/story-smoke.mjs): WCAG 2.2 AA, target size (2.5.8) included. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe with {@link AXE_TAGS} over `el` (chai-a11y-axe's `accessible()` takes no `runOnly`, and axe leaves target-size off by default). */
async function axeWcag22(el: Element): Promise<AxeResults> {
  const w = window as unknown as { axe?: { run(el: Element, options: RunOptions): Promise<AxeResults> } };
  if (!w.axe) await import('axe-core/axe.min.js' as string);
  return w.axe!.run(el, { runOnly: { type: 'tag', values: AXE_TAGS } });
}

/**
 * Axe over the whole map, the pins included: no violation, the target-size rule checked the pins,
 * and left none of them to review (axe only asks for a review of partly covered targets).
 */
async function expectMapAccessible(el: CircleMap) {
  const results = await axeWcag22(el);
  const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
  expect(violations, 'axe (WCAG 2.2 AA) violations').to.deep.equal([]);
  const checked = results.passes.find((r) => r.id === 'target-size')?.nodes ?? [];
  expect(checked.some((n) => n.html.includes('class="pin'))).to.equal(true, 'axe checked the size of the pins');
  const review = results.incomplete.find((r) => r.id === 'target-size')?.nodes ?? [];
  expect(review.map((n) => n.html.slice(0, 120)), 'targets axe could not pass').to.deep.equal([]);
}

/**
 * No two pin buttons overlap, and each one's 24 px circle (around its centre) stays clear of every
 * other button: every pin is a target of its own.
 */
function expectPinsApart(m: CircleMapHarness, where: string) {
  const rects = m.pins.map((pin) => ({ ids: pin.dataset.ids, rect: pin.getBoundingClientRect() }));
  const clash: string[] = [];
  for (const [i, a] of rects.entries()) {
    expect(Math.min(a.rect.width, a.rect.height), `pin ${a.ids} is at least 24 px`).to.be.at.least(24);
    for (const b of rects.slice(i + 1)) {
      const overlapX = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const overlapY = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      // the nearest point of b's box to a's centre, at least 12 px away (and the other way round)
      const gap = (p: DOMRect, q: DOMRect) => {
        const cx = p.left + p.width / 2;
        const cy = p.top + p.height / 2;
        return Math.hypot(Math.max(q.left - cx, 0, cx - q.right), Math.max(q.top - cy, 0, cy - q.bottom));
      };
      if ((overlapX > 0.5 && overlapY > 0.5) || gap(a.rect, b.rect) < 12 || gap(b.rect, a.rect) < 12) clash.push(`${a.ids} / ${b.ids}`);
    }
  }
  expect(clash, `pins too close ${where}`).to.deep.equal([]);
}

/** The Leaflet map of a <circle-map> (a private part: to zoom without animation). */
const leafletOf = (el: CircleMap) => (el as unknown as { view: MapView }).view.map;

/** Team 1 of the seed with its branches where branches are: a few hundred metres apart (the seed puts every circle at the city's point). */
const RIVERBEND: Record<string, [string, string]> = {
  'Riverbend Main Library': ['43.812410', '-91.251640'],
  'Riverside Branch Library': ['43.809050', '-91.246120'],
  'Northside Branch Library': ['43.816980', '-91.253010'],
};

describe('<circle-map> pins as targets (WCAG 2.2 AA, target size 2.5.8)', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
  });

  it('on the map of all of P2PU, at every zoom, no two pins overlap or come within 24 px', async () => {
    const el = await circleMap({}, 900);
    const m = harness(el);
    expectPinsApart(m, 'in the first view');
    await expectMapAccessible(el);
    const map = leafletOf(el);
    for (let zoom = 1; zoom <= 12; zoom++) {
      map.setZoom(zoom, { animate: false });
      expect(m.pinnedIds, `every circle has a pin at zoom ${zoom}`).to.deep.equal(await expectedIds());
      expectPinsApart(m, `at zoom ${zoom}`);
    }
    map.setZoom(3, { animate: false });
    await expectMapAccessible(el);
  });

  it('on a team map whose circles meet at one place: one bubble with the count, in the middle of the map', async () => {
    const el = await circleMap({ 'team-id': '1' }, 900);
    const m = harness(el);
    const ids = await expectedIds('team_id=1');
    expect(m.pins, 'circles at one place cannot be spread').to.have.length(1);
    expect(m.pins[0]!.textContent).to.equal(String(ids.length));
    expect(m.pins[0]!.getAttribute('aria-label')).to.equal(`${ids.length} learning circles here`);
    await expectMapAccessible(el);
  });

  it('starts a team map of one city with its places as pins, not as one bubble, all in view', async () => {
    const stub = installStubApi({
      rewrite: (body, url) => {
        if (url.pathname !== '/api/learningcircles/') return body;
        const items = body.items.map((c: { venue: string; latitude: string | null }) => {
          const place = RIVERBEND[c.venue];
          return place && c.latitude !== null ? { ...c, latitude: place[0], longitude: place[1] } : c;
        });
        return { ...body, items };
      },
    });
    try {
      const el = await circleMap({ endpoint: STUB_ORIGIN, 'team-id': '1' }, 900);
      const m = harness(el);
      const ids = await expectedIds('team_id=1');
      expect(m.pinnedIds).to.deep.equal(ids);
      // one pin (a bubble: circles at one branch stay together) per branch
      expect(m.pins.map((pin) => pin.textContent).sort()).to.deep.equal(['2', '3', '3']);
      const frame = m.query('.map-frame')!.getBoundingClientRect();
      for (const pin of m.pins) {
        const rect = pin.getBoundingClientRect();
        expect(rect.left >= frame.left && rect.right <= frame.right && rect.top >= frame.top && rect.bottom <= frame.bottom, `pin ${pin.dataset.ids} is in view`).to.equal(true);
      }
      expectPinsApart(m, 'in the first view');
      await expectMapAccessible(el);
      // "Show all" comes back to the same view
      leafletOf(el).setZoom(3, { animate: false });
      expect(m.pins).to.have.length(1);
      m.queryAll<HTMLButtonElement>('.controls button').find((b) => b.textContent!.trim() === 'Show all')!.click();
      expect(m.pins).to.have.length(3);
    } finally {
      stub.restore();
    }
  });
});

describe('circle-map: grouping by spacing', () => {
  // as the map's: a pin's box (a turned 28 px square) above its point, a group's 36 px bubble on it
  const one: PinBox = { dy: -20, half: 19.8 };
  const bubble: PinBox = { dy: 0, half: 18 };
  const box = (count: number) => (count > 1 ? bubble : one);
  const ids = (groups: { items: { id: number }[] }[]) => groups.map((g) => g.items.map((p) => p.id));

  it('groups points whose pins would come too close, keeps the rest apart, and places a group in the middle', () => {
    const points = [
      { id: 1, x: 10, y: 10 },
      { id: 2, x: 100, y: 10 },
      { id: 3, x: 30, y: 30 },
      { id: 4, x: 10, y: 100 },
    ];
    const groups = spacedClusters(points, (p) => p, one, bubble);
    expect(ids(groups)).to.deep.equal([[1, 3], [2], [4]]);
    expect([groups[0]!.x, groups[0]!.y]).to.deep.equal([20, 20]);
  });

  it('always groups points at one place, and checks a group again where it moved', () => {
    const same = spacedClusters([{ id: 1, x: 5, y: 5 }, { id: 2, x: 5, y: 5 }, { id: 3, x: 5, y: 5 }], (p) => p, one, bubble);
    expect(ids(same)).to.deep.equal([[1, 2, 3]]);
    // 1 is clear of 2 and of 3, but 2 and 3 make a group between them, which then meets 1: one group, in input order
    const chain = spacedClusters([{ id: 1, x: 0, y: 0 }, { id: 2, x: 44, y: -20 }, { id: 3, x: 20, y: -44 }], (p) => p, one, bubble);
    expect(ids(chain)).to.deep.equal([[1, 2, 3]]);
  });

  it('never leaves two pins closer than the gap, at any scale, and gives the same groups every time', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const points = Array.from({ length: 300 }, (_, id) => ({ id, x: random() * 1000, y: random() * 1000 }));
    for (const scale of [0.05, 0.2, 0.5, 1, 2, 4]) {
      const at = (p: { x: number; y: number }) => ({ x: p.x * scale, y: p.y * scale });
      const groups = spacedClusters(points, at, one, bubble);
      expect(groups.flatMap((g) => g.items.map((p) => p.id)).sort((a, b) => a - b)).to.deep.equal(points.map((p) => p.id));
      for (const [i, a] of groups.entries()) {
        for (const b of groups.slice(i + 1)) {
          const boxA = box(a.items.length);
          const boxB = box(b.items.length);
          const apart = Math.max(Math.abs(a.x - b.x), Math.abs(a.y + boxA.dy - b.y - boxB.dy)) - boxA.half - boxB.half;
          expect(apart, `groups ${a.items[0]!.id} and ${b.items[0]!.id} at scale ${scale}`).to.be.at.least(4);
        }
      }
      expect(ids(spacedClusters(points, at, one, bubble))).to.deep.equal(ids(groups));
    }
  });
});
