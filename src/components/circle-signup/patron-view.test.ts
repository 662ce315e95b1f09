/**
 * What a patron sees in <circle-signup> (issue 13): no dead end on a join page without a circle, the
 * phone's country from the library's `country` setting (never from the language), and the
 * facilitators and the confirmation in words that are true and in the widget's language.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../config/p2pu-config.js';
import { clearApiCache, resetClients } from '../../api/index.js';
import { resetGlobalConfig, setGlobalConfig } from '../../config/global-config.js';
import { localApi } from '../../../test/local-api.js';
import { CircleSignup } from './circle-signup.js';
import { CircleSignupHarness, type SignupAnswers } from './circle-signup.harness.js';
import { atAddress, warningsDuring } from '../../../test/page-helpers.js';

const harness = (el: Element) => new CircleSignupHarness(el as CircleSignup);

let emailCounter = 0;
const uniqueEmail = () => `patron.${Date.now().toString(36)}.${emailCounter++}@example.org`;

const complete = (): SignupAnswers => ({
  name: 'Ada Learner',
  email: uniqueEmail(),
  goals: 'Automate my spreadsheets',
  support: 'Share notes and bring snacks',
  consent: true,
});

async function storedSignups(email: string) {
  const res = await fetch(`${localApi.open}/__signups?format=json`);
  const data = (await res.json()) as { items: { email: string; mobile: string }[] };
  return data.items.filter((s) => s.email === email);
}

/** The preselected country code as a patron reads it ("Estados Unidos (+1)"), and its value. */
function preselected(s: CircleSignupHarness) {
  const select = s.field<HTMLSelectElement>('country')!;
  const text = select.selectedOptions[0]!.textContent!.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
  return { value: select.value, text };
}



