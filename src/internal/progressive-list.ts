import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from './schedule.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface ProgressiveListOptions<T> {
  /**
   * The whole list, read before every update. A new array that starts with the items of the last
   * one ("Load more") continues it; any other array (a new search) starts over.
   */
  items: () => readonly T[];
  /** While true nothing is added: the list is about to be replaced (a new search is on its way). */
  paused?: () => boolean;
}

/**
 * Items in the first slice of a new list, and of the items "Load more" adds: the first card alone,
 * painted as soon as possible (its task also pays for the page's own work on the new results, and
 * the first time for things done once, such as the cards' styles and template).
 */
export const FIRST_SLICE = 1;
/**
 * Main-thread time a slice's task may take, its items' first render included. Not much less,
 * because every slice also has costs that do not depend on its size (the host's own update, a
 * frame), so fewer, fuller slices finish sooner.
 */
export const SLICE_BUDGET_MS = 50;
/**
 * Time the frame that paints a slice may take (its style, layout and paint, a task of its own).
 * Cards that appear in view cost there several times what their script cost; cards out of view
 * (content-visibility) almost nothing. With the slice's own task, under the 100 ms beyond which a
 * page feels stuck.
 */
export const FRAME_BUDGET_MS = 70;
/** Frames whose times are kept, from list to list, to tell what any frame costs from what a slice adds. */
const FRAMES_KEPT = 8;

/**
 * Renders a long list a slice at a time, yielding to the browser between slices, so that 100 new
 * cards never freeze the page. The host renders {@link ProgressiveList.shown}. A new list starts
 * with a small first slice, painted before anything else; the rest follows a slice per task, each
 * sized by how long an item took in the last ones (their first render included), so a slow phone
 * gets small slices and a fast computer large ones; and by how long the frame that painted the
 * last slice took, so the cards that appear in view come a few at a time and those below it in
 * larger slices. A longer list that starts with the same items ("Load more") goes on from where it
 * is, its first new item in the same update.
 */
export class ProgressiveList<T> implements ReactiveController {
  /** The items to render now: the first ones of the list, more after each slice. */
  shown: readonly T[] = [];

  private list: readonly T[] = [];
  private connected = false;
  private filling = false;
  /** The slice shown is the first of a new list or page: let the browser paint it before more follow. */
  private paintFirst = false;
  /** Milliseconds one item's script took in the last slices; null until a slice has been timed. */
  private msPerItem: number | null = null;
  /** Items the frame of the next slice can paint within its budget, from the last frame's time. */
  private frameSize = FIRST_SLICE;
  /** The last frames' times (ms): the least is about what a frame costs whatever its slice. */
  private recentFrames: number[] = [];
  /** The slice being rendered, timed when the next slice starts. */
  private slice: SliceTiming | null = null;
  private whenShownWaiters: { index: number; resolve: (shown: boolean) => void }[] = [];
  private whenCompleteWaiters: (() => void)[] = [];

  constructor(
    private readonly host: Host,
    private readonly options: ProgressiveListOptions<T>,
  ) {
    host.addController(this);
  }

  /** True while some items of the list are still to be rendered. */
  get pending(): boolean {
    return this.connected && this.shown.length < this.list.length && !(this.options.paused?.() ?? false);
  }

  /** Resolves after the update that renders the item at `index`: true, or false if a new list replaced it first. */
  whenShown(index: number): Promise<boolean> {
    if (index < this.shown.length) return Promise.resolve(true);
    return new Promise((resolve) => this.whenShownWaiters.push({ index, resolve }));
  }

  /** Resolves after the update that renders the last pending item (at once when none is pending). */
  whenComplete(): Promise<void> {
    if (!this.pending) return Promise.resolve();
    return new Promise((resolve) => this.whenCompleteWaiters.push(resolve));
  }

  hostConnected(): void {
    this.connected = true;
    // Put back in the page mid-list: go on with the rest.
    if (this.shown.length < this.list.length) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.settleWaiters();
  }

  hostUpdate(): void {
    const next = this.options.items();
    if (next === this.list) return;
    const previous = this.list;
    this.list = next;
    if (!continues(previous, next)) {
      for (const waiter of this.whenShownWaiters) waiter.resolve(false);
      this.whenShownWaiters = [];
      this.startSlices(0);
    } else if (this.shown.length === previous.length) {
      // The list was complete: the first new item comes with this update ("Load more" answered).
      this.startSlices(this.shown.length);
    }
  }

