/**
 * Keyboard-only journeys against the local P2PU API: find a learning circle (search, filter, open
 * one) and sign up for one (fill, fix an error, submit). Only keys move focus and change values;
 * at every stop the focused element must show a visible focus indicator.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/circle-finder/circle-finder.js';
import '../../src/components/circle-signup/circle-signup.js';
import { CircleSignup } from '../../src/components/circle-signup/circle-signup.js';
import type { CircleFinder } from '../../src/components/circle-finder/circle-finder.js';
import { CircleFinderHarness } from '../../src/components/circle-finder/circle-finder.harness.js';
import { CircleSignupHarness } from '../../src/components/circle-signup/circle-signup.harness.js';
import { clearApiCache, resetClients, type LearningCircle } from '../../src/api/index.js';
import { localApi } from '../local-api.js';
import { assertVisibleFocus, deepActiveElement, describe as name, hostOf, tabTo } from './a11y-helpers.js';

type Card = HTMLElement & { circle: LearningCircle };

const shadow = (el: Element) => el.shadowRoot!;

/** Circle ids the local API returns for a search, as P2PU would answer it. */
async function idsFor(params: Record<string, string>): Promise<Set<number>> {
  const url = new URL(`${localApi.open}/api/learningcircles/`);
  for (const [k, v] of Object.entries({ limit: '100', signup: 'open', ...params })) url.searchParams.set(k, v);
  const body = (await (await fetch(url)).json()) as { items: { id: number }[] };
  return new Set(body.items.map((c) => c.id));
}

