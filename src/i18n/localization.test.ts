import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { WidgetElement } from '../internal/widget-element.js';
import { defineElement } from '../internal/define.js';
import { getLocale } from './localization.js';

/** A widget that shows the language it formats in, as real widgets use it for dates. */
class LocaleProbe extends WidgetElement {
  protected override get viewState() {
    return 'content';
  }
  override renderWidget() {
    return html`<output>${this.formatLocale}</output>`;
  }
}
defineElement('locale-probe', LocaleProbe);

const shown = (el: LocaleProbe) => el.shadowRoot!.querySelector('output')!.textContent;

describe('switching languages at run time', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('follows a change of <html lang> in texts and formats, loading that language lazily', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    expect(shown(el)).to.equal('en');
    document.documentElement.setAttribute('lang', 'es-PE');
    await waitUntil(() => shown(el) === 'es-PE', 'formats did not follow <html lang>');
    await waitUntil(() => getLocale() === 'es', 'texts did not switch to Spanish');
  });

  it('follows the lang of the element itself and of an ancestor', async () => {
    const root = await fixture(html`<section lang="fr"><locale-probe></locale-probe></section>`);
    const el = root.querySelector<LocaleProbe>('locale-probe')!;
    expect(shown(el)).to.equal('fr');
    el.setAttribute('lang', 'de');
    await waitUntil(() => shown(el) === 'de');
    await waitUntil(() => getLocale() === 'de');
    root.setAttribute('lang', 'fi');
    el.removeAttribute('lang');
    await waitUntil(() => shown(el) === 'fi');
  });

  it('settles when two widgets on one page ask for different languages', async () => {
    const root = await fixture(html`<div><locale-probe lang="de"></locale-probe><locale-probe lang="es"></locale-probe></div>`);
    const [de, es] = root.querySelectorAll<LocaleProbe>('locale-probe');
    await Promise.all([de.updateComplete, es.updateComplete]);
    await new Promise((resolve) => setTimeout(resolve, 200)); // a page stuck re-rendering never gets here
    expect([shown(de), shown(es)]).to.deep.equal(['de', 'es']);
    expect(['de', 'es']).to.include(getLocale());
  });
});
