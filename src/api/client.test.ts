import { expect } from '@open-wc/testing';
import { STORAGE_PREFIX, clearApiCache } from './cache.js';
import { DEFAULT_ENDPOINT, getClient, normalizeEndpoint, resetClients } from './client.js';
import { NetworkError, ServerError, TimeoutError, ValidationError, isAbortError } from './errors.js';
import type { SignupRequest } from './models.js';
import { fetchTeams, normalizeTeams } from './teams.js';
import {
  CROSS_ORIGIN_FIXTURE,
  FIXTURE,
  fixture,
  hits,
  jsonpScripts,
  rejectionOf,
  sample,
  sampleIndex,
  uniqueTag,
} from '../../test/api/helpers.js';

const ids = (items: { id: number }[]) => items.map((i) => i.id);

/** The camelCase request that produces a recorded signup body. */
async function recordedSignup(name: string): Promise<SignupRequest> {
  const row = (await sampleIndex()).find((r) => r.name === name)!;
  const raw = JSON.parse(row.request_body!);
  return {
    learningCircle: raw.learning_circle,
    name: raw.name,
    email: raw.email,
    mobile: raw.mobile,
    communicationsOptIn: raw.communications_opt_in,
    consent: raw.consent,
    signupQuestions: {
      goals: raw.signup_questions.goals,
      support: raw.signup_questions.support,
      customQuestion: raw.signup_questions.custom_question,
    },
  };
}

const VALID_SIGNUP: SignupRequest = {
  learningCircle: 1,
  name: 'Test Learner',
  email: 'test.learner@example.org',
  communicationsOptIn: false,
  consent: true,
  signupQuestions: { goals: 'Learn Python', support: 'A friendly group' },
};

beforeEach(() => {
  clearApiCache();
  resetClients();
});

describe('api/client: getClient', () => {
  it('returns one shared client per endpoint and transport, tolerating /, /api and /api/', () => {
    const a = getClient({ endpoint: 'https://learningcircles.p2pu.org' });
    expect(getClient({ endpoint: 'https://learningcircles.p2pu.org/' })).to.equal(a);
    expect(getClient({ endpoint: 'https://learningcircles.p2pu.org/api' })).to.equal(a);
    expect(getClient({ endpoint: 'https://learningcircles.p2pu.org/api/' })).to.equal(a);
    expect(getClient()).to.equal(a);
    expect(getClient({ endpoint: 'https://learningcircles.p2pu.org', transport: 'jsonp' })).not.to.equal(a);
    expect(a.endpoint).to.equal(DEFAULT_ENDPOINT);
    expect(a.apiUrl('learningcircles/topics/')).to.equal('https://learningcircles.p2pu.org/api/learningcircles/topics/');
  });

  it('resolves a relative proxy endpoint against the page and refuses non-http endpoints', () => {
    expect(normalizeEndpoint('/p2pu-proxy/api/')).to.equal(`${location.origin}/p2pu-proxy`);
    expect(normalizeEndpoint('http://localhost:8787')).to.equal('http://localhost:8787');
    expect(normalizeEndpoint('')).to.equal(DEFAULT_ENDPOINT);
    expect(() => getClient({ endpoint: 'javascript:alert(1)' })).to.throw(TypeError);
  });

  it('picks fetch for the same-origin fixture and JSONP for the cross-origin one', () => {
    expect(getClient({ endpoint: FIXTURE }).currentTransport()).to.equal('fetch');
    expect(getClient({ endpoint: CROSS_ORIGIN_FIXTURE }).currentTransport()).to.equal('jsonp');
    expect(getClient({ endpoint: FIXTURE, transport: 'jsonp' }).currentTransport()).to.equal('jsonp');
  });
});

