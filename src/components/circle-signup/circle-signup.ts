import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { msg } from '@lit/localize';
import { WidgetElement, widgetStyles } from '../../internal/widget-element.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { warnOnce } from '../../internal/warn.js';
import { DEFAULT_CONFIG, cleanAttribute } from '../../config/config.js';
import {
  NetworkError,
  P2puApiError,
  ValidationError,
  canPostSignup,
  closedReason,
  fetchCircle,
  isAbortError,
  learnerStatus,
  postSignup,
  safeHttpUrl,
  type ApiErrorKind,
  type LearningCircle,
} from '../../api/index.js';
import { renderExplainer } from '../../internal/explainer.js';
import { CircleActions, loadCalendarCode } from '../../internal/circle-actions.js';
import { renderCircleActions } from '../../internal/circle-actions-view.js';
import { circleLink } from '../../internal/circle-link.js';
import type { CalendarFile } from '../../internal/circle-calendar.js';
import { circleActionStyles } from '../../styles/circle-actions.js';
import { circleIconStyles } from '../../styles/circle-icons.js';
import { controlStyles } from '../../styles/controls.js';
import { explainerStyles } from '../../styles/explainer.js';
import { noticeStyles } from '../../styles/notices.js';
import { skeletonStyles } from '../../styles/skeleton.js';
import { styles } from './circle-signup.styles.js';
import { countryOptions, presetRegion, toE164, type CountryOption } from './phone.js';
import { chooseCirclePage } from '../../internal/p2pu-links.js';
import { renderConfirmation } from './signup-confirmation.js';
import { FIELD_IDS, renderForm, type FormView } from './signup-fields.js';
import {
  renderBadAddress,
  renderChooseCircle,
  renderClosed,
  renderLinkOut,
  renderLoadError,
  renderNoCircle,
  renderNotFound,
  renderSkeleton,
} from './signup-notices.js';
import { readCircleId, type IdState } from './signup-id.js';
import { renderSummary } from './signup-summary.js';
import {
  circleTitle,
  generalProblemText,
  invalidIdText,
  missingIdText,
  privacyUrlProblemText,
  type Failure,
} from './signup-text.js';
import {
  emptyValues,
  fromServerErrors,
  hasAnswers,
  validate,
  type FieldName,
  type FieldProblems,
  type SignupValues,
} from './validate.js';

// The circle rules used to live here; they are in src/api/circle-rules.ts now, for every widget.
export { closedReason, meetingsAhead, type ClosedReason } from '../../api/index.js';

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

