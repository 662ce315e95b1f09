// The /api/ endpoints of the local P2PU server: same parameters, validation, messages,
// shapes and quirks as p2pu/learning-circles (see /work/shared/p2pu-api.md).
//
// Handlers are pure: they take a request context and return a descriptor
// ({status, json | empty, ...}); app.mjs turns it into an HTTP answer (headers,
// JSONP, CORS, faults). `throw new ServerError()` means "the real server crashes
// here with its HTML 500 page".

import { PyFloat, pyFloat, pyInt, truthy } from './pyjson.mjs';
import { COURSES_BY_ID, COURSE_LISTS, TEAMS, TOPIC_GUIDES } from './seed.mjs';
import { formatDay, jsWeekdayOf } from './time.mjs';
import { joinNames, languageInfo, translatedLanguageName } from './i18n.mjs';

export class ServerError extends Error {
  constructor(message = 'unhandled exception on the real server') {
    super(message);
    this.name = 'ServerError';
  }
}

/**
 * The real server's own error handling fails too, so its WSGI server answers a bare plain-text 500
 * ("A server error occurred.  Please contact the administrator.") that no Django middleware has seen:
 * no Vary, no Content-Language, no CORS headers (a browser on another origin cannot read it).
 */
export class PlainServerError extends Error {
  constructor(message = 'unhandled exception in the real server\'s error handler') {
    super(message);
    this.name = 'PlainServerError';
  }
}

/**
 * @typedef {object} Ctx
 * @property {string} method
 * @property {URLSearchParams} params query parameters (fault-injection ones removed)
 * @property {string} lang active language
 * @property {string} origin public origin for absolute URLs
 * @property {number} today UTC day number
 * @property {any[]} circles seed circles for today
 * @property {import('./signups.mjs').MemorySignupStore} store
 * @property {Uint8Array} [body]
 * @property {string|null} [requestOrigin]
 */

/** Last value of a parameter (Django's QueryDict.get), or undefined. */
function get(params, key) {
  const all = params.getAll(key);
  return all.length ? all[all.length - 1] : undefined;
}

// ---------------------------------------------------------------------------
// api/schema.py validators for query strings: empty or absent means "not given".

const validators = {
  integer: (v) => (pyInt(v) === null ? 'Not a valid integer' : null),
  float: (v) => (pyFloat(v) === null ? 'Not a valid float' : null),
  boolean: (v) => (v === 'true' || v === 'on' || v === 'false' ? null : 'Not a boolean value'),
  text: () => null,
};

function optional(check) {
  return (v) => (v === undefined || v === '' ? null : check(v));
}

function intCommaList(v) {
  if (!v) return null;
  for (const part of v.split(',')) {
    if (pyInt(part) === null) return 'Not a list of integers seperated by commas';
  }
  return null;
}

/** @param {Record<string,(v:string|undefined)=>string|null>} schema */
function validateQuery(schema, params) {
  /** @type {Record<string,string[]>} */
  const errors = {};
  for (const [field, check] of Object.entries(schema)) {
    const error = check(get(params, field));
    if (error) errors[field] = [error];
  }
  return Object.keys(errors).length ? errors : null;
}

const CIRCLE_ORDER_ERROR = "must be 'name', 'created_at', 'first_meeting_date', 'last_meeting_date', or 'start_date'";
const COURSE_ORDER_ERROR = "must be 'title', 'usage', 'created_at', or 'overall_rating'";

const CIRCLE_QUERY_SCHEMA = {
  latitude: optional(validators.float),
  longitude: optional(validators.float),
  distance: optional(validators.float),
  offset: optional(validators.integer),
  limit: optional(validators.integer),
  weekdays: intCommaList,
  user: optional(validators.boolean),
  scope: optional(validators.text),
  draft: optional(validators.boolean),
  team_id: optional(validators.integer),
  order: (v) =>
    v === undefined || ['name', 'start_date', 'created_at', 'first_meeting_date', 'last_meeting_date'].includes(v)
      ? null
      : CIRCLE_ORDER_ERROR,
  cu_credit: optional(validators.boolean),
  online: optional(validators.boolean),
};

const COURSE_QUERY_SCHEMA = {
  offset: optional(validators.integer),
  limit: optional(validators.integer),
  order: (v) => (v === undefined || ['title', 'usage', 'overall_rating', 'created_at'].includes(v) ? null : COURSE_ORDER_ERROR),
  user: optional(validators.boolean),
  include_unlisted: optional(validators.boolean),
  facilitator_guide: optional(validators.boolean),
  team: optional(validators.boolean),
  course_list: optional(validators.integer),
};

