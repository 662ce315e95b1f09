/**
 * A test harness for <circle-finder>: its state, search box, filters, chips, tabs, summary and
 * results by name (see src/internal/widget.harness.ts).
 *
 * ```ts
 * const finder = new CircleFinderHarness(el);
 * await finder.settled();
 * await finder.search('python');
 * expect(finder.circleIds).to.have.length(12);
 * ```
 */
import type { LearningCircle } from '../../api/index.js';
import { FinderHarness, words } from '../../internal/widget.harness.js';
import type { CircleFinder } from './circle-finder.js';

/** `loading`, `content`, `empty`, `error` or (before the first render) null. */
export type CircleFinderState = 'loading' | 'content' | 'empty' | 'error';

type FilterMenu = 'topic' | 'city' | 'order' | 'distance';
type Card = HTMLElement & { circle: LearningCircle };

export class CircleFinderHarness extends FinderHarness<CircleFinder, CircleFinderState> {
  /** A filter's menu by name. */
  select(name: FilterMenu): HTMLSelectElement | null {
    return this.query<HTMLSelectElement>(`select#${name}`);
  }

  /** Chooses a value in a filter's menu, as a patron does, and waits for the answer. */
  async choose(name: FilterMenu, value: string): Promise<void> {
    const select = this.select(name)!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await this.element.updateComplete;
    await this.settled();
  }

  /** The "Filters" button, which opens and closes the filter panel (at every width). */
  get filtersToggle(): HTMLButtonElement | null {
    return this.query<HTMLButtonElement>('.filters-toggle');
  }

  /** The filter panel (`#filter-panel`): folded until opened, empty until its code has loaded. */
  get filterPanel(): HTMLElement | null {
    return this.query('#filter-panel');
  }

  /**
   * Opens the filter panel as a patron does (a press on "Filters") and waits until it has finished
   * loading: its controls are in (the first opening loads their code), or it says they could not
   * be loaded ({@link filtersError}).
   */
  async openFilters(timeout = 6000): Promise<void> {
    await this.element.updateComplete; // (a press just before: the button says so once rendered)
    if (this.filtersToggle!.getAttribute('aria-expanded') !== 'true') this.filtersToggle!.click();
    await this.element.updateComplete;
    const until = Date.now() + timeout;
    while (this.filterPanel!.getAttribute('aria-busy') === 'true') {
      if (Date.now() > until) throw new Error(`the filter panel was still loading after ${timeout} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await this.element.updateComplete;
  }

  /** The words of the open panel's notice that its controls could not be loaded, or null. */
  get filtersError(): string | null {
    return words(this.part('filters-error'));
  }

  /** The tab that is selected: `open` or `closed`, or null without tabs. */
  get tab(): 'open' | 'closed' | null {
    return (this.query('[role=tab][aria-selected=true]')?.id.replace('tab-', '') as 'open' | 'closed' | undefined) ?? null;
  }

  /** The tabs' labels, in order ("Open for signup (8)", "Past and closed"). */
  get tabLabels(): string[] {
    return this.queryAll('[role=tab]').map((tab) => words(tab) ?? '');
  }

  /** The no-results panel's words (its ways out), or null when there are results. */
  get empty(): string | null {
    return words(this.part('empty'));
  }

  /** The summary sentence ("12 learning circles. Showing 12 of 40."). */
  get summary(): string {
    return words(this.query('.summary')) ?? '';
  }

  get cards(): Card[] {
    return this.queryAll<Card>('.results circle-card');
  }

  /** The ids of the circles shown, in order. */
  get circleIds(): number[] {
    return this.cards.map((card) => card.circle.id);
  }

  /** The card of circle `id`, when it is shown. */
  card(id: number): Card | null {
    return this.cards.find((card) => card.circle.id === id) ?? null;
  }

  /** The highlighted card (`highlightCircle()`, as a linked map's pin does), or null. */
  get highlightedCard(): Card | null {
    return this.cards.find((card) => card.hasAttribute('highlighted')) ?? null;
  }

  /** Presses "Load more" and waits for the next page. */
  async loadMore(): Promise<void> {
    this.loadMoreButton!.click();
    await this.element.updateComplete;
    const until = Date.now() + 6000;
    while (this.query('.body')?.getAttribute('aria-busy') === 'true' && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await this.element.updateComplete;
  }

  /** The "Try again" button of the error panel. */
  get retryButton(): HTMLButtonElement | null {
    return this.query<HTMLButtonElement>('[part~=error] button.retry');
  }
}