describe('api/client: reading circles and courses from the recorded server', () => {
  for (const transport of ['auto', 'jsonp'] as const) {
    it(`searchCircles finds the recorded python search (${transport})`, async () => {
      const page = await getClient({ endpoint: FIXTURE, transport }).searchCircles({ q: ' python ' });
      const recorded = await sample('lc-q-python.json');
      expect(ids(page.items)).to.deep.equal(ids(recorded.items));
      expect([page.count, page.limit, page.offset, page.hasMore]).to.deep.equal([recorded.count, 20, 0, false]);
      expect(page.signupOpenCount).to.equal(recorded.signup_open_count);
    });
  }

  it('searchCircles over JSONP from another origin (auto) gives the same normalized page', async () => {
    const cross = await getClient({ endpoint: CROSS_ORIGIN_FIXTURE }).searchCircles({ signup: 'open' });
    const same = await getClient({ endpoint: FIXTURE }).searchCircles({ signup: 'open' });
    expect(cross).to.deep.equal(same);
    expect(ids(cross.items)).to.deep.equal(ids((await sample('lc-signup-open.json')).items));
  });

  it('de-duplicates the doubled Boston circle', async () => {
    const page = await getClient({ endpoint: FIXTURE }).searchCircles({ q: 'boston' });
    expect(ids(page.items)).to.deep.equal([2]);
  });

  it('pages: limit 2 offset 2 of 6', async () => {
    const page = await getClient({ endpoint: FIXTURE }).searchCircles({ limit: 2, offset: 2 });
    expect(ids(page.items)).to.deep.equal([3, 4]);
    expect([page.count, page.offset, page.limit, page.hasMore]).to.deep.equal([6, 2, 2, true]);
  });

  it('getCircle loads one circle (the draft: not signable) and null for a bad id without asking', async () => {
    const tag = uniqueTag();
    const client = getClient({ endpoint: fixture({ tag }) });
    const draft = await client.getCircle(6);
    expect(draft).to.deep.include({ id: 6, draft: true, canSignUp: false, city: 'Montréal' });
    expect(await client.getCircle('abc')).to.equal(null);
    expect(await hits(tag)).to.equal(1);
    const signable = await client.getCircle('1');
    expect(signable).to.deep.include({ id: 1, canSignUp: true, status: 'upcoming' });
  });

  it('lookups: circle topics, cities, course topics, course languages', async () => {
    const client = getClient({ endpoint: FIXTURE, transport: 'jsonp' });
    expect((await client.circleTopics())[0]).to.deep.equal({ keyword: 'programming', count: 2 });
    expect((await client.cities()).map((c) => c.value)).to.include('Cape Town');
    expect((await client.courseTopics()).map((t) => t.slug)).to.deep.equal([
      'communication',
      'data',
      'gardening',
      'programming',
      'writing',
    ]);
    expect((await client.courseLanguages()).map((l) => l.name)).to.deep.equal(['English', 'French', 'Spanish']);
  });

  it('searchCourses and getCourse', async () => {
    const client = getClient({ endpoint: FIXTURE });
    const page = await client.searchCourses({
      q: 'python',
      topics: ['programming'],
      languages: ['en'],
      order: 'overall_rating',
      limit: 5,
    });
    expect(ids(page.items)).to.deep.equal(ids((await sample('courses-combined-q-topics-languages.json')).items));
    expect(page.items[0]!.ratingStepCounts).to.deep.equal({ 1: 0, 2: 0, 3: 1, 4: 3, 5: 10 });
    const unlisted = await client.getCourse(6);
    expect(unlisted).to.deep.include({ id: 6, unlisted: true });
    expect(await client.getCourse('x')).to.equal(null);
  });
});

