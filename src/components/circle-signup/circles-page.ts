/**
 * Where a patron who reached the signup without choosing a circle can choose one: the library's own
 * page of learning circles (`circles-page`), else P2PU's list of learning circles.
 */
import { safeHttpUrl } from '../../api/index.js';
import { cleanAttribute } from '../../config/config.js';
import { inLanguage } from '../../internal/p2pu-links.js';

/** P2PU's list of learning circles (in the widget's language through {@link inLanguage}). */
export const P2PU_CIRCLES_PAGE = 'https://www.p2pu.org/en/learning-circles/';

/**
 * The library's page of learning circles as an http(s) address, from `circles-page`. The course
 * widgets' template for one course's circles (`/circles.html?lc_course={id}`) works too: a query
 * parameter that holds `{id}` is left out, as no course was chosen. Null when it is not set;
 * `false` when it is set but is no web page (`javascript:…`, `{id}` in the path).
 */
export function libraryCirclesPage(value: string | undefined, base = globalThis.location?.href): string | null | false {
  const text = cleanAttribute(value);
  if (text === '') return null;
  try {
    const url = new URL(text, base);
    for (const [key, param] of [...url.searchParams]) {
      if (param.includes('{id}')) url.searchParams.delete(key);
    }
    if (/\{id\}|%7Bid%7D/i.test(url.href)) return false;
    return safeHttpUrl(url.href) ?? false;
  } catch {
    return false;
  }
}

/** Where the "way on" link goes: the library's page when it has a usable one, else P2PU's list. */
export function chooseCirclePage(value: string | undefined, locale: string): { href: string; library: boolean } {
  const own = libraryCirclesPage(value);
  return own ? { href: own, library: true } : { href: inLanguage(P2PU_CIRCLES_PAGE, locale) ?? P2PU_CIRCLES_PAGE, library: false };
}
