/**
 * A test harness for <circle-card>: its state and what it shows, by name (see
 * src/internal/widget.harness.ts).
 *
 * ```ts
 * const card = new CircleCardHarness(el);
 * await card.settled();
 * expect(card.state).to.equal('content');
 * expect(card.status).to.equal('Signup open');
 * ```
 */
import { WidgetHarness, words } from '../../internal/widget.harness.js';
import type { CircleCard } from './circle-card.js';

/** `element` unless it is hidden. */
const visible = <T extends HTMLElement>(element: T | null): T | null => (element && !element.hidden ? element : null);

/** What the card shows: its root's `data-state`. */
export type CircleCardState = 'loading' | 'content' | 'not-found' | 'error' | 'problem';

export class CircleCardHarness extends WidgetHarness<CircleCard, CircleCardState> {
  /**
   * A part's words (`card`, `image`, `body`, `title`, `course`, `meta`, `status`, `seats`, `cta`,
   * `directions`, `share`, `add-to-calendar`), or null without it.
   */
  partText(name: string): string | null {
    return words(this.part(name));
  }

  /** The card's link (the circle's name), which covers the card. */
  get link(): HTMLAnchorElement | null {
    return this.query('.title a');
  }

  /** The venue as a link to it on a map (in-person circles P2PU can place), or null. */
  get directionsLink(): HTMLAnchorElement | null {
    return this.query('a[part="directions"]');
  }

  /** The "Share" button, or null when it is not offered (nothing to share). */
  get shareButton(): HTMLButtonElement | null {
    return visible(this.query<HTMLButtonElement>('[part="share"]'));
  }

  /** The "Add to calendar" button (the whole series as an .ics file), or null when not offered. */
  get calendarButton(): HTMLButtonElement | null {
    return visible(this.query<HTMLButtonElement>('[part="add-to-calendar"]'));
  }

  /** What the actions' live region says ("Link copied" …); '' when nothing. */
  get actionStatus(): string {
    return words(this.query('.circle-actions [role="status"]')) ?? '';
  }

  /** The link to copy by hand, shown when copying was impossible, or null. */
  get copyField(): HTMLInputElement | null {
    return this.query<HTMLInputElement>('.copy-link');
  }

  /** The circle's name, as its heading says it. */
  get title(): string | null {
    return this.partText('title');
  }

  /** The status badge's words ("Signup open", "Full" …). */
  get status(): string | null {
    return this.partText('status');
  }

  get seats(): string | null {
    return this.partText('seats');
  }

  /** Why signup has closed, when the badge alone does not say ("Signup has closed: …"), or null. */
  get reason(): string | null {
    return this.partText('reason');
  }

  /** The status badges shown (one per card). */
  get badges(): string[] {
    return this.queryAll('.badge').map((badge) => words(badge) ?? '');
  }

  get cta(): string | null {
    return this.partText('cta');
  }

  /** Weekday and time in the circle's own time zone ("Weekly on Tuesday, 6:00 – 7:30 PM CST"). */
  get circleTime(): string | null {
    const line = this.query('.time');
    if (!line || line.hidden) return null;
    // the line's own text; the viewer's time is a line of its own inside it
    const own = [...line.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
    return own.map((node) => node.textContent).join('').replace(/\s+/g, ' ').trim();
  }

  /** The first meeting in the viewer's own time zone ("Your time: …"), for online circles; null without. */
  get viewerTime(): string | null {
    const line = this.query('.viewer-time');
    return line && !line.hidden ? words(line) : null;
  }

  /** "This learning circle could not be found", with a way out. */
  get notFound(): HTMLElement | null {
    return this.query('.not-found');
  }

  /** The load error (`role="alert"`). */
  get error(): HTMLElement | null {
    return this.query('.message.error');
  }

  get errorText(): string | null {
    return words(this.error);
  }

  get retryButton(): HTMLButtonElement | null {
    return this.error?.querySelector('button') ?? null;
  }
}
