/**
 * Hostile data: every text field of the API's answers filled from a corpus of injection strings
 * (test/hostile/corpus.ts: HTML, attribute breakers, `javascript:` and `data:` URLs, very long
 * words, right-to-left overrides, zero-width characters, emoji…), through the normalizer and through
 * every widget (fed by a stubbed `fetch` answering the raw JSON). No script may run, no markup may be
 * made, and nothing may stick out of a widget's box.
 *
 * Rotation: item (or id) `k` gets corpus string `k + f` in its field number `f`, so with as many
 * items as corpus strings, every field shows every string once.
 */
import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import {
  TEXT_LIMITS,
  capText,
  clearApiCache,
  normalizeCircle,
  normalizeCourse,
  resetClients,
  safeHttpUrl,
  type LearningCircle,
} from '../src/api/index.js';
import { CircleSignup } from '../src/components/circle-signup/circle-signup.js';
import { CircleFinderHarness } from '../src/components/circle-finder/circle-finder.harness.js';
import type { CircleFinder } from '../src/components/circle-finder/circle-finder.js';
import { localApi } from './local-api.js';
import { CORPUS, HTML_PAYLOADS, URL_PAYLOADS, watchForScripts } from './hostile/corpus.js';
import { STUB_ORIGIN, installStubApi, json } from './hostile/stub-api.js';
import { deepElements, visibleText, widgetState } from './hostile/widgets.js';

const N = CORPUS.length;
const pick = (k: number) => CORPUS[((k % N) + N) % N]!;

type Raw = Record<string, any>;

/** Strings the server makes itself (dates, times, codes), left alone unless `everyString`. */
const GENERATED = new Set([
  'language',
  'day',
  'start_date',
  'start_datetime',
  'meeting_time',
  'time_zone',
  'last_meeting_date',
  'end_time',
  'status',
  'next_meeting_date',
  'latitude',
  'longitude',
  'format',
  'rating_step_counts',
  'created_at',
]);

/** A stable number per field path (`course.title`, `facilitators[]`), the same for every item. */
const fieldNumbers = new Map<string, number>();
const fieldNumber = (path: string) => {
  if (!fieldNumbers.has(path)) fieldNumbers.set(path, fieldNumbers.size);
  return fieldNumbers.get(path)!;
};

/** `item` with every text field (every string, with `everyString`) replaced from the corpus. */
function hostile(item: Raw, k: number, everyString = false): Raw {
  const replace = (key: string) => everyString || !GENERATED.has(key);
  const walk = (value: unknown, path: string, key: string): unknown => {
    if (typeof value === 'string') return replace(key) ? pick(k + fieldNumber(path)) : value;
    if (Array.isArray(value)) {
      return value.map((v, i) =>
        typeof v === 'string' ? (replace(key) ? pick(k + fieldNumber(`${path}[]`) + i) : v) : walk(v, `${path}[]`, key),
      );
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([kk, v]) => [kk, walk(v, path ? `${path}.${kk}` : kk, kk)]));
    }
    return value;
  };
  return walk(item, '', '') as Raw;
}

/** A list answer of N hostile items built from the local API's first items. */
function hostileList(body: Raw, everyString: boolean, idBase: number): Raw {
  const source: Raw[] = body.items;
  const items = Array.from({ length: N }, (_, k) => ({
    ...hostile(source[k % source.length]!, k, everyString),
    id: idBase + k,
  }));
  return { ...body, count: N, signup_open_count: N, signup_closed_count: 0, offset: 0, limit: N, items };
}

const lookups: Record<string, () => Raw> = {
  '/api/learningcircles/topics/': () => ({ topics: Object.fromEntries(CORPUS.map((s, i) => [s, i + 1])) }),
  '/api/learningcircles/cities/': () => ({ items: CORPUS.map((s, i) => ({ value: s, label: pick(i + 7) })) }),
  '/api/courses/topics/': () => ({ topics: Object.fromEntries(CORPUS.map((s, i) => [s, pick(i + 3)])) }),
  '/api/courses/languages/': () => ({
    languages: CORPUS.map((s, i) => ({ code: s, name: pick(i + 1), name_local: pick(i + 2), name_translated: pick(i + 3), bidi: i % 2 === 0 })),
  }),
};

/** Open, without a seat limit: other test files' signups fill 4821 during a full run. */
const OPEN_CIRCLE = 4791;

/**
 * The stub API: lists of N hostile items; `?id=k` / `?course_id=k` (1…N) answer item k (the real
 * circle 4791 / course 1203 made hostile); lookups full of corpus strings; signups "created".
 */
