import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { fetchCourse, type Course } from '../../api/index.js';
import { WidgetElement, widgetStyles } from '../../internal/widget-element.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { icons } from '../../internal/icons.js';
import { renderErrorNotice } from '../../internal/error-notice.js';
import { warnOnce } from '../../internal/warn.js';
import { inLanguage } from '../../internal/p2pu-links.js';
import { formatLanguageName } from '../../internal/format.js';
import { cleanAttribute, parsePositiveInteger } from '../../config/config.js';
import { cardStyles } from '../../styles/card.js';
import { pictureLook, pictureStyles } from '../../styles/picture.js';
import { noticeStyles } from '../../styles/notices.js';
import { skeletonStyles } from '../../styles/skeleton.js';
import { courseCardStyles } from './course-card.styles.js';
import { courseIcons, formatIcon, star } from './course-icons.js';
import { isolate } from '../../internal/bidi.js';
import { circlesPageUrl } from '../../config/circles-page.js';
import {
  formatKind,
  formatLabel,
  ratingLabel,
  ratingText,
  roundToHalf,
  starFills,
  usageText,
} from './course-text.js';

/** `detail` of `p2pu-course-select` and `p2pu-course-open`. No personal data. */
export interface CourseActionDetail {
  /** The course id. */
  id: number;
  title: string;
  /** Where the link goes, or null when there is none. */
  url: string | null;
}

/**
 * `text` followed by `icon`, with the last word and the icon kept on one line (a lone arrow on
 * the next line reads as a stray mark). A very long last word may still break.
 */
function withTrailingIcon(text: string, icon: unknown) {
  const trimmed = text.trimEnd();
  const cut = trimmed.lastIndexOf(' ');
  const last = trimmed.slice(cut + 1);
  if (cut < 0 || last.length > 24) return html`${trimmed}${icon}`;
  return html`${trimmed.slice(0, cut + 1)}<span class="nowrap">${last}${icon}</span>`;
}

/** How many topics a card shows before "+ N more". */
const MAX_TOPICS = 5;

/**
 * One course from P2PU's curated list: its title (a link to the course itself, which opens in a
 * new tab), provider, format, caption, topics, language, star rating, how many learning circles
 * used it and whether it is available any time; plus "See learning circles for this course".
 *
 * Give it a `course` object (the course finder does) or a `course-id` attribute (it then loads
 * the course from P2PU). Inside the tag, a plain link to the course is the fallback for pages
 * without JavaScript; it is hidden once the card runs.
 *
 * "See learning circles for this course" is a link: by default to P2PU's page of the course,
 * which lists its learning circles; `circles-page` (on the card, a `<p2pu-config>` or the script
 * tag) sends it to the library's own page instead, on that course's circles.
 * Clicking it fires the cancelable `p2pu-course-select`; call `preventDefault()` on the event to
 * stay on the page and, for example, filter a circle finder by that course.
 *
 * @tag course-card
 * @fires p2pu-course-select - "See learning circles for this course" was activated. Cancelable: cancelling it stops the navigation. `detail: { id, title, url }`.
 * @fires p2pu-course-open - The course's own link was followed (it opens in a new tab). `detail: { id, title, url }`.
 * @csspart card - The card's frame.
 * @csspart image - The picture area above the text: a soft placeholder whose hue follows the course (P2PU's courses have no image); not in compact cards.
 * @csspart format - The format label ("Online course", "Book" …).
 * @csspart title - The course title (a heading).
 * @csspart title-link - The link to the course itself.
 * @csspart provider - Who offers the course.
 * @csspart caption - The short description.
 * @csspart topics - The list of topics.
 * @csspart rating - The star rating and its count.
 * @csspart facts - Language, use in learning circles and availability.
 * @csspart circles-link - "See learning circles for this course", the card's main action (a link styled as a button).
 * @csspart status - Loading, error and not-found messages.
 * @csspart problem - A configuration problem, in words for a page editor.
 * @cssprop [--p2pu-color-rating=#a35200] - Filled stars.
 */
export class CourseCard extends WidgetElement {
  static override styles = [widgetStyles, cardStyles, noticeStyles, skeletonStyles, courseCardStyles, pictureStyles];

