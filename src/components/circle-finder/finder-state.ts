/**
 * The search state of <circle-finder>, without Lit or DOM: presets (attributes) → initial state,
 * state → API query, state ⇄ the page's address (`lc_` prefixed), active filters (chips) and
 * their removal. Everything here is pure so it can be tested on its own.
 */
import { cleanSearchText, type CircleOrder, type CircleQuery, type Weekday } from '../../api/index.js';
import { parsePositiveInteger } from '../../config/config.js';
import { fromParam, readParams, toParam, type UrlParams } from '../../internal/url-state.js';

/** Filters a page editor can show with `filters="…"`. */
export type FilterName = 'q' | 'topics' | 'city' | 'near' | 'days' | 'online' | 'order';
export const FILTER_NAMES: readonly FilterName[] = ['q', 'topics', 'city', 'near', 'days', 'online', 'order'];

export type Tab = 'open' | 'closed';
export type OnlineChoice = 'any' | 'online' | 'in-person';

export const ORDERS: readonly CircleOrder[] = [
  'first_meeting_date',
  'start_date',
  'last_meeting_date',
  'name',
  'created_at',
];

/** The ordering P2PU's own search uses on each tab: soonest first / most recently ended first. */
export const TAB_ORDER: Readonly<Record<Tab, CircleOrder>> = {
  open: 'first_meeting_date',
  closed: 'last_meeting_date',
};

/** Our weekdays, 0 = Monday … 6 = Sunday, as they appear in the URL. */
export const DAY_CODES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export interface Place {
  latitude: number;
  longitude: number;
}

export interface FinderState {
  /** Search text, already cleaned ('' when none). */
  q: string;
  /** Lower-cased course keywords (ORed). */
  topics: string[];
  /** Exact city name, '' for any. */
  city: string;
  /** The learner's position ("near me"), rounded; never written to the URL. */
  near: Place | null;
  /** Half-width of the search box around `near`, in km. */
  distanceKm: number;
  /** Weekdays of the first meeting, 0 = Monday … 6 = Sunday, sorted. */
  days: Weekday[];
  online: OnlineChoice;
  /** An explicit order; null means the tab's own ({@link TAB_ORDER}). */
  order: CircleOrder | null;
  tab: Tab;
  /** One course's circles only (P2PU's `course_id`); null for every course. */
  courseId: number | null;
}

/** What the page editor set with attributes. */
export interface Presets {
  q: string;
  city: string;
  topics: string[];
  online: OnlineChoice;
  order: CircleOrder | null;
  /** The filters shown to learners (presets of hidden filters are fixed). */
  visible: ReadonlySet<FilterName>;
  /** False when `filters=""`: a plain list of the open tab, no tabs. */
  tabs: boolean;
  pageSize: number;
  /**
   * `course-id`: one course's circles, fixed (like `team-id`). null: every course, and a link's
   * course (the address's `lc_course`) is a filter the patron sees and can remove.
   */
  courseId: number | null;
}

export const DEFAULT_PAGE_SIZE = 12;
export const MAX_PAGE_SIZE = 100;

/** Raw attribute values of the presets. */
export interface PresetAttributes {
  q?: string | null;
  city?: string | null;
  topics?: string | null;
  online?: string | null;
  order?: string | null;
  filters?: string | null;
  pageSize?: number | string | null;
  courseId?: number | string | null;
}

/** Keywords from a comma-separated list: trimmed, lower-cased, unique, non-empty. */
export function parseTopicList(value: string | null | undefined): string[] {
  if (typeof value !== 'string') return [];
  const out: string[] = [];
  for (const part of value.split(',')) {
    const topic = part.trim().toLowerCase();
    if (topic !== '' && !out.includes(topic)) out.push(topic);
  }
  return out;
}

export function parseOnline(value: string | null | undefined): OnlineChoice | null {
  const v = (value ?? '').trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (v === '' || v === 'any' || v === 'both' || v === 'all') return 'any';
  if (v === 'true' || v === 'online' || v === 'yes') return 'online';
  if (v === 'false' || v === 'in-person' || v === 'inperson' || v === 'offline' || v === 'no') return 'in-person';
  return null;
}

export function parseOrder(value: string | null | undefined): CircleOrder | null | undefined {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '') return null;
  return (ORDERS as readonly string[]).includes(v) ? (v as CircleOrder) : undefined;
}