describe('api/client: teams', () => {
  it('fetchTeams gives every recorded team, the same over fetch, JSONP and JSONP from another origin', async () => {
    const recorded = normalizeTeams(await sample('teams.json'));
    expect(recorded.map((t) => t.id)).to.deep.equal([1]);
    const viaFetch = getClient({ endpoint: FIXTURE });
    expect(viaFetch.currentTransport()).to.equal('fetch');
    expect(await fetchTeams(viaFetch)).to.deep.equal(recorded);
    clearApiCache();
    const before = jsonpScripts().length;
    expect(await fetchTeams(getClient({ endpoint: FIXTURE, transport: 'jsonp' }))).to.deep.equal(recorded);
    clearApiCache();
    const cross = getClient({ endpoint: CROSS_ORIGIN_FIXTURE });
    expect(cross.currentTransport()).to.equal('jsonp');
    expect(await fetchTeams(cross)).to.deep.equal(recorded);
    expect(jsonpScripts(), 'the JSONP scripts are removed').to.have.length(before);
  });

  it('asks GET /api/teams/ without paging, once, and keeps the list in localStorage for P2PU\'s 15 minutes', async () => {
    const tag = uniqueTag();
    const client = getClient({ endpoint: fixture({ tag }) });
    const teams = await fetchTeams(client);
    await fetchTeams(client);
    expect(await hits(tag)).to.equal(1);
    const key = `${STORAGE_PREFIX}${client.apiUrl('teams/')}`;
    expect(client.apiUrl('teams/')).to.match(/\/api\/teams\/$/);
    const expires = JSON.parse(localStorage.getItem(key)!).expires as number;
    // P2PU's max-age for teams: an organizer's edit shows within it (the other look-ups keep an hour)
    expect(expires).to.be.within(Date.now() + 800_000, Date.now() + 900_000);
    clearApiCache({ storage: false }); // the next page view
    resetClients();
    expect(await fetchTeams(getClient({ endpoint: fixture({ tag }) }))).to.deep.equal(teams);
    expect(await hits(tag)).to.equal(1);
  });

  it('errors like the other look-ups: wrong shape → ServerError, HTML 500 → ServerError or NetworkError, nothing cached', async () => {
    const tag = uniqueTag();
    const odd = await rejectionOf(fetchTeams(getClient({ endpoint: fixture({ sample: 'lc-topics', tag }) })));
    expect(odd).to.be.instanceOf(ServerError);
    expect(odd.message).to.contain('unexpected');
    await rejectionOf(fetchTeams(getClient({ endpoint: fixture({ sample: 'lc-topics', tag }) })));
    expect(await hits(tag), 'asked again: the odd answer was not cached').to.equal(2);
    const broken = fixture({ sample: 'teams-id-999-notfound' });
    expect(await rejectionOf(fetchTeams(getClient({ endpoint: broken })))).to.be.instanceOf(ServerError);
    expect(await rejectionOf(fetchTeams(getClient({ endpoint: broken, transport: 'jsonp' })))).to.be.instanceOf(NetworkError);
  });
});

