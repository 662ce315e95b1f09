/**
 * A test harness for <course-card>: its state and what it shows, by name (see
 * src/internal/widget.harness.ts).
 *
 * ```ts
 * const card = new CourseCardHarness(el);
 * await card.settled();
 * expect(card.state).to.equal('content');
 * expect(card.partText('provider')).to.equal('by University of Michigan via Coursera');
 * ```
 */
import { WidgetHarness, words } from '../../internal/widget.harness.js';
import type { CourseCard } from './course-card.js';

/** What the card shows: its root's `data-state`. */
export type CourseCardState = 'loading' | 'content' | 'not-found' | 'error' | 'problem';

export class CourseCardHarness extends WidgetHarness<CourseCard, CourseCardState> {
  /**
   * A part's words (`card`, `format`, `title`, `title-link`, `provider`, `caption`, `topics`,
   * `rating`, `facts`, `circles-link`, `status`), or null without it.
   */
  partText(name: string): string | null {
    return words(this.part(name));
  }

  /** The link to the course itself (opens in a new tab). */
  get titleLink(): HTMLAnchorElement | null {
    return this.query<HTMLAnchorElement>('[part~="title-link"]');
  }

  /** "See learning circles for this course" (a link, or a button without a page to go to). */
  get circlesLink(): HTMLAnchorElement | HTMLButtonElement | null {
    return this.query<HTMLAnchorElement | HTMLButtonElement>('[part~="circles-link"]');
  }

  /** Topics shown, "+ N more" included. */
  get topics(): string[] {
    return this.queryAll('[part~="topics"] li').map((li) => li.textContent!.trim());
  }

  /** `full`, `half` or `empty` for each of the five stars (none when unrated). */
  get stars(): string[] {
    return this.queryAll('svg.star').map((star) => star.getAttribute('class')!.replace('star', '').trim());
  }

  /** The loading, not-found or error message. */
  get message(): HTMLElement | null {
    return this.query('.message');
  }

  /** The load error (`role="alert"`). */
  get error(): HTMLElement | null {
    return this.query('.message.error');
  }

  get retryButton(): HTMLButtonElement | null {
    return this.error?.querySelector('button') ?? null;
  }
}
