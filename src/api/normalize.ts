/**
 * Raw API answers → normalized models: the helpers every resource's normalizer uses. The one
 * place that knows the server's quirks (p2pu-api.md §5, §6): decimal strings, duplicate items,
 * missing optional keys, fields older servers lack, URLs that may be anything.
 *
 * It also bounds everything (see {@link LIMITS} and {@link TEXT_LIMITS}): numbers are clamped, lists
 * and pages cut, text cut with an ellipsis, identifiers too long to be real dropped. A wrong or
 * hostile answer can then neither freeze a page (`weeks: 1e308`, 5,000 items for a page of 12) nor
 * print 309-digit counts, and the client runs the normalizers before anything is cached.
 *
 * Each resource is normalized beside its fetch (circles.ts, courses.ts, signup.ts, the lookups,
 * teams.ts, circle-map.ts), so a page carries only the normalizers of what it asks for.
 */
import { MAX_MEETINGS } from './dates.js';
import { ServerError } from './errors.js';
import type { Page } from './models.js';


/**
 * Bounds for the numbers and lists of an answer. Numbers outside are clamped, longer lists cut.
 */
export const LIMITS = {
  /** Meetings of one circle (`weeks`): two years of weekly meetings; P2PU circles run for weeks. */
  meetings: MAX_MEETINGS,
  /**
   * Any count: results (`count`, the open/closed tab counts), signups, ratings, circles using a
   * course, offsets. P2PU has run a few thousand circles in all; a million leaves room to grow and
   * still prints as a short number.
   */
  count: 1_000_000,
  /** A circle's seat limit; a larger `signup_limit` is no real limit (null). */
  seats: 10_000,
  /** Most items kept from one page, and never more than the request's `limit` (the finders ask for at most 100). */
  pageItems: 1_000,
  /** Entries of a lookup list (topics, cities, course topics, languages, teams). */
  lookupItems: 2_000,
  /** Entries of a list inside one item (facilitators, a course's keywords and topics). */
  itemList: 50,
  /** Pins of one map (`/api/learning-circles-map/` lists every circle P2PU has published). */
  mapItems: 5_000,
} as const;

/**
 * Longest text shown per kind of field, in UTF-16 code units; longer text is cut with "…"
 * ({@link capText}). Identifiers sent back to the server as filters (a city's value, a topic's
 * keyword or slug, a language code) are dropped instead when longer: a cut one would match nothing.
 */
export const TEXT_LIMITS = {
  /** Circle name, course title, venue, a facilitator's name, a city or topic label. */
  name: 300,
  /** Venue address, the facilitators line ("Maya, Tom and Ana"). */
  line: 500,
  /** The facilitator's signup question. */
  question: 1_000,
  /** Course caption. */
  description: 3_000,
  /** Codes, dates and times (`en`, `Tuesday`, `2026-05-05`, `CDT`). */
  code: 64,
  /** A URL (longer ones are dropped: a cut URL leads nowhere). */
  url: 2_048,
} as const;

/**
 * `text` cut to at most `max` UTF-16 code units, ending in "…" when it was cut; never cuts a
 * surrogate pair in two (an emoji stays whole or goes) and leaves no dangling zero-width joiner.
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // its low surrogate would be cut off: leave both out
  return `${text.slice(0, end).replace(/[\u200d\s]+$/u, '')}…`;
}

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown, max: number = TEXT_LIMITS.name): string =>
  capText(typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '', max);
/** Non-blank text cut to `max`, or null (an optional field). */
export const optStr = (v: unknown, max: number = TEXT_LIMITS.name): string | null =>
  typeof v === 'string' && v.trim() !== '' ? capText(v, max) : null;
/** A non-blank string no longer than `max` (an identifier), or null. */
export const ident = (v: unknown, max: number = TEXT_LIMITS.name): string | null =>
  typeof v === 'string' && v.trim() !== '' && v.length <= max ? v : null;
/** Only `true` is true (the server sends missing, null or `"false"` too). */
export const bool = (v: unknown): boolean => v === true;
/** The non-blank strings of a list, at most {@link LIMITS.itemList}, each cut to `max`. */
export const strList = (v: unknown, max: number = TEXT_LIMITS.name): string[] =>
  Array.isArray(v)
    ? v
        .filter((s): s is string => typeof s === 'string' && s.trim() !== '')
        .slice(0, LIMITS.itemList)
        .map((s) => capText(s, max))
    : [];