describe('api/client: errors from the recorded server', () => {
  const validationSamples = [
    'lc-weekdays-invalid',
    'lc-geo-invalid',
    'lc-limit-invalid',
    'lc-order-bogus',
    'lc-team_id-invalid',
    'courses-order-bogus',
    'courses-limit-invalid',
  ];
  for (const name of validationSamples) {
    it(`${name} → ValidationError with the server's fields (fetch and JSONP)`, async () => {
      const recorded = await sample(`${name}.json`);
      for (const transport of ['cors', 'jsonp'] as const) {
        const client = getClient({ endpoint: fixture({ sample: name }), transport });
        const call = name.startsWith('courses') ? client.searchCourses() : client.searchCircles();
        const error = await rejectionOf(call);
        expect(error, transport).to.be.instanceOf(ValidationError);
        expect(error.fields, transport).to.deep.equal(recorded.errors);
      }
    });
  }

  it('the HTML 500 pages → ServerError over fetch, NetworkError over JSONP', async () => {
    for (const name of ['lc-id-invalid-500', 'courses-course_id-invalid-500']) {
      const viaFetch = await rejectionOf(getClient({ endpoint: fixture({ sample: name }) }).searchCircles());
      expect(viaFetch, name).to.be.instanceOf(ServerError);
      expect(viaFetch.status).to.equal(500);
      const viaJsonp = await rejectionOf(
        getClient({ endpoint: fixture({ sample: name }), transport: 'jsonp' }).searchCircles(),
      );
      expect(viaJsonp, name).to.be.instanceOf(NetworkError);
    }
    expect(jsonpScripts()).to.have.length(0);
  });

  it('an answer of the wrong shape → ServerError "unexpected", not a crash', async () => {
    const error = await rejectionOf(getClient({ endpoint: fixture({ sample: 'lc-topics' }) }).searchCircles());
    expect(error).to.be.instanceOf(ServerError);
    expect(error.message).to.contain('unexpected');
    const lookups = await rejectionOf(getClient({ endpoint: fixture({ sample: 'lc-list' }) }).courseLanguages());
    expect(lookups).to.be.instanceOf(ServerError);
  });

  it('times out after the client\'s timeoutMs', async () => {
    const client = getClient({ endpoint: fixture({ hang: 1 }), timeoutMs: 150 });
    expect(client.timeoutMs).to.equal(150);
    const error = await rejectionOf(client.cities());
    expect(error).to.be.instanceOf(TimeoutError);
  });

  it('abort rejects that caller only; an identical call still resolves', async () => {
    const tag = uniqueTag();
    const client = getClient({ endpoint: fixture({ tag, delay: 100 }) });
    const controller = new AbortController();
    const aborted = client.searchCircles({ q: 'python' }, { signal: controller.signal });
    const kept = client.searchCircles({ q: 'python' });
    controller.abort();
    expect(isAbortError(await rejectionOf(aborted))).to.equal(true);
    expect(ids((await kept).items)).to.deep.equal(ids((await sample('lc-q-python.json')).items));
    expect(await hits(tag)).to.equal(1);
  });
});

