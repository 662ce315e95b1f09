/**
 * A test harness for <course-finder>: its state, search box and button, menus, chips, count and
 * results by name (see src/internal/widget.harness.ts).
 */
import type { Course } from '../../api/index.js';
import { FinderHarness, words } from '../../internal/widget.harness.js';
import type { CourseFinder } from './course-finder.js';

/** `loading`, `content`, `empty`, `error` or (before the first render) null. */
export type CourseFinderState = 'loading' | 'content' | 'empty' | 'error';

type Card = HTMLElement & { course: Course };
/** The menus: topic and language (each choice adds one, as a chip) and the sort order. */
type Menu = 'topics' | 'languages' | 'order';

export class CourseFinderHarness extends FinderHarness<CourseFinder, CourseFinderState> {
  get orderSelect(): HTMLSelectElement | null {
    return this.query<HTMLSelectElement>('select#order');
  }

  /** A menu by name. */
  select(name: Menu): HTMLSelectElement | null {
    return this.query<HTMLSelectElement>(`select#${name}`);
  }

  /** A menu's choices (its first entry, "Any topic" or "Add another topic", left out). */
  options(name: Menu): { value: string; label: string }[] {
    return [...(this.select(name)?.options ?? [])]
      .filter((o) => o.value !== '')
      .map((o) => ({ value: o.value, label: o.textContent!.trim() }));
  }

  /** Opens the filters and waits until a topic or language menu has its list (a patron reaching for it loads it at once). */
  async listLoaded(name: 'topics' | 'languages', timeout = 6000): Promise<void> {
    await this.openFilters();
    this.select(name)!.focus();
    const until = Date.now() + timeout;
    while (this.options(name).length === 0) {
      if (Date.now() > until) throw new Error(`no ${name} to choose from in ${timeout} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Chooses `value` in a menu, as a patron does, and waits for the answer. */
  async choose(name: Menu, value: string): Promise<void> {
    await this.openFilters();
    const select = this.select(name)!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await this.element.updateComplete;
    await this.settled();
  }

  /** The visible Search button of the search box. */
  get searchButton(): HTMLButtonElement | null {
    return this.query<HTMLButtonElement>('.search-row button[type=submit]');
  }

  /** The "Filters" button, which opens the panel of menus. */
  get filtersToggle(): HTMLButtonElement | null {
    return this.query<HTMLButtonElement>('.filters-toggle');
  }

  /** Opens the panel of menus, as a patron does with "Filters". */
  async openFilters(): Promise<void> {
    const toggle = this.filtersToggle!;
    if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
    await this.element.updateComplete;
  }

  /** The result count ("12 courses"). */
  get count(): string {
    return words(this.part('count')) ?? '';
  }

  get cards(): Card[] {
    return this.queryAll<Card>('course-card');
  }

  get courseIds(): number[] {
    return this.cards.map((card) => card.course.id);
  }
}
