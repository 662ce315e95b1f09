// The local P2PU API's request handling: routing, headers, JSONP, CORS, fault injection. It imports
// nothing from Node, so the same code answers over HTTP (app.mjs) and inside a browser, where
// Storybook's Mock Service Worker handlers call it (stories/mock-api.ts).
//
//   const api = createApiHandler({ cors: 'open', store: new MemorySignupStore(), publicOrigin: 'https://…' });
//   const reply = await api.handle({ method: 'GET', url: '/api/learningcircles/?limit=5', headers: {} });
//   // reply: { status, headers: [name, value][], body: Uint8Array }, or null for a request that never gets an answer

import {
  PlainServerError, ServerError, circleCities, circleItem, circleMap, circleTopics, courseItem, courseLanguages, courseTopics,
  emptyAnswer, listCircles, listCourses, listTeams, signup, signupCount, signupPath, teamDetail,
} from './api.mjs';
import { buildSeed, COURSES_BY_ID, TEAMS, TOPIC_GUIDES } from './seed.mjs';
import { dayNumberOf, formatDay } from './time.mjs';
import { pickLanguage, SUPPORTED_LANGUAGES } from './i18n.mjs';
import { pyDumps } from './pyjson.mjs';
import { escapeHtml, mediaSvg, notFoundPage, page, safeHref, serverErrorPage } from './html.mjs';

// django-cors-headers settings of p2pu/learning-circles
const P2PU_ALLOWED_ORIGINS = ['https://www.p2pu.org', 'https://p2pu.github.io'];
const P2PU_ALLOWED_ORIGIN_REGEX = /^https:\/\/.*\.p2pu\.org$/;
const CORS_ALLOW_METHODS = 'DELETE, GET, OPTIONS, PATCH, POST, PUT';
const CORS_ALLOW_HEADERS =
  'accept, accept-encoding, authorization, content-type, dnt, origin, user-agent, x-csrftoken, x-requested-with';

const FAULTS = ['slow', 'hang', 'html500', 'malformed', 'empty', 'envelope', 'none', 'nopreflight', 'twice', 'throw', 'hijack'];
/** Hostile JSONP answers (issue 16): what an endpoint the page trusts could answer. */
const HOSTILE_JSONP = ['twice', 'throw', 'hijack'];
const SLOW_MS = 10_000;
const encoder = new TextEncoder();

/**
 * @typedef {object} ApiHandlerOptions
 * @property {'open'|'p2pu'} [cors] 'p2pu' reproduces the production allow-list; 'open' allows every origin
 * @property {import('./signups.mjs').MemorySignupStore} store where signups are kept
 * @property {boolean} [faults] enable fault injection (__fault/__latency params, /__faults)
 * @property {number} [latencyMs] latency added to every /api/ answer
 * @property {() => Date} [now] clock (the server's "today" is its UTC date)
 * @property {string | (() => string)} [publicOrigin] start of absolute URLs in answers (default http://localhost:8787)
 * @property {number} [slowMs] delay of the `slow` fault (default 10 s)
 * @property {Pick<Console,'warn'|'error'>} [log]
 */

/**
 * @typedef {object} Answer
 * @property {number} [status]
 * @property {unknown} [json] JSON body (JSONP when callback= is present)
 * @property {string} [html] HTML body
 * @property {string|Uint8Array} [raw] other body, with contentType
 * @property {string} [contentType]
 * @property {boolean} [cache] Cache-Control: max-age=900
 * @property {boolean} [varyCookie]
 * @property {string[]} [vary] explicit Vary list (default Accept-Language, Origin [, Cookie])
 * @property {boolean} [noLanguage] no Content-Language header
 * @property {boolean} [noFrameOptions] no X-Frame-Options header
 * @property {string} [language] Content-Language when it is not the negotiated one (language-prefixed pages)
 * @property {[string,string][]} [headers] extra headers
 */

/**
 * @typedef {object} ApiRequest
 * @property {string} method
 * @property {string} url path and query, as sent (`/api/learningcircles/?q=python`)
 * @property {Record<string, string | string[] | undefined>} headers lower-case names
 * @property {Uint8Array} [body]
 * @property {boolean} [bodyTooLarge] the body was refused for its size (Django answers 400)
 */

