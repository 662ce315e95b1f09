import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { msg, str } from '@lit/localize';
import { WidgetElement, widgetStyles } from '../../internal/widget-element.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { icons } from '../../internal/icons.js';
import { renderErrorNotice } from '../../internal/error-notice.js';
import { P2PU_CIRCLES_PAGE } from '../../internal/p2pu-links.js';
import { circleLink } from '../../internal/circle-link.js';
import { directionsUrl } from '../../internal/directions.js';
import { CircleActions } from '../../internal/circle-actions.js';
import { directionsLabel, renderCircleActions } from '../../internal/circle-actions-view.js';
import { balanced, isBlank, isolate, languageTag } from '../../internal/bidi.js';
import { facilitatorList } from '../../internal/facilitators.js';
import {
  daysUntil,
  formatClockRange,
  formatDate,
  formatInViewerZone,
  formatLanguageName,
  formatNumber,
  formatWeekday,
  pluralCategory,
} from '../../internal/format.js';
import { cleanAttribute, parsePositiveInteger } from '../../config/config.js';
import {
  closedReason,
  fetchCircle,
  getApiCore,
  isAbortError,
  learnerStatus,
  seatsLeft,
  viewerLocalMeeting,
  type LearnerStatus,
  type LearningCircle,
} from '../../api/index.js';
import { cardStyles } from '../../styles/card.js';
import { pictureLook, pictureStyles } from '../../styles/picture.js';
import { noticeStyles } from '../../styles/notices.js';
import { skeletonStyles } from '../../styles/skeleton.js';
import { circleActionStyles } from '../../styles/circle-actions.js';
import { circleIconStyles } from '../../styles/circle-icons.js';
import { circleCardPictureStyles } from './circle-card.pictures.js';
import { circleCardStyles } from './circle-card.styles.js';
import { statusIcons } from './circle-card.icons.js';

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
/** The badge a circle gets (kept under its old name; the rule lives in src/api/circle-rules.ts). */
export const circleCardStatus: (circle: LearningCircle, today?: Date) => CircleCardStatus = learnerStatus;

/** "-03" / "+0530" abbreviations read better as "UTC-03". */
function zoneLabel(zone: string): string {
  const z = zone.trim();
  return /^[+-]\d{2}(:?\d{2})?$/.test(z) ? `UTC${z}` : z;
}

/** The circle's name; its course's title when the name is only zero-width characters (never an empty link). */
function circleName(c: LearningCircle): string {
  if (!isBlank(c.name)) return c.name.trim();
  return isBlank(c.course.title) ? msg('Untitled learning circle') : c.course.title.trim();
}

function statusLabel(status: CircleCardStatus): string {
  switch (status) {
    case 'draft':
      return msg('Not published yet');
    case 'open':
      return msg('Signup open');
    case 'starting-soon':
      return msg('Starting soon');
    case 'in-progress':
      return msg('In progress');
    case 'full':
      return msg('Full');
    case 'closed':
      return msg('Signup closed');
    case 'completed':
      return msg('Completed');
  }
}

/** "Starts Tue, May 5, 2026 · 6 meetings · Next meeting …": one line, one text node. */
function datesText(c: LearningCircle, locale: string): string {
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
  const meetings = n > 0 ? (pluralCategory(n, locale) === 'one' ? msg(str`${count} meeting`) : msg(str`${count} meetings`)) : '';
  const upcomingNext =
    c.status === 'in_progress' && c.nextMeetingDate && (daysUntil(c.nextMeetingDate) ?? -1) >= 0
      ? msg(str`Next meeting ${formatDate(c.nextMeetingDate, locale)}`)
      : '';
  return [when, meetings, upcomingNext].filter(Boolean).join(' · ');
}

