import { css, html, type PropertyValues } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { configContext } from './context.js';
import { CONFIG_ATTRIBUTES, type ConfigSource } from './config.js';
import { ConfigElement } from './config-element.js';
import { onGlobalConfigChange } from './global-config.js';
import { defineElement } from '../internal/define.js';
import { renderSetupProblems, warnSetupProblems } from '../internal/setup-problems.js';
import { setupProblemStyles } from '../styles/notices.js';

/**
 * Configures every learning-circle widget inside it, so a page sets the endpoint, team or
 * language once. A widget's own attributes still win; settings not given here come from an
 * outer `<p2pu-config>`, then from the script tag's `data-*` attributes.
 *
 * @tag p2pu-config
 * @slot - The widgets (and any other content) this configuration applies to.
 * @csspart problem - The notice shown to a page editor when an attribute is not usable.
 */
export class P2puConfig extends ConfigElement {
  static override styles = [
    css`
      :host {
        display: contents;
      }
    `,
    setupProblemStyles,
  ];

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
    // Whether its endpoint may be used depends on the page's allowed endpoints: re-read when they change.
    this.stopListening = onGlobalConfigChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver.disconnect();
    this.stopListening?.();
    this.stopListening = undefined;
  }

  private stopListening?: () => void;

  private readonly langObserver = new MutationObserver(() => this.requestUpdate());

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const problems: string[] = [];
    const own = this.readOwnConfig(problems);
    this.problems = problems;
    warnSetupProblems(this.localName, problems);
    const merged: ConfigSource = { ...this.outer.value, ...own };
    this.provider.setValue(merged);
  }

  /** The settings this element gives the widgets inside it (its own over any outer one's). */
  get provided(): ConfigSource {
    return this.provider.value;
  }

  override render() {
    return html`${renderSetupProblems(
      'Learning-circle widgets: please check the settings of this configuration block:',
      this.problems,
    )}<slot></slot>`;
  }
}

defineElement('p2pu-config', P2puConfig);

declare global {
  interface HTMLElementTagNameMap {
    'p2pu-config': P2puConfig;
  }
}
