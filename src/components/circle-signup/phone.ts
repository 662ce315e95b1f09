/**
 * Mobile numbers for the signup form: a short list of countries with their calling codes, the
 * country to preselect (from the library's `country` setting), and the international (E.164) form
 * P2PU stores.
 */
import { intl } from '../../internal/format.js';

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

/**
 * Every country calling code in use (ITU-T E.164, as in libphonenumber's metadata), the
 * non-geographic ones (satellite phones, +881) included. A number with any other code cannot exist.
 */
const KNOWN_CODES: ReadonlySet<string> = new Set(
  (
    '1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 ' +
    '82 84 86 90 91 92 93 94 95 98 211 212 213 216 218 220 221 222 223 224 225 226 227 228 229 230 231 232 ' +
    '233 234 235 236 237 238 239 240 241 242 243 244 245 246 247 248 249 250 251 252 253 254 255 256 257 258 ' +
    '260 261 262 263 264 265 266 267 268 269 290 291 297 298 299 350 351 352 353 354 355 356 357 358 359 370 ' +
    '371 372 373 374 375 376 377 378 380 381 382 383 385 386 387 389 420 421 423 500 501 502 503 504 505 506 ' +
    '507 508 509 590 591 592 593 594 595 596 597 598 599 670 672 673 674 675 676 677 678 679 680 681 682 683 ' +
    '685 686 687 688 689 690 691 692 800 808 850 852 853 855 856 870 878 880 881 882 883 886 888 960 961 962 ' +
    '963 964 965 966 967 968 970 971 972 973 974 975 976 977 979 992 993 994 995 996 998'
  ).split(' '),
);

/**
 * Shortest and longest national number (the digits after the calling code) of each listed
 * country, for every kind of number (libphonenumber's possible lengths, up to the 15 digits of
 * E.164). Countries sharing +1 follow the North American plan instead ({@link NANP}).
 */
const NATIONAL_LENGTHS: Readonly<Record<string, readonly [number, number]>> = Object.freeze({
  AR: [10, 11], AT: [4, 13], AU: [5, 12], BD: [6, 10], BE: [8, 9], BO: [8, 9], BR: [8, 11], BW: [7, 10],
  CH: [9, 12], CL: [9, 11], CM: [8, 9], CN: [7, 12], CO: [8, 11], CR: [8, 10], CZ: [9, 12], DE: [4, 13],
  DK: [8, 8], DZ: [8, 9], EC: [8, 11], EE: [7, 10], EG: [8, 10], ES: [9, 9], ET: [9, 9], FI: [5, 12],
  FR: [9, 9], GB: [7, 10], GH: [8, 9], GR: [10, 12], GT: [8, 11], HK: [5, 11], HN: [8, 11], HR: [7, 9],
  HU: [8, 9], ID: [7, 13], IE: [7, 10], IL: [7, 12], IN: [8, 13], IS: [7, 9], IT: [6, 12], JO: [8, 9],
  JP: [8, 13], KE: [7, 10], KR: [5, 13], LB: [7, 8], LK: [9, 9], LT: [8, 8], LU: [4, 11], LV: [8, 8],
  MA: [9, 9], MW: [7, 9], MX: [10, 10], MY: [8, 10], NA: [8, 9], NG: [10, 12], NI: [8, 8], NL: [5, 11],
  NO: [5, 8], NP: [8, 11], NZ: [5, 13], PA: [7, 11], PE: [8, 9], PH: [6, 13], PK: [8, 12], PL: [6, 10],
  PS: [8, 10], PT: [9, 9], PY: [6, 11], RO: [6, 9], RS: [6, 12], RW: [8, 9], SA: [9, 10], SE: [6, 12],
  SG: [8, 11], SI: [5, 8], SK: [6, 9], SN: [9, 9], SV: [7, 11], TH: [8, 13], TN: [8, 8], TR: [7, 13],
  TW: [7, 11], TZ: [9, 9], UA: [9, 10], UG: [9, 9], UY: [4, 12], VE: [10, 10], VN: [7, 10], ZA: [5, 10],
  ZM: [9, 9], ZW: [7, 10],
});