  hostUpdated(): void {
    const slice = this.slice;
    // The new items' own first render (a card is an element of its own) runs in the microtasks
    // queued while the host rendered them, after this: time the slice once they have run.
    if (slice && slice.rendered === null) queueMicrotask(() => (slice.rendered ??= performance.now()));
    this.settleWaiters();
    if (this.pending && !this.filling) void this.fill();
  }

  /** Adds a slice per task until the list is complete, a new search pauses it or the host leaves. */
  private async fill(): Promise<void> {
    this.filling = true;
    try {
      while (this.pending) {
        this.paintFirst = false;
        // Each slice is painted before the next: one frame's style and layout covers one slice.
        const frameMs = await afterNextPaint();
        if (this.paintFirst) continue; // a new list came meanwhile: its first slice is painted first
        this.learnFromSlice(frameMs);
        if (this.pending) {
          const started = performance.now();
          this.slice = { started, size: this.show(this.shown.length, this.sliceSize()), rendered: null };
        }
      }
    } finally {
      this.filling = false;
    }
  }

  /** Shows `count` more items after the first `from`; returns how many were added. */
  private show(from: number, count: number): number {
    this.shown = this.list.slice(0, Math.min(this.list.length, from + count));
    this.host.requestUpdate();
    return this.shown.length - from;
  }

  /**
   * Shows the first slice of a new list (`from` 0) or of the items added to it, in this update,
   * painted before more follow. Its script is not timed: it shares its task with the host's own
   * work on the new results. Its frame is: its items appear where the patron is looking.
   */
  private startSlices(from: number): void {
    this.frameSize = FIRST_SLICE;
    this.slice = { started: null, size: this.show(from, FIRST_SLICE), rendered: null };
    this.paintFirst = true;
  }

  /** The next slice is due: how long did an item of the last one take to render, and its frame to paint? */
  private learnFromSlice(frameMs: number): void {
    const slice = this.slice;
    this.slice = null;
    if (!slice || slice.size <= 0) return;
    if (slice.started !== null) {
      const ms = ((slice.rendered ?? performance.now()) - slice.started) / slice.size;
      this.msPerItem = this.msPerItem === null ? ms : (this.msPerItem + ms) / 2;
    }
    this.frameSize = this.fitsInFrame(slice.size, frameMs);
  }

  /**
   * How many items the next frame can paint within its budget, from the last one's `frameMs` for
   * `size` items: a frame costs about the least of the last ones, plus a share per item. At most
   * twice as many as the last time: the next items may be in view, where a card costs many times
   * what one below it did. Where a frame alone takes most of the budget (a slow phone), the items
   * may add as much again: one a frame would make a hundred slow frames for a hundred cards.
   */
  private fitsInFrame(size: number, frameMs: number): number {
    if (frameMs <= 0) return Infinity; // a hidden page paints nothing
    this.recentFrames = [...this.recentFrames.slice(1 - FRAMES_KEPT), frameMs];
    const anyFrame = Math.min(...this.recentFrames);
    const room = Math.max(FRAME_BUDGET_MS, 2 * anyFrame) - anyFrame;
    const perItem = (frameMs - anyFrame) / size;
    const fits = perItem > 0 ? Math.floor(Math.max(room, perItem) / perItem) : Infinity;
    return Math.max(1, Math.min(2 * size, fits));
  }

  private sliceSize(): number {
    const byScript = this.msPerItem === null ? FIRST_SLICE : Math.floor(SLICE_BUDGET_MS / this.msPerItem);
    return Math.max(1, Math.min(byScript, this.frameSize));
  }

  private settleWaiters(): void {
    const rendered = this.shown.length;
    this.whenShownWaiters = this.whenShownWaiters.filter((waiter) => {
      if (waiter.index >= rendered) return true;
      waiter.resolve(true);
      return false;
    });
    if (this.pending) return;
    for (const resolve of this.whenCompleteWaiters) resolve();
    this.whenCompleteWaiters = [];
  }
}

interface SliceTiming {
  /** When its script started; null when it shared its task with the host's own work (not timed). */
  started: number | null;
  size: number;
  /** When the host's update that rendered the slice ended. */
  rendered: number | null;
}

/** True when `next` is `previous` with items added at the end (an empty list starts nothing). */
export function continues<T>(previous: readonly T[], next: readonly T[]): boolean {
  return previous.length > 0 && next.length >= previous.length && previous.every((item, i) => next[i] === item);
}
