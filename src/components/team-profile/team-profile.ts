import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { fetchTeamOrNull, isAbortError, searchCircles, TeamLookupError, type TeamMember, type TeamPage as Team } from '../../api/index.js';
import { WidgetElement, widgetStyles } from '../../internal/widget-element.js';
import { defineElement } from '../../internal/define.js';
import { icons } from '../../internal/icons.js';
import { warnOnce } from '../../internal/warn.js';
import { isBlank } from '../../internal/bidi.js';
import { chooseCirclePage, p2puTeamCirclesPage } from '../../internal/p2pu-links.js';
import { parseRichText, type RichText } from '../../internal/safe-html.js';
import { renderErrorNotice } from '../../internal/error-notice.js';
import { cleanAttribute } from '../../config/config.js';
import { noticeStyles } from '../../styles/notices.js';
import { skeletonStyles } from '../../styles/skeleton.js';
import { teamProfileStyles } from './team-profile.styles.js';
import { facilitatorsText, openCirclesText, organizersFirst, pastCirclesText, roleLabel } from './team-text.js';

/** Hides a picture that failed to load: no broken-image icon. */
const hideBroken = (event: Event) => {
  (event.currentTarget as HTMLElement).hidden = true;
};

/**
 * A library system's profile on P2PU, from `/api/teams/<team-id>/`: its name, subtitle, logo or
 * picture, where it is, the organizers' introduction, its website, the organizers and facilitators
 * (first name, role, city, a few words, a picture when they gave one), how many learning circles are
 * open for signup now, how many it has run and how many facilitators it lists, and a link to the
 * team's learning circles on P2PU.
 *
 * The introduction is HTML written by the organizers: it is never put into the page as HTML. Only
 * a safe subset is rebuilt as elements (paragraphs, line breaks, emphasis, lists and http(s) links);
 * everything else shows as its words, and scripts, styles and embedded content as nothing.
 *
 * `team-id` is read like every widget's (the element, a `<p2pu-config>` around it, or the script tag).
 * A `team` object (a `TeamPage` from the API client) is shown as it is.
 *
 * @tag team-profile
 *
 * @csspart profile - The profile's frame.
 * @csspart image - The team's picture, above the name (when P2PU has one).
 * @csspart logo - The team's logo, beside the name (when P2PU has one).
 * @csspart name - The team's name (a heading).
 * @csspart subtitle - The line under the name.
 * @csspart location - Where the team is.
 * @csspart counts - Learning circles open for signup now, learning circles so far, facilitators.
 * @csspart intro - The organizers' introduction (the safe subset of their HTML).
 * @csspart website - The link to the team's own website (opens in a new tab).
 * @csspart facilitators - The section of organizers and facilitators.
 * @csspart facilitator - One organizer or facilitator.
 * @csspart avatar - A facilitator's picture, or the first letter of the name when there is none.
 * @csspart role - "Organizer" or "Facilitator".
 * @csspart bio - A facilitator's few words.
 * @csspart p2pu-link - "See this team's learning circles on P2PU", the main action (a link styled as a button).
 * @csspart status - Loading, not-found and error messages.
 * @csspart problem - A configuration problem, in words for a page editor.
 */
export class TeamProfile extends WidgetElement {
  static override styles = [widgetStyles, noticeStyles, skeletonStyles, teamProfileStyles];

  /** The team to show (a `TeamPage` from the API client). When set, `team-id` is not loaded. */
  @property({ attribute: false }) team: Team | null = null;

  /**
   * The intro of the team shown, rebuilt only when its HTML changes or the widget's words do (a
   * link's "(opens in a new tab)" is in the widget's language, which may load after the team).
   */
  private intro: { html: string; words: string; text: RichText } | null = null;

  private readonly loader = new Task(this, {
    // The endpoint and transport are arguments too: a changed configuration loads the team again.
    task: async ([id], { signal }) => (id === null ? undefined : fetchTeamOrNull(this.client, id, { signal })),
    args: () => [this.team ? null : this.config.teamId, this.config.endpoint, this.config.transport] as const,
  });

