import { expect, waitUntil } from '@open-wc/testing';
import { NetworkError, ServerError, TimeoutError, ValidationError, isAbortError } from './errors.js';
import {
  PRODUCTION_ORIGIN,
  chooseTransport,
  fetchJson,
  getAllowedEndpoints,
  isEndpointAllowed,
  jsonp,
  jsonpCallbackName,
  pageOriginAllowedByP2pu,
  setAllowedEndpoints,
} from './transport.js';
import {
  CROSS_ORIGIN_FIXTURE,
  FIXTURE,
  fixture,
  jsonpGlobals,
  jsonpScripts,
  pageErrorsDuring,
  rejectionOf,
  sample,
  uniqueTag,
  wait,
} from '../../test/api/helpers.js';
import { faultyEndpoint, localApi } from '../../test/local-api.js';

const LC = (base = FIXTURE) => `${base}/api/learningcircles/`;

/**
 * Makes the browser say it is offline (`navigator.onLine === false`), as it does when the device has
 * no network; returns the function that undoes it. The requests made meanwhile really fail (nothing
 * listens at the address the tests use), as they would offline.
 */
function pretendOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => void Reflect.deleteProperty(navigator, 'onLine');
}

/** An address where nothing listens (the test page allows it as an endpoint). */
const NOTHING_LISTENS = 'http://127.0.0.1:9';

/** Runs `body` with window.onerror replaced, so an expected script error does not fail the test. */
async function withPageErrorsAllowed(body: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const previous = window.onerror;
  window.onerror = (message) => {
    seen.push(String(message));
    return true;
  };
  try {
    await body();
  } finally {
    window.onerror = previous;
  }
  return seen;
}

describe('api/transport: chooseTransport', () => {
  const page = 'https://library.example.org';

  it('auto: fetch for a same-origin endpoint', () => {
    expect(chooseTransport('auto', FIXTURE)).to.equal('fetch');
    expect(chooseTransport('auto', 'https://library.example.org/p2pu-proxy', { pageOrigin: page })).to.equal('fetch');
  });

  it('auto: JSONP for a cross-origin endpoint not known to allow CORS', () => {
    expect(chooseTransport('auto', CROSS_ORIGIN_FIXTURE)).to.equal('jsonp');
    expect(chooseTransport('auto', PRODUCTION_ORIGIN, { pageOrigin: page })).to.equal('jsonp');
  });

  it('auto: fetch for production from a page on P2PU\'s allow-list, or after a successful probe', () => {
    expect(chooseTransport('auto', PRODUCTION_ORIGIN, { pageOrigin: 'https://www.p2pu.org' })).to.equal('fetch');
    expect(chooseTransport('auto', PRODUCTION_ORIGIN, { pageOrigin: 'https://p2pu.github.io' })).to.equal('fetch');
    expect(chooseTransport('auto', 'http://localhost:8787', { pageOrigin: 'https://www.p2pu.org' })).to.equal('jsonp');
    expect(chooseTransport('auto', CROSS_ORIGIN_FIXTURE, { corsKnown: true })).to.equal('fetch');
  });

  it('cors and jsonp force one transport', () => {
    expect(chooseTransport('cors', CROSS_ORIGIN_FIXTURE)).to.equal('fetch');
    expect(chooseTransport('jsonp', FIXTURE)).to.equal('jsonp');
  });

  it('pageOriginAllowedByP2pu implements the real allow-list', () => {
    const allowed = ['https://www.p2pu.org', 'https://p2pu.github.io', 'https://learningcircles.p2pu.org', 'https://a.b.p2pu.org', 'https://www.p2pu.org/some/page'];
    const refused = [
      'https://p2pu.org',
      'http://www.p2pu.org',
      'http://learningcircles.p2pu.org',
      'https://evilp2pu.org',
      'https://p2pu.org.evil.example',
      'https://www.p2pu.org:8443',
      'https://p2pu.github.io.evil.example',
      'https://library.example.org',
      'null',
      '',
      null,
      undefined,
    ];
    for (const o of allowed) expect(pageOriginAllowedByP2pu(o), o).to.equal(true);
    for (const o of refused) expect(pageOriginAllowedByP2pu(o), String(o)).to.equal(false);
  });
});

