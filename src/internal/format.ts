/**
 * Dates and times of learning circles, through Intl in the widget's locale (12/24 h follows the
 * locale). P2PU gives a circle's local wall-clock time plus a zone abbreviation; only
 * `start_datetime` is an absolute instant. Wall-clock values are therefore formatted as "floating"
 * UTC dates so the viewer's own time zone never shifts them.
 */
import { nextTask } from './schedule.js';

const DAY_MS = 86_400_000;

type IntlKind<Locales, Options, Made> = new (locales: Locales, options: Options) => Made;

// Building an Intl object costs far more than using one, and a page of cards formats hundreds of
// dates: one per kind, locales and options, for the page's lifetime (few distinct keys exist).
const made = new Map<object, Map<string, object>>();

/**
 * The page's one `new Kind(locales, options)`: `intl(Intl.ListFormat, 'es', { type: 'conjunction' })`.
 * Throws as the constructor does (a bad tag), and then caches nothing.
 */
export function intl<Locales, Options, Made extends object>(
  Kind: IntlKind<Locales, Options, Made>,
  locales: Locales,
  options?: Options,
): Made {
  let ofKind = made.get(Kind) as Map<string, Made> | undefined;
  if (!ofKind) made.set(Kind, (ofKind = new Map()));
  const key = JSON.stringify([locales, options ?? {}]);
  let instance = ofKind.get(key);
  if (!instance) ofKind.set(key, (instance = new Kind(locales, options as Options)));
  return instance;
}

// A page of cards writes the same few dates and times again and again (every weekly circle that
// meets at 6 pm): each distinct text is made once. Formatting a time range costs about 1 ms at CPU 4x,
// so 100 cards of "Load more" spent a tenth of a second on it. Bounded for a long visit.
const texts = new Map<string, string>();
const TEXTS_KEPT = 2000;

/** The text for `key`, made by `make` the first time (a throw is not kept). */
function remembered(key: string, make: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size >= TEXTS_KEPT) texts.clear();
    texts.set(key, (text = make()));
  }
  return text;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return intl(Intl.DateTimeFormat, locale, options);
}