/** "Weekly on Tuesday, 6:00 – 7:30 PM CST", in the circle's own time zone; '' without a start date. */
function timeText(c: LearningCircle, locale: string): string {
  const weekday = formatWeekday(c.startDate, locale);
  if (!weekday) return '';
  const zone = zoneLabel(c.timeZone);
  const weekly = c.weeks > 1;
  if (!c.meetingTime) return weekly ? msg(str`Weekly on ${weekday}`) : weekday;
  const time = formatClockRange(c.meetingTime, c.endTime, locale);
  if (zone) return weekly ? msg(str`Weekly on ${weekday}, ${time} ${zone}`) : msg(str`${weekday}, ${time} ${zone}`);
  return weekly ? msg(str`Weekly on ${weekday}, ${time}`) : msg(str`${weekday}, ${time}`);
}

/** For online circles: the first meeting in the viewer's own time zone, when it differs; else ''. */
function viewerTimeText(c: LearningCircle, locale: string): string {
  const instant = viewerLocalMeeting(c);
  const viewer = instant ? formatInViewerZone(instant.toISOString(), locale) : null;
  return viewer ? msg(str`Your time: ${viewer}`) : '';
}

/** "Online", or venue and city ("Riverside Branch Library, Riverbend"); '' when P2PU has neither. */
function placeText(c: LearningCircle): string {
  if (c.online) return msg('Online');
  const venue = isBlank(c.venue) ? '' : c.venue.trim();
  const city = isBlank(c.city) ? '' : c.city.trim();
  if (venue && city && venue !== city) return msg(str`${isolate(venue)}, ${isolate(city)}`);
  return balanced(venue || city);
}

function facilitatorsText(c: LearningCircle, locale: string): string {
  const list = facilitatorList(c, locale).text;
  return list ? msg(str`Facilitated by ${list}`) : '';
}

/** "Language: Spanish", when the circle's language is not the one the widget speaks; else ''. */
function languageText(c: LearningCircle, locale: string): string {
  const tag = languageTag(c.language);
  if (!tag) return '';
  const base = (t: string) => t.toLowerCase().split('-')[0];
  if (base(tag) === base(locale)) return '';
  const name = formatLanguageName(tag, locale);
  return name !== tag ? msg(str`Language: ${name}`) : '';
}

/**
 * One P2PU learning circle as a card: image, name, course and provider, facilitators, place (or
 * "Online"), weekday and meeting time in the circle's own time zone (online circles also in the
 * viewer's), start date, number of meetings, status, seats left and a call to action. The whole
 * card is one link (the circle name) to the library's signup page (`signup-page`, `{id}` filled in)
 * or else to the circle's page on P2PU. Above that link, three controls of their own: the venue of
 * an in-person circle links to a map (OpenStreetMap, in a new tab), Share shares the card's link
 * (the device's share sheet, else the link copied, said in a live region), and Add to calendar
 * downloads the whole series as an .ics file (not for a circle that has ended). The code behind
 * Share and Add to calendar loads when one is pressed.
 *
 * Give it a circle (the `circle` property, as `<circle-finder>` does) or a `circle-id` attribute
 * (it then loads the circle from the configured endpoint).
 *
 * `highlighted` marks the card with a ring in the brand colour (a system colour in forced colours):
 * `<circle-finder>` sets it on the card of the pin a patron chose on a linked `<circle-map>`.
 * Style it from outside with `circle-card[highlighted]`.
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
 * @csspart reason - Why signup has closed, when the status badge alone does not say ("Signup has closed: this learning circle ends today").
 * @csspart cta - The call to action ("Sign up" / "View details"); text inside the card's link target.
 * @csspart directions - The venue of an in-person circle as a link to it on a map (OpenStreetMap, new tab).
 * @csspart share - The "Share" button (the share sheet, else the link copied; "Link copied" beside it).
 * @csspart add-to-calendar - The "Add to calendar" button: the whole series as an .ics download.
 * @csspart error - The notice shown when the circle could not be loaded (with "Try again" when that can help).
 */
