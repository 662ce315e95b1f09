/**
 * The signup form's view: one field template for every question (name, email, mobile, goals,
 * support, the facilitator's question, consent, opt-in), the error summary above the form, and
 * the form around them. The element owns the state and passes it in with its callbacks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { MAX_NAME_LENGTH, type LearningCircle } from '../../api/index.js';
import { icons } from '../../internal/icons.js';
import { inLanguage } from '../../internal/p2pu-links.js';
import type { CountryOption } from './phone.js';
import { errorSummaryTitle, failureText, problemText, type Failure } from './signup-text.js';
import { FIELD_ORDER, type FieldName, type FieldProblems, type SignupValues } from './validate.js';

/** The id of each field's control; its error line is `<id>-error`, its hint `<id>-hint`. */
export const FIELD_IDS: Readonly<Record<FieldName, string>> = {
  name: 'cs-name',
  email: 'cs-email',
  mobile: 'cs-phone',
  goals: 'cs-goals',
  support: 'cs-support',
  custom: 'cs-custom',
  consent: 'cs-consent',
  optIn: 'cs-optin',
};

/** A heading of the widget, `offset` levels below its main one. */
export type SectionHeading = (offset: 0 | 1, id: string, content: unknown, focusable?: boolean) => TemplateResult;

/** What the form shows, and what it calls back. */
export interface FormView {
  circle: LearningCircle;
  values: SignupValues;
  problems: FieldProblems;
  /** Refusals P2PU did not tie to one answer. */
  generalProblems: readonly string[];
  submitting: boolean;
  failure: Failure | null;
  /** The neutral "check your answers" after a submit the anti-spam checks held back. */
  botNotice: boolean;
  locale: string;
  countries: readonly CountryOption[];
  privacyHref: string | null;
  heading: SectionHeading;
  set: <K extends keyof SignupValues>(key: K, value: SignupValues[K]) => void;
  focusField: (event: Event, field: FieldName) => void;
  submit: (event: Event) => void;
  retry: () => void;
}

type TextValue = 'name' | 'email' | 'goals' | 'support' | 'custom';

/** The control a field asks with. */
type Control =
  | {
      kind: 'input';
      value: TextValue;
      type: 'text' | 'email';
      autocomplete: string;
      inputmode?: string;
      maxlength?: number;
      spellcheck?: 'false';
    }
  | { kind: 'textarea'; value: TextValue }
  | { kind: 'checkbox'; value: 'consent' | 'optIn' }
  /** A country calling code and a number, in a group. */
  | { kind: 'phone' };

export interface FieldSpec {
  field: FieldName;
  /** The control's form name (P2PU's name for the answer). */
  name: string;
  /** The label (the group's legend for the phone). */
  label: unknown;
  /** A hint under the label (under the box, for a checkbox), described by the control. */
  hint?: unknown;
  required: boolean;
  control: Control;
}

/** The questions of the signup form, in order. */
export function signupFields(circle: LearningCircle, privacyHref: string | null): FieldSpec[] {
  const fields: FieldSpec[] = [
    {
      field: 'name',
      name: 'name',
      label: msg('Your name'),
      hint: msg('Your first name is enough.'),
      required: true,
      control: { kind: 'input', value: 'name', type: 'text', autocomplete: 'name', maxlength: MAX_NAME_LENGTH },
    },
    {
      field: 'email',
      name: 'email',
      label: msg('Email address'),
      hint: msg('P2PU sends the details of the first meeting here.'),
      required: true,
      control: { kind: 'input', value: 'email', type: 'email', inputmode: 'email', autocomplete: 'email', spellcheck: 'false' },
    },
    {
      field: 'mobile',
      name: 'mobile',
      label: msg('Mobile number (optional)'),
      hint: msg('For a text message before each meeting. Other learners will not see it.'),
      required: false,
      control: { kind: 'phone' },
    },
    {
      field: 'goals',
      name: 'goals',
      label: msg('What do you hope to achieve by joining this learning circle?'),
      required: true,
      control: { kind: 'textarea', value: 'goals' },
    },
    {
      field: 'support',
      name: 'support',
      label: msg('A learning circle works when its members help each other. How will you support the others?'),
      required: true,
      control: { kind: 'textarea', value: 'support' },
    },
  ];
  if (circle.signupQuestion) {
    fields.push({
      field: 'custom',
      name: 'custom_question',
      label: html`<bdi>${circle.signupQuestion}</bdi>`,
      hint: msg('A question from the facilitator.'),
      required: true,
      control: { kind: 'textarea', value: 'custom' },
    });
  }
  fields.push(
    {
      field: 'consent',
      name: 'consent',
      label: msg('I agree that P2PU may store my details and share them with the facilitators, to run this learning circle.'),
      hint: privacyHref
        ? html`<a class="link" href=${privacyHref} target="_blank" rel="noopener"
            >${msg('Read the privacy policy')}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span
            >${icons.external}</a
          >`
        : nothing,
      required: true,
      control: { kind: 'checkbox', value: 'consent' },
    },
    {
      field: 'optIn',
      name: 'communications_opt_in',
      label: msg('Email me news about P2PU and learning circles (optional)'),
      required: false,
      control: { kind: 'checkbox', value: 'optIn' },
    },
  );
  return fields;
}