describe('api/client: page-wide cache', () => {
  it('a second identical search sends no request, and two clients share the cache', async () => {
    const tag = uniqueTag();
    const endpoint = fixture({ tag });
    const first = await getClient({ endpoint }).searchCircles({ q: 'library' });
    const second = await getClient({ endpoint }).searchCircles({ q: 'library' });
    const otherClient = await getClient({ endpoint, transport: 'jsonp' }).searchCircles({ q: 'library' });
    expect(await hits(tag)).to.equal(1);
    expect(second).to.deep.equal(first);
    expect(otherClient).to.deep.equal(first);
    expect(second).not.to.equal(first); // fresh objects: one widget cannot change another's data
    await getClient({ endpoint }).searchCircles({ q: 'library', limit: 2 });
    expect(await hits(tag)).to.equal(2);
  });

  it('identical requests in flight (fetch) are sent once', async () => {
    const tag = uniqueTag();
    const client = getClient({ endpoint: fixture({ tag, delay: 50 }) });
    const [a, b] = await Promise.all([client.courseTopics(), client.courseTopics()]);
    expect(a).to.deep.equal(b);
    expect(await hits(tag)).to.equal(1);
  });

  it('errors are not cached', async () => {
    const tag = uniqueTag();
    const client = getClient({ endpoint: fixture({ tag, sample: 'lc-limit-invalid' }) });
    await rejectionOf(client.searchCircles());
    await rejectionOf(client.searchCircles());
    expect(await hits(tag)).to.equal(2);
  });

  it('lookup lists are kept in localStorage: the next page view, even in a new tab, asks nothing', async () => {
    const tag = uniqueTag();
    const client = getClient({ endpoint: fixture({ tag }) });
    const topics = await client.circleTopics();
    const languages = await client.courseLanguages();
    await client.cities();
    await client.courseTopics();
    expect(await hits(tag)).to.equal(4);
    const key = `${STORAGE_PREFIX}${client.apiUrl('learningcircles/topics/')}`;
    expect(JSON.parse(localStorage.getItem(key)!).expires).to.be.greaterThan(Date.now() + 3_500_000);
    expect(sessionStorage.getItem(key), 'a new tab does not share sessionStorage').to.equal(null);

    clearApiCache({ storage: false }); // a new page view: memory gone, localStorage kept
    resetClients();
    const again = getClient({ endpoint: fixture({ tag }) });
    expect(await again.circleTopics()).to.deep.equal(topics);
    expect(await again.courseLanguages()).to.deep.equal(languages);
    await again.cities();
    await again.courseTopics();
    expect(await hits(tag)).to.equal(4);
  });

  it('search results are not stored; expired and corrupt stored entries are dropped and asked again', async () => {
    const tag = uniqueTag();
    const client = getClient({ endpoint: fixture({ tag }) });
    await client.searchCircles({ q: 'python' });
    await client.searchCourses({ q: 'python' });
    const stored = Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_PREFIX));
    expect(stored).to.deep.equal([]);
    const expiredKey = `${STORAGE_PREFIX}${client.apiUrl('courses/topics/')}`;
    localStorage.setItem(expiredKey, JSON.stringify({ expires: Date.now() - 1, value: { topics: { stale: 'Stale' } } }));
    const corruptKey = `${STORAGE_PREFIX}${client.apiUrl('learningcircles/cities/')}`;
    localStorage.setItem(corruptKey, '{"expires": 9999999999999, "value": {"items": [');
    const topics = await client.courseTopics();
    expect(topics.map((t) => t.slug)).not.to.include('stale');
    expect((await client.cities()).length).to.be.greaterThan(0);
    expect(await hits(tag)).to.equal(4);
    expect(JSON.parse(localStorage.getItem(corruptKey)!).value, 'the corrupt entry was replaced').to.have.property('items');
  });

  it('keeps the stored lists few: writing one drops this library’s expired entries, and only those', async () => {
    const old = `${STORAGE_PREFIX}https://gone.example.org/api/learningcircles/topics/`;
    localStorage.setItem(old, JSON.stringify({ expires: Date.now() - 1, value: { topics: {} } }));
    localStorage.setItem('library-site-setting', 'kept');
    try {
      await getClient({ endpoint: FIXTURE }).circleTopics();
      expect(localStorage.getItem(old)).to.equal(null);
      expect(localStorage.getItem('library-site-setting')).to.equal('kept');
      clearApiCache();
      expect(Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_PREFIX))).to.deep.equal([]);
      expect(localStorage.getItem('library-site-setting'), 'clearApiCache leaves the page’s own keys').to.equal('kept');
    } finally {
      localStorage.removeItem('library-site-setting');
    }
  });

  it('still works when localStorage refuses to store', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const topics = await getClient({ endpoint: FIXTURE }).circleTopics();
      expect(topics.length).to.be.greaterThan(0);
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('still works when reading localStorage throws (a sandboxed iframe, storage turned off)', async () => {
    const tag = uniqueTag();
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const client = getClient({ endpoint: fixture({ tag }) });
      expect((await client.circleTopics()).length).to.be.greaterThan(0);
      clearApiCache();
      expect((await client.circleTopics()).length).to.be.greaterThan(0);
      expect(await hits(tag), 'each a miss, asked again').to.equal(2);
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });
});

