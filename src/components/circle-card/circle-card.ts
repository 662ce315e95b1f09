import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { WidgetElement, widgetStyles } from '../../internal/widget-element.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { icons } from '../../internal/icons.js';
import { warnOnce } from '../../internal/warn.js';
import { inLanguage } from '../../internal/p2pu-links.js';
import { balanced, isBlank, isolate } from '../../internal/bidi.js';
import { daysUntil, formatClockRange, formatDate, formatInViewerZone, formatNumber, formatWeekday } from '../../internal/format.js';
import { cleanAttribute, parsePositiveInteger, signupPageUrl } from '../../config/config.js';
import {
  getClient,
  isAbortError,
  learnerStatus,
  safeHttpUrl,
  seatsLeft,
  viewerLocalMeeting,
  type LearnerStatus,
  type LearningCircle,
} from '../../api/index.js';
import { noticeStyles } from '../../styles/notices.js';
import { skeletonStyles } from '../../styles/skeleton.js';
import { circleCardStyles } from './circle-card.styles.js';
import { cardIcons } from './circle-card.icons.js';

/** How the card is laid out: `card` (image on top), `list` (image beside the text), `compact` (no image). */
export type CircleCardLayout = 'card' | 'list' | 'compact';

/** What a learner sees as the circle's state (the badge); the rule is `learnerStatus` in src/api/circle-rules.ts. */
export type CircleCardStatus = LearnerStatus;

/** `detail` of `p2pu-circle-select`. No personal data. */
export interface CircleSelectDetail {
  /** The learning circle's id. */
  id: number;
  /** Where the card leads: the library's signup page for this circle, or the circle's P2PU page. */
  url: string | null;
}

const LAYOUTS: readonly CircleCardLayout[] = ['card', 'list', 'compact'];
/** Where a learner can look for other circles when one is gone. */
const P2PU_CIRCLES_PAGE = 'https://www.p2pu.org/en/learning-circles/';
/** The badge a circle gets (kept under its old name; the rule lives in src/api/circle-rules.ts). */
export const circleCardStatus: (circle: LearningCircle, today?: Date) => CircleCardStatus = learnerStatus;

/** "-03" / "+0530" abbreviations read better as "UTC-03". */
function zoneLabel(zone: string): string {
  const z = zone.trim();
  return /^[+-]\d{2}(:?\d{2})?$/.test(z) ? `UTC${z}` : z;
}

