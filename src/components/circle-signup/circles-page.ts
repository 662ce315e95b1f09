/**
 * Where a patron who reached the signup without choosing a circle can choose one: the library's own
 * page of learning circles (the `circles-page` setting, read by src/config/circles-page.ts), else
 * P2PU's list of learning circles.
 */
import { circlesPageUrl } from '../../config/circles-page.js';
import { inLanguage } from '../../internal/p2pu-links.js';

/** P2PU's list of learning circles (in the widget's language through {@link inLanguage}). */
export const P2PU_CIRCLES_PAGE = 'https://www.p2pu.org/en/learning-circles/';

/**
 * Where the "way on" link goes: the library's page when it has a usable one (a course template's
 * `{id}` parameter left out, as no course was chosen), else P2PU's list.
 */
export function chooseCirclePage(value: string | null, locale: string): { href: string; library: boolean } {
  const own = circlesPageUrl(value, null);
  return own ? { href: own, library: true } : { href: inLanguage(P2PU_CIRCLES_PAGE, locale) ?? P2PU_CIRCLES_PAGE, library: false };
}
