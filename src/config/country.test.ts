/**
 * The `country` setting: read like every other setting (widget attribute → <p2pu-config> → script
 * tag → default), a two-letter ISO 3166 code, and a setup notice for anything else.
 */
import { expect, fixture, html } from '@open-wc/testing';
import './p2pu-config.js';
import { WidgetElement } from '../internal/widget-element.js';
import { defineElement } from '../internal/define.js';
import { resetGlobalConfig, setGlobalConfig } from './global-config.js';
import { DEFAULT_CONFIG, parseConfigAttributes } from './config.js';
import { parseCountry } from './country.js';
import { readScriptSettings } from './script-settings.js';
import type { P2puConfig } from './p2pu-config.js';

/** A minimal widget that shows the country it resolved. */
class CountryProbe extends WidgetElement {
  protected override get viewState() {
    return 'content';
  }
  override renderWidget() {
    return html`<output>${this.config.country ?? 'none'}</output>`;
  }
}
defineElement('country-probe', CountryProbe);

async function shownCountry(el: Element) {
  const probe = el as CountryProbe;
  await probe.updateComplete;
  return probe.shadowRoot!.querySelector('output')!.textContent;
}

describe('the country setting', () => {
  afterEach(() => resetGlobalConfig());

  it('is unset by default: no country is guessed', async () => {
    expect(DEFAULT_CONFIG.country).to.equal(null);
    const el = await fixture(html`<country-probe lang="es"></country-probe>`);
    expect(await shownCountry(el)).to.equal('none');
  });

  it('comes from the widget, then <p2pu-config>, then the script tag', async () => {
    setGlobalConfig({ country: 'CA' });
    const root = await fixture(html`<div>
      <p2pu-config country="MX">
        <country-probe id="own" country="US"></country-probe>
        <country-probe id="provided"></country-probe>
      </p2pu-config>
      <country-probe id="page"></country-probe>
    </div>`);
    expect(await shownCountry(root.querySelector('#own')!)).to.equal('US');
    expect(await shownCountry(root.querySelector('#provided')!)).to.equal('MX');
    expect(await shownCountry(root.querySelector('#page')!)).to.equal('CA');
  });

  it("reads the script tag's data-country", () => {
    const tag = document.createElement('script');
    tag.dataset.country = ' "us" ';
    expect(readScriptSettings(tag)).to.deep.equal({ country: 'US' });
    const problems: string[] = [];
    tag.dataset.country = 'Spain';
    expect(readScriptSettings(tag, problems)).to.deep.equal({});
    expect(problems).to.deep.equal([
      'country "Spain" is not a two-letter country code (ISO 3166), such as US, CA or GB, so the signup form preselects no country for mobile numbers',
    ]);
  });

  it('takes two-letter country codes in any case, and UK for GB', () => {
    expect(parseCountry('US')).to.equal('US');
    expect(parseCountry(' za ')).to.equal('ZA');
    expect(parseCountry('UK')).to.equal('GB');
    expect(parseCountry('XK')).to.equal('XK');
    for (const bad of ['USA', 'United States', 'XX', 'EU', 'ZZ', 'U', '1', 'es-US']) expect(parseCountry(bad), bad).to.equal(null);
  });

  it('reports a value that is not a country code and leaves it unset, so the next source applies', async () => {
    const problems: string[] = [];
    expect(parseConfigAttributes((name) => ({ country: 'USA', 'team-id': '3' })[name], problems)).to.deep.equal({ teamId: 3 });
    expect(problems).to.have.length(1);
    expect(problems[0]).to.contain('country "USA" is not a two-letter country code');

    setGlobalConfig({ country: 'US' });
    const root = await fixture<P2puConfig>(html`<p2pu-config country="Estados Unidos"><country-probe></country-probe></p2pu-config>`);
    await root.updateComplete;
    const notice = root.shadowRoot!.querySelector('[part="problem"]')!;
    expect(notice.getAttribute('role')).to.equal('note');
    expect(notice.textContent).to.contain('country "Estados Unidos" is not a two-letter country code');
    expect(await shownCountry(root.querySelector('country-probe')!)).to.equal('US');
    await expect(root).to.be.accessible();
  });

  it('shows a bad country on a widget in its setup notice', async () => {
    const el = await fixture(html`<country-probe country="Spain"></country-probe>`);
    await (el as CountryProbe).updateComplete;
    expect(el.shadowRoot!.querySelector('[part="problem"]')!.textContent).to.contain('country "Spain"');
    expect(await shownCountry(el)).to.equal('none');
  });
});
