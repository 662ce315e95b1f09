/**
 * `<snippet-builder>`: a docs tool (not part of the shipped library) where a librarian chooses a
 * widget and its options, sees it live and copies the snippet for their website: the script line,
 * the widget tag, and an optional colour style block, plus instructions per platform and the
 * Content Security Policy their site needs.
 *
 * Everything it offers comes from the custom-elements manifest (`manifest` property), see
 * `manifest.ts`. Used by demo/builder.html (demo/builder/main.ts) and the Storybook docs page.
 *
 * The preview creates the chosen element with `document.createElement` and `setAttribute`: user
 * input never goes through an HTML parser. It lives in the builder's light DOM (slotted into the
 * stage), so the widgets come from the page's own script tag, exactly as on a library's page: the
 * script-tag loader only sees elements in the document, and the builder bundles no widget.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  getAllowedEndpoints,
  getClient,
  isAbortError,
  isEndpointAllowed,
  normalizeEndpoint,
  setAllowedEndpoints,
  type City,
  type CircleTopic,
  type CourseTopic,
} from '../../src/api/index.js';
import { VERSION } from '../../src/version.js';
import { copyText } from '../../src/internal/clipboard.js';
import { SCRIPT_SETTINGS, readManifest, type CustomElementsManifest, type OptionSpec, type WidgetSpec } from './manifest.js';
import { PLATFORMS } from './platforms.js';
import {
  PRODUCTION_ENDPOINT,
  cdnScriptUrl,
  changedColours,
  cleanValue,
  contrastRatio,
  derivedColour,
  cspFor,
  cssRule,
  elementTag,
  fallbackLink,
  idValue,
  integrityFrom,
  integrityJsonUrl,
  scriptLine,
  scriptSettings,
  styleBlock,
  tagAttributes,
  circlePageUrl,
  type FallbackContext,
  type Values,
} from './snippet.js';
import { builderBaseStyles } from './builder-base.styles.js';
import { builderStyles } from './snippet-builder.styles.js';
import { allowRequest, judgeSite, siteOrigin, type SiteVerdict } from './site-check.js';
import { defineTeamPicker, type TeamPickerChangeEvent } from './team-picker.js';

/** Settings shared by every widget choice (switching widgets keeps them): the page settings, team, language. */
const SHARED = new Set<string>([...SCRIPT_SETTINGS, 'team-id', 'lang']);
/** The value of the city select that reveals a text input. */
const OTHER_CITY = '\u0000other';
/** How long typing pauses before the preview reloads the widget. */
const PREVIEW_DELAY_MS = 400;

type LookupStatus = 'loading' | 'ready' | 'error';
interface Lookup<T> {
  key: string;
  status: LookupStatus;
  items: T[];
}
/** The chosen circle's page on P2PU (`url` from the API), for the tag's fallback link. */
interface CircleLookup {
  key: string;
  id: string;
  endpoint: string;
  status: LookupStatus;
  url: string | null;
}
interface TopicChoice {
  value: string;
  label: string;
}

export interface SnippetParts {
  script: string;
  tag: string;
  style: string | null;
  csp: string;
}

/** A script address a library page can load: absolute https (http only on this machine). */
function scriptAddressOk(src: string): boolean {
  try {
    const url = new URL(src);
    return url.protocol === 'https:' || (url.protocol === 'http:' && /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(url.hostname));
  } catch {
    return false;
  }
}

/** Plain text with `backticks` → text with <code>. */
function described(text: string): TemplateResult {
  const pieces = text.split('`');
  return html`${pieces.map((piece, i) => (i % 2 ? html`<code>${piece}</code>` : piece))}`;
}

/** "One P2PU learning circle as a card: image, …" → "One P2PU learning circle as a card." */
function shortSummary(summary: string): string {
  const head = summary.split(':')[0].trim();
  return head === summary ? summary : `${head}.`;
}

export class SnippetBuilder extends LitElement {
  static override styles = [builderBaseStyles, builderStyles];

  static override properties = {
    manifest: { attribute: false },
    endpoint: {},
    scriptSrc: { attribute: 'script-src' },
    ownScriptSrc: { attribute: 'own-script-src' },
    scriptModule: { attribute: 'script-module', type: Boolean },
    fetchIntegrity: { attribute: 'fetch-integrity', type: Boolean },
    tag: {},
    problem: {},
    selected: { state: true },
    shared: { state: true },
    own: { state: true },
    colours: { state: true },
    otherCity: { state: true },
    narrow: { state: true },
    status: { state: true },
    copied: { state: true },
    cities: { state: true },
    topics: { state: true },
    circle: { state: true },
    lookupEndpoint: { state: true },
    scriptIntegrity: { state: true },
    siteAddress: { state: true },
    previewAsSite: { state: true },
  };

  /** The parsed `custom-elements.json`. */
  declare manifest: CustomElementsManifest | null;
  /** The P2PU server the builder starts with (default production); the librarian can change it. */
  declare endpoint: string;
  /** The script's address in the snippet (default: the package on jsDelivr). */
  declare scriptSrc: string;
  /**
   * The widgets' script published with this builder (the page's own copy), offered as a choice
   * beside the CDN; '' when the page names none.
   */
  declare ownScriptSrc: string;
  /**
   * Write the script line of {@link ownScriptSrc} as `type="module"` (the demo in developer mode
   * loads the widgets from source); any other address is the built, classic script.
   */
  declare scriptModule: boolean;
  /**
   * Read `integrity` for a pinned script from `integrity.json` beside it on the CDN. Default: on,
   * except on a development machine (localhost), where the version is usually not published yet and
   * the CDN may be out of reach.
   */
  declare fetchIntegrity: boolean;
  /** The widget chosen first (a tag name); default the first one that needs no id (a finder). */
  declare tag: string;
  /** A problem to show instead of the builder (the manifest could not be loaded). */
  declare problem: string;

