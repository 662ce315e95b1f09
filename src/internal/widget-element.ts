import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { msg } from '@lit/localize';
import { ConfigController } from '../config/config-controller.js';
import { ConfigElement } from '../config/config-element.js';
import type { ConfigSource, WidgetConfig } from '../config/config.js';
import { getApiCore, type ApiCore } from '../api/index.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { speakIn } from '../i18n/localization.js';
import { isRightToLeft } from '../i18n/locale.js';
import { buttonStyles, hostStyles } from '../styles/host.js';
import { setupProblemStyles } from '../styles/notices.js';
import { errorText, type ErrorSubject, type ErrorText } from './error-text.js';
import { startIcu } from './format.js';
import { renderSetupProblems, warnSetupProblems } from './setup-problems.js';

/** The styles every widget starts from; a widget adds only its own after these. */
export const widgetStyles = [
  hostStyles,
  buttonStyles,
  setupProblemStyles,
  // The shared root adds no box of its own: a widget's layout is as if it were not there.
  css`
    .widget {
      display: contents;
    }
  `,
];

const HEADINGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
export const DEFAULT_HEADING_LEVEL = 3;

/** A heading level from an attribute or property: a whole number from 2 to 6, else null. */
export function parseHeadingLevel(value: unknown): number | null {
  const n = typeof value === 'number' ? value : Number(String(value ?? '').trim());
  return Number.isInteger(n) && n >= 2 && n <= 6 ? n : null;
}

export interface HeadingOptions {
  /** Levels below the widget's heading level (a section inside the widget). */
  offset?: number;
  id?: string;
  part?: string;
  className?: string;
  /** Focusable by script (`tabindex="-1"`), to move focus to it after a change. */
  focusable?: boolean;
}

type FocusTarget = () => HTMLElement | null | undefined;

/**
 * Base of every learning-circle widget. It holds what all widgets share, so a widget adds only
 * what is its own:
 * - configuration: the shared settings as properties (attribute or JavaScript alike), resolved
 *   own value → nearest <p2pu-config> → script tag → defaults; the API client of that endpoint;
 * - language: the locale of dates and texts, and `dir` from it;
 * - setup problems: one hook ({@link widgetProblems}), one notice, one console warning each;
 * - one numeric heading level with one helper ({@link heading});
 * - one way to move focus after an update ({@link focusAfterUpdate}), which also keeps focus in the
 *   widget when the control that had it goes away;
 * - one wording of load errors ({@link errorText});
 * - a root element with `data-state` (what the widget shows now), for tests, stories and styling.
 */
export abstract class WidgetElement extends ConfigElement {
  /** Level of the widget's main heading (in a finder: of each result's title), 2–6; default 3. */
  @property({ attribute: 'heading-level' }) headingLevel?: number | string;

  /** Problems with the shared settings and the widget's own, in words for a page editor. */
  protected setupProblems: string[] = [];

  private ownConfig: ConfigSource = {};
  private readonly configController = new ConfigController(this, () => this.ownConfig);
  private pendingFocus: FocusTarget | null = null;
  private focusedBefore: Element | null = null;

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

  /**
   * The page's shared API core for this widget's endpoint and transport, which the API's resource
   * functions take (`searchCircles(el.client, query)`); `getClient()` gives one with every resource
   * as a method.
   */
  get client(): ApiCore {
    const { endpoint, transport } = this.config;
    return getApiCore({ endpoint, transport });
  }

  /** The heading level in use: `heading-level` when it is 2–6, else 3. */
  protected get headingLevelValue(): number {
    return parseHeadingLevel(this.headingLevel) ?? DEFAULT_HEADING_LEVEL;
  }

  /** What the widget shows now (`loading`, `content`, `empty`, `error`, `form`, …), as `data-state`. */
  protected abstract get viewState(): string;

  /** The widget's own content, inside the shared root and after any setup notice. */
  protected abstract renderWidget(): unknown;

  /** The widget's own setup problems, beyond the shared settings; called before each update. */
  protected widgetProblems(): string[] {
    return [];
  }

  /** Part names of the setup notice (`problem`, plus an old name a widget keeps as an alias). */
  protected get setupProblemParts(): string {
    return 'problem';
  }

  /** Where focus goes when the control that had it disappears in an update. */
  protected focusFallback(): HTMLElement | null {
    return null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The page's first widget starts ICU in steps while its data is on its way (not in its render).
    startIcu(() => this.formatLocale);
  }

  /** Moves focus after the next update, to `target()` (or the fallback when it finds nothing). */
  protected focusAfterUpdate(target: FocusTarget): void {
    this.pendingFocus = target;
    this.requestUpdate();
  }

  /** Runs `speak` with texts in this widget's language, for words made outside an update (an event handler). */
  protected inOwnLanguage<T>(speak: () => T): T {
    return speakIn(this.localeController.textLocale, speak);
  }

  // A whole update (willUpdate, render, updated) speaks the widget's own language: widgets in different
  // languages can share a page.
  protected override performUpdate(): void {
    this.inOwnLanguage(() => super.performUpdate());
  }

  /** The wording of a failed load of `subject`. */
  protected errorText(error: unknown, subject: ErrorSubject): ErrorText {
    return errorText(error, subject);
  }

  /** An `<h2>`…`<h6>` at the widget's heading level (plus `offset`). */
  protected heading(content: unknown, options: HeadingOptions = {}): TemplateResult {
    const level = Math.min(6, this.headingLevelValue + (options.offset ?? 0));
    const tag = HEADINGS[level - 2];
    return staticHtml`<${tag} id=${options.id ?? nothing} part=${options.part ?? nothing} class=${options.className ?? nothing} tabindex=${options.focusable ? '-1' : nothing}>${content}</${tag}>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const problems: string[] = [];
    this.ownConfig = this.readOwnConfig(problems);
    if (this.headingLevel !== undefined && this.headingLevel !== null && String(this.headingLevel).trim() !== '') {
      if (parseHeadingLevel(this.headingLevel) === null) {
        problems.push(`heading-level "${this.headingLevel}" must be a whole number from 2 to 6`);
      }
    }
    problems.push(...this.widgetProblems());
    this.setupProblems = problems;
    warnSetupProblems(this.localName, problems);
    this.focusedBefore = this.shadowRoot?.activeElement ?? null;
  }

  protected override render(): TemplateResult {
    const dir = isRightToLeft(this.formatLocale) ? 'rtl' : 'ltr';
    return html`<div class="widget" dir=${dir} data-state=${this.viewState}>
      ${renderSetupProblems(
        msg('For the page editor: this widget has settings it cannot use.'),
        this.setupProblems,
        this.setupProblemParts,
      )}${this.renderWidget()}
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.pendingFocus;
    this.pendingFocus = null;
    const before = this.focusedBefore;
    this.focusedBefore = null;
    if (target) {
      (target() ?? this.focusFallback())?.focus();
    } else if (before && !before.isConnected && this.shadowRoot?.activeElement === null) {
      // The control the patron was on went away (a retry button, an emptied chip row): stay in the widget.
      this.focusFallback()?.focus();
    }
  }
}