/** A finite number, or a short decimal string read as one; else `fallback`. */
export function num(v: unknown, fallback: number): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.length <= 32 && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) {
    const n = Number(v);
    return Number.isFinite(n) ? n : fallback;
  }
  return fallback;
}

/** A whole number from `v` clamped to `min`…`max`; `fallback` when `v` is not a number. */
export function bounded(v: unknown, max: number, fallback = 0, min = 0): number {
  const n = num(v, NaN);
  return Number.isNaN(n) ? fallback : Math.min(max, Math.max(min, Math.floor(n)));
}

/** A circle's or course's id: a whole number ≥ 0 that survives a round trip through a URL. */
export function itemId(v: unknown): number | null {
  const id = num(v, NaN);
  return Number.isSafeInteger(id) && id >= 0 ? id : null;
}

export function unexpected(what: string, url?: string): ServerError {
  return new ServerError(`The P2PU answer was unexpected (${what})`, null, '', { url, retryable: true });
}

/**
 * `value` when it is an absolute `http:` or `https:` URL (normalized by the URL parser), otherwise
 * null: empty, relative, `javascript:`, `data:`, other schemes, garbage.
 */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > TEXT_LIMITS.url * 2) return null;
  const trimmed = value.trim();
  if (!/^https?:\/\/[^/\\\s]/i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
    return url.href.length <= TEXT_LIMITS.url ? url.href : null;
  } catch {
    return null;
  }
}

/** A decimal string (`"-33.924870"`) or number → number; null, empty or garbage → null. */
export function parseDecimal(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.length > 40 || !/^\s*[-+]?(\d+\.?\d*|\.\d+)\s*$/.test(value)) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** A latitude or longitude within `max` degrees either way, or null. */
export function coordinate(value: unknown, max: number): number | null {
  const n = parseDecimal(value);
  return n !== null && Math.abs(n) <= max ? n : null;
}

/**
 * The first `max` items normalized, invalid ones dropped, duplicates by id removed (first wins);
 * the rest of the list is not even looked at.
 */
export function uniqueItems<T extends { id: number }>(
  items: unknown[],
  normalize: (raw: unknown) => T | null,
  max: number,
): T[] {
  const seen = new Set<number>();
  const out: T[] = [];
  for (let i = 0; i < items.length && out.length < max; i++) {
    const item = normalize(items[i]);
    if (item && !seen.has(item.id)) {
      seen.add(item.id);
      out.push(item);
    }
  }
  return out;
}

/** The paging the client asked for: the page is read against it, not against what the answer claims. */
export interface RequestedPage {
  limit: number;
  offset: number;
}

/**
 * A list answer → a bounded page: at most the requested `limit` items (never more than
 * {@link LIMITS.pageItems}), `offset` and `limit` as requested, `count` clamped to
 * {@link LIMITS.count} and at least what this page shows, `hasMore` only while the server still
 * sends items. So "Load more" always moves on, and ends.
 */
export function normalizePage<T extends { id: number }>(
  body: unknown,
  requested: RequestedPage,
  normalize: (raw: unknown) => T | null,
  url?: string,
): Page<T> & { body: Obj } {
  if (!isObj(body)) throw unexpected('not an object', url);
  if (!Array.isArray(body.items)) throw unexpected('no list of items', url);
  const limit = bounded(requested.limit, LIMITS.pageItems, LIMITS.pageItems, 1);
  const offset = bounded(requested.offset, LIMITS.count);
  const items = uniqueItems(body.items, normalize, limit);
  // what the server sent for this page, duplicates included (they count in its `count` too)
  const sent = Math.min(body.items.length, limit);
  const count = Math.max(Math.min(LIMITS.count, offset + items.length), bounded(body.count, LIMITS.count, sent));
  return { items, count, offset, limit, hasMore: sent > 0 && offset + sent < count, body };
}

/** `body[key]` when it is an object (the lookups' `{"topics": {…}}`); else a ServerError. */
export function dictionary(body: unknown, key: string, url?: string): Obj {
  if (!isObj(body) || !isObj(body[key])) throw unexpected(`no "${key}" object`, url);
  return body[key] as Obj;
}

/** Sorts lookup labels as people read them: case and accents aside, numbers by value. */
export const collator = () => new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