describe('api/client: signup', () => {
  it('resolves "created" for the recorded valid signup (POST via fetch even on a JSONP client)', async () => {
    const client = getClient({ endpoint: FIXTURE, transport: 'jsonp' });
    expect(await client.signup(VALID_SIGNUP)).to.equal('created');
    expect(await client.signup(await recordedSignup('signup-lc3-custom-question-given'))).to.equal('created');
  });

  it('is never cached: two signups send two requests', async () => {
    const tag = uniqueTag();
    const client = getClient({ endpoint: fixture({ tag }) });
    await client.signup(VALID_SIGNUP);
    await client.signup(VALID_SIGNUP);
    expect(await hits(tag)).to.equal(2);
  });

  it('maps the recorded custom-question error to ValidationError with a flattened field', async () => {
    const request = await recordedSignup('signup-lc3-custom-question-missing');
    const error = await rejectionOf(getClient({ endpoint: FIXTURE }).signup(request));
    expect(error).to.be.instanceOf(ValidationError);
    expect(error.fields).to.deep.equal({ 'signup_questions.custom_question': ['Field is required'] });
  });

  it('maps every recorded signup error answer to ValidationError.fields', async () => {
    const rows = (await sampleIndex()).filter((r) => r.method === 'POST' && r.file.endsWith('.json'));
    let checked = 0;
    for (const row of rows) {
      const body = await sample(row.file);
      if (body.status !== 'error') continue;
      const error = await rejectionOf(getClient({ endpoint: fixture({ sample: row.name }) }).signup(VALID_SIGNUP));
      expect(error, row.name).to.be.instanceOf(ValidationError);
      for (const [field, messages] of Object.entries(body.errors)) {
        const list = messages as unknown[];
        if (typeof list[0] === 'string') expect(error.fields[field], row.name).to.deep.equal(list);
        else for (const [sub, m] of Object.entries(list[0] as object)) expect(error.fields[`${field}.${sub}`]).to.deep.equal(m);
      }
      checked++;
    }
    expect(checked).to.be.greaterThan(12);
  });

  it('maps the recorded HTML 500s to ServerError with maybeCreated', async () => {
    for (const name of ['signup-invalid-json-500', 'signup-form-encoded-500', 'signup-json-array-500']) {
      const error = await rejectionOf(getClient({ endpoint: fixture({ sample: name }) }).signup(VALID_SIGNUP));
      expect(error, name).to.be.instanceOf(ServerError);
      expect([error.status, error.maybeCreated, error.retryable], name).to.deep.equal([500, true, true]);
    }
  });

  it('treats any answer but {"status":"created"} as a failure', async () => {
    const error = await rejectionOf(getClient({ endpoint: fixture({ sample: 'lc-topics' }) }).signup(VALID_SIGNUP));
    expect(error).to.be.instanceOf(ServerError);
    const notAllowed = await rejectionOf(getClient({ endpoint: fixture({ sample: 'signup-get-405' }) }).signup(VALID_SIGNUP));
    expect([notAllowed.constructor, notAllowed.status, notAllowed.maybeCreated]).to.deep.equal([ServerError, 405, false]);
  });

  it('a signup drops cached circle lists (signup_count changed), keeps lookups', async () => {
    const tag = uniqueTag();
    const client = getClient({ endpoint: fixture({ tag }) });
    await client.getCircle(1);
    await client.circleTopics();
    await client.signup(VALID_SIGNUP);
    await client.getCircle(1);
    await client.circleTopics();
    expect(await hits(tag)).to.equal(4); // circle twice, topics once, signup once
  });

  it('a cross-origin POST the server does not allow is a NetworkError', async () => {
    const error = await rejectionOf(getClient({ endpoint: CROSS_ORIGIN_FIXTURE }).signup(VALID_SIGNUP));
    expect(error).to.be.instanceOf(NetworkError);
  });
});

