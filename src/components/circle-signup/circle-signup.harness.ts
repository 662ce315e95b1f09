/**
 * A test harness for <circle-signup>: its state, form controls by name, the summary, the
 * confirmation and every notice (see src/internal/widget.harness.ts).
 *
 * ```ts
 * const signup = new CircleSignupHarness(el);
 * await signup.settled();
 * await signup.fill({ name: 'Ada', email: 'ada@example.org', goals: '…', support: '…', consent: true });
 * await signup.submit();
 * expect(signup.state).to.equal('done');
 * ```
 */
import { WidgetHarness, words } from '../../internal/widget.harness.js';
import type { CircleSignup } from './circle-signup.js';
import { FIELD_IDS } from './signup-fields.js';
import type { FieldName } from './validate.js';

/** What the widget shows: its root's `data-state`. */
export type SignupState =
  | 'loading'
  | 'form'
  | 'submitting'
  | 'done'
  | 'link-out'
  | 'closed'
  | 'not-found'
  | 'error'
  /** The page reads the circle from its address, which names none: the patron is asked to choose one. */
  | 'no-circle'
  | 'problem';

/** Answers as a learner gives them; `region` is the calling code's country (`US`). */
export interface SignupAnswers {
  name?: string;
  email?: string;
  region?: string;
  phone?: string;
  goals?: string;
  support?: string;
  custom?: string;
  consent?: boolean;
  optIn?: boolean;
  /** The hidden honeypot, which only bots fill. */
  website?: string;
}

/** A control by name: a form question, the calling code (`country`) or the honeypot (`website`). */
export type SignupControl = FieldName | 'country' | 'website';

const CONTROL_IDS: Readonly<Record<SignupControl, string>> = { ...FIELD_IDS, country: 'cs-country', website: 'cs-website' };

/**
 * Words as a learner reads them: without the invisible isolates (U+2066–U+2069) that keep each
 * value from the API apart from the sentence around it.
 */
const read = (node: Element | null | undefined): string | null => words(node)?.replace(/[\u2066-\u2069]/g, '') ?? null;

/** `element` unless it is hidden. */
const visible = <T extends HTMLElement>(element: T | null): T | null => (element && !element.hidden ? element : null);

/**
 * <circle-signup> by name. `problem` (from {@link WidgetHarness}) is the page-editor notice, or the
 * patron's message when the page's address names no circle; `part('problem')` is its element.
 */
export class CircleSignupHarness extends WidgetHarness<CircleSignup, SignupState> {
  // Form

  get form(): HTMLFormElement | null {
    return this.query('form');
  }

  field<T extends HTMLElement = HTMLInputElement>(name: SignupControl): T | null {
    return this.query<T>(`#${CONTROL_IDS[name]}`);
  }

  /** The words of a control's label (the mobile number's group has a legend: {@link legend}). */
  label(name: SignupControl): string | null {
    return words(this.query(`label[for="${CONTROL_IDS[name]}"]`));
  }

  /** The mobile number group's legend, exactly as written. */
  get legend(): string | null {
    return this.query('legend')?.textContent ?? null;
  }

  /** The error line under a question, or null. */
  fieldError(name: FieldName): string | null {
    return read(this.query(`#${FIELD_IDS[name]}-error`));
  }

  /** Ids of the controls marked invalid, in form order. */
  get invalidFields(): string[] {
    return this.queryAll('[aria-invalid="true"]').map((el) => el.id);
  }

