/**
 * The course finder's search state: presets from attributes, the `lc_course_*` query parameters
 * of the page address, and small helpers (kept out of the element so they can be read on their own).
 */
import type { CourseOrder } from '../../api/index.js';
import { cleanSearchText } from '../../api/index.js';
import { fromParam, toParam, type UrlParams } from '../../internal/url-state.js';

export type FilterName = 'q' | 'topics' | 'languages' | 'order';
export const ALL_FILTERS: readonly FilterName[] = ['q', 'topics', 'languages', 'order'];
export const ORDERS: readonly CourseOrder[] = ['title', 'usage', 'overall_rating', 'created_at'];
export const DEFAULT_ORDER: CourseOrder = 'title';
export const DEFAULT_FINDER_PAGE_SIZE = 12;
export const MAX_FINDER_PAGE_SIZE = 100;

/** What the learner searches for. */
export interface CourseSearch {
  q: string;
  topics: string[];
  languages: string[];
  order: CourseOrder;
}

/** Default prefix of the finder's parameters in the page address (`lc_course_topics=…`). */
export const URL_PREFIX = 'lc_course_';

/** A comma- or space-separated attribute as a de-duplicated list. */
export function splitList(value: string | null | undefined, lowerCase = false): string[] {
  const out: string[] = [];
  for (const part of (value ?? '').split(/[\s,]+/)) {
    const item = lowerCase ? part.trim().toLowerCase() : part.trim();
    if (item !== '' && !out.includes(item)) out.push(item);
  }
  return out;
}

export function isOrder(value: string): value is CourseOrder {
  return (ORDERS as readonly string[]).includes(value);
}

/** Two searches ask the server the same question. */
export function sameSearch(a: CourseSearch, b: CourseSearch): boolean {
  return (
    (cleanSearchText(a.q) ?? '') === (cleanSearchText(b.q) ?? '') &&
    a.order === b.order &&
    sameList(a.topics, b.topics) &&
    sameList(a.languages, b.languages)
  );
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/** Parameters of the search in the page address (with `sync-url`), after the prefix. */
export const URL_NAMES: readonly FilterName[] = ['q', 'topics', 'languages', 'order'];

/**
 * The search a link describes, in the one convention of the finders (src/internal/url-state.ts):
 * a missing parameter is the preset; a present one, even empty, is the patron's choice. Links
 * made by 0.1.0 used this same form.
 */
export function searchFromParams(params: UrlParams, presets: CourseSearch): CourseSearch {
  return {
    q: fromParam(params, 'q', presets.q, (text) => text),
    topics: fromParam(params, 'topics', presets.topics, (text) => splitList(text, true)),
    languages: fromParam(params, 'languages', presets.languages, (text) => splitList(text)),
    order: fromParam(params, 'order', presets.order, (text) => (isOrder(text) ? text : presets.order)),
  };
}

/** The parameters of a search: what differs from the presets. */
export function searchToParams(search: CourseSearch, presets: CourseSearch): UrlParams {
  const sorted = (list: readonly string[]) => [...list].sort().join(',');
  const text = (q: string) => cleanSearchText(q) ?? '';
  return {
    q: toParam(search.q, presets.q, text),
    topics: toParam(search.topics, presets.topics, sorted) === null ? null : search.topics.join(','),
    languages: toParam(search.languages, presets.languages, sorted) === null ? null : search.languages.join(','),
    order: toParam(search.order, presets.order, String),
  };
}
