/**
 * Mobile numbers for the signup form: a short list of countries with their calling codes, the
 * default country for a locale, and the international (E.164) form P2PU stores.
 */

/** Region (ISO 3166 alpha-2) → country calling code. Several regions can share a code (+1). */
export const CALLING_CODES: Readonly<Record<string, string>> = Object.freeze({
  AR: '54', AT: '43', AU: '61', BD: '880', BE: '32', BO: '591', BR: '55', BW: '267', CA: '1', CH: '41',
  CL: '56', CM: '237', CN: '86', CO: '57', CR: '506', CZ: '420', DE: '49', DK: '45', DO: '1', DZ: '213',
  EC: '593', EE: '372', EG: '20', ES: '34', ET: '251', FI: '358', FR: '33', GB: '44', GH: '233', GR: '30',
  GT: '502', HK: '852', HN: '504', HR: '385', HU: '36', ID: '62', IE: '353', IL: '972', IN: '91', IS: '354',
  IT: '39', JM: '1', JO: '962', JP: '81', KE: '254', KR: '82', LB: '961', LK: '94', LT: '370', LU: '352',
  LV: '371', MA: '212', MW: '265', MX: '52', MY: '60', NA: '264', NG: '234', NI: '505', NL: '31', NO: '47',
  NP: '977', NZ: '64', PA: '507', PE: '51', PH: '63', PK: '92', PL: '48', PR: '1', PS: '970', PT: '351',
  PY: '595', RO: '40', RS: '381', RW: '250', SA: '966', SE: '46', SG: '65', SI: '386', SK: '421', SN: '221',
  SV: '503', TH: '66', TN: '216', TR: '90', TT: '1', TW: '886', TZ: '255', UA: '380', UG: '256', US: '1',
  UY: '598', VE: '58', VN: '84', ZA: '27', ZM: '260', ZW: '263',
});

export interface CountryOption {
  region: string;
  code: string;
  /** Country name in the widget's language ("Estados Unidos"). */
  name: string;
}

/** Countries sorted by their name in `locale`. */
export function countryOptions(locale: string): CountryOption[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
  } catch {
    names = null;
  }
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator(locale, { sensitivity: 'base' });
  } catch {
    collator = new Intl.Collator('en', { sensitivity: 'base' });
  }
  return Object.entries(CALLING_CODES)
    .map(([region, code]) => ({ region, code, name: names?.of(region) ?? region }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * The region to preselect for a locale: its own region (`es-ES` → ES), else the likely region of
 * the language (`af` → ZA, `en` → US), when we list it; otherwise '' (the learner chooses).
 */
export function defaultRegion(locale: string): string {
  try {
    const tag = new Intl.Locale(locale);
    const region = tag.region ?? tag.maximize().region;
    return region && region in CALLING_CODES ? region : '';
  } catch {
    return '';
  }
}

/** The server refuses (HTTP 500) a stored mobile longer than this. */
export const MAX_MOBILE_LENGTH = 20;
export const MIN_PHONE_DIGITS = 6;
export const MAX_PHONE_DIGITS = 15;

export type PhoneResult =
  | { ok: true; e164: string }
  | { ok: false; problem: 'region' | 'characters' | 'length' };

/**
 * The international form of what the learner typed: `+` + calling code + the national number's
 * digits, with the national trunk 0 dropped (`0821234567` in South Africa → `+27821234567`;
 * Italy keeps its 0). A number typed with `+` or `00` is taken as already international.
 * Empty input → `{ ok: true, e164: '' }` (no mobile).
 */
export function toE164(region: string, typed: string): PhoneResult {
  const text = typed.trim();
  if (text === '') return { ok: true, e164: '' };
  if (!/^\+?[\d\s().\-/]+$/.test(text)) return { ok: false, problem: 'characters' };
  let digits = text.replace(/\D/g, '');
  let international = text.startsWith('+');
  if (!international && digits.startsWith('00')) {
    international = true;
    digits = digits.slice(2);
  }
  let e164: string;
  if (international) {
    e164 = `+${digits}`;
  } else {
    const code = CALLING_CODES[region];
    if (!code) return { ok: false, problem: 'region' };
    const national = code === '39' ? digits : digits.replace(/^0/, '');
    e164 = `+${code}${national}`;
  }
  const count = e164.length - 1;
  if (count < MIN_PHONE_DIGITS || count > MAX_PHONE_DIGITS || e164.length > MAX_MOBILE_LENGTH) {
    return { ok: false, problem: 'length' };
  }
  return { ok: true, e164 };
}
