/**
 * The course finder's filter lists: course topic guides and course languages (lookups: cached for
 * an hour, also in localStorage). Only the course finder loads them.
 */
import { type ApiCore, type CallOptions } from './core.js';
import type { CourseLanguage, CourseTopic } from './models.js';
import { LIMITS, TEXT_LIMITS, bool, collator, dictionary, ident, isObj, optStr, unexpected } from './normalize.js';

/** Topic guides for the course topic filter, sorted by title. Cached for an hour. */
export function fetchCourseTopics(core: ApiCore, options: CallOptions = {}): Promise<CourseTopic[]> {
  return core.lookup('courses/topics/', normalizeCourseTopics, options);
}

/** Course languages sorted by English name. Cached for an hour. */
export function fetchCourseLanguages(core: ApiCore, options: CallOptions = {}): Promise<CourseLanguage[]> {
  return core.lookup('courses/languages/', normalizeCourseLanguages, options);
}

/** `/api/courses/topics/` → topic guides sorted by title. */
export function normalizeCourseTopics(body: unknown, url?: string): CourseTopic[] {
  const cmp = collator();
  return Object.entries(dictionary(body, 'topics', url))
    .filter(([slug]) => ident(slug) !== null)
    .slice(0, LIMITS.lookupItems)
    .map(([slug, title]) => ({ slug, title: optStr(title) ?? slug }))
    .sort((a, b) => cmp.compare(a.title, b.title));
}

/** `/api/courses/languages/` (random order) → languages sorted by English name. */
export function normalizeCourseLanguages(body: unknown, url?: string): CourseLanguage[] {
  if (!isObj(body) || !Array.isArray(body.languages)) throw unexpected('no list of languages', url);
  const seen = new Set<string>();
  const out: CourseLanguage[] = [];
  for (const item of body.languages) {
    if (out.length >= LIMITS.lookupItems) break;
    if (!isObj(item)) continue;
    const code = ident(item.code, TEXT_LIMITS.code);
    if (code === null || seen.has(code)) continue;
    seen.add(code);
    const name = optStr(item.name) ?? code;
    out.push({
      code,
      name,
      nameLocal: optStr(item.name_local) ?? name,
      nameTranslated: optStr(item.name_translated) ?? name,
      bidi: bool(item.bidi),
    });
  }
  const cmp = collator();
  return out.sort((a, b) => cmp.compare(a.name, b.name) || cmp.compare(a.code, b.code));
}