/**
 * @typedef {object} ApiReply
 * @property {number} status
 * @property {[string, string][]} headers
 * @property {Uint8Array} body
 */

/** @param {ApiHandlerOptions} options */
export function createApiHandler(options) {
  const cors = options.cors ?? 'open';
  if (cors !== 'open' && cors !== 'p2pu') throw new TypeError(`cors must be 'open' or 'p2pu', got ${cors}`);
  const faultsEnabled = Boolean(options.faults);
  const latencyMs = Math.max(0, Number(options.latencyMs) || 0);
  const now = options.now ?? (() => new Date());
  const slowMs = options.slowMs ?? SLOW_MS;
  const log = options.log ?? console;
  const store = options.store;

  /** @type {{fault:string, path:string, times:number|null, latencyMs:number}[]} */
  let faultRules = [];
  let seedCache = { day: NaN, circles: /** @type {any[]} */ ([]) };
  const timers = new Set();
  let closing = false;

  function publicOrigin() {
    const origin = typeof options.publicOrigin === 'function' ? options.publicOrigin() : options.publicOrigin;
    return (origin ?? 'http://localhost:8787').replace(/\/+$/, '');
  }

  /** Stops every pending delay; requests waiting on one never get an answer. */
  function close() {
    closing = true;
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  }

  function seedFor(today) {
    if (seedCache.day !== today) seedCache = { day: today, circles: buildSeed(today) };
    return seedCache.circles;
  }

  function delay(ms) {
    return new Promise((resolve) => {
      if (closing) return;
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve(undefined);
      }, ms);
      timers.add(timer);
    });
  }

  function originAllowed(origin) {
    if (cors === 'open') return true;
    return P2PU_ALLOWED_ORIGINS.includes(origin) || P2PU_ALLOWED_ORIGIN_REGEX.test(origin);
  }

  /**
   * An answer with Django's header set, then django-cors-headers' additions.
   * @param {Answer} answer
   * @param {{origin?:string, preflight?:boolean, lang:string, callback?:string|null, permissiveCors?:boolean}} meta
   * @returns {ApiReply}
   */
  function reply(answer, meta) {
    /** @type {string|Uint8Array} */
    let body = '';
    let contentType = answer.contentType ?? 'text/html; charset=utf-8';
    if (answer.json !== undefined) {
      body = pyDumps(answer.json);
      contentType = 'application/json';
      if (typeof meta.callback === 'string') {
        body = `${meta.callback}(${body});`;
        contentType = 'text/javascript';
      }
    } else if (answer.html !== undefined) {
      body = answer.html;
    } else if (answer.raw !== undefined) {
      body = answer.raw;
    }
    const bytes = typeof body === 'string' ? encoder.encode(body) : body;
    /** @type {[string, string][]} */
    const headers = [['Content-Type', contentType]];
    if (answer.cache) headers.push(['Cache-Control', 'max-age=900']);
    for (const h of answer.headers ?? []) headers.push(h);
    if (!answer.noFrameOptions) headers.push(['X-Frame-Options', 'DENY']);
    const vary = answer.vary ?? ['Accept-Language', 'Origin', ...(answer.varyCookie ? ['Cookie'] : [])];
    headers.push(['Vary', vary.join(', ')]);
    if (!answer.noLanguage) headers.push(['Content-Language', answer.language ?? meta.lang]);
    headers.push(['Content-Length', String(bytes.length)]);
    const origin = meta.origin;
    if (origin !== undefined) {
      if (meta.permissiveCors) {
        headers.push(['Access-Control-Allow-Origin', origin]);
        headers.push(['Access-Control-Allow-Credentials', 'true']);
        if (meta.preflight) {
          headers.push(['Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS']);
          headers.push(['Access-Control-Allow-Headers', 'content-type']);
          headers.push(['Access-Control-Max-Age', '600']);
        }
      } else {
        // django-cors-headers 4.3.1 as deployed: credentials always, origin only when allowed
        headers.push(['Access-Control-Allow-Credentials', 'true']);
        if (originAllowed(origin)) {
          headers.push(['Access-Control-Allow-Origin', origin]);
          if (meta.preflight) {
            headers.push(['Access-Control-Allow-Headers', CORS_ALLOW_HEADERS]);
            headers.push(['Access-Control-Allow-Methods', CORS_ALLOW_METHODS]);
            headers.push(['Access-Control-Max-Age', '86400']);
          }
        }
      }
    }
    headers.push(['X-Content-Type-Options', 'nosniff']);
    headers.push(['Referrer-Policy', 'same-origin']);
    headers.push(['Cross-Origin-Opener-Policy', 'same-origin']);
    return { status: answer.status ?? 200, headers, body: bytes };
  }

  // -------------------------------------------------------------------------
  // Routing

  const API_ROUTES = {
    '/api/learningcircles/': { methods: ['GET'], handler: listCircles },
    '/api/learningcircles/topics/': { methods: ['GET'], handler: circleTopics },
    '/api/learningcircles/cities/': { methods: null, handler: circleCities },
    '/api/courses/': { methods: ['GET'], handler: listCourses },
    '/api/courses/topics/': { methods: ['GET'], handler: courseTopics },
    '/api/courses/languages/': { methods: ['GET'], handler: courseLanguages },
    '/api/learning-circles-map/': { methods: ['GET'], handler: circleMap },
    '/api/teams/': { methods: ['GET'], handler: listTeams },
    '/api/signup/': { methods: ['POST'], handler: signup },
  };
  /** API paths with an id in them: [pattern, route]; the handler gets the match as its second argument. */
  const API_PATTERN_ROUTES = [
    [/^\/api\/teams\/(\d+)\/$/, { methods: ['GET'], handler: (ctx, m) => teamDetail(ctx, Number(m[1])) }],
  ];

  const LANGS = SUPPORTED_LANGUAGES.join('|');
  const PAGE_ROUTES = [
    [new RegExp(`^/(${LANGS})/signup/([^/]*)-(\\d+)/$`, 'u'), (m, ctx) => signupStandIn(Number(m[3]), m[1], ctx)],
    [new RegExp(`^/(${LANGS})/course/(\\d+)/$`), (m, ctx) => courseStandIn(Number(m[2]), m[1], ctx)],
    [new RegExp(`^/(${LANGS})/course/(\\d+)/edit/$`), (m, ctx) => courseStandIn(Number(m[2]), m[1], ctx)],
    [new RegExp(`^/(${LANGS})/studygroup/(\\d+)/$`), (m, ctx) => studygroupStandIn(Number(m[2]), m[1], ctx, false)],
    [new RegExp(`^/(${LANGS})/studygroup/(\\d+)/report/$`), (m, ctx) => studygroupStandIn(Number(m[2]), m[1], ctx, true)],
    [/^\/media\/([\w.-]+\.(?:svg|jpe?g|png))$/, (m) => mediaAnswer(m[1])],
    [/^\/$/, (_m, ctx) => indexPage(ctx)],
  ];

  function resolve(pathname) {
    if (Object.hasOwn(API_ROUTES, pathname)) return { api: API_ROUTES[pathname] };
    for (const [re, route] of API_PATTERN_ROUTES) {
      const m = /** @type {RegExp} */ (re).exec(pathname);
      if (m) return { api: route, match: m };
    }
    for (const [re, fn] of PAGE_ROUTES) {
      const m = /** @type {RegExp} */ (re).exec(pathname);
      if (m) return { page: fn, match: m };
    }
    return null;
  }

  /**
   * Answers one request; resolves to null when the request never gets an answer (the `hang` fault).
   * @param {ApiRequest} request
   * @returns {Promise<ApiReply | null>}
   */
  async function handle(request) {
    try {
      return await route(request);
    } catch (error) {
      log.error('[p2pu-api] unexpected error', error);
      return { status: 500, headers: [['Content-Type', 'text/html; charset=utf-8']], body: encoder.encode(serverErrorPage()) };
    }
  }

  /** @param {ApiRequest} req */
  async function route(req) {
    const rawUrl = req.url || '/';
    const q = rawUrl.indexOf('?');
    const rawPath = q === -1 ? rawUrl : rawUrl.slice(0, q);
    const rawQuery = q === -1 ? '' : rawUrl.slice(q + 1);
    let pathname;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      pathname = rawPath;
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    const lang = pickLanguage(req.headers);
    const preflight = method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;

    // Development endpoints (not part of the real API)
    if (pathname === '/__faults' && faultsEnabled) return faultControl(req, method, origin);
    if (pathname === '/__signups') return signupsPage(method, origin, rawQuery);

    // An endpoint with a fault prefix (`/__fault/hang/api/...`) fails every request of the widget
    // pointed at it, without touching the other widgets on the page (stories, tests).
    let prefixFault = null;
    const prefixed = faultsEnabled ? /^\/__fault\/([a-z0-9]+)(\/.*)$/.exec(pathname) : null;
    if (prefixed && FAULTS.includes(prefixed[1])) {
      prefixFault = prefixed[1];
      pathname = prefixed[2];
    }

    const params = new URLSearchParams(rawQuery);
    let requestFault = prefixFault;
    let requestLatency = 0;
    if (faultsEnabled) {
      const f = params.getAll('__fault').at(-1);
      if (f && FAULTS.includes(f)) requestFault = f;
      requestLatency = Math.max(0, Number(params.getAll('__latency').at(-1)) || 0);
    }
    params.delete('__fault');
    params.delete('__latency');
    const callback = params.has('callback') ? params.getAll('callback').at(-1) : null;
    const isApi = pathname.startsWith('/api/');

    if (preflight) {
      // answered by the CORS middleware before any view runs
      if (isApi && latencyMs) await delay(latencyMs);
      // `nopreflight`: a proxy that adds CORS headers to its answers but refuses preflights, so a
      // page can GET but never send a JSON POST (a signup)
      const refused = requestFault === 'nopreflight';
      return reply({ vary: ['Origin'], noLanguage: true, noFrameOptions: true }, { origin: refused ? undefined : origin, preflight: true, lang });
    }

    // Fault selection: ?__fault= wins, then the first matching /__faults rule.
    let fault = requestFault;
    let extraLatency = requestLatency;
    if (faultsEnabled && !fault) {
      const rule = faultRules.find((r) => pathname.startsWith(r.path) && (r.times === null || r.times > 0));
      if (rule) {
        fault = rule.fault;
        extraLatency += rule.latencyMs;
        if (rule.times !== null) {
          rule.times -= 1;
          if (rule.times <= 0) faultRules = faultRules.filter((r) => r !== rule);
        }
      }
    }
    if (req.bodyTooLarge) return reply({ status: 400, html: '<h1>Bad Request (400)</h1>' }, { origin, lang });
    const body = req.body ?? new Uint8Array(0);

    const wait = (isApi ? latencyMs : 0) + extraLatency + (fault === 'slow' ? slowMs : 0);
    if (wait) await delay(wait);
    if (fault === 'hang') return null; // never answer

    if (fault === 'html500') {
      return reply({ status: 500, html: serverErrorPage(), varyCookie: true }, { origin, lang });
    }

    const target = resolve(pathname);
    if (fault === 'empty' && target?.api) {
      const empty = emptyAnswer(pathname, params);
      if (empty) {
        const cache = pathname === '/api/learningcircles/';
        return reply({ json: empty, cache }, { origin, lang, callback });
      }
    }
    if (fault === 'envelope' && target?.api) {
      // what the real server answers (HTTP 200) for a parameter it refuses, e.g. ?team_id=Riverbend
      return reply({ json: { status: 'error', errors: { team_id: ['Not a valid integer'] } } }, { origin, lang, callback });
    }

    /** @type {Answer} */
    let answer;
    try {
      answer = await dispatch(target, { method, pathname, rawPath, rawQuery, params, lang, body, origin });
    } catch (error) {
      if (error instanceof PlainServerError) return plainServerError();
      if (!(error instanceof ServerError)) log.error('[p2pu-api] handler error', error);
      answer = { status: 500, html: serverErrorPage(), varyCookie: true };
    }

    if (fault === 'malformed' && target?.api) {
      let text = pyDumps(answer.json ?? {});
      let contentType = 'application/json';
      if (typeof callback === 'string') {
        text = `${callback}(${text});`;
        contentType = 'text/javascript';
      }
      const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
      return reply({ ...answer, status: 200, json: undefined, raw: cut, contentType }, { origin, lang });
    }
    if (HOSTILE_JSONP.includes(fault ?? '') && typeof callback === 'string' && target?.api && answer.json !== undefined) {
      const own = `${callback}(${pyDumps(answer.json)});`;
      const script =
        fault === 'twice'
          ? `${own}\n${callback}({"count": 0, "items": []});`
          : fault === 'throw'
            ? `${own}\nthrow new Error("hostile JSONP: thrown after the callback");`
            : // hijack: hands hostile data to every other pending JSONP callback of the page, then answers
              `Object.keys(window).forEach(function (k) { if (k.indexOf("__p2pu_jsonp_") === 0 && k !== ${JSON.stringify(callback)}) { try { window[k]({"count": 1, "items": [{"id": 666, "name": "Hijacked"}]}); } catch (e) {} } });\n${own}`;
      return reply({ ...answer, json: undefined, raw: script, contentType: 'text/javascript' }, { origin, lang });
    }
    return reply(answer, { origin, lang, callback });
  }

  /** @returns {Promise<Answer>} */
  async function dispatch(route, r) {
    const { method, pathname, rawPath, rawQuery, params, lang, body, origin } = r;
    if (!route) {
      // APPEND_SLASH: 301 to the same path with a slash, when that exists
      if (!pathname.endsWith('/') && resolve(`${pathname}/`)) {
        const location = `${rawPath}/${rawQuery ? `?${rawQuery}` : ''}`;
        return { status: 301, headers: [['Location', location]], vary: ['Origin', 'Cookie'], noLanguage: true, noFrameOptions: true };
      }
      // LocaleMiddleware: a page path without its language prefix is redirected to one
      if (!pathname.startsWith('/api/') && resolve(`/${lang}${pathname}`)?.page) {
        const location = `/${lang}${rawPath}${rawQuery ? `?${rawQuery}` : ''}`;
        return { status: 302, headers: [['Location', location]], vary: ['Accept-Language', 'Origin', 'Cookie'] };
      }
      return { status: 404, html: notFoundPage(pathname), varyCookie: true };
    }
    const today = dayNumberOf(now());
    const ctx = {
      method, params, lang, origin: publicOrigin(), today, circles: seedFor(today), store, body,
      requestOrigin: origin ?? null,
    };
    if (route.page) {
      if (method !== 'GET' && method !== 'HEAD') {
        return { status: 405, headers: [['Allow', 'GET, HEAD, OPTIONS']] };
      }
      const answer = route.page(route.match, ctx);
      const prefix = /^\/([a-z]{2})\//.exec(pathname)?.[1];
      if (prefix && SUPPORTED_LANGUAGES.includes(prefix)) {
        // i18n_patterns pages: the language comes from the URL, so no Vary: Accept-Language
        return { vary: ['Origin', 'Cookie'], ...answer, language: prefix };
      }
      return answer;
    }
    const { methods, handler } = route.api;
    if (methods) {
      const allowed = methods.includes('GET') ? ['GET', 'HEAD', 'OPTIONS'] : [...methods, 'OPTIONS'];
      if (method === 'OPTIONS') return { headers: [['Allow', allowed.join(', ')]] };
      const effective = method === 'HEAD' && methods.includes('GET') ? 'GET' : method;
      if (!methods.includes(effective)) return { status: 405, headers: [['Allow', allowed.join(', ')]] };
    }
    return handler(ctx, route.match);
  }

  /**
   * wsgiref's answer when the Django application itself fails (its error page included): only these two
   * headers, nothing from Django's middleware (no CORS, no Vary, no Content-Language).
   * @returns {ApiReply}
   */
  function plainServerError() {
    const bytes = encoder.encode('A server error occurred.  Please contact the administrator.');
    return { status: 500, headers: [['Content-Type', 'text/plain'], ['Content-Length', String(bytes.length)]], body: bytes };
  }

  // -------------------------------------------------------------------------
  // HTML stand-ins for the pages the API links to

  function circleById(id, ctx) {
    return ctx.circles.find((c) => c.id === id) ?? null;
  }

  function signupStandIn(id, lang, ctx) {
    const circle = circleById(id, ctx);
    if (!circle || circle.deleted) return { status: 404, html: notFoundPage(`/${lang}/signup/…-${id}/`), varyCookie: true };
    const item = circleItem(circle, { ...ctx, lang }, false);
    const seatsLeft = circle.signupLimit === null ? null : Math.max(0, circle.signupLimit - signupCount(circle, ctx.store));
    const website = safeHref(circle.venueWebsite);
    const rows = [
      ['Course', `<a href="/${lang}/course/${circle.course.id}/">${escapeHtml(circle.course.title)}</a>`],
      ['Facilitated by', escapeHtml(item.facilitator)],
      ['First meeting', `${escapeHtml(item.day)} ${escapeHtml(item.start_date)}, ${escapeHtml(item.meeting_time.slice(0, 5))}–${escapeHtml(item.end_time.slice(0, 5))} ${escapeHtml(item.time_zone)}`],
      ['Last meeting', escapeHtml(item.last_meeting_date)],
      ['Meetings', escapeHtml(item.weeks)],
      ['Where', `${escapeHtml(circle.venue)}, ${escapeHtml(item.venue_address)}${circle.online ? ' (online)' : ''}`],
      ['Venue website', website ? `<a href="${escapeHtml(website)}">${escapeHtml(website)}</a>` : escapeHtml(circle.venueWebsite || '—')],
      ['Status', escapeHtml(item.status)],
      ['Signups', `${escapeHtml(item.signup_count)}${seatsLeft === null ? '' : ` (${seatsLeft} of ${circle.signupLimit} seats left)`}`],
    ];
    if (circle.signupQuestion) rows.push(['Facilitator’s question', escapeHtml(circle.signupQuestion)]);
    const open = item.signup_open && !circle.draft && (seatsLeft === null || seatsLeft > 0);
    return {
      html: page({
        title: `${circle.name} | P2PU hosted signup page (local stand-in)`,
        lang,
        body: `<p>P2PU hosted signup page (local stand-in)</p>
<h1>${escapeHtml(circle.name)}</h1>
${item.image_url ? `<img src="${escapeHtml(item.image_url)}" alt="" width="320" height="180">` : ''}
<dl>
${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('\n')}
</dl>
<p class="note">${open ? 'Signup is open.' : 'Signup is not available for this learning circle.'}
On learningcircles.p2pu.org this page holds the signup form, protected by reCAPTCHA.
This local server only accepts signups through <code>POST /api/signup/</code>.</p>`,
      }),
      varyCookie: true,
    };
  }

  function courseStandIn(id, lang, ctx) {
    const course = COURSES_BY_ID.get(id);
    if (!course) return { status: 404, html: notFoundPage(`/${lang}/course/${id}/`), varyCookie: true };
    const item = courseItem(course, { ...ctx, lang }, 0);
    const link = safeHref(course.link);
    const circles = ctx.circles.filter((c) => c.course.id === id && !c.deleted && !c.draft && !c.membersOnly && c.endDay >= ctx.today);
    return {
      html: page({
        title: `${course.title} | P2PU course page (local stand-in)`,
        lang,
        body: `<p>P2PU course page (local stand-in)</p>
<h1>${escapeHtml(course.title)}</h1>
<p>${escapeHtml(course.caption)}</p>
<dl>
<dt>Provider</dt><dd>${escapeHtml(course.provider)}</dd>
<dt>Format</dt><dd>${escapeHtml(course.format)}</dd>
<dt>Language</dt><dd>${escapeHtml(item.language_display)}</dd>
<dt>Topics</dt><dd>${escapeHtml(item.topics.join(', '))}</dd>
<dt>Rating</dt><dd>${course.total_ratings ? `${escapeHtml(course.overall_rating)} / 5 (${course.total_ratings} ratings)` : 'Not rated yet'}</dd>
<dt>Course link</dt><dd>${link ? `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>` : escapeHtml(course.link)}</dd>
</dl>
<h2>Upcoming and running learning circles</h2>
${circles.length ? `<ul>${circles.map((c) => `<li><a href="${escapeHtml(signupPath(c, lang))}">${escapeHtml(c.name)}</a> (${escapeHtml(c.city)}, ${escapeHtml(c.startDate)})</li>`).join('')}</ul>` : '<p>None at the moment.</p>'}`,
      }),
      varyCookie: true,
    };
  }

  function studygroupStandIn(id, lang, ctx, report) {
    const circle = circleById(id, ctx);
    if (!circle || circle.deleted) return { status: 404, html: notFoundPage(`/${lang}/studygroup/${id}/`), varyCookie: true };
    const what = report ? 'Final report' : 'Facilitator dashboard';
    return {
      html: page({
        title: `${what}: ${circle.name} (local stand-in)`,
        lang,
        body: `<p>P2PU ${report ? 'final report' : 'facilitator page'} (local stand-in)</p>
<h1>${escapeHtml(what)}: ${escapeHtml(circle.name)}</h1>
<p>${report ? 'On P2PU this page shows the learners’ survey results once the circle has ended.' : 'On P2PU only the facilitators of this circle can see this page.'}</p>
<p><a href="${escapeHtml(signupPath(circle, lang))}">Back to the learning circle</a></p>`,
      }),
      varyCookie: true,
    };
  }

  function mediaAnswer(name) {
    return {
      raw: mediaSvg(name),
      contentType: 'image/svg+xml',
      noLanguage: true,
      vary: ['Origin'],
      headers: [['Cache-Control', 'max-age=86400']],
    };
  }

  function indexPage(ctx) {
    const o = ctx.origin;
    const links = [
      '/api/learningcircles/?limit=5', '/api/learningcircles/?team_id=1&signup=open&order=first_meeting_date&limit=20',
      '/api/learningcircles/?id=4821', '/api/learningcircles/topics/', '/api/learningcircles/cities/', '/api/courses/?limit=5',
      '/api/courses/topics/', '/api/courses/languages/', '/api/learning-circles-map/', '/api/teams/', '/api/teams/1/',
      '/__signups',
    ];
    return {
      html: page({
        title: 'P2PU local API',
        lang: ctx.lang,
        body: `<h1>P2PU local API</h1>
<p>A local stand-in for <code>https://learningcircles.p2pu.org</code>. Today (UTC) is ${escapeHtml(formatDay(ctx.today))};
seed dates move with it, ids never change. Team 1 is ${escapeHtml(TEAMS[1].name)} (${escapeHtml(TEAMS[1].city)}).</p>
<ul>${links.map((l) => `<li><a href="${escapeHtml(o + l)}">${escapeHtml(l)}</a></li>`).join('')}</ul>
<p>${Object.keys(TOPIC_GUIDES).length} topic guides, ${COURSES_BY_ID.size} courses, ${ctx.circles.length} circles.
CORS mode: ${escapeHtml(cors)}. Fault injection: ${faultsEnabled ? 'on' : 'off'}.</p>`,
      }),
      varyCookie: true,
    };
  }

  // -------------------------------------------------------------------------
  // /__signups and /__faults (development helpers, any origin may read them)

  /** @returns {ApiReply} */
  function devSend(status, contentType, text, origin, extraHeaders = []) {
    const bytes = encoder.encode(text);
    /** @type {[string, string][]} */
    const headers = [
      ['Content-Type', contentType],
      ['Cache-Control', 'no-store'],
      ['Content-Length', String(bytes.length)],
      ['Vary', 'Origin'],
      ...extraHeaders,
    ];
    if (origin !== undefined) {
      headers.push(['Access-Control-Allow-Origin', origin]);
      headers.push(['Access-Control-Allow-Credentials', 'true']);
    }
    headers.push(['X-Content-Type-Options', 'nosniff']);
    return { status, headers, body: bytes };
  }

  function devPreflight(origin, methods) {
    return devSend(204, 'text/plain; charset=utf-8', '', origin, [
      ['Access-Control-Allow-Methods', methods],
      ['Access-Control-Allow-Headers', 'content-type'],
      ['Access-Control-Max-Age', '600'],
    ]);
  }

  function signupsPage(method, origin, rawQuery) {
    if (method === 'OPTIONS') return devPreflight(origin, 'GET, OPTIONS');
    if (method !== 'GET' && method !== 'HEAD') {
      return devSend(405, 'text/plain; charset=utf-8', 'Method not allowed', origin, [['Allow', 'GET, HEAD, OPTIONS']]);
    }
    const params = new URLSearchParams(rawQuery);
    const today = dayNumberOf(now());
    const circles = seedFor(today);
    const byId = new Map(circles.map((c) => [c.id, c]));
    const items = store
      .list()
      .sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.id - a.id))
      .map((s) => ({ ...s, circle_name: byId.get(s.learning_circle)?.name ?? null }));
    if (params.get('format') === 'json') {
      return devSend(200, 'application/json', `${JSON.stringify({ count: items.length, items }, null, 2)}\n`, origin);
    }
    const rows = items
      .map(
        (s) => `<tr>
<td>${escapeHtml(s.created_at)}${s.updated_at !== s.created_at ? `<br><small>updated ${escapeHtml(s.updated_at)}</small>` : ''}</td>
<td>${escapeHtml(s.circle_name ?? '(unknown circle)')} <small>#${escapeHtml(s.learning_circle)}</small></td>
<td>${escapeHtml(s.name)}</td><td>${escapeHtml(s.email)}</td><td>${escapeHtml(s.mobile || '—')}</td>
<td>${s.communications_opt_in ? 'yes' : 'no'}</td>
<td><dl>${Object.entries(s.signup_questions).map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl></td>
<td>${escapeHtml(s.origin ?? '—')}</td>
</tr>`,
      )
      .join('\n');
    const html = page({
      title: `Signups (${items.length}) | P2PU local API`,
      body: `<h1>Signups received by the local API</h1>
<p>${items.length} signup(s), newest first. Stored in <code>${escapeHtml(store.file)}</code>.
<a href="/__signups?format=json">JSON</a></p>
${items.length ? `<table>
<caption>Signups</caption>
<thead><tr><th scope="col">Received</th><th scope="col">Learning circle</th><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Mobile</th><th scope="col">Opt-in</th><th scope="col">Answers</th><th scope="col">Origin</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>` : '<p>No signups yet.</p>'}`,
    });
    return devSend(200, 'text/html; charset=utf-8', html, origin);
  }

  /** @param {ApiRequest} req */
  function faultControl(req, method, origin) {
    if (method === 'OPTIONS') return devPreflight(origin, 'GET, POST, DELETE, OPTIONS');
    const show = () => JSON.stringify({ faults: faultRules });
    if (method === 'GET') return devSend(200, 'application/json', show(), origin);
    if (method === 'DELETE') {
      faultRules = [];
      return devSend(200, 'application/json', show(), origin);
    }
    if (method !== 'POST') {
      return devSend(405, 'application/json', JSON.stringify({ error: 'method not allowed' }), origin, [['Allow', 'GET, POST, DELETE, OPTIONS']]);
    }
    let data;
    try {
      if (req.bodyTooLarge) throw new Error('too large');
      data = JSON.parse(new TextDecoder().decode(req.body ?? new Uint8Array(0)) || '{}');
    } catch {
      return devSend(400, 'application/json', JSON.stringify({ error: 'body must be JSON' }), origin);
    }
    const fault = data?.fault ?? 'none';
    const problems = [];
    if (!FAULTS.includes(fault)) problems.push(`fault must be one of ${FAULTS.join(', ')}`);
    const rulePath = data?.path ?? '/api/';
    if (typeof rulePath !== 'string' || !rulePath.startsWith('/')) problems.push('path must start with /');
    const times = data?.times ?? null;
    if (times !== null && !(Number.isInteger(times) && times > 0)) problems.push('times must be a positive integer');
    const ruleLatency = data?.latencyMs ?? 0;
    if (!(Number.isFinite(ruleLatency) && ruleLatency >= 0)) problems.push('latencyMs must be a number >= 0');
    if (problems.length) return devSend(400, 'application/json', JSON.stringify({ error: problems.join('; ') }), origin);
    faultRules.push({ fault, path: rulePath, times, latencyMs: ruleLatency });
    return devSend(200, 'application/json', show(), origin);
  }

  return { handle, close, store };
}
