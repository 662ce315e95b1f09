import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ConfigController } from '../config/config-controller.js';
import { parseConfigAttributes, type ConfigSource, type WidgetConfig } from '../config/config.js';
import { getClient, type P2puClient } from '../api/index.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { warnOnce } from './warn.js';

/**
 * Base of every learning-circle widget: the shared configuration attributes and their
 * resolution (own attribute → nearest <p2pu-config> → script tag → defaults).
 */
export class WidgetElement extends LitElement {
  /** Origin of the P2PU API; overrides `<p2pu-config>` and the script tag. */
  @property({ reflect: true }) endpoint?: string;
  /** P2PU team whose circles to show. */
  @property({ attribute: 'team-id', reflect: true }) teamId?: string;
  /** `auto` (default), `cors` or `jsonp`. */
  @property({ reflect: true }) transport?: string;
  /** The library's signup page; `{id}` is replaced by the circle id. */
  @property({ attribute: 'signup-page', reflect: true }) signupPage?: string;
  /** Privacy policy linked from the signup consent. */
  @property({ attribute: 'privacy-url', reflect: true }) privacyUrl?: string;

  /** Problems with this element's own configuration attributes, in words for a page editor. */
  protected configProblems: string[] = [];
  private ownConfig: ConfigSource = {};
  private readonly configController = new ConfigController(this, () => this.ownConfig);

  /** Keeps texts and formats in the language that applies to this widget, as it changes. */
  protected readonly localeController = new LocaleController(this, () => this.config.lang);

  /** BCP 47 language tag for dates, times and numbers (`es-PE`): element → ancestors → script tag → page. */
  get formatLocale(): string {
    return this.localeController.locale;
  }

  /** The configuration this widget uses now. */
  get config(): WidgetConfig {
    return this.configController.value;
  }

  /** The page's shared API client for this widget's endpoint and transport. */
  get client(): P2puClient {
    const { endpoint, transport } = this.config;
    return getClient({ endpoint, transport });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const problems: string[] = [];
    this.ownConfig = parseConfigAttributes((name) => this.getAttribute(name), problems);
    this.configProblems = problems;
    for (const problem of problems) warnOnce(`<${this.localName}>: ${problem}.`);
  }
}
