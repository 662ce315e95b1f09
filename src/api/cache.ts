/**
 * The page-wide answer cache, shared by every client (and so by every widget) on the page.
 * Keyed by the full request URL (without a JSONP callback). Stores raw answers, and only answers
 * that passed the caller's `parse` (the normalizer): errors and answers of the wrong shape (a
 * `{"detail":"Request was throttled."}` with HTTP 200) are never stored, so "Try again" asks again.
 * `parse` runs again on every hit, so callers always get fresh objects, and a stored entry that no
 * longer passes (written by an older version, or changed by the page) is dropped and asked again.
 *
 * Entries marked `persist` (topics, cities, languages: lists the server sends without cache
 * headers) are also kept in `sessionStorage`, so the next page view in the tab asks nothing.
 */
import { joinShared, type SharedMap } from './share.js';

/** Lifetime of list answers: the circle list's `Cache-Control: max-age=900`. */
export const LIST_TTL_MS = 900_000;
/** Lifetime of lookup lists (topics, cities, languages). */
export const LOOKUP_TTL_MS = 3_600_000;
/** Prefix of this library's sessionStorage keys. */
export const STORAGE_PREFIX = 'p2pu-api:v1:';

interface Entry {
  expires: number;
  value: unknown;
}

const memory = new Map<string, Entry>();
const inflight: SharedMap = new Map();

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // access denied (sandboxed iframe, disabled storage)
  }
}

function readStored(key: string): Entry | null {
  try {
    const store = storage();
    const text = store?.getItem(STORAGE_PREFIX + key);
    if (!store || !text) return null;
    const entry = JSON.parse(text) as Partial<Entry>;
    if (typeof entry?.expires === 'number' && entry.expires > Date.now() && 'value' in entry) {
      return { expires: entry.expires, value: entry.value };
    }
    store.removeItem(STORAGE_PREFIX + key);
  } catch {
    // corrupt entry or storage error: behave as a miss
  }
  return null;
}

function writeStored(key: string, entry: Entry) {
  try {
    storage()?.setItem(STORAGE_PREFIX + key, JSON.stringify(entry));
  } catch {
    // quota exceeded or storage disabled: the memory cache still works
  }
}

/** A fresh cached answer for `key`, from memory or (for persisted entries) sessionStorage. */
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

/** Forgets one entry, in memory and in sessionStorage. */
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
 * sessionStorage entries. For tests, and for a "refresh" action.
 */
export function clearApiCache(options: { storage?: boolean } = {}) {
  memory.clear();
  if (options.storage === false) return;
  try {
    const store = storage();
    if (!store) return;
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const k = store.key(i);
      if (k?.startsWith(STORAGE_PREFIX)) keys.push(k);
    }
    keys.forEach((k) => store.removeItem(k));
  } catch {
    // ignore
  }
}
