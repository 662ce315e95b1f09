import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../api/index.js';
import { afterNextPaint } from './schedule.js';

type Host = ReactiveControllerHost & HTMLElement;

/** A choice list as a view shows it: `items` null while loading, `failed` after an error. */
export interface LookupView<T> {
  items: T | null;
  failed: boolean;
}
type Loader = ((signal: AbortSignal) => Promise<unknown>) | undefined;
type Loaders = Record<string, Loader>;
type Values<L extends Loaders> = { [K in keyof L]: Awaited<ReturnType<NonNullable<L[K]>>> };

export interface LookupOptions<L extends Loaders> {
  /** The lists to load, by name; a list whose filter is hidden is left undefined. */
  lists: () => L;
  /** Whatever changes the answers (endpoint, transport, which filters are shown). */
  args: () => unknown;
  /**
   * Whether the lists may load now: the first results have come (or failed), or the filters are
   * open. Until then the search has the network and the main thread to itself.
   */
  ready: () => boolean;
}

/**
 * The choice lists a finder's filters offer (topics, cities, languages). They load once the host
 * is `ready`, after the browser has painted what made it ready (so the first results show before
 * any list is asked for), or at once when a patron reaches for a filter (`loadNow`). They load
 * again when the endpoint changes, each failing on its own with a retry. `null` while loading;
 * `failed(name)` after an error.
 */
export class LookupController<L extends Loaders> implements ReactiveController {
  private values: Partial<Values<L>> = {};
  private failures = new Set<keyof L>();
  /** The `args` the lists are (or will be) loaded for. */
  private key: string | null = null;
  private started = false;
  /** A patron reached for a filter: no more waiting for the results. */
  private asked = false;
  /** The start waiting for the next paint; forgotten (so it does nothing) on reset or an earlier start. */
  private scheduled?: object;
  private abort?: AbortController;

  constructor(
    private readonly host: Host,
    private readonly options: LookupOptions<L>,
  ) {
    host.addController(this);
  }

  value<K extends keyof L>(name: K): Values<L>[K] | null {
    return this.values[name] ?? null;
  }

  failed(name: keyof L): boolean {
    return this.failures.has(name);
  }

  view<K extends keyof L>(name: K): LookupView<Values<L>[K]> {
    return { items: this.value(name), failed: this.failed(name) };
  }

  /** Loads the lists now if they have not started (a patron focused a filter that needs one). */
  loadNow = (): void => {
    if (this.asked) return;
    this.asked = true;
    this.host.requestUpdate();
  };

  /** Loads the lists again, now (after a failure). */
  retry = (): void => {
    this.key = null;
    this.asked = true;
    this.host.requestUpdate();
  };

  hostUpdate(): void {
    const key = JSON.stringify(this.options.args());
    if (key !== this.key) this.reset(key);
    if (this.started) return;
    if (this.asked) this.start();
    else if (!this.scheduled && this.options.ready()) {
      const scheduled = {};
      this.scheduled = scheduled;
      void afterNextPaint().then(() => this.scheduled === scheduled && this.start());
    }
  }

  hostConnected(): void {
    if (this.key === null) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.reset(null);
  }

  /** Drops the lists (and any load under way or waiting) for new `args`. */
  private reset(key: string | null) {
    this.key = key;
    this.started = false;
    this.scheduled = undefined;
    this.abort?.abort();
    this.values = {};
    this.failures.clear();
  }

  private start() {
    this.scheduled = undefined;
    this.started = true;
    const controller = new AbortController();
    this.abort = controller;
    const lists = this.options.lists();
    for (const name of Object.keys(lists) as (keyof L)[]) {
      lists[name]?.(controller.signal).then(
        (value) => {
          if (controller.signal.aborted) return;
          this.values[name] = value as Values<L>[typeof name];
          this.host.requestUpdate();
        },
        (error: unknown) => {
          if (controller.signal.aborted || isAbortError(error)) return;
          this.failures.add(name);
          this.host.requestUpdate();
        },
      );
    }
  }
}