  /** The course to show. When set, `course-id` is not loaded. */
  @property({ attribute: false }) course: Course | null = null;

  /** A P2PU course id (the number in `learningcircles.p2pu.org/en/course/1203/`); the card loads it. */
  @property({ attribute: 'course-id', reflect: true }) courseId?: string;

  /** A smaller card for sidebars: shorter caption, no topics. */
  @property({ type: Boolean, reflect: true }) compact = false;

  private readonly loader = new Task(this, {
    // The endpoint and transport are arguments too: a changed configuration loads the course again.
    task: async ([id], { signal }) => {
      if (id === null) return undefined;
      return fetchCourse(this.client, id, { signal });
    },
    args: () => [this.course ? null : this.wantedId(), this.config.endpoint, this.config.transport] as const,
  });

  /** Focuses the course's title link (or the first control), e.g. after "Load more" in a finder. */
  override focus(options?: FocusOptions): void {
    const target = this.renderRoot?.querySelector<HTMLElement>('a[href], button');
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** `course-id` as a number, or null when missing or not a number. */
  private wantedId(): number | null {
    // tolerant of the quotes and spaces a CMS adds to pasted attributes
    return parsePositiveInteger(cleanAttribute(this.courseId));
  }

  protected override widgetProblems(): string[] {
    if (this.course) return [];
    const raw = (this.courseId ?? '').trim();
    if (raw === '') return ['course-card needs a course-id attribute (the number in the course’s P2PU address, such as 1203)'];
    if (this.wantedId() === null) return [`course-id "${raw}" is not a course number, such as 1203`];
    return [];
  }

  protected override get viewState(): string {
    if (this.course) return 'content';
    if (this.wantedId() === null) return 'problem';
    switch (this.loader.status) {
      case TaskStatus.COMPLETE:
        return this.loader.value ? 'content' : 'not-found';
      case TaskStatus.ERROR:
        return 'error';
      default:
        return 'loading';
    }
  }

  protected override renderWidget() {
    return html`<div class="frame">${this.renderBody(this.formatLocale)}</div>`;
  }

  private renderBody(locale: string) {
    if (this.course) return this.renderCourse(this.course, locale);
    if (this.wantedId() === null) return nothing;
    return this.loader.render({
      initial: () => this.renderSkeleton(),
      pending: () => this.renderSkeleton(),
      complete: (course) => (course ? this.renderCourse(course, locale) : this.renderNotFound()),
      error: (error) => this.renderError(error),
    });
  }

  private renderSkeleton() {
    return html`<div part="card" class="card skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${msg('Loading course…')}</p>
      ${this.compact ? nothing : html`<span class="bone image" aria-hidden="true"></span>`}
      <span class="bone short" aria-hidden="true"></span>
      <span class="bone title" aria-hidden="true"></span>
      <span class="bone" aria-hidden="true"></span>
      <span class="bone" aria-hidden="true"></span>
      <span class="bone short" aria-hidden="true"></span>
    </div>`;
  }

  private renderNotFound() {
    const id = String(this.wantedId());
    warnOnce(`<${this.localName}>: course ${id} was not found at ${this.config.endpoint}.`);
    return html`<div part="card status" class="card message notice" role="status">
      <p class="message-title notice-title">${msg('This course is not available')}</p>
      <p>${msg(str`P2PU has no course number ${id}. It may have been removed.`)}</p>
    </div>`;
  }

  private renderError(error: unknown) {
    return renderErrorNotice(this.errorText(error, 'course'), { part: 'card status', className: 'card message', retry: this.retry });
  }

  private retry = async () => {
    await this.loader.run();
    this.focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('a[href], button'));
  };