/** Integer query value the view converts without validation: crash when it is not one. */
function mustInt(v) {
  const n = pyInt(v ?? '');
  if (n === null) throw new ServerError(`int(${JSON.stringify(v)})`);
  return n;
}

function mustFloat(v) {
  const n = pyFloat(v ?? '');
  if (n === null) throw new ServerError(`float(${JSON.stringify(v)})`);
  return n;
}

// ---------------------------------------------------------------------------
// Full-text search: CustomSearchQuery + to_tsvector('simple', ...) as prefix matches.

const TSQUERY_STRIP = /[!'()|&:=,. \-<>@]+/g;

/**
 * Words of a q value, each a list of lexemes that must all prefix-match.
 * @returns {string[][]} empty when the query has no lexeme (matches nothing)
 */
function parseTsQuery(q) {
  const cleaned = q.replace(TSQUERY_STRIP, ' ').trim().toLowerCase();
  if (!cleaned) throw new ServerError('syntax error in tsquery');
  return cleaned
    .split(' ')
    .map((word) => word.match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((lexemes) => lexemes.length);
}

function tokens(...texts) {
  const out = new Set();
  for (const text of texts) for (const t of String(text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) out.add(t);
  return out;
}

function tsMatch(words, tokenSet) {
  if (!words.length) return false;
  return words.every((lexemes) => lexemes.every((lex) => [...tokenSet].some((t) => t.startsWith(lex))));
}

// ---------------------------------------------------------------------------
// Helpers shared by circle endpoints

/** django.utils.text.slugify(value, allow_unicode=True) */
export function slugify(value) {
  return String(value)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\s-]/gu, '')
    .replace(/[-\s]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
}

export function signupPath(circle, lang) {
  return `/${lang}/signup/${encodeURIComponent(slugify(circle.venue))}-${circle.id}/`;
}

function statusOf(c, today) {
  if (c.signupFlag && c.startDay > today) return 'upcoming';
  if (c.signupFlag && c.startDay <= today && today <= c.endDay) return 'in_progress';
  if (!c.signupFlag && c.endDay >= today) return 'closed';
  return 'completed';
}

/** Whether ?signup=open keeps the circle (note >= where the item's signup_open uses >). */
function signupOpenFilter(c, today) {
  return c.signupFlag && c.endDay >= today;
}

function nextMeetingDate(c, today) {
  if (c.draft) return null;
  if (c.endDay < today) return null;
  if (c.startDay >= today) return formatDay(c.startDay);
  const k = Math.ceil((today - c.startDay) / 7);
  const day = c.startDay + 7 * k;
  return day <= c.endDay ? formatDay(day) : null;
}

export function signupCount(c, store) {
  return c.seedSignups + store.countFor(c.id);
}

/** Serialise a circle as _map_to_json does (key order matters). */
export function circleItem(c, ctx, withNextMeeting) {
  const { origin, lang, today } = ctx;
  const item = {
    course: {
      id: c.course.id,
      title: c.course.title,
      provider: c.course.provider,
      link: c.course.link,
      course_page_url: `${origin}/${lang}/course/${c.course.id}/`,
    },
    id: c.id,
    name: c.name,
    facilitator: joinNames(c.facilitators, lang),
    facilitators: c.facilitators.slice(),
    venue: c.venue,
    venue_address: `${c.venueAddress}, ${c.city}`,
    venue_website: c.venueWebsite,
    city: c.city,
    region: c.region,
    country: c.country,
    country_en: c.countryEn,
    latitude: c.latitude,
    longitude: c.longitude,
    place_id: c.placeId,
    online: c.online,
    language: c.language,
    day: c.day,
    start_date: c.startDate,
    start_datetime: c.startDatetime,
    meeting_time: c.meetingTime,
    time_zone: c.timeZone,
    last_meeting_date: c.lastMeetingDate,
    end_time: c.endTime,
    weeks: c.weeks,
    url: `${origin}${signupPath(c, lang)}`,
    report_url: `${origin}/${lang}/studygroup/${c.id}/report/`,
    studygroup_path: `/${lang}/studygroup/${c.id}/`,
    draft: c.draft,
    signup_limit: c.signupLimit,
    signup_count: signupCount(c, ctx.store),
    signup_open: c.signupFlag && c.endDay > today,
  };
  if (c.image) item.image_url = `${origin}/media/${c.image}`;
  if (c.signupQuestion) item.signup_question = c.signupQuestion;
  if (withNextMeeting) item.next_meeting_date = nextMeetingDate(c, today);
  item.status = statusOf(c, today);
  return item;
}

function paginate(params, rows) {
  if (!params.has('offset') && !params.has('limit')) return { rows, page: null };
  const offset = pyInt(get(params, 'offset') ?? '0') ?? 0;
  const limit = pyInt(get(params, 'limit') ?? '100') ?? 100;
  // Django refuses negative slice bounds: AssertionError, HTTP 500.
  if (offset < 0 || offset + limit < 0) throw new ServerError('Negative indexing is not supported.');
  return { rows: rows.slice(offset, Math.max(offset, offset + limit)), page: { offset, limit } };
}

const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------------------
// GET /api/learningcircles/

/** @param {Ctx} ctx */
export function listCircles(ctx) {
  const { params, today } = ctx;
  const errors = validateQuery(CIRCLE_QUERY_SCHEMA, params);
  if (errors) return { json: { status: 'error', errors }, cache: true };
  const varyCookie = params.has('user');

  /** @type {any[]} */
  let circles;
  if (params.has('id')) {
    const id = mustInt(get(params, 'id'));
    circles = ctx.circles.filter((c) => c.id === id);
  } else if (params.has('draft')) {
    circles = ctx.circles.filter((c) => !c.deleted);
  } else {
    circles = ctx.circles.filter((c) => !c.deleted && !c.draft && !c.membersOnly);
  }
  circles.sort((a, b) => a.id - b.id);

  // rows: [circle, facilitator-or-null]; the q search joins facilitators (one row each, no DISTINCT)
  let rows = circles.map((c) => [c, null]);
  // user=: only for logged-in sessions; this server has none, so it is ignored (Vary: Cookie still added).

  let withNextMeeting = false;
  if (params.has('scope')) {
    const scope = get(params, 'scope');
    if (scope === 'active') {
      withNextMeeting = true;
      rows = rows.filter(([c]) => c.draft || c.endDay >= today);
    } else if (scope === 'upcoming') {
      withNextMeeting = true;
      rows = rows.filter(([c]) => c.draft || c.startDay > today);
    } else if (scope === 'current') {
      withNextMeeting = true;
      rows = rows.filter(([c]) => !c.draft && c.startDay <= today && today <= c.endDay);
    } else if (scope === 'completed') {
      rows = rows.filter(([c]) => !c.draft && c.endDay < today);
    }
  }

  const q = get(params, 'q');
  if (q) {
    const words = parseTsQuery(q);
    const expanded = [];
    for (const [c] of rows) {
      const common = [c.city, c.name, c.course.title, c.course.provider, c.course.keywordsRaw, c.venue, c.venueAddress, c.venueDetails];
      const facs = c.facilitators.length ? c.facilitators : [null];
      for (const f of facs) if (tsMatch(words, tokens(...common, f))) expanded.push([c, f]);
    }
    rows = expanded;
  }

  if (params.has('course_id')) {
    const courseId = mustInt(get(params, 'course_id'));
    rows = rows.filter(([c]) => c.course.id === courseId);
  }

  if (params.has('city')) {
    const city = get(params, 'city');
    rows = rows.filter(([c]) => c.city === city);
  }

  if (params.has('team_id')) {
    const teamId = mustInt(get(params, 'team_id'));
    rows = rows.filter(([c]) => c.teamId === teamId);
  }

  if (params.has('active')) {
    const active = get(params, 'active') === 'true';
    rows = rows.filter(([c]) => (c.endDay >= today) === active);
  }

  if (params.has('latitude') && params.has('longitude')) {
    const latitude = mustFloat(get(params, 'latitude'));
    const longitude = mustFloat(get(params, 'longitude'));
    const distance = pyFloat(get(params, 'distance') || '50') ?? 50;
    const [latDelta, lonDelta] = latLonDelta(latitude, distance);
    const latMin = pyMax(-90, latitude - latDelta);
    const latMax = pyMin(90, latitude + latDelta);
    const lonMin = pyMax(-180, longitude - lonDelta);
    const lonMax = pyMin(180, longitude + lonDelta);
    rows = rows.filter(([c]) => {
      if (c.latitude === null || c.longitude === null) return false;
      const lat = Number(c.latitude);
      const lon = Number(c.longitude);
      return lat >= latMin && lat <= latMax && lon >= lonMin && lon <= lonMax;
    });
  }

  if (params.has('topics')) {
    const topics = get(params, 'topics').toLowerCase().split(',');
    rows = rows.filter(([c]) => {
      const keywords = c.course.keywordsRaw.toLowerCase();
      return topics.some((t) => keywords.includes(t));
    });
  }

  if (params.has('weekdays')) {
    const weekdays = get(params, 'weekdays').split(',').map(mustInt);
    // Django's __week_day is 1 = Sunday ... 7 = Saturday; the view sends int(n) + 2 % 7, i.e. n + 2:
    // 0 = Monday ... 5 = Saturday, 6 (Sunday) never matches and -1 happens to match Sunday.
    rows = rows.filter(([c]) => weekdays.some((n) => n + 2 === jsWeekdayOf(c.startDay) + 1));
  }

  if (params.has('online')) {
    const online = get(params, 'online');
    // online= filters on NULL, which matches nothing
    rows = online === '' ? [] : rows.filter(([c]) => c.online === (online !== 'false'));
  }

  if (get(params, 'cu_credit') === 'true' || get(params, 'cu_credit') === 'on') {
    rows = rows.filter(([c]) => c.cuCredit);
  }

  const openCount = rows.filter(([c]) => signupOpenFilter(c, today)).length;
  const signupOpenCount = openCount;
  const signupClosedCount = rows.length - openCount;

  if (params.has('signup')) {
    const open = get(params, 'signup') === 'open';
    rows = rows.filter(([c]) => signupOpenFilter(c, today) === open);
  }

  const order = get(params, 'order');
  if (order === 'name') rows.sort(([a], [b]) => byText(a.name, b.name));
  else if (order === 'start_date') rows.sort(([a], [b]) => b.startDay - a.startDay);
  else if (order === 'created_at') rows.sort(([a], [b]) => b.createdAt - a.createdAt || b.id - a.id);
  else if (order === 'first_meeting_date') rows.sort(([a], [b]) => a.startDay - b.startDay);
  else if (order === 'last_meeting_date') rows.sort(([a], [b]) => b.endDay - a.endDay);

  /** @type {Record<string, unknown>} */
  const data = { count: rows.length, signup_open_count: signupOpenCount, signup_closed_count: signupClosedCount };
  const { rows: pageRows, page } = paginate(params, rows);
  if (page) Object.assign(data, page);
  data.items = pageRows.map(([c]) => circleItem(c, ctx, withNextMeeting));
  return { json: data, cache: true, varyCookie };
}

/** api/geo.py getLatLonDelta */
function latLonDelta(lat, distance) {
  const earthRadius = 6366.0;
  const kmPerLat = (2 * Math.PI * earthRadius) / 360.0;
  const latDelta = pyMin(distance / kmPerLat, 180);
  const kmPerLonMid = kmPerLat * Math.cos((lat * Math.PI) / 180);
  const lonDelta = pyMin(distance / pyMax(0.001, kmPerLonMid), 360);
  return [latDelta, lonDelta];
}

// Python's max()/min() with NaN: the first argument wins unless the second compares greater/smaller.
const pyMax = (a, b) => (b > a ? b : a);
const pyMin = (a, b) => (b < a ? b : a);

// ---------------------------------------------------------------------------
// GET /api/learningcircles/topics/, /cities/, /api/learning-circles-map/

const isPublished = (c) => !c.deleted && !c.draft;

/** @param {Ctx} ctx */
export function circleTopics(ctx) {
  const courseIds = new Set(ctx.circles.filter((c) => isPublished(c) && c.endDay >= ctx.today).map((c) => c.course.id));
  /** @type {Record<string, number>} */
  const topics = {};
  for (const course of COURSES_BY_ID.values()) {
    if (course.unlisted || !courseIds.has(course.id) || course.keywordsRaw === '') continue;
    for (const item of course.keywordsRaw.split(',')) {
      const key = item.trim().toLowerCase();
      topics[key] = (topics[key] ?? 0) + 1;
    }
  }
  return { json: { topics } };
}

/** @param {Ctx} ctx */
export function circleCities(ctx) {
  const cities = [...new Set(ctx.circles.filter((c) => isPublished(c) && c.city.length > 1).map((c) => c.city))].sort(byText);
  return { json: { count: cities.length, items: cities.map((city) => ({ label: city, value: city })) } };
}

/** @param {Ctx} ctx */
export function circleMap(ctx) {
  const items = ctx.circles
    .filter(isPublished)
    .sort((a, b) => a.id - b.id)
    .map((c) => {
      const active = c.endDay > ctx.today;
      const item = {
        id: c.id, title: c.name, latitude: c.latitude, longitude: c.longitude, city: c.city, start_date: c.startDate, active,
      };
      if (active) item.url = `${ctx.origin}${signupPath(c, ctx.lang)}`;
      else if (c.surveys) item.report_url = `${ctx.origin}/${ctx.lang}/studygroup/${c.id}/report/`;
      return item;
    });
  return { json: { items } };
}

// ---------------------------------------------------------------------------
// GET /api/teams/ and /api/teams/<id>/

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** created_at.strftime("%B %Y"): English month names whatever the request language. */
function monthYear(isoDay) {
  const [year, month] = isoDay.split('-');
  return `${MONTHS[Number(month) - 1]} ${year}`;
}

/** Python truthiness of a DecimalField value: null and 0 are false. */
const decimalSet = (value) => value !== null && value !== undefined && Number(value) !== 0;

/** Serialise a team as serialize_team_data does (key order matters). */
export function teamItem(team, ctx) {
  const { origin } = ctx;
  /** @type {Record<string, unknown>} */
  const item = {
    id: team.id,
    name: team.name,
    subtitle: team.subtitle,
    page_slug: team.slug,
    member_count: team.members.length,
    zoom: team.zoom,
    date_established: monthYear(team.created),
    intro_text: team.intro,
    website: team.website,
    email_address: team.email,
    location: team.location,
    facilitators: team.members.map((m) => {
      const f = { first_name: m.name, city: m.city, bio: m.bio, contact_url: m.contact, role: m.role };
      if (m.avatar) f.avatar_url = `${origin}/media/${m.avatar}`;
      return f;
    }),
    membership: team.membership,
    // circles created by active members; in the seed, the team's circles (drafts and deleted ones left out)
    studygroup_count: ctx.circles.filter((c) => c.teamId === team.id && isPublished(c)).length,
  };
  if (team.image) item.image_url = `${origin}/media/${team.image}`;
  if (team.logo) item.logo_url = `${origin}/media/${team.logo}`;
  if (decimalSet(team.latitude) && decimalSet(team.longitude)) {
    item.coordinates = { longitude: team.longitude, latitude: team.latitude };
  }
  return item;
}

/** @param {Ctx} ctx */
export function listTeams(ctx) {
  const { params } = ctx;
  let teams = Object.values(TEAMS).sort((a, b) => byText(a.name, b.name));
  // count is taken before the image filter (TeamListView), so ?image=true can say 7 with 1 item
  /** @type {Record<string, unknown>} */
  const data = { count: teams.length };
  if (get(params, 'image') === 'true') teams = teams.filter((t) => t.image);
  const { rows, page } = paginate(params, teams);
  if (page) Object.assign(data, page);
  data.items = rows.map((t) => teamItem(t, ctx));
  return { json: data };
}

/**
 * @param {Ctx} ctx
 * @param {number} id from the path (`teams/(?P<team_id>[\d]+)/`)
 */
export function teamDetail(ctx, id) {
  const team = Object.hasOwn(TEAMS, String(id)) ? TEAMS[id] : null;
  // get_object() raises Http404; on the recorded server rendering that 404 failed in turn (plain-text 500)
  if (!team) throw new PlainServerError(`No team found matching the query (id ${id})`);
  // the view checks request.user, which touches the session: Vary: Cookie
  return { json: { item: teamItem(team, ctx) }, varyCookie: true };
}

// ---------------------------------------------------------------------------
// GET /api/courses/ and friends

function courseCircleCount(course, circles) {
  return course.past + circles.filter((c) => c.course.id === course.id && !c.deleted).length;
}

export function courseItem(course, ctx, learningCircles) {
  const { origin, lang } = ctx;
  return {
    id: course.id,
    title: course.title,
    format: course.format,
    provider: course.provider,
    platform: course.platform,
    creator: course.provider,
    link: course.link,
    caption: course.caption,
    on_demand: course.on_demand,
    keywords: course.keywordsRaw ? course.keywordsRaw.split(',').map((k) => k.trim()) : [],
    topics: course.topicSlugs.map((slug) => TOPIC_GUIDES[slug]),
    language: course.language,
    language_display: translatedLanguageName(course.language, lang),
    overall_rating: new PyFloat(course.overall_rating),
    total_ratings: course.total_ratings,
    rating_step_counts: course.rating_step_counts,
    course_page_url: `${origin}/${lang}/course/${course.id}/`,
    course_page_path: `/${lang}/course/${course.id}/`,
    course_edit_path: `/${lang}/course/${course.id}/edit/`,
    created_at: course.created_at,
    unlisted: course.unlisted,
    learning_circles: learningCircles,
  };
}

/** @param {Ctx} ctx */
export function listCourses(ctx) {
  const { params, today } = ctx;
  const errors = validateQuery(COURSE_QUERY_SCHEMA, params);
  if (errors) return { json: { status: 'error', errors } };

  const team = get(params, 'team');
  if (team === 'true' || team === 'on') throw new ServerError('anonymous user has no team');

  let courses = [...COURSES_BY_ID.values()].filter((c) => !c.archived);
  const hasCourseId = params.has('course_id');
  if (!hasCourseId) courses = courses.filter((c) => !c.unlisted);
  let rows = courses.map((course) => ({ course, lc: courseCircleCount(course, ctx.circles) }));

  // user=: anonymous callers get the courses that have no creator
  if (params.has('user')) rows = rows.filter(({ course }) => !course.hasCreator);

  if (hasCourseId) {
    const id = mustInt(get(params, 'course_id'));
    rows = rows.filter(({ course }) => course.id === id);
  }

  const courseList = get(params, 'course_list');
  if (courseList) {
    const ids = COURSE_LISTS[pyInt(courseList)] ?? [];
    rows = rows.filter(({ course }) => ids.includes(course.id));
  }

  const q = get(params, 'q');
  if (q) {
    const words = parseTsQuery(q);
    rows = rows.filter(({ course }) => tsMatch(words, tokens(course.keywordsRaw, course.title, course.caption, course.provider)));
  }

  let topicFanOut = null;
  if (params.has('topics')) {
    const slugs = get(params, 'topics').toLowerCase().split(',');
    topicFanOut = new Map();
    rows = rows.filter(({ course }) => {
      const n = course.topicSlugs.filter((s) => slugs.includes(s)).length;
      topicFanOut.set(course.id, n);
      return n > 0;
    });
  }

  if (params.has('keywords')) {
    const values = get(params, 'keywords').toLowerCase().split(',').filter(Boolean);
    if (!values.length) throw new ServerError('reduce() of empty sequence');
    rows = rows.filter(({ course }) => values.some((v) => course.keywordsRaw.toLowerCase().includes(v)));
  }

  if (params.has('languages')) {
    const languages = get(params, 'languages').split(',');
    rows = rows.filter(({ course }) => languages.includes(course.language));
  }

  if (get(params, 'oer') === 'true') rows = rows.filter(({ course }) => course.oer);

  const guide = get(params, 'facilitator_guide');
  if (guide === 'true' || guide === 'on') rows = rows.filter(({ course }) => course.facilitatorGuide);

  if (params.has('active')) {
    const active = get(params, 'active') === 'true';
    const published = ctx.circles.filter(isPublished);
    const ids = new Set(published.filter((c) => (c.endDay >= today) === active).map((c) => c.course.id));
    rows = rows.filter(({ course }) => ids.has(course.id));
  }

  const order = get(params, 'order');
  if (order === 'usage' && topicFanOut) {
    // join fan-out: the Sum() counts each circle once per matching topic guide
    rows = rows.map((r) => ({ ...r, lc: r.lc * (topicFanOut.get(r.course.id) ?? 1) }));
  }
  if (order === undefined || order === 'title') rows.sort((a, b) => byText(a.course.title, b.course.title));
  else if (order === 'usage') rows.sort((a, b) => b.lc - a.lc || byText(a.course.title, b.course.title));
  else if (order === 'overall_rating') {
    rows.sort(
      (a, b) =>
        b.course.overall_rating - a.course.overall_rating ||
        b.course.total_ratings - a.course.total_ratings ||
        byText(a.course.title, b.course.title),
    );
  } else if (order === 'created_at') rows.sort((a, b) => byText(b.course.created_at, a.course.created_at));

  /** @type {Record<string, unknown>} */
  const data = { count: rows.length };
  const { rows: pageRows, page } = paginate(params, rows);
  if (page) Object.assign(data, page);
  data.items = pageRows.map(({ course, lc }) => courseItem(course, ctx, lc));
  return { json: data, varyCookie: !hasCourseId || params.has('user') };
}

/** @param {Ctx} _ctx */
export function courseTopics(_ctx) {
  return { json: { topics: { ...TOPIC_GUIDES } } };
}

/** @param {Ctx} ctx */
export function courseLanguages(ctx) {
  const codes = new Set();
  for (const course of COURSES_BY_ID.values()) if (!course.unlisted) codes.add(course.language);
  // The real server iterates a Python set: the order is arbitrary. Here it is stable but not sorted.
  const languages = [...codes].reverse().map((code) => languageInfo(code, ctx.lang)).filter(Boolean);
  return { json: { languages } };
}

// ---------------------------------------------------------------------------
// POST /api/signup/

const EMAIL_USER_RE =
  // eslint-disable-next-line no-control-regex
  /^(?:[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(?:\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*$|^"(?:[\x01-\x08\x0b\x0c\x0e-\x1f!#-[\]-\x7f]|\\[\x01-\x09\x0b\x0c\x0e-\x7f])*"$)/i;
const EMAIL_DOMAIN_RE = /^(?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+(?:[A-Z0-9-]{2,63}(?<!-))$/i;

/** api/schema.py email(): exactly one at-sign, Django's user and domain patterns, no trimming. */
export function isValidEmail(email) {
  if (typeof email !== 'string') throw new ServerError("'email' is not a string");
  const parts = email.split('@');
  if (parts.length !== 2) return false;
  return EMAIL_USER_RE.test(parts[0]) && EMAIL_DOMAIN_RE.test(parts[1]);
}

// National significant number lengths by country calling code (subset of libphonenumber metadata).
const PHONE_LENGTHS = {
  1: [10], 7: [10], 20: [8, 9, 10], 27: [9], 30: [10], 31: [9], 32: [8, 9], 33: [9], 34: [9], 36: [8, 9], 39: [6, 7, 8, 9, 10, 11],
  40: [9], 41: [9], 43: [4, 5, 6, 7, 8, 9, 10, 11, 12, 13], 44: [9, 10], 45: [8], 46: [7, 8, 9], 47: [8], 48: [9],
  49: [6, 7, 8, 9, 10, 11, 12, 13], 51: [8, 9], 52: [10], 53: [8], 54: [10, 11], 55: [10, 11], 56: [9], 57: [8, 10],
  58: [10], 60: [8, 9, 10], 61: [9], 62: [8, 9, 10, 11, 12], 63: [8, 9, 10], 64: [8, 9, 10], 65: [8], 66: [8, 9],
  81: [9, 10], 82: [8, 9, 10], 84: [9, 10], 86: [10, 11], 90: [10], 91: [10], 92: [9, 10], 93: [9], 94: [9], 95: [8, 9, 10],
  98: [10], 212: [9], 213: [8, 9], 216: [8], 220: [7], 221: [9], 225: [10], 230: [7, 8], 233: [9], 234: [8, 10],
  237: [9], 250: [9], 251: [9], 254: [9, 10], 255: [9], 256: [9], 260: [9], 263: [9], 264: [8, 9], 265: [9],
  351: [9], 352: [8, 9], 353: [9], 354: [7, 9], 355: [9], 356: [8], 357: [8], 358: [6, 7, 8, 9, 10, 11, 12], 359: [8, 9],
  370: [8], 371: [8], 372: [7, 8], 380: [9], 381: [8, 9], 385: [8, 9], 386: [8], 420: [9], 421: [9], 501: [7],
  502: [8], 503: [8], 504: [8], 505: [8], 506: [8], 507: [8], 591: [8], 593: [8, 9], 595: [9], 598: [8],
  852: [8], 853: [8], 855: [8, 9], 880: [10], 886: [8, 9], 960: [7], 961: [7, 8], 962: [8, 9], 963: [9], 964: [10],
  965: [8], 966: [9], 967: [9], 968: [8], 970: [9], 971: [8, 9], 972: [8, 9], 973: [8], 974: [8], 977: [10],
};

/**
 * phonenumbers.parse(mobile, None) + is_valid_number(), approximated: a leading '+',
 * a known country calling code and a national number of a valid length for it.
 */
export function isValidMobile(mobile) {
  if (typeof mobile !== 'string') return false;
  const text = mobile.trim();
  if (!text.startsWith('+')) return false;
  if (!/^\+[\d\s().\-/]+$/.test(text)) return false;
  const digits = text.replace(/\D/g, '');
  for (const len of [1, 2, 3]) {
    const cc = Number(digits.slice(0, len));
    const lengths = PHONE_LENGTHS[cc];
    if (lengths && digits.length > len) {
      const national = digits.slice(len);
      if (cc === 1) return /^[2-9]\d{2}[2-9]\d{6}$/.test(national);
      return lengths.includes(national.length) && !national.startsWith('0');
    }
  }
  return false;
}

function schemaBoolean(value) {
  if (value === 'true' || value === 'on') return { value: true };
  if (value === 'false') return { value: false };
  if (typeof value !== 'boolean') return { error: 'Not a boolean value' };
  return { value };
}

/** @param {Ctx} ctx */
export async function signup(ctx) {
  let data;
  try {
    data = JSON.parse(new TextDecoder().decode(ctx.body ?? new Uint8Array(0)));
  } catch {
    throw new ServerError('json.loads failed');
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ServerError("'data' has no attribute 'get'");

  /** @type {Record<string, unknown>} */
  const errors = {};
  /** @type {any} */
  const clean = {};
  const required = (v) => !truthy(v) && v !== false;

  // learning_circle: chain([integer(), exists], required=True)
  const lc = data.learning_circle;
  let circle = null;
  if (required(lc)) errors.learning_circle = ['Field is required'];
  else {
    const id = pyInt(lc);
    if (id === null) errors.learning_circle = ['Not a valid integer'];
    else {
      circle = ctx.circles.find((c) => c.id === id) ?? null;
      if (!circle) errors.learning_circle = ['No matching learning circle exists'];
    }
  }

  // name: text(required=True)
  if (required(data.name)) errors.name = ['Field is required'];
  else clean.name = data.name;

  // email: email(required=True)
  if (required(data.email)) errors.email = ['Field is required'];
  else if (!isValidEmail(data.email)) errors.email = ['Invalid email address'];
  else clean.email = data.email;

  // communications_opt_in: boolean()
  if (!required(data.communications_opt_in)) {
    const r = schemaBoolean(data.communications_opt_in);
    if (r.error) errors.communications_opt_in = [r.error];
    else clean.communications_opt_in = r.value;
  }

  // consent: chain([boolean(), must be true], required=True)
  if (required(data.consent)) errors.consent = ['Field is required'];
  else {
    const r = schemaBoolean(data.consent);
    if (r.error) errors.consent = [r.error];
    else if (!r.value) errors.consent = ['Consent is needed to sign up'];
  }

  // mobile: mobile()
  if (truthy(data.mobile)) {
    if (!isValidMobile(data.mobile)) errors.mobile = ['Not a valid phone number'];
    else clean.mobile = data.mobile;
  }

  // signup_questions: schema({goals: text(required), support: text(required), custom_question: text()}, required=True)
  const sq = data.signup_questions;
  if (!truthy(sq)) errors.signup_questions = ['Field is required'];
  else {
    if (typeof sq !== 'object' || Array.isArray(sq)) throw new ServerError("'signup_questions' has no attribute 'get'");
    const nested = {};
    const answers = {};
    for (const key of ['goals', 'support']) {
      if (required(sq[key])) nested[key] = ['Field is required'];
      else answers[key] = sq[key];
    }
    if (truthy(sq.custom_question)) answers.custom_question = sq.custom_question;
    if (Object.keys(nested).length) errors.signup_questions = [nested];
    else clean.signup_questions = answers;
  }

  if (Object.keys(errors).length) return { json: { status: 'error', errors } };

  if (circle.signupQuestion && !truthy(clean.signup_questions.custom_question)) {
    return { json: { status: 'error', errors: { signup_questions: [{ custom_question: ['Field is required'] }] } } };
  }

  const name = typeof clean.name === 'string' ? clean.name : JSON.stringify(clean.name);
  // varchar(128) / varchar(20) columns: the database refuses longer values (HTTP 500).
  if (name.length > 128) throw new ServerError('value too long for type character varying(128)');
  const mobile = clean.mobile ?? '';
  if (mobile.length > 20) throw new ServerError('value too long for type character varying(20)');

  const answers = Object.fromEntries(
    Object.entries(clean.signup_questions).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
  await ctx.store.upsert({
    learning_circle: circle.id,
    name,
    email: clean.email,
    mobile,
    communications_opt_in: clean.communications_opt_in ?? false,
    signup_questions: answers,
    origin: ctx.requestOrigin ?? null,
  });
  return { json: { status: 'created' } };
}

/** Shapes of the `empty` fault: the endpoint's answer with nothing in it. */
export function emptyAnswer(pathname, params) {
  const page = params.has('offset') || params.has('limit')
    ? { offset: pyInt(get(params, 'offset') ?? '0') ?? 0, limit: pyInt(get(params, 'limit') ?? '100') ?? 100 }
    : {};
  switch (pathname) {
    case '/api/learningcircles/':
      return { count: 0, signup_open_count: 0, signup_closed_count: 0, ...page, items: [] };
    case '/api/courses/':
    case '/api/teams/':
      return { count: 0, ...page, items: [] };
    case '/api/learningcircles/cities/':
      return { count: 0, items: [] };
    case '/api/learningcircles/topics/':
    case '/api/courses/topics/':
      return { topics: {} };
    case '/api/courses/languages/':
      return { languages: [] };
    case '/api/learning-circles-map/':
      return { items: [] };
    default:
      return null;
  }
}
