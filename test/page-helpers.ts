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

/**
 * The results of a finder's list (its chunks' items) whose card is taller than the room its
 * list item gives it, as "index: card height > room" (0 is the first result) (empty when none spills). A result out of view
 * is not drawn and takes the finder's estimate of a card's height; a card laid out in it anyway (by
 * an audit tool or a script) must not spill into the next row. Also counts the results not drawn,
 * so a test can tell it looked at some.
 */
export function spilledResults(root: ShadowRoot): { spilled: string[]; notDrawn: number } {
  const spilled: string[] = [];
  let notDrawn = 0;
  for (const [index, item] of [...root.querySelectorAll<HTMLElement>('.results .chunk-list > li')].entries()) {
    const card = item.firstElementChild as HTMLElement;
    if (!card.checkVisibility({ contentVisibilityAuto: true })) notDrawn++;
    const room = item.getBoundingClientRect();
    const height = card.getBoundingClientRect().height;
    if (height > room.height + 1) spilled.push(`${index}: ${Math.round(height)} > ${Math.round(room.height)}`);
  }
  return { spilled, notDrawn };
}