  declare private selected: string;
  declare private shared: Values;
  declare private own: Record<string, Values>;
  declare private colours: Record<string, string>;
  declare private otherCity: boolean;
  declare private narrow: boolean;
  declare private status: string;
  declare private copied: string;
  declare private cities: Lookup<City> | null;
  declare private topics: Lookup<TopicChoice> | null;
  declare private circle: CircleLookup | null;
  /** The endpoint the lookups (cities, topics) and the preview use: the typed one, once committed. */
  declare private lookupEndpoint: string;
  /** Subresource Integrity of `scriptSrc`, from `integrity.json` beside a pinned script; '' = none known. */
  declare private scriptIntegrity: string;
  /** The librarian's page address as typed ('' = not given): what P2PU will allow there. */
  declare private siteAddress: string;
  /** Preview a signup as the librarian's site will show it (link-out when P2PU refuses the site). */
  declare private previewAsSite: boolean;

  private widgets: WidgetSpec[] = [];
  private lookupAborts: Partial<Record<'cities' | 'topics' | 'circle', AbortController>> = {};
  private previewKey = '';
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  private copiedTimer: ReturnType<typeof setTimeout> | undefined;
  private integrityAbort: AbortController | undefined;
  private awaited = new Set<string>();

  constructor() {
    super();
    this.manifest = null;
    this.endpoint = PRODUCTION_ENDPOINT;
    this.scriptSrc = cdnScriptUrl(VERSION);
    this.ownScriptSrc = '';
    this.scriptModule = false;
    this.fetchIntegrity =
      typeof location !== 'undefined' && !/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(location.hostname);
    this.tag = '';
    this.problem = '';
    this.selected = '';
    this.shared = {};
    this.own = {};
    this.colours = {};
    this.otherCity = false;
    this.narrow = false;
    this.status = '';
    this.copied = '';
    this.cities = null;
    this.topics = null;
    this.circle = null;
    this.lookupEndpoint = PRODUCTION_ENDPOINT;
    this.scriptIntegrity = '';
    this.siteAddress = '';
    this.previewAsSite = true;
  }

  /** The widget being configured. */
  get widget(): WidgetSpec | undefined {
    return this.widgets.find((w) => w.tag === this.selected);
  }

