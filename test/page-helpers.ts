/** Runs `body` with the page's address ending in `search` (`''`: no query), then puts it back. */
export async function atAddress(search: string, body: () => Promise<void>): Promise<void> {
  const before = location.href;
  history.replaceState(null, '', `${location.pathname}${search}`);
  try {
    await body();
  } finally {
    history.replaceState(null, '', before);
  }
}

/** Console warnings while `body` runs. */
export async function warningsDuring(body: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

let stopRecording: (() => void) | null = null;

/**
 * Records the address of every `fetch` the page makes from now on (the widgets' CORS requests), in
 * the array it returns; {@link stopRecordingFetches} puts the real `fetch` back.
 */
export function recordFetches(): URL[] {
  stopRecordingFetches();
  const urls: URL[] = [];
  const realFetch = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(new URL(input instanceof Request ? input.url : String(input)));
    return realFetch(input, init);
  }) as typeof fetch;
  stopRecording = () => {
    window.fetch = realFetch;
  };
  return urls;
}

export function stopRecordingFetches(): void {
  stopRecording?.();
  stopRecording = null;
}
