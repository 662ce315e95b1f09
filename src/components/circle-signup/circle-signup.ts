import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { Task } from '@lit/task';
import { localized, msg, str } from '@lit/localize';
import { WidgetElement } from '../../internal/widget-element.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { icons } from '../../internal/icons.js';
import { warnOnce } from '../../internal/warn.js';
import { inLanguage } from '../../internal/p2pu-links.js';
import {
  formatClockRange,
  formatDate,
  formatInViewerZone,
  formatNumber,
  formatWeekday,
  wallClock,
} from '../../internal/format.js';
import { buttonStyles, hostStyles } from '../../styles/host.js';
import { cleanAttribute, parsePositiveInteger } from '../../config/config.js';
import {
  MAX_NAME_LENGTH,
  NetworkError,
  P2puApiError,
  ValidationError,
  isAbortError,
  safeHttpUrl,
  type ApiErrorKind,
  type LearningCircle,
} from '../../api/index.js';
import { styles } from './circle-signup.styles.js';
import { buildIcs, icsFileName, weeklyDates } from './ics.js';
import { countryOptions, defaultRegion, toE164, type CountryOption } from './phone.js';
import {
  FIELD_ORDER,
  emptyValues,
  fromServerErrors,
  validate,
  type FieldName,
  type FieldProblems,
  type Problem,
  type SignupValues,
} from './validate.js';

/** `detail` of `p2pu-signup`: which circle a learner signed up for (no personal data). */
export interface SignupEventDetail {
  circleId: number;
}

/**
 * `detail` of `p2pu-signup-error`. `kind`: `form` (answers missing or malformed, caught in the
 * browser), `validation` (P2PU refused an answer), `network` (not sent), `timeout` or `server`
 * (sent, but not confirmed).
 */
export interface SignupErrorEventDetail {
  circleId: number;
  kind: 'form' | ApiErrorKind;
}

/** Why a circle takes no signups. */
export type ClosedReason = 'draft' | 'completed' | 'closed' | 'full';

/** The reason a circle cannot be signed up for, or null when it can (P2PU's API checks none of this). */
export function closedReason(circle: LearningCircle): ClosedReason | null {
  if (circle.draft) return 'draft';
  if (circle.status === 'completed') return 'completed';
  if (circle.status === 'closed' || !circle.signupOpen) return 'closed';
  if (circle.isFull) return 'full';
  return circle.canSignUp ? null : 'closed';
}

/** The circle's own date today (its first meeting's offset applied to now). */
function circleToday(circle: LearningCircle, now: Date): string {
  return new Date(now.getTime() + (circle.utcOffsetMinutes ?? 0) * 60_000).toISOString().slice(0, 10);
}

/** Dates of the meetings still ahead (today's included); the last one when all are past. */
export function meetingsAhead(circle: LearningCircle, now = new Date()): string[] {
  const all = weeklyDates(circle.startDate, circle.weeks || 1);
  const today = circleToday(circle, now);
  const ahead = all.filter((d) => d >= today);
  return ahead.length ? ahead : all.slice(-1);
}

/** The instant of a meeting (the first meeting's offset applied to that date), or null. */
function meetingInstant(circle: LearningCircle, date: string): Date | null {
  if (circle.utcOffsetMinutes === null || !circle.meetingTime) return null;
  const local = wallClock(date, circle.meetingTime);
  return local ? new Date(local.getTime() - circle.utcOffsetMinutes * 60_000) : null;
}

type IdState =
  | { kind: 'ok'; id: number }
  | { kind: 'missing' }
  | { kind: 'invalid'; value: string; from: 'attribute' | 'url' };

interface Loaded {
  circle: LearningCircle | null;
  /** The signup POST can be sent and read from this page. */
  canPost: boolean;
}

type Failure = 'network' | 'unconfirmed' | null;

const HEADINGS: StaticValue[] = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

const FIELD_IDS: Readonly<Record<FieldName, string>> = {
  name: 'cs-name',
  email: 'cs-email',
  mobile: 'cs-phone',
  goals: 'cs-goals',
  support: 'cs-support',
  custom: 'cs-custom',
  consent: 'cs-consent',
  optIn: 'cs-optin',
};