const errorId = (field: FieldName) => `${FIELD_IDS[field]}-error`;

/** The field's hint and, when it has a problem, its error line. */
function describedBy(field: FieldName, problems: FieldProblems, hintId: string | undefined) {
  const ids = hintId ? [hintId] : [];
  if (problems[field]) ids.push(errorId(field));
  return ids.length ? ids.join(' ') : nothing;
}

/** One field: label (or legend), hint, error line and control, for every kind of question. */
export function renderField(spec: FieldSpec, view: FormView): TemplateResult {
  const id = FIELD_IDS[spec.field];
  const hintId = spec.hint === undefined ? undefined : `${id}-hint`;
  const hint = hintId ? html`<p class="hint" id=${hintId}>${spec.hint}</p>` : nothing;
  const problem = view.problems[spec.field];
  const error = problem
    ? html`<p class="field-error" id=${errorId(spec.field)}>
        <span class="visually-hidden">${msg('Error:')}</span> ${problemText(spec.field, problem, view.circle.signupQuestion)}
      </p>`
    : nothing;
  const control = renderControl(spec, id, hintId, view);
  switch (spec.control.kind) {
    case 'checkbox':
      return html`<div class="field check-field">
        ${error}
        <div class="check">${control}<label for=${id}>${spec.label}</label></div>
        ${hint}
      </div>`;
    case 'phone':
      return html`<fieldset class="field phone-field" aria-describedby=${hintId ?? nothing}>
        <legend>${spec.label}</legend>
        ${hint} ${error} ${control}
      </fieldset>`;
    default:
      return html`<div class="field">
        <label for=${id}>${spec.label}</label>
        ${hint} ${error} ${control}
      </div>`;
  }
}

/**
 * One question's control. While the signup is sending every control is locked, its answer still
 * shown: text boxes read-only (they keep focus), the country code and the boxes to tick disabled.
 */
