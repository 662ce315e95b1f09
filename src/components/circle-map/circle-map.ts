import { html, nothing, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { msg, str } from '@lit/localize';
import { WidgetElement, widgetStyles } from '../../internal/widget-element.js';
import { defineElement } from '../../internal/define.js';
import { icon, icons } from '../../internal/icons.js';
import { formatDate } from '../../internal/format.js';
import { circleLink } from '../../internal/circle-link.js';
import { renderErrorNotice } from '../../internal/error-notice.js';
import { chooseCirclePage } from '../../internal/p2pu-links.js';
import { GeolocationController } from '../../internal/geolocation-controller.js';
import { cleanAttribute } from '../../config/config.js';
import { fetchCircleMap, isAbortError, type CircleQuery, type MapCircle } from '../../api/index.js';
import { noticeStyles } from '../../styles/notices.js';
import { skeletonStyles } from '../../styles/skeleton.js';
import { circleMapStyles } from './circle-map.styles.js';
import { MapView } from './map-view.js';

/**
 * `value` when it is an http(s) tile address template with `{z}`, `{x}` and `{y}` (and optionally
 * `{s}`, `{r}`), else null.
 */
export function tileTemplate(value: string): string | null {
  if (!/\{z\}/.test(value) || !/\{x\}/.test(value) || !/\{y\}/.test(value)) return null;
  try {
    const url = new URL(value.replace(/\{[zxysr]\}/g, '0'));
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}

const byDistance = (latitude: number, longitude: number) => (c: MapCircle) => {
  const dLat = c.latitude - latitude;
  const dLng = (c.longitude - longitude) * Math.cos((latitude * Math.PI) / 180);
  return dLat * dLat + dLng * dLng;
};

/**
 * What the map uses of a linked `<circle-finder>`: its public API only (the map composes it by tag
 * and never imports it; it may upgrade later than the map, or never).
 */
interface LinkedFinder extends HTMLElement {
  /** The finder's search as `/api/learningcircles/` parameters (undefined before it upgrades, null before its first update). */
  readonly searchQuery?: Readonly<CircleQuery> | null;
  highlightCircle?(id: number | null): boolean;
  readonly updateComplete?: Promise<boolean>;
}

/** How the map stands with `for`: none given, names no finder, found but not ready, following it. */
type FinderLink = 'none' | 'missing' | 'waiting' | 'linked';

/** The loader's key while the linked finder is not ready: nothing is loaded yet. */
const WAITING = 'waiting';

const nearIcon = icon('M12 2v3M12 19v3M2 12h3M19 12h3M12 7a5 5 0 1 0 0 10a5 5 0 1 0 0-10z');
const mapIcon = icon('M9 4L3 6v14l6-2 6 2 6-2V4l-6 2zM9 4v14M15 6v14');

/**
 * Learning circles as pins on a map, with the same circles in a list beside it (below it when
 * narrow), so nothing is only on the map. Without `team-id`: every running learning circle of
 * P2PU (`/api/learning-circles-map/`); with `team-id`: the team's running circles.
 *
 * Each pin is a button named after its circle; pressing it opens a popup with the title, start
 * date, city and the links "Sign up" and "View details" (Escape closes it and returns to the pin).
 * Where pins crowd they are grouped into one pin with a count; pressing it zooms in. Choosing a
 * pin highlights its circle in the list, and "Show on map" in the list highlights its pin.
 * "Near me" asks the browser for the patron's position and centres the map there.
 *
 * With a finder: `for="<id>"` names a `<circle-finder id="<id>">` in the same document (or the same
 * shadow root); the map then shows the circles of the finder's search (from
 * `/api/learningcircles/` with the finder's own parameters, 100 a page, to the end or 1,000
 * circles) and follows each new search (a search that changes while pages load stops that loading;
 * an older search's circles are never shown). Choosing a pin, or "Show on map" in the list,
 * highlights the circle's card in the finder (when that card is loaded) and scrolls to it; hovering
 * or focusing a card selects its pin. `for` wins over `team-id` (the finder's own `team-id` applies).
 * The finder may come later than the map (added by a script, or its code loaded later). A finder
 * searching near the learner shares no position: the map then shows that search without the
 * distance (everywhere), and the map's own "Near me" centres it on the patron. When `for` names no
 * finder, the map tells the page editor and shows its own circles (`team-id`, or all of P2PU).
 *
 * ```html
 * <circle-finder id="circles"></circle-finder>
 * <circle-map for="circles"></circle-map>
 * ```
 *
 * Privacy: by default the map loads nothing from a third party. Pins sit on a plain background
 * fitted around them. A library that wants streets configures a tile server with `tile-url` and
 * `tile-attribution`; the patron then sees a "Show street map" button, and only pressing it loads
 * map pictures (tiles), which sends the patron's IP address and the part of the map they look at
 * to that server. Example, OpenStreetMap's standard tiles:
 *
 * ```html
 * <circle-map
 *   tile-url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
 *   tile-attribution="© OpenStreetMap contributors"></circle-map>
 * ```
 *
 * OpenStreetMap's tiles are free for light use under its tile usage policy
 * (https://operations.osmfoundation.org/policies/tiles/): show the attribution (the widget shows
 * `tile-attribution` under the map, as text), keep the page's Referer (do not send
 * `Referrer-Policy: no-referrer`), and use a commercial or your own tile server for heavy traffic.
 * Tell patrons in your privacy notice that the street map comes from that server.
 *
 * Content-Security-Policy: the map needs nothing beyond the other widgets (styles are in the
 * widget's shadow root; pins are drawn with CSS), except with tiles: `img-src` must allow the tile
 * host (`img-src 'self' https://tile.openstreetmap.org`). When tiles fail (blocked, offline, 404),
 * the pins and the list stay and the widget says the street map could not be loaded.
 *
 * Known limit: Leaflet (the map library, in this widget's chunk only) sets `innerHTML` once when it
 * loads, so the map does not work on pages that enforce Trusted Types.
 *
 * @tag circle-map
 *
 * @csspart controls - The row of map buttons (Near me, Show all, zoom, Show street map).
 * @csspart near-me - The Near me button.
 * @csspart street-map-button - The Show street map / Hide street map button (only with `tile-url`).
 * @csspart map - The map itself (always left to right, as maps are).
 * @csspart attribution - The tile server's attribution, as text (only while the street map is shown).
 * @csspart list - The list of the same learning circles.
 * @csspart item - One learning circle in the list (`item selected` for the chosen one).
 * @csspart status - Loading, empty, error, "near me" and street-map messages.
 * @csspart problem - A configuration problem, in words for a page editor.
 *
 * @cssprop --p2pu-map-height - Height of the map; default 420px (300px when narrow).
 * @cssprop [--p2pu-map-background=#e9eef1] - The map's plain background without tiles (a light grey-blue).
 * @cssprop --p2pu-map-pin - Colour of the pins; default the brand colour.
 */
export class CircleMap extends WidgetElement {
  static override styles = [widgetStyles, noticeStyles, skeletonStyles, circleMapStyles];

  /** A {z}/{x}/{y} http(s) tile address template, such as `https://tile.openstreetmap.org/{z}/{x}/{y}.png`. Without it there is no street map. */
  @property({ attribute: 'tile-url', reflect: true }) tileUrl?: string;

  /** Who made the tiles, shown as text under the map while it shows them, such as `© OpenStreetMap contributors`. */
  @property({ attribute: 'tile-attribution', reflect: true }) tileAttribution?: string;

  /**
   * The id of a `<circle-finder>` in the same document or shadow root whose search the map shows and
   * follows (attribute `for`, as `<label for>`; property `htmlFor`). Wins over `team-id`.
   */
  @property({ attribute: 'for', reflect: true }) htmlFor?: string;

  /** The chosen circle (pin and list item highlighted). */
  @state() private selectedId: number | null = null;
  /** Whether the patron asked for the street map. */
  @state() private streetMap = false;
  @state() private tilesFailed = false;
  /** Where the patron is, once "Near me" found it. */
  @state() private position: { latitude: number; longitude: number } | null = null;

  private view: MapView | null = null;
  /** The circles the view shows (a new answer is handed to it). */
  private viewCircles: MapCircle[] | null = null;

  /** How the map stands with `for` ({@link FinderLink}), and the finder's search it follows. */
  @state() private link: FinderLink = 'none';
  @state() private linkedSearch: string | null = null;
  private finder: LinkedFinder | null = null;
  /** The element `for` named when last looked (a finder, something else, or none). */
  private named: Element | null = null;
  /** Watches the root for the finder being added, removed or renamed. */
  private finderWatch: MutationObserver | null = null;
  private watchedRoot: Document | ShadowRoot | null = null;
  private relink = true;
  /** Looking again once the page is read (DOMContentLoaded). */
  private awaitingPage = false;

  private readonly geo = new GeolocationController(this, (latitude, longitude) => {
    this.position = { latitude, longitude };
    this.view?.locate(latitude, longitude);
  });

  private readonly loader = new Task(this, {
    args: () => [this.config.teamId, this.config.endpoint, this.config.transport, this.loaderSearch] as const,
    task: async ([teamId, , , search], { signal }) => {
      if (search === WAITING) return initialState;
      // one search at a time: a newer one aborts this one's paging (Task aborts `signal`) and only the newest is shown
      const linked = search === null ? null : (JSON.parse(search) as CircleQuery);
      const circles = await fetchCircleMap(this.client, { teamId, search: linked, signal });
      return [...circles].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title));
    },
  });

  private get tiles(): string | null {
    const raw = cleanAttribute(this.tileUrl);
    return raw ? tileTemplate(raw) : null;
  }

  /** What the loader loads: null for the map's own circles, {@link WAITING}, or the finder's search (JSON, compared as text). */
  private get loaderSearch(): string | null {
    if (this.link === 'waiting') return WAITING;
    return this.link === 'linked' ? this.linkedSearch : null;
  }

  protected override widgetProblems(): string[] {
    if (this.link === 'missing') {
      const id = cleanAttribute(this.htmlFor) ?? '';
      const problem = msg(str`for="${id}": there is no circle-finder with id="${id}" beside the map (on the same page, or in the same shadow root). The map shows its own learning circles.`);
      return [problem, ...this.tileProblems()];
    }
    return this.tileProblems();
  }

  private tileProblems(): string[] {
    const raw = cleanAttribute(this.tileUrl);
    if (raw && !this.tiles) {
      return [msg(str`tile-url "${raw}" must be an http(s) address with {z}, {x} and {y}, such as https://tile.openstreetmap.org/{z}/{x}/{y}.png; the map shows pins without streets.`)];
    }
    if (raw && !cleanAttribute(this.tileAttribution)) {
      return [msg('tile-attribution is missing: tile servers require credit, such as “© OpenStreetMap contributors”.')];
    }
    return [];
  }

  protected override get viewState(): string {
    switch (this.loader.status) {
      case TaskStatus.COMPLETE:
        return this.loader.value?.length ? 'content' : 'empty';
      case TaskStatus.ERROR:
        return isAbortError(this.loader.error) ? 'loading' : 'error';
      default:
        return 'loading';
    }
  }

  /** The circles shown: nearest first once "Near me" found the patron. */
  private get circles(): MapCircle[] {
    const circles = this.loader.status === TaskStatus.COMPLETE ? (this.loader.value ?? []) : [];
    const at = this.position;
    if (!at) return circles;
    const distance = byDistance(at.latitude, at.longitude);
    return [...circles].sort((a, b) => distance(a) - distance(b));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // (again) in a page: look for the finder where the map now is
    this.relink = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    this.view?.destroy();
    this.view = null;
    this.viewCircles = null;
    this.watchRoot(null);
    this.follow(null);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.relink || (changed as Map<PropertyKey, unknown>).has('htmlFor')) {
      this.relink = false;
      this.linkFinder();
    }
    super.willUpdate(changed);
  }

  // ---------- The finder named by `for` ----------

  /** Finds the finder `for` names in the map's root, and follows it; watches the root for it to come, go or change. */
  private linkFinder(): void {
    const id = cleanAttribute(this.htmlFor);
    const root = id && this.isConnected ? (this.getRootNode() as Document | ShadowRoot) : null;
    this.watchRoot(root);
    const found = root && id ? (root.getElementById(id) as LinkedFinder | null) : null;
    this.named = found;
    const finder = found?.localName === 'circle-finder' ? found : null;
    this.follow(finder);
    if (!id) {
      this.link = 'none';
    } else if (finder) {
      this.readFinder(finder);
    } else if (this.ownerDocument.readyState === 'loading') {
      // the page is still being read: the finder may come further down
      this.link = 'waiting';
      if (!this.awaitingPage) {
        this.awaitingPage = true;
        this.ownerDocument.addEventListener('DOMContentLoaded', () => {
          this.awaitingPage = false;
          this.requestRelink();
        }, { once: true });
      }
    } else {
      this.link = 'missing';
    }
  }

  /** Takes the finder's search when it has one; else waits for it to upgrade and render (it says each new search with `p2pu-circle-search`). */
  private readFinder(finder: LinkedFinder): void {
    const query = finder.searchQuery;
    if (query) {
      this.link = 'linked';
      this.linkedSearch = JSON.stringify(query);
      return;
    }
    this.link = 'waiting';
    void customElements
      .whenDefined('circle-finder')
      .then(() => finder.updateComplete)
      .then(() => {
        if (this.finder === finder && this.link === 'waiting' && finder.searchQuery) this.readFinder(finder);
      });
  }

  private requestRelink = (): void => {
    this.relink = true;
    this.requestUpdate();
  };

  /** Listens to `finder` (and no longer to the one before). */
  private follow(finder: LinkedFinder | null): void {
    if (finder === this.finder) return;
    this.finder?.removeEventListener('p2pu-circle-search', this.onFinderSearch);
    this.finder?.removeEventListener('p2pu-circle-highlight', this.onFinderHighlight);
    this.finder = finder;
    finder?.addEventListener('p2pu-circle-search', this.onFinderSearch);
    finder?.addEventListener('p2pu-circle-highlight', this.onFinderHighlight);
  }

  private watchRoot(root: Document | ShadowRoot | null): void {
    if (root === this.watchedRoot) return;
    this.finderWatch?.disconnect();
    this.watchedRoot = root;
    if (!root) return;
    this.finderWatch ??= new MutationObserver(() => {
      const id = cleanAttribute(this.htmlFor);
      const found = id ? (this.watchedRoot?.getElementById(id) ?? null) : null;
      if (found !== this.named) this.requestRelink();
    });
    this.finderWatch.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
  }

  /** The finder searched again: show its new search. */
  private onFinderSearch = (): void => {
    const finder = this.finder;
    if (finder) this.readFinder(finder);
  };

  /** A learner is on a card in the finder: its pin and list item are chosen. */
  private onFinderHighlight = (event: Event): void => {
    const id = (event as CustomEvent<{ id?: unknown } | null>).detail?.id;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || this.link !== 'linked') return;
    this.selectedId = id;
    this.view?.select(id, 'pan');
  };

  /** A patron chose circle `id` on the map or in its list: its card in the finder is highlighted. */
  private highlightInFinder(id: number | null): void {
    if (this.link === 'linked') this.finder?.highlightCircle?.(id);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!container) {
      this.view?.destroy();
      this.view = null;
      return;
    }
    if (this.view?.container !== container) {
      this.view?.destroy();
      this.view = new MapView(container, {
        pinLabel: (circles) => this.inOwnLanguage(() => this.pinLabel(circles)),
        renderPopup: (circles, into, close) => this.inOwnLanguage(() => render(this.renderPopup(circles, close), into)),
        selected: (id) => {
          this.selectedId = id;
          this.highlightInFinder(id);
        },
        tileFailed: () => {
          this.tilesFailed = true;
        },
      });
      this.viewCircles = this.loader.value ?? [];
      this.view.setCircles(this.viewCircles);
      if (this.position) this.view.locate(this.position.latitude, this.position.longitude);
    } else if (this.loader.value && this.loader.value !== this.viewCircles) {
      // a new answer without a render in between (a finder's search answered from the cache)
      this.viewCircles = this.loader.value;
      this.view.setCircles(this.viewCircles);
    }
    this.view.setTilesIfChanged(this.streetMap ? this.tiles : null);
    // a map laid out while hidden (no size) is measured again
    this.view.map.invalidateSize({ animate: false } as never);
  }

  private pinLabel(circles: MapCircle[]): string {
    if (circles.length > 1) return msg(str`${circles.length} learning circles here`);
    const c = circles[0]!;
    return c.city ? msg(str`${c.title}, ${c.city}`) : c.title;
  }

  private signupLink(c: MapCircle): string | null {
    return circleLink(this.config.signupPage, c, this.formatLocale, this.localName);
  }

  private renderFacts(c: MapCircle) {
    const date = c.startDate ? formatDate(c.startDate, this.formatLocale) : '';
    return html`${date ? html`<span class="date">${msg(str`Starts ${date}`)}</span>` : nothing}${c.city
      ? html`<span class="city" dir="auto">${c.city}</span>`
      : nothing}`;
  }

  private renderPopup(circles: MapCircle[], close: () => void) {
    const signupLabel = msg('Sign up');
    const detailsLabel = msg('View details');
    return html`<div class="popup" dir=${this.renderRoot.querySelector('.widget')?.getAttribute('dir') ?? 'ltr'} role="group" aria-label=${this.pinLabel(circles)}>
      <button type="button" class="popup-close" aria-label=${msg('Close')} @click=${close}>${icons.close}</button>
      ${circles.map((c) => {
        const signup = this.signupLink(c);
        return html`<div class="popup-circle">
          <p class="popup-title" dir="auto">${c.title}</p>
          <p class="facts">${this.renderFacts(c)}</p>
          <p class="links">
            ${signup ? html`<a class="button" href=${signup}>${signupLabel}</a>` : nothing}
            ${c.url ? html`<a class="link" href=${c.url}>${detailsLabel}</a>` : nothing}
          </p>
        </div>`;
      })}
    </div>`;
  }

  protected override renderWidget() {
    return this.loader.render({
      initial: () => this.renderSkeleton(),
      pending: () => this.renderSkeleton(),
      complete: (circles) => (circles.length ? this.renderMap() : this.renderEmpty()),
      error: (error) => (isAbortError(error) ? this.renderSkeleton() : this.renderError(error)),
    });
  }

  private renderMap() {
    const circles = this.circles;
    const tiles = this.tiles;
    const attribution = cleanAttribute(this.tileAttribution);
    return html`<div class="layout">
      <div class="map-side">
        <div class="controls" part="controls" role="group" aria-label=${msg('Map')}>
          <button type="button" class="button secondary" part="near-me" @click=${() => this.geo.locate()} ?disabled=${this.geo.status === 'locating'}>
            ${nearIcon}${msg('Near me')}
          </button>
          <button type="button" class="button secondary" @click=${this.showAll}>${msg('Show all')}</button>
          <span class="zoom">
            <button type="button" class="button secondary" aria-label=${msg('Zoom in')} @click=${() => this.view?.zoomIn()}>+</button>
            <button type="button" class="button secondary" aria-label=${msg('Zoom out')} @click=${() => this.view?.zoomOut()}>−</button>
          </span>
          ${tiles
            ? html`<button type="button" class="button secondary" part="street-map-button" aria-pressed=${this.streetMap ? 'true' : 'false'} @click=${this.toggleStreetMap}>
                ${mapIcon}${msg('Show street map')}
              </button>`
            : nothing}
        </div>
        ${tiles && !this.streetMap
          ? html`<p class="hint">${msg(str`The street map comes from ${new URL(tiles.replace(/\{[zxysr]\}/g, '0')).hostname}: showing it sends your address on the internet to that server.`)}</p>`
          : nothing}
        <p class="map-status" part="status" role="status">${this.statusText()}</p>
        <div class="map-frame">
          <div class="map ${this.streetMap ? 'with-tiles' : ''}" part="map" dir="ltr" role="region" aria-label=${msg('Map of learning circles')}></div>
        </div>
        ${this.streetMap && attribution ? html`<p class="attribution" part="attribution" dir="auto">${attribution}</p>` : nothing}
      </div>
      <section class="list-side" aria-labelledby="list-title">
        ${this.heading(msg('Learning circles'), { id: 'list-title', className: 'list-title' })}
        <p class="count">${msg(str`${circles.length} on the map, also listed here.`)}</p>
        <ul class="list" part="list" role="list">
          ${circles.map((c) => this.renderItem(c))}
        </ul>
      </section>
    </div>`;
  }

  private renderItem(c: MapCircle) {
    const selected = c.id === this.selectedId;
    const link = c.url ?? this.signupLink(c);
    return html`<li class="item ${selected ? 'selected' : ''}" part=${selected ? 'item selected' : 'item'} data-id=${c.id} aria-current=${selected ? 'true' : nothing}>
      ${link ? html`<a class="title link" href=${link} dir="auto">${c.title}</a>` : html`<span class="title" dir="auto">${c.title}</span>`}
      <p class="facts">${this.renderFacts(c)}</p>
      <button type="button" class="link-button show" @click=${() => this.showOnMap(c.id)}>
        ${icons.place}${msg('Show on map')}<span class="visually-hidden">: ${c.title}</span>
      </button>
    </li>`;
  }

  private statusText(): string {
    if (this.tilesFailed && this.streetMap) return msg('The street map could not be loaded. The learning circles are still on the map and in the list.');
    switch (this.geo.status) {
      case 'locating':
        return msg('Finding where you are…');
      case 'denied':
        return msg('Your browser did not share your location. Move the map yourself, or use the list.');
      case 'timeout':
      case 'unavailable':
        return msg('Your location could not be found. Move the map yourself, or use the list.');
      case 'unsupported':
        return msg('This browser cannot tell where you are. Move the map yourself, or use the list.');
      default:
        return this.position ? msg('The map shows where you are; the list starts with the nearest learning circles.') : '';
    }
  }

  private showAll = () => {
    this.view?.fit();
  };

  private toggleStreetMap = () => {
    this.streetMap = !this.streetMap;
    this.tilesFailed = false;
  };

  private showOnMap(id: number) {
    this.selectedId = id;
    this.view?.select(id, true);
    this.highlightInFinder(id);
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    if ((changed as Map<PropertyKey, unknown>).has('selectedId')) this.view?.select(this.selectedId);
  }

  // ---------- States ----------

  private renderSkeleton() {
    return html`<div class="layout skeleton" aria-hidden="true">
        <div class="map-side"><div class="map-frame"><div class="bone map-bone"></div></div></div>
        <div class="list-side"><span class="bone title"></span><span class="bone"></span><span class="bone mid"></span><span class="bone"></span></div>
      </div>
      <p class="visually-hidden" role="status" part="status">${msg('Loading learning circles…')}</p>`;
  }

  private renderEmpty() {
    if (this.link === 'linked') {
      // the finder beside the map is the way out: its filters
      return html`<div class="notice empty" part="status" role="status">
        <p class="notice-title">${icons.search}<span>${msg('No learning circle of this search meets at a place to show on the map.')}</span></p>
        <p>${msg('Online learning circles, and ones without an address, are in the search results only.')}</p>
      </div>`;
    }
    // P2PU's list (of the team's circles), not the library's own circles page: the map may be on it.
    const { href } = chooseCirclePage(null, this.formatLocale, this.config.teamId);
    return html`<div class="notice empty" part="status" role="status">
      <p class="notice-title">${icons.search}<span>${msg('No learning circles to show on the map right now.')}</span></p>
      <p>${msg('Learning circles appear here when they are planned at a place with an address.')}</p>
      <p><a class="link" href=${href}>${msg('Find a learning circle on P2PU')}</a></p>
    </div>`;
  }

  private renderError(error: unknown) {
    return renderErrorNotice(this.errorText(error, 'circles'), { part: 'status', retry: this.retry });
  }

  private retry = async () => {
    await this.loader.run();
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('[part~="near-me"], .notice button, .notice'));
  };

  protected override focusFallback(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="near-me"], .notice');
  }
}

defineElement('circle-map', CircleMap);

declare global {
  interface HTMLElementTagNameMap {
    'circle-map': CircleMap;
  }
}
