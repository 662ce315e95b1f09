/**
 * The `country` setting: the library's country, as an ISO 3166-1 alpha-2 code (`US`, `CA`, `GB`).
 * The signup form preselects its calling code for mobile numbers; it is never guessed from the
 * page's language (a Spanish page at a US library is still in the US).
 */

import { intl } from '../internal/format.js';

/**
 * Two-letter codes the browser's region names know that are not a country today (reserved,
 * withdrawn, or groups such as EU and UN). Every other code it can name is one: the browser's own
 * list saves shipping the 249 codes in the loader.
 */
const NOT_COUNTRIES: ReadonlySet<string> = new Set(
  'AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UN VD XA XB YD YU ZR ZZ'.split(' '),
);

/** Codes people write that ISO spells otherwise. */
const ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

/**
 * The region code for what a page editor wrote (`us`, `"US"`, `UK`), upper-case; null when it is
 * not a country (`USA`, `United States`, `XX`, `EU`).
 */
export function parseCountry(value: string): string | null {
  const code = value.trim().toUpperCase();
  const region = ALIASES[code] ?? code;
  if (!/^[A-Z]{2}$/.test(region) || NOT_COUNTRIES.has(region)) return null;
  try {
    return intl(Intl.DisplayNames, 'en', { type: 'region', fallback: 'none' }).of(region) ? region : null;
  } catch {
    return null;
  }
}

/** The page editor's words for a `country` that is not a country code. */
export function countryProblemText(value: string): string {
  return `country "${value}" is not a two-letter country code (ISO 3166), such as US, CA or GB, so the signup form preselects no country for mobile numbers`;
}
