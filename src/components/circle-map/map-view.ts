/**
 * The Leaflet side of <circle-map>: the map, one pin per circle (or one per group of crowded
 * circles), a popup per pin, the optional tile layer and the "you are here" dot. It never hands
 * Leaflet a string of HTML: pins are elements made here, popup content is an element the widget
 * renders with Lit, and neither the attribution nor the zoom buttons are Leaflet's (the widget
 * draws them as text and buttons of its own).
 */
// Only the parts of Leaflet the map uses, from its ES sources (its ES build is one module, all or
// nothing). The handlers register themselves on the map class (`Map.addInitHook`) when their module
// runs, so each is imported for that: dragging, touch (pinch) zoom, double-click zoom and the
// keyboard (arrows pan, + and − zoom). Not imported: Leaflet's controls (the widget draws its own
// zoom buttons and attribution), the scroll-wheel zoom (off: a map in a page must not catch its
// scrolling), box zoom (Shift+drag), the Safari long-press handler, vector layers and the rest.
import { Map as LeafletMap } from 'leaflet/src/map/Map.js';
import 'leaflet/src/map/handler/Map.Drag.js';
import 'leaflet/src/map/handler/Map.TouchZoom.js';
import 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import 'leaflet/src/map/handler/Map.Keyboard.js';
import { Marker } from 'leaflet/src/layer/marker/Marker.js';
import { DivIcon } from 'leaflet/src/layer/marker/DivIcon.js';
import { Popup } from 'leaflet/src/layer/Popup.js';
import { TileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
import { LatLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
import { Point } from 'leaflet/src/geometry/Point.js';
import type { MapCircle } from '../../api/index.js';
import { spacedClusters, type Cluster, type PinBox } from './cluster.js';

export interface MapViewHost {
  /** The accessible name of a pin of `circles` (one circle: its title and city; a group: how many). */
  pinLabel(circles: MapCircle[]): string;
  /** Renders a popup about `circles` into `into`; `close` closes it and returns focus to the pin. */
  renderPopup(circles: MapCircle[], into: HTMLElement, close: () => void): void;
  /** A pin was chosen (null: none). */
  selected(id: number | null): void;
  /** A map picture (tile) failed to load. */
  tileFailed(): void;
}

/** Zoom levels: the whole world … a few streets. */
const MIN_ZOOM = 1;
const MAX_ZOOM = 18;
/** How far the map zooms in on one pin, or on pins close together. */
const CLOSE_ZOOM = 14;
/** The first view zooms in at most this far, to spread the pins of one city. */
const FIT_MAX_ZOOM = 16;
/** Room around the pins when the map fits them: more above their places, where pins stand. */
const FIT_TOP_LEFT = new Point(32, 48);
const FIT_BOTTOM_RIGHT = new Point(32, 32);
/** A pin's square (turned 45°, a drop with its tip on the place) and a group's bubble, in CSS px (as in the styles). */
const PIN = 28;
const GROUP = 36;
/** How far the tip of a pin is below its square's top: half the square plus half its diagonal. */
const PIN_TIP = Math.round(PIN / 2 + PIN * Math.SQRT1_2);
/** Where the buttons' boxes are around their places: a pin's above its tip (a turned square's box is its diagonal wide), a bubble's on it. */
const PIN_BOX: PinBox = { dy: PIN / 2 - PIN_TIP, half: PIN * Math.SQRT1_2 };
const GROUP_BOX: PinBox = { dy: 0, half: GROUP / 2 };

interface Pin {
  circles: MapCircle[];
  marker: Marker;
  button: HTMLButtonElement;
}

export class MapView {
  readonly map: LeafletMap;
  private circles: MapCircle[] = [];
  private pins: Pin[] = [];
  private tiles: TileLayer | null = null;
  private here: Marker | null = null;
  private selectedId: number | null = null;
  private popupPin: Pin | null = null;

  constructor(
    readonly container: HTMLElement,
    private readonly host: MapViewHost,
  ) {
    this.map = new LeafletMap(container, {
      zoomControl: false,
      attributionControl: false,
      scrollWheelZoom: false, // a map inside a page must not catch the page's scrolling
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      worldCopyJump: true,
      fadeAnimation: false, // a closed popup goes at once (and nothing fades for patrons who prefer less motion)
    });
    this.map.on('zoomend', () => this.drawPins());
    this.map.on('popupclose', (event: { popup: Popup }) => {
      if (this.popupPin && event.popup === this.popup) {
        const pin = this.popupPin;
        this.popupPin = null;
        // focus was in the popup that closed: back to its pin
        if (this.container.contains((this.container.getRootNode() as ShadowRoot).activeElement)) pin.button.focus();
      }
    });
  }

  private popup: Popup | null = null;

  /** Shows these circles, and fits the map around them. */
  setCircles(circles: MapCircle[]): void {
    this.circles = circles;
    this.fit();
  }

  /**
   * Fits the map to every pin, zoomed in no further than a town (CLOSE_ZOOM - 2) unless the pins
   * would be grouped there: then to the least zoom (up to FIT_MAX_ZOOM) at which they are as spread
   * as they get while all of them still fit, so a team's circles in one city start as pins, not as
   * one bubble. Circles at one place stay one bubble at every zoom.
   */
  fit(): void {
    if (this.circles.length === 0) {
      this.map.setView([20, 0], MIN_ZOOM);
    } else {
      const bounds = new LatLngBounds(this.circles.map((c) => [c.latitude, c.longitude] as [number, number]));
      const fits = Math.min(this.map.getBoundsZoom(bounds, false, FIT_TOP_LEFT.add(FIT_BOTTOM_RIGHT)), FIT_MAX_ZOOM);
      let zoom = CLOSE_ZOOM - 2;
      if (Number.isFinite(fits)) {
        zoom = Math.min(fits, zoom);
        let most = this.groupsAt(zoom).length;
        for (let z = zoom + 1; z <= fits && most < this.circles.length; z++) {
          const groups = this.groupsAt(z).length;
          if (groups > most) [most, zoom] = [groups, z];
        }
      }
      this.map.fitBounds(bounds, { paddingTopLeft: FIT_TOP_LEFT, paddingBottomRight: FIT_BOTTOM_RIGHT, maxZoom: zoom, animate: false });
    }
    this.drawPins();
  }

  /** The groups of circles at `zoom`, at world pixel points. */
  private groupsAt(zoom: number): Cluster<MapCircle>[] {
    return spacedClusters(this.circles, (c) => this.map.project([c.latitude, c.longitude], zoom), PIN_BOX, GROUP_BOX);
  }

  zoomIn(): void {
    this.map.zoomIn();
  }

  zoomOut(): void {
    this.map.zoomOut();
  }

  /** Centres the map on the patron's position, with a dot there. */
  locate(latitude: number, longitude: number): void {
    const dot = document.createElement('span');
    dot.className = 'here';
    this.here?.remove();
    this.here = new Marker([latitude, longitude], {
      icon: new DivIcon({ html: dot, className: 'here-icon', iconSize: [18, 18] }),
      interactive: false,
      keyboard: false,
    }).addTo(this.map);
    this.map.setView([latitude, longitude], Math.max(this.map.getZoom(), 11), { animate: false });
  }

  private tileUrl: string | null = null;

  /** Shows map pictures from `url` (a {z}/{x}/{y} template), or none; nothing changes for the same url. */
  setTilesIfChanged(url: string | null): void {
    if (url === this.tileUrl) return;
    this.tileUrl = url;
    this.tiles?.remove();
    this.tiles = null;
    if (!url) return;
    this.tiles = new TileLayer(url, { maxZoom: MAX_ZOOM, minZoom: MIN_ZOOM }).on('tileerror', () => this.host.tileFailed()).addTo(this.map);
  }

  /**
   * Marks circle `id`'s pin. `reveal`: also zoom in to it and open its popup (a patron chose it);
   * `'pan'`: only bring it into view, at the same zoom, without a popup (a patron is on its card in
   * a linked finder, which must not throw the map about).
   */
  select(id: number | null, reveal: boolean | 'pan' = false): void {
    this.selectedId = id;
    if (id !== null && reveal) {
      const circle = this.circles.find((c) => c.id === id);
      if (circle && reveal === 'pan') {
        if (!this.map.getBounds().contains([circle.latitude, circle.longitude])) this.map.panTo([circle.latitude, circle.longitude], { animate: false });
      } else if (circle) {
        this.map.setView([circle.latitude, circle.longitude], Math.max(this.map.getZoom(), CLOSE_ZOOM), { animate: false });
        const pin = this.pinOf(id);
        if (pin) this.openPopup(pin, false);
      }
    }
    this.markSelected();
  }

  destroy(): void {
    this.map.remove();
  }

  private pinOf(id: number): Pin | undefined {
    return this.pins.find((p) => p.circles.some((c) => c.id === id));
  }

  private markSelected(): void {
    for (const pin of this.pins) {
      const on = this.selectedId !== null && pin.circles.some((c) => c.id === this.selectedId);
      pin.button.classList.toggle('selected', on);
      pin.marker.setZIndexOffset(on ? 1000 : 0);
    }
  }

  /** One pin per circle, or per group of circles too close together to tell apart at this zoom. */
  private drawPins(): void {
    const root = this.container.getRootNode() as ShadowRoot;
    const focusedId = this.pins.find((p) => p.button === root.activeElement)?.circles[0]?.id;
    const openId = this.popupPin?.circles[0]?.id;
    this.map.closePopup();
    for (const pin of this.pins) pin.marker.remove();
    const zoom = this.map.getZoom();
    this.pins = this.groupsAt(zoom).map((group) => this.makePin(group, zoom));
    this.markSelected();
    const again = (id: number | undefined) => (id === undefined ? undefined : this.pinOf(id));
    again(focusedId)?.button.focus();
    const reopen = again(openId);
    if (reopen) this.openPopup(reopen, false);
  }

  private makePin({ items: circles, x, y }: Cluster<MapCircle>, zoom: number): Pin {
    const group = circles.length > 1;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = group ? 'pin cluster' : 'pin';
    button.setAttribute('aria-label', this.host.pinLabel(circles));
    button.dataset.ids = circles.map((c) => c.id).join(' ');
    if (group) button.textContent = String(circles.length);
    const size = group ? GROUP : PIN;
    // a group where the grouping placed it (the middle of its circles); a pin with its tip on the place
    const marker = new Marker(group ? this.map.unproject([x, y], zoom) : [circles[0]!.latitude, circles[0]!.longitude], {
      icon: new DivIcon({
        html: button,
        className: 'pin-icon',
        iconSize: [size, size],
        iconAnchor: group ? [size / 2, size / 2] : [size / 2, PIN_TIP],
      }),
      keyboard: false, // the button inside is the focusable control
      riseOnHover: true,
    });
    const pin: Pin = { circles, marker, button };
    marker.on('click', (event: { originalEvent?: MouseEvent }) => this.activate(pin, (event.originalEvent?.detail ?? 0) === 0));
    marker.addTo(this.map);
    return pin;
  }

  /** A pin pressed: a group spread out enough zooms in; a circle (or a group in one place) opens its popup. */
  private activate(pin: Pin, byKeyboard: boolean): void {
    const { circles } = pin;
    if (circles.length > 1) {
      const bounds = new LatLngBounds(circles.map((c) => [c.latitude, c.longitude] as [number, number]));
      const onePlace = bounds.getNorthEast().equals(bounds.getSouthWest());
      const zoom = onePlace ? 0 : Math.min(this.map.getBoundsZoom(bounds, false, new Point(48, 48)), MAX_ZOOM);
      if (Number.isFinite(zoom) && zoom > this.map.getZoom()) {
        this.map.fitBounds(bounds, { padding: [48, 48], animate: false });
        if (byKeyboard) this.pinOf(circles[0]!.id)?.button.focus();
        return;
      }
    }
    this.selectedId = circles[0]!.id;
    this.markSelected();
    this.host.selected(this.selectedId);
    this.openPopup(pin, true);
  }

  private openPopup(pin: Pin, focus: boolean): void {
    const content = document.createElement('div');
    content.className = 'popup-body';
    content.tabIndex = -1;
    const close = () => {
      this.map.closePopup();
      pin.button.focus();
    };
    content.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        close();
      }
    });
    this.host.renderPopup(pin.circles, content, close);
    this.popup = new Popup({
      closeButton: false,
      closeOnEscapeKey: false,
      autoPanPadding: [16, 16],
      maxWidth: 280,
      minWidth: 180,
      maxHeight: 240,
      offset: pin.circles.length > 1 ? [0, -12] : [0, 6 - PIN_TIP], // the popup's tip just above the bubble or pin
    })
      .setLatLng(pin.marker.getLatLng())
      .setContent(content);
    this.popupPin = null;
    this.popup.openOn(this.map);
    this.popupPin = pin;
    if (focus) content.focus();
  }
}
