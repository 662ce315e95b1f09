import { expect, fixture, html } from '@open-wc/testing';
import { canonical, elementLanguage, isRightToLeft, textLocale } from './locale.js';

describe('widget language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('takes the element lang, then the nearest [lang] ancestor, then the configured one, then <html lang>', async () => {
    const root = await fixture(html`
      <div lang="fr">
        <section><span id="inherits"></span><span id="own" lang="de"></span></section>
      </div>
    `);
    expect(elementLanguage(root.querySelector('#own')!)).to.equal('de');
    expect(elementLanguage(root.querySelector('#inherits')!)).to.equal('fr');

    const bare = await fixture(html`<span></span>`);
    expect(elementLanguage(bare, 'es')).to.equal('es');
    document.documentElement.setAttribute('lang', 'pt-BR');
    expect(elementLanguage(bare)).to.equal('pt-BR');
  });

  it('crosses shadow roots to find the language of the page around a widget', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    expect(elementLanguage(inner)).to.equal('fi');
  });

  it('falls back es-PE → es → en for texts, and cleans odd tags', () => {
    expect(textLocale('es-PE')).to.equal('es');
    expect(textLocale('pt-BR')).to.equal('pt');
    expect(textLocale('zh-Hans')).to.equal('en');
    expect(canonical('pt_br')).to.equal('pt-BR');
    expect(canonical('not a tag!')).to.equal('en');
    expect(isRightToLeft('ar-EG')).to.equal(true);
    expect(isRightToLeft('af')).to.equal(false);
  });
});