  /** How many of the team's learning circles are open for signup: P2PU's count of a search without text counts each once. */
  private readonly openCount = new Task(this, {
    task: async ([id], { signal }) => {
      if (id === null) return undefined;
      const page = await searchCircles(this.client, { teamId: id, signup: 'open', limit: 1 }, { signal });
      return page.count;
    },
    args: () => [this.team?.id ?? this.config.teamId, this.config.endpoint, this.config.transport] as const,
  });

  private get shown(): Team | null {
    return this.team ?? (this.loader.status === TaskStatus.COMPLETE ? (this.loader.value ?? null) : null);
  }

  protected override widgetProblems(): string[] {
    if (this.team || this.config.teamId !== null) return [];
    // a team-id that is not a number is told by the shared settings already
    if (cleanAttribute(String(this.teamId ?? ''))) return [];
    return [msg('team-profile needs a team-id attribute: the number of the library’s team on P2PU, such as 12.')];
  }

  protected override get viewState(): string {
    if (this.team) return 'content';
    if (this.config.teamId === null) return 'problem';
    switch (this.loader.status) {
      case TaskStatus.COMPLETE:
        return this.loader.value === null ? 'not-found' : this.loader.value ? 'content' : 'loading';
      case TaskStatus.ERROR:
        return isAbortError(this.loader.error) ? 'loading' : 'error';
      default:
        return 'loading';
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const source = this.shown?.introHtml ?? '';
    const words = msg('(opens in a new tab)');
    if (this.intro?.html !== source || this.intro.words !== words) this.intro = { html: source, words, text: parseRichText(source) };
  }

  protected override renderWidget() {
    if (this.team) return this.renderTeam(this.team);
    const id = this.config.teamId;
    if (id === null) return nothing;
    return this.loader.render({
      initial: () => this.renderSkeleton(),
      pending: () => this.renderSkeleton(),
      complete: (team) => (team === undefined ? this.renderSkeleton() : team ? this.renderTeam(team) : this.renderNotFound(id)),
      error: (error) => (isAbortError(error) ? this.renderSkeleton() : this.renderError(error, id)),
    });
  }

  // ---------- The profile ----------

  private renderTeam(team: Team) {
    const locale = this.formatLocale;
    // a `team` set by a page's script is shown as far as it goes: no intro or people is no crash
    const introHtml = team.introHtml ?? '';
    const intro = this.intro?.html === introHtml ? this.intro.text : parseRichText(introHtml);
    const people = organizersFirst(team.members ?? []);
    return html`<article part="profile" class="profile" aria-labelledby="team-name">
      ${team.imageUrl
        ? html`<img part="image" class="image" src=${team.imageUrl} alt="" loading="lazy" decoding="async" width="640" height="240" @error=${hideBroken} />`
        : nothing}
      <header class="head">
        ${team.logoUrl
          ? html`<img part="logo" class="logo" src=${team.logoUrl} alt="" loading="lazy" decoding="async" width="64" height="64" @error=${hideBroken} />`
          : nothing}
        <div class="head-text">
          ${this.heading(html`<span dir="auto">${team.name}</span>`, { id: 'team-name', part: 'name', className: 'name', focusable: true })}
          ${isBlank(team.subtitle) ? nothing : html`<p part="subtitle" class="subtitle" dir="auto">${team.subtitle}</p>`}
          ${isBlank(team.location)
            ? nothing
            : html`<p part="location" class="location">${icons.place}<span dir="auto">${team.location}</span></p>`}
        </div>
      </header>
      ${this.renderCounts(team, locale)}
      ${intro.empty ? nothing : html`<div part="intro" class="intro" dir="auto">${intro.template}</div>`}
      ${team.website
        ? html`<p class="website-line">
            <a part="website" class="link" href=${team.website} target="_blank" rel="noopener noreferrer"
              >${msg('Visit the team’s website')}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span>${icons.external}</a
            >
          </p>`
        : nothing}
      ${people.length > 0 ? this.renderPeople(people) : nothing}
      <p class="actions">
        <a part="p2pu-link" class="button" href=${p2puTeamCirclesPage(team.id, locale)}
          >${msg('See this team’s learning circles on P2PU')}</a
        >
      </p>
    </article>`;
  }

  private renderCounts(team: Team, locale: string) {
    const open = this.openCount.status === TaskStatus.COMPLETE ? this.openCount.value : undefined;
    // P2PU's member count; the list of people is capped and leaves out the ones without a name
    const facilitators = Math.max(team.memberCount ?? 0, team.members?.length ?? 0);
    return html`<ul part="counts" class="counts" role="list" aria-label=${msg('This team in numbers')}>
      ${open === undefined
        ? this.openCount.status === TaskStatus.PENDING || this.openCount.status === TaskStatus.INITIAL
          ? html`<li class="pending" aria-hidden="true"><span class="bone short"></span></li>`
          : nothing
        : html`<li class="count open">${icons.calendar}<span>${openCirclesText(open, locale)}</span></li>`}
      <li class="count past">${icons.book}<span>${pastCirclesText(team.circleCount, locale)}</span></li>
      ${facilitators > 0 ? html`<li class="count people">${icons.people}<span>${facilitatorsText(facilitators, locale)}</span></li>` : nothing}
    </ul>`;
  }

  private renderPeople(people: TeamMember[]) {
    return html`<section part="facilitators" class="people" aria-labelledby="people-title">
      ${this.heading(msg('Organizers and facilitators'), { offset: 1, id: 'people-title', className: 'people-title' })}
      <ul class="people-list" role="list">
        ${people.map(
          (person) => html`<li part="facilitator" class="person ${person.role}">
            ${person.avatarUrl
              ? html`<img part="avatar" class="avatar" src=${person.avatarUrl} alt="" loading="lazy" decoding="async" width="48" height="48" @error=${hideBroken} />`
              : html`<span part="avatar" class="avatar initial" aria-hidden="true">${Array.from(person.firstName.trim())[0] ?? ''}</span>`}
            <div class="person-text">
              <p class="person-name"><span dir="auto">${person.firstName}</span></p>
              <p class="person-facts">
                <span part="role" class="role">${roleLabel(person.role)}</span>${isBlank(person.city)
                  ? nothing
                  : html`<span class="separator" aria-hidden="true"> · </span><span class="city" dir="auto">${person.city}</span>`}
              </p>
              ${isBlank(person.bio) ? nothing : html`<p part="bio" class="bio" dir="auto">${person.bio}</p>`}
            </div>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  // ---------- States ----------

  private renderSkeleton() {
    return html`<div part="profile" class="profile skeleton" aria-busy="true">
      <p class="visually-hidden" role="status" part="status">${msg('Loading the team…')}</p>
      <div class="head" aria-hidden="true">
        <div class="head-text">
          <span class="bone title"></span>
          <span class="bone mid"></span>
        </div>
      </div>
      <span class="bone short" aria-hidden="true"></span>
      <span class="bone" aria-hidden="true"></span>
      <span class="bone" aria-hidden="true"></span>
      <span class="bone mid" aria-hidden="true"></span>
    </div>`;
  }

  private wayOut() {
    return html`<a href=${chooseCirclePage(null, this.formatLocale).href}>${msg('Find a learning circle on P2PU')}</a>`;
  }

  private renderNotFound(id: number) {
    warnOnce(`<${this.localName}>: P2PU has no team ${id} at ${this.config.endpoint}. Check the team-id.`);
    const n = String(id);
    return html`<div part="status" class="notice not-found" role="status" tabindex="-1">
      <p class="notice-title">${icons.search}<span>${msg('This team could not be found')}</span></p>
      <p>${msg(str`P2PU has no team number ${n}.`)}</p>
      <p>${this.wayOut()}</p>
    </div>`;
  }

  private renderError(error: unknown, id: number) {
    const unsure = error instanceof TeamLookupError;
    const n = String(id);
    const text = unsure
      ? { title: msg(str`P2PU could not find team ${n}, or had a problem finding it.`), detail: msg('Please try again in a moment.'), retryable: true }
      : this.errorText(error, 'team');
    return renderErrorNotice(text, { part: 'status', retry: this.retry });
  }

  private retry = async () => {
    await Promise.all([this.loader.run(), this.openCount.run()]);
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('#team-name, .notice button, .notice'));
  };

  protected override focusFallback(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.notice, [part~="p2pu-link"]');
  }
}

defineElement('team-profile', TeamProfile);

declare global {
  interface HTMLElementTagNameMap {
    'team-profile': TeamProfile;
  }
}
