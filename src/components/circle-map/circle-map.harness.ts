/**
 * A test harness for <circle-map>: its state, pins, list and popup by name (see
 * src/internal/widget.harness.ts).
 *
 * ```ts
 * const map = new CircleMapHarness(el);
 * await map.settled();
 * expect(map.pinnedIds).to.deep.equal(map.listIds);
 * ```
 */
import { WidgetHarness, words } from '../../internal/widget.harness.js';
import type { CircleMap } from './circle-map.js';

/** `loading`, `content` (pins and list), `empty` (no circles with a place), `error`. */
export type CircleMapState = 'loading' | 'content' | 'empty' | 'error';

export class CircleMapHarness extends WidgetHarness<CircleMap, CircleMapState> {
  /** The pins on the map (a group of crowded circles is one pin). */
  get pins(): HTMLButtonElement[] {
    return this.queryAll<HTMLButtonElement>('.map button.pin');
  }

  /** Pins that stand for several circles. */
  get clusters(): HTMLButtonElement[] {
    return this.pins.filter((pin) => pin.classList.contains('cluster'));
  }

  /** The circle ids behind the pins, sorted. */
  get pinnedIds(): number[] {
    return this.pins.flatMap((pin) => (pin.dataset.ids ?? '').split(' ').map(Number)).sort((a, b) => a - b);
  }

  /** The pin of circle `id` (or the group it is in). */
  pinOf(id: number): HTMLButtonElement | null {
    return this.pins.find((pin) => (pin.dataset.ids ?? '').split(' ').includes(String(id))) ?? null;
  }

  get listItems(): HTMLElement[] {
    return this.queryAll('[part~="list"] > li');
  }

  /** The circle ids in the list, sorted. */
  get listIds(): number[] {
    return this.listItems.map((li) => Number(li.dataset.id)).sort((a, b) => a - b);
  }

  get listTitles(): string[] {
    return this.listItems.map((li) => words(li.querySelector('.title')) ?? '');
  }

  get selectedItem(): HTMLElement | null {
    return this.query('[part~="list"] > li.selected');
  }

  showOnMapButton(id: number): HTMLButtonElement | null {
    return this.query<HTMLButtonElement>(`[part~="list"] > li[data-id="${id}"] button.show`);
  }

  /** The open popup's content, or null. */
  get popup(): HTMLElement | null {
    return this.query('.leaflet-popup .popup');
  }

  get nearMeButton(): HTMLButtonElement | null {
    return this.query<HTMLButtonElement>('[part~="near-me"]');
  }

  get streetMapButton(): HTMLButtonElement | null {
    return this.query<HTMLButtonElement>('[part~="street-map-button"]');
  }

  /** The map pictures (tiles) on the map. */
  get tiles(): HTMLImageElement[] {
    return this.queryAll<HTMLImageElement>('.map img.leaflet-tile');
  }

  /** The map's status line (near me, street map), in words. */
  get statusText(): string {
    return words(this.query('.map-status')) ?? '';
  }

  get attribution(): string | null {
    return words(this.part('attribution'));
  }

  get error(): HTMLElement | null {
    return this.query('.notice.error');
  }

  get retryButton(): HTMLButtonElement | null {
    return this.error?.querySelector('button') ?? null;
  }

  get message(): string | null {
    return words(this.query('.notice'));
  }
}
