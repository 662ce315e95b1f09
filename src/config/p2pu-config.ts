import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { configContext } from './context.js';
import { CONFIG_ATTRIBUTES, parseConfigAttributes, type ConfigSource } from './config.js';
import { defineElement } from '../internal/define.js';
import { warnOnce } from '../internal/warn.js';

/**
 * Configures every learning-circle widget inside it, so a page sets the endpoint, team or
 * language once. A widget's own attributes still win; settings not given here come from an
 * outer `<p2pu-config>`, then from the script tag's `data-*` attributes.
 *
 * @tag p2pu-config
 * @slot - The widgets (and any other content) this configuration applies to.
 * @csspart problem - The notice shown to a page editor when an attribute is not usable.
 */
export class P2puConfig extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    [part='problem'] {
      display: block;
      margin: 0 0 1em;
      padding: 0.75em 1em;
      border: 2px solid #b3261e;
      border-radius: 6px;
      background: #fff;
      color: #5c1210;
      font: inherit;
    }
  `;

  /** Origin of the P2PU API, e.g. `https://learningcircles.p2pu.org` or a proxy on the library's site. */
  @property({ reflect: true }) endpoint?: string;
  /** Team whose learning circles the widgets show. */
  @property({ attribute: 'team-id', reflect: true }) teamId?: string;
  /** How GET requests reach the API: `auto` (default), `cors` or `jsonp`. */
  @property({ reflect: true }) transport?: string;
  /** The library's own signup page; `{id}` is replaced by the circle id, e.g. `/join.html?circle={id}`. */
  @property({ attribute: 'signup-page', reflect: true }) signupPage?: string;
  /** Privacy policy shown next to the signup consent. */
  @property({ attribute: 'privacy-url', reflect: true }) privacyUrl?: string;

  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: {} });
  private readonly outer = new ContextConsumer(this, {
    context: configContext,
    subscribe: true,
    callback: () => this.requestUpdate(),
  });
  private problems: string[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // `lang` is a global attribute, so Lit does not observe it; watch it to keep the value fresh.
    this.langObserver.observe(this, { attributes: true, attributeFilter: [CONFIG_ATTRIBUTES.lang] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver.disconnect();
  }

  private readonly langObserver = new MutationObserver(() => this.requestUpdate());

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const problems: string[] = [];
    const own = parseConfigAttributes((name) => this.getAttribute(name), problems);
    this.problems = problems;
    for (const problem of problems) warnOnce(`<p2pu-config>: ${problem}.`);
    const merged: ConfigSource = { ...this.outer.value, ...own };
    this.provider.setValue(merged);
  }

  /** The settings this element gives the widgets inside it (its own over any outer one's). */
  get provided(): ConfigSource {
    return this.provider.value;
  }

  override render() {
    return html`${this.problems.length
        ? html`<p part="problem" role="alert">
            Learning-circle widgets: please check the settings of this configuration block:
            ${this.problems.join('; ')}.
          </p>`
        : nothing}<slot></slot>`;
  }
}

defineElement('p2pu-config', P2puConfig);

declare global {
  interface HTMLElementTagNameMap {
    'p2pu-config': P2puConfig;
  }
}
