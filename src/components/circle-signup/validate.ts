/**
 * The signup form's answers and the checks P2PU's server makes (p2pu-api.md §3.7), done in the
 * browser before anything is sent; plus the way back from the server's error envelope to fields.
 */
import { isBlank } from '../../internal/bidi.js';
import { MAX_NAME_LENGTH } from '../../api/index.js';
import { toE164 } from './phone.js';

export type FieldName = 'name' | 'email' | 'mobile' | 'goals' | 'support' | 'custom' | 'consent' | 'optIn';

/** Fields in the order they appear in the form (and in the error summary). */
export const FIELD_ORDER: readonly FieldName[] = [
  'name',
  'email',
  'mobile',
  'goals',
  'support',
  'custom',
  'consent',
  'optIn',
];

export interface SignupValues {
  name: string;
  email: string;
  /** Region of the calling code (`US`), or ''. */
  region: string;
  /** The number as typed (national, or international with `+`). */
  phone: string;
  goals: string;
  support: string;
  custom: string;
  consent: boolean;
  optIn: boolean;
  /** Honeypot: a person never sees or fills it. */
  website: string;
}

export const emptyValues = (region = ''): SignupValues => ({
  name: '',
  email: '',
  region,
  phone: '',
  goals: '',
  support: '',
  custom: '',
  consent: false,
  optIn: false,
  website: '',
});

/** Whether the learner gave any answer (the preselected country code and the honeypot do not count). */
export function hasAnswers(values: SignupValues): boolean {
  const { name, email, phone, goals, support, custom, consent, optIn } = values;
  return consent || optIn || [name, email, phone, goals, support, custom].some((text) => !isBlank(text));
}

/** Why a field is not accepted; the component turns codes into words. */
export type Problem =
  | { code: 'required' }
  | { code: 'too-long' }
  | { code: 'email' }
  | { code: 'mobile-region' }
  | { code: 'mobile-characters' }
  | { code: 'mobile-length' }
  /** No such number: an unknown calling code, all zeros, or too short or long for its country. */
  | { code: 'mobile-impossible' }
  /** P2PU did not recognise the number (its check knows each country's number lengths). */
  | { code: 'mobile-invalid' }
  | { code: 'server'; message: string };

export type FieldProblems = Partial<Record<FieldName, Problem>>;

// Django's EmailValidator patterns, as P2PU's schema uses them (exactly one @, no trimming server side).
const EMAIL_USER =
  // eslint-disable-next-line no-control-regex
  /^(?:[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(?:\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*$|^"(?:[\x01-\x08\x0b\x0c\x0e-\x1f!#-[\]-\x7f]|\\[\x01-\x09\x0b\x0c\x0e-\x7f])*"$)/i;
const EMAIL_DOMAIN = /^(?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+(?:[A-Z0-9-]{2,63}(?<!-))$/i;

/** Whether P2PU's server accepts the e-mail address (after trimming, which the server does not do). */
export function isValidEmail(email: string): boolean {
  const parts = email.trim().split('@');
  if (parts.length !== 2) return false;
  const [user, domain] = parts as [string, string];
  if (!/^[^\s:/?#[\]\\%@]+$/.test(domain)) return false;
  let asciiDomain: string;
  try {
    // an internationalized domain is accepted in its punycode form, as Django does
    asciiDomain = new URL(`http://${domain}`).hostname;
  } catch {
    return false;
  }
  return EMAIL_USER.test(user) && EMAIL_DOMAIN.test(asciiDomain) && !/\s/.test(email.trim());
}

/** Problems of the answers, by field; empty when the form can be sent. */
export function validate(values: SignupValues, hasCustomQuestion: boolean): FieldProblems {
  const problems: FieldProblems = {};
  const name = values.name.trim();
  if (isBlank(name)) problems.name = { code: 'required' };
  else if (Array.from(name).length > MAX_NAME_LENGTH) problems.name = { code: 'too-long' };

  const email = values.email.trim();
  if (email === '') problems.email = { code: 'required' };
  else if (!isValidEmail(email)) problems.email = { code: 'email' };

  const phone = toE164(values.region, values.phone);
  if (!phone.ok) problems.mobile = { code: `mobile-${phone.problem}` };

  if (isBlank(values.goals)) problems.goals = { code: 'required' };
  if (isBlank(values.support)) problems.support = { code: 'required' };
  if (hasCustomQuestion && isBlank(values.custom)) problems.custom = { code: 'required' };
  if (!values.consent) problems.consent = { code: 'required' };
  return problems;
}

/** The server's field names (flattened by the client, `signup_questions.goals`) → ours. */
const SERVER_FIELDS: Readonly<Record<string, FieldName>> = {
  name: 'name',
  email: 'email',
  mobile: 'mobile',
  consent: 'consent',
  communications_opt_in: 'optIn',
  'signup_questions.goals': 'goals',
  'signup_questions.support': 'support',
  'signup_questions.custom_question': 'custom',
};

/** Server messages we know, per field, mapped to our own (translated) problem codes. */
function knownProblem(field: FieldName, message: string): Problem {
  if (message === 'Field is required' || message === 'Consent is needed to sign up') return { code: 'required' };
  if (field === 'email' && message === 'Invalid email address') return { code: 'email' };
  return { code: 'server', message };
}

export interface ServerProblems {
  fields: FieldProblems;
  /** Messages that belong to no field (`learning_circle`, unknown keys), as the server sent them. */
  general: { field: string; message: string }[];
}

/**
 * A ValidationError's `fields` (`{"email": [...], "signup_questions.goals": [...]}`) → problems on
 * our fields. A plain `signup_questions: ["Field is required"]` marks both questions.
 */
export function fromServerErrors(fields: Record<string, string[]>): ServerProblems {
  const result: ServerProblems = { fields: {}, general: [] };
  for (const [key, messages] of Object.entries(fields)) {
    const message = messages.find((m) => typeof m === 'string' && m.trim() !== '') ?? 'Field is required';
    if (key === 'signup_questions') {
      result.fields.goals ??= knownProblem('goals', message);
      result.fields.support ??= knownProblem('support', message);
      continue;
    }
    const field = Object.hasOwn(SERVER_FIELDS, key) ? SERVER_FIELDS[key] : undefined;
    if (field) {
      result.fields[field] ??= field === 'mobile' && /phone/i.test(message)
        ? { code: 'mobile-invalid' }
        : knownProblem(field, message);
    } else {
      result.general.push({ field: key, message });
    }
  }
  return result;
}
