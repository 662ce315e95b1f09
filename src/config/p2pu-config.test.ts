import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import './p2pu-config.js';
import { WidgetElement } from '../internal/widget-element.js';
import { defineElement } from '../internal/define.js';
import { resetGlobalConfig, setGlobalConfig } from './global-config.js';
import {
  DEFAULT_CONFIG,
  cleanAttribute,
  parseConfigAttributes,
  signupPageUrl,
} from './config.js';
import type { P2puConfig } from './p2pu-config.js';
import { normalizeEndpoint } from '../api/index.js';

/** A minimal widget: shows the configuration it resolved, as a real widget would use it. */
class ConfigProbe extends WidgetElement {
  protected override get viewState() {
    return 'content';
  }
  override renderWidget() {
    return html`<output>${JSON.stringify(this.config)}</output>`;
  }
}
defineElement('config-probe', ConfigProbe);

async function shownConfig(el: ConfigProbe) {
  await el.updateComplete;
  return JSON.parse(el.shadowRoot!.querySelector('output')!.textContent!);
}

describe('configuration resolution', () => {
  afterEach(() => resetGlobalConfig());

  it('uses P2PU production with nothing configured', async () => {
    const el = await fixture<ConfigProbe>(html`<config-probe></config-probe>`);
    const config = await shownConfig(el);
    expect(config.endpoint).to.equal('https://learningcircles.p2pu.org');
    expect(config.transport).to.equal('auto');
    expect(config.teamId).to.equal(null);
    expect(el.client.endpoint).to.equal('https://learningcircles.p2pu.org');
  });

  it('prefers the element attribute, then <p2pu-config>, then the script tag, then defaults', async () => {
    setGlobalConfig({ endpoint: 'https://global.example', teamId: 3, transport: 'jsonp', signupPage: '/g?c={id}' });
    const root = await fixture(html`
      <p2pu-config endpoint="https://provider.example" team-id="2">
        <config-probe endpoint="https://own.example"></config-probe>
      </p2pu-config>
    `);
    const config = await shownConfig(root.querySelector('config-probe')!);
    expect(config.endpoint).to.equal('https://own.example');
    expect(config.teamId).to.equal(2);
    expect(config.transport).to.equal('jsonp');
    expect(config.signupPage).to.equal('/g?c={id}');
    expect(config.privacyUrl).to.equal(DEFAULT_CONFIG.privacyUrl);
    const probe = root.querySelector<ConfigProbe>('config-probe')!;
    expect(probe.client.endpoint).to.equal('https://own.example');
    expect(probe.client.transport).to.equal('jsonp');
  });

  it('lets an inner <p2pu-config> override an outer one and inherit the rest', async () => {
    const root = await fixture(html`
      <p2pu-config endpoint="https://outer.example" team-id="7" transport="cors">
        <section>
          <p2pu-config team-id="8"><config-probe></config-probe></p2pu-config>
        </section>
      </p2pu-config>
    `);
    const config = await shownConfig(root.querySelector('config-probe')!);
    expect(config).to.include({ endpoint: 'https://outer.example', teamId: 8, transport: 'cors' });
  });

  it('updates widgets when a <p2pu-config> attribute or the page-wide configuration changes', async () => {
    const root = await fixture<P2puConfig>(html`<p2pu-config team-id="1"><config-probe></config-probe></p2pu-config>`);
    const probe = root.querySelector<ConfigProbe>('config-probe')!;
    root.setAttribute('team-id', '42');
    await root.updateComplete;
    expect((await shownConfig(probe)).teamId).to.equal(42);

    setGlobalConfig({ privacyUrl: 'https://library.example/privacy' });
    expect((await shownConfig(probe)).privacyUrl).to.equal('https://library.example/privacy');
  });

  it('tells the page editor, in the page and once in the console, about a setting it cannot use', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const root = await fixture<HTMLElement>(html`
        <div>
          <p2pu-config team-id="Riverbend"><config-probe></config-probe></p2pu-config>
          <p2pu-config team-id="Riverbend"></p2pu-config>
        </div>
      `);
      const [first] = root.querySelectorAll<P2puConfig>('p2pu-config');
      await first.updateComplete;
      const notice = first.shadowRoot!.querySelector('[part="problem"]')!;
      expect(notice.getAttribute('role')).to.equal('note');
      expect(notice.textContent).to.contain('team-id "Riverbend" is not a team number');
      expect(warnings.filter((w) => w.includes('Riverbend'))).to.have.length(1);
      // the unusable value falls through instead of reaching the API
      expect((await shownConfig(root.querySelector('config-probe')!)).teamId).to.equal(null);
      await expect(first).to.be.accessible();
    } finally {
      console.warn = original;
    }
  });

  it('shows nothing of its own when the settings are fine', async () => {
    const el = await fixture<P2puConfig>(html`<p2pu-config team-id="1"><p>content</p></p2pu-config>`);
    expect(el.shadowRoot!.querySelector('[part="problem"]')).to.equal(null);
    expect(getComputedStyle(el).display).to.equal('contents');
  });
});

