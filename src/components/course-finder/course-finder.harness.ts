/**
 * A test harness for <course-finder>: its state, search box, order, filter panels, chips, count and
 * results by name (see src/internal/widget.harness.ts).
 */
import type { Course } from '../../api/index.js';
import { FinderHarness, words } from '../../internal/widget.harness.js';
import type { CourseFinder } from './course-finder.js';

/** `loading`, `content`, `empty`, `error` or (before the first render) null. */
export type CourseFinderState = 'loading' | 'content' | 'empty' | 'error';

type Card = HTMLElement & { course: Course };

export class CourseFinderHarness extends FinderHarness<CourseFinder, CourseFinderState> {
  get orderSelect(): HTMLSelectElement | null {
    return this.query<HTMLSelectElement>('select#order');
  }

  /** Opens the "Topics" or "Languages" panel. */
  async openPanel(panel: 'topics' | 'languages'): Promise<void> {
    const toggle = this.query<HTMLButtonElement>(`[data-toggle="${panel}"]`)!;
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
