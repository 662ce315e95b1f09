import { property } from 'lit/decorators.js';
import type { Page } from '../api/index.js';
import { DebounceController } from './debounce.js';
import { ProgressiveList } from './progressive-list.js';
import { ResultChunks, type ResultChunk } from './result-chunks.js';
import { afterNextPaint } from './schedule.js';
import type { SearchController } from './search-controller.js';
import { WidgetElement } from './widget-element.js';

/**
 * Base of the two finders (circles and courses): the presets and address settings they share,
 * the one debounce for typing and ticking, their `data-state`, the result list rendered a slice at
 * a time ({@link listed}), and "Load more" that moves focus to the first new result. Each finder
 * adds its own filters, words and view.
 */
export abstract class FinderElement<Q, T, P extends Page<T>> extends WidgetElement {
  /** Preset search text. Fixed when the search box is hidden, else what the box starts with. */
  @property({ reflect: true }) q?: string;
  /** Preset topics, comma-separated (`python, data`). */
  @property({ reflect: true }) topics?: string;
  /** Preset order (each finder lists its own orders); without it, the finder's default order. */
  @property({ reflect: true }) order?: string;
  /** Results per page (1–100, default 12). */
  @property({ attribute: 'page-size', reflect: true }) pageSize?: number | string;
  /**
   * Which filters learners see, space-separated (each finder lists its own). Absent: all of them.
   * Empty (`filters=""`): none, a plain list.
   */
  @property({ reflect: true }) filters?: string;
  /** Keep the search in the page's address so links and Back work. */
  @property({ type: Boolean, attribute: 'sync-url', reflect: true }) syncUrl = false;
  /** Prefix of the address parameters with `sync-url`; give two finders on one page different ones. */
  @property({ attribute: 'url-prefix', reflect: true }) urlPrefix?: string;

  protected abstract readonly results: SearchController<Q, T, P>;
  /** The finder's address prefix when `url-prefix` is not set. */
  protected abstract readonly defaultUrlPrefix: string;
  /** The result at an index, to move focus to after "Load more". */
  protected abstract resultAt(index: number): HTMLElement | null | undefined;

  /** Searches after a pause in typing (and ticking), so a few quick changes make one request. */
  protected readonly typing = new DebounceController(this);

  /**
   * The results to render now: all of them once rendered, a slice at a time, so a long page never
   * freezes the browser. Counts, summaries and structured data read `results.items`, the whole list.
   */
  protected readonly listed = new ProgressiveList<T>(this, {
    items: () => this.results.items,
    paused: () => this.results.status !== 'ready',
  });

  private readonly chunks = new ResultChunks<T>();

  /** {@link listed}'s items in chunks (src/internal/result-chunks.ts), the same chunk objects while their items are. */
  protected get renderedChunks(): ResultChunk<T>[] {
    return this.chunks.of(this.listed.shown);
  }

  protected get urlParamPrefix(): string {
    return (this.urlPrefix ?? '').trim() || this.defaultUrlPrefix;
  }

  protected override get viewState(): string {
    const { status, items } = this.results;
    if (status !== 'ready') return status;
    return items.length === 0 ? 'empty' : 'content';
  }

  /** The list is part of the update: this resolves once the last slice has rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.listed.pending) {
      await this.listed.whenComplete();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * Loads the next page; keyboard and screen-reader users continue where the new results start,
   * once that result is rendered (a new search meanwhile leaves focus where it is).
   */
  protected loadMore = async (): Promise<void> => {
    const first = await this.results.loadMore();
    if (first < 0 || !(await this.listed.whenShown(first))) return;
    // Rendered by now: focused once it is painted, without another update of the list, in a task
    // of its own (a focus lays the list out again: about 50 ms at CPU 4x, which the task that
    // rendered the result or the frame that paints it would add to theirs). It shows where the
    // button was: scrolled only as far as needed to show it whole, not to the middle as a focus
    // scrolls, which would bring the next cards into view, each to be painted as it comes.
    const item = this.resultAt(first);
    if (!item) return;
    await afterNextPaint();
    if (!item.isConnected) return;
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };
}

/** What a finder's controls show, whatever its filters: its search, the typed text, the locale. */
export interface SearchFormView<S> {
  state: S;
  /** What the search box shows (searched after a pause in typing). */
  draftQ: string;
  locale: string;
}
