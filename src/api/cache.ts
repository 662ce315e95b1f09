/**
 * The page-wide answer cache, shared by every client (and so by every widget) on the page.
 * Keyed by the full request URL (without a JSONP callback). Stores raw answers, and only answers
 * that passed the caller's `parse` (the normalizer): errors and answers of the wrong shape (a
 * `{"detail":"Request was throttled."}` with HTTP 200) are never stored, so "Try again" asks again.
 * `parse` runs again on every hit, so callers always get fresh objects, and a stored entry that no
 * longer passes (written by an older version, or changed by the page) is dropped and asked again.
 *
 * Entries marked `persist` (topics, cities, languages: public lists the server sends without
 * cache headers) are also kept in `localStorage` until they expire, so the next page view, in this
 * tab or a new one, asks nothing. Nothing else is persisted: no search, and never a signup.
 */
import { joinShared, type SharedMap } from './share.js';

/** Lifetime of list answers: the circle list's `Cache-Control: max-age=900`. */
export const LIST_TTL_MS = 900_000;
/**
 * Lifetime of lookup lists (topics, cities, languages), in memory and in localStorage. P2PU sends
 * no cache headers for them, but they change only when a course or circle is added, and a choice
 * that is up to an hour late costs little: the results themselves come from the circle or course
 * list. An hour outlives the circle list's 15 minutes, so a repeat view within it asks nothing.
 */
export const LOOKUP_TTL_MS = 3_600_000;
/** Prefix of this library's localStorage keys (v1 entries were in sessionStorage). */
export const STORAGE_PREFIX = 'p2pu-api:v2:';

interface Entry {
  expires: number;
  value: unknown;
}

const memory = new Map<string, Entry>();
const inflight: SharedMap = new Map();

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access denied (sandboxed iframe, disabled storage)
  }
}

/** A stored entry's text as an entry, or null when it is corrupt or expired. */
function parseStored(text: string | null): Entry | null {
  if (!text) return null;
  try {
    const entry = JSON.parse(text) as Partial<Entry> | null;
    if (typeof entry?.expires === 'number' && entry.expires > Date.now() && 'value' in entry) {
      return { expires: entry.expires, value: entry.value };
    }
  } catch {
    // corrupt: the caller drops it
  }
  return null;
}

/** This library's keys in `store`. */
function storedKeys(store: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
  }
  return keys;
}

function readStored(key: string): Entry | null {
  try {
    const store = storage();
    const text = store?.getItem(STORAGE_PREFIX + key) ?? null;
    const entry = parseStored(text);
    if (!entry && text !== null) store?.removeItem(STORAGE_PREFIX + key);
    return entry;
  } catch {
    return null; // storage error: behave as a miss
  }
}

function writeStored(key: string, entry: Entry) {
  try {
    const store = storage();
    if (!store) return;
    // Entries nobody reads any more (another endpoint, an old list) go, so the footprint stays
    // the few lists in use within their lifetime.
    for (const stored of storedKeys(store)) if (!parseStored(store.getItem(stored))) store.removeItem(stored);
    store.setItem(STORAGE_PREFIX + key, JSON.stringify(entry));
  } catch {
    // quota exceeded or storage disabled: the memory cache still works
  }
}

/** A fresh cached answer for `key`, from memory or (for persisted entries) localStorage. */
export function readCache(key: string, persist = false): unknown {
  const hit = memory.get(key);
  if (hit) {
    if (hit.expires > Date.now()) return hit.value;
    memory.delete(key);
  }
  if (persist) {
    const stored = readStored(key);
    if (stored) {
      memory.set(key, stored);
      return stored.value;
    }
  }
  return undefined;
}

export function writeCache(key: string, value: unknown, ttlMs: number, persist = false) {
  const entry = { expires: Date.now() + ttlMs, value };
  memory.set(key, entry);
  if (persist) writeStored(key, entry);
}

/** Forgets one entry, in memory and in localStorage. */
function dropCache(key: string) {
  memory.delete(key);
  try {
    storage()?.removeItem(STORAGE_PREFIX + key);
  } catch {
    // storage error: nothing to forget there
  }
}

export interface CachedOptions<T> {
  ttlMs: number;
  persist?: boolean;
  signal?: AbortSignal;
  /**
   * Checks a raw answer and turns it into what the caller gets (the normalizer); throws when the
   * answer is not what was asked for. Runs before anything is stored, and on every hit.
   */
  parse: (raw: unknown) => T;
}

/**
 * The cached answer for `key`, parsed, or `load`'s answer (joined with an identical load already
 * in flight), stored for `ttlMs` only when `parse` accepts it. A stored answer `parse` now refuses
 * is dropped and loaded again.
 */
export function cached<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<unknown>,
  options: CachedOptions<T>,
): Promise<T> {
  const { parse } = options;
  const hit = readCache(key, options.persist);
  if (hit !== undefined) {
    try {
      return Promise.resolve(parse(hit));
    } catch {
      dropCache(key);
    }
  }
  return joinShared(
    inflight,
    key,
    async (signal) => {
      const raw = await load(signal);
      parse(raw); // throws for an answer of the wrong shape: nothing is stored
      writeCache(key, raw, options.ttlMs, options.persist);
      return raw;
    },
    options.signal,
  ).then(parse);
}

/** Drops cached entries whose key starts with `prefix` (memory only). */
export function invalidateCache(prefix: string) {
  for (const key of [...memory.keys()]) if (key.startsWith(prefix)) memory.delete(key);
}

/**
 * Empties the page-wide cache: memory, and (unless `storage: false`) this library's
 * localStorage entries. For tests, and for a "refresh" action.
 */
export function clearApiCache(options: { storage?: boolean } = {}) {
  memory.clear();
  if (options.storage === false) return;
  try {
    const store = storage();
    if (store) for (const key of storedKeys(store)) store.removeItem(key);
  } catch {
    // storage error: nothing to forget there
  }
}
