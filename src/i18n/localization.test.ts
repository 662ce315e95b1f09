import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { msg } from '@lit/localize';
import { WidgetElement } from '../internal/widget-element.js';
import { defineElement } from '../internal/define.js';

/** A widget that shows the language it formats in (as real widgets use it for dates) and one text. */
class LocaleProbe extends WidgetElement {
  protected override get viewState() {
    return 'content';
  }
  override renderWidget() {
    return html`<output>${this.formatLocale}</output><p>${msg('Sign up')}</p>`;
  }
}
defineElement('locale-probe', LocaleProbe);

const shown = (el: LocaleProbe) => el.shadowRoot!.querySelector('output')!.textContent;
const said = (el: LocaleProbe) => el.shadowRoot!.querySelector('p')!.textContent;
const dir = (el: LocaleProbe) => el.shadowRoot!.querySelector('.widget')!.getAttribute('dir');

describe('switching languages at run time', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('follows a change of <html lang> in texts and formats, loading that language lazily', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    expect([shown(el), said(el)]).to.deep.equal(['en', 'Sign up']);
    document.documentElement.setAttribute('lang', 'es-PE');
    await waitUntil(() => shown(el) === 'es-PE', 'formats did not follow <html lang>');
    await waitUntil(() => said(el) === 'Inscríbete', 'texts did not switch to Spanish');
  });

  it('follows the lang of the element itself and of an ancestor', async () => {
    const root = await fixture(html`<section lang="fr"><locale-probe></locale-probe></section>`);
    const el = root.querySelector<LocaleProbe>('locale-probe')!;
    expect(shown(el)).to.equal('fr');
    el.setAttribute('lang', 'de');
    await waitUntil(() => shown(el) === 'de');
    await waitUntil(() => said(el) === 'Anmelden', 'texts did not switch to German');
    root.setAttribute('lang', 'fi');
    el.removeAttribute('lang');
    await waitUntil(() => shown(el) === 'fi');
  });

  it('lets widgets in different languages share a page, each speaking its own', async () => {
    const root = await fixture(html`<div>
      <locale-probe lang="de"></locale-probe><locale-probe lang="es"></locale-probe><locale-probe lang="en"></locale-probe>
    </div>`);
    const [de, es, en] = root.querySelectorAll<LocaleProbe>('locale-probe');
    await waitUntil(() => said(de) === 'Anmelden' && said(es) === 'Inscríbete', 'each widget should speak its own language');
    await new Promise((resolve) => setTimeout(resolve, 200)); // a page stuck re-rendering never settles
    expect([said(de), said(es), said(en)]).to.deep.equal(['Anmelden', 'Inscríbete', 'Sign up']);
    expect([shown(de), shown(es), shown(en)]).to.deep.equal(['de', 'es', 'en']);
  });

  it('shows a language it does not translate (Hebrew) wholly in English, left to right', async () => {
    document.documentElement.setAttribute('lang', 'he-IL');
    const el = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    expect([shown(el), said(el), dir(el)]).to.deep.equal(['en', 'Sign up', 'ltr']);
  });
});
