/**
 * What a page does while a test runs, for the fault, hostile-data and signup tests: uncaught errors
 * on the page, and the signup POSTs the widgets send.
 */

/** Uncaught errors and unhandled rejections while a test runs (mocha's own handler is held off). */
export function watchPageErrors() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`${e.message} (${e.filename || 'no file'})`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);
  const previous = window.onerror;
  window.onerror = () => true;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.onerror = previous;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Counts the signup POSTs the page sends; `answer` may answer one itself (else the API does). */
export function watchSignups(answer?: (call: number) => Promise<Response> | null) {
  const original = window.fetch;
  const bodies: Record<string, unknown>[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (init?.method === 'POST' && url.includes('/api/signup/')) {
      bodies.push(JSON.parse(String(init.body)));
      const own = answer?.(bodies.length);
      if (own) return own;
    }
    return original.call(window, input, init);
  };
  return { bodies, restore: () => void (window.fetch = original) };
}
