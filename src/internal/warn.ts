const seen = new Set<string>();

/** Logs a configuration problem to the console once per page, however many widgets share it. */
export function warnOnce(message: string): void {
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`[learning-circle-widgets] ${message}`);
}
