import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, type Page } from '../api/index.js';

type Host = ReactiveControllerHost & HTMLElement;

export type SearchStatus = 'loading' | 'ready' | 'error';
export type MoreStatus = 'idle' | 'loading' | 'error';

export interface SearchOptions<Q, T, P extends Page<T>> {
  /**
   * The search to show now, read before every update (as @lit/task reads its arguments): a new
   * search starts when it differs, deeply, from the last one. `key` lists whatever else changes
   * the answer (endpoint, transport).
   */
  args: () => { query: Q; key?: unknown };
  /** One page of results from `offset`. */
  fetch: (query: Q, offset: number, signal: AbortSignal) => Promise<P>;
  /** Identity of an item: pages can overlap (ties in the order, P2PU's duplicates), each item shows once. */
  id: (item: T) => number | string;
  /** After each search's first page arrived. */
  onResults?: (page: P, query: Q) => void;
  /**
   * True when the server's counts for this query count each result once, so the first page's
   * count is the number of results. Without it a count is only an upper bound (P2PU counts a
   * circle found by text once per facilitator), and the number is known once every page is in.
   */
  countsEachOnce?: (query: Q) => boolean;
}

/**
 * The search under both finders: the first page, "Load more" with de-duplication by id, abort
 * and out-of-order protection (only the newest search's answer is shown), retry, and a restart
 * when the widget is put back in the page. The host renders from its fields.
 *
 * Numbers a learner sees come from {@link total} and {@link exactCount}: a number is given only
 * when it is known to be exact, so it never shrinks after "Load more" (a server count that may
 * include duplicates is never shown as a number of results).
 */
export class SearchController<Q, T, P extends Page<T>> implements ReactiveController {
  status: SearchStatus = 'loading';
  more: MoreStatus = 'idle';
  items: T[] = [];
  /** The last page that arrived (of the first page or a later one). */
  page: P | null = null;
  /** The first page of the search shown: its counts stand for the whole search (later pages may be cached apart). */
  first: P | null = null;
  /** The query of the results shown (while a new search loads, the last one's). */
  searched: Q | null = null;
  error: unknown = null;

  /** The shown search's counts count each result once ({@link SearchOptions.countsEachOnce}). */
  private countsExact = false;

  private argsKey: string | null = null;
  private query: Q | null = null;
  private generation = 0;
  private searchAbort?: AbortController;
  private moreAbort?: AbortController;

  constructor(
    private readonly host: Host,
    private readonly options: SearchOptions<Q, T, P>,
  ) {
    host.addController(this);
  }

  /** True while there are more results to load. */
  get hasMore(): boolean {
    return this.status === 'ready' && (this.page?.hasMore ?? false);
  }

  /**
   * How many results the search shown has, when that is known for sure; null while it is not
   * (more pages to read, and a server count that may include duplicates). Once known it only
   * stays or grows during a search: the server's exact count from the first page on, or the
   * results themselves once the last page is in.
   */
  get total(): number | null {
    const first = this.first;
    if (!first) return null;
    const complete = !(this.page?.hasMore ?? false);
    if (this.countsExact) return complete ? Math.max(first.count, this.items.length) : first.count;
    return complete ? this.items.length : null;
  }

  /**
   * Another count the server gave for the search shown (such as another tab's), when it is
   * exact: always when the server counts each result once, else only 0 or 1 (a count that may
   * include duplicates is an upper bound, and at least one result stands behind any count above 0).
   */
  exactCount(count: number): number | null {
    if (!this.first) return null;
    return this.countsExact || count <= 1 ? count : null;
  }

  hostUpdate(): void {
    const { query, key } = this.options.args();
    const argsKey = JSON.stringify([query, key ?? null]);
    if (argsKey === this.argsKey) return;
    this.argsKey = argsKey;
    this.query = query;
    void this.run();
  }

  hostConnected(): void {
    // Put back in the page after its search was dropped: search again.
    if (this.argsKey === null && this.query !== null) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Unfinished work is dropped; it starts again if the element comes back.
    if (this.status === 'loading') this.argsKey = null;
    this.searchAbort?.abort();
    this.moreAbort?.abort();
    if (this.more === 'loading') this.more = 'idle';
  }

  /** Searches again for the same query (after an error, or when asked). */
  retry = (): void => {
    void this.run();
  };

  /**
   * Loads the next page. Resolves with the index of the first new item, or -1 when none came
   * (nothing more, a newer search, a failure: `more` says which).
   */
  async loadMore(): Promise<number> {
    const page = this.page;
    const query = this.query;
    if (this.more === 'loading' || this.status !== 'ready' || !page?.hasMore || query === null) return -1;
    const generation = this.generation;
    const controller = new AbortController();
    this.moreAbort = controller;
    this.more = 'loading';
    this.host.requestUpdate();
    try {
      // The server's own limit, never less than what it sent, so a page is never asked for twice.
      const offset = page.offset + Math.max(page.limit, page.items.length, 1);
      const next = await this.options.fetch(query, offset, controller.signal);
      if (generation !== this.generation || controller.signal.aborted) return -1;
      const known = new Set(this.items.map(this.options.id));
      const added = next.items.filter((item) => !known.has(this.options.id(item)));
      const first = this.items.length;
      this.items = [...this.items, ...added];
      this.page = next;
      this.more = 'idle';
      return added.length > 0 ? first : -1;
    } catch (error) {
      if (generation === this.generation && !isAbortError(error)) this.more = 'error';
      return -1;
    } finally {
      this.host.requestUpdate();
    }
  }

  private async run(): Promise<void> {
    const query = this.query;
    if (query === null) return;
    this.searchAbort?.abort();
    this.moreAbort?.abort();
    const controller = new AbortController();
    this.searchAbort = controller;
    const generation = ++this.generation;
    this.status = 'loading';
    this.more = 'idle';
    this.error = null;
    this.host.requestUpdate();
    try {
      const page = await this.options.fetch(query, 0, controller.signal);
      if (generation !== this.generation) return; // a newer search started: its answer wins
      this.page = page;
      this.first = page;
      this.searched = query;
      this.countsExact = this.options.countsEachOnce?.(query) ?? false;
      this.items = dedupe(page.items, this.options.id);
      this.status = 'ready';
      this.options.onResults?.(page, query);
    } catch (error) {
      if (generation !== this.generation || isAbortError(error)) return;
      this.error = error;
      this.page = null;
      this.first = null;
      this.searched = null;
      this.items = [];
      this.status = 'error';
    }
    this.host.requestUpdate();
  }
}

function dedupe<T>(items: T[], id: (item: T) => number | string): T[] {
  const seen = new Set<number | string>();
  return items.filter((item) => {
    const key = id(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
