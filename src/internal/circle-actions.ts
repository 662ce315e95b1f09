/**
 * What a learner can do with a circle besides signing up, for every widget that shows one (the
 * card, the signup): share it, and add the whole series to their calendar. This object only holds
 * what the widget says about it (the live region's words, the link to copy by hand); the
 * view is ./circle-actions-view.ts.
 *
 * The code that does the work is in two chunks of their own, each imported when its button is
 * pressed, never before: ./share.ts (the Web Share API, the clipboard) and ./circle-calendar.ts
 * (the .ics file).
 */
import type { ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { LearningCircle } from '../api/index.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Loads the calendar code (once for the page): a chunk boundary. */
export const loadCalendarCode = () => import('./circle-calendar.js');

export class CircleActions {
  /** What the live region says now ('' says nothing). */
  message = '';
  /** The link to copy by hand, after copying failed; null otherwise. */
  copyUrl: string | null = null;

  private busy = false;

  /** `speak` runs words made outside an update in the widget's own language (`inOwnLanguage`). */
  constructor(
    readonly host: Host,
    readonly speak: <T>(words: () => T) => T,
  ) {}

  /** Says `message`, and shows `copyUrl` to copy by hand; `say('')` forgets what was said. */
  say(message: string, copyUrl: string | null = null): void {
    this.message = message;
    this.copyUrl = copyUrl;
    this.host.requestUpdate();
  }

  /** The share sheet where the browser has one, else the link copied; a closed share sheet says nothing. */
  share(name: string, url: string): Promise<void> {
    return this.run(async () => (await import('./share.js')).shareCircle(this, name, url));
  }

  /** Downloads the whole series as an .ics file (the same times as the signup's confirmation). */
  addToCalendar(circle: LearningCircle, locale: string): Promise<void> {
    return this.run(async () => (await loadCalendarCode()).addToCalendar(this, circle, locale));
  }

  /** One action at a time, each starting from an empty live region (the same words again are heard again). */
  private async run(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.say('');
    try {
      await action();
    } catch {
      // the code did not load (offline, blocked), or no file could be made
      this.say(this.speak(() => msg('That did not work. Check your internet connection and try again.')));
    }
    this.busy = false;
  }
}