/**
 * A learning circle's signup: loads the circle, shows what, where and when, and signs a learner up
 * with P2PU's signup API. It only offers a form where signing up makes sense (open, not a draft,
 * not full, not ended) and where this page can send the signup and read the answer (same origin,
 * allowed by CORS, or a proxy as the endpoint); otherwise it shows the circle with a clear message
 * or a "Sign up on P2PU" link to the circle's page on P2PU.
 *
 * Anti-spam: a hidden honeypot field and a minimum time (3 s) between the form appearing and its
 * first accepted submit. When either trips, nothing is sent and the learner sees a neutral "please
 * check your answers and submit again"; a person who was just quick can submit again and it goes
 * through (a filled honeypot keeps blocking). A learner is never told "done" unless P2PU answered
 * `{"status":"created"}`.
 *
 * @tag circle-signup
 *
 * @fires p2pu-signup - P2PU confirmed the signup. `detail: { circleId }` (no personal data).
 * @fires p2pu-signup-error - A submit did not end in a confirmed signup. `detail: { circleId, kind }`,
 *   `kind` is `form`, `validation`, `network`, `timeout` or `server`.
 *
 * @csspart summary - The circle's name, course, time, place and seats.
 * @csspart form - The signup form.
 * @csspart error-summary - The list of answers to fix, shown above the form after a submit.
 * @csspart submit - The "Sign up" button.
 * @csspart failure - The message after a signup that was not sent or not confirmed, with its retry.
 * @csspart notice - Why a circle takes no signups (draft, closed, ended, full, not found).
 * @csspart link-out - The "Sign up on P2PU" link, when this page cannot send signups itself.
 * @csspart confirmation - What happens next, after a confirmed signup.
 * @csspart calendar - The "Add to calendar" download link.
 * @csspart problem - A message for the page editor (missing or invalid circle id, bad settings).
 *
 * @cssprop [--p2pu-color-brand=#0b5f68] - Buttons, links, focus ring.
 * @cssprop [--p2pu-color-on-brand=#ffffff] - Text on the brand colour.
 * @cssprop [--p2pu-color-text=#1d2428] - Body text.
 * @cssprop [--p2pu-color-text-muted=#4f5b62] - Hints and secondary text.
 * @cssprop [--p2pu-color-surface=#ffffff] - Panel and input background.
 * @cssprop [--p2pu-color-surface-alt=#eef2f3] - Summary background, skeleton.
 * @cssprop [--p2pu-color-border=#7d8a91] - Input and panel borders.
 * @cssprop [--p2pu-color-danger=#b3261e] - Errors.
 * @cssprop [--p2pu-color-success=#1b6b3a] - The confirmation.
 * @cssprop [--p2pu-radius=8px] - Corner radius.
 * @cssprop [--p2pu-space=1em] - Base spacing unit.
 * @cssprop [--p2pu-font=inherit] - Font family.
 */
@localized()
export class CircleSignup extends WidgetElement {
  static override styles = [hostStyles, buttonStyles, styles];

  /**
   * Shortest time, in milliseconds, between the form appearing and a submit that is sent; faster
   * submits are treated as a bot's (nothing is sent; the learner can submit again). Page-wide.
   */
  static minimumFillMs = 3000;

  /** The learning circle's id (the number at the end of its P2PU address). */
  @property({ attribute: 'circle-id', reflect: true }) circleId?: string;

  /**
   * Name of a query parameter of the page's address that holds the circle id, such as `circle` for
   * `join.html?circle=4821`, so one signup page serves every circle. When the address has it, it
   * wins over `circle-id`.
   */
  @property({ attribute: 'circle-id-param', reflect: true }) circleIdParam?: string;

  /**
   * Always send learners to the circle's signup page on P2PU instead of showing a form (for
   * instance when the library prefers not to collect signups on its own site).
   */
  @property({ type: Boolean, attribute: 'link-out', reflect: true }) linkOut = false;

  /** Level of the widget's main heading (the circle's name), 2–6; default 3. */
  @property({ type: Number, attribute: 'heading-level', reflect: true }) headingLevel = 3;

  @state() private values: SignupValues = emptyValues();
  @state() private problems: FieldProblems = {};
  @state() private generalProblems: string[] = [];
  @state() private phase: 'form' | 'submitting' | 'done' = 'form';
  @state() private failure: Failure = null;
  @state() private botNotice = false;
  @state() private announcement = '';
  @state() private calendarUrl: string | null = null;

  private idState: IdState = { kind: 'missing' };
  private inFlight = false;
  private interactiveAt: number | null = null;
  private formCircleId: number | null = null;
  private pendingFocus: string | null = null;

  private readonly loader = new Task(this, {
    task: async ([, , id, linkOut], { signal }): Promise<Loaded | null> => {
      if (id === null) return null;
      const client = this.client;
      const [circle, canPost] = await Promise.all([
        client.getCircle(id, { signal }),
        linkOut ? Promise.resolve(false) : client.canPostSignup({ signal }),
      ]);
      return { circle, canPost };
    },
    args: () =>
      [
        this.config.endpoint,
        this.config.transport,
        this.idState.kind === 'ok' ? this.idState.id : null,
        this.linkOut,
      ] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onLocationChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onLocationChange);
    this.setCalendarUrl(null);
  }