describe('keyboard journeys', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
  });

  for (const [label, width] of [
    ['wide', 760],
    ['320 px wide (filters behind a button)', 320],
  ] as const) {
    describe(`finder, ${label}`, () => {
      let selected: CustomEvent<{ id: number; url: string }>[] = [];
      const onSelect = (e: Event) => {
        e.preventDefault(); // stay on the test page
        selected.push(e as CustomEvent<{ id: number; url: string }>);
      };
      beforeEach(() => {
        selected = [];
        document.addEventListener('p2pu-circle-select', onSelect);
      });
      afterEach(() => document.removeEventListener('p2pu-circle-select', onSelect));

      it('searches, filters and opens a circle with the keyboard only, focus visible throughout', async () => {
        const wrapper = await fixture<HTMLElement>(html`
          <div>
            <style>
              .w760 { width: 760px; }
              .w320 { width: 320px; }
            </style>
            <button type="button" id="before">Before the widget</button>
            <div class=${width === 320 ? 'w320' : 'w760'}>
              <circle-finder endpoint=${localApi.open} transport="cors" page-size="6" no-structured-data></circle-finder>
            </div>
          </div>
        `);
        const finder = wrapper.querySelector('circle-finder') as CircleFinder;
        const root = shadow(finder);
        const harness = new CircleFinderHarness(finder);
        const busy = () => harness.state !== 'content' && harness.state !== 'empty';
        const settled = () => harness.reached('content');
        const cards = () => [...root.querySelectorAll<Card>('.results circle-card')];
        const summary = () => root.querySelector('.summary')!.textContent!.replace(/\s+/g, ' ').trim();
        await settled();
        const before = summary();
        const firstIds = cards().map((c) => c.circle.id);
        expect(firstIds.length).to.be.greaterThan(0);

        // 1. Search: Tab into the search box, type, results follow.
        wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
        const { el: box } = await tabTo((el) => el.id === 'q', 'the search box');
        expect(hostOf(box)).to.equal(finder);
        await sendKeys({ type: 'python' });
        assertVisibleFocus('typing in the search box');
        await waitUntil(() => summary() !== before && !busy(), 'the results did not update after typing', {
          timeout: 6000,
        });
        await settled();
        const python = await idsFor({ q: 'python' });
        const afterSearch = cards().map((c) => c.circle.id);
        expect(afterSearch.length).to.be.greaterThan(0);
        expect(afterSearch.filter((id) => !python.has(id)), 'circles that do not match "python"').to.deep.equal([]);
        expect(deepActiveElement(), 'focus stays in the search box').to.equal(box);

        // 2. Filter: Tab to the meeting-format radios, opening the Filters panel (folded away at every width).
        const toggle = root.querySelector<HTMLElement>('.filters-toggle');
        expect(toggle, `a Filters button at ${width} px`).to.exist;
        await tabTo((el) => el === toggle, 'the Filters button');
        expect(toggle!.getAttribute('aria-expanded')).to.equal('false');
        await sendKeys({ press: 'Enter' });
        await finder.updateComplete;
        expect(toggle!.getAttribute('aria-expanded')).to.equal('true');
        // (the panel's controls load on its first opening; focus stays on the button meanwhile)
        const panel = root.querySelector('#filter-panel')!;
        await waitUntil(() => panel.getAttribute('aria-busy') !== 'true', 'the filter panel did not finish loading', { timeout: 6000 });
        assertVisibleFocus('after opening the filters');
        const { el: radio } = await tabTo(
          (el) => el instanceof HTMLInputElement && el.type === 'radio' && el.name === 'online',
          'the online / in person choice',
        );
        expect((radio as HTMLInputElement).value).to.equal('any');
        await sendKeys({ press: 'ArrowDown' });
        await waitUntil(
          () => !busy() && cards().length > 0 && cards().every((c) => c.circle.online),
          'the results did not change to online circles',
          { timeout: 6000 },
        );
        await settled();
        const now = deepActiveElement() as HTMLInputElement;
        expect(now.value, 'arrow key moves to the next choice').to.equal('online');
        expect(now.checked).to.equal(true);
        assertVisibleFocus('after choosing "online" with the arrow key');
        const online = await idsFor({ q: 'python', online: 'true' });
        const afterFilter = cards().map((c) => c.circle.id);
        expect(afterFilter.length).to.be.greaterThan(0);
        expect(afterFilter.filter((id) => !online.has(id)), 'circles that are not online python circles').to.deep.equal([]);

        // 3. Open a circle: Tab to the first result's link, press Enter.
        const { el: link } = await tabTo(
          (el) => el.localName === 'a' && hostOf(el)?.localName === 'circle-card',
          'a circle card link',
        );
        const card = hostOf(link) as Card;
        expect(cards()).to.include(card);
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => selected.length > 0, 'Enter on the card did not select the circle');
        expect(selected.map((e) => e.detail.id)).to.deep.equal([card.circle.id]);
        expect(online.has(selected[0]!.detail.id)).to.equal(true);
        expect(document.contains(finder), 'still on the page (the event was cancelled)').to.equal(true);
        expect(deepActiveElement()).to.equal(link);
        assertVisibleFocus('after opening the circle');
      });
    });
  }

  describe('signup', () => {
    const minimum = CircleSignup.minimumFillMs;
    before(() => {
      CircleSignup.minimumFillMs = 0;
    });
    after(() => {
      CircleSignup.minimumFillMs = minimum;
    });

    it('tabs through the form, follows the error summary to the first problem, fixes it and signs up', async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div>
          <button type="button" id="before">Before the widget</button>
          <circle-signup endpoint=${localApi.open} transport="cors" circle-id="4823"></circle-signup>
        </div>
      `);
      const signup = wrapper.querySelector('circle-signup') as CircleSignup;
      const root = shadow(signup);
      const harness = new CircleSignupHarness(signup);
      await harness.reached('form');
      const events: string[] = [];
      signup.addEventListener('p2pu-signup', () => events.push('signup'));

      // Tab through the whole form: every control in reading order, focus visible at each stop.
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const submit = root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
      const { stops } = await tabTo((el) => el === submit, 'the Sign up button');
      const fields = stops.filter((s) => s.startsWith('circle-signup >>> ')).map((s) => s.replace('circle-signup >>> ', ''));
      const order = ['#cs-name', '#cs-email', '#cs-country', '#cs-phone', '#cs-goals', '#cs-support', '#cs-consent', '#cs-optin'];
      const positions = order.map((id) => fields.findIndex((f) => f.includes(id)));
      expect(positions.every((p) => p >= 0), `form stops: ${fields.join(', ')}`).to.equal(true);
      expect([...positions].sort((a, b) => a - b), 'fields in reading order').to.deep.equal(positions);
      expect(fields.some((f) => f.includes('#cs-website')), 'the honeypot is never a Tab stop').to.equal(false);

      // Submit the empty form with Enter: the error summary takes focus.
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root.querySelector('.error-summary'), 'no error summary after an empty submit');
      await signup.updateComplete;
      const heading = assertVisibleFocus('the error summary after submitting');
      expect(heading.id).to.equal('cs-errors-title');
      expect(events).to.deep.equal([]);

      // Follow the summary's first link with Enter: focus lands in the first invalid field.
      const { el: firstLink } = await tabTo((el) => el.localName === 'a' && !!el.closest('.error-summary'), 'the first link of the error summary', { max: 3 });
      expect(firstLink.getAttribute('href')).to.equal('#cs-name');
      await sendKeys({ press: 'Enter' });
      await signup.updateComplete;
      const nameField = assertVisibleFocus('after following the error link');
      expect(nameField.id).to.equal('cs-name');
      expect(nameField.getAttribute('aria-invalid')).to.equal('true');

      // Fix everything by typing; Tab from field to field.
      await sendKeys({ type: 'Ada' });
      await tabTo((el) => el.id === 'cs-email', 'the email field', { max: 2 });
      await sendKeys({ type: `ada.${Date.now()}@example.org` });
      await tabTo((el) => el.id === 'cs-goals', 'the goals field', { max: 4 });
      await sendKeys({ type: 'Learn to write short stories.' });
      await tabTo((el) => el.id === 'cs-support', 'the support field', { max: 2 });
      await sendKeys({ type: 'Read drafts and give kind feedback.' });
      const { el: consent } = await tabTo((el) => el.id === 'cs-consent', 'the consent checkbox', { max: 3 });
      await sendKeys({ press: 'Space' });
      await signup.updateComplete;
      expect((consent as HTMLInputElement).checked).to.equal(true);
      assertVisibleFocus('after ticking the consent box');

      // Submit with Space on the button: the confirmation is shown and takes focus.
      await tabTo((el) => el === submit, 'the Sign up button', { max: 5 });
      await sendKeys({ press: 'Space' });
      await harness.reached('done');
      expect(events).to.deep.equal(['signup']);
      expect(root.querySelector('form'), 'the form is gone').to.equal(null);
      const done = assertVisibleFocus('the confirmation');
      expect(done.id, `focus on ${name(done)}`).to.equal('cs-done-title');
    });
  });
});
