/**
 * "What is a learning circle?" (the `explainer` setting): off unless the library turns it on, on the
 * widget, on <p2pu-config> or on the script tag; folded until a patron opens it, with the keyboard
 * too; the same few words in each widget that shows it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../config/p2pu-config.js';
import '../components/circle-finder/circle-finder.js';
import '../components/course-finder/course-finder.js';
import '../components/circle-signup/circle-signup.js';
import { clearApiCache, resetClients } from '../api/index.js';
import { parseConfigAttributes } from '../config/config.js';
import { resetGlobalConfig, setGlobalConfig } from '../config/global-config.js';
import { readScriptSettings } from '../config/script-settings.js';
import { WidgetHarness } from './widget.harness.js';
import { localApi } from '../../test/local-api.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const TAGS = ['circle-finder', 'course-finder', 'circle-signup'] as const;

/** One widget of each kind, with what it needs, its explainer attribute as given (undefined: none). */
function widget(tag: (typeof TAGS)[number], explainer?: string) {
  const on = explainer ?? nothing;
  switch (tag) {
    case 'circle-finder':
      return html`<circle-finder endpoint=${localApi.open} transport="cors" filters="" page-size="2" explainer=${on}></circle-finder>`;
    case 'course-finder':
      return html`<course-finder endpoint=${localApi.open} transport="cors" filters="" page-size="2" explainer=${on}></course-finder>`;
    case 'circle-signup':
      return html`<circle-signup endpoint=${localApi.open} circle-id="4821" explainer=${on}></circle-signup>`;
  }
}

async function settled(el: Widget) {
  const harness = new WidgetHarness(el);
  await harness.settled();
  return harness;
}

const explainerOf = (el: Widget) => el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~=explainer]');

describe('the explainer setting', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
  });
  afterEach(() => resetGlobalConfig());

  it('is off by default', async () => {
    for (const tag of TAGS) {
      const el = await fixture<Widget>(widget(tag));
      await settled(el);
      expect(explainerOf(el), tag).to.equal(null);
    }
  });

  it('shows a folded “What is a learning circle?” near the top when the attribute is there, “true” or “on”', async () => {
    for (const tag of TAGS) {
      for (const value of ['', 'true', 'on']) {
        const el = await fixture<Widget>(widget(tag, value));
        const harness = await settled(el);
        const details = explainerOf(el);
        expect(details, `${tag} explainer="${value}"`).not.to.equal(null);
        expect(details!.open).to.equal(false);
        expect(details!.querySelector('summary')!.textContent!.trim()).to.equal('What is a learning circle?');
        const words = details!.querySelector('p')!.textContent!;
        expect(words).to.contain('free study group').and.contain('facilitator').and.contain('no experience');
        // before the widget's own content
        const first = el.shadowRoot!.querySelector('.widget')!.querySelector('details, form, [part~=summary], [part~=filters], .summary');
        expect(first, tag).to.equal(details);
        expect(harness.problem).to.equal(null);
      }
    }
    const off = await fixture<Widget>(widget('circle-finder', 'off'));
    await settled(off);
    expect(explainerOf(off)).to.equal(null);
  });

  it('is switched on for every widget inside <p2pu-config explainer>, and off on one that says so', async () => {
    const root = await fixture<HTMLElement>(html`<p2pu-config explainer>
      <div>${TAGS.map((tag) => widget(tag))}</div>
      ${widget('circle-finder', 'off')}
    </p2pu-config>`);
    const [circleFinder, courseFinder, signup, offFinder] = [...root.querySelectorAll<Widget>('circle-finder, course-finder, circle-signup')];
    for (const el of [circleFinder, courseFinder, signup, offFinder]) await settled(el);
    for (const el of [circleFinder, courseFinder, signup]) expect(explainerOf(el), el.localName).not.to.equal(null);
    expect(explainerOf(offFinder)).to.equal(null);
  });

  it("reads the script tag's data-explainer; like an HTML boolean attribute, only false, off or no turn it off", async () => {
    const tag = document.createElement('script');
    tag.setAttribute('data-explainer', '');
    expect(readScriptSettings(tag)).to.deep.equal({ explainer: true });
    setGlobalConfig(readScriptSettings(tag));
    const el = await fixture<Widget>(widget('course-finder'));
    await settled(el);
    expect(explainerOf(el)).not.to.equal(null);

    const read = (value: string) => parseConfigAttributes((name) => (name === 'explainer' ? value : null)).explainer;
    for (const on of ['', 'true', 'on', ' "ON" ', 'yes', 'explainer']) expect(read(on), on).to.equal(true);
    for (const off of ['false', 'off', 'no', 'OFF']) expect(read(off), off).to.equal(false);
  });

  it('opens and closes with the keyboard, and passes the accessibility check open and closed', async () => {
    const el = await fixture<Widget>(widget('circle-finder', 'on'));
    await settled(el);
    const details = explainerOf(el)!;
    const summary = details.querySelector('summary')!;
    expect(summary.getBoundingClientRect().height).to.be.at.least(24);
    await expect(el).to.be.accessible();
    summary.focus();
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(details.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    expect(details.open).to.equal(false);
  });
});
