/**
 * The Leaflet side of <circle-map>: the map, one pin per circle (or one per group of crowded
 * circles), a popup per pin, the optional tile layer and the "you are here" dot. It never hands
 * Leaflet a string of HTML: pins are elements made here, popup content is an element the widget
 * renders with Lit, and neither the attribution nor the zoom buttons are Leaflet's (the widget
 * draws them as text and buttons of its own).
 */
import { DivIcon, LatLngBounds, Map as LeafletMap, Marker, Point, Popup, TileLayer } from 'leaflet/dist/leaflet-src.esm.js';
import type { MapCircle } from '../../api/index.js';
import { gridClusters } from './cluster.js';

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

  /** Fits the map to every pin. */
  fit(): void {
    if (this.circles.length === 0) {
      this.map.setView([20, 0], MIN_ZOOM);
    } else {
      const bounds = new LatLngBounds(this.circles.map((c) => [c.latitude, c.longitude] as [number, number]));
      this.map.fitBounds(bounds, { padding: [32, 32], maxZoom: CLOSE_ZOOM - 2, animate: false });
    }
    this.drawPins();
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

  /** Marks the pin of circle `id` as chosen; `reveal`: zooms to it and opens its popup. */
  select(id: number | null, reveal = false): void {
    this.selectedId = id;
    if (id !== null && reveal) {
      const circle = this.circles.find((c) => c.id === id);
      if (circle) {
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
    const groups = gridClusters(this.circles, (c) => this.map.project([c.latitude, c.longitude], zoom));
    this.pins = groups.map((circles) => this.makePin(circles));
    this.markSelected();
    const again = (id: number | undefined) => (id === undefined ? undefined : this.pinOf(id));
    again(focusedId)?.button.focus();
    const reopen = again(openId);
    if (reopen) this.openPopup(reopen, false);
  }

  private makePin(circles: MapCircle[]): Pin {
    const group = circles.length > 1;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = group ? 'pin cluster' : 'pin';
    button.setAttribute('aria-label', this.host.pinLabel(circles));
    button.dataset.ids = circles.map((c) => c.id).join(' ');
    if (group) button.textContent = String(circles.length);
    const lat = circles.reduce((sum, c) => sum + c.latitude, 0) / circles.length;
    const lng = circles.reduce((sum, c) => sum + c.longitude, 0) / circles.length;
    const size = group ? 36 : 28;
    const marker = new Marker([lat, lng], {
      icon: new DivIcon({
        html: button,
        className: 'pin-icon',
        iconSize: [size, size],
        iconAnchor: group ? [size / 2, size / 2] : [size / 2, size],
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
      offset: pin.circles.length > 1 ? [0, -12] : [0, -22],
    })
      .setLatLng(pin.marker.getLatLng())
      .setContent(content);
    this.popupPin = null;
    this.popup.openOn(this.map);
    this.popupPin = pin;
    if (focus) content.focus();
  }
}