describe('api/transport: fetchJson', () => {
  it('returns the parsed JSON of a real answer', async () => {
    const body = (await fetchJson(`${LC()}?limit=2&offset=2`)) as { count: number; items: { id: number }[] };
    expect(body.count).to.equal(6);
    expect(body.items.map((i) => i.id)).to.deep.equal([3, 4]);
  });

  it('maps {"status":"error"} to ValidationError, whatever the HTTP status', async () => {
    const error = await rejectionOf(fetchJson(`${LC()}?limit=abc`));
    expect(error).to.be.instanceOf(ValidationError);
    expect(error.fields).to.deep.equal({ limit: ['Not a valid integer'] });
    const with500 = await rejectionOf(fetchJson(`${LC(fixture({ sample: 'lc-order-bogus', status: 500 }))}`));
    expect(with500).to.be.instanceOf(ValidationError);
    expect(Object.keys(with500.fields)).to.deep.equal(['order']);
  });

  it('maps the HTML 500 page to a retryable ServerError with status and a snippet', async () => {
    const error = await rejectionOf(fetchJson(`${LC()}?id=abc`));
    expect(error).to.be.instanceOf(ServerError);
    expect([error.kind, error.status, error.retryable, error.maybeCreated]).to.deep.equal(['server', 500, true, false]);
    expect(error.reason, 'P2PU answered with an error').to.equal('http-error');
    expect(error.snippet.length).to.be.within(1, 200);
    expect(error.snippet).to.match(/<!DOCTYPE html>|<html/i);
  });

  it('maps a 405 and a non-JSON 200 to ServerError', async () => {
    const notAllowed = await rejectionOf(fetchJson(`${FIXTURE}/api/signup/`));
    expect([notAllowed.constructor, notAllowed.status, notAllowed.retryable]).to.deep.equal([ServerError, 405, false]);
    expect(notAllowed.reason).to.equal('http-error');
    const html200 = await rejectionOf(fetchJson(LC(fixture({ sample: 'lc-id-invalid-500', status: 200 }))));
    expect(html200).to.be.instanceOf(ServerError);
    expect(html200.status).to.equal(200);
    expect(html200.message).to.contain('not valid JSON');
    expect(html200.reason, 'an answer that cannot be read').to.equal('unreadable');
  });

  it('flags a 5xx after a POST as maybeCreated', async () => {
    const error = await rejectionOf(
      fetchJson(`${fixture({ sample: 'signup-invalid-json-500' })}/api/signup/`, { method: 'POST', body: {} }),
    );
    expect(error).to.be.instanceOf(ServerError);
    expect([error.status, error.maybeCreated]).to.deep.equal([500, true]);
  });

  it('maps a CORS refusal and an unreachable server to NetworkError', async () => {
    const cors = await rejectionOf(fetchJson(`${LC(CROSS_ORIGIN_FIXTURE)}?limit=1`));
    expect(cors).to.be.instanceOf(NetworkError);
    expect([cors.kind, cors.retryable, cors.online]).to.deep.equal(['network', true, true]);
    expect(cors.message).to.contain('CORS');
    expect(cors.reason, 'the browser does not say why: no one to blame').to.equal('unreachable');
    const down = await rejectionOf(fetchJson(`${NOTHING_LISTENS}/api/learningcircles/?limit=1`));
    expect(down).to.be.instanceOf(NetworkError);
    expect([down.reason, down.online], 'online, so not "offline"').to.deep.equal(['unreachable', true]);
  });

  it('a fetch that fails while the browser says it is offline has the reason "offline"', async () => {
    const online = pretendOffline();
    let error: any;
    try {
      error = await rejectionOf(fetchJson(`${NOTHING_LISTENS}/api/learningcircles/?limit=1`));
    } finally {
      online();
    }
    expect(error).to.be.instanceOf(NetworkError);
    expect([error.reason, error.online, error.retryable, error.blockedByPolicy]).to.deep.equal(['offline', false, true, false]);
  });

  it('reads a cross-origin answer when the server allows CORS', async () => {
    const body = (await fetchJson(`${LC(fixture({ cors: 1 }, CROSS_ORIGIN_FIXTURE))}?limit=1`)) as { items: unknown[] };
    expect(body.items).to.have.length(1);
  });

  it('gives up after timeoutMs with a TimeoutError', async () => {
    const started = performance.now();
    const error = await rejectionOf(fetchJson(`${LC(fixture({ hang: 1 }))}?limit=1`, { timeoutMs: 150 }));
    expect(error).to.be.instanceOf(TimeoutError);
    expect(error.timeoutMs).to.equal(150);
    expect([error.reason, error.retryable]).to.deep.equal(['timeout', true]);
    expect(performance.now() - started).to.be.lessThan(2000);
  });

  it('rejects with an AbortError when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = fetchJson(`${LC(fixture({ hang: 1 }))}?limit=1`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const error = await rejectionOf(pending);
    expect(isAbortError(error)).to.equal(true);
    const already = await rejectionOf(fetchJson(`${LC()}?limit=1`, { signal: AbortSignal.abort() }));
    expect(isAbortError(already)).to.equal(true);
  });
});

