import { abortReason } from './errors.js';

interface SharedEntry<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
}

/**
 * Joins an identical request already in flight (same `key`), or starts one with `start`.
 *
 * Each caller can abort on its own: it is detached (rejected with its signal's reason) while the
 * others keep waiting. Only when no caller waits any more is the underlying request aborted
 * through the signal handed to `start`.
 */
export function joinShared<T>(
  map: Map<string, SharedEntry<unknown>>,
  key: string,
  start: (signal: AbortSignal) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));

  let entry = map.get(key) as SharedEntry<T> | undefined;
  if (!entry) {
    const controller = new AbortController();
    let promise: Promise<T>;
    try {
      promise = start(controller.signal);
    } catch (error) {
      promise = Promise.reject(error);
    }
    const created: SharedEntry<T> = { controller, waiters: 0, promise };
    const forget = () => {
      if (map.get(key) === created) map.delete(key);
    };
    created.promise.then(forget, forget);
    map.set(key, created as SharedEntry<unknown>);
    entry = created;
  }
  const shared = entry;
  shared.waiters++;

  return new Promise<T>((resolve, reject) => {
    let done = false;
    const onAbort = () => {
      if (done) return;
      done = true;
      shared.waiters--;
      if (shared.waiters <= 0) {
        if (map.get(key) === shared) map.delete(key);
        shared.controller.abort(abortReason(signal!));
      }
      reject(abortReason(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (value) => {
        if (done) return;
        done = true;
        signal?.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        if (done) return;
        done = true;
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

export type SharedMap = Map<string, SharedEntry<unknown>>;
