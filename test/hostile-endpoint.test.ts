/**
 * The endpoint is trusted with the whole page (issue 16): which endpoints a page allows on widget
 * tags (D1); the widgets under the page's own security settings, Content-Security-Policy and
 * Trusted Types (D13); and the signup behind an endpoint that lets a page GET but not POST (D5).
 * Each test reproduces what went wrong before the fix.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/circle-card/circle-card.js';
import '../src/components/circle-signup/circle-signup.js';
import '../src/config/p2pu-config.js';
import { CircleCardHarness } from '../src/components/circle-card/circle-card.harness.js';
import type { CircleCard } from '../src/components/circle-card/circle-card.js';
import { CircleSignup } from '../src/components/circle-signup/circle-signup.js';
import { CircleSignupHarness } from '../src/components/circle-signup/circle-signup.harness.js';
import type { P2puConfig } from '../src/config/p2pu-config.js';
import type { CircleFinder } from '../src/components/circle-finder/circle-finder.js';
import { CircleFinderHarness } from '../src/components/circle-finder/circle-finder.harness.js';
import { clearApiCache, getAllowedEndpoints, getClient, resetClients, setAllowedEndpoints } from '../src/api/index.js';
import { resetGlobalConfig, setGlobalConfig } from '../src/config/global-config.js';
import { faultyEndpoint, localApi } from './local-api.js';

const EVIL = 'https://evil.example';
const REFUSED = 'is not allowed on this page';

/** Every `<script src>` the page adds while a test runs. */
function watchScripts() {
  const sources: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof HTMLScriptElement && node.src) sources.push(node.src);
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  return { sources, stop: () => observer.disconnect() };
}

