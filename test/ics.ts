/** Reading .ics text in tests (src/internal/ics.test.ts and the widgets that offer the file). */

/** Every value of a property (`DTSTART`, `UID` …), parameters left out, in file order. */
export const values = (ics: string, name: string): string[] =>
  [...ics.matchAll(new RegExp(`^${name}(?:;[^:]*)?:(.*)\\r$`, 'gm'))].map((m) => m[1]!);

/** The text with folded lines joined again (RFC 5545 §3.1). */
export const unfold = (ics: string): string => ics.replace(/\r\n[ \t]/g, '');