describe('api/transport: JSONP', () => {
  afterEach(() => {
    expect(jsonpScripts(), 'no JSONP script left behind').to.have.length(0);
  });

  it('derives the callback name from the URL: same URL same name, other URL other name', () => {
    const a = jsonpCallbackName(`${LC()}?q=python&limit=20`);
    expect(a).to.match(/^__p2pu_jsonp_[0-9a-z]+$/);
    expect(jsonpCallbackName(`${LC()}?q=python&limit=20`)).to.equal(a);
    expect(jsonpCallbackName(`${LC()}?q=pythom&limit=20`)).not.to.equal(a);
    expect(jsonpCallbackName(`${LC()}?q=python&limit=21`)).not.to.equal(a);
  });

  it('loads the real JSONP answer with a utf-8, async script in <head> and cleans up after', async () => {
    expect(document.readyState, 'the test page has loaded').to.equal('complete');
    const url = `${LC()}?limit=1`;
    const pending = jsonp(url);
    const [script] = jsonpScripts();
    expect(script).to.exist;
    expect(script!.parentNode).to.equal(document.head);
    expect(script!.getAttribute('charset')).to.equal('utf-8');
    expect(script!.async).to.equal(true);
    expect(script!.src).to.equal(`${url}&callback=${jsonpCallbackName(url)}`);
    const body = (await pending) as { count: number; items: { id: number; name: string }[] };
    // The same data as the recorded JSONP answer (`handleData({...});`).
    const recorded = await (await fetch('/test/fixtures/real-api-samples/lc-jsonp-callback.js')).text();
    const start = recorded.indexOf('handleData(') + 'handleData('.length;
    expect(body).to.deep.equal(JSON.parse(recorded.slice(start, recorded.lastIndexOf(')'))));
    expect(body.count).to.equal(6);
    expect(body.items.map((i) => i.name)).to.deep.equal(['Python for Everybody at Central Library']);
    expect(jsonpScripts()).to.have.length(0);
    expect(jsonpGlobals()).to.deep.equal([]);
  });

  it('while the page loads, runs each answer in the order asked, not after the page\'s other tasks', async () => {
    // Chrome runs async scripts late while a page loads: the in-order list is not held back
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
    try {
      const first = jsonp(`${LC()}?limit=1`);
      const second = jsonp(`${LC()}?limit=2`);
      const scripts = jsonpScripts();
      expect(scripts.map((s) => s.async)).to.deep.equal([false, false]);
      const order: number[] = [];
      await Promise.all([first.then(() => order.push(1)), second.then(() => order.push(2))]);
      expect(order).to.deep.equal([1, 2]);
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
    expect(document.readyState).to.equal('complete');
  });

  it('serves non-ASCII text intact (charset utf-8)', async () => {
    const body = (await jsonp(`${LC()}?id=6&limit=1`)) as { items: { name: string }[] };
    const recorded = await sample('lc-id-6-draft.json');
    expect(body.items[0]!.name).to.equal(recorded.items[0].name);
    expect(body.items[0]!.name).to.equal('Écrire pour le web à Montréal');
  });

  it('works cross-origin, where fetch is refused', async () => {
    const body = (await jsonp(`${LC(CROSS_ORIGIN_FIXTURE)}?limit=2`)) as { items: unknown[] };
    expect(body.items).to.have.length(2);
  });

  it('shares one script between identical requests in flight', async () => {
    const url = `${LC(fixture({ delay: 100 }))}?q=python&limit=20`;
    const a = jsonp(url);
    const b = jsonp(url);
    expect(jsonpScripts()).to.have.length(1);
    const [ra, rb] = (await Promise.all([a, b])) as { items: { id: number }[] }[];
    expect(ra).to.equal(rb);
    const recorded = await sample('lc-q-python.json');
    expect(ra!.items.map((i) => i.id)).to.deep.equal(recorded.items.map((i: { id: number }) => i.id));
    expect(jsonpGlobals()).to.deep.equal([]);
  });

  it('maps the real validation error answer to ValidationError', async () => {
    const error = await rejectionOf(jsonp(`${LC()}?weekdays=mon`));
    expect(error).to.be.instanceOf(ValidationError);
    expect(error.fields).to.deep.equal({ weekdays: ['Not a list of integers seperated by commas'] });
    expect(jsonpGlobals()).to.deep.equal([]);
  });

  it('maps a script load error (the HTML 500) to NetworkError and cleans up', async () => {
    const error = await rejectionOf(jsonp(`${LC()}?id=abc`));
    expect(error).to.be.instanceOf(NetworkError);
    // over JSONP an HTML 500 and a network failure are the same script error: neither is blamed
    expect([error.reason, error.retryable, error.blockedByPolicy]).to.deep.equal(['unreachable', true, false]);
    expect(jsonpGlobals()).to.deep.equal([]);
  });

  it('a script that fails to load while the browser says it is offline has the reason "offline"', async () => {
    const url = `${NOTHING_LISTENS}/api/learningcircles/?limit=1`;
    expect(isEndpointAllowed(url), 'the test page allows the address').to.equal(true);
    const online = pretendOffline();
    let error: any;
    try {
      error = await rejectionOf(jsonp(url));
    } finally {
      online();
    }
    expect(error).to.be.instanceOf(NetworkError);
    expect([error.reason, error.retryable]).to.deep.equal(['offline', true]);
    expect(jsonpGlobals()).to.deep.equal([]);
  });

  it('maps a script that never calls back (malformed JSONP) to ServerError', async () => {
    let error: any;
    const pageErrors = await withPageErrorsAllowed(async () => {
      error = await rejectionOf(jsonp(`${LC(fixture({ badjs: 1 }))}?limit=3`));
    });
    expect(error).to.be.instanceOf(ServerError);
    expect(error.message).to.contain('not valid');
    expect([error.status, error.reason, error.retryable]).to.deep.equal([null, 'unreadable', true]);
    expect(pageErrors.join(' ')).to.match(/SyntaxError|Unexpected/);
    expect(jsonpGlobals()).to.deep.equal([]);
  });

  it('times out with TimeoutError, removes the script, and a late answer does not throw', async () => {
    const url = `${LC(fixture({ delay: 400 }))}?limit=4`;
    const name = jsonpCallbackName(url);
    let error: any;
    const errors = await pageErrorsDuring(async () => {
      error = await rejectionOf(jsonp(url, { timeoutMs: 100 }));
      expect(jsonpScripts()).to.have.length(0);
      expect(typeof (window as any)[name]).to.equal('function'); // harmless stub for the late answer
    }, 700);
    expect(error).to.be.instanceOf(TimeoutError);
    expect(error.reason).to.equal('timeout');
    expect(errors).to.deep.equal([]);
    expect((window as any)[name], 'the stub removes itself after the late call').to.equal(undefined);
  });

  it('abort detaches one caller while the other still gets the answer', async () => {
    const url = `${LC(fixture({ delay: 150 }))}?limit=5`;
    const controller = new AbortController();
    const aborted = jsonp(url, { signal: controller.signal });
    const kept = jsonp(url);
    expect(jsonpScripts()).to.have.length(1);
    controller.abort();
    expect(isAbortError(await rejectionOf(aborted))).to.equal(true);
    expect(jsonpScripts(), 'script stays for the other caller').to.have.length(1);
    const body = (await kept) as { items: unknown[] };
    expect(body.items).to.have.length(5);
  });

  it('abort of the last caller removes the script at once; the late answer does not throw', async () => {
    const url = `${LC(fixture({ delay: 200 }))}?limit=6`;
    const controller = new AbortController();
    let error: unknown;
    const errors = await pageErrorsDuring(async () => {
      const pending = jsonp(url, { signal: controller.signal });
      await wait(20);
      controller.abort();
      error = await rejectionOf(pending);
      expect(jsonpScripts()).to.have.length(0);
    }, 500);
    expect(isAbortError(error)).to.equal(true);
    expect(errors).to.deep.equal([]);
    expect(jsonpGlobals()).to.deep.equal([]);
  });

  it('a new identical request after a timed-out one still resolves and leaves nothing behind', async () => {
    const url = `${LC(fixture({ delay: 250 }))}?limit=2&offset=1`;
    const errors = await pageErrorsDuring(async () => {
      await rejectionOf(jsonp(url, { timeoutMs: 50 }));
      const body = (await jsonp(url, { timeoutMs: 2000 })) as { items: { id: number }[] };
      expect(body.items.map((i) => i.id)).to.deep.equal([2, 3]);
    }, 400);
    expect(errors).to.deep.equal([]);
    expect(jsonpGlobals()).to.deep.equal([]);
  });
});

describe('api/transport: the endpoints a page allows (issue 16, D1)', () => {
  let saved: string[];
  beforeEach(() => {
    saved = getAllowedEndpoints();
  });
  afterEach(() => {
    setAllowedEndpoints(saved);
    expect(jsonpScripts(), 'no JSONP script left behind').to.have.length(0);
  });

  it('is P2PU production alone by default; an origin allows every path on it, a base URL the paths below it', () => {
    setAllowedEndpoints([]);
    expect(getAllowedEndpoints()).to.deep.equal([PRODUCTION_ORIGIN]);
    expect(isEndpointAllowed(`${PRODUCTION_ORIGIN}/api/learningcircles/?limit=1`)).to.equal(true);
    expect(isEndpointAllowed(FIXTURE), 'not even the page\'s own origin').to.equal(false);

    const unusable = setAllowedEndpoints(['https://proxy.library.example', ' https://library.example/p2pu/api/ ', 'javascript:alert(1)', 'ftp://x.example']);
    expect(unusable).to.deep.equal(['javascript:alert(1)', 'ftp://x.example']);
    expect(getAllowedEndpoints()).to.deep.equal([PRODUCTION_ORIGIN, 'https://proxy.library.example', 'https://library.example/p2pu']);
    const allowed = [
      'https://proxy.library.example',
      'https://proxy.library.example/any/path/api/courses/?limit=1',
      'https://library.example/p2pu',
      'https://library.example/p2pu/api/learningcircles/?limit=1&callback=__p2pu_jsonp_1',
    ];
    const refused = [
      'https://library.example',
      'https://library.example/p2pu-evil/api/learningcircles/',
      'https://library.example/uploads/api/learningcircles/',
      'https://library.example/p2pu/../uploads/api/',
      'https://library.example/p2pu/%2e%2e/uploads/api/',
      'https://library.example/p2pu/..%2Fuploads/api/',
      'http://proxy.library.example',
      'https://proxy.library.example:8443',
      'https://proxy.library.example.evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      'data:text/javascript,alert(1)',
    ];
    for (const url of allowed) expect(isEndpointAllowed(url), url).to.equal(true);
    for (const url of refused) expect(isEndpointAllowed(url), url).to.equal(false);
  });

  it('loads no script from an endpoint the page does not allow, and says the page refused it', async () => {
    setAllowedEndpoints([]);
    const tag = uniqueTag();
    const error = await rejectionOf(jsonp(`${LC(fixture({ tag }, CROSS_ORIGIN_FIXTURE))}?limit=1`));
    expect(jsonpScripts()).to.have.length(0);
    expect(error).to.be.instanceOf(NetworkError);
    expect([error.blockedByPolicy, error.retryable]).to.deep.equal([true, false]);
    expect(error.message).to.contain('data-allowed-endpoints');
    expect(error.message).to.contain('setAllowedEndpoints');
    expect(jsonpGlobals()).to.deep.equal([]);
  });

  it('a pending callback takes only its own script\'s call: other scripts calling it change nothing', async () => {
    const url = `${LC(fixture({ delay: 250 }))}?limit=2`;
    const name = jsonpCallbackName(url);
    const fake = { count: 1, items: [{ id: 666, name: 'Hijacked' }] };
    const errors = await pageErrorsDuring(async () => {
      const pending = jsonp(url);
      // a plain call, and a call from another script on the page
      (window as any)[name](fake);
      const intruder = document.createElement('script');
      intruder.textContent = `window[${JSON.stringify(name)}](${JSON.stringify(fake)});`;
      document.body.append(intruder);
      intruder.remove();
      const body = (await pending) as { items: { id: number }[] };
      expect(body.items.map((i) => i.id)).to.deep.equal([1, 2]);
    });
    expect(errors).to.deep.equal([]);
    expect(jsonpGlobals()).to.deep.equal([]);
  });

  it('an answer that calls the other pending callbacks does not replace their data', async () => {
    const victim = jsonp(`${LC(fixture({ delay: 300 }))}?limit=2`);
    const hostile = (await jsonp(`${faultyEndpoint('hijack')}/api/learningcircles/?limit=1`)) as { items: { id: number }[] };
    expect(hostile.items).to.have.length(1);
    const body = (await victim) as { items: { id: number }[] };
    expect(body.items.map((i) => i.id)).to.deep.equal([1, 2]);
    expect(jsonpGlobals()).to.deep.equal([]);
  });
});

describe('api/transport: two copies of the library on one page (issue 16, D3)', () => {
  it('share the callback names: both get their answer, nothing is left on window, the page sees no error', async () => {
    // a second copy of this module, as the script-tag bundle beside the npm api.js
    const copy = `/src/api/transport.ts?copy=${uniqueTag()}`;
    const other = (await import(/* @vite-ignore */ copy)) as typeof import('./transport.js');
    expect(other.jsonp).not.to.equal(jsonp);
    const url = `${LC(fixture({ delay: 150 }))}?limit=3`;
    let bodies: { items: unknown[] }[] = [];
    const errors = await pageErrorsDuring(async () => {
      bodies = (await Promise.all([jsonp(url), other.jsonp(url)])) as { items: unknown[] }[];
    }, 300);
    expect(errors).to.deep.equal([]);
    expect(bodies.map((b) => b.items.length)).to.deep.equal([3, 3]);
    expect(jsonpGlobals()).to.deep.equal([]);
    expect(jsonpScripts()).to.have.length(0);
  });
});

describe('api/transport: misbehaving JSONP answers (issue 16, D11)', () => {
  afterEach(() => {
    expect(jsonpScripts(), 'no JSONP script left behind').to.have.length(0);
  });

  it('an answer that calls back twice: the first call counts, the second is ignored, without a page error', async () => {
    let body: any;
    const errors = await pageErrorsDuring(async () => {
      body = await jsonp(`${faultyEndpoint('twice')}/api/learningcircles/?limit=2&team_id=1`);
    }, 100);
    expect(errors).to.deep.equal([]);
    expect(body.items).to.have.length(2);
    expect(jsonpGlobals()).to.deep.equal([]);
  });

  it('an answer that throws after calling back: the data arrives, the page sees no error, nothing is left', async () => {
    let body: any;
    let errors: string[] = [];
    // (window.onerror, set before the library loaded, still hears of it: it is handled for the rest)
    await withPageErrorsAllowed(async () => {
      errors = await pageErrorsDuring(async () => {
        body = await jsonp(`${faultyEndpoint('throw')}/api/learningcircles/?limit=1&team_id=1`);
      }, 100);
    });
    expect(errors).to.deep.equal([]);
    expect(body.items).to.have.length(1);
    expect(jsonpGlobals()).to.deep.equal([]);
  });

  it('after a timeout, the callback name goes as soon as the late script has run, even one that fails or never calls', async () => {
    const failing = `${LC(fixture({ delay: 300 }))}?id=abc`; // an HTML 500: the late script fails to load
    const silent = `${LC(fixture({ delay: 300, badjs: 1 }))}?limit=7`; // a late script that never calls back
    const names = [jsonpCallbackName(failing), jsonpCallbackName(silent)];
    let errors: string[] = [];
    await withPageErrorsAllowed(async () => {
      errors = await pageErrorsDuring(async () => {
        const results = await Promise.all([rejectionOf(jsonp(failing, { timeoutMs: 50 })), rejectionOf(jsonp(silent, { timeoutMs: 50 }))]);
        for (const error of results) expect(error).to.be.instanceOf(TimeoutError);
        for (const name of names) expect(typeof (window as any)[name], 'a harmless stand-in while the script may come').to.equal('function');
      }, 700);
    });
    expect(errors, 'the late syntax error is not the page\'s').to.deep.equal([]);
    for (const name of names) expect((window as any)[name], name).to.equal(undefined);
    expect(jsonpGlobals()).to.deep.equal([]);
  });
});

describe('api/transport: refused by the page\'s Content-Security-Policy (issue 13)', function () {
  this.timeout(20000);
  const NONCE = 'transport-test';
  let frame: HTMLIFrameElement | null = null;
  afterEach(() => {
    frame?.remove();
    frame = null;
  });

  /** A same-origin page with its own CSP, the transport loaded in it, and the console warnings it logs. */
  async function pageWithPolicy(csp: string) {
    frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<script nonce="${NONCE}">
  window.__warnings = [];
  const warn = console.warn;
  console.warn = (...args) => { window.__warnings.push(args.join(' ')); warn.apply(console, args); };
</script>
<script type="module" nonce="${NONCE}">
  import * as transport from '/src/api/transport.ts';
  window.__transport = transport;
</script></head><body></body></html>`;
    document.body.append(frame);
    const win = frame.contentWindow as Window & Record<string, any>;
    await waitUntil(() => win.__transport, 'the framed page did not load the transport', { timeout: 15000 });
    return { transport: win.__transport as typeof import('./transport.js'), warnings: win.__warnings as string[] };
  }

  it('script-src refuses the JSONP script: blocked, not retryable, and one console hint naming script-src', async () => {
    const page = await pageWithPolicy(`script-src 'self' 'nonce-${NONCE}'`);
    page.transport.setAllowedEndpoints([localApi.open]);
    const url = `${localApi.open}/api/learningcircles/?limit=1`;
    const error = await rejectionOf(page.transport.jsonp(url));
    expect(error.name).to.equal('NetworkError');
    expect([error.reason, error.blockedByPolicy, error.retryable]).to.deep.equal(['blocked', true, false]);
    await rejectionOf(page.transport.jsonp(`${url}&offset=1`));
    const hints = page.warnings.filter((w) => w.includes('script-src'));
    expect(hints, 'one hint, however many requests were refused').to.have.length(1);
    expect(hints[0]).to.contain(`add ${new URL(localApi.open).origin} to script-src`);
  });

  it('connect-src refuses the fetch: blocked, not retryable, and one console hint naming connect-src', async () => {
    const page = await pageWithPolicy(`connect-src 'self'`);
    const error = await rejectionOf(page.transport.fetchJson(`${localApi.open}/api/learningcircles/?limit=1`));
    expect(error.name).to.equal('NetworkError');
    expect([error.reason, error.blockedByPolicy, error.retryable]).to.deep.equal(['blocked', true, false]);
    const hints = page.warnings.filter((w) => w.includes('connect-src'));
    expect(hints).to.have.length(1);
    expect(hints[0]).to.contain(`add ${new URL(localApi.open).origin} to connect-src`);
  });
});