interface Loaded {
  circle: LearningCircle | null;
  /** The signup POST can be sent and read from this page. */
  canPost: boolean;
}

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
 * @csspart explainer - "What is a learning circle?" (the `explainer` setting).
 * @csspart summary - The circle's name, course, time, place and seats, with Share and Add to calendar.
 * @csspart directions - The venue of an in-person circle as a link to it on a map (OpenStreetMap, new tab),
 *   in the summary and the confirmation.
 * @csspart share - The "Share" button in the summary (the share sheet, else the link copied; "Link copied"
 *   beside it): the library's signup page for the circle (`signup-page`), else its P2PU page.
 * @csspart add-to-calendar - The "Add to calendar" button in the summary, before signing up: the whole
 *   series as an .ics download (not for a circle that has ended).
 * @csspart form - The signup form.
 * @csspart error-summary - The list of answers to fix, shown above the form after a submit.
 * @csspart submit - The "Sign up" button.
 * @csspart failure - The message after a signup that was not sent or not confirmed, with its retry.
 * @csspart notice - Why a circle takes no signups (draft, closed, ended, full, not found), that the patron
 *   should choose a learning circle first (the page reads the circle from its address, which names none),
 *   or that the form does not know which circle (for the patron, beside the page-editor notice).
 * @csspart choose-link - The link to choose a learning circle (the `circles-page`, else P2PU's list), for a
 *   patron who reached the signup without choosing one.
 * @csspart link-out - The "Sign up on P2PU" link, when this page cannot send signups itself.
 * @csspart confirmation - What happens next, after a confirmed signup.
 * @csspart calendar - The "Add to calendar" download link.
 * @csspart problem - The page-editor notice (missing or invalid circle-id, settings it cannot use), or the
 *   patron's message when the page's address names no learning circle (`?circle=abc`).
 */
export class CircleSignup extends WidgetElement {
  static override styles = [
    widgetStyles,
    controlStyles,
    noticeStyles,
    skeletonStyles,
    explainerStyles,
    circleActionStyles,
    styles,
    circleIconStyles,
  ];

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
   * wins over `circle-id`. When the address has none (the site's own "Join" link), a patron is asked
   * to choose a learning circle first, with a link to `circles-page` (else P2PU's list); that is not
   * a setup problem.
   */
  @property({ attribute: 'circle-id-param', reflect: true }) circleIdParam?: string;

  /**
   * Always send learners to the circle's signup page on P2PU instead of showing a form (for
   * instance when the library prefers not to collect signups on its own site).
   */
  @property({ type: Boolean, attribute: 'link-out', reflect: true }) linkOut = false;

  @state() private values: SignupValues = emptyValues();
  @state() private problems: FieldProblems = {};
  @state() private generalProblems: string[] = [];
  @state() private phase: 'form' | 'submitting' | 'done' = 'form';
  @state() private failure: Failure | null = null;
  @state() private botNotice = false;
  @state() private announcement = '';
  /** The confirmation's calendar file (the meetings ahead), once made. */
  @state() private calendar: CalendarFile | null = null;

  /** Share and Add to calendar before signing up: what they say, and their code, loaded when pressed. */
  private readonly actions = new CircleActions(this, (words) => this.inOwnLanguage(words));

  private idState: IdState = { kind: 'missing' };
  private inFlight = false;
  private interactiveAt: number | null = null;
  private formCircleId: number | null = null;
  private countries: { locale: string; list: CountryOption[] } | null = null;
  /** The learner chose a country code: the `country` setting no longer changes it. */
  private regionChosen = false;

  private readonly loader = new Task(this, {
    task: async ([, , id, linkOut], { signal }): Promise<Loaded | null> => {
      if (id === null) return null;
      const core = this.client;
      const [circle, canPost] = await Promise.all([
        fetchCircle(core, id, { signal }),
        linkOut ? Promise.resolve(false) : canPostSignup(core, { signal }),
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
    if (this.hasUpdated) this.requestUpdate(); // moved in the page: ask again before leaving with unsent answers
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onLocationChange);
    this.guardUnsent(false);
    this.setCalendar(null);
  }

  private readonly onLocationChange = () => this.requestUpdate();

  /**
   * Asks before the page is left or reloaded while the form holds answers not yet signed up
   * (`beforeunload`). What was typed is not kept anywhere to restore after a reload: personal
   * data stays out of storage the host page can read.
   */
  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    event.returnValue = ''; // older browsers ask only when this is set
  };

  private guarding = false;

  private guardUnsent(on: boolean) {
    if (on === this.guarding) return;
    this.guarding = on;
    if (on) window.addEventListener('beforeunload', this.onBeforeUnload);
    else window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Read first: the setup problems (in super.willUpdate) and the loader's arguments depend on it.
    const search = typeof location === 'undefined' ? '' : location.search;
    this.idState = readCircleId(this.circleId, cleanAttribute(this.circleIdParam), search);
    super.willUpdate(changed);
    const circle = this.loader.value?.circle;
    if (circle && this.formCircleId !== circle.id) this.resetForm(circle.id);
    // The country code follows the library's `country` setting (which may arrive or change after the
    // form appeared) until the learner chooses one; never the page's language.
    const region = presetRegion(this.config.country);
    if (!this.regionChosen && !this.inFlight && this.values.region !== region) this.values = { ...this.values, region };
    if (this.idState.kind === 'invalid' && this.idState.from === 'url') {
      // Anyone can write the address: quote a short, escaped start of it only.
      const value = Array.from(this.idState.value);
      const quoted = JSON.stringify(value.length > 40 ? `${value.slice(0, 40).join('')}…` : this.idState.value);
      warnOnce(`<circle-signup>: the page address's circle id ${quoted} is not a learning circle number, such as 4821.`);
    }
  }

  /**
   * A tag with neither circle-id nor circle-id-param, a circle-id attribute that is not a number, or
   * a privacy-url that is no web page: the page editor's to fix (a circles-page that is none is
   * reported with the shared settings). An address without
   * the circle (circle-id-param) is not: that is a patron who has not chosen a circle yet.
   */
  protected override widgetProblems(): string[] {
    const id = this.idState;
    if (id.kind === 'missing') return [missingIdText()];
    const problems = id.kind === 'invalid' && id.from === 'attribute' ? [invalidIdText(id.value)] : [];
    if (this.ownPrivacyHref() === null) problems.push(privacyUrlProblemText(this.config.privacyUrl));
    return problems;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const form = this.renderRoot.querySelector('form');
    if (this.interactiveAt === null && form) {
      this.interactiveAt = Date.now();
    }
    this.guardUnsent(this.isConnected && form !== null && this.phase !== 'done' && hasAnswers(this.values));
  }

  // ------------------------------------------------------------------------------------------
  // Rendering

  private readonly sectionHeading = (offset: 0 | 1, id: string, content: unknown, focusable = false) =>
    this.heading(content, { offset, id, className: 'heading', focusable });

  /** The first element that one of `selectors` finds, tried in order. */
  private find(...selectors: string[]): HTMLElement | null {
    for (const selector of selectors) {
      const found = this.renderRoot.querySelector<HTMLElement>(selector);
      if (found) return found;
    }
    return null;
  }

  private focusOn(selector: string) {
    this.focusAfterUpdate(() => this.find(selector));
  }

  /** When the control that had focus goes away (a retry while sending): "Sign up", else a heading. */
  protected override focusFallback(): HTMLElement | null {
    return this.find('[part="submit"]', '#cs-done-title', '#cs-title', '[part="notice"] button');
  }

  protected override get viewState(): string {
    if (this.idState.kind === 'unchosen') return 'no-circle';
    if (this.idState.kind !== 'ok') return 'problem';
    switch (this.loader.status) {
      case TaskStatus.COMPLETE: {
        const loaded = this.loader.value;
        if (!loaded) return 'loading';
        if (!loaded.circle) return 'not-found';
        if (this.phase === 'done') return 'done';
        if (closedReason(loaded.circle)) return 'closed';
        if (!loaded.canPost) return 'link-out';
        return this.phase === 'submitting' ? 'submitting' : 'form';
      }
      case TaskStatus.ERROR:
        return isAbortError(this.loader.error) ? 'loading' : 'error';
      default:
        return 'loading';
    }
  }

  protected override renderWidget() {
    return html`<div class="root">
      ${renderExplainer(this.config.explainer)} ${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderBody() {
    const id = this.idState;
    if (id.kind === 'unchosen') return renderChooseCircle(chooseCirclePage(this.config.circlesPage, this.formatLocale));
    if (id.kind === 'invalid' && id.from === 'url') return renderBadAddress(chooseCirclePage(this.config.circlesPage, this.formatLocale));
    if (id.kind !== 'ok') return renderNoCircle(); // the setup notice above tells the page editor what to fix
    return this.loader.render({
      initial: () => renderSkeleton(),
      pending: () => renderSkeleton(),
      complete: (loaded) => (loaded ? this.renderLoaded(loaded) : renderSkeleton()),
      error: (error) =>
        isAbortError(error) ? renderSkeleton() : renderLoadError(this.errorText(error, 'circle'), this.retryLoad),
    });
  }

  /** Loads the circle again, then puts focus on it (or on "Try again" when it failed again). */
  private readonly retryLoad = async () => {
    await this.loader.run();
    this.focusAfterUpdate(() => this.find('#cs-title', '[part="notice"] button'));
  };

  private renderLoaded({ circle, canPost }: Loaded) {
    const locale = this.formatLocale;
    if (!circle) return renderNotFound(this.idState.kind === 'ok' ? this.idState.id : '');
    if (this.phase === 'done') {
      return renderConfirmation({ circle, locale, calendar: this.calendar, heading: this.sectionHeading });
    }
    const reason = closedReason(circle);
    const actions = renderCircleActions({
      actions: this.actions,
      circle,
      name: circleTitle(circle).trim(),
      // the library's signup page for this circle, else its P2PU page: the card's rule
      url: circleLink(this.config.signupPage, circle, locale, 'circle-signup'),
      calendar: learnerStatus(circle) !== 'completed',
      locale,
    });
    return html`${renderSummary(circle, locale, this.sectionHeading, actions)}
    ${reason
      ? renderClosed(circle, reason, locale)
      : canPost
        ? renderForm(this.formView(circle))
        : renderLinkOut(circle, locale)}`;
  }

  private formView(circle: LearningCircle): FormView {
    return {
      circle,
      values: this.values,
      problems: this.problems,
      generalProblems: this.generalProblems,
      submitting: this.phase === 'submitting',
      failure: this.failure,
      botNotice: this.botNotice,
      locale: this.formatLocale,
      countries: this.countryList(),
      privacyHref: this.privacyHref(),
      heading: this.sectionHeading,
      set: this.set,
      focusField: this.focusField,
      submit: this.onSubmit,
      retry: this.retrySubmit,
    };
  }

  private countryList(): CountryOption[] {
    const locale = this.formatLocale;
    if (this.countries?.locale !== locale) this.countries = { locale, list: countryOptions(locale) };
    return this.countries.list;
  }

  /**
   * The privacy policy the consent box links to: `privacy-url` when it is a web page, else P2PU's.
   * The box asks the learner to agree, so it never goes without a policy to read.
   */
  private privacyHref(): string {
    return this.ownPrivacyHref() ?? DEFAULT_CONFIG.privacyUrl;
  }

  /** `privacy-url` (or a provider's) as an http(s) address; null when it is none (`javascript:`, `mailto:`). */
  private ownPrivacyHref(): string | null {
    try {
      return safeHttpUrl(new URL(this.config.privacyUrl, location.href).href);
    } catch {
      return null;
    }
  }

  // ------------------------------------------------------------------------------------------
  // The form

  private resetForm(circleId: number) {
    this.formCircleId = circleId;
    this.values = emptyValues(presetRegion(this.config.country));
    this.regionChosen = false;
    this.problems = {};
    this.generalProblems = [];
    this.phase = 'form';
    this.failure = null;
    this.botNotice = false;
    this.interactiveAt = null;
    this.setCalendar(null);
    this.actions.say('');
  }

  private readonly set = <K extends keyof SignupValues>(key: K, value: SignupValues[K]) => {
    if (this.inFlight) {
      // The fields are locked while sending; should a change get through, the form shows again what is sent.
      this.requestUpdate();
      return;
    }
    if (key === 'region') this.regionChosen = true;
    this.values = { ...this.values, [key]: value };
  };

  private readonly focusField = (event: Event, field: FieldName) => {
    // The link's #id is inside the shadow root: the page's URL must not change.
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${FIELD_IDS[field]}`)?.focus();
  };

  // ------------------------------------------------------------------------------------------
  // Submitting

  private readonly onSubmit = (event: Event) => {
    event.preventDefault();
    void this.submit();
  };

  private readonly retrySubmit = () => void this.submit();

  private fail(circleId: number, kind: SignupErrorEventDetail['kind']) {
    emit<SignupErrorEventDetail>(this, 'p2pu-signup-error', { circleId, kind });
  }

  /** Validates and sends the signup; one request at a time whatever is clicked. */
  private async submit(): Promise<void> {
    if (this.inFlight || this.phase === 'done') return;
    const circle = this.loader.value?.circle ?? null;
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
      this.focusOn('#cs-check');
      return;
    }

    this.inFlight = true;
    this.phase = 'submitting';
    this.failure = null;
    this.announcement = this.inOwnLanguage(() => msg('Sending your signup…'));
    // the confirmation's calendar code (a chunk of its own), fetched while the signup is sent
    const calendarCode = loadCalendarCode();
    calendarCode.catch(() => undefined); // a signup that fails never needs it
    const phone = toE164(values.region, values.phone);
    try {
      await postSignup(this.client, {
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
      this.focusOn('#cs-done-title');
      emit<SignupEventDetail>(this, 'p2pu-signup', { circleId: circle.id });
      void this.offerCalendar(circle, calendarCode);
    } catch (error) {
      this.inFlight = false;
      if (this.formCircleId !== circle.id) return;
      this.phase = 'form';
      this.announcement = '';
      if (error instanceof ValidationError) {
        const mapped = fromServerErrors(error.fields);
        const general = mapped.general.map(({ field, message }) => generalProblemText(field, message));
        this.showProblems(mapped.fields, general);
        this.fail(circle.id, 'validation');
      } else {
        const kind: ApiErrorKind = error instanceof P2puApiError ? error.kind : 'network';
        // Not sent at all only when fetch itself failed; a timeout or any answer may mean it arrived.
        this.failure = error instanceof NetworkError ? (error.blockedByPolicy ? 'blocked' : error.reason === 'offline' ? 'offline' : 'network') : 'unconfirmed';
        this.focusOn('#cs-failure');
        this.fail(circle.id, kind);
      }
    }
  }

  private showProblems(problems: FieldProblems, general: string[]) {
    this.problems = problems;
    this.generalProblems = general;
    this.failure = null;
    this.focusOn('#cs-errors-title');
  }

  /** The confirmation's "Add to calendar": the meetings ahead, in the widget's language. */
  private async offerCalendar(circle: LearningCircle, code: ReturnType<typeof loadCalendarCode>) {
    let file: CalendarFile | null = null;
    try {
      const { calendarFile } = await code;
      if (this.phase !== 'done' || this.formCircleId !== circle.id || !this.isConnected) return;
      file = this.inOwnLanguage(() => calendarFile(circle, this.formatLocale, { ahead: true }));
    } catch {
      // P2PU said "created": a calendar file that cannot be made (or loaded) only leaves its link out.
    }
    this.setCalendar(file);
  }

  private setCalendar(file: CalendarFile | null) {
    if (this.calendar) URL.revokeObjectURL(this.calendar.url);
    this.calendar = file;
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
