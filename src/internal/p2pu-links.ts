import { circlesPageUrl } from '../config/circles-page.js';

/**
 * P2PU's pages live under a language prefix (`/en/signup/…`), and the API picks it from the
 * browser's Accept-Language, not from the widget. Links to P2PU follow the widget's language
 * instead, where P2PU has that language; other links are left alone.
 */
const P2PU_PAGE_LANGUAGES = ['en', 'es', 'de', 'fr', 'pt', 'fi', 'pl', 'ro'];
const PREFIX = /^\/([a-z]{2}(?:-[a-z]{2,4})?)\//i;

export function inLanguage(url: string | null, locale: string): string | null {
  if (!url) return url;
  const language = locale.toLowerCase().split('-')[0];
  if (!P2PU_PAGE_LANGUAGES.includes(language)) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const current = PREFIX.exec(parsed.pathname)?.[1];
  if (!current || !P2PU_PAGE_LANGUAGES.includes(current.toLowerCase().split('-')[0])) return url;
  parsed.pathname = parsed.pathname.replace(PREFIX, `/${language}/`);
  return parsed.href;
}

/** P2PU's list of learning circles, where a team's circles are `?team_id=<id>`. */
export const P2PU_CIRCLES_PAGE = 'https://www.p2pu.org/en/learning-circles/';

/** A team's learning circles on P2PU (`https://www.p2pu.org/en/learning-circles/?team_id=12`), in the widget's language. */
export function p2puTeamCirclesPage(teamId: number, locale = 'en'): string {
  const url = `${P2PU_CIRCLES_PAGE}?team_id=${encodeURIComponent(String(teamId))}`;
  return inLanguage(url, locale) ?? url;
}

/**
 * Where a patron can choose a learning circle: the library's page of learning circles when it has
 * a usable one (a course template's `{id}` parameter left out, as no course was chosen), else
 * P2PU's list, of the team's circles when a team is known; in the widget's language. `library`
 * tells which. The signup's and the flyer's "way on".
 */
export function chooseCirclePage(
  value: string | null,
  locale: string,
  teamId: number | null = null,
): { href: string; library: boolean } {
  const own = circlesPageUrl(value, null);
  if (own) return { href: own, library: true };
  const p2pu = teamId === null ? (inLanguage(P2PU_CIRCLES_PAGE, locale) ?? P2PU_CIRCLES_PAGE) : p2puTeamCirclesPage(teamId, locale);
  return { href: p2pu, library: false };
}