  /** The current snippet, as the builder shows it. */
  get snippet(): SnippetParts | null {
    const widget = this.widget;
    if (!widget) return null;
    const values = this.valuesFor(widget);
    return {
      script: scriptLine(
        { src: this.scriptSrc, module: this.scriptIsModule(), integrity: this.scriptIntegrity },
        scriptSettings(widget, values),
      ),
      tag: elementTag(widget, values, this.fallbackContext(widget)),
      style: styleBlock(widget, this.colours),
      csp: this.csp().text,
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lookupAborts.cities?.abort();
    this.lookupAborts.topics?.abort();
    this.lookupAborts.circle?.abort();
    // an aborted lookup starts again if the builder comes back
    if (this.cities?.status === 'loading') this.cities = null;
    if (this.topics?.status === 'loading') this.topics = null;
    if (this.circle?.status === 'loading') this.circle = null;
    clearTimeout(this.previewTimer);
    clearTimeout(this.copiedTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('manifest')) {
      this.widgets = readManifest(this.manifest);
      if (!this.widget) {
        const wanted = this.widgets.find((w) => w.tag === this.tag);
        // start with the finder, what most libraries paste first; else a widget that shows something
        // without an id to fill in
        const needsNoId = (w: WidgetSpec) => !w.options.some((o) => /-id$/.test(o.name) && o.name !== 'team-id');
        const first =
          this.widgets.find((w) => w.tag === 'circle-finder') ??
          this.widgets.find((w) => !w.container && needsNoId(w)) ??
          this.widgets.find((w) => !w.container) ??
          this.widgets[0];
        this.selected = (wanted ?? first)?.tag ?? '';
      }
    }
    if (changed.has('tag') && this.tag && this.widgets.some((w) => w.tag === this.tag)) {
      this.selected = this.tag;
    }
    if (changed.has('scriptSrc') || changed.has('fetchIntegrity')) this.loadIntegrity();
    if (changed.has('endpoint')) {
      const endpoint = this.endpoint || PRODUCTION_ENDPOINT;
      this.shared = { ...this.shared, endpoint };
      this.lookupEndpoint = endpoint;
      // This page owns its preview: the endpoint a librarian types is allowed here (the snippet
      // puts it in the script tag's data-endpoint, which is always allowed on their page).
      if (normalizeEndpoint(endpoint) && !isEndpointAllowed(endpoint)) {
        setAllowedEndpoints([...getAllowedEndpoints(), endpoint]);
      }
    }
    // state set here joins this update (in updated() it would schedule another one)
    this.loadLookups();
  }

  protected override updated(): void {
    this.syncPreview();
  }

  // ---- values ---------------------------------------------------------------------------------

  private valuesFor(widget: WidgetSpec): Values {
    return { ...(this.own[widget.tag] ?? {}), ...this.shared };
  }

  private value(name: string): string | boolean | null {
    const widget = this.widget;
    return widget ? (this.valuesFor(widget)[name] ?? null) : null;
  }

  private setValue(name: string, value: string | boolean | null): void {
    if (SHARED.has(name)) {
      this.shared = { ...this.shared, [name]: value };
    } else {
      const tag = this.selected;
      this.own = { ...this.own, [tag]: { ...(this.own[tag] ?? {}), [name]: value } };
    }
  }

  private transport(): string {
    return String(this.shared.transport ?? '') || 'auto';
  }

  private scriptIsModule(): boolean {
    return this.scriptModule && this.scriptSrc === this.ownScriptSrc;
  }

  private endpointValue(): string {
    return String(this.shared.endpoint ?? '') || PRODUCTION_ENDPOINT;
  }

  /** What P2PU will let the librarian's page do, from its address and the server in the snippet. */
  private siteVerdict(): SiteVerdict {
    return judgeSite(this.siteAddress, this.endpointValue());
  }

  /** Signups in the preview link out, as they will on the librarian's site. */
  private previewLinksOut(widget: WidgetSpec): boolean {
    return this.previewAsSite && this.siteVerdict().kind === 'link-out' && widget.options.some((o) => o.name === 'link-out');
  }

  private csp() {
    // sources on the librarian's own site are 'self' there; this builder's address says nothing about it
    const site = siteOrigin(this.siteAddress);
    return cspFor({
      scriptSrc: this.scriptSrc,
      endpoint: this.endpointValue(),
      transport: this.transport(),
      pageUrl: site ? `${site}/` : undefined,
      tileUrl: this.widget?.tag === 'circle-map' ? String(this.value('tile-url') ?? '') : null,
    });
  }

  /**
   * A script pinned to a version (`…@0.1.0/dist/…`) gets `integrity` from that version's published
   * `integrity.json`; offline, unpublished or anything unexpected → no `integrity`, never a wrong one.
   */
  private loadIntegrity(): void {
    this.integrityAbort?.abort();
    this.scriptIntegrity = '';
    const src = this.scriptSrc;
    const url = this.fetchIntegrity ? integrityJsonUrl(src) : null;
    if (!url) return;
    const abort = (this.integrityAbort = new AbortController());
    fetch(url, { signal: abort.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((json: unknown) => {
        if (!abort.signal.aborted) this.scriptIntegrity = integrityFrom(json, src) ?? '';
      })
      .catch(() => undefined);
  }

  // ---- lookups: cities and topics from the chosen endpoint --------------------------------------

  private loadLookups(): void {
    const widget = this.widget;
    if (!widget) return;
    const endpoint = normalizeEndpoint(this.lookupEndpoint);
    const transport = this.transport() as 'auto' | 'cors' | 'jsonp';
    const client = endpoint ? getClient({ endpoint, transport }) : null;

    if (widget.options.some((o) => o.kind === 'city')) {
      const key = `${endpoint}|${transport}`;
      if (this.cities?.key !== key) {
        this.lookup('cities', key, client && ((signal) => client.cities({ signal })), (l) => (this.cities = l));
      }
    }
    const topics = widget.options.find((o) => o.kind === 'topics');
    if (topics) {
      const key = `${endpoint}|${transport}|${topics.topicSource}`;
      const run =
        client &&
        (topics.topicSource === 'course'
          ? (signal: AbortSignal) =>
              client.courseTopics({ signal }).then((list: CourseTopic[]) => list.map((t) => ({ value: t.slug, label: t.title })))
          : (signal: AbortSignal) =>
              client
                .circleTopics({ signal })
                .then((list: CircleTopic[]) => list.map((t) => ({ value: t.keyword, label: t.keyword }))));
      if (this.topics?.key !== key) this.lookup('topics', key, run, (l) => (this.topics = l));
    }
    this.loadCircle(widget, endpoint, transport, client);
  }

  /** The circle whose page the fallback link needs: a fixed `circle-id`, unless the address gives the circle. */
  private wantedCircle(widget: WidgetSpec): string | null {
    if (!widget.options.some((o) => o.name === 'circle-id')) return null;
    const values = this.valuesFor(widget);
    if (cleanValue(String(values['circle-id-param'] ?? '')) !== '') return null;
    return idValue(values['circle-id']);
  }

  /** Fetches the chosen circle from the endpoint, for its page on P2PU (`url`). */
  private loadCircle(
    widget: WidgetSpec,
    endpoint: string | null,
    transport: string,
    client: ReturnType<typeof getClient> | null,
  ): void {
    const id = this.wantedCircle(widget);
    if (!id) return;
    const key = `${endpoint}|${transport}|${id}`;
    if (this.circle?.key === key) return;
    this.lookupAborts.circle?.abort();
    const where = endpoint ?? this.lookupEndpoint;
    if (!client) {
      this.circle = { key, id, endpoint: where, status: 'error', url: null };
      return;
    }
    const abort = new AbortController();
    this.lookupAborts.circle = abort;
    this.circle = { key, id, endpoint: where, status: 'loading', url: null };
    client.getCircle(id, { signal: abort.signal }).then(
      (circle) => {
        if (abort.signal.aborted) return;
        const url = circlePageUrl(circle?.url);
        this.circle = { key, id, endpoint: where, status: url ? 'ready' : 'error', url };
      },
      (error: unknown) => {
        if (!abort.signal.aborted && !isAbortError(error)) {
          this.circle = { key, id, endpoint: where, status: 'error', url: null };
        }
      },
    );
  }

  /** The circle's page for the fallback link, when it is known for the circle chosen now. */
  private fallbackContext(widget: WidgetSpec): FallbackContext {
    const id = this.wantedCircle(widget);
    const circle = this.circle;
    return { circleUrl: id && circle?.id === id && circle.status === 'ready' ? circle.url : null };
  }

  /** Starts one lookup, replacing (and aborting) the previous one of its kind. */
  private lookup<T>(
    kind: 'cities' | 'topics',
    key: string,
    run: ((signal: AbortSignal) => Promise<T[]>) | null,
    set: (lookup: Lookup<T>) => void,
  ): void {
    this.lookupAborts[kind]?.abort();
    if (!run) {
      set({ key, status: 'error', items: [] }); // not an http(s) endpoint
      return;
    }
    const abort = new AbortController();
    this.lookupAborts[kind] = abort;
    set({ key, status: 'loading', items: [] });
    run(abort.signal).then(
      (items) => {
        if (!abort.signal.aborted) set({ key, status: 'ready', items });
      },
      (error: unknown) => {
        if (!abort.signal.aborted && !isAbortError(error)) set({ key, status: 'error', items: [] });
      },
    );
  }

  // ---- preview -------------------------------------------------------------------------------

  /** The attributes the previewed element gets: its tag attributes plus the page settings. */
  private previewAttributes(widget: WidgetSpec): [string, string | true][] {
    const values = this.valuesFor(widget);
    const attrs = tagAttributes(widget, values);
    if (!widget.container) {
      // the endpoint once committed (change event), not every keystroke of a half-typed address
      const settings = scriptSettings(widget, { ...values, endpoint: this.lookupEndpoint });
      for (const [name, value] of settings) attrs.push([name.replace(/^data-/, ''), value]);
    }
    if (this.previewLinksOut(widget) && !attrs.some(([name]) => name === 'link-out')) attrs.push(['link-out', true]);
    return attrs;
  }

  /** The previewed widget (in the builder's light DOM), or null. */
  get previewElement(): HTMLElement | null {
    return this.querySelector<HTMLElement>(':scope > [slot="preview"] > *');
  }

  /** The light-DOM box that holds the preview, slotted into the stage; made on first use. */
  private previewBox(): HTMLElement {
    let box = this.querySelector<HTMLElement>(':scope > [slot="preview"]');
    if (!box) {
      box = document.createElement('div');
      box.slot = 'preview';
      this.append(box);
    }
    return box;
  }

  private syncPreview(): void {
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage');
    const widget = this.widget;
    if (!stage || !widget) return;
    const box = this.previewBox();
    // colours through the CSSOM (no inline style attribute in any markup), on the stage: inherited
    for (const spec of widget.colours) stage.style.removeProperty(spec.name);
    for (const [name, value] of changedColours(widget, this.colours)) stage.style.setProperty(name, value);

    const attrs = this.previewAttributes(widget);
    const link = fallbackLink(widget, this.valuesFor(widget), this.fallbackContext(widget));
    const key = JSON.stringify([widget.tag, attrs, link]);
    if (key === this.previewKey) return;
    const tagChanged = !this.previewKey.startsWith(`["${widget.tag}"`);
    this.previewKey = key;
    clearTimeout(this.previewTimer);
    const render = () => {
      const el = document.createElement(widget.tag);
      for (const [name, value] of attrs) el.setAttribute(name, value === true ? '' : value);
      if (link) {
        const a = document.createElement('a');
        a.href = link.href;
        a.textContent = link.text;
        el.append(a);
      }
      box.replaceChildren(el);
    };
    if (tagChanged || !box.firstElementChild) render();
    else this.previewTimer = setTimeout(render, PREVIEW_DELAY_MS);
  }

  // ---- copying -------------------------------------------------------------------------------

  private async copy(id: string, text: string, what: string): Promise<void> {
    // the widgets' own way (async clipboard, else a selected text area), in this shadow root
    const ok = await copyText(text, this.renderRoot as ShadowRoot);
    this.copied = ok ? id : '';
    clearTimeout(this.copiedTimer);
    if (ok) this.copiedTimer = setTimeout(() => (this.copied = ''), 3000);
    await this.announce(
      ok ? `Copied the ${what}.` : `Could not copy. Select the ${what} and press Ctrl+C (Cmd+C on a Mac).`,
    );
  }

  private async announce(message: string): Promise<void> {
    this.status = '';
    await this.updateComplete;
    this.status = message;
  }

  // ---- events --------------------------------------------------------------------------------

  private chooseWidget(event: Event): void {
    this.selected = (event.target as HTMLInputElement).value;
    this.otherCity = false;
  }

  private onText(option: OptionSpec) {
    return (event: Event) => this.setValue(option.name, (event.target as HTMLInputElement).value);
  }

  private onEndpointCommit(event: Event): void {
    const value = cleanValue((event.target as HTMLInputElement).value);
    this.lookupEndpoint = value || PRODUCTION_ENDPOINT;
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render() {
    if (this.problem) return html`<p class="problem" role="alert">${this.problem}</p>`;
    if (!this.manifest) return html`<p class="loading" role="status">Loading the list of widgets…</p>`;
    const widget = this.widget;
    if (!widget) {
      return html`<p class="problem" role="alert">
        The widget list (<code>custom-elements.json</code>) names no custom elements. Run
        <code>npx cem analyze</code> in the project to make it.
      </p>`;
    }
    const parts = this.snippet!;
    return html`
      <div class="builder">
        ${this.renderChooser(widget)}
        <div class="columns">
          <form class="options" aria-labelledby="options-title" @submit=${(e: Event) => e.preventDefault()}>
            <h2 id="options-title">2. Options for <code>&lt;${widget.tag}&gt;</code></h2>
            ${this.renderSite()} ${this.renderOptionGroup(widget, 'tag')} ${this.renderColours(widget)}
            ${this.renderOptionGroup(widget, 'script')} ${this.renderScriptSource()}
          </form>
          <div class="results">
            ${this.renderPreview(widget)} ${this.renderSnippet(widget, parts)}
          </div>
        </div>
        ${this.renderPlatforms(widget, parts)} ${this.renderCsp()}
        <p class="visually-hidden" role="status">${this.status}</p>
      </div>
    `;
  }

  private renderChooser(selected: WidgetSpec) {
    return html`
      <section class="chooser" aria-labelledby="choose-title">
        <h2 id="choose-title">1. Choose a widget</h2>
        <fieldset>
          <legend class="visually-hidden">Widget</legend>
          <div class="choices">
            ${this.widgets.map(
              (w) => html`
                <div class="choice">
                  <input
                    type="radio"
                    name="widget"
                    id="widget-${w.tag}"
                    .value=${w.tag}
                    .checked=${w.tag === selected.tag}
                    aria-describedby="widget-${w.tag}-about"
                    @change=${this.chooseWidget}
                  />
                  <label for="widget-${w.tag}"><code>&lt;${w.tag}&gt;</code></label>
                  <span class="about" id="widget-${w.tag}-about">${described(shortSummary(w.summary))}</span>
                </div>
              `,
            )}
          </div>
        </fieldset>
      </section>
    `;
  }

  private renderOptionGroup(widget: WidgetSpec, placement: 'tag' | 'script') {
    const options = widget.options.filter((o) => o.placement === placement);
    if (!options.length) return nothing;
    const title = placement === 'tag' ? 'Widget settings' : 'Page settings (on the script line)';
    const hint =
      placement === 'script'
        ? html`<p class="group-hint">These apply to every widget on the page, so they go on the script line.</p>`
        : nothing;
    return html`
      <fieldset class="group">
        <legend>${title}</legend>
        ${hint} ${options.map((o) => this.renderOption(o))}
      </fieldset>
    `;
  }

  private renderOption(option: OptionSpec): TemplateResult {
    const id = `opt-${option.name}`;
    const hintId = `${id}-hint`;
    const label = html`${option.label} <code class="attr">${option.placement === 'script' ? `data-${option.name}` : option.name}</code>`;
    const hint = option.description
      ? html`<p class="hint" id=${hintId}>${described(option.description)}</p>`
      : nothing;
    const describedBy = option.description ? hintId : nothing;
    const value = this.value(option.name);
    const text = value === null || value === true || value === false ? '' : value;

    switch (option.kind) {
      case 'checkbox':
        return html`<div class="field check">
          <input
            type="checkbox"
            id=${id}
            .checked=${value === true || (value === null && option.default === 'true')}
            aria-describedby=${describedBy}
            @change=${(e: Event) => this.setValue(option.name, (e.target as HTMLInputElement).checked)}
          />
          <label for=${id}>${label}</label>
          ${hint}
        </div>`;
      case 'select':
        return this.renderSelect(option, id, label, hint, text);
      case 'multi':
        return this.renderMulti(option, id, label, hint, value);
      case 'city':
        return this.renderCity(option, id, label, hint, text);
      case 'topics':
        return this.renderTopics(option, id, label, hint, text);
      case 'team':
        // the team list of the server the builder uses (P2PU's unless the librarian changed it)
        return html`<div class="field team">
          <team-picker
            id=${id}
            endpoint=${this.lookupEndpoint}
            transport=${this.transport()}
            .value=${text}
            @change=${(e: TeamPickerChangeEvent) => this.setValue(option.name, e.detail.id)}
          ></team-picker>
          <p class="hint">Written on the tag as <code class="attr">${option.name}</code>. Leave it empty to show every
            team's learning circles.</p>
        </div>`;
      case 'url': {
        const invalid = text.trim() !== '' && normalizeEndpoint(text) === null;
        return html`<div class="field">
          <label for=${id}>${label}</label>
          ${hint}
          <input
            id=${id}
            type="url"
            autocomplete="url"
            .value=${text}
            aria-describedby=${invalid ? `${hintId} ${id}-error` : hintId}
            aria-invalid=${invalid ? 'true' : 'false'}
            @input=${this.onText(option)}
            @change=${this.onEndpointCommit}
          />
          ${invalid
            ? html`<p class="error" id="${id}-error">Use a web address starting with https://, such as ${PRODUCTION_ENDPOINT}.</p>`
            : nothing}
        </div>`;
      }
      case 'number':
      case 'text':
      default:
        return html`<div class="field">
          <label for=${id}>${label}</label>
          ${hint}
          <input
            id=${id}
            type=${option.kind === 'number' ? 'number' : 'text'}
            placeholder=${option.default ?? nothing}
            .value=${text}
            aria-describedby=${describedBy}
            @input=${this.onText(option)}
          />
        </div>`;
    }
  }

  private renderSelect(option: OptionSpec, id: string, label: TemplateResult, hint: unknown, text: string) {
    const current = text || option.default || '';
    const labelFor = (choice: string) => {
      const name = option.choiceLabels?.[choice] ?? choice;
      return choice === option.default ? `${name} (default)` : name;
    };
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint}
      <select
        id=${id}
        aria-describedby=${option.description ? `${id}-hint` : nothing}
        @change=${(e: Event) => this.setValue(option.name, (e.target as HTMLSelectElement).value)}
      >
        ${option.default === null
          ? html`<option value="" ?selected=${current === ''}>Not set${option.name === 'lang' ? ' (the page\u2019s language)' : ''}</option>`
          : nothing}
        ${option.choices.map((c) => html`<option .value=${c} ?selected=${c === current}>${labelFor(c)}</option>`)}
      </select>
    </div>`;
  }

  private renderMulti(
    option: OptionSpec,
    id: string,
    label: TemplateResult,
    hint: unknown,
    value: string | boolean | null,
  ) {
    const chosen = value === null || typeof value !== 'string' ? option.choices : value.split(/[\s,]+/).filter(Boolean);
    const toggle = (choice: string, on: boolean) => {
      const next = option.choices.filter((c) => (c === choice ? on : chosen.includes(c)));
      this.setValue(option.name, next.length === option.choices.length ? null : next.join(' '));
    };
    return html`<fieldset class="field multi" aria-describedby=${option.description ? `${id}-hint` : nothing}>
      <legend>${label}</legend>
      ${hint}
      <div class="checks">
        ${option.choices.map(
          (c) => html`<span class="check">
            <input
              type="checkbox"
              id="${id}-${c}"
              .checked=${chosen.includes(c)}
              @change=${(e: Event) => toggle(c, (e.target as HTMLInputElement).checked)}
            />
            <label for="${id}-${c}"><code>${c}</code></label>
          </span>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderCity(option: OptionSpec, id: string, label: TemplateResult, hint: unknown, text: string) {
    const lookup = this.cities;
    const ready = lookup?.status === 'ready' && lookup.items.length > 0;
    const known = ready && lookup.items.some((c) => c.value === text);
    const typing = !ready || this.otherCity || (text !== '' && !known);
    const textInput = html`<input
      id=${ready ? `${id}-text` : id}
      type="text"
      .value=${text}
      aria-describedby=${option.description ? `${id}-hint` : nothing}
      @input=${this.onText(option)}
    />`;
    let status: TemplateResult | typeof nothing = nothing;
    if (lookup?.status === 'loading') status = html`<p class="hint">Loading the cities from ${this.lookupEndpoint}…</p>`;
    if (lookup?.status === 'error') {
      status = html`<p class="hint">The list of cities could not be loaded from ${this.lookupEndpoint}. Type the city
        exactly as P2PU lists it.</p>`;
    }
    if (!ready) {
      return html`<div class="field">
        <label for=${id}>${label}</label>
        ${hint} ${status} ${textInput}
      </div>`;
    }
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint}
      <select
        id=${id}
        aria-describedby=${option.description ? `${id}-hint` : nothing}
        @change=${(e: Event) => {
          const chosen = (e.target as HTMLSelectElement).value;
          this.otherCity = chosen === OTHER_CITY;
          this.setValue(option.name, chosen === OTHER_CITY ? '' : chosen);
        }}
      >
        <option value="" ?selected=${!typing && text === ''}>Not set (every city)</option>
        ${lookup.items.map((c) => html`<option .value=${c.value} ?selected=${!typing && c.value === text}>${c.label}</option>`)}
        <option .value=${OTHER_CITY} ?selected=${typing}>Another city (type it)…</option>
      </select>
      ${typing
        ? html`<label class="sub" for="${id}-text">City name, exactly as P2PU lists it</label>${textInput}`
        : nothing}
    </div>`;
  }

  private renderTopics(option: OptionSpec, id: string, label: TemplateResult, hint: unknown, text: string) {
    const lookup = this.topics;
    const chosen = text.split(',').map((t) => t.trim()).filter(Boolean);
    if (lookup?.status !== 'ready' || lookup.items.length === 0) {
      return html`<div class="field">
        <label for=${id}>${label}</label>
        ${hint}
        ${lookup?.status === 'loading' ? html`<p class="hint">Loading the topics from ${this.lookupEndpoint}…</p>` : nothing}
        ${lookup?.status === 'error'
          ? html`<p class="hint">The topics could not be loaded from ${this.lookupEndpoint}. Type them, separated by
              commas.</p>`
          : nothing}
        <input
          id=${id}
          type="text"
          .value=${text}
          aria-describedby=${option.description ? `${id}-hint` : nothing}
          @input=${this.onText(option)}
        />
      </div>`;
    }
    const extra = chosen.filter((t) => !lookup.items.some((i) => i.value === t));
    const toggle = (value: string, on: boolean) => {
      const next = on ? [...chosen, value] : chosen.filter((t) => t !== value);
      this.setValue(option.name, next.join(','));
    };
    return html`<fieldset class="field multi" aria-describedby=${option.description ? `${id}-hint` : nothing}>
      <legend>${label}</legend>
      ${hint}
      <div class="checks scroll">
        ${[...extra.map((t) => ({ value: t, label: t })), ...lookup.items].map(
          (t, i) => html`<span class="check">
            <input
              type="checkbox"
              id="${id}-${i}"
              .checked=${chosen.includes(t.value)}
              @change=${(e: Event) => toggle(t.value, (e.target as HTMLInputElement).checked)}
            />
            <label for="${id}-${i}">${t.label}</label>
          </span>`,
        )}
      </div>
    </fieldset>`;
  }

  /** The librarian's site address, and what P2PU will let signups do there. */
  private renderSite() {
    const verdict = this.siteVerdict();
    return html`
      <fieldset class="group site">
        <legend>Your website</legend>
        <div class="field">
          <label for="site-address">Address of the page where you will paste the code</label>
          <p class="hint" id="site-address-hint">
            Such as <code>https://library.example.org/learning-circles</code>. It tells you, before you paste, whether
            learners can sign up on that page or are sent to P2PU to sign up. Nothing is sent anywhere.
          </p>
          <input
            id="site-address"
            type="url"
            autocomplete="url"
            .value=${this.siteAddress}
            aria-describedby="site-address-hint site-verdict"
            aria-invalid=${verdict.kind === 'invalid' ? 'true' : 'false'}
            @input=${(e: Event) => (this.siteAddress = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div id="site-verdict" class="verdict" aria-live="polite">${this.renderVerdict(verdict)}</div>
      </fieldset>
    `;
  }

  private renderVerdict(verdict: SiteVerdict) {
    switch (verdict.kind) {
      case 'unknown':
        return nothing;
      case 'invalid':
        return html`<p class="error">“${verdict.text}” is not a web address. Type the address as it shows in your
          browser, such as <code>https://library.example.org/learn</code>.</p>`;
      case 'same-origin':
        return html`<p class="ok">The P2PU server in the code is on your own site (${verdict.origin}), so learners
          can sign up on your page.</p>`;
      case 'allowed':
        return html`<p class="ok">P2PU accepts signups from pages on ${verdict.origin}: learners can sign up on your
          page.</p>
          ${this.renderStandIn(verdict.standIn)}`;
      case 'other-server':
        return html`<p class="note">The code uses another server than P2PU's (${verdict.server}). Whether it accepts
          signups from ${verdict.origin} depends on that server's settings: the preview shows what it allows this
          builder, which may differ from your site.</p>`;
      case 'link-out': {
        const request = allowRequest(verdict.origin, this.siteAddress);
        return html`
          <p class="warning">
            P2PU accepts signups only from its own websites today, not from ${verdict.origin}. On your page, finding
            learning circles works, and signing up opens the circle's page on P2PU (“Sign up on P2PU”) instead of a
            form. The preview shows it that way.
          </p>
          ${this.renderStandIn(verdict.standIn)}
          ${verdict.insecure
            ? html`<p class="hint">Your address starts with <code>http://</code>. P2PU will only allow
                <code>https://</code> addresses: move the page to <code>https://</code> first.</p>`
            : nothing}
          <p>To have the form on your own page, send P2PU this request (or run a small proxy on your own site, as
            <code>docs/cors.md</code> explains):</p>
          ${this.renderPart('request', 'Request to P2PU.', 'Paste it into an email to P2PU.', request, 'request to P2PU')}
        `;
      }
    }
  }

  private renderStandIn(server: string | null) {
    return server
      ? html`<p class="hint">Judged by P2PU's published rules: the server in the code, ${server}, is a stand-in
          for P2PU on this computer.</p>`
      : nothing;
  }

  /** Where the snippet loads the widgets from: this builder's copy, jsDelivr, or another address. */
  private renderScriptSource() {
    const cdn = cdnScriptUrl(VERSION);
    const own = this.ownScriptSrc && this.ownScriptSrc !== cdn ? this.ownScriptSrc : '';
    const invalid = !scriptAddressOk(this.scriptSrc);
    const choice = (src: string, label: TemplateResult) =>
      html`<button
        type="button"
        class="button secondary"
        aria-pressed=${this.scriptSrc === src ? 'true' : 'false'}
        @click=${() => (this.scriptSrc = src)}
      >
        ${label}
      </button>`;
    return html`
      <fieldset class="group script-source">
        <legend>The widgets' script</legend>
        <div class="field">
          <label for="script-src">Script address <code class="attr">src</code></label>
          <p class="hint" id="script-src-hint">
            Where your page loads the widgets from. Keep the files of one version together: the script loads the
            rest of the widgets from the folder it is in, and that server must let other sites load them (jsDelivr
            does).
          </p>
          <input
            id="script-src"
            type="url"
            autocomplete="off"
            .value=${this.scriptSrc}
            aria-describedby=${invalid ? 'script-src-hint script-src-error' : 'script-src-hint'}
            aria-invalid=${invalid ? 'true' : 'false'}
            @change=${(e: Event) => (this.scriptSrc = cleanValue((e.target as HTMLInputElement).value) || own || cdn)}
          />
          ${invalid
            ? html`<p class="error" id="script-src-error">Use the full address of <code>learning-circle-widgets.js</code>,
                starting with https://.</p>`
            : nothing}
          <div class="choices-inline">
            ${own ? choice(own, html`The copy beside this builder`) : nothing}
            ${choice(cdn, html`jsDelivr, version ${VERSION}`)}
          </div>
        </div>
      </fieldset>
    `;
  }

  private renderColours(widget: WidgetSpec) {
    if (!widget.colours.length) return nothing;
    const chosen: Record<string, string> = {};
    for (const c of widget.colours) if (c.default) chosen[c.name] = this.colours[c.name] ?? c.default;
    // tokens the widgets compute from the brand colour preview as the widgets would show them
    const current = (name: string, fallback: string | null) =>
      this.colours[name] ?? fallback ?? derivedColour(name, chosen);
    const byName = Object.fromEntries(widget.colours.map((c) => [c.name, current(c.name, c.default)]));
    const pairs: [string, string, string][] = [
      ['--p2pu-color-on-brand', '--p2pu-color-brand', 'Text on the brand colour'],
      ['--p2pu-color-link', '--p2pu-color-surface', 'Links on the background'],
      ['--p2pu-color-text', '--p2pu-color-surface', 'Text on the background'],
      ['--p2pu-color-text-muted', '--p2pu-color-surface', 'Secondary text on the background'],
    ];
    const warnings = pairs
      .filter(([a, b]) => byName[a] && byName[b])
      .map(([a, b, what]) => [what, contrastRatio(byName[a], byName[b])] as const)
      .filter(([, ratio]) => ratio < 4.5);
    const changed = changedColours(widget, this.colours).length > 0;
    return html`
      <fieldset class="group colours">
        <legend>Colours</legend>
        <p class="group-hint">Only colours you change go into the snippet, as a separate style block.</p>
        <div class="swatches">
          ${widget.colours.map(
            (c) => html`<div class="swatch">
              <input
                type="color"
                id="colour-${c.name}"
                .value=${current(c.name, c.default)}
                aria-describedby="colour-${c.name}-hint"
                @input=${(e: Event) => (this.colours = { ...this.colours, [c.name]: (e.target as HTMLInputElement).value })}
              />
              <label for="colour-${c.name}">${c.label}</label>
              <span class="hint" id="colour-${c.name}-hint"><code>${c.name}</code>${c.description ? html`: ${c.description}` : nothing}</span>
            </div>`,
          )}
        </div>
        ${warnings.map(
          ([what, ratio]) => html`<p class="warning">
            ${what}: contrast ${ratio.toFixed(1)}:1. Some visitors will not be able to read it; aim for at least 4.5:1.
          </p>`,
        )}
        <button type="button" class="button secondary" ?disabled=${!changed} @click=${() => (this.colours = {})}>
          Reset colours
        </button>
      </fieldset>
    `;
  }

  private renderPreview(widget: WidgetSpec) {
    const defined = customElements.get(widget.tag) !== undefined;
    if (!defined && !this.awaited.has(widget.tag)) {
      this.awaited.add(widget.tag);
      customElements.whenDefined(widget.tag).then(() => this.requestUpdate());
    }
    return html`
      <section class="preview" aria-labelledby="preview-title">
        <div class="preview-head">
          <h2 id="preview-title">3. Preview</h2>
          <div class="check">
            <input id="narrow" type="checkbox" .checked=${this.narrow} @change=${(e: Event) => (this.narrow = (e.target as HTMLInputElement).checked)} />
            <label for="narrow">Narrow, like a sidebar (320 px)</label>
          </div>
        </div>
        ${this.renderSitePreviewNote(widget)}
        ${widget.container
          ? html`<p class="note">
              <code>&lt;${widget.tag}&gt;</code> shows nothing itself: it holds settings for the widgets you put
              inside it.
            </p>`
          : nothing}
        ${!defined
          ? html`<p class="note">
              <code>&lt;${widget.tag}&gt;</code> is not loaded on this page, so the preview shows the link that
              visitors see when the script cannot run.
            </p>`
          : nothing}
        <div class="stage ${this.narrow ? 'narrow' : ''}"><slot name="preview"></slot></div>
      </section>
    `;
  }

  /** When P2PU refuses the librarian's site: the preview shows the signup as there, with a switch. */
  private renderSitePreviewNote(widget: WidgetSpec) {
    const verdict = this.siteVerdict();
    if (verdict.kind !== 'link-out' || !widget.options.some((o) => o.name === 'link-out')) return nothing;
    return html`<div class="note site-preview">
      <p>
        ${this.previewAsSite
          ? html`As on ${verdict.origin}: P2PU does not accept signups from your site yet, so the widget offers
              “Sign up on P2PU”.`
          : html`As once P2PU allows ${verdict.origin}: the signup form on your page.`}
      </p>
      <div class="check">
        <input
          id="preview-as-site"
          type="checkbox"
          .checked=${this.previewAsSite}
          @change=${(e: Event) => (this.previewAsSite = (e.target as HTMLInputElement).checked)}
        />
        <label for="preview-as-site">Show it as on my site today</label>
      </div>
    </div>`;
  }

  private renderPart(id: string, title: string, note: TemplateResult | string, code: string, what: string) {
    return html`
      <figure class="part">
        <figcaption id="part-${id}">
          <strong>${title}</strong> <span class="hint">${note}</span>
        </figcaption>
        <pre tabindex="0" role="region" aria-labelledby="part-${id}"><code id="code-${id}">${code}</code></pre>
        <button type="button" class="button" @click=${() => this.copy(id, code, what)}>
          ${this.copied === id ? 'Copied' : 'Copy'}<span class="visually-hidden"> the ${what}</span>
        </button>
      </figure>
    `;
  }

  private renderSnippet(widget: WidgetSpec, parts: SnippetParts) {
    const rule = changedColours(widget, this.colours);
    const all = [parts.script, parts.tag, parts.style].filter(Boolean).join('\n');
    return html`
      <section class="snippet" aria-labelledby="snippet-title">
        <h2 id="snippet-title">4. Copy the snippet</h2>
        ${this.renderPart(
          'script',
          'Script line.',
          'Once per page, best in the page head. A second copy does no harm.',
          parts.script,
          'script line',
        )}
        ${this.renderPart(
          'tag',
          'Widget tag.',
          widget.container
            ? 'Put the widgets it configures between its opening and closing tags.'
            : 'Where the widget should appear. The link inside is what visitors see if the script cannot run.',
          parts.tag,
          'widget tag',
        )}
        ${this.renderFallbackNote(widget)}
        ${parts.style
          ? html`${this.renderPart(
                'style',
                'Colours.',
                html`Paste it with the tag. Some website editors remove <code>&lt;style&gt;</code> blocks: then put the
                  rule alone into your site's custom CSS setting.`,
                parts.style,
                'colour style block',
              )}
              <button type="button" class="button secondary" @click=${() => this.copy('rule', cssRule(widget.tag, rule), 'CSS rule')}>
                ${this.copied === 'rule' ? 'Copied' : 'Copy the CSS rule alone'}
              </button>`
          : nothing}
        <p class="copy-all">
          <button type="button" class="button secondary" @click=${() => this.copy('all', all, 'whole snippet')}>
            ${this.copied === 'all' ? 'Copied' : 'Copy all parts together'}
          </button>
          <span class="hint">For editors with one box for everything (Google Sites, LibGuides, Squarespace).</span>
        </p>
      </section>
    `;
  }

  /** Says where the fallback link goes when the chosen circle's own page is not known (yet). */
  private renderFallbackNote(widget: WidgetSpec) {
    const id = this.wantedCircle(widget);
    const circle = this.circle;
    if (!id || circle?.id !== id || circle.status === 'ready') return nothing;
    return html`<p class="note fallback-note">
      ${circle.status === 'loading'
        ? html`Looking up learning circle ${id} at ${circle.endpoint} for the link inside the tag…`
        : html`Learning circle ${id} could not be loaded from ${circle.endpoint}, so the link inside the tag goes
            to P2PU's list of learning circles instead of the circle's own page. Check the number, or copy the
            snippet again once the circle can be found.`}
    </p>`;
  }

  private renderPlatforms(widget: WidgetSpec, parts: SnippetParts) {
    const ctx = { hasStyle: parts.style !== null, container: widget.container };
    return html`
      <section class="platforms" aria-labelledby="platforms-title">
        <h2 id="platforms-title">5. Paste it into your website</h2>
        ${PLATFORMS.map(
          (p) => html`<details>
            <summary>${p.name}</summary>
            <div class="details-body">${p.body(ctx)}</div>
          </details>`,
        )}
      </section>
    `;
  }

  private renderCsp() {
    const csp = this.csp();
    const jsonp = this.transport() !== 'cors';
    return html`
      <section class="csp" aria-labelledby="csp-title">
        <h2 id="csp-title">Security policy (CSP)</h2>
        <p>
          Most sites have none and need nothing. If your site sends a <code>Content-Security-Policy</code>, your web
          team adds these sources to it:
        </p>
        ${this.renderPart('csp', 'Sources to allow.', '', csp.text, 'security policy sources')}
        <ul class="csp-why">
          <li><code>script-src ${csp.scriptHost}</code>: the widgets' script.</li>
          ${jsonp
            ? html`<li>
                <code>script-src ${csp.apiHost}</code>: P2PU answers other websites through JSONP (a script request),
                because it only allows its own sites to fetch data.
              </li>`
            : nothing}
          <li><code>connect-src ${csp.apiHost}</code>: data requests and the signup form.</li>
          <li><code>img-src ${csp.apiHost} data:</code>: pictures of learning circles and courses, and built-in
            placeholders.</li>
          ${csp.tileHost
            ? html`<li>
                <code>img-src ${csp.tileHost}</code>: the street map's pictures (tiles), once a patron chooses to
                show it.
              </li>`
            : nothing}
          <li>
            With Trusted Types (<code>require-trusted-types-for 'script'</code>), also allow the widgets' policies:
            <code>trusted-types p2pu-widgets lit-html</code>.
          </li>
          <li>
            The widgets need no inline scripts and no inline styles. The colour <code>&lt;style&gt;</code> block is an
            inline style: with a strict <code>style-src</code>, put the CSS rule into your stylesheet instead.
          </li>
        </ul>
      </section>
    `;
  }
}

/**
 * Registers <snippet-builder> once. Importers call it: package.json's `sideEffects` lets bundlers
 * (the Storybook build) drop a module that is only imported for its side effects.
 */
export function defineSnippetBuilder(): typeof SnippetBuilder {
  defineTeamPicker();
  if (!customElements.get('snippet-builder')) customElements.define('snippet-builder', SnippetBuilder);
  return SnippetBuilder;
}
defineSnippetBuilder();

declare global {
  interface HTMLElementTagNameMap {
    'snippet-builder': SnippetBuilder;
  }
}