/** A North American number (+1): area code and exchange each start with 2–9. */
const NANP = /^[2-9]\d{2}[2-9]\d{6}$/;

/**
 * Whether an international number (`+` and digits) can exist: a calling code in use, not all
 * zeros, and a national number of a length its country has (for +1, the North American plan).
 */
export function isPossibleNumber(e164: string): boolean {
  const digits = e164.replace(/^\+/, '');
  const code = [1, 2, 3].map((n) => digits.slice(0, n)).find((c) => KNOWN_CODES.has(c));
  if (!code) return false;
  const national = digits.slice(code.length);
  if (/^0*$/.test(national)) return false;
  if (code === '1') return NANP.test(national);
  const ranges = Object.keys(CALLING_CODES)
    .filter((region) => CALLING_CODES[region] === code)
    .map((region) => NATIONAL_LENGTHS[region])
    .filter((range) => range !== undefined);
  return ranges.length === 0 || ranges.some(([min, max]) => national.length >= min && national.length <= max);
}

/**
 * The national number without the trunk prefix a country dials before it at home: `0` (`082…` in
 * South Africa), `06` in Hungary, `1` before a North American number of 11 digits; Italy keeps its 0.
 */
function withoutTrunkPrefix(code: string, region: string, digits: string): string {
  if (code === '39') return digits;
  if (code === '1') return digits.length === 11 ? digits.replace(/^1/, '') : digits;
  if (region === 'HU') return digits.replace(/^06?/, '');
  return digits.replace(/^0/, '');
}

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
    names = intl(Intl.DisplayNames, [locale, 'en'], { type: 'region', fallback: 'code' });
  } catch {
    names = null;
  }
  let collator: Intl.Collator;
  try {
    collator = intl(Intl.Collator, locale, { sensitivity: 'base' });
  } catch {
    collator = intl(Intl.Collator, 'en', { sensitivity: 'base' });
  }
  return Object.entries(CALLING_CODES)
    .map(([region, code]) => ({ region, code, name: names?.of(region) ?? region }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * The country to preselect: the library's `country` setting when the form lists it, otherwise ''
 * (nothing preselected; the learner chooses, or types the number with + and its country code).
 * Never guessed from the language: a Spanish page at a US library is still in the US.
 */
export function presetRegion(country: string | null): string {
  return country && Object.hasOwn(CALLING_CODES, country) ? country : '';
}

/** The server refuses (HTTP 500) a stored mobile longer than this. */
export const MAX_MOBILE_LENGTH = 20;
export const MIN_PHONE_DIGITS = 6;
export const MAX_PHONE_DIGITS = 15;

export type PhoneResult =
  | { ok: true; e164: string }
  /** `impossible`: no such number ({@link isPossibleNumber}). */
  | { ok: false; problem: 'region' | 'characters' | 'length' | 'impossible' };

/**
 * The international form of what the learner typed: `+` + calling code + the national number's
 * digits, with the national trunk prefix dropped (`0821234567` in South Africa → `+27821234567`;
 * Italy keeps its 0). A number typed with `+` or `00` is taken as already international.
 * Empty input → `{ ok: true, e164: '' }` (no mobile). A number that cannot exist is refused.
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
    e164 = `+${code}${withoutTrunkPrefix(code, region, digits)}`;
  }
  const count = e164.length - 1;
  if (count < MIN_PHONE_DIGITS || count > MAX_PHONE_DIGITS || e164.length > MAX_MOBILE_LENGTH) {
    return { ok: false, problem: 'length' };
  }
  if (!isPossibleNumber(e164)) return { ok: false, problem: 'impossible' };
  return { ok: true, e164 };
}