function installHostileApi(everyString = false) {
  return installStubApi({
    forward: (url) => {
      const id = url.searchParams.get('id');
      const courseId = url.searchParams.get('course_id');
      if (id) return `${localApi.open}/api/learningcircles/?id=${OPEN_CIRCLE}&limit=1`;
      if (courseId) return `${localApi.open}/api/courses/?course_id=1203&limit=1`;
      return `${localApi.open}${url.pathname}${url.search}`;
    },
    rewrite: (body, url) => {
      const lookup = lookups[url.pathname];
      if (lookup) return lookup();
      const id = url.searchParams.get('id') ?? url.searchParams.get('course_id');
      if (id && id !== '0') {
        const k = Number(id);
        return { ...body, items: body.items.map((item: Raw) => ({ ...hostile(item, k, everyString), id: k })) };
      }
      if (id === '0') return body; // the CORS probe of the signup form
      return hostileList(body, everyString, url.pathname.includes('courses') ? 20000 : 10000);
    },
    answer: ({ method }) => (method === 'POST' ? json({ status: 'created' }) : null),
  });
}

// ---------------------------------------------------------------------------------------------
// What must never happen

const ALLOWED_LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'blob:'];

/** Everything that shows injected markup or script in and under `root`, in words. */
function injectionFindings(root: Element): string[] {
  const findings: string[] = [];
  const all = [...deepElements(root), ...deepElements(document.head)];
  for (const el of all) {
    const where = `<${el.localName}${el.id ? `#${el.id}` : ''}> in ${(el.getRootNode() as ShadowRoot).host?.localName ?? 'the page'}`;
    if (el.matches('.pwn, #pwn, [data-pwn]')) findings.push(`injected element ${where}`);
    for (const attr of el.getAttributeNames()) {
      if (/^on/i.test(attr)) findings.push(`event handler attribute ${attr} on ${where}`);
    }
    if (el.getRootNode() instanceof ShadowRoot && ['script', 'style', 'iframe', 'object', 'embed', 'base', 'meta', 'form'].includes(el.localName)) {
      if (!(el.localName === 'form' && !el.hasAttribute('action'))) findings.push(`${el.localName} element ${where}`);
    }
    for (const attr of ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data']) {
      const value = el.getAttribute(attr);
      if (value === null || attr === 'href' && el.localName === 'use') continue;
      if (attr === 'srcdoc' || attr === 'data') {
        findings.push(`${attr} on ${where}`);
        continue;
      }
      let scheme = '';
      try {
        scheme = new URL(value, location.href).protocol;
      } catch {
        scheme = 'unparsable:';
      }
      const allowed = attr === 'href' ? ALLOWED_LINK_SCHEMES : ['http:', 'https:', 'blob:'];
      if (!allowed.includes(scheme)) findings.push(`${attr}="${value.slice(0, 60)}" on ${where}`);
    }
  }
  // The finder's schema.org data is the only script it writes into the page: data, not code.
  for (const script of root.querySelectorAll('script')) {
    if (script.type !== 'application/ld+json') findings.push(`script type="${script.type}" in the page`);
    else {
      if (/<\/script|<!--/i.test(script.textContent ?? '')) findings.push('the JSON-LD could end its script element');
      try {
        JSON.parse(script.textContent ?? '');
      } catch {
        findings.push('the JSON-LD is not JSON');
      }
    }
  }
  return findings;
}

