import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearApiCache, resetClients } from '../../api/index.js';
import { clearFaults, injectFault, localApi } from '../../../test/local-api.js';
import { sample } from '../../../test/api/helpers.js';
import { CircleSignup } from './circle-signup.js';
import type { SignupErrorEventDetail, SignupEventDetail } from './circle-signup.js';

// ---------------------------------------------------------------------------------------------
// Helpers

const root = (el: CircleSignup) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: CircleSignup, selector: string) =>
  root(el).querySelector<T & HTMLElement>(selector);
const text = (el: CircleSignup) => (root(el).textContent ?? '').replace(/\s+/g, ' ');

/** Waits until the widget shows something other than its loading skeleton. */
async function settled(el: CircleSignup) {
  await waitUntil(
    () => $(el, 'form, [part="notice"], [part="link-out"], [part="problem"], [part="confirmation"]'),
    'the signup widget did not finish loading',
    { timeout: 6000 },
  );
  await el.updateComplete;
  return el;
}

async function mount(id: string | number, endpoint = localApi.open, extra = '') {
  const el = await fixture<HTMLElement>(
    extra === 'rtl'
      ? html`<div dir="rtl" lang="ar"><circle-signup endpoint=${endpoint} circle-id=${String(id)}></circle-signup></div>`
      : html`<circle-signup endpoint=${endpoint} circle-id=${String(id)}></circle-signup>`,
  );
  const widget = el instanceof CircleSignup ? el : el.querySelector<CircleSignup>('circle-signup')!;
  return settled(widget);
}

let emailCounter = 0;
const uniqueEmail = () => `learner.${Date.now().toString(36)}.${emailCounter++}@example.org`;

interface Answers {
  name?: string;
  email?: string;
  phone?: string;
  goals?: string;
  support?: string;
  custom?: string;
  consent?: boolean;
  optIn?: boolean;
  website?: string;
}