describe('api/client: canPostSignup', () => {
  it('is true for a same-origin endpoint without any request', async () => {
    const tag = uniqueTag();
    expect(await getClient({ endpoint: fixture({ tag }) }).canPostSignup()).to.equal(true);
    expect(await hits(tag)).to.equal(0);
  });

  it('is false for a cross-origin endpoint that refuses CORS, and GETs keep using JSONP', async () => {
    const tag = uniqueTag();
    const client = getClient({ endpoint: fixture({ tag }, CROSS_ORIGIN_FIXTURE) });
    expect(await client.canPostSignup()).to.equal(false);
    expect(await client.canPostSignup()).to.equal(false);
    // a refusal looks like being offline, so it is asked again (a retry after the network is back)
    expect(await hits(tag)).to.equal(2);
    expect(client.currentTransport()).to.equal('jsonp');
  });

  it('is true after a successful CORS probe, which also switches auto GETs to fetch', async () => {
    const tag = uniqueTag();
    const endpoint = fixture({ tag, cors: 1 }, CROSS_ORIGIN_FIXTURE);
    const client = getClient({ endpoint });
    expect(client.currentTransport()).to.equal('jsonp');
    expect(await client.canPostSignup()).to.equal(true);
    expect(client.currentTransport()).to.equal('fetch');
    expect(await getClient({ endpoint, transport: 'jsonp' }).canPostSignup()).to.equal(true);
    expect(await hits(tag), "the preflight and the probe").to.equal(2);
    expect(await client.signup(VALID_SIGNUP)).to.equal('created');
  });

  it('an aborted caller rejects with AbortError', async () => {
    const client = getClient({ endpoint: fixture({ delay: 100 }, CROSS_ORIGIN_FIXTURE) });
    const error = await rejectionOf(client.canPostSignup({ signal: AbortSignal.abort() }));
    expect(isAbortError(error)).to.equal(true);
  });
});

describe('api/client: an answer is checked before it is cached (issue 16, D4)', () => {
  const ORIGIN = 'https://throttled.p2pu.test';
  const THROTTLED = { detail: 'Request was throttled. Expected available in 3 seconds.' };
  let original: typeof window.fetch;
  let requests: string[];
  /** Answers of the stand-in server, first to last (the last one repeats). */
  let answers: unknown[];

  beforeEach(() => {
    original = window.fetch;
    requests = [];
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const href = input instanceof Request ? input.url : String(input);
      if (!href.startsWith(ORIGIN)) return original(input, init);
      requests.push(href);
      const body = answers.length > 1 ? answers.shift() : answers[0];
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
  });
  afterEach(() => {
    window.fetch = original;
    clearApiCache();
  });

  const stored = () => Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_PREFIX) && k.includes(ORIGIN));

  it('a throttled look-up (HTTP 200, wrong shape) is stored nowhere, and asking again really asks', async () => {
    const topics = await sample('lc-topics.json');
    answers = [THROTTLED, THROTTLED, topics];
    const client = getClient({ endpoint: ORIGIN, transport: 'cors' });
    expect(await rejectionOf(client.circleTopics())).to.be.instanceOf(ServerError);
    expect(stored(), 'in localStorage').to.deep.equal([]);
    expect(await rejectionOf(client.circleTopics())).to.be.instanceOf(ServerError);
    expect(requests).to.have.length(2);
    // "Try again" once P2PU answers properly: the topics, which are then kept
    expect((await client.circleTopics()).map((t) => t.keyword)).to.include('programming');
    expect(requests).to.have.length(3);
    expect(stored()).to.have.length(1);
    await client.circleTopics();
    expect(requests).to.have.length(3);
  });

  it('a wrong-shaped list answer is not cached either: the next search asks again', async () => {
    answers = [THROTTLED, await sample('lc-list.json')];
    const client = getClient({ endpoint: ORIGIN, transport: 'cors' });
    expect(await rejectionOf(client.searchCircles({ q: 'python' }))).to.be.instanceOf(ServerError);
    expect((await client.searchCircles({ q: 'python' })).items.length).to.be.greaterThan(0);
    expect(requests).to.have.length(2);
  });

  it('a bad answer stored by an older version is dropped and asked for again (the next page view)', async () => {
    answers = [await sample('lc-cities.json')];
    const client = getClient({ endpoint: ORIGIN, transport: 'cors' });
    const key = `${STORAGE_PREFIX}${client.apiUrl('learningcircles/cities/')}`;
    localStorage.setItem(key, JSON.stringify({ expires: Date.now() + 3_000_000, value: THROTTLED }));
    expect((await client.cities()).length).to.be.greaterThan(0);
    expect(requests).to.have.length(1);
    expect(JSON.parse(localStorage.getItem(key)!).value).to.have.property('items');
  });
});