/** Slots whose widget sticks out of them (sideways or downwards), and page-wide sideways scrolling. */
function overflowFindings(root: Element): string[] {
  const findings: string[] = [];
  for (const slot of root.querySelectorAll<HTMLElement>('.slot')) {
    const widget = slot.firstElementChild as HTMLElement;
    const label = `${widget.localName}${widget.id ? `#${widget.id}` : ''}`;
    if (slot.scrollWidth > slot.clientWidth + 1) findings.push(`${label} is ${slot.scrollWidth} px wide in a ${slot.clientWidth} px slot`);
    if (slot.scrollHeight > slot.clientHeight + 1) findings.push(`${label} sticks out ${slot.scrollHeight - slot.clientHeight} px below itself`);
  }
  // Cards inside the finders are widgets too: none may stick out of its own box (what sticks out of
  // a box, unclipped, counts in its scroll width).
  for (const card of deepElements(root).filter((el) => el.localName === 'circle-card' || el.localName === 'course-card')) {
    if (!(card.getRootNode() instanceof ShadowRoot)) continue;
    if (card.scrollWidth > card.clientWidth + 1) {
      findings.push(`a ${card.localName} in a finder is ${card.scrollWidth} px wide in a ${card.clientWidth} px box`);
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth) findings.push('the page scrolls sideways');
  return findings;
}

/** Slots with `overflow: auto`: anything a widget lets stick out shows as scrollable overflow. */
const slot = (width: number, content: unknown) =>
  html`<div class="slot" style="width: ${width}px; overflow: auto; padding: 0; border: 0">${content}</div>`;

async function settled(els: HTMLElement[], timeout = 8000) {
  await waitUntil(() => els.every((el) => widgetState(el) !== 'loading'), '', { timeout }).catch(() => {
    const waiting = els.filter((el) => widgetState(el) === 'loading').map((el) => `${el.localName}#${el.id}`);
    throw new Error(`still loading: ${waiting.slice(0, 5).join(', ')}${waiting.length > 5 ? '…' : ''}`);
  });
  await Promise.all(els.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
}

// ---------------------------------------------------------------------------------------------

describe('hostile data: the normalizer', () => {
  let circle: Raw;
  let course: Raw;

  before(async () => {
    circle = (await (await fetch(`${localApi.open}/api/learningcircles/?id=4821&limit=1`)).json()).items[0];
    course = (await (await fetch(`${localApi.open}/api/courses/?course_id=1203&limit=1`)).json()).items[0];
  });

  // each field with the longest text the normalizer keeps of it (longer text ends in "…")
  const circleText: [string, (c: LearningCircle) => unknown, number][] = [
    ['name', (c) => c.name, TEXT_LIMITS.name],
    ['facilitator', (c) => c.facilitator, TEXT_LIMITS.line],
    ['venue', (c) => c.venue, TEXT_LIMITS.name],
    ['venue_address', (c) => c.venueAddress, TEXT_LIMITS.line],
    ['city', (c) => c.city, TEXT_LIMITS.name],
    ['region', (c) => c.region, TEXT_LIMITS.name],
    ['country', (c) => c.country, TEXT_LIMITS.name],
  ];

  it(`keeps every one of the ${N} corpus strings as plain text, unchanged up to each field's length (escaping is the renderer's job)`, () => {
    expect(N).to.be.at.least(30);
    for (const s of CORPUS) {
      const upTo = (max: number) => capText(s, max);
      for (const [key, read, max] of circleText) expect(read(normalizeCircle({ ...circle, [key]: s })!), key).to.equal(upTo(max));
      expect(normalizeCircle({ ...circle, course: { ...circle.course, title: s } })!.course.title).to.equal(upTo(TEXT_LIMITS.name));
      const c = normalizeCourse({ ...course, title: s, caption: s, provider: s })!;
      expect([c.title, c.caption, c.provider]).to.deep.equal([upTo(TEXT_LIMITS.name), upTo(TEXT_LIMITS.description), upTo(TEXT_LIMITS.name)]);
      // an empty or blank question is no question
      expect(normalizeCircle({ ...circle, signup_question: s })!.signupQuestion).to.equal(
        s.trim() === '' ? null : upTo(TEXT_LIMITS.question),
      );
      // short strings pass untouched
      if (s.length <= 300) expect(upTo(TEXT_LIMITS.name)).to.equal(s);
    }
  });

  it('turns every URL field that is not an absolute http(s) URL into null, and encodes the rest', () => {
    const circleUrls = ['venue_website', 'url', 'report_url', 'image_url'];
    for (const s of CORPUS) {
      const safe = safeHttpUrl(s);
      if (safe !== null) {
        expect(safe, s).to.match(/^https?:\/\/[^\s"<>`]+$/);
        expect(URL_PAYLOADS.includes(s) || /^https?:/i.test(s.trim()), s).to.equal(true);
      }
      const c = normalizeCircle({ ...circle, ...Object.fromEntries(circleUrls.map((k) => [k, s])), course: { ...circle.course, link: s, course_page_url: s } })!;
      expect([c.venueWebsite, c.url, c.reportUrl, c.imageUrl, c.course.link, c.course.coursePageUrl]).to.deep.equal(Array(6).fill(safe));
      const k = normalizeCourse({ ...course, link: s, course_page_url: s })!;
      expect([k.link, k.coursePageUrl]).to.deep.equal([safe, safe]);
    }
    for (const bad of URL_PAYLOADS.filter((u) => !/^https:/.test(u))) expect(safeHttpUrl(bad), bad).to.equal(null);
  });

  it('reads every string field of a circle and a course filled with corpus strings without throwing', () => {
    for (let k = 0; k < N; k++) {
      const c = normalizeCircle(hostile(circle, k, true))!;
      expect(c.id).to.equal(4821);
      expect(normalizeCourse(hostile(course, k, true))!.id).to.equal(1203);
    }
  });
});

describe('hostile data: the widgets', () => {
  let scripts: ReturnType<typeof watchForScripts>;
  let stub: ReturnType<typeof installStubApi> | null = null;

  beforeEach(() => {
    clearApiCache();
    resetClients();
    scripts = watchForScripts();
  });
  afterEach(() => {
    stub?.restore();
    stub = null;
    scripts.stop();
    CircleSignup.minimumFillMs = 3000;
  });

  /** After the widgets settled: a moment for any injected handler to fire, then the findings. */
  async function expectNothingInjected(root: HTMLElement) {
    await aTimeout(300);
    expect(scripts.ran, 'scripts that ran').to.deep.equal([]);
    expect(injectionFindings(root)).to.deep.equal([]);
    expect(overflowFindings(root)).to.deep.equal([]);
  }

  /** The HTML payloads a learner can read, as text, somewhere in `el`. */
  function expectShownAsText(el: HTMLElement) {
    const text = visibleText(el);
    const missing = HTML_PAYLOADS.filter((p) => !text.includes(p.replace(/\s+/g, ' ').trim()));
    expect(missing, 'HTML payloads not shown as text').to.deep.equal([]);
  }

  it('the checks themselves notice script, markup, bad links and a widget that sticks out', async () => {
    const root = await fixture<HTMLElement>(html`<div>${slot(320, html`<p style="width: 400px; margin: 0">wide</p>`)}</div>`);
    expect(overflowFindings(root)).to.have.length(1);
    const made = document.createElement('div');
    root.append(made);
    made.innerHTML = `${HTML_PAYLOADS[0]}<a href="${URL_PAYLOADS[0]}">x</a>`; // what a widget must never do
    await aTimeout(300);
    expect(scripts.ran).to.deep.equal(['img']);
    expect(injectionFindings(root).join('\n')).to.match(/injected element <img>/).and.match(/onerror/).and.match(/href="javascript:/);
    scripts.ran.length = 0;
  });

  it(`<circle-finder> and <course-finder>: ${N} results each, every field from the corpus, filters too`, async function () {
    this.timeout(20000);
    stub = installHostileApi();
    const root = await fixture<HTMLElement>(html`<div>
      ${slot(760, html`<circle-finder id="wide" endpoint=${STUB_ORIGIN} transport="cors" page-size=${N}></circle-finder>`)}
      ${slot(320, html`<circle-finder id="narrow" endpoint=${STUB_ORIGIN} transport="cors" page-size=${N} filters="q topics city"></circle-finder>`)}
      ${slot(760, html`<course-finder id="courses" endpoint=${STUB_ORIGIN} transport="cors" page-size=${N}></course-finder>`)}
    </div>`);
    const widgets = [...root.querySelectorAll<HTMLElement>('circle-finder, course-finder')];
    await settled(widgets);
    const [wide, narrow, courses] = widgets as [HTMLElement, HTMLElement, HTMLElement];
    // (the filter panel's controls load when it is first opened)
    await new CircleFinderHarness(wide as CircleFinder).openFilters();
    await waitUntil(() => (wide.shadowRoot!.querySelectorAll('#topic option, #city option').length ?? 0) > N, 'no hostile topics or cities');
    expect(wide.shadowRoot!.querySelectorAll('.results circle-card')).to.have.length(N);
    expect(courses.shadowRoot!.querySelectorAll('course-card')).to.have.length(N);
    // the course finder's topic and language menus, opened, with their lists
    courses.shadowRoot!.querySelector<HTMLElement>('.filters-toggle')!.click();
    for (const menu of ['topics', 'languages']) {
      await waitUntil(() => courses.shadowRoot!.querySelectorAll(`select#${menu} option`).length > 1, `no ${menu} to choose from`);
    }
    // wide finder: narrow finder's filters open too
    await new CircleFinderHarness(narrow as CircleFinder).openFilters();
    await Promise.all(widgets.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
    await expectNothingInjected(root);
    expectShownAsText(wide);
    expectShownAsText(courses);
  });

  it(`<circle-card> and <course-card> by id: ${N} of each, every field from the corpus`, async function () {
    this.timeout(20000);
    stub = installHostileApi();
    const ids = Array.from({ length: N }, (_, i) => String(i + 1));
    const root = await fixture<HTMLElement>(html`<div>
      ${ids.map((id) => slot(320, html`<circle-card id=${`c${id}`} endpoint=${STUB_ORIGIN} transport="cors" circle-id=${id}></circle-card>`))}
      ${ids.map((id) => slot(320, html`<course-card id=${`k${id}`} endpoint=${STUB_ORIGIN} transport="cors" course-id=${id}></course-card>`))}
    </div>`);
    const widgets = [...root.querySelectorAll<HTMLElement>('circle-card, course-card')];
    await settled(widgets);
    expect(widgets.map((el) => widgetState(el)).filter((s) => s !== 'content')).to.deep.equal([]);
    await expectNothingInjected(root);
    for (const tag of ['circle-card', 'course-card']) {
      const text = widgets.filter((el) => el.localName === tag).map(visibleText).join('\n');
      expect(HTML_PAYLOADS.filter((p) => !text.includes(p)), `HTML payloads not shown as text in ${tag}`).to.deep.equal([]);
    }
  });

  it(`<circle-signup>: ${N} forms with every field from the corpus, each signed up, each confirmation`, async function () {
    this.timeout(30000);
    CircleSignup.minimumFillMs = 0;
    stub = installHostileApi();
    const ids = Array.from({ length: N }, (_, i) => String(i + 1));
    const root = await fixture<HTMLElement>(html`<div>
      ${ids.map((id) => slot(320, html`<circle-signup id=${`s${id}`} endpoint=${STUB_ORIGIN} transport="cors" circle-id=${id}></circle-signup>`))}
    </div>`);
    const forms = [...root.querySelectorAll<CircleSignup>('circle-signup')];
    await settled(forms, 15000);
    expect(forms.map((el) => widgetState(el)).filter((s) => s !== 'form')).to.deep.equal([]);
    await expectNothingInjected(root);
    expectShownAsText(root);

    for (const el of forms) {
      const set = (selector: string, value: string) => {
        const input = el.shadowRoot!.querySelector<HTMLInputElement>(selector);
        if (!input) return;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      };
      set('#cs-name', 'Ada');
      set('#cs-email', 'ada@example.org');
      set('#cs-goals', 'Learn');
      set('#cs-support', 'Help');
      set('#cs-custom', 'Yes');
      el.shadowRoot!.querySelector<HTMLInputElement>('#cs-consent')!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    }
    await waitUntil(() => forms.every((el) => el.shadowRoot!.querySelector('[part=confirmation]')), 'not every signup was confirmed', {
      timeout: 10000,
    });
    await expectNothingInjected(root);
    expect(stub.requests.filter((r) => r.method === 'POST')).to.have.length(N);
  });

  it('every string of the answers, dates, times and codes included: no throw, no markup, nothing sticks out', async function () {
    this.timeout(20000);
    CircleSignup.minimumFillMs = 0;
    stub = installHostileApi(true);
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
    const previous = window.onerror;
    window.onerror = () => true;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const ids = Array.from({ length: 12 }, (_, i) => String(i * 4 + 1));
      const root = await fixture<HTMLElement>(html`<div>
        ${slot(760, html`<circle-finder endpoint=${STUB_ORIGIN} transport="cors" page-size=${N} filters=""></circle-finder>`)}
        ${slot(760, html`<course-finder endpoint=${STUB_ORIGIN} transport="cors" page-size=${N} filters=""></course-finder>`)}
        ${ids.map((id) => slot(320, html`<circle-card endpoint=${STUB_ORIGIN} transport="cors" circle-id=${id}></circle-card>`))}
        ${ids.map((id) => slot(320, html`<circle-signup endpoint=${STUB_ORIGIN} transport="cors" circle-id=${id}></circle-signup>`))}
        ${ids.map((id) => slot(320, html`<course-card endpoint=${STUB_ORIGIN} transport="cors" course-id=${id}></course-card>`))}
      </div>`);
      const widgets = [...root.querySelectorAll<HTMLElement>('.slot > *')];
      await settled(widgets, 15000);
      // Garbage dates may close a signup or fail a load; a widget that shows nothing at all is a bug.
      expect(widgets.map((el) => `${el.localName}: ${widgetState(el)}`).filter((s) => /unknown/.test(s))).to.deep.equal([]);
      await expectNothingInjected(root);
      expect(errors).to.deep.equal([]);
    } finally {
      window.onerror = previous;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