describe('configuration attributes', () => {
  it('tolerates the whitespace and quotes a CMS adds to pasted values', () => {
    expect(cleanAttribute('  "https://learningcircles.p2pu.org" ')).to.equal('https://learningcircles.p2pu.org');
    expect(cleanAttribute('\u201c12\u201d')).to.equal('12');
    const source = parseConfigAttributes((name) => ({ 'team-id': ' 12 ', transport: 'JSONP' })[name]);
    expect(source).to.deep.equal({ teamId: 12, transport: 'jsonp' });
  });

  it('accepts an origin or a proxy prefix as endpoint and drops a trailing /api/', () => {
    expect(normalizeEndpoint('https://learningcircles.p2pu.org/')).to.equal('https://learningcircles.p2pu.org');
    expect(normalizeEndpoint('https://learningcircles.p2pu.org/api/')).to.equal('https://learningcircles.p2pu.org');
    expect(normalizeEndpoint('https://library.example/p2pu-proxy/')).to.equal('https://library.example/p2pu-proxy');
    expect(normalizeEndpoint('javascript:alert(1)')).to.equal(null);
    expect(normalizeEndpoint('ftp://example.org')).to.equal(null);
  });

  it('reports each unusable value and keeps the usable ones', () => {
    const problems: string[] = [];
    const source = parseConfigAttributes(
      (name) => ({ endpoint: 'javascript:alert(1)', 'team-id': '-3', transport: 'carrier pigeon', lang: 'es' })[name],
      problems,
    );
    expect(source).to.deep.equal({ lang: 'es' });
    expect(problems).to.have.length(3);
  });

  it('fills the signup page template with the circle id', () => {
    expect(signupPageUrl('/join.html?circle={id}', 4821, 'https://library.example/learn/')).to.equal(
      'https://library.example/join.html?circle=4821',
    );
    expect(signupPageUrl('join/', 9, 'https://library.example/learn/')).to.equal(
      'https://library.example/learn/join/?circle=9',
    );
  });
});

describe('registration guard', () => {
  it('does not throw when a second copy registers the same tag, and warns once naming both versions', () => {
    class Other extends LitElement {}
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const registered = customElements.get('p2pu-config') as unknown as Record<symbol, string>;
      const versionKey = Symbol.for('p2pu-widgets.version');
      const ours = registered[versionKey];
      // same version: silent
      expect(() => defineElement('p2pu-config', class extends LitElement {})).not.to.throw();
      expect(warnings).to.have.length(0);
      // another version: one warning, and the first registration stays
      registered[versionKey] = '0.0.1-old';
      expect(() => defineElement('p2pu-config', Other)).not.to.throw();
      expect(() => defineElement('p2pu-config', Other)).not.to.throw();
      registered[versionKey] = ours;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('0.0.1-old').and.contain(ours);
      expect(customElements.get('p2pu-config')).not.to.equal(Other);
    } finally {
      console.warn = original;
    }
  });
});