  private readonly onLocationChange = () => this.requestUpdate();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.idState = this.readId();
    const circle = this.loader.value?.circle;
    if (circle && this.formCircleId !== circle.id) this.resetForm(circle.id);
    if (this.idState.kind === 'missing') {
      const param = cleanAttribute(this.circleIdParam);
      warnOnce(
        param
          ? `<circle-signup>: no circle id. Add circle-id="1234" to the tag, or link to this page with ?${param}=1234.`
          : '<circle-signup>: no circle id. Add circle-id="1234" (the number at the end of the circle\'s P2PU address).',
      );
    } else if (this.idState.kind === 'invalid') {
      warnOnce(`<circle-signup>: circle id "${this.idState.value}" is not a learning circle number, such as 4821.`);
    }
  }

  private readId(): IdState {
    const param = cleanAttribute(this.circleIdParam);
    let raw: string | null = null;
    let from: 'attribute' | 'url' = 'attribute';
    if (param && typeof location !== 'undefined') {
      const fromUrl = new URLSearchParams(location.search).get(param);
      if (fromUrl !== null && fromUrl.trim() !== '') {
        raw = fromUrl.trim();
        from = 'url';
      }
    }
    if (raw === null) {
      const own = cleanAttribute(this.circleId);
      if (own !== '') raw = own;
    }
    if (raw === null) return { kind: 'missing' };
    const id = parsePositiveInteger(raw.replace(/^#/, ''));
    return id === null ? { kind: 'invalid', value: raw, from } : { kind: 'ok', id };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.interactiveAt === null && this.renderRoot.querySelector('form')) {
      this.interactiveAt = Date.now();
    }
    if (this.pendingFocus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
      this.pendingFocus = null;
      target?.focus();
    }
  }

  // ------------------------------------------------------------------------------------------
  // Rendering

  private heading(offset: 0 | 1, id: string, content: unknown, focusable = false) {
    const level = Math.min(6, Math.max(2, Math.round(Number(this.headingLevel) || 3)) + offset);
    const tag = HEADINGS[level - 2]!;
    return staticHtml`<${tag} id=${id} class="heading" tabindex=${focusable ? '-1' : nothing}>${content}</${tag}>`;
  }

  override render() {
    return html`<div class="root">
      ${this.configProblems.length
        ? html`<p class="problem" part="problem">
            ${msg('This signup form has settings that cannot be used:')} ${this.configProblems.join('; ')}.
          </p>`
        : nothing}
      ${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderBody() {
    const idState = this.idState;
    if (idState.kind === 'missing') return this.renderMissingId();
    if (idState.kind === 'invalid') return this.renderInvalidId(idState);
    return this.loader.render({
      initial: () => this.renderSkeleton(),
      pending: () => this.renderSkeleton(),
      complete: (loaded) => (loaded ? this.renderLoaded(loaded) : this.renderSkeleton()),
      error: (error) => (isAbortError(error) ? this.renderSkeleton() : this.renderLoadError(error)),
    });
  }

  private renderMissingId() {
    const param = cleanAttribute(this.circleIdParam);
    return html`<div class="problem" part="problem">
      <p><strong>${msg('This signup form does not know which learning circle to sign you up for.')}</strong></p>
      <p>
        ${param
          ? msg(str`For the page editor: this signup form needs a circle id. Add circle-id="1234" to the circle-signup tag, or link to this page with ?${param}=1234 at the end of its address.`)
          : msg('For the page editor: this signup form needs a circle id. Add circle-id="1234" to the circle-signup tag (the number at the end of the circle\'s address on P2PU).')}
      </p>
    </div>`;
  }

  private renderInvalidId(state: { value: string; from: 'attribute' | 'url' }) {
    const param = cleanAttribute(this.circleIdParam);
    return html`<div class="problem" part="problem">
      <p><strong>${msg('This signup form does not know which learning circle to sign you up for.')}</strong></p>
      <p>
        ${state.from === 'url'
          ? msg(str`The address of this page says ${param}=${state.value}, which is not a learning circle number. Please go back and choose the circle again.`)
          : msg(str`For the page editor: the circle id "${state.value}" is not a learning circle number. Use the number at the end of the circle's address on P2PU, such as circle-id="4821".`)}
      </p>
    </div>`;
  }

  private renderSkeleton() {
    return html`<div class="skeleton" aria-hidden="true">
        <div class="bar wide"></div>
        <div class="bar"></div>
        <div class="bar"></div>
        <div class="bar short"></div>
        <div class="block"></div>
      </div>
      <p class="visually-hidden">${msg('Loading the learning circle…')}</p>`;
  }

  private renderLoadError(error: unknown) {
    const kind = error instanceof P2puApiError ? error.kind : 'server';
    return html`<div class="notice error" part="notice" role="alert">
      <p class="notice-title">${icons.alert}<strong>${msg('We could not load this learning circle.')}</strong></p>
      <p>
        ${kind === 'network' || kind === 'timeout'
          ? msg('P2PU did not answer. Check your internet connection and try again.')
          : msg('Something went wrong on P2PU\'s side. Please try again in a moment.')}
      </p>
      <button class="button secondary" type="button" @click=${() => this.loader.run()}>
        ${icons.retry}${msg('Try again')}
      </button>
    </div>`;
  }

  private renderLoaded({ circle, canPost }: Loaded) {
    if (!circle) return this.renderNotFound();
    if (this.phase === 'done') return this.renderDone(circle);
    const reason = closedReason(circle);
    return html`${this.renderSummary(circle)}
    ${reason ? this.renderClosed(circle, reason) : canPost ? this.renderForm(circle) : this.renderLinkOut(circle)}`;
  }

  private renderNotFound() {
    const id = this.idState.kind === 'ok' ? this.idState.id : '';
    return html`<div class="notice" part="notice">
      <p class="notice-title">${icons.alert}<strong>${msg('We could not find this learning circle.')}</strong></p>
      <p>${msg(str`It may have been removed. (There is no learning circle number ${id} on P2PU.)`)}</p>
    </div>`;
  }

  private whenLines(circle: LearningCircle): string[] {
    const locale = this.formatLocale;
    const lines: string[] = [];
    const weekday = formatWeekday(circle.startDate, locale);
    if (circle.meetingTime) {
      const time = formatClockRange(circle.meetingTime, circle.endTime, locale);
      const zone = circle.timeZone;
      lines.push(weekday ? msg(str`Every ${weekday}, ${time} ${zone}`) : `${time} ${zone}`);
    } else if (weekday) {
      lines.push(msg(str`Every ${weekday}`));
    }
    const meetings = Math.max(1, circle.weeks);
    const first = wallClock(circle.startDate);
    const last = wallClock(circle.lastMeetingDate || circle.startDate);
    if (first && last) {
      const dates = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' });
      if (meetings === 1 || first.getTime() === last.getTime()) {
        lines.push(msg(str`One meeting, on ${formatDate(circle.startDate, locale)}`));
      } else {
        const range = dates.formatRange(first, last);
        const n = formatNumber(meetings, locale);
        lines.push(msg(str`${n} meetings, ${range}`));
      }
    }
    if (circle.status === 'in_progress') {
      const next = meetingsAhead(circle)[0];
      if (next) lines.push(msg(str`Already started. Next meeting: ${formatDate(next, locale)}`));
    }
    const viewer = this.viewerTime(circle);
    if (viewer) lines.push(msg(str`That is ${viewer} where you are.`));
    return lines;
  }

  /** For online circles: the meeting time in the viewer's zone, when it differs from the circle's. */
  private viewerTime(circle: LearningCircle): string | null {
    if (!circle.online) return null;
    const next = meetingsAhead(circle)[0];
    const instant = next ? meetingInstant(circle, next) : null;
    if (!instant || circle.utcOffsetMinutes === null) return null;
    if (-instant.getTimezoneOffset() === circle.utcOffsetMinutes) return null;
    return formatInViewerZone(instant.toISOString(), this.formatLocale);
  }

  private renderSummary(circle: LearningCircle) {
    const locale = this.formatLocale;
    const seats =
      circle.seatsLeft === null
        ? msg('No limit on seats')
        : circle.seatsLeft === 0
          ? msg('No seats left')
          : new Intl.PluralRules(locale).select(circle.seatsLeft) === 'one'
            ? msg(str`${formatNumber(circle.seatsLeft, locale)} seat left`)
            : msg(str`${formatNumber(circle.seatsLeft, locale)} seats left`);
    const facilitator = circle.facilitator && circle.facilitator !== 'Unknown' ? circle.facilitator : '';
    return html`<section class="summary" part="summary" aria-labelledby="cs-title">
      ${this.heading(0, 'cs-title', html`<bdi>${circle.name}</bdi>`)}
      ${circle.course.title ? html`<p class="course">${msg(str`Course: ${circle.course.title}`)}</p>` : nothing}
      <dl class="facts">
        <div class="fact">
          <dt>${icons.calendar}<span>${msg('When')}</span></dt>
          <dd>${this.whenLines(circle).map((line) => html`<span class="line">${line}</span>`)}</dd>
        </div>
        <div class="fact">
          <dt>${circle.online ? icons.online : icons.place}<span>${msg('Where')}</span></dt>
          <dd>
            ${circle.online
              ? html`<span class="line">${msg('Online')}</span>`
              : html`<span class="line"><bdi>${circle.venue}</bdi></span
                  >${circle.venueAddress
                    ? html`<span class="line muted"><bdi>${circle.venueAddress}</bdi></span>`
                    : nothing}`}
          </dd>
        </div>
        ${facilitator
          ? html`<div class="fact">
              <dt>${icons.people}<span>${msg('Facilitators')}</span></dt>
              <dd><bdi>${facilitator}</bdi></dd>
            </div>`
          : nothing}
        <div class="fact">
          <dt>${icons.check}<span>${msg('Seats')}</span></dt>
          <dd>${seats}</dd>
        </div>
      </dl>
    </section>`;
  }

  private p2puLink(circle: LearningCircle, text: string) {
    const url = inLanguage(circle.url, this.formatLocale);
    return url
      ? html`<p>
          <a class="link" href=${url} target="_blank" rel="noopener"
            >${text}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span>${icons.external}</a
          >
        </p>`
      : nothing;
  }

  private renderClosed(circle: LearningCircle, reason: ClosedReason) {
    const limit = circle.signupLimit === null ? '' : formatNumber(circle.signupLimit, this.formatLocale);
    const [title, detail] =
      reason === 'draft'
        ? [msg('Signup for this learning circle has not opened yet.'), msg('The facilitator is still planning it. Please check again later.')]
        : reason === 'completed'
          ? [msg('This learning circle has ended.'), msg('Look for another learning circle on the same course, or ask the library about the next one.')]
          : reason === 'full'
            ? [msg('This learning circle is full.'), msg(str`All ${limit} seats are taken. Ask the library whether another circle is planned.`)]
            : [msg('Signup for this learning circle is closed.'), msg('The facilitator is not taking new learners. Ask the library about the next one.')];
    return html`<div class="notice" part="notice">
      <p class="notice-title">${icons.alert}<strong>${title}</strong></p>
      <p>${detail}</p>
      ${this.p2puLink(circle, msg('See this learning circle on P2PU'))}
    </div>`;
  }

  private renderLinkOut(circle: LearningCircle) {
    const url = inLanguage(circle.url, this.formatLocale);
    if (!url) {
      return html`<div class="notice" part="notice">
        <p>${msg('Signing up for this learning circle is not possible on this page. Please ask the library to sign you up.')}</p>
      </div>`;
    }
    return html`<div class="link-out">
      <p>${msg('You sign up for this learning circle on P2PU, the organisation that runs learning circles. It takes a minute.')}</p>
      <a class="button cta" part="link-out" href=${url} target="_blank" rel="noopener"
        >${msg('Sign up on P2PU')}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span>${icons.external}</a
      >
      <p class="hint">${msg('The signup page opens in a new tab.')}</p>
    </div>`;
  }

  // ------------------------------------------------------------------------------------------
  // The form

  private resetForm(circleId: number) {
    this.formCircleId = circleId;
    this.values = emptyValues(defaultRegion(this.formatLocale));
    this.problems = {};
    this.generalProblems = [];
    this.phase = 'form';
    this.failure = null;
    this.botNotice = false;
    this.interactiveAt = null;
    this.setCalendarUrl(null);
  }

  private set<K extends keyof SignupValues>(key: K, value: SignupValues[K]) {
    this.values = { ...this.values, [key]: value };
  }

  private problemText(field: FieldName, problem: Problem, circle: LearningCircle): string {
    switch (problem.code) {
      case 'required':
        switch (field) {
          case 'name':
            return msg('Enter your name');
          case 'email':
            return msg('Enter your email address');
          case 'goals':
            return msg('Tell us what you hope to achieve');
          case 'support':
            return msg('Tell us how you will support the group');
          case 'custom':
            return msg(str`Answer the facilitator's question: ${circle.signupQuestion ?? ''}`);
          case 'consent':
            return msg('To sign up, agree that P2PU may use your details for this learning circle');
          default:
            return msg('Answer this question');
        }
      case 'too-long':
        return msg(str`Your name can be at most ${MAX_NAME_LENGTH} characters long`);
      case 'email':
        return msg('Enter an email address like name@example.org');
      case 'mobile-region':
        return msg('Choose the country code of your mobile number');
      case 'mobile-characters':
        return msg('Enter your mobile number with digits only, or leave it empty');
      case 'mobile-length':
        return msg('Enter a mobile number of 6 to 15 digits with its country code, or leave it empty');
      case 'mobile-invalid':
        return msg('P2PU did not recognise this mobile number. Check the country code and the number, or leave it empty');
      case 'server':
        return problem.message;
    }
  }

  private errorId(field: FieldName) {
    return `${FIELD_IDS[field]}-error`;
  }

  private describedBy(field: FieldName, ...extra: string[]) {
    const ids = [...extra];
    if (this.problems[field]) ids.push(this.errorId(field));
    return ids.length ? ids.join(' ') : nothing;
  }

  private invalid(field: FieldName) {
    return this.problems[field] ? 'true' : nothing;
  }

  private fieldError(field: FieldName, circle: LearningCircle) {
    const problem = this.problems[field];
    return problem
      ? html`<p class="field-error" id=${this.errorId(field)}>
          <span class="visually-hidden">${msg('Error:')}</span> ${this.problemText(field, problem, circle)}
        </p>`
      : nothing;
  }

  private renderErrorSummary(circle: LearningCircle) {
    const fields = FIELD_ORDER.filter((f) => this.problems[f]);
    if (!fields.length && !this.generalProblems.length) return nothing;
    const count = fields.length + this.generalProblems.length;
    const title =
      new Intl.PluralRules(this.formatLocale).select(count) === 'one'
        ? msg('Please correct one answer')
        : msg(str`Please correct ${formatNumber(count, this.formatLocale)} answers`);
    return html`<div class="error-summary" part="error-summary" role="group" aria-labelledby="cs-errors-title">
      ${this.heading(1, 'cs-errors-title', title, true)}
      <ul>
        ${fields.map(
          (f) => html`<li>
            <a href=${`#${FIELD_IDS[f]}`} @click=${(e: Event) => this.focusField(e, f)}
              >${this.problemText(f, this.problems[f]!, circle)}</a
            >
          </li>`,
        )}
        ${this.generalProblems.map((text) => html`<li>${text}</li>`)}
      </ul>
    </div>`;
  }

  private focusField(event: Event, field: FieldName) {
    // The link's #id is inside the shadow root: the page's URL must not change.
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${FIELD_IDS[field]}`)?.focus();
  }

  private countries: { locale: string; list: CountryOption[] } | null = null;

  private countryList(): CountryOption[] {
    const locale = this.formatLocale;
    if (this.countries?.locale !== locale) this.countries = { locale, list: countryOptions(locale) };
    return this.countries.list;
  }

  private renderForm(circle: LearningCircle) {
    const v = this.values;
    const submitting = this.phase === 'submitting';
    const privacy = this.privacyHref();
    const input = (key: keyof SignupValues) => (e: Event) =>
      this.set(key, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
    return html`<form class="form" part="form" novalidate aria-describedby="cs-intro" @submit=${this.onSubmit}>
      ${this.renderErrorSummary(circle)}
      <p class="intro" id="cs-intro">${msg('Every question must be answered unless it says (optional).')}</p>

      <div class="field">
        <label for="cs-name">${msg('Your name')}</label>
        <p class="hint" id="cs-name-hint">${msg('Your first name is enough.')}</p>
        ${this.fieldError('name', circle)}
        <input
          id="cs-name"
          name="name"
          type="text"
          autocomplete="name"
          maxlength=${MAX_NAME_LENGTH}
          required
          aria-invalid=${this.invalid('name')}
          aria-describedby=${this.describedBy('name', 'cs-name-hint')}
          .value=${live(v.name)}
          @input=${input('name')}
        />
      </div>

      <div class="field">
        <label for="cs-email">${msg('Email address')}</label>
        <p class="hint" id="cs-email-hint">${msg('P2PU sends the details of the first meeting here.')}</p>
        ${this.fieldError('email', circle)}
        <input
          id="cs-email"
          name="email"
          type="email"
          inputmode="email"
          autocomplete="email"
          spellcheck="false"
          required
          aria-invalid=${this.invalid('email')}
          aria-describedby=${this.describedBy('email', 'cs-email-hint')}
          .value=${live(v.email)}
          @input=${input('email')}
        />
      </div>

      <fieldset class="field phone-field" aria-describedby="cs-phone-hint">
        <legend>${msg('Mobile number (optional)')}</legend>
        <p class="hint" id="cs-phone-hint">
          ${msg('For a text message before each meeting. Other learners will not see it.')}
        </p>
        ${this.fieldError('mobile', circle)}
        <div class="phone">
          <div class="phone-code">
            <label for="cs-country">${msg('Country code')}</label>
            <select
              id="cs-country"
              name="country"
              autocomplete="tel-country-code"
              aria-invalid=${this.problems.mobile?.code === 'mobile-region' ? 'true' : nothing}
              @change=${(e: Event) => this.set('region', (e.target as HTMLSelectElement).value)}
            >
              <option value="" ?selected=${v.region === ''}>${msg('Choose…')}</option>
              ${this.countryList().map(
                (c) =>
                  html`<option value=${c.region} ?selected=${c.region === v.region}>
                    ${c.name} (\u2066+${c.code}\u2069)
                  </option>`,
              )}
            </select>
          </div>
          <div class="phone-number">
            <label for="cs-phone">${msg('Number')}</label>
            <input
              id="cs-phone"
              name="mobile"
              type="tel"
              inputmode="tel"
              autocomplete="tel-national"
              maxlength="20"
              aria-invalid=${this.invalid('mobile')}
              aria-describedby=${this.describedBy('mobile', 'cs-phone-hint')}
              .value=${live(v.phone)}
              @input=${input('phone')}
            />
          </div>
        </div>
      </fieldset>

      <div class="field">
        <label for="cs-goals">${msg('What do you hope to achieve by joining this learning circle?')}</label>
        ${this.fieldError('goals', circle)}
        <textarea
          id="cs-goals"
          name="goals"
          rows="3"
          required
          aria-invalid=${this.invalid('goals')}
          aria-describedby=${this.describedBy('goals')}
          .value=${live(v.goals)}
          @input=${input('goals')}
        ></textarea>
      </div>

      <div class="field">
        <label for="cs-support">${msg('A learning circle works when its members help each other. How will you support the others?')}</label>
        ${this.fieldError('support', circle)}
        <textarea
          id="cs-support"
          name="support"
          rows="3"
          required
          aria-invalid=${this.invalid('support')}
          aria-describedby=${this.describedBy('support')}
          .value=${live(v.support)}
          @input=${input('support')}
        ></textarea>
      </div>

      ${circle.signupQuestion
        ? html`<div class="field">
            <label for="cs-custom"><bdi>${circle.signupQuestion}</bdi></label>
            <p class="hint" id="cs-custom-hint">${msg('A question from the facilitator.')}</p>
            ${this.fieldError('custom', circle)}
            <textarea
              id="cs-custom"
              name="custom_question"
              rows="3"
              required
              aria-invalid=${this.invalid('custom')}
              aria-describedby=${this.describedBy('custom', 'cs-custom-hint')}
              .value=${live(v.custom)}
              @input=${input('custom')}
            ></textarea>
          </div>`
        : nothing}

      <div class="field check-field">
        ${this.fieldError('consent', circle)}
        <div class="check">
          <input
            id="cs-consent"
            name="consent"
            type="checkbox"
            required
            aria-invalid=${this.invalid('consent')}
            aria-describedby=${this.describedBy('consent', 'cs-consent-hint')}
            .checked=${live(v.consent)}
            @change=${(e: Event) => this.set('consent', (e.target as HTMLInputElement).checked)}
          />
          <label for="cs-consent">
            ${msg('I agree that P2PU may store my details and share them with the facilitators, to run this learning circle.')}
          </label>
        </div>
        <p class="hint" id="cs-consent-hint">
          ${privacy
            ? html`<a class="link" href=${privacy} target="_blank" rel="noopener"
                >${msg('Read the privacy policy')}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span
                >${icons.external}</a
              >`
            : nothing}
        </p>
      </div>

      <div class="field check-field">
        ${this.fieldError('optIn', circle)}
        <div class="check">
          <input
            id="cs-optin"
            name="communications_opt_in"
            type="checkbox"
            aria-invalid=${this.invalid('optIn')}
            aria-describedby=${this.describedBy('optIn')}
            .checked=${live(v.optIn)}
            @change=${(e: Event) => this.set('optIn', (e.target as HTMLInputElement).checked)}
          />
          <label for="cs-optin">${msg('Email me news about P2PU and learning circles (optional)')}</label>
        </div>
      </div>

      <div class="hp" aria-hidden="true">
        <label for="cs-website">${msg('Leave this field empty')}</label>
        <input
          id="cs-website"
          name="website"
          type="text"
          tabindex="-1"
          autocomplete="off"
          .value=${live(v.website)}
          @input=${input('website')}
        />
      </div>

      <div class="actions">
        <button class="button" part="submit" type="submit" aria-disabled=${submitting ? 'true' : 'false'}>
          ${submitting
            ? html`<span class="spinner" aria-hidden="true"></span>${msg('Signing you up…')}`
            : msg('Sign up')}
        </button>
      </div>
      ${this.renderFailure()}
      ${this.botNotice
        ? html`<p class="notice soft" id="cs-check" tabindex="-1">
            ${msg('Please check your answers and submit again.')}
          </p>`
        : nothing}
    </form>`;
  }

  private renderFailure() {
    if (!this.failure || this.phase === 'submitting') return nothing;
    const [title, detail] =
      this.failure === 'network'
        ? [
            msg('Your signup was not sent.'),
            msg('We could not reach P2PU. Check your internet connection, then try again. Everything you typed is still here.'),
          ]
        : [
            msg('We could not confirm your signup.'),
            msg('P2PU may or may not have received it. Trying again is safe: if it did arrive, P2PU updates it instead of signing you up twice.'),
          ];
    return html`<div class="notice error" part="failure" id="cs-failure" tabindex="-1">
      <p class="notice-title">${icons.alert}<strong>${title}</strong></p>
      <p>${detail}</p>
      <button class="button secondary" type="button" @click=${() => this.submit()}>
        ${icons.retry}${msg('Try again')}
      </button>
    </div>`;
  }

  private privacyHref(): string | null {
    const configured = this.config.privacyUrl;
    try {
      return safeHttpUrl(new URL(configured, location.href).href);
    } catch {
      return null;
    }
  }

  // ------------------------------------------------------------------------------------------
  // Submitting

  private readonly onSubmit = (event: Event) => {
    event.preventDefault();
    void this.submit();
  };

  private currentCircle(): LearningCircle | null {
    const value = this.loader.value;
    return value?.circle ?? null;
  }

  private fail(circleId: number, kind: SignupErrorEventDetail['kind']) {
    emit<SignupErrorEventDetail>(this, 'p2pu-signup-error', { circleId, kind });
  }

  /** Validates and sends the signup; one request at a time whatever is clicked. */
  private async submit(): Promise<void> {
    if (this.inFlight || this.phase === 'done') return;
    const circle = this.currentCircle();
    if (!circle || closedReason(circle) || !this.loader.value?.canPost) return;
    const values = this.values;

    const problems = validate(values, circle.signupQuestion !== null);
    this.botNotice = false;
    if (Object.keys(problems).length) {
      this.showProblems(problems, []);
      this.fail(circle.id, 'form');
      return;
    }
    const tooFast = this.interactiveAt === null || Date.now() - this.interactiveAt < CircleSignup.minimumFillMs;
    if (values.website.trim() !== '' || tooFast) {
      // Probably a bot: send nothing, and give a person who was just quick a neutral way on.
      this.problems = {};
      this.generalProblems = [];
      this.failure = null;
      this.botNotice = true;
      this.pendingFocus = '#cs-check';
      return;
    }

    this.inFlight = true;
    this.phase = 'submitting';
    this.failure = null;
    this.announcement = msg('Sending your signup…');
    const phone = toE164(values.region, values.phone);
    try {
      await this.client.signup({
        learningCircle: circle.id,
        name: values.name.trim(),
        email: values.email.trim(),
        mobile: phone.ok ? phone.e164 : '',
        communicationsOptIn: values.optIn,
        consent: values.consent,
        signupQuestions: {
          goals: values.goals.trim(),
          support: values.support.trim(),
          ...(circle.signupQuestion ? { customQuestion: values.custom.trim() } : {}),
        },
      });
      this.inFlight = false;
      if (this.formCircleId !== circle.id) return; // another circle was loaded meanwhile
      this.problems = {};
      this.generalProblems = [];
      this.phase = 'done';
      this.announcement = '';
      this.setCalendarUrl(this.calendarBlobUrl(circle));
      this.pendingFocus = '#cs-done-title';
      emit<SignupEventDetail>(this, 'p2pu-signup', { circleId: circle.id });
    } catch (error) {
      this.inFlight = false;
      if (this.formCircleId !== circle.id) return;
      this.phase = 'form';
      this.announcement = '';
      if (error instanceof ValidationError) {
        const mapped = fromServerErrors(error.fields);
        const general = mapped.general.map(({ field, message }) =>
          field === 'learning_circle'
            ? msg('P2PU cannot take signups for this learning circle any more.')
            : message,
        );
        this.showProblems(mapped.fields, general);
        this.fail(circle.id, 'validation');
      } else {
        const kind: ApiErrorKind = error instanceof P2puApiError ? error.kind : 'network';
        // Not sent at all only when fetch itself failed; a timeout or any answer may mean it arrived.
        this.failure = error instanceof NetworkError ? 'network' : 'unconfirmed';
        this.pendingFocus = '#cs-failure';
        this.fail(circle.id, kind);
      }
    }
  }

  private showProblems(problems: FieldProblems, general: string[]) {
    this.problems = problems;
    this.generalProblems = general;
    this.failure = null;
    this.pendingFocus = '#cs-errors-title';
  }

  // ------------------------------------------------------------------------------------------
  // Done

  private setCalendarUrl(url: string | null) {
    if (this.calendarUrl) URL.revokeObjectURL(this.calendarUrl);
    this.calendarUrl = url;
  }

  private location(circle: LearningCircle): string {
    if (circle.online) return msg('Online');
    return [circle.venue, circle.venueAddress].filter((s) => s.trim() !== '').join(', ');
  }

  /** The .ics text for the meetings still ahead. */
  private calendarText(circle: LearningCircle, now = new Date()): string {
    const ahead = meetingsAhead(circle, now);
    const description = [
      circle.course.title ? msg(str`Course: ${circle.course.title}`) : '',
      circle.facilitator && circle.facilitator !== 'Unknown' ? msg(str`Facilitated by ${circle.facilitator}`) : '',
      circle.url ?? '',
    ]
      .filter(Boolean)
      .join('\n');
    let uidDomain = 'learningcircles.p2pu.org';
    try {
      if (circle.url) uidDomain = new URL(circle.url).hostname;
    } catch {
      // keep the default
    }
    return buildIcs(
      {
        circleId: circle.id,
        title: msg(str`Learning circle: ${circle.name}`),
        description,
        location: this.location(circle),
        url: circle.url,
        startDate: circle.startDate,
        startTime: circle.meetingTime ?? '',
        durationMinutes: circle.durationMinutes,
        utcOffsetMinutes: circle.utcOffsetMinutes,
        count: Math.max(1, circle.weeks),
        from: ahead[0] ?? null,
        uidDomain,
        calendarName: circle.name,
      },
      now,
    );
  }

  private calendarBlobUrl(circle: LearningCircle): string | null {
    if (typeof URL.createObjectURL !== 'function') return null;
    return URL.createObjectURL(new Blob([this.calendarText(circle)], { type: 'text/calendar;charset=utf-8' }));
  }

  private renderDone(circle: LearningCircle) {
    const locale = this.formatLocale;
    const ahead = meetingsAhead(circle);
    const first = ahead[0] ?? circle.startDate;
    const time = circle.meetingTime ? formatClockRange(circle.meetingTime, circle.endTime, locale) : '';
    const when = time
      ? msg(str`${formatDate(first, locale, 'long')}, ${time} ${circle.timeZone}`)
      : formatDate(first, locale, 'long');
    const viewer = this.viewerTime(circle);
    const count = ahead.length;
    const weekday = formatWeekday(first, locale);
    const last = formatDate(ahead[ahead.length - 1] ?? first, locale);
    const then =
      count > 1
        ? msg(str`Then every ${weekday} until ${last}: ${formatNumber(count, locale)} meetings in all.`)
        : '';
    const calendarCount =
      new Intl.PluralRules(locale).select(count) === 'one'
        ? msg('A calendar file with the meeting.')
        : msg(str`A calendar file with all ${formatNumber(count, locale)} meetings.`);
    return html`<section class="done" part="confirmation" aria-labelledby="cs-done-title">
      <p class="done-badge">${icons.check}</p>
      ${this.heading(0, 'cs-done-title', msg(str`You are signed up for ${circle.name}`), true)}
      <p>
        ${msg('P2PU will email you a welcome message that introduces your facilitator, and a reminder before each meeting. If you had signed up before, your answers were updated instead.')}
      </p>
      ${this.heading(1, 'cs-next-title', ahead[0] === circle.startDate ? msg('Your first meeting') : msg('Your next meeting'))}
      <dl class="facts">
        <div class="fact">
          <dt>${icons.calendar}<span>${msg('When')}</span></dt>
          <dd>
            <span class="line">${when}</span>
            ${viewer ? html`<span class="line muted">${msg(str`That is ${viewer} where you are.`)}</span>` : nothing}
          </dd>
        </div>
        <div class="fact">
          <dt>${circle.online ? icons.online : icons.place}<span>${msg('Where')}</span></dt>
          <dd><bdi>${this.location(circle)}</bdi></dd>
        </div>
      </dl>
      ${then ? html`<p>${then}</p>` : nothing}
      ${this.calendarUrl
        ? html`<p class="calendar-row">
            <a
              class="button secondary"
              part="calendar"
              href=${this.calendarUrl}
              download=${icsFileName(circle.name, circle.id)}
              aria-describedby="cs-calendar-hint"
              >${icons.download}${msg('Add to calendar')}</a
            >
            <span class="hint" id="cs-calendar-hint">${calendarCount}</span>
          </p>`
        : nothing}
    </section>`;
  }
}

defineElement('circle-signup', CircleSignup);

declare global {
  interface HTMLElementTagNameMap {
    'circle-signup': CircleSignup;
  }
  interface GlobalEventHandlersEventMap {
    'p2pu-signup': CustomEvent<SignupEventDetail>;
    'p2pu-signup-error': CustomEvent<SignupErrorEventDetail>;
  }
}