// The options of the formats a circle card uses, one object each (also the cache's keys).
const WEEKDAY: Intl.DateTimeFormatOptions = { timeZone: 'UTC', weekday: 'long' };
const CLOCK: Intl.DateTimeFormatOptions = { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' };
const VIEWER_TIME: Intl.DateTimeFormatOptions = { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };
const LIST: Intl.ListFormatOptions = { type: 'conjunction' };
const LANGUAGE_NAMES: Intl.DisplayNamesOptions = { type: 'language', fallback: 'none' };
const dateOptions = (style: 'medium' | 'long'): Intl.DateTimeFormatOptions => ({
  timeZone: 'UTC',
  weekday: style === 'long' ? 'long' : 'short',
  year: 'numeric',
  month: style === 'long' ? 'long' : 'short',
  day: 'numeric',
});

/** A list of names in `locale`'s words ("Maya, Tom and Ana"). */
export const listFormat = (locale: string): Intl.ListFormat => intl(Intl.ListFormat, locale, LIST);

let icuStarted = false;

/**
 * ICU's data, loaded in two steps of about 40 ms at CPU 4x, the first time a page asks (after that,
 * none). Made first, any formatter is one task of about 100 ms (V8 loads ICU's data and lists the
 * locales that kind supports); after the likely subtags and the calendars are loaded, a number,
 * date or list formatter takes 18 ms or less (measured in Chromium 150, docs/performance.md).
 */
function icuStepsOnce(locale: () => string): (() => unknown)[] {
  if (icuStarted) return [];
  icuStarted = true;
  return [() => new Intl.Locale(locale()).maximize(), () => Intl.supportedValuesOf?.('calendar')];
}

/** Main-thread time the steps below may share: cheap ones in one task (each task waits behind the page's own). */
const STEPS_BUDGET_MS = 30;

/**
 * Runs `steps` a task at a time (several while under the budget); a step that throws ends them.
 * Tasks of a message channel ({@link nextTask}): while the page loads, Chrome ran the first
 * `setTimeout` of the finder's early start about 70 ms late at CPU 4x, with the main thread idle.
 */
function runInSteps(steps: (() => unknown)[]): void {
  if (steps.length === 0) return;
  const next = () => {
    const started = performance.now();
    try {
      do steps.shift()!();
      while (steps.length > 0 && performance.now() - started < STEPS_BUDGET_MS);
    } catch {
      return; // a locale Intl cannot use: the widgets say so when they format
    }
    if (steps.length > 0) void nextTask().then(next);
  };
  void nextTask().then(next);
}

/**
 * Starts ICU in steps, once per page, for the first widget while its data is on its way: the render
 * that first formats a date or a number then has no tenth of a second of ICU in it. `locale` is
 * asked only then (every card of a long list calls this).
 */
export function startIcu(locale: () => string): void {
  runInSteps(icuStepsOnce(locale));
}

/**
 * Makes the formatters the first circle cards use before they are needed, ICU's start first
 * ({@link startIcu}), so that none of it falls in the task that renders the first results. For
 * the finder's early start, while its search and code are on their way. Nothing is made twice
 * (the page's one cache, {@link intl}).
 */
export function prepareFormatters(locale: string): void {
  runInSteps([
    ...icuStepsOnce(() => locale),
    () => intl(Intl.NumberFormat, locale),
    () => intl(Intl.PluralRules, locale),
    // a first use too where that loads more (the range formatter, the zones' names)
    () => dateFormat(locale, dateOptions('medium')).format(0),
    () => dateFormat(locale, WEEKDAY).format(0),
    () => dateFormat(locale, CLOCK).formatRange(0, DAY_MS / 24),
    () => intl(Intl.ListFormat, locale, LIST),
    () => dateFormat(locale, VIEWER_TIME).format(0),
    () => intl(Intl.DisplayNames, locale, LANGUAGE_NAMES), // "Language: German" on a card
  ]);
}

/** `YYYY-MM-DD` (+ optional `HH:MM`) as a UTC timestamp standing for that wall-clock moment. */
export function wallClock(isoDate: string, hhmm = '00:00'): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const t = /^(\d{2}):(\d{2})/.exec(hhmm);
  if (!d || !t) return null;
  const date = new Date(Date.UTC(+d[1], +d[2] - 1, +d[3], +t[1], +t[2]));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "Tue, May 5, 2026" (medium) or "Tuesday, May 5, 2026" (long), in the locale's order. */
export function formatDate(isoDate: string, locale: string, style: 'medium' | 'long' = 'medium'): string {
  const date = wallClock(isoDate);
  if (!date) return isoDate;
  return remembered(`date ${style} ${locale} ${isoDate}`, () => dateFormat(locale, dateOptions(style)).format(date));
}

/** "Tuesday" in the locale, from a date (P2PU's `day` is always English). */
export function formatWeekday(isoDate: string, locale: string): string {
  const date = wallClock(isoDate);
  return date ? remembered(`weekday ${locale} ${isoDate}`, () => dateFormat(locale, WEEKDAY).format(date)) : '';
}

/** "6:00 PM" or "18:00", as the locale writes clock times. */
export function formatClock(hhmm: string, locale: string): string {
  const date = wallClock('2000-01-01', hhmm);
  return date ? remembered(`clock ${locale} ${hhmm}`, () => dateFormat(locale, CLOCK).format(date)) : hhmm;
}

/** "6:00 – 7:30 PM" as one localized range, or just the start when the end is unknown. */
export function formatClockRange(start: string, end: string | null, locale: string): string {
  const from = wallClock('2000-01-01', start);
  let to = end ? wallClock('2000-01-01', end) : null;
  if (!from) return start;
  if (!to) return formatClock(start, locale);
  if (to.getTime() <= from.getTime()) to = new Date(to.getTime() + DAY_MS); // past midnight
  const until = to;
  return remembered(`range ${locale} ${from.getTime()} ${until.getTime()}`, () => dateFormat(locale, CLOCK).formatRange(from, until));
}

/**
 * An absolute instant in the viewer's own time zone, with the zone's name:
 * "Tue 7:00 PM CET". For online circles, next to the circle's own time.
 */
export function formatInViewerZone(isoDateTime: string, locale: string, timeZone?: string): string | null {
  const instant = new Date(isoDateTime);
  if (Number.isNaN(instant.getTime())) return null;
  return remembered(`viewer ${locale} ${timeZone ?? ''} ${instant.getTime()}`, () =>
    dateFormat(locale, timeZone ? { ...VIEWER_TIME, timeZone } : VIEWER_TIME).format(instant),
  );
}

/** Whole days from `today` (UTC date) to an ISO date; negative when past. */
export function daysUntil(isoDate: string, today: Date = new Date()): number | null {
  const date = wallClock(isoDate);
  if (!date) return null;
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((date.getTime() - todayUtc) / DAY_MS);
}

export function formatNumber(value: number, locale: string): string {
  return intl(Intl.NumberFormat, locale).format(value);
}

/** A language code as a name in `locale` ("inglés"); the given fallback, then the code, when Intl has none. */
export function formatLanguageName(code: string, locale: string, fallback?: string): string {
  const trimmed = code.trim();
  if (trimmed === '') return fallback || '';
  try {
    // Intl wants BCP 47 case: `zh-hans` → `zh-Hans`, `pt-br` → `pt-BR`.
    const [tag] = Intl.getCanonicalLocales(trimmed.replace(/_/g, '-'));
    const name = intl(Intl.DisplayNames, locale, LANGUAGE_NAMES).of(tag);
    if (name) return name;
  } catch {
    // not a valid language tag, or a locale Intl cannot use: fall through
  }
  return fallback || trimmed;
}

/** The locale's plural category of a count ("one", "other", …). */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return intl(Intl.PluralRules, locale).select(count);
}

/** A weekday by our number, 0 = Monday … 6 = Sunday: "Tuesday" in the locale. */
export function formatWeekdayNumber(day: number, locale: string): string {
  // 2024-01-01 was a Monday.
  return dateFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + day));
}