/** Types answers the way a browser reports them (value + input event). */
async function fill(el: CircleSignup, answers: Answers) {
  const ids: Record<string, string> = {
    name: '#cs-name',
    email: '#cs-email',
    phone: '#cs-phone',
    goals: '#cs-goals',
    support: '#cs-support',
    custom: '#cs-custom',
    website: '#cs-website',
  };
  for (const [key, value] of Object.entries(answers)) {
    if (key === 'consent' || key === 'optIn') {
      const box = $<HTMLInputElement>(el, key === 'consent' ? '#cs-consent' : '#cs-optin')!;
      if (box.checked !== value) box.click();
      continue;
    }
    const field = $<HTMLInputElement>(el, ids[key]!)!;
    field.value = String(value);
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}

const complete = (): Answers => ({
  name: 'Ada Learner',
  email: uniqueEmail(),
  goals: 'Automate my spreadsheets',
  support: 'Share notes and bring snacks',
  consent: true,
});

const submitButton = (el: CircleSignup) => $<HTMLButtonElement>(el, '[part="submit"]')!;

/** Counts the signup POSTs the page sends (and optionally answers them itself). */
function watchSignups(answer?: (call: number) => Promise<Response> | null) {
  const original = window.fetch;
  const bodies: Record<string, unknown>[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (init?.method === 'POST' && url.includes('/api/signup/')) {
      bodies.push(JSON.parse(String(init.body)));
      const stubbed = answer?.(bodies.length);
      if (stubbed) return stubbed;
    }
    return original.call(window, input, init);
  };
  return {
    bodies,
    restore: () => {
      window.fetch = original;
    },
  };
}
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

const focused = (el: CircleSignup) => root(el).activeElement as HTMLElement | null;

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
      expect($(el, '.skeleton')).to.exist;
      expect(text(el)).to.contain('Loading the learning circle');
      expect($(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says so in plain words, with a retry, when P2PU fails', async () => {
      const el = await fixture<CircleSignup>(
        html`<circle-signup endpoint=${`${localApi.open}/__fault/html500`} circle-id="4821"></circle-signup>`,
      );
      await settled(el);
      expect(text(el)).to.contain('We could not load this learning circle.');
      const retry = [...root(el).querySelectorAll('button')].find((b) => /Try again/.test(b.textContent!));
      expect(retry).to.exist;
      await expect(el).to.be.accessible();
    });

    it('summarises the circle: name, course, when, where, facilitators and seats left', async () => {
      const raw = await rawCircle(4821);
      const el = await mount(4821);
      const summary = $(el, '[part="summary"]')!;
      expect(summary.querySelector('h3')!.textContent).to.equal('Python at Riverside');
      const words = summary.textContent!.replace(/\s+/g, ' ');
      expect(words).to.contain('Course: Programming for Everybody');
      expect(words).to.match(/Every Tuesday, 6:00\s?–\s?7:30\s?PM CST|Every Tuesday, 6:00\s?–\s?7:30\s?PM CDT/);
      expect(words).to.contain('6 meetings');
      expect(words).to.contain('Riverside Branch Library');
      expect(words).to.contain('930 E Monroe St, Riverbend');
      expect(words).to.contain('Maya and Tom');
      expect(words).to.contain(`${raw.signup_limit - raw.signup_count} seats left`);
      await expect(el).to.be.accessible();
    });

    it('reads the circle id from the page address with circle-id-param', async () => {
      const before = location.href;
      history.replaceState(null, '', `${location.pathname}?circle=4822`);
      try {
        const el = await fixture<CircleSignup>(
          html`<circle-signup endpoint=${localApi.open} circle-id-param="circle" circle-id="4821"></circle-signup>`,
        );
        await settled(el);
        expect($(el, '[part="summary"] h3')!.textContent).to.equal('Job Search Skills at Main Library');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('tells the page editor, once in the console, when the circle id is missing', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const wrapper = await fixture(html`<div>
          <circle-signup endpoint=${localApi.open} circle-id-param="lc-missing-test"></circle-signup>
          <circle-signup endpoint=${localApi.open} circle-id-param="lc-missing-test"></circle-signup>
        </div>`);
        const el = wrapper.querySelector('circle-signup')!;
        await el.updateComplete;
        expect($(el, '[part="problem"]')!.textContent).to.contain('needs a circle id');
        expect($(el, '[part="problem"]')!.textContent).to.contain('?lc-missing-test=1234');
        expect($(el, 'form')).to.equal(null);
        expect(warnings.filter((w) => w.includes('lc-missing-test'))).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        console.warn = original;
      }
    });

    it('explains an id that is not a number', async () => {
      const el = await fixture<CircleSignup>(
        html`<circle-signup endpoint=${localApi.open} circle-id="python-riverside"></circle-signup>`,
      );
      await el.updateComplete;
      expect($(el, '[part="problem"]')!.textContent).to.contain('"python-riverside" is not a learning circle number');
      await expect(el).to.be.accessible();
    });

    it('says when no circle has the id, without a form', async () => {
      const el = await mount(999999);
      expect(text(el)).to.contain('We could not find this learning circle.');
      expect($(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('where signing up makes no sense', () => {
    const cases: [string, number, RegExp][] = [
      ['a draft', 4830, /has not opened yet/],
      ['a closed circle', 4828, /Signup for this learning circle is closed/],
      ['a completed circle', 4827, /This learning circle has ended/],
      ['a full circle', 4824, /This learning circle is full.*All 10 seats are taken/],
    ];
    for (const [what, id, message] of cases) {
      it(`shows a message and the P2PU page instead of a form for ${what}`, async () => {
        const raw = await rawCircle(id);
        const el = await mount(id);
        expect($(el, 'form')).to.equal(null);
        const notice = $(el, '[part="notice"]')!;
        expect(notice.textContent!.replace(/\s+/g, ' ')).to.match(message);
        const link = notice.querySelector('a')!;
        expect(link.href).to.equal(raw.url);
        expect(link.target).to.equal('_blank');
        expect(link.textContent).to.contain('(opens in a new tab)');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('choosing between a form and a link to P2PU', () => {
    it('shows a form when the API allows this page (CORS open)', async () => {
      const el = await mount(4821, localApi.open);
      expect($(el, 'form')).to.exist;
      expect($(el, '[part="link-out"]')).to.equal(null);
    });

    it('links out to P2PU, in a new tab, when the API refuses this page (production CORS)', async () => {
      const raw = await rawCircle(4821);
      const el = await mount(4821, localApi.p2pu);
      expect($(el, 'form')).to.equal(null);
      const link = $<HTMLAnchorElement>(el, '[part="link-out"]')!;
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Sign up on P2PU (opens in a new tab)');
      expect(link.href).to.equal(`${localApi.p2pu}${new URL(raw.url).pathname}`);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.contain('noopener');
      expect($(el, '[part="summary"] h3')!.textContent).to.equal('Python at Riverside');
      await expect(el).to.be.accessible();
    });

    it('links out when the library asks for it with link-out', async () => {
      const el = await fixture<CircleSignup>(
        html`<circle-signup endpoint=${localApi.open} circle-id="4821" link-out></circle-signup>`,
      );
      await settled(el);
      expect($(el, 'form')).to.equal(null);
      expect($(el, '[part="link-out"]')).to.exist;
    });
  });

  describe('the form', () => {
    it('labels every field in its own shadow root, with autocomplete tokens', async () => {
      const el = await mount(4821);
      const label = (id: string) => $(el, `label[for="${id}"]`)?.textContent?.trim();
      expect(label('cs-name')).to.equal('Your name');
      expect(label('cs-email')).to.equal('Email address');
      expect(label('cs-goals')).to.equal('What do you hope to achieve by joining this learning circle?');
      expect(label('cs-support')).to.contain('How will you support the others?');
      expect($(el, 'legend')!.textContent).to.equal('Mobile number (optional)');
      expect(label('cs-consent')).to.contain('I agree that P2PU may store my details');
      expect(label('cs-optin')).to.contain('(optional)');
      expect($(el, '#cs-name')!.getAttribute('autocomplete')).to.equal('name');
      expect($(el, '#cs-name')!.getAttribute('maxlength')).to.equal('128');
      expect($(el, '#cs-email')!.getAttribute('autocomplete')).to.equal('email');
      expect($(el, '#cs-country')!.getAttribute('autocomplete')).to.equal('tel-country-code');
      expect($(el, '#cs-phone')!.getAttribute('autocomplete')).to.equal('tel-national');
      expect($(el, '#cs-phone')!.getAttribute('inputmode')).to.equal('tel');
      expect($(el, '#cs-custom')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it("asks the circle's own question when it has one", async () => {
      const el = await mount(4822);
      expect($(el, 'label[for="cs-custom"]')!.textContent!.trim()).to.equal('What kind of job are you looking for?');
      await expect(el).to.be.accessible();
    });

    it('links to the privacy policy: P2PU by default, privacy-url when given', async () => {
      const el = await mount(4821);
      expect($<HTMLAnchorElement>(el, '#cs-consent-hint a')!.href).to.equal('https://www.p2pu.org/privacy/');
      const own = await fixture<CircleSignup>(
        html`<circle-signup endpoint=${localApi.open} circle-id="4821" privacy-url="https://library.example.org/privacy"></circle-signup>`,
      );
      await settled(own);
      expect($<HTMLAnchorElement>(own, '#cs-consent-hint a')!.href).to.equal('https://library.example.org/privacy');
    });

    it('preselects the calling code of the widget language region', async () => {
      const codeFor = async (lang: string) => {
        const el = await fixture<CircleSignup>(
          html`<circle-signup lang=${lang} endpoint=${localApi.open} circle-id="4821"></circle-signup>`,
        );
        await settled(el);
        const select = $<HTMLSelectElement>(el, '#cs-country')!;
        return select.selectedOptions[0]!.textContent!.replace(/[\u2066\u2069]/g, '').replace(/\s+/g, ' ').trim();
      };
      expect(await codeFor('en-US')).to.match(/\(\+1\)$/);
      expect(await codeFor('es-ES')).to.equal('España (+34)');
      expect(await codeFor('af')).to.match(/\(\+27\)$/);
    });
  });

  describe('validation before sending', () => {
    it('lists every problem in a focused summary that links to each field, and sends nothing', async () => {
      watcher = watchSignups();
      const el = await mount(4822);
      const failed = oneEvent(el, 'p2pu-signup-error');
      await fill(el, { email: 'someone@localhost', phone: '12' });
      submitButton(el).click();
      expect(((await failed) as CustomEvent<SignupErrorEventDetail>).detail).to.deep.equal({ circleId: 4822, kind: 'form' });
      await el.updateComplete;

      const summary = $(el, '[part="error-summary"]')!;
      expect(focused(el)).to.equal(summary.querySelector('h4'));
      expect(summary.querySelector('h4')!.textContent).to.equal('Please correct 7 answers');
      const links = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['#cs-name', '#cs-email', '#cs-phone', '#cs-goals', '#cs-support', '#cs-custom', '#cs-consent']);
      expect(summary.textContent).to.contain('Enter an email address like name@example.org');

      for (const id of ['cs-name', 'cs-email', 'cs-phone', 'cs-goals', 'cs-support', 'cs-custom', 'cs-consent']) {
        const input = $(el, `#${id}`)!;
        expect(input.getAttribute('aria-invalid'), id).to.equal('true');
        const describedBy = input.getAttribute('aria-describedby')!.split(' ');
        expect(describedBy, id).to.include(`${id}-error`);
        expect($(el, `#${id}-error`)!.textContent, id).to.match(/Error:\s+\S/);
      }
      expect(watcher.bodies).to.have.length(0);

      const hash = location.hash;
      (summary.querySelector('a[href="#cs-support"]') as HTMLAnchorElement).click();
      expect(focused(el)!.id).to.equal('cs-support');
      expect(location.hash).to.equal(hash);
      await expect(el).to.be.accessible();
    });

    it('accepts what the server accepts: trimmed email, a mobile in international format', async () => {
      watcher = watchSignups();
      const el = await mount(4821);
      const email = uniqueEmail();
      await fill(el, { ...complete(), email: `  ${email}  `, name: '  Ada  ', phone: '(217) 555-0142' });
      const done = oneEvent(el, 'p2pu-signup');
      submitButton(el).click();
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
      const el = await mount(4821);
      const email = uniqueEmail();
      await fill(el, { ...complete(), email, optIn: true });
      const event = oneEvent(el, 'p2pu-signup');
      submitButton(el).click();
      const detail = ((await event) as CustomEvent<SignupEventDetail>).detail;
      expect(detail).to.deep.equal({ circleId: 4821 });
      await el.updateComplete;

      const done = $(el, '[part="confirmation"]')!;
      expect(focused(el)).to.equal(done.querySelector('h3'));
      const words = done.textContent!.replace(/\s+/g, ' ');
      expect(words).to.contain('You are signed up for Python at Riverside');
      expect(words).to.contain('Your first meeting');
      const date = new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'full' }).format(new Date(`${raw.start_date}T00:00:00Z`));
      expect(words).to.contain(date);
      expect(words).to.match(new RegExp(`6:00\\s?–\\s?7:30\\s?PM ${raw.time_zone}`));
      expect(words).to.contain('Riverside Branch Library, 930 E Monroe St, Riverbend');
      expect($(el, 'form')).to.equal(null);
      expect(await storedSignups(email)).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('sends one request for a double click, with the button disabled while it is in flight', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      watcher = watchSignups(() => gate.then(() => json({ status: 'created' })));
      const el = await mount(4821);
      await fill(el, complete());
      const button = submitButton(el);
      button.click();
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent).to.contain('Signing you up…');
      await expect(el).to.be.accessible();
      button.click();
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      release();
      await waitUntil(() => $(el, '[part="confirmation"]'));
      expect(watcher.bodies).to.have.length(1);
    });

    it('sends one request to the real API for a double click', async () => {
      watcher = watchSignups();
      const el = await mount(4821);
      const email = uniqueEmail();
      await fill(el, { ...complete(), email });
      submitButton(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
      submitButton(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 2 }));
      await waitUntil(() => $(el, '[part="confirmation"]'), 'no confirmation', { timeout: 5000 });
      expect(watcher.bodies).to.have.length(1);
    });

    it('keeps every value and offers a retry when the network fails', async () => {
      watcher = watchSignups((call) => (call === 1 ? Promise.reject(new TypeError('Failed to fetch')) : null));
      const el = await mount(4822);
      const answers: Answers = { ...complete(), phone: '217 555 0142', custom: 'Library assistant', optIn: true };
      await fill(el, answers);
      const failed = oneEvent(el, 'p2pu-signup-error');
      submitButton(el).click();
      expect(((await failed) as CustomEvent<SignupErrorEventDetail>).detail).to.deep.equal({ circleId: 4822, kind: 'network' });
      await el.updateComplete;

      const failure = $(el, '[part="failure"]')!;
      expect(failure.textContent).to.contain('Your signup was not sent.');
      expect(focused(el)).to.equal(failure);
      expect($(el, '[part="confirmation"]')).to.equal(null);
      const value = (id: string) => $<HTMLInputElement>(el, id)!.value;
      expect(value('#cs-name')).to.equal(answers.name);
      expect(value('#cs-email')).to.equal(answers.email);
      expect(value('#cs-phone')).to.equal(answers.phone);
      expect(value('#cs-goals')).to.equal(answers.goals);
      expect(value('#cs-support')).to.equal(answers.support);
      expect(value('#cs-custom')).to.equal(answers.custom);
      expect($<HTMLInputElement>(el, '#cs-consent')!.checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#cs-optin')!.checked).to.equal(true);
      expect($<HTMLSelectElement>(el, '#cs-country')!.value).to.equal('US');
      await expect(el).to.be.accessible();

      const done = oneEvent(el, 'p2pu-signup');
      failure.querySelector('button')!.click();
      await done;
      expect(watcher.bodies).to.have.length(2);
      expect(watcher.bodies[1]).to.deep.equal(watcher.bodies[0]);
      expect(await storedSignups(answers.email!)).to.have.length(1);
    });

    it('never says done after a server error: it says the signup is unconfirmed and a retry is safe', async () => {
      await injectFault('html500', { path: '/api/signup/', times: 1 });
      const el = await mount(4821);
      const answers = complete();
      await fill(el, answers);
      const failed = oneEvent(el, 'p2pu-signup-error');
      submitButton(el).click();
      expect(((await failed) as CustomEvent<SignupErrorEventDetail>).detail.kind).to.equal('server');
      await el.updateComplete;
      expect($(el, '[part="confirmation"]')).to.equal(null);
      expect($(el, '[part="failure"]')!.textContent).to.contain('We could not confirm your signup.');
      expect($(el, '[part="failure"]')!.textContent).to.contain('Trying again is safe');
      expect($<HTMLInputElement>(el, '#cs-goals')!.value).to.equal(answers.goals);
      await expect(el).to.be.accessible();

      $(el, '[part="failure"] button')!.click();
      await waitUntil(() => $(el, '[part="confirmation"]'), 'the retry did not sign up');
    });

    it('never says done when the server answers anything but "created"', async () => {
      watcher = watchSignups(() => json({ status: 'ok' }));
      const el = await mount(4821);
      await fill(el, complete());
      const failed = oneEvent(el, 'p2pu-signup-error');
      submitButton(el).click();
      await failed;
      await el.updateComplete;
      expect($(el, '[part="confirmation"]')).to.equal(null);
      expect($(el, '[part="failure"]')!.textContent).to.contain('We could not confirm your signup.');
    });
  });

  describe('server errors', () => {
    const cases: [string, number, string, string][] = [
      ['signup-bad-email.json', 4821, 'cs-email', 'Enter an email address like name@example.org'],
      ['signup-consent-false.json', 4821, 'cs-consent', 'agree that P2PU may use your details'],
      ['signup-mobile-invalid.json', 4821, 'cs-phone', 'P2PU did not recognise this mobile number'],
      ['signup-signup_questions-missing-support.json', 4821, 'cs-support', 'Tell us how you will support the group'],
      ['signup-lc3-custom-question-missing.json', 4822, 'cs-custom', "Answer the facilitator's question"],
      ['signup-missing-name-email.json', 4821, 'cs-name', 'Enter your name'],
    ];
    for (const [file, id, field, message] of cases) {
      it(`puts the recorded answer ${file} on its field`, async () => {
        const body = await sample(file);
        watcher = watchSignups(() => json(body));
        const el = await mount(id);
        await fill(el, { ...complete(), phone: '217 555 0142', ...(id === 4822 ? { custom: 'Anything' } : {}) });
        const failed = oneEvent(el, 'p2pu-signup-error');
        submitButton(el).click();
        expect(((await failed) as CustomEvent<SignupErrorEventDetail>).detail.kind).to.equal('validation');
        await el.updateComplete;
        expect($(el, `#${field}`)!.getAttribute('aria-invalid')).to.equal('true');
        expect($(el, `#${field}-error`)!.textContent).to.contain(message);
        const summary = $(el, '[part="error-summary"]')!;
        expect(focused(el)).to.equal(summary.querySelector('h4'));
        expect(summary.querySelector(`a[href="#${field}"]`)).to.exist;
        expect($(el, '[part="confirmation"]')).to.equal(null);
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
      const el = await mount(4822);
      await fill(el, { ...complete(), custom: 'Anything' });
      submitButton(el).click();
      await waitUntil(() => $(el, '[part="error-summary"]'));
      const invalid = [...root(el).querySelectorAll('[aria-invalid="true"]')].map((e) => e.id);
      expect(invalid).to.deep.equal(['cs-email', 'cs-goals', 'cs-custom']);
      await expect(el).to.be.accessible();
    });

    it('shows the real server refusing a mobile number on the mobile field', async () => {
      const el = await mount(4821);
      await fill(el, { ...complete(), phone: '123 456 7890' });
      submitButton(el).click();
      await waitUntil(() => $(el, '[part="error-summary"]'), 'no error summary', { timeout: 5000 });
      expect($(el, '#cs-phone')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#cs-phone-error')!.textContent).to.contain('P2PU did not recognise this mobile number');
    });
  });

  describe('bots', () => {
    it('sends nothing when submitted faster than a person fills the form, then lets a person resubmit', async () => {
      CircleSignup.minimumFillMs = 700;
      watcher = watchSignups();
      const el = await mount(4821);
      await fill(el, complete());
      submitButton(el).click();
      await el.updateComplete;
      expect(watcher.bodies).to.have.length(0);
      expect(text(el)).to.contain('Please check your answers and submit again.');
      expect($(el, '[part="confirmation"]')).to.equal(null);
      await expect(el).to.be.accessible();
      await aTimeout(750);
      submitButton(el).click();
      await waitUntil(() => $(el, '[part="confirmation"]'), 'a person resubmitting was not signed up');
      expect(watcher.bodies).to.have.length(1);
    });

    it('sends nothing when the hidden honeypot field is filled', async () => {
      watcher = watchSignups();
      const el = await mount(4821);
      const honeypot = $(el, '#cs-website')!;
      expect(honeypot.getAttribute('tabindex')).to.equal('-1');
      expect(honeypot.getAttribute('autocomplete')).to.equal('off');
      expect(honeypot.closest('[aria-hidden="true"]')).to.exist;
      await fill(el, { ...complete(), website: 'https://spam.example' });
      submitButton(el).click();
      await el.updateComplete;
      submitButton(el).click();
      await el.updateComplete;
      expect(watcher.bodies).to.have.length(0);
      expect(text(el)).to.contain('Please check your answers and submit again.');
    });
  });

  describe('after signing up', () => {
    it('offers an .ics download with every weekly meeting at the right time', async () => {
      const raw = await rawCircle(4821);
      const el = await mount(4821);
      await fill(el, complete());
      submitButton(el).click();
      await waitUntil(() => $(el, '[part="calendar"]'));
      const link = $<HTMLAnchorElement>(el, '[part="calendar"]')!;
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
      expect(text(el)).to.contain(`A calendar file with all ${raw.weeks} meetings.`);
    });
  });

  describe('a circle that already started', () => {
    it('names the next meeting, not the first, and puts only the meetings ahead in the calendar', async () => {
      const raw = await rawCircle(4826);
      expect(raw.status).to.equal('in_progress');
      const el = await mount(4826);
      expect($(el, '[part="summary"]')!.textContent).to.contain('Already started. Next meeting:');
      await fill(el, complete());
      submitButton(el).click();
      await waitUntil(() => $(el, '[part="calendar"]'));
      const done = $(el, '[part="confirmation"]')!.textContent!.replace(/\s+/g, ' ');
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
      const ics = await (await fetch($<HTMLAnchorElement>(el, '[part="calendar"]')!.href)).text();
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(dates.length);
      expect(dates.length).to.be.lessThan(raw.weeks);
    });
  });

  describe('keyboard and layout', () => {
    it('can be completed with the keyboard alone', async () => {
      const wrapper = await fixture(html`<div>
        <button id="before">Before</button>
        <circle-signup endpoint=${localApi.open} circle-id="4821"></circle-signup>
      </div>`);
      const el = await settled(wrapper.querySelector('circle-signup')!);
      const email = uniqueEmail();
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const tab = () => sendKeys({ press: 'Tab' });
      await tab();
      expect(focused(el)?.id).to.equal('cs-name');
      await sendKeys({ type: 'Kim' });
      await tab();
      await sendKeys({ type: email });
      await tab(); // country code (kept)
      expect(focused(el)?.id).to.equal('cs-country');
      await tab();
      await sendKeys({ type: '2175550199' });
      await tab();
      await sendKeys({ type: 'Learn to code' });
      await tab();
      await sendKeys({ type: 'Bring questions' });
      await tab();
      expect(focused(el)?.id).to.equal('cs-consent');
      await sendKeys({ press: 'Space' });
      await tab(); // privacy policy link
      await tab();
      expect(focused(el)?.id).to.equal('cs-optin');
      await tab();
      expect(focused(el)?.getAttribute('part')).to.equal('submit');
      const done = oneEvent(el, 'p2pu-signup');
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
      const el = await settled(wrapper.querySelector('circle-signup')!);
      expect(el.scrollWidth).to.be.at.most(320);
      const form = $(el, 'form')!;
      expect(form.scrollWidth).to.be.at.most(form.clientWidth);
      const country = $(el, '#cs-country')!.getBoundingClientRect();
      const phone = $(el, '#cs-phone')!.getBoundingClientRect();
      expect(phone.top).to.be.greaterThan(country.bottom - 1); // stacked, not squeezed side by side
    });

    it('lays out right to left', async () => {
      const el = await mount(4821, localApi.open, 'rtl');
      const summary = $(el, '[part="summary"]')!;
      expect(getComputedStyle(summary).direction).to.equal('rtl');
      const label = $(el, 'label[for="cs-name"]')!.getBoundingClientRect();
      const form = $(el, 'form')!.getBoundingClientRect();
      expect(Math.round(form.right - label.right)).to.be.at.most(1); // labels start on the right
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth); // nothing pokes out sideways
      await expect(el).to.be.accessible();
    });
  });
});
