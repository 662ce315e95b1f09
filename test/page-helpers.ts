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