export class CircleCard extends WidgetElement {
  // the built-in picture after the card's own styles: its ground replaces the image box's
  static override styles = [
    widgetStyles,
    cardStyles,
    noticeStyles,
    skeletonStyles,
    circleActionStyles,
    circleCardStyles,
    pictureStyles,
    circleCardPictureStyles,
    circleIconStyles,
  ];

  /** The learning circle to show (a normalized `LearningCircle` from the API client). Wins over `circle-id`. */
  @property({ attribute: false }) circle: LearningCircle | null = null;

  /** Id of a learning circle to load and show, e.g. `4821` (used when no `circle` is given). */
  @property({ attribute: 'circle-id', reflect: true }) circleId?: string;

  /**
   * `card` (default; image on top, beside the text when wide), `list` (image beside the text) or
   * `compact` (no image). The default is not written to the attribute.
   */
  // (useDefault: reflecting the default set an attribute on every card of a finder once it was in
  // the page, a style invalidation each)
  @property({ reflect: true, useDefault: true }) layout: CircleCardLayout = 'card';

  /**
   * Marks the card as the one chosen elsewhere (a pin on a linked `<circle-map>`): a ring around
   * it, and the `highlighted` attribute.
   */
  @property({ type: Boolean, reflect: true }) highlighted = false;

  /** The image URL that failed to load (the placeholder is shown instead). */
  @state() private failedImage: string | null = null;

  /** Share and Add to calendar: what they say, and their code, loaded when one is pressed. */
  private readonly actions = new CircleActions(this, (words) => this.inOwnLanguage(words));
  private actionsFor: number | null = null;