describe('<circle-signup>: what a patron sees', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
    CircleSignup.minimumFillMs = 0;
  });
  afterEach(() => {
    CircleSignup.minimumFillMs = 3000;
    resetGlobalConfig();
  });

  describe('a join page reached without choosing a circle', () => {
    it("asks the patron to choose a circle first, links to P2PU's list, and shows nothing for the page editor", async () => {
      await atAddress('', async () => {
        let el!: CircleSignup;
        const warnings = await warningsDuring(async () => {
          el = await fixture<CircleSignup>(html`<circle-signup endpoint=${localApi.open} circle-id-param="circle"></circle-signup>`);
          await el.updateComplete;
        });
        const s = harness(el);
        expect(s.state).to.equal('no-circle');
        expect(s.noticeText).to.contain('Choose a learning circle first');
        expect(s.noticeText).to.contain('To sign up here, first pick the learning circle you want to join.');
        const link = s.chooseLink!;
        expect(link.textContent).to.equal('Find a learning circle on P2PU');
        expect(link.href).to.equal('https://www.p2pu.org/en/learning-circles/');
        // no page-editor notice, no editor's hint, no console warning: this is how the site's "Join" link arrives
        expect(s.problem).to.equal(null);
        expect(s.text).not.to.contain('circle-id');
        expect(s.text).not.to.contain('page editor');
        expect(warnings).to.deep.equal([]);
        expect(s.form).to.equal(null);
        await expect(el).to.be.accessible();
      });
    });

    it("links to the library's own circles page when circles-page is set", async () => {
      await atAddress('?other=1', async () => {
        const el = await fixture<CircleSignup>(
          html`<circle-signup endpoint=${localApi.open} circle-id-param="circle" circles-page="/#find"></circle-signup>`,
        );
        await el.updateComplete;
        const s = harness(el);
        expect(s.state).to.equal('no-circle');
        const link = s.chooseLink!;
        expect(link.textContent).to.equal('See the learning circles you can join');
        expect(link.href).to.equal(new URL('/#find', location.href).href);
        expect(s.problem).to.equal(null);
      });
    });

    it("takes a course widget's circles-page template, without the course", async () => {
      await atAddress('?circle=', async () => {
        const el = await fixture<CircleSignup>(
          html`<circle-signup endpoint=${localApi.open} circle-id-param="circle" circles-page="/circles.html?lc_course={id}"></circle-signup>`,
        );
        await el.updateComplete;
        expect(harness(el).chooseLink!.href).to.equal(new URL('/circles.html', location.href).href);
      });
    });

    it("links to P2PU's list in the widget's language", async () => {
      await atAddress('', async () => {
        const el = await fixture<CircleSignup>(
          html`<circle-signup lang="es" endpoint=${localApi.open} circle-id-param="circle"></circle-signup>`,
        );
        await el.updateComplete;
        expect(harness(el).chooseLink!.href).to.equal('https://www.p2pu.org/es/learning-circles/');
      });
    });

    it('tells the page editor about a circles-page that is no web page, and links to P2PU instead', async () => {
      await atAddress('', async () => {
        const el = await fixture<CircleSignup>(
          html`<circle-signup endpoint=${localApi.open} circle-id-param="circle" circles-page="javascript:alert(1)"></circle-signup>`,
        );
        await el.updateComplete;
        const s = harness(el);
        expect(s.problem).to.contain('circles-page "javascript:alert(1)" is not an http(s) address');
        expect(s.chooseLink!.href).to.equal('https://www.p2pu.org/en/learning-circles/');
      });
    });

    it('shows the circle when the address names one', async () => {
      await atAddress('?circle=4791', async () => {
        const el = await fixture<CircleSignup>(html`<circle-signup endpoint=${localApi.open} circle-id-param="circle"></circle-signup>`);
        const s = await harness(el).settled();
        expect(s.state).to.equal('form');
        expect(s.title).to.equal('Python for Everybody at Central Library');
      });
    });
  });

  describe("the mobile number's country", () => {
    it('preselects the United States (+1) on a Spanish page with country="US"', async () => {
      const el = await fixture<CircleSignup>(
        html`<circle-signup lang="es" country="US" endpoint=${localApi.open} circle-id="4791"></circle-signup>`,
      );
      const s = await harness(el).settled();
      expect(preselected(s)).to.deep.equal({ value: 'US', text: 'Estados Unidos (+1)' });
    });

    it('preselects nothing when no country is set, not even on a Spanish page', async () => {
      const el = await fixture<CircleSignup>(html`<circle-signup lang="es-ES" endpoint=${localApi.open} circle-id="4791"></circle-signup>`);
      const s = await harness(el).settled();
      expect(preselected(s).value).to.equal('');
      const select = s.field<HTMLSelectElement>('country')!;
      expect(select.selectedIndex).to.equal(0); // the "Choose…" placeholder
      expect(select.querySelector<HTMLOptionElement>('option[value="ES"]')!.selected).to.equal(false);
    });

    it('takes the country from <p2pu-config> and from the script tag settings', async () => {
      const root = await fixture(html`<p2pu-config country="us">
        <circle-signup lang="es" endpoint=${localApi.open} circle-id="4791"></circle-signup>
      </p2pu-config>`);
      const fromProvider = await harness(root.querySelector('circle-signup')!).settled();
      expect(preselected(fromProvider).value).to.equal('US');

      setGlobalConfig({ country: 'CA' });
      const el = await fixture<CircleSignup>(html`<circle-signup lang="fr" endpoint=${localApi.open} circle-id="4791"></circle-signup>`);
      const fromScript = await harness(el).settled();
      expect(preselected(fromScript)).to.deep.equal({ value: 'CA', text: 'Canada (+1)' });
    });

    it("follows a country set after the form appeared, until the patron chooses one", async () => {
      const el = await fixture<CircleSignup>(html`<circle-signup endpoint=${localApi.open} circle-id="4791"></circle-signup>`);
      const s = await harness(el).settled();
      expect(preselected(s).value).to.equal('');
      setGlobalConfig({ country: 'ZA' });
      await el.updateComplete;
      expect(preselected(s).value).to.equal('ZA');
      await s.fill({ region: 'GB' });
      setGlobalConfig({ country: 'US' });
      await el.updateComplete;
      expect(preselected(s).value).to.equal('GB');
    });

    it('signs up a US number typed as at home with country="US"', async () => {
      const el = await fixture<CircleSignup>(
        html`<circle-signup lang="es" country="US" endpoint=${localApi.open} circle-id="4791"></circle-signup>`,
      );
      const s = await harness(el).settled();
      const email = uniqueEmail();
      await s.fill({ ...complete(), email, phone: '(217) 555-0142' });
      const done = oneEvent(el, 'p2pu-signup');
      s.submitButton!.click();
      await done;
      const stored = await storedSignups(email);
      expect(stored).to.have.length(1);
      expect(stored[0]!.mobile).to.equal('+12175550142');
    });

    it('with no country, signs up an international number and asks for the country of a national one', async () => {
      const el = await fixture<CircleSignup>(html`<circle-signup endpoint=${localApi.open} circle-id="4791"></circle-signup>`);
      const s = await harness(el).settled();
      await s.fill({ ...complete(), phone: '217 555 0142' });
      await s.submit();
      expect(s.fieldError('mobile')).to.contain('Choose the country code of your mobile number, or start the number with +');
      expect(s.invalidFields).to.include('cs-country');

      const email = uniqueEmail();
      await s.fill({ email, phone: '+1 217 555 0142' });
      const done = oneEvent(el, 'p2pu-signup');
      s.submitButton!.click();
      await done;
      expect((await storedSignups(email))[0]!.mobile).to.equal('+12175550142');
    });

    it('tells the page editor about a country that is not a country code, and preselects nothing', async () => {
      const el = await fixture<CircleSignup>(html`<circle-signup country="USA" endpoint=${localApi.open} circle-id="4791"></circle-signup>`);
      const s = await harness(el).settled();
      expect(s.problem).to.contain('country "USA" is not a two-letter country code');
      expect(preselected(s).value).to.equal('');
    });
  });

  describe('facilitators and the confirmation', () => {
    it("joins the facilitators' names in the widget's language", async () => {
      const el = await fixture<CircleSignup>(html`<circle-signup lang="es" endpoint=${localApi.open} circle-id="4823"></circle-signup>`);
      const s = await harness(el).settled();
      expect(s.summaryText).to.contain('Ruth, Jamal y Keiko');
      expect(s.summaryText).not.to.contain('and Keiko');
    });

    it('says "Facilitator" for one person and "Facilitators" for more', async () => {
      const label = async (id: number) => {
        const el = await fixture<CircleSignup>(html`<circle-signup endpoint=${localApi.open} circle-id=${String(id)}></circle-signup>`);
        const s = await harness(el).settled();
        const fact = [...s.summary!.querySelectorAll('.fact')].find((f) => f.querySelector('dd')!.textContent!.includes(id === 4822 ? 'Denise' : 'Keiko'))!;
        return { label: fact.querySelector('dt')!.textContent!.trim(), names: fact.querySelector('dd')!.textContent!.replace(/[\u2066-\u2069]/g, '').trim() };
      };
      expect(await label(4822)).to.deep.equal({ label: 'Facilitator', names: 'Denise' });
      expect(await label(4823)).to.deep.equal({ label: 'Facilitators', names: 'Ruth, Jamal, and Keiko' });
    });

    it('confirms in words true for a first and a repeated signup, and the calendar names the facilitators in its language', async () => {
      const el = await fixture<CircleSignup>(html`<circle-signup lang="es" endpoint=${localApi.open} circle-id="4823"></circle-signup>`);
      const s = await harness(el).settled();
      await s.fill(complete());
      s.submitButton!.click();
      await waitUntil(() => s.calendarLink, 'no confirmation');
      const words = s.confirmationText!;
      // a Spanish page: the words a Spanish reader gets, never "your answers were updated" to everyone
      expect(words).not.to.contain('se actualizaron tus respuestas');
      expect(words).to.contain('P2PU te enviará un recordatorio por correo antes de cada reunión.');
      expect(words).to.contain('Si es tu primera inscripción en este círculo de aprendizaje, también recibirás un correo de bienvenida que te presenta a tus facilitadores.');
      const ics = (await (await fetch(s.calendarLink!.href)).text()).replace(/\r\n[ \t]/g, '');
      expect(ics).to.contain('Ruth\\, Jamal y Keiko');
      // the file's own words in the widget's language too (made after the signup, outside an update)
      expect(ics).not.to.match(/^SUMMARY:Learning circle:/m);
    });
  });
});