  private renderCourse(course: Course, locale: string) {
    const kind = formatKind(course.format);
    const coursePageUrl = inLanguage(course.coursePageUrl, locale);
    const courseUrl = course.link ?? coursePageUrl;
    const circlesUrl = circlesPageUrl(this.config.circlesPage, course.id) ?? coursePageUrl;
    const topics = this.compact ? [] : course.topics.filter((t) => t.trim() !== '');
    const shownTopics = topics.slice(0, MAX_TOPICS);
    const language = course.language ? formatLanguageName(course.language, locale, course.languageDisplay) : '';
    const action = html`${msg('See learning circles for this course')}${courseIcons.arrow}`;
    // P2PU's courses have no image: the built-in picture (src/styles/picture.ts) in the look
    // <circle-card> picks by the course, so a course and its learning circles look alike.
    return html`<article part="card" class="card" aria-labelledby="title">
      ${this.compact ? nothing : html`<div part="image" class="media ${pictureLook(course.id)}"></div>`}
      ${kind === 'unknown'
        ? nothing
        : html`<p part="format" class="format">${formatIcon(kind)}<span>${formatLabel(kind)}</span></p>`}
      ${this.heading(
        courseUrl
          ? html`<a
              part="title-link"
              class="title-link"
              href=${courseUrl}
              target="_blank"
              rel="noopener noreferrer"
              @click=${() => this.courseOpened(course, courseUrl)}
              >${withTrailingIcon(
                course.title,
                html`<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span
                  ><span class="external">${icons.external}</span>`,
              )}</a
            >`
          : course.title,
        { part: 'title', className: 'title', id: 'title' },
      )}
      ${course.provider
        ? html`<p part="provider" class="provider">${msg(str`by ${isolate(course.provider)}`)}</p>`
        : nothing}
      ${course.caption ? html`<p part="caption" class="caption">${course.caption}</p>` : nothing}
      ${shownTopics.length > 0
        ? html`<ul part="topics" class="topics" aria-label=${msg('Topics')}>
            ${shownTopics.map((t) => html`<li>${t}</li>`)}
            ${topics.length > shownTopics.length
              ? html`<li class="more">${msg(str`+ ${topics.length - shownTopics.length} more`)}</li>`
              : nothing}
          </ul>`
        : nothing}
      ${this.renderRating(course, locale)}
      <ul part="facts" class="facts">
        ${language
          ? html`<li>${courseIcons.language}<span>${msg(str`Language: ${isolate(language)}`)}</span></li>`
          : nothing}
        <li>${icons.people}<span>${usageText(course.learningCircles, locale)}</span></li>
        <li>
          ${courseIcons.anytime}<span
            >${course.onDemand ? msg('Available any time') : msg('Check availability')}</span
          >
        </li>
      </ul>
      ${circlesUrl
        ? html`<a
            part="circles-link"
            class="button circles-link"
            href=${circlesUrl}
            @click=${(e: MouseEvent) => this.select(e, course, circlesUrl)}
            >${action}</a
          >`
        : html`<button
            type="button"
            part="circles-link"
            class="button circles-link"
            @click=${(e: MouseEvent) => this.select(e, course, null)}
          >${action}</button>`}
    </article>`;
  }

  private renderRating(course: Course, locale: string) {
    if (course.rating === null || course.totalRatings === 0) {
      return html`<p part="rating" class="rating unrated">${msg('Not rated yet')}</p>`;
    }
    const rounded = roundToHalf(course.rating);
    return html`<p part="rating" class="rating">
      <span class="rating-group" role="img" aria-label=${ratingLabel(course.rating, course.totalRatings, locale)}>
        <span class="stars" data-stars=${rounded}>${starFills(rounded).map(star)}</span>
        <span class="rating-text">${ratingText(course.rating, course.totalRatings, locale)}</span>
      </span>
    </p>`;
  }

  private courseOpened(course: Course, url: string) {
    emit<CourseActionDetail>(this, 'p2pu-course-open', { id: course.id, title: course.title, url });
  }

  private select(event: MouseEvent, course: Course, url: string | null) {
    // A click that opens a new tab or window leaves this page alone: no event to cancel.
    if (url && (event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1)) return;
    const proceed = emit<CourseActionDetail>(this, 'p2pu-course-select', { id: course.id, title: course.title, url }, true);
    if (!proceed) event.preventDefault();
  }
}

defineElement('course-card', CourseCard);

declare global {
  interface HTMLElementTagNameMap {
    'course-card': CourseCard;
  }
  interface GlobalEventHandlersEventMap {
    'p2pu-course-select': CustomEvent<CourseActionDetail>;
    'p2pu-course-open': CustomEvent<CourseActionDetail>;
  }
}