  private readonly loader = new Task(this, {
    args: () => [this.circle ? null : this.requestedId, this.config.endpoint, this.config.transport] as const,
    task: async ([id, endpoint, transport], { signal }) => {
      if (id === null) return initialState;
      return fetchCircle(getApiCore({ endpoint, transport }), id, { signal });
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // "Link copied" belongs to the circle it was said for
    const id = this.circle?.id ?? this.loader.value?.id ?? null;
    if (id !== this.actionsFor) {
      this.actionsFor = id;
      this.actions.say('');
    }
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
    const lastDay = closedReason(c) === 'last-day';
    // where the card leads, and what Share shares: the library's signup page, else P2PU
    const href = circleLink(this.config.signupPage, c, locale, 'circle-card');
    const name = circleName(c);
    const title = this.heading(
      href
        ? html`<a
            href=${href}
            dir="auto"
            lang=${languageTag(c.language) ?? nothing}
            aria-describedby=${lastDay ? 'status reason cta' : 'status cta'}
            @click=${(e: MouseEvent) => this.onLinkClick(e, c, href)}
            .textContent=${balanced(name)}
          ></a>`
        : html`<span dir="auto" lang=${languageTag(c.language) ?? nothing} .textContent=${balanced(name)}></span>`,
      { part: 'title', className: 'title' },
    );
    const time = timeText(c, locale);
    const viewerTime = viewerTimeText(c, locale);
    const place = placeText(c);
    const facilitators = facilitatorsText(c, locale);
    const language = languageText(c, locale);
    const statusIcon = statusIcons[status];
    const map = directionsUrl(c);

    // Every node counts (a finder shows dozens of cards), so no white space between tags; a line
    // that does not apply is hidden rather than left out (an attribute costs no node, a part does);
    // a text alone in its element is set as its textContent (a binding of its own would add a
    // comment node). Icons of the lines are drawn by the styles (circle-card.styles.ts).
    // The place is always an <a>: a link to the map for an in-person circle, a placeholder (no
    // href: plain text) otherwise.
    return html`<article part="card" class="card layout-${layout} ${href ? 'linked' : ''}"
      >${layout === 'compact' ? nothing : this.renderImage(c)}<div part="body" class="body"
        >${title}${this.renderCourse(c, name)}<span part="status" id="status" class="badge status ${status}"
          ><svg class="icon" viewBox="0 0 24 24" width="1.2em" height="1.2em" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"
            ><path d=${statusIcon.d} fill=${statusIcon.solid ? 'currentColor' : nothing} stroke=${statusIcon.solid ? 'none' : nothing}
          /></svg
          >${statusLabel(status)}</span
        ><ul part="meta" class="meta" role="list"
          ><li class="dates" .textContent=${datesText(c, locale)}></li
          ><li class="time" ?hidden=${!time}
            >${time}<span class="viewer-time" ?hidden=${!viewerTime} .textContent=${viewerTime}></span></li
          ><li class="place ${c.online ? 'online' : ''}" ?hidden=${!place}
            ><a
              class="directions"
              part=${map ? 'directions' : nothing}
              href=${map ?? nothing}
              target=${map ? '_blank' : nothing}
              rel=${map ? 'noopener' : nothing}
              aria-label=${map ? directionsLabel(place) : nothing}
              .textContent=${place}
            ></a></li
          ><li class="facilitators" ?hidden=${!facilitators} .textContent=${facilitators}></li
          ><li class="language" ?hidden=${!language} .textContent=${language}></li></ul
        >${renderCircleActions({
          actions: this.actions,
          circle: c,
          name,
          url: href,
          calendar: status !== 'completed',
          locale,
        })}<div class="footer"
          >${lastDay
            ? html`<span part="reason" id="reason" class="reason" .textContent=${msg('Signup has closed: this learning circle ends today.')}></span>`
            : this.renderSeats(c, status, locale)}${href
            ? html`<span
                part="cta"
                id="cta"
                class="button cta ${c.canSignUp ? '' : 'secondary'}"
                .textContent=${c.canSignUp ? msg('Sign up') : msg('View details')}
              ></span>`
            : nothing}</div
        ></div
      ></article
    >`;
  }

  /**
   * The image box: the circle's picture, or the built-in one (drawn by the styles) without it or
   * when it fails, in one of six looks picked by the course (src/styles/picture.ts), so that cards
   * of different courses side by side differ and every card of one course looks the same.
   */
  private renderImage(c: LearningCircle) {
    const src = c.imageUrl && c.imageUrl !== this.failedImage ? c.imageUrl : null;
    if (!src) return html`<div part="image" class="media ${pictureLook(c.course.id || c.id)}"></div>`;
    return html`<div part="image" class="media"
      ><img
        src=${src}
        alt=""
        loading="lazy"
        decoding="async"
        width="640"
        height="360"
        @error=${() => {
          this.failedImage = src;
        }}
    /></div>`;
  }

  private renderCourse(c: LearningCircle, name: string) {
    const title = isBlank(c.course.title) ? '' : c.course.title.trim();
    const provider = isBlank(c.course.provider) ? '' : c.course.provider.trim();
    const showTitle = Boolean(title) && title.toLowerCase() !== name.toLowerCase();
    if (!showTitle && !provider) return nothing;
    // the provider's line is the paragraph's own text (its styles), below the course title
    return html`<p part="course" class="course"
      ><span class="course-title" dir="auto" ?hidden=${!showTitle} .textContent=${showTitle ? msg(str`Course: ${isolate(title)}`) : ''}></span
      >${provider ? msg(str`by ${isolate(provider)}`) : nothing}</p
    >`;
  }

  private renderSeats(c: LearningCircle, status: CircleCardStatus, locale: string) {
    const n = seatsLeft(c);
    if (n === null) return nothing;
    if (!['open', 'starting-soon', 'in-progress', 'full'].includes(status)) return nothing;
    if (status === 'full' || n === 0) {
      return html`<span part="seats" class="seats none" .textContent=${msg('No seats left')}></span>`;
    }
    const count = formatNumber(n, locale);
    const text = pluralCategory(n, locale) === 'one' ? msg(str`${count} seat left`) : msg(str`${count} seats left`);
    return html`<span part="seats" class="seats" .textContent=${text}></span>`;
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
    return renderErrorNotice(this.errorText(error, 'circle'), { part: 'error', className: 'message', retry: this.retry });
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
