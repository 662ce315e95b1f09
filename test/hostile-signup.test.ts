/**
 * Hardening of <circle-signup> and of the sentences every widget builds around API text (issue 16:
 * D7, D8, D9, D12 and the extra cases). Each test reproduces what went wrong before the fix:
 *
 * - D7: a `privacy-url` that is not a web page removed the privacy link under the consent box;
 * - D8: a right-to-left override (U+202E) in one value reversed the words after it (the rest of a
 *   place, the other facilitators, the rest of a finder's summary);
 * - D9: `?circle=<any words>` was shown verbatim in the widget;
 * - D12: the answers could be changed while the signup was sending (the old ones were sent, the new
 *   ones shown, then "You are signed up");
 * - a retry after a timed-out signup, leaving the page with unsent answers, invisible-only answers
 *   and impossible mobile numbers.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { DEFAULT_TIMEOUT_MS, clearApiCache, resetClients } from '../src/api/index.js';
import { CircleSignup } from '../src/components/circle-signup/circle-signup.js';
import { CircleSignupHarness } from '../src/components/circle-signup/circle-signup.harness.js';
import type { CircleCard } from '../src/components/circle-card/circle-card.js';
import type { CourseCard } from '../src/components/course-card/course-card.js';
import { chipLabel, summarySentence } from '../src/components/circle-finder/finder-text.js';
import type { FinderState } from '../src/components/circle-finder/finder-state.js';
import { circleFixture } from './circle-card-fixtures.js';
import { courseFixture } from './course-card-fixtures.js';
import { clearFaults, injectFault, localApi } from './local-api.js';
import { STUB_ORIGIN, installStubApi, json } from './hostile/stub-api.js';
import './hostile/widgets.js';
import { watchSignups } from './watch.js';

// ---------------------------------------------------------------------------------------------
// Helpers

/** Open, without a seat limit: these tests' signups never fill it. */
const OPEN_CIRCLE = '4791';
const P2PU_PRIVACY = 'https://www.p2pu.org/privacy/';

const harness = (el: CircleSignup) => new CircleSignupHarness(el);

async function mount(markup: ReturnType<typeof html>) {
  const el = await fixture<CircleSignup>(markup);
  return harness(el).settled();
}

let counter = 0;
const answers = () => ({
  name: 'Ada Learner',
  email: `hostile.${Date.now().toString(36)}.${counter++}@example.org`,
  goals: 'Read Python code at work',
  support: 'Share notes',
  consent: true,
});

/** Console warnings while `run` runs. */
async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}


/** Makes the client's 15 s request timeout fire after `ms` (as test/faults.test.ts does). */
function shortenRequestTimeout(ms = 700): () => void {
  const original = window.setTimeout;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) =>
    original(handler, delay === DEFAULT_TIMEOUT_MS ? ms : delay, ...args)) as unknown as typeof window.setTimeout;
  return () => void (window.setTimeout = original);
}

