/**
 * Share and Add to calendar in browser tests: the Web Share API and the clipboard stubbed (the
 * test browser has no share sheet, and no clipboard permission), and the .ics download caught
 * before the browser saves it.
 */

type Share = (data: ShareData) => Promise<void>;

/**
 * Replaces `navigator.share` (and `canShare`) with `share`, or removes them (`null`: a browser
 * without the Web Share API). Returns the undo.
 */
export function stubShare(share: Share | null): () => void {
  const nav = navigator as unknown as Record<string, unknown>;
  const had = { share: Object.getOwnPropertyDescriptor(navigator, 'share'), canShare: Object.getOwnPropertyDescriptor(navigator, 'canShare') };
  Object.defineProperty(navigator, 'share', { configurable: true, writable: true, value: share ?? undefined });
  Object.defineProperty(navigator, 'canShare', { configurable: true, writable: true, value: share ? () => true : undefined });
  return () => {
    for (const key of ['share', 'canShare'] as const) {
      delete nav[key];
      if (had[key]) Object.defineProperty(navigator, key, had[key]!);
    }
  };
}

/**
 * Replaces the clipboard: `writeText` records what is copied (or, with `allowed: false`, refuses
 * as a browser without permission does), and `document.execCommand('copy')` (the old way) copies
 * the selected text of the focused text area, or fails with `allowed: false`. Returns what was
 * copied, and the undo.
 */
export function stubClipboard({ allowed = true, oldWay = allowed }: { allowed?: boolean; oldWay?: boolean } = {}) {
  const copied: string[] = [];
  const clipboard = navigator.clipboard;
  const realWrite = clipboard.writeText;
  const realExec = document.execCommand;
  clipboard.writeText = allowed
    ? async (text: string) => void copied.push(text)
    : () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  document.execCommand = ((command: string) => {
    if (command !== 'copy' || !oldWay) return false;
    const area = (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement) as HTMLTextAreaElement | null;
    if (area?.localName !== 'textarea') return false;
    copied.push(area.value.slice(area.selectionStart, area.selectionEnd));
    return true;
  }) as typeof document.execCommand;
  return {
    copied,
    restore: () => {
      clipboard.writeText = realWrite;
      document.execCommand = realExec;
    },
  };
}

export interface Download {
  /** The file name the link offers (its `download`). */
  fileName: string;
  /** The file's text. */
  text: string;
}

/**
 * Runs `act` and returns the file a download link clicked meanwhile would have saved (the click is
 * cancelled: the test page never saves a file), or null when there was none.
 */
export async function catchDownload(act: () => unknown, timeout = 5000): Promise<Download | null> {
  let link: HTMLAnchorElement | null = null;
  const catcher = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) {
      link = target;
      event.preventDefault();
    }
  };
  window.addEventListener('click', catcher, true);
  try {
    await act();
    const until = Date.now() + timeout;
    while (!link && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    window.removeEventListener('click', catcher, true);
  }
  const found = link as HTMLAnchorElement | null;
  if (!found) return null;
  return { fileName: found.download, text: await (await fetch(found.href)).text() };
}

/** Whether the browser has fetched a module of this page whose path ends in `path` (`/src/internal/share.ts`). */
export function moduleLoaded(path: string): boolean {
  return performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname.endsWith(path));
}
