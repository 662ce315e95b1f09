import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearApiCache, resetClients } from '../../api/index.js';
import { clearFaults, injectFault, localApi } from '../../../test/local-api.js';
import { sample } from '../../../test/api/helpers.js';
import { CircleSignup } from './circle-signup.js';
import type { SignupErrorEventDetail, SignupEventDetail } from './circle-signup.js';
import { CircleSignupHarness, type SignupAnswers as Answers } from './circle-signup.harness.js';
import type { FieldName } from './validate.js';
import { watchSignups } from '../../../test/watch.js';
import { catchDownload, stubClipboard, stubShare } from '../../../test/circle-actions.js';
import { unfold, values } from '../../../test/ics.js';

// ---------------------------------------------------------------------------------------------
// Helpers

const harness = (el: CircleSignup) => new CircleSignupHarness(el);

/** A widget on the page, once it shows something other than its loading skeleton. */
async function mount(id: string | number, endpoint = localApi.open, extra = '') {
  const el = await fixture<HTMLElement>(
    extra === 'rtl'
      ? html`<div dir="rtl" lang="ar"><circle-signup endpoint=${endpoint} circle-id=${String(id)}></circle-signup></div>`
      : html`<circle-signup endpoint=${endpoint} circle-id=${String(id)}></circle-signup>`,
  );
  const widget = el instanceof CircleSignup ? el : el.querySelector<CircleSignup>('circle-signup')!;
  return harness(widget).settled();
}

let emailCounter = 0;
const uniqueEmail = () => `learner.${Date.now().toString(36)}.${emailCounter++}@example.org`;

const complete = (): Answers => ({
  name: 'Ada Learner',
  email: uniqueEmail(),
  goals: 'Automate my spreadsheets',
  support: 'Share notes and bring snacks',
  consent: true,
});


let watcher: ReturnType<typeof watchSignups> | null = null;

const json = (body: unknown, status = 200) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

async function storedSignups(email: string) {
  const res = await fetch(`${localApi.open}/__signups?format=json`);
  const data = (await res.json()) as { items: { email: string; learning_circle: number; mobile: string }[] };
  return data.items.filter((s) => s.email === email);
}

/** The circle as the local API sends it (the dates move with today). */
async function rawCircle(id: number) {
  const res = await fetch(`${localApi.open}/api/learningcircles/?id=${id}&limit=1`);
  return ((await res.json()) as { items: Record<string, any>[] }).items[0]!;
}

// ---------------------------------------------------------------------------------------------