/** Every text node in `root`, its shadow roots and theirs. */
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out.push(child as Text);
      else if (child instanceof Element) {
        if (child.localName === 'style') continue;
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  walk(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return out;
}

/**
 * Whether `word` reads as typed where it is shown: each of its letters to the right of the one
 * before. A right-to-left override leaking out of a value before it draws it backwards.
 */
function readsInOrder(root: Node, word: string): boolean {
  const nodes = textNodes(root).filter((node) => node.data.includes(word));
  if (nodes.length === 0) throw new Error(`"${word}" is not shown`);
  return nodes.every((node) => {
    const start = node.data.indexOf(word);
    const xs = Array.from({ length: word.length }, (_, k) => {
      const range = document.createRange();
      range.setStart(node, start + k);
      range.setEnd(node, start + k + 1);
      return range.getBoundingClientRect().left;
    });
    return xs.every((x, k) => k === 0 || x > xs[k - 1]!);
  });
}

const RLO = '\u202E';
const PDI = '\u2069';

// ---------------------------------------------------------------------------------------------

describe('hostile: <circle-signup>', () => {
  let undo: (() => void)[] = [];

  beforeEach(() => {
    clearApiCache();
    resetClients();
    CircleSignup.minimumFillMs = 0;
    undo = [];
  });
  afterEach(async () => {
    for (const fn of undo.reverse()) fn();
    CircleSignup.minimumFillMs = 3000;
    await clearFaults();
  });

  describe('D7: a privacy-url that is not a web page', () => {
    for (const bad of ['javascript:alert(document.domain)//d7', 'mailto:privacy@library.example?subject=d7']) {
      it(`links to P2PU's privacy policy instead of none, and tells the page editor (${bad.split(':')[0]}:)`, async function () {
        // two whole forms, each checked by axe: more than the default 8 s on a busy 2-core machine
        this.timeout(20000);
        let wrapper!: HTMLElement;
        const warnings = await warningsDuring(async () => {
          wrapper = await fixture<HTMLElement>(html`<div>
            <circle-signup endpoint=${localApi.open} circle-id=${OPEN_CIRCLE} privacy-url=${bad}></circle-signup>
            <circle-signup endpoint=${localApi.open} circle-id=${OPEN_CIRCLE} privacy-url=${bad}></circle-signup>
          </div>`);
          await Promise.all([...wrapper.querySelectorAll<CircleSignup>('circle-signup')].map((el) => harness(el).settled()));
        });
        for (const el of wrapper.querySelectorAll<CircleSignup>('circle-signup')) {
          const s = harness(el);
          expect(s.state).to.equal('form');
          // the consent box asks to agree: there is always a policy to read
          const link = s.query<HTMLAnchorElement>('#cs-consent-hint a')!;
          expect(link, 'no privacy link under the consent box').to.exist;
          expect(link.href).to.equal(P2PU_PRIVACY);
          expect(s.problem).to.contain('For the page editor');
          expect(s.problem).to.contain(`privacy-url "${bad}" is not a web address`);
          expect(s.problem).to.contain("P2PU's privacy policy instead");
          await expect(el).to.be.accessible();
        }
        expect(warnings.filter((w) => w.includes('privacy-url') && w.includes(bad)), 'one console warning').to.have.length(1);
      });
    }

    it('keeps a relative or https privacy-url of the library, with no notice', async () => {
      const s = await mount(
        html`<circle-signup endpoint=${localApi.open} circle-id=${OPEN_CIRCLE} privacy-url="/privacy.html"></circle-signup>`,
      );
      expect(s.query<HTMLAnchorElement>('#cs-consent-hint a')!.href).to.equal(new URL('/privacy.html', location.href).href);
      expect(s.problem).to.equal(null);
    });
  });

  describe('D8: an override in one value stays in it', () => {
    it('keeps the place and the other facilitators in order in the summary and the confirmation', async () => {
      const stub = installStubApi({
        rewrite: (body, url) =>
          url.searchParams.get('id') === OPEN_CIRCLE
            ? {
                ...body,
                items: body.items.map((item: Record<string, unknown>) => ({
                  ...item,
                  name: `Python ${RLO}at Central`,
                  venue: `Abc ${RLO}evil venue`,
                  venue_address: 'Cape Town Library',
                  facilitator: `Maya${RLO} and Tomasz`,
                  facilitators: [`Maya${RLO}`, 'Tomasz'],
                })),
              }
            : body,
        answer: ({ method }) => (method === 'POST' ? json({ status: 'created' }) : null),
      });
      undo.push(stub.restore);
      const s = await mount(
        html`<circle-signup endpoint=${STUB_ORIGIN} transport="cors" circle-id=${OPEN_CIRCLE}></circle-signup>`,
      );
      expect(s.state).to.equal('form');
      expect(s.summaryText).to.contain('Tomasz');
      expect(readsInOrder(s.summary!, 'Tomasz'), 'the facilitator after one ending in U+202E').to.equal(true);
      expect(readsInOrder(s.summary!, 'Cape'), 'the address after the venue').to.equal(true);

      await s.fill(answers());
      s.submitButton!.click();
      await s.reached('done');
      expect(s.confirmationText).to.contain('Cape Town Library');
      expect(readsInOrder(s.confirmation!, 'Cape'), 'the address after the venue, on one line').to.equal(true);
      // the circle's name inside "You are signed up for …" is isolated from the sentence
      expect(s.query('#cs-done-title')!.textContent).to.contain(`\u2068Python ${RLO}at Central${PDI}`);
    });
  });

  describe('D9: a page address that names no circle', () => {
    it('does not repeat what the address says, however long, in the widget; the console gets a short, escaped start', async () => {
      const attack = `Signup moved! Call +1-555-0100 now to keep your seat. ${'x'.repeat(5000)}\n<b>end</b>`;
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?circle=${encodeURIComponent(attack)}`);
      try {
        let el!: CircleSignup;
        const warnings = await warningsDuring(async () => {
          el = await fixture<CircleSignup>(
            html`<circle-signup endpoint=${localApi.open} circle-id-param="circle" circle-id=${OPEN_CIRCLE}></circle-signup>`,
          );
          await el.updateComplete;
        });
        const s = harness(el);
        expect(s.state).to.equal('problem');
        expect(s.problem).to.contain('This signup form does not know which learning circle to sign you up for.');
        expect(s.problem).to.contain('The address of this page does not name a learning circle.');
        expect(s.text).not.to.contain('Call');
        expect(s.text).not.to.contain('555');
        expect(s.text).not.to.contain('xxxxx');
        expect(s.text.length).to.be.below(400);
        expect(s.form).to.equal(null);
        const warning = warnings.find((w) => w.includes('circle id'))!;
        expect(warning).to.exist;
        expect(warning.length).to.be.below(200);
        expect(warning).not.to.contain('\n');
        await expect(el).to.be.accessible();
      } finally {
        history.replaceState(null, '', before);
      }
    });
  });

  describe('D12: sending locks the answers', () => {
    it('keeps every answer locked and shown while sending, so what is shown is what was sent', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const posts = watchSignups(() => gate.then(() => json({ status: 'created' })));
      undo.push(posts.restore);
      const s = await mount(html`<circle-signup endpoint=${localApi.open} circle-id=${OPEN_CIRCLE}></circle-signup>`);
      const typed = { ...answers(), region: 'ZA', phone: '082 123 4567', optIn: true };
      await s.fill(typed);
      await s.submit();
      expect(s.state).to.equal('submitting');

      for (const name of ['name', 'email', 'mobile', 'goals', 'support'] as const) {
        expect(s.field<HTMLInputElement>(name)!.readOnly, `${name} is read-only`).to.equal(true);
      }
      for (const name of ['consent', 'optIn', 'country'] as const) {
        expect(s.field<HTMLInputElement>(name)!.disabled, `${name} is disabled`).to.equal(true);
      }
      expect(s.submitButton!.getAttribute('aria-disabled')).to.equal('true');
      expect(s.form!.getAttribute('aria-busy')).to.equal('true');
      await expect(s.element).to.be.accessible();

      // a change that gets through anyway (a script, an extension) is undone: the form shows what is sent
      const email = s.field('email')!;
      email.value = 'someone.else@example.org';
      email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const goals = s.field<HTMLTextAreaElement>('goals')!;
      goals.value = 'Changed mid-flight';
      goals.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await s.element.updateComplete;
      expect(s.values.email).to.equal(typed.email);
      expect(s.values.goals).to.equal(typed.goals);

      release();
      await s.reached('done');
      expect(posts.bodies).to.have.length(1);
      expect(posts.bodies[0]).to.include({ email: typed.email, name: typed.name, mobile: '+27821234567' });
    });

    it('unlocks the answers when the signup fails, for the learner to fix or retry', async () => {
      const posts = watchSignups((call) => (call === 1 ? Promise.reject(new TypeError('Failed to fetch')) : null));
      undo.push(posts.restore);
      const s = await mount(html`<circle-signup endpoint=${localApi.open} circle-id=${OPEN_CIRCLE}></circle-signup>`);
      await s.fill(answers());
      await s.submit();
      await waitUntil(() => s.failure, 'no failure shown');
      await s.element.updateComplete;
      for (const name of ['name', 'email', 'mobile', 'goals', 'support'] as const) {
        expect(s.field<HTMLInputElement>(name)!.readOnly, name).to.equal(false);
      }
      for (const name of ['consent', 'optIn', 'country'] as const) {
        expect(s.field<HTMLInputElement>(name)!.disabled, name).to.equal(false);
      }
      expect(s.form!.getAttribute('aria-busy')).to.equal('false');
      await s.fill({ name: 'Ada L.' });
      expect(s.values.name).to.equal('Ada L.');
    });
  });

  describe('a retry after a signup that timed out', () => {
    it('says trying again is safe, and sends one POST per press of "Try again", a double click included', async function () {
      this.timeout(12000);
      undo.push(shortenRequestTimeout());
      const posts = watchSignups();
      undo.push(posts.restore);
      const s = await mount(html`<circle-signup endpoint=${localApi.open} circle-id=${OPEN_CIRCLE}></circle-signup>`);
      await s.fill(answers());
      await injectFault('hang', { path: '/api/signup/', times: 1 });
      const failed = oneEvent(s.element, 'p2pu-signup-error');
      await s.submit();
      expect((await failed).detail.kind).to.equal('timeout');
      await s.element.updateComplete;
      expect(s.failureText).to.contain('We could not confirm your signup.');
      expect(s.failureText).to.contain('Trying again is safe');
      expect(s.failureText).to.contain('instead of signing you up twice');
      expect(posts.bodies).to.have.length(1);

      const retry = s.retryButton!;
      retry.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
      retry.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 2 }));
      await s.reached('done');
      expect(posts.bodies, 'the first send and one retry').to.have.length(2);
      expect(posts.bodies[1]).to.deep.equal(posts.bodies[0]);
    });
  });

  describe('leaving the page with answers not yet sent', () => {
    /** Fires `beforeunload` as a browser does before leaving; true when the page asks first. */
    const leaving = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };

    it('asks first while the form holds typed answers, not before, not after the signup, not once the widget is gone', async () => {
      const s = await mount(html`<circle-signup endpoint=${localApi.open} circle-id=${OPEN_CIRCLE}></circle-signup>`);
      expect(leaving(), 'an untouched form').to.equal(false);
      const typed = answers();
      await s.fill({ name: typed.name });
      expect(leaving(), 'a typed name').to.equal(true);
      await s.fill({ name: '' });
      expect(leaving(), 'the name erased again').to.equal(false);
      await s.fill(typed);
      expect(leaving()).to.equal(true);
      // what was typed is kept nowhere the page (or a reload) could read it
      const stored = JSON.stringify({ ...localStorage, ...sessionStorage });
      expect(stored).not.to.contain(typed.email);
      expect(stored).not.to.contain(typed.goals);

      s.submitButton!.click();
      await s.reached('done');
      expect(leaving(), 'after the signup').to.equal(false);

      const again = await mount(html`<circle-signup endpoint=${localApi.open} circle-id=${OPEN_CIRCLE}></circle-signup>`);
      await again.fill({ goals: 'Something' });
      expect(leaving()).to.equal(true);
      again.element.remove();
      expect(leaving(), 'the widget left the page').to.equal(false);
    });
  });

  describe('answers that are not answers', () => {
    it('takes names and answers of zero-width characters only as empty, and sends nothing', async () => {
      const posts = watchSignups();
      undo.push(posts.restore);
      const s = await mount(html`<circle-signup endpoint=${localApi.open} circle-id=${OPEN_CIRCLE}></circle-signup>`);
      await s.fill({ ...answers(), name: '\u200B\u200C\u200D', goals: '\u2060\uFEFF', support: ' \u200E\u200F ' });
      await s.submit();
      expect(s.state).to.equal('form');
      expect(s.errorLinks).to.deep.equal(['#cs-name', '#cs-goals', '#cs-support']);
      expect(s.fieldError('name')).to.contain('Enter your name');
      expect(posts.bodies).to.have.length(0);
    });

    for (const [region, phone] of [['US', '+999 1234567'], ['US', '0000000000'], ['ES', '61 234 567']] as const) {
      it(`refuses the mobile number ${phone} (${region}), which cannot exist, and sends nothing`, async () => {
        const posts = watchSignups();
        undo.push(posts.restore);
        const s = await mount(html`<circle-signup endpoint=${localApi.open} circle-id=${OPEN_CIRCLE}></circle-signup>`);
        await s.fill({ ...answers(), region, phone });
        await s.submit();
        expect(s.errorLinks).to.deep.equal(['#cs-phone']);
        expect(s.fieldError('mobile')).to.contain('This is not a possible mobile number');
        expect(posts.bodies).to.have.length(0);
      });
    }
  });
});

describe('hostile: API text inside sentences and lists (D8)', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
  });

  it('<circle-card>: an override in the venue or one facilitator leaves the city and the other names in order', async () => {
    const circle = circleFixture({
      venue: `Abc ${RLO}evil venue`,
      city: 'Cape Town',
      facilitators: [`Maya${RLO}`, 'Tomasz', 'Ana'],
    });
    const el = await fixture<CircleCard>(html`<circle-card lang="en" .circle=${circle}></circle-card>`);
    await el.updateComplete;
    expect(readsInOrder(el, 'Cape'), 'the city after the venue').to.equal(true);
    expect(readsInOrder(el, 'Tomasz'), 'the name after one ending in U+202E').to.equal(true);
    expect(readsInOrder(el, 'Facilitated'), 'the sentence before').to.equal(true);
  });

  it('<circle-card>: a stray isolate end in a value cannot end its isolation early', async () => {
    const circle = circleFixture({ venue: `Abc${PDI} ${RLO}evil venue`, city: 'Cape Town', facilitators: [`Maya${PDI}${RLO}`, 'Tomasz'] });
    const el = await fixture<CircleCard>(html`<circle-card lang="en" .circle=${circle}></circle-card>`);
    await el.updateComplete;
    expect(readsInOrder(el, 'Cape')).to.equal(true);
    expect(readsInOrder(el, 'Tomasz')).to.equal(true);
  });

  it('<circle-finder> words: a city or topic is isolated in its chip and in the summary sentence', async () => {
    const state: FinderState = {
      q: 'python',
      topics: [],
      city: `Abc ${RLO}evil`,
      near: null,
      distanceKm: 16,
      days: [],
      online: 'any',
      order: null,
      tab: 'open',
      courseId: null,
    };
    const sentence = summarySentence(12, state, 'en');
    expect(sentence).to.contain(`in \u2068Abc ${RLO}evil${PDI}`);
    expect(chipLabel({ kind: 'city', value: state.city }, state, 'en')).to.equal(`\u2068Abc ${RLO}evil${PDI}`);
    expect(chipLabel({ kind: 'topic', value: `data${PDI}${RLO}` }, state, 'en')).to.equal(`\u2068data${RLO}${PDI}`);
    // the summary as the finder shows it: the sentence, then "Showing 12 of 40." beside it
    const p = await fixture<HTMLParagraphElement>(html`<p lang="en" style="white-space: nowrap">
      <span>${sentence}.</span> <span>Showing 12 of 40.</span>
    </p>`);
    expect(readsInOrder(p, 'Showing'), 'the words after the city').to.equal(true);
    // a search typed (or linked) with direction controls is shown without them
    const linked = summarySentence(3, { ...state, q: `py${RLO}thon`, city: '' }, 'en');
    expect(linked).to.equal('3 learning circles match “python”');
  });

  it('<course-card>: the provider and the language name are isolated in their sentences', async () => {
    const course = courseFixture({ provider: `Open ${RLO}Press`, language: 'x-klingon-1', languageDisplay: `Klingon${RLO}` });
    const el = await fixture<CourseCard>(html`<course-card lang="en" .course=${course}></course-card>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[part=provider]')!.textContent!.trim()).to.equal(`by \u2068Open ${RLO}Press${PDI}`);
    expect(root.querySelector('[part=facts]')!.textContent).to.contain(`Language: \u2068Klingon${RLO}${PDI}`);
  });
});
