import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { WidgetElement } from './widget-element.js';
import { defineElement } from './define.js';

/** A widget with a heading, a button that goes away, and a problem of its own when asked. */
class ConventionProbe extends WidgetElement {
  static override properties = { gone: { type: Boolean }, broken: { type: Boolean } };
  declare gone: boolean;
  declare broken: boolean;

  protected override get viewState() {
    return this.gone ? 'empty' : 'content';
  }

  protected override widgetProblems() {
    return this.broken ? ['circle-id "x" is not a learning circle number'] : [];
  }

  protected override focusFallback() {
    return this.renderRoot.querySelector<HTMLElement>('h2, h3, h4, h5, h6');
  }

  override renderWidget() {
    return html`${this.heading('Learning circles', { part: 'title', focusable: true })}
    ${this.heading('Details', { offset: 1, id: 'details' })}
    ${this.gone ? '' : html`<button type="button" @click=${() => (this.gone = true)}>Try again</button>`}`;
  }
}
defineElement('convention-probe', ConventionProbe);

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

describe('the conventions every widget shares (WidgetElement)', () => {
  it('renders headings at heading-level (2–6), a section one level below, from an attribute or a number', async () => {
    const el = await fixture<ConventionProbe>(html`<convention-probe heading-level="4"></convention-probe>`);
    expect($(el, '[part=title]')!.localName).to.equal('h4');
    expect($(el, '#details')!.localName).to.equal('h5');
    el.headingLevel = 6;
    await el.updateComplete;
    expect($(el, '[part=title]')!.localName).to.equal('h6');
    expect($(el, '#details')!.localName, 'never deeper than h6').to.equal('h6');
    const plain = await fixture<ConventionProbe>(html`<convention-probe></convention-probe>`);
    expect($(plain, '[part=title]')!.localName).to.equal('h3');
  });

  it('tells the page editor, in one notice, about a heading level it cannot use and about its own problems', async () => {
    const el = await fixture<ConventionProbe>(html`<convention-probe heading-level="1" .broken=${true}></convention-probe>`);
    const notice = $(el, '[part=problem]')!;
    expect(notice.getAttribute('role')).to.equal('note');
    expect(notice.textContent).to.contain('heading-level "1" must be a whole number from 2 to 6');
    expect(notice.textContent).to.contain('circle-id "x" is not a learning circle number');
    expect($(el, '[part=title]')!.localName, 'the default level is used instead').to.equal('h3');
    await expect(el).to.be.accessible();
  });

  it('marks its root with what it shows now', async () => {
    const el = await fixture<ConventionProbe>(html`<convention-probe></convention-probe>`);
    expect($(el, '.widget')!.dataset.state).to.equal('content');
    el.gone = true;
    await el.updateComplete;
    expect($(el, '.widget')!.dataset.state).to.equal('empty');
  });

  it('sets the direction from the language it speaks, whatever the page around it says', async () => {
    const root = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar">
      <convention-probe></convention-probe><convention-probe lang="en"></convention-probe>
    </div>`);
    const [arabic, english] = root.querySelectorAll<ConventionProbe>('convention-probe');
    expect(getComputedStyle($(arabic, '[part=title]')!).direction).to.equal('rtl');
    expect(getComputedStyle($(english, '[part=title]')!).direction).to.equal('ltr');
  });

  it('keeps focus in the widget when the control that had it goes away', async () => {
    const el = await fixture<ConventionProbe>(html`<convention-probe></convention-probe>`);
    const button = $(el, 'button')!;
    button.focus();
    button.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.localName).to.equal('h3');
  });
});

describe('registration', () => {
  it('says so when another script took the tag, instead of blaming a second copy of ours', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      customElements.define('taken-widget', class extends LitElement {});
      expect(() => defineElement('taken-widget', class extends LitElement {})).not.to.throw();
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('another script').and.contain('<taken-widget>');
      expect(warnings[0]).not.to.contain('already registered by learning-circle-widgets');
    } finally {
      console.warn = original;
    }
  });
});
