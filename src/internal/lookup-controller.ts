import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../api/index.js';

type Host = ReactiveControllerHost & HTMLElement;

/** A choice list as a view shows it: `items` null while loading, `failed` after an error. */
export interface LookupView<T> {
  items: T | null;
  failed: boolean;
}
type Loader = ((signal: AbortSignal) => Promise<unknown>) | undefined;
type Loaders = Record<string, Loader>;
type Values<L extends Loaders> = { [K in keyof L]: Awaited<ReturnType<NonNullable<L[K]>>> };

/**
 * The choice lists a finder's filters offer (topics, cities, languages): loaded when the
 * filters that use them are shown, again when the endpoint changes, each failing on its own with
 * a retry. `null` while loading; `failed(name)` after an error.
 */
export class LookupController<L extends Loaders> implements ReactiveController {
  private values: Partial<Values<L>> = {};
  private failures = new Set<keyof L>();
  private key: string | null = null;
  private abort?: AbortController;

  constructor(
    private readonly host: Host,
    /** The lists to load now, by name; a list whose filter is hidden is left undefined. */
    private readonly loaders: () => L,
    /** Whatever changes the answers (endpoint, transport, which filters are shown). */
    private readonly args: () => unknown,
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

  /** Loads the lists again (after a failure). */
  retry = (): void => {
    this.key = null;
    this.host.requestUpdate();
  };

  hostUpdate(): void {
    const key = JSON.stringify(this.args());
    if (key === this.key) return;
    this.key = key;
    this.abort?.abort();
    const controller = new AbortController();
    this.abort = controller;
    const loaders = this.loaders();
    for (const name of Object.keys(loaders) as (keyof L)[]) {
      const load = loaders[name];
      if (!load) continue;
      delete this.values[name];
      this.failures.delete(name);
      load(controller.signal).then(
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

  hostConnected(): void {
    if (this.key === null) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.key = null;
  }
}
