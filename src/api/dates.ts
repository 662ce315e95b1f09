/**
 * Calendar arithmetic on P2PU's wall-clock values (`YYYY-MM-DD`, `HH:MM`), in UTC milliseconds so
 * the viewer's own time zone never shifts a circle's date. One place for the circle rules, the
 * calendar file and the formatters.
 */

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/** `YYYY-MM-DD` as the UTC midnight standing for that date, or null. */
export function dateMs(isoDate: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  return Number.isNaN(t) ? null : t;
}

/** `HH:MM` as milliseconds after midnight, or null. */
export function clockMs(hhmm: string): number | null {
  const m = /^(\d{1,2}):(\d{2})/.exec(hhmm);
  if (!m) return null;
  const h = +m[1]!;
  const min = +m[2]!;
  return h < 24 && min < 60 ? (h * 60 + min) * 60_000 : null;
}

/**
 * Most meetings of one circle anything here lists: two years of weekly meetings. P2PU circles run
 * for weeks, not years; the normalizer clamps `weeks` to this, and {@link weeklyDates} never makes
 * more, whatever it is given.
 */
export const MAX_MEETINGS = 104;

/**
 * `count` weekly dates from `startDate` (at least one, at most {@link MAX_MEETINGS}), or none for
 * a malformed date.
 */
export function weeklyDates(startDate: string, count: number): string[] {
  const start = dateMs(startDate);
  if (start === null) return [];
  const n = Math.min(MAX_MEETINGS, Math.max(1, Math.floor(count) || 1));
  return Array.from({ length: n }, (_, i) => new Date(start + i * WEEK_MS).toISOString().slice(0, 10));
}