function renderControl(spec: FieldSpec, id: string, hintId: string | undefined, view: FormView) {
  const { values, problems, submitting: locked } = view;
  const invalid = problems[spec.field] ? 'true' : nothing;
  const described = describedBy(spec.field, problems, hintId);
  const c = spec.control;
  const text = (key: TextValue) => (e: Event) => view.set(key, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
  switch (c.kind) {
    case 'input':
      return html`<input
        id=${id}
        name=${spec.name}
        type=${c.type}
        inputmode=${c.inputmode ?? nothing}
        autocomplete=${c.autocomplete}
        spellcheck=${c.spellcheck ?? nothing}
        maxlength=${c.maxlength ?? nothing}
        ?required=${spec.required}
        ?readonly=${locked}
        aria-invalid=${invalid}
        aria-describedby=${described}
        .value=${live(values[c.value])}
        @input=${text(c.value)}
      />`;
    case 'textarea':
      return html`<textarea
        id=${id}
        name=${spec.name}
        rows="3"
        ?required=${spec.required}
        ?readonly=${locked}
        aria-invalid=${invalid}
        aria-describedby=${described}
        .value=${live(values[c.value])}
        @input=${text(c.value)}
      ></textarea>`;
    case 'checkbox':
      return html`<input
        id=${id}
        name=${spec.name}
        type="checkbox"
        ?required=${spec.required}
        ?disabled=${locked}
        aria-invalid=${invalid}
        aria-describedby=${described}
        .checked=${live(values[c.value])}
        @change=${(e: Event) => view.set(c.value, (e.target as HTMLInputElement).checked)}
      />`;
    case 'phone':
      return html`<div class="phone">
        <div class="phone-code">
          <label for="cs-country">${msg('Country code')}</label>
          <select
            id="cs-country"
            name="country"
            autocomplete="tel-country-code"
            ?disabled=${locked}
            aria-invalid=${problems.mobile?.code === 'mobile-region' ? 'true' : nothing}
            @change=${(e: Event) => view.set('region', (e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${values.region === ''}>${msg('Choose…')}</option>
            ${view.countries.map(
              (country) =>
                html`<option value=${country.region} ?selected=${country.region === values.region}>
                  ${country.name} (\u2066+${country.code}\u2069)
                </option>`,
            )}
          </select>
        </div>
        <div class="phone-number">
          <label for=${id}>${msg('Number')}</label>
          <input
            id=${id}
            name=${spec.name}
            type="tel"
            inputmode="tel"
            autocomplete="tel-national"
            maxlength="20"
            ?readonly=${locked}
            aria-invalid=${invalid}
            aria-describedby=${described}
            .value=${live(values.phone)}
            @input=${(e: Event) => view.set('phone', (e.target as HTMLInputElement).value)}
          />
        </div>
      </div>`;
  }
}

/** The answers to fix, each a link to its field, above the form after a submit; nothing when none. */
export function renderErrorSummary(view: FormView) {
  const { problems, generalProblems } = view;
  const fields = FIELD_ORDER.filter((f) => problems[f]);
  if (!fields.length && !generalProblems.length) return nothing;
  const title = errorSummaryTitle(fields.length + generalProblems.length, view.locale);
  return html`<div class="error-summary" part="error-summary" role="group" aria-labelledby="cs-errors-title">
    ${view.heading(1, 'cs-errors-title', title, true)}
    <ul>
      ${fields.map(
        (f) => html`<li>
          <a href=${`#${FIELD_IDS[f]}`} @click=${(e: Event) => view.focusField(e, f)}
            >${problemText(f, problems[f]!, view.circle.signupQuestion)}</a
          >
        </li>`,
      )}
      ${generalProblems.map((text) => html`<li>${text}</li>`)}
    </ul>
  </div>`;
}

/** The signup form: error summary, questions, the hidden honeypot, "Sign up" and what went wrong. */
export function renderForm(view: FormView) {
  const { submitting } = view;
  return html`<form
    class="form"
    part="form"
    novalidate
    aria-describedby="cs-intro"
    aria-busy=${submitting ? 'true' : 'false'}
    @submit=${view.submit}
  >
    ${renderErrorSummary(view)}
    <p class="intro" id="cs-intro">${msg('Every question must be answered unless it says (optional).')}</p>

    ${signupFields(view.circle, view.privacyHref).map((spec) => renderField(spec, view))}

    <div class="hp" aria-hidden="true">
      <label for="cs-website">${msg('Leave this field empty')}</label>
      <input
        id="cs-website"
        name="website"
        type="text"
        tabindex="-1"
        autocomplete="off"
        .value=${live(view.values.website)}
        @input=${(e: Event) => view.set('website', (e.target as HTMLInputElement).value)}
      />
    </div>

    <div class="actions">
      <button class="button" part="submit" type="submit" aria-disabled=${submitting ? 'true' : 'false'}>
        ${submitting ? html`<span class="spinner" aria-hidden="true"></span>${msg('Signing you up…')}` : msg('Sign up')}
      </button>
    </div>
    ${view.failure && !submitting ? renderFailure(view.failure, view.retry, inLanguage(view.circle.url, view.locale)) : nothing}
    ${view.botNotice
      ? html`<p class="notice soft" id="cs-check" tabindex="-1">${msg('Please check your answers and submit again.')}</p>`
      : nothing}
  </form>`;
}

/** After a signup that was not sent or not confirmed: what happened, and "Try again". */
function renderFailure(failure: Failure, retry: () => void, signupUrl: string | null) {
  const { title, detail } = failureText(failure);
  return html`<div class="notice error" part="failure" id="cs-failure" tabindex="-1">
    <p class="notice-title">${icons.alert}<strong>${title}</strong></p>
    <p>${detail}</p>
    <button class="button secondary" type="button" @click=${retry}>${icons.retry}${msg('Try again')}</button>
    ${(failure === 'network' || failure === 'blocked') && signupUrl
      ? // not sent: perhaps this page can never send it (a proxy that refuses the POST), so P2PU's own page too
        html`<p><a class="failure-link-out" href=${signupUrl} target="_blank" rel="noopener"
            >${msg('Sign up on P2PU')}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span>${icons.external}</a
          ></p>`
      : nothing}
  </div>`;
}