  /** Types and ticks answers the way a browser reports them (value + input event, clicks). */
  async fill(answers: SignupAnswers): Promise<void> {
    for (const [key, value] of Object.entries(answers) as [keyof SignupAnswers, string | boolean][]) {
      if (key === 'consent' || key === 'optIn') {
        const box = this.field(key)!;
        if (box.checked !== value) box.click();
      } else if (key === 'region') {
        const select = this.field<HTMLSelectElement>('country')!;
        select.value = String(value);
        select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      } else {
        const box = this.field(key === 'phone' ? 'mobile' : key)!;
        box.value = String(value);
        box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
    }
    await this.element.updateComplete;
  }

  /** The answers the form shows now. */
  get values(): Required<SignupAnswers> {
    const value = (name: SignupControl) => this.field(name)?.value ?? '';
    return {
      name: value('name'),
      email: value('email'),
      region: value('country'),
      phone: value('mobile'),
      goals: value('goals'),
      support: value('support'),
      custom: value('custom'),
      consent: this.field('consent')?.checked ?? false,
      optIn: this.field('optIn')?.checked ?? false,
      website: value('website'),
    };
  }

  get submitButton(): HTMLButtonElement | null {
    return this.query('[part="submit"]');
  }

  /** Clicks "Sign up" and waits for the render that follows. */
  async submit(): Promise<void> {
    this.submitButton!.click();
    await this.element.updateComplete;
  }

  get errorSummary(): HTMLElement | null {
    return this.query('[part="error-summary"]');
  }

  /** The error summary's heading (focused after a submit with problems). */
  get errorSummaryHeading(): HTMLElement | null {
    return this.query('#cs-errors-title');
  }

  /** Targets of the error summary's links (`#cs-name` …). */
  get errorLinks(): string[] {
    return [...(this.errorSummary?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
  }

  /** The message after a signup that was not sent or not confirmed, with its retry. */
  get failure(): HTMLElement | null {
    return this.query('[part="failure"]');
  }

  get failureText(): string | null {
    return words(this.failure);
  }

  // Around the form

  get summary(): HTMLElement | null {
    return this.query('[part="summary"]');
  }

  get summaryText(): string | null {
    return read(this.summary);
  }

  /** The circle's name, as its heading says it. */
  get title(): string | null {
    return this.query('#cs-title')?.textContent ?? null;
  }

  get confirmation(): HTMLElement | null {
    return this.query('[part="confirmation"]');
  }

  get confirmationText(): string | null {
    return read(this.confirmation);
  }

  /** The confirmation's "Add to calendar" download link (the meetings ahead). */
  get calendarLink(): HTMLAnchorElement | null {
    return this.query('[part="calendar"]');
  }

  /** The venue (or its address) as a link to it on a map, in the summary or the confirmation; null without. */
  get directionsLink(): HTMLAnchorElement | null {
    return this.query('a[part="directions"]');
  }

  /** The summary's "Share" button, or null when it is not offered. */
  get shareButton(): HTMLButtonElement | null {
    return visible(this.query<HTMLButtonElement>('[part="share"]'));
  }

  /** The summary's "Add to calendar" button (the whole series, before signing up), or null. */
  get addToCalendarButton(): HTMLButtonElement | null {
    return visible(this.query<HTMLButtonElement>('[part="add-to-calendar"]'));
  }

  /** What the summary's actions say in their live region ("Link copied" …); '' when nothing. */
  get actionStatus(): string {
    return words(this.query('.circle-actions [role="status"]')) ?? '';
  }

  /** The link to copy by hand, shown when copying was impossible, or null. */
  get copyField(): HTMLInputElement | null {
    return this.query<HTMLInputElement>('.copy-link');
  }

  /** The "Sign up on P2PU" link. */
  get linkOut(): HTMLAnchorElement | null {
    return this.query('[part="link-out"]');
  }

  /** Why the circle takes no signups: closed, not found, not loaded, or no usable circle id. */
  get notice(): HTMLElement | null {
    return this.query('[part="notice"]');
  }

  get noticeText(): string | null {
    return words(this.notice);
  }

  /** The link to choose a learning circle (the library's `circles-page`, else P2PU's list), or null. */
  get chooseLink(): HTMLAnchorElement | null {
    return this.query('[part="choose-link"]');
  }

  /** "Try again" after a failed load or a failed signup. */
  get retryButton(): HTMLButtonElement | null {
    const buttons = this.queryAll<HTMLButtonElement>('[part="notice"] button, [part="failure"] button');
    return buttons.find((b) => /try again/i.test(b.textContent ?? '')) ?? buttons[0] ?? null;
  }
}