describe('<circle-signup>', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
    CircleSignup.minimumFillMs = 0;
  });
  afterEach(async () => {
    watcher?.restore();
    watcher = null;
    CircleSignup.minimumFillMs = 3000;
    await clearFaults();
  });

  describe('loading the circle', () => {
    it('shows a skeleton while the circle loads', async () => {
      const el = await fixture<CircleSignup>(
        html`<circle-signup endpoint=${`${localApi.open}/__fault/hang`} circle-id="4821"></circle-signup>`,
      );
      await el.updateComplete;
      const s = harness(el);
      expect(s.state).to.equal('loading');
      expect(s.query('.skeleton')).to.exist;
      expect(s.text).to.contain('Loading the learning circle');
      expect(s.form).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says so in plain words, with a retry, when P2PU fails', async () => {
      const el = await fixture<CircleSignup>(
        html`<circle-signup endpoint=${`${localApi.open}/__fault/html500`} circle-id="4821"></circle-signup>`,
      );
      const s = await harness(el).settled();
      expect(s.state).to.equal('error');
      // the wording every widget uses for a failed load (src/internal/error-text.ts)
      expect(s.text).to.contain('This learning circle could not be loaded.');
      expect(s.notice!.getAttribute('role')).to.equal('alert');
      expect(s.retryButton!.textContent).to.match(/Try again/);
      await expect(el).to.be.accessible();
    });

    it('loads the circle again with "Try again", and moves focus to it', async () => {
      // The first look-up of the circle fails (through the server's html500 fault), the retry goes through.
      const realFetch = window.fetch;
      let lookups = 0;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const url = String(input instanceof Request ? input.url : input);
        if (url.includes('id=4821') && lookups++ === 0) {
          return realFetch(url.replace(localApi.open, `${localApi.open}/__fault/html500`), init);
        }
        return realFetch(input, init);
      };
      try {
        const el = await fixture<CircleSignup>(
          html`<circle-signup endpoint=${localApi.open} transport="cors" circle-id="4821"></circle-signup>`,
        );
        const s = await harness(el).settled();
        expect(s.state).to.equal('error');
        s.retryButton!.click();
        await s.reached('form');
        expect(s.focused).to.equal(s.query('#cs-title'));
        expect(lookups).to.equal(2);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('summarises the circle: name, course, when, where, facilitators and seats left', async () => {
      const raw = await rawCircle(4821);
      const s = await mount(4821);
      expect(s.summary!.querySelector('h3')!.textContent).to.equal('Python at Riverside');
      const words = s.summaryText!;
      expect(words).to.contain('Course: Programming for Everybody');
      expect(words).to.match(/Every Tuesday, 6:00\s?–\s?7:30\s?PM CST|Every Tuesday, 6:00\s?–\s?7:30\s?PM CDT/);
      expect(words).to.contain('6 meetings');
      expect(words).to.contain('Riverside Branch Library');
      expect(words).to.contain('930 E Monroe St, Riverbend');
      expect(words).to.contain('Maya and Tom');
      expect(words).to.contain(`${raw.signup_limit - raw.signup_count} seats left`);
      await expect(s.element).to.be.accessible();
    });

    it('reads the circle id from the page address with circle-id-param', async () => {
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?circle=4822`);
      try {
        const el = await fixture<CircleSignup>(
          html`<circle-signup endpoint=${localApi.open} circle-id-param="circle" circle-id="4821"></circle-signup>`,
        );
        const s = await harness(el).settled();
        expect(s.summary!.querySelector('h3')!.textContent).to.equal('Job Search Skills at Main Library');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('tells the page editor, in the setup notice and once in the console, when the tag has neither circle-id nor circle-id-param', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const wrapper = await fixture(html`<div>
          <circle-signup endpoint=${localApi.open}></circle-signup>
          <circle-signup endpoint=${localApi.open}></circle-signup>
        </div>`);
        const el = wrapper.querySelector('circle-signup')!;
        await el.updateComplete;
        const s = harness(el);
        expect(s.state).to.equal('problem');
        expect(s.part('problem')!.getAttribute('role')).to.equal('note');
        expect(s.problem).to.contain('For the page editor');
        expect(s.problem).to.contain('needs a circle id');
        expect(s.problem).to.contain('Add circle-id="1234"');
        expect(s.root.querySelectorAll('[part~="problem"]')).to.have.length(1);
        // and a patron reads, in a patron's words, why there is no form
        expect(s.noticeText).to.equal('This signup form does not know which learning circle to sign you up for.');
        expect(s.form).to.equal(null);
        expect(warnings.filter((w) => w.includes('needs a circle id'))).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        console.warn = original;
      }
    });

    it('explains, in the setup notice, a circle-id that is not a number', async () => {
      const el = await fixture<CircleSignup>(
        html`<circle-signup endpoint=${localApi.open} circle-id="python-riverside"></circle-signup>`,
      );
      await el.updateComplete;
      const s = harness(el);
      expect(s.state).to.equal('problem');
      expect(s.part('problem')!.getAttribute('role')).to.equal('note');
      expect(s.problem).to.contain('"python-riverside" is not a learning circle number');
      expect(s.noticeText).to.equal('This signup form does not know which learning circle to sign you up for.');
      expect(s.query('.skeleton, form')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('tells a patron, not the page editor, when the page address names no circle', async () => {
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?circle=python`);
      try {
        const el = await fixture<CircleSignup>(
          html`<circle-signup endpoint=${localApi.open} circle-id-param="circle" circle-id="4821"></circle-signup>`,
        );
        await el.updateComplete;
        const s = harness(el);
        expect(s.state).to.equal('problem');
        expect(s.part('problem')!.getAttribute('role')).to.equal(null); // not the page-editor note
        expect(s.problem).to.contain('This signup form does not know which learning circle to sign you up for.');
        expect(s.problem).to.contain('The address of this page does not name a learning circle.');
        expect(s.problem).not.to.contain('python'); // what the address says is not repeated
        expect(s.problem).not.to.contain('page editor');
        // and a way on: choosing a circle again (P2PU's list, as no circles-page is set)
        const link = s.chooseLink!;
        expect(link.textContent).to.equal('Find a learning circle on P2PU');
        expect(link.href).to.equal('https://www.p2pu.org/en/learning-circles/');
        expect(s.form).to.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('says when no circle has the id, without a form', async () => {
      const s = await mount(999999);
      expect(s.state).to.equal('not-found');
      expect(s.text).to.contain('We could not find this learning circle.');
      expect(s.form).to.equal(null);
      await expect(s.element).to.be.accessible();
    });
  });

  describe('data-state on the root', () => {
    const stateOf = async (markup: ReturnType<typeof html>) => harness(await fixture<CircleSignup>(markup));

    it('is loading while the circle loads', async () => {
      const s = await stateOf(html`<circle-signup endpoint=${`${localApi.open}/__fault/hang`} circle-id="4821"></circle-signup>`);
      expect(s.state).to.equal('loading');
    });

    it('is form, then submitting while the signup is sent, then done', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      watcher = watchSignups(() => gate.then(() => json({ status: 'created' })));
      const s = await mount(4821);
      expect(s.state).to.equal('form');
      await s.fill(complete());
      await s.submit();
      expect(s.state).to.equal('submitting');
      release();
      await s.reached('done');
      expect(s.confirmation).to.exist;
    });

    it('stays form after a submit with problems', async () => {
      const s = await mount(4821);
      await s.submit();
      expect(s.state).to.equal('form');
      expect(s.errorSummary).to.exist;
    });

    it('is link-out when this page cannot send signups', async () => {
      const s = await mount(4821, localApi.p2pu);
      expect(s.state).to.equal('link-out');
      expect(s.linkOut).to.exist;
    });

    it('is closed for a circle that takes no signups', async () => {
      const s = await mount(4828);
      expect(s.state).to.equal('closed');
      expect(s.notice).to.exist;
    });

    it('is not-found for an id no circle has', async () => {
      expect((await mount(999999)).state).to.equal('not-found');
    });

    it('is error when P2PU fails', async () => {
      const s = await stateOf(html`<circle-signup endpoint=${`${localApi.open}/__fault/html500`} circle-id="4821"></circle-signup>`);
      await s.settled();
      expect(s.state).to.equal('error');
    });

    it('is problem without a usable circle id', async () => {
      for (const markup of [
        html`<circle-signup endpoint=${localApi.open}></circle-signup>`,
        html`<circle-signup endpoint=${localApi.open} circle-id="abc"></circle-signup>`,
      ]) {
        const s = await stateOf(markup);
        await s.element.updateComplete;
        expect(s.state).to.equal('problem');
        expect(s.problem).to.exist;
      }
    });
  });

  describe('where signing up makes no sense', () => {
    const cases: [string, number, RegExp][] = [
      ['a draft', 4830, /has not opened yet/],
      ['a closed circle', 4828, /Signup for this learning circle is closed/],
      ['a completed circle', 4827, /This learning circle has ended/],
      ['a full circle', 4824, /This learning circle is full.*All 10 seats are taken/],
      ['a circle on its last day', 4796, /Signup for this learning circle has closed.*It ends today/],
    ];
    for (const [what, id, message] of cases) {
      it(`shows a message and the P2PU page instead of a form for ${what}`, async () => {
        const raw = await rawCircle(id);
        const s = await mount(id);
        expect(s.state).to.equal('closed');
        expect(s.form).to.equal(null);
        expect(s.noticeText).to.match(message);
        const link = s.notice!.querySelector('a')!;
        expect(link.href).to.equal(raw.url);
        expect(link.target).to.equal('_blank');
        expect(link.textContent).to.contain('(opens in a new tab)');
        await expect(s.element).to.be.accessible();
      });
    }
  });

  describe('choosing between a form and a link to P2PU', () => {
    it('shows a form when the API allows this page (CORS open)', async () => {
      const s = await mount(4821, localApi.open);
      expect(s.form).to.exist;
      expect(s.linkOut).to.equal(null);
    });

    it('links out to P2PU, in a new tab, when the API refuses this page (production CORS)', async () => {
      const raw = await rawCircle(4821);
      const s = await mount(4821, localApi.p2pu);
      expect(s.form).to.equal(null);
      const link = s.linkOut!;
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Sign up on P2PU (opens in a new tab)');
      expect(link.href).to.equal(`${localApi.p2pu}${new URL(raw.url).pathname}`);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.contain('noopener');
      expect(s.summary!.querySelector('h3')!.textContent).to.equal('Python at Riverside');
      await expect(s.element).to.be.accessible();
    });

    it('links out when the library asks for it with link-out', async () => {
      const el = await fixture<CircleSignup>(
        html`<circle-signup endpoint=${localApi.open} circle-id="4821" link-out></circle-signup>`,
      );
      const s = await harness(el).settled();
      expect(s.state).to.equal('link-out');
      expect(s.form).to.equal(null);
      expect(s.linkOut).to.exist;
    });
  });

  describe('the form', () => {
    it('labels every field in its own shadow root, with autocomplete tokens', async () => {
      const s = await mount(4821);
      expect(s.label('name')).to.equal('Your name');
      expect(s.label('email')).to.equal('Email address');
      expect(s.label('goals')).to.equal('What do you hope to achieve by joining this learning circle?');
      expect(s.label('support')).to.contain('How will you support the others?');
      expect(s.legend).to.equal('Mobile number (optional)');
      expect(s.label('consent')).to.contain('I agree that P2PU may store my details');
      expect(s.label('optIn')).to.contain('(optional)');
      expect(s.field('name')!.getAttribute('autocomplete')).to.equal('name');
      expect(s.field('name')!.getAttribute('maxlength')).to.equal('128');
      expect(s.field('email')!.getAttribute('autocomplete')).to.equal('email');
      expect(s.field('country')!.getAttribute('autocomplete')).to.equal('tel-country-code');
      expect(s.field('mobile')!.getAttribute('autocomplete')).to.equal('tel-national');
      expect(s.field('mobile')!.getAttribute('inputmode')).to.equal('tel');
      expect(s.field('custom')).to.equal(null);
      await expect(s.element).to.be.accessible();
    });

    it('asks every question with the same field template: label, hint, control, error line', async () => {
      const s = await mount(4822);
      const form = s.form!;
      // one frame per question, in order, each holding one labelled control
      const frames = [...form.querySelectorAll(':scope > .field')];
      expect(frames.map((f) => f.querySelector('input:not([type=hidden]):not(#cs-country), textarea')!.id)).to.deep.equal([
        'cs-name',
        'cs-email',
        'cs-phone',
        'cs-goals',
        'cs-support',
        'cs-custom',
        'cs-consent',
        'cs-optin',
      ]);
      const names = frames.map((f) => f.querySelector('input:not(#cs-country), textarea')!.getAttribute('name'));
      expect(names).to.deep.equal(['name', 'email', 'mobile', 'goals', 'support', 'custom_question', 'consent', 'communications_opt_in']);
      for (const id of ['cs-name', 'cs-email', 'cs-phone', 'cs-custom', 'cs-consent']) {
        expect(s.query(`#${id}`)!.getAttribute('aria-describedby'), id).to.equal(`${id}-hint`);
      }
      for (const name of ['name', 'email', 'goals', 'support', 'custom', 'consent'] as const) {
        expect(s.field(name)!.hasAttribute('required'), name).to.equal(true);
      }
      expect(s.field('mobile')!.hasAttribute('required')).to.equal(false);
      expect(s.field('optIn')!.hasAttribute('required')).to.equal(false);
    });

    it("asks the circle's own question when it has one", async () => {
      const s = await mount(4822);
      expect(s.label('custom')).to.equal('What kind of job are you looking for?');
      await expect(s.element).to.be.accessible();
    });

    it('links to the privacy policy: P2PU by default, privacy-url when given', async () => {
      const s = await mount(4821);
      expect(s.query<HTMLAnchorElement>('#cs-consent-hint a')!.href).to.equal('https://www.p2pu.org/privacy/');
      const own = await fixture<CircleSignup>(
        html`<circle-signup endpoint=${localApi.open} circle-id="4821" privacy-url="https://library.example.org/privacy"></circle-signup>`,
      );
      const o = await harness(own).settled();
      expect(o.query<HTMLAnchorElement>('#cs-consent-hint a')!.href).to.equal('https://library.example.org/privacy');
    });

    it("preselects no country code by default, whatever the page's language", async () => {
      for (const lang of ['en-US', 'es', 'es-ES', 'af']) {
        const el = await fixture<CircleSignup>(
          html`<circle-signup lang=${lang} endpoint=${localApi.open} circle-id="4821"></circle-signup>`,
        );
        const s = await harness(el).settled();
        expect(s.field<HTMLSelectElement>('country')!.value, lang).to.equal('');
      }
    });
  });

  describe('validation before sending', () => {
    it('lists every problem in a focused summary that links to each field, and sends nothing', async () => {
      watcher = watchSignups();
      const s = await mount(4822);
      const failed = oneEvent(s.element, 'p2pu-signup-error');
      await s.fill({ email: 'someone@localhost', phone: '12' });
      s.submitButton!.click();
      expect(((await failed) as CustomEvent<SignupErrorEventDetail>).detail).to.deep.equal({ circleId: 4822, kind: 'form' });
      await s.element.updateComplete;

      const summary = s.errorSummary!;
      expect(s.focused).to.equal(summary.querySelector('h4'));
      expect(summary.querySelector('h4')!.textContent).to.equal('Please correct 7 answers');
      expect(s.errorLinks).to.deep.equal(['#cs-name', '#cs-email', '#cs-phone', '#cs-goals', '#cs-support', '#cs-custom', '#cs-consent']);
      expect(summary.textContent).to.contain('Enter an email address like name@example.org');

      for (const id of ['cs-name', 'cs-email', 'cs-phone', 'cs-goals', 'cs-support', 'cs-custom', 'cs-consent']) {
        const input = s.query(`#${id}`)!;
        expect(input.getAttribute('aria-invalid'), id).to.equal('true');
        const describedBy = input.getAttribute('aria-describedby')!.split(' ');
        expect(describedBy, id).to.include(`${id}-error`);
        expect(s.query(`#${id}-error`)!.textContent, id).to.match(/Error:\s+\S/);
      }
      expect(watcher.bodies).to.have.length(0);

      const hash = location.hash;
      (summary.querySelector('a[href="#cs-support"]') as HTMLAnchorElement).click();
      expect(s.focused!.id).to.equal('cs-support');
      expect(location.hash).to.equal(hash);
      await expect(s.element).to.be.accessible();
    });

    it('accepts what the server accepts: trimmed email, a mobile in international format', async () => {
      watcher = watchSignups();
      const s = await mount(4821);
      const email = uniqueEmail();
      await s.fill({ ...complete(), email: `  ${email}  `, name: '  Ada  ', region: 'US', phone: '(217) 555-0142' });
      const done = oneEvent(s.element, 'p2pu-signup');
      s.submitButton!.click();
      await done;
      expect(watcher.bodies).to.have.length(1);
      expect(watcher.bodies[0]).to.include({ email, name: 'Ada', mobile: '+12175550142', consent: true, learning_circle: 4821 });
      const stored = await storedSignups(email);
      expect(stored).to.have.length(1);
      expect(stored[0]!.mobile).to.equal('+12175550142');
    });
  });

  describe('sending', () => {
    it('signs up against the local API, confirms the first meeting, and fires p2pu-signup with the circle id only', async () => {
      const raw = await rawCircle(4821);
      const s = await mount(4821);
      const email = uniqueEmail();
      await s.fill({ ...complete(), email, optIn: true });
      const event = oneEvent(s.element, 'p2pu-signup');
      s.submitButton!.click();
      const detail = ((await event) as CustomEvent<SignupEventDetail>).detail;
      expect(detail).to.deep.equal({ circleId: 4821 });
      await s.element.updateComplete;

      expect(s.state).to.equal('done');
      const done = s.confirmation!;
      expect(s.focused).to.equal(done.querySelector('h3'));
      const words = s.confirmationText!;
      expect(words).to.contain('You are signed up for Python at Riverside');
      expect(words).to.contain('Your first meeting');
      const date = new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'full' }).format(new Date(`${raw.start_date}T00:00:00Z`));
      expect(words).to.contain(date);
      expect(words).to.match(new RegExp(`6:00\\s?–\\s?7:30\\s?PM ${raw.time_zone}`));
      expect(words).to.contain('Riverside Branch Library, 930 E Monroe St, Riverbend');
      expect(s.form).to.equal(null);
      expect(await storedSignups(email)).to.have.length(1);
      await expect(s.element).to.be.accessible();
    });

    it('sends one request for a double click, with the button disabled while it is in flight', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      watcher = watchSignups(() => gate.then(() => json({ status: 'created' })));
      const s = await mount(4821);
      await s.fill(complete());
      const button = s.submitButton!;
      button.click();
      button.click();
      await s.element.updateComplete;
      expect(s.state).to.equal('submitting');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent).to.contain('Signing you up…');
      await expect(s.element).to.be.accessible();
      button.click();
      s.form!.requestSubmit();
      release();
      await waitUntil(() => s.confirmation);
      expect(watcher.bodies).to.have.length(1);
    });

    it('sends one request to the real API for a double click', async () => {
      watcher = watchSignups();
      const s = await mount(4821);
      const email = uniqueEmail();
      await s.fill({ ...complete(), email });
      s.submitButton!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
      s.submitButton!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 2 }));
      await waitUntil(() => s.confirmation, 'no confirmation', { timeout: 5000 });
      expect(watcher.bodies).to.have.length(1);
    });

    it('keeps every value and offers a retry when the network fails', async () => {
      watcher = watchSignups((call) => (call === 1 ? Promise.reject(new TypeError('Failed to fetch')) : null));
      const s = await mount(4822);
      const answers: Answers = { ...complete(), region: 'US', phone: '217 555 0142', custom: 'Library assistant', optIn: true };
      await s.fill(answers);
      const failed = oneEvent(s.element, 'p2pu-signup-error');
      s.submitButton!.click();
      expect(((await failed) as CustomEvent<SignupErrorEventDetail>).detail).to.deep.equal({ circleId: 4822, kind: 'network' });
      await s.element.updateComplete;

      expect(s.state).to.equal('form');
      const failure = s.failure!;
      expect(failure.textContent).to.contain('Your signup was not sent.');
      expect(s.focused).to.equal(failure);
      expect(s.confirmation).to.equal(null);
      expect(s.values).to.deep.equal({
        name: answers.name,
        email: answers.email,
        region: 'US',
        phone: answers.phone,
        goals: answers.goals,
        support: answers.support,
        custom: answers.custom,
        consent: true,
        optIn: true,
        website: '',
      });
      await expect(s.element).to.be.accessible();

      const done = oneEvent(s.element, 'p2pu-signup');
      failure.querySelector('button')!.click();
      await done;
      expect(watcher.bodies).to.have.length(2);
      expect(watcher.bodies[1]).to.deep.equal(watcher.bodies[0]);
      expect(await storedSignups(answers.email!)).to.have.length(1);
    });

    it('keeps focus in the widget, on "Sign up", when the retry it was on goes away while sending', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      watcher = watchSignups((call) =>
        call === 1 ? Promise.reject(new TypeError('Failed to fetch')) : gate.then(() => json({ status: 'created' })),
      );
      const s = await mount(4821);
      await s.fill(complete());
      await s.submit();
      await waitUntil(() => s.failure, 'no failure shown');
      const retry = s.retryButton!;
      retry.focus();
      retry.click();
      await s.element.updateComplete;
      expect(s.state).to.equal('submitting');
      expect(retry.isConnected).to.equal(false);
      expect(s.focused).to.equal(s.submitButton);
      release();
      await s.reached('done');
      expect(s.focused).to.equal(s.query('#cs-done-title'));
    });

    it('never says done after a server error: it says the signup is unconfirmed and a retry is safe', async () => {
      await injectFault('html500', { path: '/api/signup/', times: 1 });
      const s = await mount(4821);
      const answers = complete();
      await s.fill(answers);
      const failed = oneEvent(s.element, 'p2pu-signup-error');
      s.submitButton!.click();
      expect(((await failed) as CustomEvent<SignupErrorEventDetail>).detail.kind).to.equal('server');
      await s.element.updateComplete;
      expect(s.confirmation).to.equal(null);
      expect(s.failureText).to.contain('We could not confirm your signup.');
      expect(s.failureText).to.contain('Trying again is safe');
      expect(s.field('goals')!.value).to.equal(answers.goals);
      await expect(s.element).to.be.accessible();

      s.retryButton!.click();
      await waitUntil(() => s.confirmation, 'the retry did not sign up');
    });

    it('never says done when the server answers anything but "created"', async () => {
      watcher = watchSignups(() => json({ status: 'ok' }));
      const s = await mount(4821);
      await s.fill(complete());
      const failed = oneEvent(s.element, 'p2pu-signup-error');
      s.submitButton!.click();
      await failed;
      await s.element.updateComplete;
      expect(s.confirmation).to.equal(null);
      expect(s.failureText).to.contain('We could not confirm your signup.');
    });
  });

  describe('server errors', () => {
    const cases: [string, number, FieldName, string][] = [
      ['signup-bad-email.json', 4821, 'email', 'Enter an email address like name@example.org'],
      ['signup-consent-false.json', 4821, 'consent', 'agree that P2PU may use your details'],
      ['signup-mobile-invalid.json', 4821, 'mobile', 'P2PU did not recognise this mobile number'],
      ['signup-signup_questions-missing-support.json', 4821, 'support', 'Tell us how you will support the group'],
      ['signup-lc3-custom-question-missing.json', 4822, 'custom', "Answer the facilitator's question"],
      ['signup-missing-name-email.json', 4821, 'name', 'Enter your name'],
    ];
    for (const [file, id, field, message] of cases) {
      it(`puts the recorded answer ${file} on its field`, async () => {
        const body = await sample(file);
        watcher = watchSignups(() => json(body));
        const s = await mount(id);
        await s.fill({ ...complete(), region: 'US', phone: '217 555 0142', ...(id === 4822 ? { custom: 'Anything' } : {}) });
        const failed = oneEvent(s.element, 'p2pu-signup-error');
        s.submitButton!.click();
        expect(((await failed) as CustomEvent<SignupErrorEventDetail>).detail.kind).to.equal('validation');
        await s.element.updateComplete;
        const control = s.field(field)!;
        expect(control.getAttribute('aria-invalid')).to.equal('true');
        expect(s.fieldError(field)).to.contain(message);
        expect(s.focused).to.equal(s.errorSummary!.querySelector('h4'));
        expect(s.errorLinks).to.include(`#${control.id}`);
        expect(s.confirmation).to.equal(null);
      });
    }

    it('maps a nested signup_questions answer onto each question', async () => {
      watcher = watchSignups(() =>
        json({
          status: 'error',
          errors: {
            email: ['Invalid email address'],
            signup_questions: [{ goals: ['Field is required'], custom_question: ['Field is required'] }],
          },
        }),
      );
      const s = await mount(4822);
      await s.fill({ ...complete(), custom: 'Anything' });
      s.submitButton!.click();
      await waitUntil(() => s.errorSummary);
      expect(s.invalidFields).to.deep.equal(['cs-email', 'cs-goals', 'cs-custom']);
      await expect(s.element).to.be.accessible();
    });

    it('shows the real server refusing a mobile number on the mobile field', async () => {
      const s = await mount(4821);
      // a possible number (the browser's check passes it) that the server's stricter check refuses
      await s.fill({ ...complete(), phone: '+44 0123 456 789' });
      s.submitButton!.click();
      await waitUntil(() => s.errorSummary, 'no error summary', { timeout: 5000 });
      expect(s.field('mobile')!.getAttribute('aria-invalid')).to.equal('true');
      expect(s.fieldError('mobile')).to.contain('P2PU did not recognise this mobile number');
    });
  });

  describe('bots', () => {
    it('sends nothing when submitted faster than a person fills the form, then lets a person resubmit', async () => {
      CircleSignup.minimumFillMs = 700;
      watcher = watchSignups();
      const s = await mount(4821);
      await s.fill(complete());
      await s.submit();
      expect(watcher.bodies).to.have.length(0);
      expect(s.text).to.contain('Please check your answers and submit again.');
      expect(s.confirmation).to.equal(null);
      expect(s.state).to.equal('form');
      await expect(s.element).to.be.accessible();
      await aTimeout(750);
      s.submitButton!.click();
      await waitUntil(() => s.confirmation, 'a person resubmitting was not signed up');
      expect(watcher.bodies).to.have.length(1);
    });

    it('sends nothing when the hidden honeypot field is filled', async () => {
      watcher = watchSignups();
      const s = await mount(4821);
      const honeypot = s.field('website')!;
      expect(honeypot.getAttribute('tabindex')).to.equal('-1');
      expect(honeypot.getAttribute('autocomplete')).to.equal('off');
      expect(honeypot.closest('[aria-hidden="true"]')).to.exist;
      await s.fill({ ...complete(), website: 'https://spam.example' });
      await s.submit();
      await s.submit();
      expect(watcher.bodies).to.have.length(0);
      expect(s.text).to.contain('Please check your answers and submit again.');
    });
  });

  describe('before signing up: share, add to calendar, directions', () => {
    let undo: (() => void)[] = [];
    afterEach(() => {
      undo.reverse().forEach((fn) => fn());
      undo = [];
    });

    it('offers them in the summary above the form, named after the circle', async () => {
      const s = await mount(4821);
      expect(s.state).to.equal('form');
      for (const control of [s.shareButton, s.addToCalendarButton, s.directionsLink]) {
        expect(control, 'inside the summary').to.exist;
        expect(s.summary!.contains(control)).to.equal(true);
      }
      expect(s.shareButton!.getAttribute('aria-label')).to.equal('Share Python at Riverside');
      expect(s.addToCalendarButton!.getAttribute('aria-label')).to.equal('Add to calendar: Python at Riverside');
      const map = s.directionsLink!;
      expect(map.textContent!.trim()).to.contain('Riverside Branch Library');
      expect(map.getAttribute('aria-label')!.replace(/[\u2066-\u2069]/g, '')).to.equal(
        'Riverside Branch Library: map and directions (opens in a new tab)',
      );
      expect(map.href).to.match(/^https:\/\/www\.openstreetmap\.org\/\?mlat=43\.81241&mlon=-91\.25164#map=17\/43\.81241\/-91\.25164$/);
      expect(map.target).to.equal('_blank');
      expect(s.summaryText, 'the address stays').to.contain('930 E Monroe St, Riverbend');
      await expect(s.element).to.be.accessible();
    });

    it('shares the library’s signup page for the circle, else its P2PU page', async () => {
      const shared: ShareData[] = [];
      undo.push(stubShare(async (data) => void shared.push(data)));
      const own = await harness(
        await fixture<CircleSignup>(
          html`<circle-signup endpoint=${localApi.open} circle-id="4821" signup-page="https://library.example/join?c={id}"></circle-signup>`,
        ),
      ).settled();
      own.shareButton!.click();
      await waitUntil(() => shared.length === 1, 'the share sheet opened');
      expect(shared[0]).to.deep.equal({
        title: 'Python at Riverside',
        text: 'Learning circle: Python at Riverside',
        url: 'https://library.example/join?c=4821',
      });

      const raw = await rawCircle(4821);
      const p2pu = await mount(4821);
      p2pu.shareButton!.click();
      await waitUntil(() => shared.length === 2, 'the share sheet opened');
      expect(shared[1]!.url).to.equal(raw.url);
    });

    it('copies the link without a share sheet and says so in its live region; a closed share sheet says nothing', async () => {
      undo.push(stubShare(null));
      const clipboard = stubClipboard();
      undo.push(clipboard.restore);
      const raw = await rawCircle(4821);
      const s = await mount(4821);
      s.shareButton!.click();
      await waitUntil(() => s.actionStatus === 'Link copied', 'said');
      expect(clipboard.copied).to.deep.equal([raw.url]);
      expect(s.query('.circle-actions [role="status"]')!.textContent).to.equal('Link copied');
      await expect(s.element).to.be.accessible();

      undo.push(stubShare(() => Promise.reject(new DOMException('Share canceled', 'AbortError'))));
      s.shareButton!.click();
      await waitUntil(() => s.actionStatus === '', 'the old words gone');
      await aTimeout(50);
      expect(s.actionStatus).to.equal('');
      expect(clipboard.copied).to.have.length(1);
    });

    it('shows the link to copy by hand when copying is impossible', async () => {
      undo.push(stubShare(null));
      undo.push(stubClipboard({ allowed: false, oldWay: false }).restore);
      const s = await mount(4821);
      s.shareButton!.click();
      await waitUntil(() => s.focused === s.copyField && s.copyField, 'the link shown, focused');
      expect(s.actionStatus).to.equal('The link could not be copied. Select it below and copy it.');
      expect(s.copyField!.value).to.equal((await rawCircle(4821)).url);
      await expect(s.element).to.be.accessible();
    });

    it('downloads the whole series as an .ics file before signing up, at the confirmation’s times', async () => {
      // a circle that already started: the file before signing up holds every meeting, the one after only those ahead
      const raw = await rawCircle(4826);
      expect(raw.status).to.equal('in_progress');
      const s = await mount(4826);
      const file = await catchDownload(() => s.addToCalendarButton!.click());
      expect(file!.fileName).to.equal(`${(raw.name as string).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}.ics`);
      const ics = unfold(file!.text);
      const starts = values(ics, 'DTSTART');
      expect(starts).to.have.length(raw.weeks);
      const first = new Date(raw.start_datetime);
      const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
      starts.forEach((start, i) => expect(start, `meeting ${i + 1}`).to.equal(stamp(new Date(first.getTime() + i * 7 * 86_400_000))));
      expect(new Set(values(ics, 'UID')).size).to.equal(raw.weeks);

      await s.fill(complete());
      s.submitButton!.click();
      await waitUntil(() => s.calendarLink, 'the confirmation’s calendar');
      const after = unfold(await (await fetch(s.calendarLink!.href)).text());
      const ahead = values(after, 'DTSTART');
      expect(ahead.length).to.be.lessThan(raw.weeks);
      expect(ahead, 'the same times').to.deep.equal(starts.slice(raw.weeks - ahead.length));
    });

    it('offers them where this page cannot send signups (link-out), too', async () => {
      const s = await mount(4821, localApi.p2pu);
      expect(s.state).to.equal('link-out');
      expect(s.shareButton).to.exist;
      expect(s.addToCalendarButton).to.exist;
      expect(s.directionsLink).to.exist;
      const file = await catchDownload(() => s.addToCalendarButton!.click());
      expect(values(unfold(file!.text), 'DTSTART')).to.have.length((await rawCircle(4821)).weeks);
      await expect(s.element).to.be.accessible();
    });

    it('gives an online circle no directions, and an ended one no calendar', async () => {
      const online = await mount(4834);
      expect(online.directionsLink).to.equal(null);
      expect(online.summaryText).to.contain('Online');
      expect(online.shareButton).to.exist;
      const ended = await mount(4827);
      expect(ended.state).to.equal('closed');
      expect(ended.addToCalendarButton).to.equal(null);
      expect(ended.shareButton).to.exist;
      expect(ended.directionsLink).to.exist;
      await expect(ended.element).to.be.accessible();
    });

    it('links the venue to the map on the confirmation too', async () => {
      const s = await mount(4821);
      await s.fill(complete());
      s.submitButton!.click();
      await waitUntil(() => s.confirmation, 'confirmed');
      expect(s.confirmation!.contains(s.directionsLink)).to.equal(true);
      expect(s.shareButton, 'the summary is gone').to.equal(null);
      await waitUntil(() => s.calendarLink, 'the calendar link');
      await expect(s.element).to.be.accessible();
    });

    it('fits 320 px and lays out right to left', async () => {
      const wrapper = await fixture(html`<div dir="rtl" lang="ar" style="width: 320px">
        <circle-signup endpoint=${localApi.open} circle-id="4821"></circle-signup>
      </div>`);
      const s = await harness(wrapper.querySelector('circle-signup')!).settled();
      expect(s.element.scrollWidth).to.be.at.most(320);
      const summary = s.summary!.getBoundingClientRect();
      const share = s.shareButton!.getBoundingClientRect();
      expect(share.left + share.width / 2, 'Share starts on the right').to.be.greaterThan(summary.left + summary.width / 2);
      await expect(s.element).to.be.accessible();
    });
  });

  describe('after signing up', () => {
    it('offers an .ics download with every weekly meeting at the right time', async () => {
      const raw = await rawCircle(4821);
      const s = await mount(4821);
      await s.fill(complete());
      s.submitButton!.click();
      await waitUntil(() => s.calendarLink);
      const link = s.calendarLink!;
      expect(link.getAttribute('download')).to.equal('python-at-riverside.ics');
      expect(link.textContent).to.contain('Add to calendar');
      const ics = await (await fetch(link.href)).text();

      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
      expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
      const starts = [...ics.matchAll(/^DTSTART:(\d{8}T\d{6}Z)\r$/gm)].map((m) => m[1]);
      const ends = [...ics.matchAll(/^DTEND:(\d{8}T\d{6}Z)\r$/gm)].map((m) => m[1]);
      expect(starts).to.have.length(raw.weeks);
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(raw.weeks);
      const first = new Date(raw.start_datetime);
      const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
      starts.forEach((start, i) => {
        const expected = new Date(first.getTime() + i * 7 * 86_400_000);
        expect(start, `meeting ${i + 1}`).to.equal(stamp(expected));
        expect(ends[i], `meeting ${i + 1}`).to.equal(stamp(new Date(expected.getTime() + 90 * 60_000)));
      });
      expect(ics).to.contain('SUMMARY:Learning circle: Python at Riverside');
      expect(ics).to.contain('LOCATION:Riverside Branch Library\\, 930 E Monroe St\\, Riverbend');
      expect(ics).to.contain(`URL:${raw.url}`);
      expect(new Set(ics.match(/^UID:.*$/gm)).size).to.equal(raw.weeks);
      expect(s.text).to.contain(`A calendar file with all ${raw.weeks} meetings.`);
    });
  });

  describe('a circle that already started', () => {
    it('names the next meeting, not the first, and puts only the meetings ahead in the calendar', async () => {
      const raw = await rawCircle(4826);
      expect(raw.status).to.equal('in_progress');
      const s = await mount(4826);
      expect(s.summaryText).to.contain('Already started. Next meeting:');
      await s.fill(complete());
      s.submitButton!.click();
      await waitUntil(() => s.calendarLink);
      const done = s.confirmationText!;
      expect(done).to.contain('Your next meeting');
      expect(done).not.to.contain('Your first meeting');

      // the circle's own date today, from its UTC offset
      const offset = Date.parse(`${raw.start_datetime.slice(0, 19)}Z`) - Date.parse(raw.start_datetime);
      const today = new Date(Date.now() + offset).toISOString().slice(0, 10);
      const dates = Array.from({ length: raw.weeks }, (_, i) =>
        new Date(Date.parse(`${raw.start_date}T00:00:00Z`) + i * 7 * 86_400_000).toISOString().slice(0, 10),
      ).filter((d) => d >= today);
      const next = new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'full' }).format(new Date(`${dates[0]}T00:00:00Z`));
      expect(done).to.contain(next);
      const ics = await (await fetch(s.calendarLink!.href)).text();
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(dates.length);
      expect(dates.length).to.be.lessThan(raw.weeks);
    });
  });

  describe('keyboard and layout', () => {
    it('can be completed with the keyboard alone', async () => {
      const wrapper = await fixture(html`<div>
        <button id="before">Before</button>
        <circle-signup endpoint=${localApi.open} circle-id="4821" country="US"></circle-signup>
      </div>`);
      const s = await harness(wrapper.querySelector('circle-signup')!).settled();
      const email = uniqueEmail();
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const tab = () => sendKeys({ press: 'Tab' });
      // the summary's map link, Share and Add to calendar, then the form
      await tab();
      expect(s.focused).to.equal(s.directionsLink);
      await tab();
      expect(s.focused).to.equal(s.shareButton);
      await tab();
      expect(s.focused).to.equal(s.addToCalendarButton);
      await tab();
      expect(s.focused?.id).to.equal('cs-name');
      await sendKeys({ type: 'Kim' });
      await tab();
      await sendKeys({ type: email });
      await tab(); // country code (the library's country, kept)
      expect(s.focused?.id).to.equal('cs-country');
      await tab();
      await sendKeys({ type: '2175550199' });
      await tab();
      await sendKeys({ type: 'Learn to code' });
      await tab();
      await sendKeys({ type: 'Bring questions' });
      await tab();
      expect(s.focused?.id).to.equal('cs-consent');
      await sendKeys({ press: 'Space' });
      await tab(); // privacy policy link
      await tab();
      expect(s.focused?.id).to.equal('cs-optin');
      await tab();
      expect(s.focused?.getAttribute('part')).to.equal('submit');
      const done = oneEvent(s.element, 'p2pu-signup');
      await sendKeys({ press: 'Enter' });
      await done;
      const stored = await storedSignups(email);
      expect(stored).to.have.length(1);
      expect(stored[0]!.mobile).to.equal('+12175550199');
    });

    it('fits a 320 px column without sideways scrolling', async () => {
      const wrapper = await fixture(html`<div style="width: 320px">
        <circle-signup endpoint=${localApi.open} circle-id="4822"></circle-signup>
      </div>`);
      const s = await harness(wrapper.querySelector('circle-signup')!).settled();
      expect(s.element.scrollWidth).to.be.at.most(320);
      const form = s.form!;
      expect(form.scrollWidth).to.be.at.most(form.clientWidth);
      const country = s.field('country')!.getBoundingClientRect();
      const phone = s.field('mobile')!.getBoundingClientRect();
      expect(phone.top).to.be.greaterThan(country.bottom - 1); // stacked, not squeezed side by side
    });

    it('lays out right to left', async () => {
      const s = await mount(4821, localApi.open, 'rtl');
      expect(getComputedStyle(s.summary!).direction).to.equal('rtl');
      expect(s.query('.widget')!.getAttribute('dir')).to.equal('rtl');
      const label = s.query('label[for="cs-name"]')!.getBoundingClientRect();
      const form = s.form!.getBoundingClientRect();
      expect(Math.round(form.right - label.right)).to.be.at.most(1); // labels start on the right
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth); // nothing pokes out sideways
      await expect(s.element).to.be.accessible();
    });
  });
});