function validLanguage(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** A ring of seats around a table on a dotted ground, in the brand colours (no external image). */
const SEATS = Array.from({ length: 6 }, (_, i) => {
  const angle = (Math.PI / 3) * i - Math.PI / 2;
  return svg`<circle class=${i % 2 ? 'seat alt' : 'seat'} cx=${(160 + 56 * Math.cos(angle)).toFixed(1)} cy=${(90 + 56 * Math.sin(angle)).toFixed(1)} r="11"/>`;
});
const PLACEHOLDER = svg`<svg class="placeholder" viewBox="0 0 320 180" preserveAspectRatio="xMidYMid slice" aria-hidden="true" focusable="false">
  <defs><pattern id="circle-card-dots" width="16" height="16" patternUnits="userSpaceOnUse"><circle class="dot" cx="3" cy="3" r="1.6"/></pattern></defs>
  <rect class="bg" width="320" height="180"/>
  <rect width="320" height="180" fill="url(#circle-card-dots)"/>
  <circle class="spark" cx="36" cy="160" r="64"/>
  <circle class="spark" cx="292" cy="14" r="48"/>
  <circle class="table" cx="160" cy="90" r="30"/>
  ${SEATS}
</svg>`;

/**
 * One P2PU learning circle as a card: image, name, course and provider, facilitators, place (or
 * "Online"), weekday and meeting time in the circle's own time zone (online circles also in the
 * viewer's), start date, number of meetings, status, seats left and a call to action. The whole
 * card is one link (the circle name) to the library's signup page (`signup-page`, `{id}` filled in)
 * or else to the circle's page on P2PU.
 *
 * Give it a circle (the `circle` property, as `<circle-finder>` does) or a `circle-id` attribute
 * (it then loads the circle from the configured endpoint).
 *
 * @tag circle-card
 *
 * @fires p2pu-circle-select - A learner chose the circle (click or Enter on the card). Bubbles,
 *   composed, cancelable; `detail: { id: number, url: string | null }` (`url` is where the card
 *   leads). Call `preventDefault()` to stop the navigation and handle it yourself. Clicks with a
 *   modifier key (open in a new tab or window) are left to the browser and fire nothing.
 *
 * @csspart card - The card's frame (the `<article>`), also the loading skeleton's.
 * @csspart image - The image box (the circle's image or the built-in placeholder).
 * @csspart body - Everything beside or below the image.
 * @csspart title - The heading with the circle's name (the card's link).
 * @csspart course - Course title and provider.
 * @csspart meta - The list of dates, times, place, facilitators.
 * @csspart status - The status badge (open, starting soon, in progress, full, closed, completed).
 * @csspart seats - "N seats left" / "No seats left".
 * @csspart cta - The call to action ("Sign up" / "View details"); text inside the card's link target.
 */
@localized()
export class CircleCard extends WidgetElement {
  static override styles = [widgetStyles, noticeStyles, skeletonStyles, circleCardStyles];

  /** The learning circle to show (a normalized `LearningCircle` from the API client). Wins over `circle-id`. */
  @property({ attribute: false }) circle: LearningCircle | null = null;

  /** Id of a learning circle to load and show, e.g. `4821` (used when no `circle` is given). */
  @property({ attribute: 'circle-id', reflect: true }) circleId?: string;

  /** `card` (default; image on top, beside the text when wide), `list` (image beside the text) or `compact` (no image). */
  @property({ reflect: true }) layout: CircleCardLayout = 'card';

  /** The image URL that failed to load (the placeholder is shown instead). */
  @state() private failedImage: string | null = null;


  private readonly loader = new Task(this, {
    args: () => [this.circle ? null : this.requestedId, this.config.endpoint, this.config.transport] as const,
    task: async ([id, endpoint, transport], { signal }) => {
      if (id === null) return initialState;
      return getClient({ endpoint, transport }).getCircle(id, { signal });
    },
  });

  /** `circle-id` as a number, or null when missing or not a positive whole number. */
  private get requestedId(): number | null {
    return parsePositiveInteger(cleanAttribute(this.circleId));
  }

  protected override widgetProblems(): string[] {
    if (this.circle) return [];
    const raw = cleanAttribute(this.circleId);
    if (!raw) return [msg('No learning circle chosen: add a circle-id attribute with the circle’s number, such as 4821.')];
    if (this.requestedId === null) {
      return [msg(str`circle-id "${raw}" is not a learning circle number. Use the number at the end of the circle’s P2PU address, such as 4821.`)];
    }
    return [];
  }

  protected override get viewState(): string {
    if (this.circle) return 'content';
    if (this.requestedId === null) return 'problem';
    switch (this.loader.status) {
      case TaskStatus.COMPLETE:
        return this.loader.value ? 'content' : 'not-found';
      case TaskStatus.ERROR:
        return isAbortError(this.loader.error) ? 'loading' : 'error';
      default:
        return 'loading';
    }
  }

  protected override renderWidget() {
    return html`<div class="wrap">${this.renderContent()}</div>`;
  }

  private renderContent() {
    if (this.circle) return this.renderCard(this.circle);
    if (this.requestedId === null) return nothing;
    return this.loader.render({
      initial: () => this.renderSkeleton(),
      pending: () => this.renderSkeleton(),
      complete: (circle) => (circle ? this.renderCard(circle) : this.renderNotFound()),
      error: (error) => (isAbortError(error) ? this.renderSkeleton() : this.renderError(error)),
    });
  }

  private get layoutName(): CircleCardLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'card';
  }

  /** Where the card leads: the library's signup page (when configured and usable), else P2PU. */
  private linkTarget(circle: LearningCircle): string | null {
    const page = this.config.signupPage;
    if (page) {
      let url: string | null = null;
      try {
        url = safeHttpUrl(signupPageUrl(page, circle.id));
      } catch {
        url = null;
      }
      if (url) return url;
      warnOnce(`<circle-card>: signup-page "${page}" is not a web address; cards link to P2PU instead.`);
    }
    return inLanguage(circle.url, this.formatLocale);
  }

  private onLinkClick(event: MouseEvent, circle: LearningCircle, url: string | null) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const proceed = emit<CircleSelectDetail>(this, 'p2pu-circle-select', { id: circle.id, url }, true);
    if (!proceed) event.preventDefault();
  }

  private renderCard(c: LearningCircle): TemplateResult {
    const locale = this.formatLocale;
    const layout = this.layoutName;
    const status = learnerStatus(c);
    const href = this.linkTarget(c);
    // A name of zero-width characters only would be an empty link: the course's title, or words, instead.
    const name = !isBlank(c.name)
      ? c.name.trim()
      : !isBlank(c.course.title)
        ? c.course.title.trim()
        : msg('Untitled learning circle');
    const nameLang = validLanguage(c.language);
    const nameText = html`<span dir="auto" lang=${nameLang ?? nothing}>${balanced(name)}</span>`;
    const title = this.heading(
      href
        ? html`<a href=${href} aria-describedby="status cta" @click=${(e: MouseEvent) => this.onLinkClick(e, c, href)}
            >${nameText}</a
          >`
        : nameText,
      { part: 'title', className: 'title' },
    );

    return html`<article part="card" class="card layout-${layout} ${href ? 'linked' : ''}">
      ${layout === 'compact' ? nothing : html`<div part="image" class="media">${this.renderImage(c)}</div>`}
      <div part="body" class="body">
        ${title} ${this.renderCourse(c, name)}
        <p class="badges">${this.renderStatus(status)}</p>
        <ul part="meta" class="meta" role="list">
          ${this.renderDates(c, locale)} ${this.renderTime(c, locale)} ${this.renderPlace(c)}
          ${this.renderFacilitators(c, locale)} ${this.renderLanguage(c, locale)}
        </ul>
        <div class="footer">
          ${this.renderSeats(c, status, locale)}
          ${href
            ? html`<span part="cta" id="cta" class="cta ${c.canSignUp ? '' : 'secondary'}"
                >${c.canSignUp ? msg('Sign up') : msg('View details')}<span class="arrow">${cardIcons.arrow}</span></span
              >`
            : nothing}
        </div>
      </div>
    </article>`;
  }

  private renderImage(c: LearningCircle) {
    const src = c.imageUrl && c.imageUrl !== this.failedImage ? c.imageUrl : null;
    if (!src) return PLACEHOLDER;
    return html`<img
      src=${src}
      alt=""
      loading="lazy"
      decoding="async"
      width="640"
      height="360"
      @error=${() => {
        this.failedImage = src;
      }}
    />`;
  }

  private renderCourse(c: LearningCircle, name: string) {
    const title = isBlank(c.course.title) ? '' : c.course.title.trim();
    const provider = isBlank(c.course.provider) ? '' : c.course.provider.trim();
    const showTitle = title && title.toLowerCase() !== name.toLowerCase();
    if (!showTitle && !provider) return nothing;
    return html`<p part="course" class="course">
      ${icons.book}
      <span>
        ${showTitle
          ? html`<span class="course-title" dir="auto">${msg(str`Course: ${isolate(title)}`)}</span>`
          : nothing}
        ${provider ? html`<span class="provider" dir="auto">${msg(str`by ${isolate(provider)}`)}</span>` : nothing}
      </span>
    </p>`;
  }

  private renderStatus(status: CircleCardStatus) {
    const [icon, label] = {
      draft: [cardIcons.draft, msg('Not published yet')],
      open: [cardIcons.open, msg('Signup open')],
      'starting-soon': [cardIcons.soon, msg('Starting soon')],
      'in-progress': [cardIcons.progress, msg('In progress')],
      full: [cardIcons.full, msg('Full')],
      closed: [cardIcons.closed, msg('Signup closed')],
      completed: [cardIcons.completed, msg('Completed')],
    }[status];
    return html`<span part="status" id="status" class="badge status ${status}">${icon}<span>${label}</span></span>`;
  }

  private renderDates(c: LearningCircle, locale: string) {
    let when: string;
    if (c.status === 'completed') {
      when = msg(str`Ended ${formatDate(c.lastMeetingDate, locale)}`);
    } else if ((daysUntil(c.startDate) ?? 1) > 0) {
      when = msg(str`Starts ${formatDate(c.startDate, locale)}`);
    } else {
      when = msg(str`Started ${formatDate(c.startDate, locale)}`);
    }
    const n = c.weeks;
    const count = formatNumber(n, locale);
    const meetings =
      n > 0
        ? new Intl.PluralRules(locale).select(n) === 'one'
          ? msg(str`${count} meeting`)
          : msg(str`${count} meetings`)
        : '';
    const upcomingNext =
      c.status === 'in_progress' && c.nextMeetingDate && (daysUntil(c.nextMeetingDate) ?? -1) >= 0
        ? msg(str`Next meeting ${formatDate(c.nextMeetingDate, locale)}`)
        : '';
    const parts = [when, meetings, upcomingNext].filter(Boolean);
    return html`<li class="dates">
      ${icons.calendar}
      <span
        >${parts.map(
          (part, i) => html`${i ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing}<span>${part}</span>`,
        )}</span
      >
    </li>`;
  }

  private renderTime(c: LearningCircle, locale: string) {
    const weekday = formatWeekday(c.startDate, locale);
    if (!weekday) return nothing;
    const zone = zoneLabel(c.timeZone);
    const weekly = c.weeks > 1;
    let text: string;
    if (c.meetingTime) {
      const time = formatClockRange(c.meetingTime, c.endTime, locale);
      if (zone) text = weekly ? msg(str`Weekly on ${weekday}, ${time} ${zone}`) : msg(str`${weekday}, ${time} ${zone}`);
      else text = weekly ? msg(str`Weekly on ${weekday}, ${time}`) : msg(str`${weekday}, ${time}`);
    } else {
      text = weekly ? msg(str`Weekly on ${weekday}`) : weekday;
    }
    return html`<li class="time">
      ${icons.clock}
      <span><span class="circle-time">${text}</span>${this.renderViewerTime(c, locale)}</span>
    </li>`;
  }

  /** For online circles: the first meeting in the viewer's own time zone, when it differs. */
  private renderViewerTime(c: LearningCircle, locale: string) {
    const instant = viewerLocalMeeting(c);
    if (!instant) return nothing;
    const viewer = formatInViewerZone(instant.toISOString(), locale);
    if (!viewer) return nothing;
    return html`<span class="viewer-time">${msg(str`Your time: ${viewer}`)}</span>`;
  }

  private renderPlace(c: LearningCircle) {
    if (c.online) {
      return html`<li class="place">${icons.online}<span>${msg('Online')}</span></li>`;
    }
    const venue = isBlank(c.venue) ? '' : c.venue.trim();
    const city = isBlank(c.city) ? '' : c.city.trim();
    if (!venue && !city) return nothing;
    const text =
      venue && city && venue !== city ? msg(str`${isolate(venue)}, ${isolate(city)}`) : balanced(venue || city);
    return html`<li class="place">${icons.place}<span dir="auto">${text}</span></li>`;
  }

  private renderFacilitators(c: LearningCircle, locale: string) {
    // each name isolated: one ending in a right-to-left override must not reverse the rest of the list
    const names = c.facilitators.filter((n) => !isBlank(n)).map((n) => isolate(n.trim()));
    let list = '';
    if (names.length) {
      try {
        list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
      } catch {
        list = names.join(', ');
      }
    } else if (!isBlank(c.facilitator) && c.facilitator.trim() !== 'Unknown') {
      list = isolate(c.facilitator.trim());
    }
    if (!list) return nothing;
    return html`<li class="facilitators">${icons.people}<span dir="auto">${msg(str`Facilitated by ${list}`)}</span></li>`;
  }

  /** The circle's language, when it is not the language the widget speaks. */
  private renderLanguage(c: LearningCircle, locale: string) {
    const tag = validLanguage(c.language);
    if (!tag) return nothing;
    const base = (t: string) => t.toLowerCase().split('-')[0];
    if (base(tag) === base(locale)) return nothing;
    let name: string | undefined;
    try {
      name = new Intl.DisplayNames(locale, { type: 'language' }).of(tag);
    } catch {
      name = undefined;
    }
    if (!name || name === tag) return nothing;
    return html`<li class="language">${icons.online}<span>${msg(str`Language: ${name}`)}</span></li>`;
  }

  private renderSeats(c: LearningCircle, status: CircleCardStatus, locale: string) {
    const n = seatsLeft(c);
    if (n === null) return nothing;
    if (!['open', 'starting-soon', 'in-progress', 'full'].includes(status)) return nothing;
    if (status === 'full' || n === 0) {
      return html`<span part="seats" class="seats none">${msg('No seats left')}</span>`;
    }
    const count = formatNumber(n, locale);
    const text = new Intl.PluralRules(locale).select(n) === 'one' ? msg(str`${count} seat left`) : msg(str`${count} seats left`);
    return html`<span part="seats" class="seats">${text}</span>`;
  }

  private renderSkeleton() {
    const layout = this.layoutName;
    return html`<div part="card" class="card skeleton layout-${layout}" aria-hidden="true">
        ${layout === 'compact' ? nothing : html`<div class="media"></div>`}
        <div class="body">
          <span class="bone title"></span>
          <span class="bone mid"></span>
          <span class="bone short"></span>
          <span class="bone"></span>
          <span class="bone mid"></span>
          <span class="bone"></span>
          <span class="bone short"></span>
          <span class="bone button-bar"></span>
        </div>
      </div>
      <p class="visually-hidden" role="status">${msg('Loading learning circle…')}</p>`;
  }

  private renderNotFound() {
    return html`<div class="notice message not-found" role="status" tabindex="-1">
      <p class="notice-title">${icons.search}<span>${msg('This learning circle could not be found.')}</span></p>
      <p>
        <span
          >${msg('It may have been removed.')}
          <a href=${P2PU_CIRCLES_PAGE}>${msg('Find another learning circle on P2PU')}</a></span
        >
      </p>
    </div>`;
  }

  private renderError(error: unknown) {
    const { title, detail, retryable } = this.errorText(error, 'circle');
    return html`<div class="notice message error" role="alert">
      <p class="notice-title">${icons.alert}<span>${title}</span></p>
      <p>${detail}</p>
      ${retryable
        ? html`<button type="button" class="button secondary" @click=${this.retry}>${icons.retry}${msg('Try again')}</button>`
        : nothing}
    </div>`;
  }

  private retry = async () => {
    await this.loader.run();
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('.title a, .message button, .message'));
  };
}

defineElement('circle-card', CircleCard);

declare global {
  interface HTMLElementTagNameMap {
    'circle-card': CircleCard;
  }
  interface GlobalEventHandlersEventMap {
    'p2pu-circle-select': CustomEvent<CircleSelectDetail>;
  }
}
