/**
 * The circle finder's filter lists: circle topics and cities (lookups: cached for an hour, also in
 * localStorage). Only the circle finder loads them.
 */
import { type ApiCore, type CallOptions } from './core.js';
import type { CircleTopic, City } from './models.js';
import { LIMITS, bounded, collator, dictionary, ident, isObj, optStr, unexpected } from './normalize.js';

/** Keywords for the circle topic filter, most used first. Cached for an hour (also in localStorage). */
export function fetchCircleTopics(core: ApiCore, options: CallOptions = {}): Promise<CircleTopic[]> {
  return core.lookup('learningcircles/topics/', normalizeCircleTopics, options);
}

/** Cities for the circle city filter, sorted. Cached for an hour (also in localStorage). */
export function fetchCities(core: ApiCore, options: CallOptions = {}): Promise<City[]> {
  return core.lookup('learningcircles/cities/', normalizeCities, options);
}

/**
 * `/api/learningcircles/topics/` → keywords, most used first, then by name; at most
 * {@link LIMITS.lookupItems} (the most used), none longer than a name.
 */
export function normalizeCircleTopics(body: unknown, url?: string): CircleTopic[] {
  const cmp = collator();
  return Object.entries(dictionary(body, 'topics', url))
    .filter(([keyword]) => ident(keyword) !== null)
    .map(([keyword, count]) => ({ keyword, count: bounded(count, LIMITS.count) }))
    .sort((a, b) => b.count - a.count || cmp.compare(a.keyword, b.keyword))
    .slice(0, LIMITS.lookupItems);
}

/** `/api/learningcircles/cities/` → cities, de-duplicated by value, sorted by name. */
export function normalizeCities(body: unknown, url?: string): City[] {
  if (!isObj(body) || !Array.isArray(body.items)) throw unexpected('no list of cities', url);
  const seen = new Set<string>();
  const out: City[] = [];
  for (const item of body.items) {
    if (out.length >= LIMITS.lookupItems) break;
    if (!isObj(item)) continue;
    const value = ident(item.value);
    if (value === null || seen.has(value)) continue;
    seen.add(value);
    out.push({ value, label: optStr(item.label) ?? value });
  }
  const cmp = collator();
  return out.sort((a, b) => cmp.compare(a.label, b.label));
}