describe('an endpoint on a widget tag or <p2pu-config> needs the page owner\'s consent (issue 16, D1)', () => {
  let saved: string[];
  let warnings: string[];
  let originalWarn: typeof console.warn;
  let scripts: ReturnType<typeof watchScripts>;

  beforeEach(() => {
    saved = getAllowedEndpoints();
    setAllowedEndpoints([]); // the default: P2PU production, and the script tag's own endpoint
    setGlobalConfig({ endpoint: localApi.open }); // as the script tag's data-endpoint does
    clearApiCache();
    resetClients();
    warnings = [];
    originalWarn = console.warn;
    console.warn = (message: unknown) => warnings.push(String(message));
    scripts = watchScripts();
  });
  afterEach(() => {
    scripts.stop();
    console.warn = originalWarn;
    resetGlobalConfig();
    setAllowedEndpoints(saved);
  });

  it('a tag\'s endpoint the page did not allow is ignored: the widget uses the page\'s endpoint, tells the page editor, loads nothing from it', async () => {
    const el = await fixture<CircleCard>(html`<circle-card circle-id="4821" endpoint=${EVIL} transport="jsonp"></circle-card>`);
    const card = await new CircleCardHarness(el).settled();
    expect(el.config.endpoint).to.equal(localApi.open);
    expect(card.state).to.equal('content');
    expect(card.title).to.contain('Python at Riverside');
    expect(card.problem).to.contain(`endpoint "${EVIL}" ${REFUSED}`);
    expect(card.problem).to.contain('data-allowed-endpoints');
    expect(warnings.filter((w) => w.includes(EVIL))).to.have.length(1);
    expect(scripts.sources.filter((src) => src.startsWith(EVIL))).to.deep.equal([]);
    expect(scripts.sources.some((src) => src.startsWith(localApi.open)), 'loaded from the page\'s endpoint').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('so is a <p2pu-config> endpoint: its own notice says so, the widgets inside use the page\'s endpoint', async () => {
    const root = await fixture<P2puConfig>(
      html`<p2pu-config endpoint="${EVIL}/p2pu/" transport="jsonp"><circle-card circle-id="4821"></circle-card></p2pu-config>`,
    );
    const el = root.querySelector<CircleCard>('circle-card')!;
    const card = await new CircleCardHarness(el).settled();
    expect(el.config.endpoint).to.equal(localApi.open);
    expect(el.config.transport, 'the block\'s other settings still apply').to.equal('jsonp');
    expect(card.title).to.contain('Python at Riverside');
    expect(root.shadowRoot!.querySelector('[part="problem"]')!.textContent).to.contain(`endpoint "${EVIL}/p2pu" ${REFUSED}`);
    expect(scripts.sources.filter((src) => src.startsWith(EVIL))).to.deep.equal([]);
  });

  it('an endpoint the page allows (setAllowedEndpoints, data-allowed-endpoints) is used, also when allowed after the widget rendered', async () => {
    const el = await fixture<CircleCard>(html`<circle-card circle-id="4821" endpoint=${localApi.p2pu} transport="jsonp"></circle-card>`);
    const card = await new CircleCardHarness(el).settled();
    expect(el.config.endpoint).to.equal(localApi.open);
    expect(card.problem).to.contain(REFUSED);

    setAllowedEndpoints([localApi.p2pu]);
    await waitUntil(() => el.config.endpoint === localApi.p2pu && card.problem === null, 'the widget did not re-read its settings');
    await card.reached('content');
    expect(card.title).to.contain('Python at Riverside');
    expect(scripts.sources.some((src) => src.startsWith(localApi.p2pu))).to.equal(true);
  });

  it('P2PU production is allowed without any list', async () => {
    const el = await fixture<CircleCard>(
      html`<circle-card .circle=${null} endpoint="https://learningcircles.p2pu.org/api/"></circle-card>`,
    );
    await el.updateComplete;
    expect(el.config.endpoint).to.equal('https://learningcircles.p2pu.org');
    expect(new CircleCardHarness(el).problem ?? '').not.to.contain(REFUSED);
  });
});

describe('a signup behind an endpoint that lets a page GET but refuses the POST\'s preflight (issue 16, D5)', () => {
  const signupCount = async () =>
    ((await (await fetch(`${localApi.open}/__signups?format=json`)).json()) as { count: number }).count;

  beforeEach(() => {
    clearApiCache();
    resetClients();
  });

  it('the signup check asks what the POST needs (a preflight) and creates nothing', async () => {
    const before = await signupCount();
    // a simple GET of this endpoint works: that is what the old check asked
    const page = await (await fetch(`${faultyEndpoint('nopreflight')}/api/learningcircles/?limit=1`)).json();
    expect(page.items).to.have.length(1);
    expect(await getClient({ endpoint: faultyEndpoint('nopreflight') }).canPostSignup()).to.equal(false);
    expect(await getClient({ endpoint: localApi.open }).canPostSignup(), 'an endpoint that allows the POST').to.equal(true);
    expect(await signupCount()).to.equal(before);
  });

  it('<circle-signup> shows the link to sign up on P2PU instead of a form that could never be sent', async () => {
    const el = await fixture<CircleSignup>(html`<circle-signup circle-id="4791" endpoint=${faultyEndpoint('nopreflight')}></circle-signup>`);
    const signup = await new CircleSignupHarness(el).settled();
    expect(signup.state).to.equal('link-out');
    expect(signup.linkOut!.href).to.match(/\/signup\/[^/]*-4791\/$/);
    expect(signup.query('form')).to.equal(null);
  });

  it('a signup that could not be sent after all offers P2PU\'s own signup page beside "Try again"', async () => {
    CircleSignup.minimumFillMs = 0;
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      init?.method === 'POST' && String(input).includes('/api/signup/')
        ? Promise.reject(new TypeError('Failed to fetch')) // as a refused preflight looks to a page
        : original(input, init);
    try {
      const el = await fixture<CircleSignup>(html`<circle-signup circle-id="4791" endpoint=${localApi.open}></circle-signup>`);
      const signup = await new CircleSignupHarness(el).reached('form');
      await signup.fill({ name: 'Ada Learner', email: 'ada.d5@example.org', goals: 'Learn', support: 'Share notes', consent: true });
      await signup.submit();
      await waitUntil(() => signup.failure, 'no failure message');
      const link = signup.failure!.querySelector<HTMLAnchorElement>('a')!;
      expect(link, 'a link to P2PU\'s signup page').to.exist;
      expect(link.href).to.match(/\/signup\/[^/]*-4791\/$/);
      expect(link.target).to.equal('_blank');
      expect(link.textContent).to.contain('Sign up on P2PU');
      expect(signup.failure!.querySelector('button')!.textContent).to.contain('Try again');
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = original;
      CircleSignup.minimumFillMs = 3000;
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The page's own security settings (D13): each case in a same-origin iframe whose page has its
// Content-Security-Policy (a meta tag) and loads this library's modules.

const NONCE = 'p2pu-test-nonce';

interface PolicyPage {
  win: Window & Record<string, any>;
  doc: Document;
  /** Uncaught errors and unhandled rejections on that page. */
  errors: string[];
  lib: Record<string, any>;
}

let frames: HTMLIFrameElement[] = [];

async function policyPage(csp: string): Promise<PolicyPage> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<script nonce="${NONCE}">
  window.__errors = [];
  addEventListener('error', (e) => window.__errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
</script>
<script type="module" nonce="${NONCE}">
  import * as transport from '/src/api/transport.ts';
  import * as config from '/src/config/global-config.ts';
  import * as trusted from '/src/internal/trusted-types.ts';
  import { errorText } from '/src/internal/error-text.ts';
  import '/src/components/circle-card/circle-card.ts';
  import '/src/components/circle-finder/circle-finder.ts';
  window.__lib = { ...transport, ...config, ...trusted, errorText };
</script></head><body></body></html>`;
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  document.body.append(frame);
  frames.push(frame);
  const win = frame.contentWindow as Window & Record<string, any>;
  await waitUntil(() => win.__lib, 'the framed page did not load the library', { timeout: 15000 });
  return { win, doc: frame.contentDocument!, errors: win.__errors, lib: win.__lib };
}

const rejection = async (promise: Promise<unknown>): Promise<any> => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
};

describe('under the page\'s Content-Security-Policy and Trusted Types (issue 16, D13)', function () {
  this.timeout(30000);

  afterEach(() => {
    for (const frame of frames) frame.remove();
    frames = [];
  });

  it('Trusted Types enforced: JSONP loads through the p2pu-widgets policy', async () => {
    const page = await policyPage(`require-trusted-types-for 'script'`);
    page.lib.setGlobalConfig({ endpoint: localApi.open });
    const body = await page.lib.jsonp(`${localApi.open}/api/learningcircles/?limit=2&team_id=1`);
    expect(body.items).to.have.length(2);
    expect(page.errors).to.deep.equal([]);
  });

  it('the policy signs only JSONP URLs of allowed endpoints, and only escaped JSON', async () => {
    const page = await policyPage(`require-trusted-types-for 'script'`);
    const { trustedScriptUrl, trustedJsonLd } = page.lib;
    page.lib.setGlobalConfig({ endpoint: localApi.open });
    await page.lib.jsonp(`${localApi.open}/api/learningcircles/?limit=1`); // the transport sets the policy's rule
    page.lib.setAllowedEndpoints([]);
    const refused = /not a request to an allowed P2PU endpoint/;
    expect(() => trustedScriptUrl(`${EVIL}/api/learningcircles/?callback=__p2pu_jsonp_1`)).to.throw(refused);
    expect(() => trustedScriptUrl(`https://learningcircles.p2pu.org/api/learningcircles/?limit=1`), 'no callback').to.throw(refused);
    expect(String(trustedScriptUrl('https://learningcircles.p2pu.org/api/learningcircles/?callback=__p2pu_jsonp_1'))).to.contain('learningcircles.p2pu.org');
    expect(() => trustedJsonLd('alert(document.cookie)')).to.throw();
    expect(() => trustedJsonLd('{"name":"</script><script>alert(1)</script>"}')).to.throw();
    expect(String(trustedJsonLd('[{"name":"\\u003c/script\\u003e"}]'))).to.equal('[{"name":"\\u003c/script\\u003e"}]');
  });

  it('Trusted Types enforced: the finder writes its JSON-LD without an uncaught TypeError', async () => {
    const page = await policyPage(`require-trusted-types-for 'script'`);
    page.lib.setGlobalConfig({ endpoint: localApi.open, transport: 'cors' });
    const finder = page.doc.createElement('circle-finder');
    finder.setAttribute('team-id', '1');
    page.doc.body.append(finder);
    await waitUntil(() => finder.querySelector('script[type="application/ld+json"]'), 'no JSON-LD', { timeout: 8000 });
    const events = JSON.parse(finder.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(events[0]['@type']).to.equal('Event');
    expect(page.errors).to.deep.equal([]);
  });

  it('Trusted Types enforced but the policy not allowed: a page-settings error, not a TypeError; the finder still works', async () => {
    const page = await policyPage(`require-trusted-types-for 'script'; trusted-types lit-html`);
    page.lib.setGlobalConfig({ endpoint: localApi.open, transport: 'cors' });
    const error = await rejection(page.lib.jsonp(`${localApi.open}/api/learningcircles/?limit=1`));
    expect(error.name).to.equal('NetworkError');
    expect(error.blockedByPolicy).to.equal(true);
    expect(error.message).to.contain('p2pu-widgets');
    const finder = page.doc.createElement('circle-finder');
    finder.setAttribute('team-id', '1');
    page.doc.body.append(finder);
    const results = await new CircleFinderHarness(finder as CircleFinder).reached('content', 8000);
    expect(results.queryAll('circle-card').length).to.be.greaterThan(0);
    expect(finder.querySelector('script[type="application/ld+json"]'), 'no structured data, nothing else lost').to.equal(null);
    expect(page.errors).to.deep.equal([]);
  });

  it('CSP refuses the JSONP script: the error says the page blocked it, and the widget words it for the page\'s editor', async () => {
    const page = await policyPage(`script-src 'self' 'nonce-${NONCE}'`);
    page.lib.setGlobalConfig({ endpoint: localApi.open, transport: 'jsonp' });
    const error = await rejection(page.lib.jsonp(`${localApi.open}/api/learningcircles/?limit=1`));
    expect(error.name).to.equal('NetworkError');
    expect([error.blockedByPolicy, error.retryable]).to.deep.equal([true, false]);
    expect(error.message).to.contain('Content-Security-Policy');
    const words = page.lib.errorText(error, 'circle');
    expect(words.detail).to.contain('security settings block P2PU');
    expect(words.detail).not.to.contain('connection');

    const card = page.doc.createElement('circle-card') as CircleCard;
    card.setAttribute('circle-id', '4821');
    page.doc.body.append(card);
    const harness = new CircleCardHarness(card);
    await harness.reached('error', 8000);
    expect(harness.text).to.contain('security settings block P2PU');
    expect(harness.text).not.to.contain('Check your connection');
  });
});
