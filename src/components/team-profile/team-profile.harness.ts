/**
 * A test harness for <team-profile>: its state and what it shows, by name (see
 * src/internal/widget.harness.ts).
 *
 * ```ts
 * const profile = new TeamProfileHarness(el);
 * await profile.settled();
 * expect(profile.state).to.equal('content');
 * expect(profile.partText('name')).to.equal('Riverbend Public Library');
 * ```
 */
import { WidgetHarness, words } from '../../internal/widget.harness.js';
import type { TeamProfile } from './team-profile.js';

/** What the profile shows: its root's `data-state`. */
export type TeamProfileState = 'loading' | 'content' | 'not-found' | 'error' | 'problem';

export interface ShownPerson {
  name: string;
  role: string;
  city: string;
  bio: string;
  avatar: HTMLImageElement | null;
}

export class TeamProfileHarness extends WidgetHarness<TeamProfile, TeamProfileState> {
  /** A part's words (`name`, `subtitle`, `location`, `counts`, `intro`, `website`, `facilitators`, `p2pu-link`, `status`), or null without it. */
  partText(name: string): string | null {
    return words(this.part(name));
  }

  /** The organizers' introduction as shown (the safe subset), or null without one. */
  get intro(): HTMLElement | null {
    return this.part('intro');
  }

  /** The numbers, one line each ("3 learning circles open for signup", …). */
  get counts(): string[] {
    return this.queryAll('[part~="counts"] li.count').map((li) => words(li) ?? '');
  }

  /** Waits until the count of open learning circles is shown (or has failed). */
  async countsSettled(timeout = 6000): Promise<this> {
    const until = Date.now() + timeout;
    while (this.query('[part~="counts"] .pending')) {
      if (Date.now() > until) throw new Error('the open learning circles were not counted in time');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await this.element.updateComplete;
    return this;
  }

  /** The organizers and facilitators, in the order shown. */
  get people(): ShownPerson[] {
    return this.queryAll('[part~="facilitator"]').map((li) => ({
      name: words(li.querySelector('.person-name')) ?? '',
      role: words(li.querySelector('[part~="role"]')) ?? '',
      city: words(li.querySelector('.city')) ?? '',
      bio: words(li.querySelector('[part~="bio"]')) ?? '',
      avatar: li.querySelector<HTMLImageElement>('img[part~="avatar"]'),
    }));
  }

  get websiteLink(): HTMLAnchorElement | null {
    return this.query<HTMLAnchorElement>('[part~="website"]');
  }

  get p2puLink(): HTMLAnchorElement | null {
    return this.query<HTMLAnchorElement>('[part~="p2pu-link"]');
  }

  /** The load error (`role="alert"`). */
  get error(): HTMLElement | null {
    return this.query('.notice.error');
  }

  get retryButton(): HTMLButtonElement | null {
    return this.error?.querySelector('button') ?? null;
  }
}
