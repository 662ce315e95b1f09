/**
 * The course finder's search state: presets from attributes, the `lc_course_*` query parameters
 * of the page address, and small helpers (kept out of the element so they can be read on their own).
 */
import type { CourseOrder } from '../../api/index.js';
import { cleanSearchText } from '../../api/index.js';

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

/** Prefix of the finder's query parameters in the page address (`lc_course_topics=…`). */
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

/**
 * The parts of a search that the address gives: a present parameter wins over the preset (an
 * empty `lc_course_topics=` means "no topics", even when the page presets some).
 */
export function readSearchFromUrl(href: string): Partial<CourseSearch> {
  const params = new URL(href).searchParams;
  const out: Partial<CourseSearch> = {};
  const get = (key: FilterName) => params.get(URL_PREFIX + key);
  const q = get('q');
  if (q !== null) out.q = q;
  const topics = get('topics');
  if (topics !== null) out.topics = splitList(topics, true);
  const languages = get('languages');
  if (languages !== null) out.languages = splitList(languages);
  const order = get('order');
  if (order !== null && isOrder(order)) out.order = order;
  return out;
}

/**
 * `href` with the finder's parameters set for `search`; values equal to the presets are left out,
 * every other parameter and the hash are kept.
 */
export function writeSearchToUrl(href: string, search: CourseSearch, presets: CourseSearch): string {
  const url = new URL(href);
  const write = (key: FilterName, same: boolean, value: string) => {
    if (same) url.searchParams.delete(URL_PREFIX + key);
    else url.searchParams.set(URL_PREFIX + key, value); // may be empty: "none", unlike the preset
  };
  const q = cleanSearchText(search.q) ?? '';
  write('q', q === (cleanSearchText(presets.q) ?? ''), q);
  write('topics', sameList(search.topics, presets.topics), search.topics.join(','));
  write('languages', sameList(search.languages, presets.languages), search.languages.join(','));
  write('order', search.order === presets.order, search.order);
  return url.href;
}