/** Weekdays from `mon,sun` or `0,6` (our numbering), sorted and unique. */
export function parseDays(value: string | null | undefined): Weekday[] {
  if (typeof value !== 'string') return [];
  const days = new Set<Weekday>();
  for (const part of value.split(',')) {
    const v = part.trim().toLowerCase();
    const byCode = DAY_CODES.indexOf(v.slice(0, 3) as (typeof DAY_CODES)[number]);
    if (v.length >= 3 && byCode >= 0) days.add(byCode as Weekday);
    else if (/^[0-6]$/.test(v)) days.add(Number(v) as Weekday);
  }
  return [...days].sort((a, b) => a - b);
}

/**
 * Presets from attributes; anything unusable is left out and described in `problems` (in words
 * for a page editor).
 */
export function parsePresets(attrs: PresetAttributes, problems: string[] = []): Presets {
  const q = cleanSearchText(attrs.q) ?? '';
  const city = (attrs.city ?? '').trim();
  const topics = parseTopicList(attrs.topics);

  let online = parseOnline(attrs.online);
  if (online === null) {
    problems.push(`online "${attrs.online}" must be "true" (online only), "false" (in person only) or "any"`);
    online = 'any';
  }

  let order = parseOrder(attrs.order);
  if (order === undefined) {
    problems.push(`order "${attrs.order}" must be one of ${ORDERS.join(', ')}`);
    order = null;
  }

  let visible: Set<FilterName>;
  let tabs = true;
  if (attrs.filters === null || attrs.filters === undefined) {
    visible = new Set(FILTER_NAMES);
  } else {
    visible = new Set();
    const unknown: string[] = [];
    for (const token of attrs.filters.toLowerCase().split(/[\s,]+/)) {
      if (token === '') continue;
      if ((FILTER_NAMES as readonly string[]).includes(token)) visible.add(token as FilterName);
      else unknown.push(token);
    }
    if (unknown.length > 0) {
      problems.push(`filters "${unknown.join(' ')}" not known; use any of: ${FILTER_NAMES.join(' ')}`);
    }
    tabs = visible.size > 0 || unknown.length > 0;
  }

  let pageSize = DEFAULT_PAGE_SIZE;
  const rawSize = attrs.pageSize;
  if (rawSize !== null && rawSize !== undefined && String(rawSize).trim() !== '') {
    const n = Number(rawSize);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_PAGE_SIZE) pageSize = n;
    else problems.push(`page-size "${rawSize}" must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }

  const courseText = String(attrs.courseId ?? '').trim();
  const courseId = parseCourseId(courseText);
  if (courseText !== '' && courseId === null) problems.push(`course-id "${courseText}" is not a course number, such as 1203`);

  return { q, city, topics, online, order, visible, tabs, pageSize, courseId };
}

/** The largest id P2PU's database takes: a larger one would be an error (HTTP 500), not "no circles". */
const MAX_ID = 2147483647;

/** A course id from text (`1203`), or null when it is not one (P2PU answers 500 to anything else). */
export function parseCourseId(value: string | number | null | undefined): number | null {
  const id = parsePositiveInteger(value);
  return id !== null && id <= MAX_ID ? id : null;
}

/** The state a page starts with (and what "clear all" returns hidden filters to). */
export function initialState(presets: Presets, distanceKm: number): FinderState {
  return {
    q: presets.q,
    topics: [...presets.topics],
    city: presets.city,
    near: null,
    distanceKm,
    days: [],
    online: presets.online,
    order: presets.order,
    tab: 'open',
    courseId: presets.courseId,
  };
}

/** "Clear all": every filter the learner can change becomes empty; fixed presets stay. */
export function clearedState(state: FinderState, presets: Presets): FinderState {
  const v = presets.visible;
  return {
    ...state,
    q: v.has('q') ? '' : state.q,
    topics: v.has('topics') ? [] : state.topics,
    city: v.has('city') ? '' : state.city,
    near: v.has('near') ? null : state.near,
    days: v.has('days') ? [] : state.days,
    online: v.has('online') ? 'any' : state.online,
    order: v.has('order') ? null : state.order,
    courseId: presets.courseId,
  };
}

/** The order a search uses: the explicit one, or the tab's own. */
export function effectiveOrder(state: FinderState): CircleOrder {
  return state.order ?? TAB_ORDER[state.tab];
}

/** The API query of a state. */
export function toQuery(
  state: FinderState,
  options: { teamId: number | null; limit: number; offset?: number },
): CircleQuery {
  return {
    q: cleanSearchText(state.q),
    topics: state.topics,
    weekdays: state.days,
    city: state.city || null,
    latitude: state.near?.latitude ?? null,
    longitude: state.near?.longitude ?? null,
    distanceKm: state.near ? state.distanceKm : null,
    online: state.online === 'any' ? null : state.online === 'online',
    teamId: options.teamId,
    courseId: state.courseId,
    signup: state.tab,
    order: effectiveOrder(state),
    limit: options.limit,
    offset: options.offset ?? 0,
  };
}

/** A filter the learner set, shown as a removable chip. */
export type ActiveFilter =
  | { kind: 'course'; value: number }
  | { kind: 'q'; value: string }
  | { kind: 'topic'; value: string }
  | { kind: 'city'; value: string }
  | { kind: 'near'; value: number }
  | { kind: 'day'; value: Weekday }
  | { kind: 'online'; value: Exclude<OnlineChoice, 'any'> };

/**
 * The active filters among the visible ones, in the order the filters are shown; first the course
 * a link asked for (not a fixed `course-id`, `fixedCourse`).
 */
export function activeFilters(state: FinderState, visible: ReadonlySet<FilterName>, fixedCourse: number | null = null): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  if (state.courseId !== null && state.courseId !== fixedCourse) out.push({ kind: 'course', value: state.courseId });
  if (visible.has('q') && state.q) out.push({ kind: 'q', value: state.q });
  if (visible.has('topics')) for (const t of state.topics) out.push({ kind: 'topic', value: t });
  if (visible.has('city') && state.city) out.push({ kind: 'city', value: state.city });
  if (visible.has('near') && state.near) out.push({ kind: 'near', value: state.distanceKm });
  if (visible.has('days')) for (const d of state.days) out.push({ kind: 'day', value: d });
  if (visible.has('online') && state.online !== 'any') out.push({ kind: 'online', value: state.online });
  return out;
}

export function filterKey(filter: ActiveFilter): string {
  return `${filter.kind}:${filter.value}`;
}

export function removeFilter(state: FinderState, filter: ActiveFilter): FinderState {
  switch (filter.kind) {
    case 'q':
      return { ...state, q: '' };
    case 'topic':
      return { ...state, topics: state.topics.filter((t) => t !== filter.value) };
    case 'city':
      return { ...state, city: '' };
    case 'near':
      return { ...state, near: null };
    case 'day':
      return { ...state, days: state.days.filter((d) => d !== filter.value) };
    case 'online':
      return { ...state, online: 'any' };
    case 'course':
      return { ...state, courseId: null };
  }
}

/** Parameters of the search in the page address (with `sync-url`), after the prefix (`lc_`). */
export const URL_NAMES = ['q', 'topics', 'city', 'days', 'online', 'order', 'tab', 'course'] as const;

/** The parameter "See learning circles for this course" added before 0.2 (`?course=1203`): still read. */
export const OLD_COURSE_PARAM = 'course';

/**
 * What a finder reads from the page address: with `sync-url` its whole search; without, only the
 * course a "See learning circles for this course" link carries (`<prefix>course`, the `circles-page`
 * setting's `lc_course`), so a library's finder page needs nothing more to land on a course. An old
 * link's `course=<id>` counts when it is a course number.
 */
export function addressParams(href: string, prefix: string, syncUrl: boolean): UrlParams {
  const params = readParams(href, prefix, syncUrl ? URL_NAMES : ['course']);
  const old = new URL(href).searchParams.get(OLD_COURSE_PARAM);
  if (params.course === null && parseCourseId(old) !== null) params.course = old;
  return params;
}

/**
 * A finder's first search: its presets, then (with `sync-url`) what the page address says. The
 * finder and the script tag's early start (early-search.ts) both build it here, so they ask for
 * the same URL and the page-wide cache makes the two one request.
 */
export function firstSearch(presets: Presets, params: UrlParams | null, distanceKm: number): FinderState {
  const base = initialState(presets, distanceKm);
  return params ? stateFromParams(params, presets, base) : base;
}

/**
 * The state a link describes, in the one convention of the finders (src/internal/url-state.ts):
 * a missing parameter means the preset. Links made by 0.1.0 still open the same results: they
 * always carried `tab=open` or `tab=closed`, and in them a missing parameter meant "empty".
 * Fixed presets (hidden filters) always stay.
 */
export function stateFromParams(params: UrlParams, presets: Presets, base: FinderState): FinderState {
  const legacy = params.tab === 'open' || params.tab === 'closed';
  const from = legacy ? clearedState(base, presets) : base;
  const v = presets.visible;
  const read = <T>(name: FilterName, current: T, parse: (text: string) => T): T =>
    v.has(name) ? fromParam(params, name, current, parse) : current;
  return {
    ...from,
    q: read('q', from.q, (text) => cleanSearchText(text) ?? ''),
    topics: read('topics', from.topics, parseTopicList),
    city: read('city', from.city, (text) => text.trim()),
    days: read('days', from.days, parseDays),
    online: read('online', from.online, (text) => parseOnline(text) ?? 'any'),
    order: read('order', from.order, (text) => parseOrder(text) ?? null),
    tab: presets.tabs && (params.tab === 'past' || params.tab === 'closed') ? 'closed' : 'open',
    // A fixed course-id stays; else a link's course, when it is a course number.
    courseId: presets.courseId ?? fromParam(params, 'course', from.courseId, parseCourseId),
  };
}

/** The parameters of a state: what differs from the presets, for the filters learners see. */
export function stateToParams(state: FinderState, presets: Presets, base: FinderState): UrlParams {
  const v = presets.visible;
  const write = <T>(name: FilterName, value: T, preset: T, serialize: (value: T) => string) =>
    v.has(name) ? toParam(value, preset, serialize) : null;
  const list = (items: readonly (string | number)[]) => items.join(',');
  return {
    q: write('q', state.q, base.q, String),
    topics: write('topics', state.topics, base.topics, list),
    city: write('city', state.city, base.city, String),
    days: write('days', state.days, base.days, (days) => list(days.map((d) => DAY_CODES[d]))),
    online: write('online', state.online, base.online, String),
    order: write('order', state.order, base.order, (order) => order ?? ''),
    tab: state.tab === 'closed' ? 'past' : null,
    course: presets.courseId === null ? toParam(state.courseId, base.courseId, (id) => (id === null ? '' : String(id))) : null,
  };
}

/** Regions whose people measure road distances in miles. */
const MILE_REGIONS = new Set(['US', 'GB', 'LR', 'MM']);

/**
 * Languages whose likely region (CLDR's likely subtags, what `Intl.Locale#maximize` gives) uses
 * miles: `en` → US, `my` → MM, `cy` → GB…
 */
const MILE_LANGUAGES = new Set(['en', 'my', 'cy', 'gd', 'kw', 'haw', 'chr', 'nv', 'vai']);

/**
 * True when the locale (or the region it implies: `en` → US) uses miles. Read from the tag itself:
 * `Intl.Locale#maximize` costs a tenth of a second on a phone, before the first results.
 */
export function usesMiles(locale: string): boolean {
  const tag = /^([a-z]{2,3})(?:-[a-z]{4})?(?:-([a-z]{2}|\d{3}))?(?:-|$)/i.exec(locale.replace(/_/g, '-'));
  if (!tag) return false;
  const region = tag[2];
  return region ? MILE_REGIONS.has(region.toUpperCase()) : MILE_LANGUAGES.has(tag[1].toLowerCase());
}

export const KM_PER_MILE = 1.609344;

export interface DistanceChoice {
  /** What the learner sees, in `unit`. */
  amount: number;
  unit: 'kilometer' | 'mile';
  /** What the API gets. */
  km: number;
}

/** The distance choices for a locale: 5/10/25/50 miles or 10/25/50/100 km. */
export function distanceChoices(locale: string): DistanceChoice[] {
  if (usesMiles(locale)) {
    return [5, 10, 25, 50].map((amount) => ({ amount, unit: 'mile', km: Math.round(amount * KM_PER_MILE * 10) / 10 }));
  }
  return [10, 25, 50, 100].map((amount) => ({ amount, unit: 'kilometer', km: amount }));
}

/** The default distance: 10 miles (as P2PU's search) or 25 km. */
export function defaultDistanceKm(locale: string): number {
  return distanceChoices(locale)[1].km;
}

/** The choice closest to a distance in km. */
export function closestChoice(choices: DistanceChoice[], km: number): DistanceChoice {
  return choices.reduce((best, c) => (Math.abs(c.km - km) < Math.abs(best.km - km) ? c : best), choices[0]);
}

/** A position rounded to about 1 km: enough for a search box of ±8 km or more, kinder to privacy. */
export function roundPlace(latitude: number, longitude: number): Place {
  return { latitude: Math.round(latitude * 100) / 100, longitude: Math.round(longitude * 100) / 100 };
}

export function sameState(a: FinderState, b: FinderState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
