/**
 * The snippet builder (demo/builder/): it offers every element of custom-elements.json, its snippet
 * follows the chosen options (escaped, defaults left out, one line per part), hostile input stays
 * text, the snippet still works after WordPress's wpautop mangles it, and the CSP matches the
 * endpoint and transport. Written against whichever widgets the manifest holds today.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../demo/builder/snippet-builder.js';
// the builder bundles no widget (its page's script tag brings them): the previews need them registered
import '../src/index.js';
import type { SnippetBuilder } from '../demo/builder/snippet-builder.js';
import { readManifest, type CustomElementsManifest, type WidgetSpec } from '../demo/builder/manifest.js';
import { wpautop } from '../demo/builder/wpautop.js';
import { integrityFrom, pinnedVersion } from '../demo/builder/snippet.js';
import { clearApiCache, resetClients } from '../src/api/index.js';
import { VERSION } from '../src/version.js';
import { CONFIG_ATTRIBUTES, parseConfigAttributes } from '../src/config/config.js';
import { resetGlobalConfig, setGlobalConfig } from '../src/config/global-config.js';
import { faultyEndpoint, localApi } from './local-api.js';

let manifest: CustomElementsManifest;
let widgets: WidgetSpec[];

/** Tags of the manifest's custom elements, read without the builder's own code. */
function manifestTags(m: CustomElementsManifest): string[] {
  return (m.modules ?? []).flatMap((mod) =>
    (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName!),
  );
}

const root = (b: SnippetBuilder) => b.shadowRoot!;
const q = <T extends Element = HTMLElement>(b: SnippetBuilder, selector: string) => root(b).querySelector<T>(selector);
const code = (b: SnippetBuilder, part: string) => q(b, `#code-${part}`)?.textContent ?? null;
/** The light-DOM box the builder shows its preview in. */
const stage = (b: SnippetBuilder) => b.querySelector<HTMLElement>(':scope > [slot="preview"]')!;

async function open(tag = '', endpoint = localApi.open): Promise<SnippetBuilder> {
  const el = await fixture<SnippetBuilder>(
    html`<snippet-builder tag=${tag} endpoint=${endpoint} .manifest=${manifest}></snippet-builder>`,
  );
  await el.updateComplete;
  return el;
}

async function type(b: SnippetBuilder, id: string, value: string) {
  const input = q<HTMLInputElement>(b, `#${id}`)!;
  expect(input, `#${id}`).to.exist;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await b.updateComplete;
}

/** The fallback link inside the tag: [whole, href, text]. */
const linkOf = (b: SnippetBuilder) => /<a href="([^"]*)">([^<]*)<\/a>/.exec(code(b, 'tag')!);

/** Types a team number into the builder's team picker (its "Team number" field). */
async function typeTeam(b: SnippetBuilder, value: string) {
  const picker = q<HTMLElement & { updateComplete: Promise<unknown> }>(b, 'team-picker')!;
  expect(picker, 'the team picker').to.exist;
  await picker.updateComplete;
  const input = picker.shadowRoot!.querySelector<HTMLInputElement>('#number')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await b.updateComplete;
}

async function choose(b: SnippetBuilder, id: string, value: string) {
  const select = q<HTMLSelectElement>(b, `#${id}`)!;
  expect(select, `#${id}`).to.exist;
  select.value = value;
  expect(select.value, `${id} offers ${value}`).to.equal(value);
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await b.updateComplete;
}

/** A widget that shows something (not a container), preferring the given tags. */
function pick(...preferred: string[]): WidgetSpec {
  const shown = widgets.filter((w) => !w.container);
  return preferred.map((t) => shown.find((w) => w.tag === t)).find(Boolean) ?? shown[0];
}

/**
 * The builder reads `integrity.json` beside a pinned script from the CDN. Tests never reach a CDN:
 * these are the answers (by URL; anything else is a 404), and `integrityAnswers` the ones given.
 */
const integrityFiles = new Map<string, unknown>();
let integrityAnswers: Promise<Response>[] = [];
const realFetch = window.fetch;
function fakeIntegrityFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = input instanceof Request ? input.url : String(input);
  if (!url.endsWith('/integrity.json')) return realFetch(input, init);
  const json = integrityFiles.get(url);
  const answer = Promise.resolve(json === undefined ? new Response('', { status: 404 }) : Response.json(json));
  integrityAnswers.push(answer);
  return answer;
}

describe('<snippet-builder>', () => {
  after(() => {
    window.fetch = realFetch;
  });

  before(async () => {
    window.fetch = fakeIntegrityFetch;
    const response = await fetch('/custom-elements.json');
    if (!response.ok) throw new Error('custom-elements.json is missing: run `npx cem analyze` (npm run build does)');
    manifest = (await response.json()) as CustomElementsManifest;
    widgets = readManifest(manifest);
    // register every element the manifest names, from its own source module
    for (const w of widgets) if (w.modulePath) await import(/* @vite-ignore */ `/${w.modulePath}`);
    expect(widgets.filter((w) => !w.container), 'widgets in custom-elements.json').to.not.be.empty;
  });

  beforeEach(() => {
    clearApiCache();
    resetClients();
  });

  it('offers every custom element of the manifest', async () => {
    const b = await open();
    const offered = [...root(b).querySelectorAll<HTMLInputElement>('input[name="widget"]')].map((r) => r.value);
    expect([...offered].sort()).to.deep.equal([...new Set(manifestTags(manifest))].sort());
    for (const tag of offered) {
      expect(q(b, `label[for="widget-${tag}"]`)!.textContent).to.contain(`<${tag}>`);
    }
    expect(offered.filter((tag) => q<HTMLInputElement>(b, `#widget-${tag}`)!.checked)).to.have.length(1);
  });

  it('writes one-line parts that follow the options, escaped, without defaults', async () => {
    const widget = pick('circle-finder', 'course-finder', 'circle-card');
    const b = await open(widget.tag);
    const bare = code(b, 'tag')!;
    expect(bare).to.match(new RegExp(`^<${widget.tag}><a href="https://[^"]+">[^<]+</a></${widget.tag}>$`));
    expect(code(b, 'script')).to.equal(
      `<script src="https://cdn.jsdelivr.net/npm/@p2pu/learning-circle-widgets@${VERSION}/dist/learning-circle-widgets.js" data-endpoint="${localApi.open}" defer></script>`,
    );
    expect(code(b, 'style'), 'no colour changed').to.equal(null);

    await typeTeam(b, '12');
    await choose(b, 'opt-lang', 'es');
    expect(code(b, 'tag')).to.match(new RegExp(`^<${widget.tag} team-id="12" lang="es"><a `));

    // a page setting goes on the script line, and only when it differs from the default
    await choose(b, 'opt-transport', 'jsonp');
    expect(code(b, 'script')).to.contain(' data-transport="jsonp" ');
    await choose(b, 'opt-transport', 'auto');
    expect(code(b, 'script')).to.not.contain('data-transport');

    // text is escaped for a double-quoted attribute
    const text = widget.options.find((o) => o.kind === 'text' && o.placement === 'tag');
    const id = text ? `opt-${text.name}` : 'opt-team-id';
    const name = text?.name ?? 'team-id';
    await type(b, id, '  Tom & Jerry\'s "best" <class>  ');
    expect(code(b, 'tag')).to.contain(` ${name}="Tom &amp; Jerry's &quot;best&quot; &lt;class&gt;"`);

    for (const part of ['script', 'tag']) expect(code(b, part)).to.not.contain('\n');
  });

  it("leaves out the element's defaults: a select set back to its default, a checkbox turned off", async function () {
    const withDefault = widgets
      .filter((w) => !w.container)
      .flatMap((w) => w.options.filter((o) => o.kind === 'select' && o.placement === 'tag' && o.default).map((o) => ({ w, o })))[0];
    if (!withDefault) this.skip();
    const { w, o } = withDefault!;
    const b = await open(w.tag);
    const other = o.choices.find((c) => c !== o.default)!;
    await choose(b, `opt-${o.name}`, other);
    expect(code(b, 'tag')).to.contain(` ${o.name}="${other}"`);
    await choose(b, `opt-${o.name}`, o.default!);
    expect(code(b, 'tag')).to.not.contain(` ${o.name}=`);

    const box = w.options.find((x) => x.kind === 'checkbox' && x.default === 'false' && x.placement === 'tag');
    if (box) {
      const input = q<HTMLInputElement>(b, `#opt-${box.name}`)!;
      input.click();
      await b.updateComplete;
      expect(code(b, 'tag')).to.match(new RegExp(` ${box.name}[ >]`));
      input.click();
      await b.updateComplete;
      expect(code(b, 'tag')).to.not.contain(` ${box.name}`);
    }
  });

  it('keeps a hostile value as text: escaped in the snippet, never an element in the preview', async () => {
    let alerted = false;
    const realAlert = window.alert;
    window.alert = () => {
      alerted = true;
    };
    try {
      const widget = pick('circle-finder', 'course-finder', 'course-card', 'circle-card');
      const b = await open(widget.tag);
      const hostile = '"><img src=x onerror=alert(1)>';
      const text = widget.options.find((o) => o.kind === 'text' && o.placement === 'tag');
      const name = text?.name ?? 'team-id';
      await type(b, `opt-${name}`, hostile);

      const tag = code(b, 'tag')!;
      expect(tag).to.contain(` ${name}="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"`);
      expect(tag).to.not.contain('<img');

      // the preview reloads the widget shortly after typing stops
      await waitUntil(() => stage(b).firstElementChild?.getAttribute(name) === hostile, 'preview got the value');
      const previewed = stage(b).firstElementChild!;
      expect(previewed.localName).to.equal(widget.tag);
      expect(stage(b).querySelectorAll('img')).to.have.length(0);
      expect(document.querySelectorAll('img[src="x"]')).to.have.length(0);
      expect(previewed.shadowRoot?.querySelectorAll('img[src="x"]') ?? []).to.have.length(0);
      expect(alerted).to.equal(false);
    } finally {
      window.alert = realAlert;
    }
  });

  it('makes a snippet that still works after wpautop wraps it in <p> and <br />', async () => {
    const widget = pick('course-card', 'circle-card', 'circle-finder');
    const b = await open(widget.tag);
    const ids: Record<string, string> = { 'course-id': '1203', 'circle-id': '4821' };
    const idOption = widget.options.find((o) => o.name in ids);
    if (idOption) await type(b, `opt-${idOption.name}`, ids[idOption.name]);
    await typeTeam(b, '1');
    await choose(b, 'opt-lang', 'es');
    const brand = q<HTMLInputElement>(b, '[id="colour---p2pu-color-brand"]');
    if (brand) {
      brand.value = '#8c2f39';
      brand.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await b.updateComplete;
    }
    const snippet = [code(b, 'script'), code(b, 'tag'), code(b, 'style')].filter(Boolean).join('\n');

    // what a WordPress editor saves, parsed as a browser parses the page
    const mangled = wpautop(`Our learning circles:\n\n${snippet}\n\nSee you there!`);
    expect(mangled).to.match(new RegExp(`<p><script [^>]*></script><br />\\n<${widget.tag}[ >]`));
    const parsed = new DOMParser().parseFromString(`<div class="entry-content">${mangled}</div>`, 'text/html');
    const pastedScript = parsed.querySelector('script[data-endpoint]')!;
    // what the script line does when it runs (src/embed.ts): page-wide settings from its data-*
    setGlobalConfig(parseConfigAttributes((n) => pastedScript.getAttribute(`data-${n}`)));
    const post = await fixture<HTMLElement>(html`<article></article>`);
    try {
      post.append(document.importNode(parsed.body.firstElementChild!, true));
      const el = post.querySelector<HTMLElement>(widget.tag)!;
      expect(el.parentElement!.localName, 'wpautop wrapped the tag').to.equal('p');
      expect(el).to.be.instanceOf(customElements.get(widget.tag)!);
      await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot, 'upgraded').to.exist;
      expect(el.getAttribute('team-id')).to.equal('1');
      expect(el.getAttribute('lang')).to.equal('es');
      if (idOption) expect(el.getAttribute(idOption.name)).to.equal(ids[idOption.name]);
      // the fallback link is not shown once the widget runs
      expect(el.querySelector('a')!.getClientRects()).to.have.length(0);
      if (brand) expect(getComputedStyle(el).getPropertyValue('--p2pu-color-brand').trim()).to.equal('#8c2f39');
      if (widget.tag === 'course-card') {
        await waitUntil(() => el.shadowRoot!.textContent!.includes('Programming for Everybody'), 'course loaded', {
          timeout: 5000,
        });
      }
    } finally {
      resetGlobalConfig();
    }
  });

  it('gives the CSP for the endpoint: connect-src always, script-src for JSONP', async () => {
    const b = await open(pick().tag);
    const api = new URL(localApi.open).origin;
    const directive = (name: string) =>
      code(b, 'csp')!
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `))!
        .split(' ')
        .slice(1);

    expect(directive('connect-src')).to.include(api);
    expect(directive('script-src')).to.include.members(['https://cdn.jsdelivr.net', api]); // auto may use JSONP
    expect(directive('img-src')).to.include.members([api, 'data:']);

    await choose(b, 'opt-transport', 'jsonp');
    expect(directive('script-src')).to.include(api);
    await choose(b, 'opt-transport', 'cors');
    expect(directive('script-src')).to.not.include(api);
    expect(directive('connect-src')).to.include(api);

    await type(b, 'opt-endpoint', 'https://learningcircles.p2pu.org');
    expect(directive('connect-src')).to.deep.equal(['https://learningcircles.p2pu.org']);
  });

  it('adds a map\'s tile host to img-src, and nothing while the map has no street map', async () => {
    const b = await open('circle-map');
    const imgSources = () =>
      code(b, 'csp')!
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('img-src '))!
        .split(' ')
        .slice(1);
    const before = imgSources();
    expect(before).to.not.satisfy((list: string[]) => list.some((s) => s.includes('openstreetmap')));

    await type(b, 'opt-tile-url', 'https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(imgSources()).to.include('https://tile.openstreetmap.org');
    expect(root(b).querySelector('.csp-why')!.textContent).to.contain('street map');

    await type(b, 'opt-tile-url', 'https://{s}.tiles.example.org/{z}/{x}/{y}{r}.png');
    expect(imgSources()).to.include('https://*.tiles.example.org');

    await type(b, 'opt-tile-url', 'javascript:alert(1)//{z}/{x}/{y}');
    expect(imgSources()).to.deep.equal(before);
  });

  it('offers the cities and topics of the chosen endpoint', async function () {
    const widget = widgets.find((w) => w.options.some((o) => o.kind === 'city'));
    if (!widget) this.skip();
    const b = await open(widget!.tag);
    await waitUntil(() => q(b, 'select#opt-city option[value="Riverbend"]'), 'cities loaded from the local API');
    await choose(b, 'opt-city', 'Riverbend');
    expect(code(b, 'tag')).to.contain(' city="Riverbend"');

    if (widget!.options.some((o) => o.kind === 'topics')) {
      await waitUntil(() => q(b, 'fieldset input[type="checkbox"][id^="opt-topics-"]'), 'topics loaded');
      const python = [...root(b).querySelectorAll<HTMLInputElement>('input[id^="opt-topics-"]')].find(
        (input) => q(b, `label[for="${input.id}"]`)!.textContent!.trim() === 'python',
      )!;
      python.click();
      await b.updateComplete;
      expect(code(b, 'tag')).to.contain(' topics="python"');
    }
    await expect(b).to.be.accessible();
  });

  it('emits changed colours as a style block for the tag, and previews them', async () => {
    const widget = widgets.find((w) => !w.container && w.colours.some((c) => c.name === '--p2pu-color-brand'));
    if (!widget) return;
    const b = await open(widget.tag);
    const brand = q<HTMLInputElement>(b, '[id="colour---p2pu-color-brand"]')!;
    brand.value = '#7a2e8e';
    brand.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await b.updateComplete;
    expect(code(b, 'style')).to.equal(`<style>${widget.tag} { --p2pu-color-brand: #7a2e8e; }</style>`);
    expect(code(b, 'tag')).to.not.contain('style=');
    expect(getComputedStyle(stage(b).firstElementChild!).getPropertyValue('--p2pu-color-brand').trim()).to.equal(
      '#7a2e8e',
    );

    [...root(b).querySelectorAll<HTMLButtonElement>('button')].find((x) => x.textContent!.includes('Reset colours'))!.click();
    await b.updateComplete;
    expect(code(b, 'style')).to.equal(null);
  });

  it('copies a part and says so; falls back to selecting the text without clipboard access', async () => {
    const b = await open(pick().tag);
    const clipboard = navigator.clipboard;
    const realWrite = clipboard.writeText;
    const realExec = document.execCommand;
    const written: string[] = [];
    try {
      clipboard.writeText = async (text: string) => {
        written.push(text);
      };
      const copyTag = q<HTMLButtonElement>(b, '#part-tag ~ button')!;
      copyTag.click();
      await waitUntil(() => q(b, '[role="status"]')!.textContent === 'Copied the widget tag.', 'announced');
      expect(written).to.deep.equal([code(b, 'tag')]);

      clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      let selected = '';
      document.execCommand = ((command: string) => {
        const area = root(b).querySelector('textarea');
        selected = command === 'copy' && area ? area.value.slice(area.selectionStart, area.selectionEnd) : '';
        return selected !== '';
      }) as typeof document.execCommand;
      q<HTMLButtonElement>(b, '#part-script ~ button')!.click();
      await waitUntil(() => q(b, '[role="status"]')!.textContent === 'Copied the script line.', 'announced');
      expect(selected).to.equal(code(b, 'script'));
      expect(root(b).querySelector('textarea'), 'helper removed').to.equal(null);
    } finally {
      clipboard.writeText = realWrite;
      document.execCommand = realExec;
    }
  });

  it('explains each platform in a disclosure widget and passes axe with them open', async () => {
    const b = await open(pick().tag);
    const summaries = [...root(b).querySelectorAll('details > summary')].map((s) => s.textContent!.trim());
    expect(summaries).to.deep.equal(['WordPress', 'Drupal', 'Squarespace', 'LibGuides', 'Google Sites', 'Plain HTML']);
    root(b).querySelectorAll('details').forEach((d) => (d.open = true));
    expect(root(b).querySelector('details')!.textContent).to.contain('Custom HTML');
    await expect(b).to.be.accessible();
  });

  it("pins the script with Subresource Integrity from its version's integrity.json, never with a guessed one", async () => {
    const pinned = `https://cdn.jsdelivr.net/npm/@p2pu/learning-circle-widgets@${VERSION}/dist/learning-circle-widgets.js`;
    const json = `https://cdn.jsdelivr.net/npm/@p2pu/learning-circle-widgets@${VERSION}/dist/integrity.json`;
    const hash = `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', new TextEncoder().encode('loader')))))}`;
    const settled = async (b: SnippetBuilder) => {
      await b.updateComplete;
      await Promise.all(integrityAnswers);
      await new Promise((resolve) => setTimeout(resolve, 50)); // the answer's body is read, then applied
      await b.updateComplete;
    };
    try {
      integrityFiles.set(json, { version: VERSION, files: { 'learning-circle-widgets.js': hash } });
      // on a development machine (this test page is on localhost) the builder asks no CDN by default
      const b = await open(pick().tag);
      await settled(b);
      expect(integrityAnswers, 'asked on localhost').to.have.length(0);
      expect(code(b, 'script')).to.not.contain('integrity=');

      // published for this version: the line carries it, with crossorigin (SRI needs a CORS request)
      b.fetchIntegrity = true;
      await waitUntil(() => code(b, 'script')!.includes('integrity='), 'the script line gets its integrity');
      expect(code(b, 'script')).to.equal(
        `<script src="${pinned}" integrity="${hash}" crossorigin="anonymous" data-endpoint="${localApi.open}" defer></script>`,
      );

      // a file for another version, a malformed hash, or none at all (offline, not published): no integrity
      for (const answer of [
        { version: '9.9.9', files: { 'learning-circle-widgets.js': hash } },
        { version: VERSION, files: { 'learning-circle-widgets.js': 'sha384-not a hash' } },
        undefined,
      ]) {
        integrityAnswers = [];
        if (answer) integrityFiles.set(json, answer);
        else integrityFiles.delete(json);
        const other = await open(pick().tag);
        other.fetchIntegrity = true;
        await settled(other);
        expect(integrityAnswers, 'integrity.json was asked for').to.have.length(1);
        expect(code(other, 'script')).to.not.contain('integrity=').and.to.not.contain('crossorigin');
      }

      // a moving version or the demo's own source: nothing is asked, nothing is pinned
      integrityFiles.set(json, { version: VERSION, files: { 'learning-circle-widgets.js': hash } });
      for (const src of [pinned.replace(`@${VERSION}`, '@0'), pinned.replace(`@${VERSION}`, ''), '/src/embed.ts']) {
        integrityAnswers = [];
        b.scriptSrc = src;
        await settled(b);
        expect(integrityAnswers, src).to.have.length(0);
        expect(code(b, 'script'), src).to.not.contain('integrity=');
      }
      expect(pinnedVersion(pinned)).to.equal(VERSION);
      expect(pinnedVersion(`https://unpkg.com/@p2pu/learning-circle-widgets@${VERSION}/dist/learning-circle-widgets.js`)).to.equal(VERSION);
      const otherFile = pinned.replace(/learning-circle-widgets\.js$/, 'index.js');
      expect(integrityFrom({ version: VERSION, files: { 'learning-circle-widgets.js': hash } }, otherFile)).to.equal(null);
    } finally {
      integrityFiles.clear();
      integrityAnswers = [];
    }
  });

  it('offers every shared setting of the widgets (CONFIG_ATTRIBUTES), the page-wide ones on the script line', async () => {
    // team-id and lang are set on the widget's tag in the builder; every other shared setting is a
    // page setting: a new one in src/config/config.ts must be added to SCRIPT_SETTINGS (manifest.ts)
    const onTag = new Set(['team-id', 'lang']);
    for (const widget of widgets.filter((w) => !w.container)) {
      const b = await open(widget.tag);
      for (const name of Object.values(CONFIG_ATTRIBUTES)) {
        const option = widget.options.find((o) => o.name === name);
        expect(option, `<${widget.tag}> offers ${name} in the builder`).to.exist;
        expect(option!.placement, `${name} of <${widget.tag}>`).to.equal(onTag.has(name) ? 'tag' : 'script');
        expect(q(b, `#opt-${name}`), `a field for ${name}`).to.exist;
        const label = q(b, `label[for="opt-${name}"]`)?.textContent ?? q(b, `#opt-${name}`)!.closest('fieldset')!.textContent!;
        expect(label, `label of ${name}`).to.contain(onTag.has(name) ? name : `data-${name}`);
        if (!onTag.has(name)) expect(option!.description, `${name} is explained`).to.not.equal('');
      }
    }

    // and what is chosen goes on the script line, as the widgets read it back
    const b = await open(pick('circle-finder').tag);
    await type(b, 'opt-circles-page', '/learning-circles?course={id}');
    q<HTMLInputElement>(b, '#opt-explainer')!.click();
    await b.updateComplete;
    await type(b, 'opt-country', 'US');
    const script = code(b, 'script')!;
    expect(script).to.contain(' data-circles-page="/learning-circles?course={id}"');
    expect(script).to.match(/ data-explainer[ >]/);
    expect(script).to.contain(' data-country="US"');
    expect(code(b, 'tag')).to.not.contain('circles-page').and.to.not.contain('explainer');
    const pasted = new DOMParser().parseFromString(script, 'text/html').querySelector('script')!;
    const problems: string[] = [];
    const settings = parseConfigAttributes((n) => pasted.getAttribute(`data-${n}`), problems);
    expect(problems).to.deep.equal([]);
    expect(settings).to.include({ circlesPage: '/learning-circles?course={id}', explainer: true, country: 'US' });

    // shared: another widget keeps them
    const other = widgets.find((w) => !w.container && w.tag !== pick('circle-finder').tag);
    if (other) {
      q<HTMLInputElement>(b, `#widget-${other.tag}`)!.click();
      await b.updateComplete;
      expect(code(b, 'script')).to.contain(' data-circles-page="/learning-circles?course={id}"').and.to.match(/ data-explainer[ >]/);
    }
  });

  describe('the fallback link inside the tag goes to the right place on P2PU', () => {

    it("a finder: the team's circles when a team is set, else P2PU's search", async function () {
      const finder = widgets.find((w) => w.tag === 'circle-finder');
      if (!finder) this.skip();
      const b = await open('circle-finder');
      expect(linkOf(b)![1]).to.equal('https://www.p2pu.org/en/learning-circles/');
      await typeTeam(b, '1');
      expect(linkOf(b)![1]).to.equal('https://www.p2pu.org/en/learning-circles/?team_id=1');
      expect(linkOf(b)![2]).to.contain('P2PU');
      await waitUntil(
        () => stage(b).querySelector('circle-finder > a')?.getAttribute('href') === 'https://www.p2pu.org/en/learning-circles/?team_id=1',
        'the preview has the same link',
      );
      await typeTeam(b, 'twelve');
      expect(linkOf(b)![1], 'not a team number').to.equal('https://www.p2pu.org/en/learning-circles/');
    });

    it("a signup for one circle: the circle's own page, from the API's url", async function () {
      if (!widgets.some((w) => w.tag === 'circle-signup')) this.skip();
      const b = await open('circle-signup');
      await type(b, 'opt-circle-id', '4821');
      await waitUntil(() => linkOf(b)![1].includes('4821'), "the circle's page", { timeout: 5000 });
      const [, href, text] = linkOf(b)!;
      expect(new URL(href).origin, 'the page the API gave').to.equal(new URL(localApi.open).origin);
      expect(href).to.match(/\/signup\/[\w-]*4821\/$/);
      expect(text).to.equal('Sign up for this learning circle on P2PU');
      expect(q(b, '.fallback-note'), 'nothing to warn about').to.equal(null);
      await waitUntil(() => stage(b).querySelector('circle-signup > a')?.getAttribute('href') === href, 'preview link');

      // a circle the server does not know: P2PU's search, and the builder says so
      await type(b, 'opt-circle-id', '987654321');
      await waitUntil(() => q(b, '.fallback-note')?.textContent?.includes('could not be loaded'), 'the builder says so', {
        timeout: 5000,
      });
      expect(linkOf(b)![1]).to.equal('https://www.p2pu.org/en/learning-circles/');
      expect(q(b, '.fallback-note')!.textContent).to.contain('987654321');
      await expect(b).to.be.accessible();
    });

    it("a signup for one circle when the server cannot be reached: P2PU's search, and the builder says so", async function () {
      if (!widgets.some((w) => w.tag === 'circle-signup')) this.skip();
      const b = await open('circle-signup', faultyEndpoint('html500'));
      await type(b, 'opt-circle-id', '4821');
      await waitUntil(() => q(b, '.fallback-note')?.textContent?.includes('could not be loaded'), 'the builder says so', {
        timeout: 8000,
      });
      expect(linkOf(b)![1]).to.equal('https://www.p2pu.org/en/learning-circles/');
    });

    it("a join page that takes the circle from the address: P2PU's search for learning circles", async function () {
      if (!widgets.some((w) => w.tag === 'circle-signup')) this.skip();
      const b = await open('circle-signup');
      await type(b, 'opt-circle-id-param', 'circle');
      expect(linkOf(b)![1]).to.equal('https://www.p2pu.org/en/learning-circles/');
      expect(linkOf(b)![2]).to.equal('Choose a learning circle on P2PU');
      await typeTeam(b, '1');
      expect(linkOf(b)![1], 'still the search: any circle can come').to.equal('https://www.p2pu.org/en/learning-circles/');
    });
  });

  it("shows a finder's cards in the preview without scrolling inside it, and never overflows the page sideways", async function () {
    if (!widgets.some((w) => w.tag === 'circle-finder')) this.skip();
    const b = await open('circle-finder');
    await typeTeam(b, '1');
    const finder = () => stage(b).querySelector<HTMLElement>('circle-finder[team-id="1"]');
    const cards = () => [...(finder()?.shadowRoot?.querySelectorAll<HTMLElement>('.results circle-card') ?? [])];
    await waitUntil(() => cards().length > 0, "team 1's circles in the preview", { timeout: 8000 });
    await (finder() as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;

    const box = stage(b);
    expect(box.scrollTop, 'the preview was not scrolled').to.equal(0);
    const area = box.getBoundingClientRect();
    const visible = cards().filter((card) => {
      const r = card.getBoundingClientRect();
      return r.height > 0 && r.width > 0 && r.top >= area.top && r.bottom <= area.bottom && r.left >= area.left && r.right <= area.right;
    });
    expect(visible.length, 'a whole circle card within the preview, unscrolled').to.be.greaterThan(0);
    expect(box.scrollHeight, 'the preview grows with the widget: no scroll box').to.be.at.most(box.clientHeight + 1);
    expect(box.scrollWidth, 'nothing wider than the preview').to.be.at.most(box.clientWidth + 1);
    expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(window.innerWidth);

    // narrow, like a sidebar: the same
    q<HTMLInputElement>(b, '#narrow')!.click();
    await b.updateComplete;
    expect(box.getBoundingClientRect().width).to.be.at.most(320 + 40);
    expect(box.scrollWidth, 'nothing wider than the narrow preview').to.be.at.most(box.clientWidth + 1);
    expect(box.scrollHeight).to.be.at.most(box.clientHeight + 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });

  describe("says before pasting what signups will do on the librarian's site", () => {
    const verdict = (b: SnippetBuilder) => q(b, '#site-verdict')!.textContent!.replace(/\s+/g, ' ').trim();
    const signupState = (b: SnippetBuilder) =>
      stage(b).querySelector('circle-signup')?.shadowRoot?.querySelector('.widget')?.getAttribute('data-state');

    it('a site P2PU does not allow: a link-out preview, the tag unchanged, and the request to send P2PU', async function () {
      if (!widgets.some((w) => w.tag === 'circle-signup')) this.skip();
      this.timeout(30000); // three previews of a signup, each loading its circle
      const b = await open('circle-signup');
      // 4791 has no seat limit: other test files sign learners up for the seeded circles
      await type(b, 'opt-circle-id', '4791');
      await waitUntil(() => signupState(b) === 'form', 'before: the form (this builder may send signups)', { timeout: 8000 }).catch(
        (error: Error) => {
          throw new Error(`${error.message}; the preview's signup is "${signupState(b)}"`);
        },
      );

      await type(b, 'site-address', 'library.example.org/learn');
      expect(verdict(b)).to.contain('not from https://library.example.org');
      expect(verdict(b)).to.contain('Sign up on P2PU');
      // the preview shows what visitors of that site will see; the code they paste is the same
      await waitUntil(() => signupState(b) === 'link-out', 'the preview links out, as on the site', { timeout: 8000 });
      expect(stage(b).querySelector('circle-signup')!.hasAttribute('link-out')).to.equal(true);
      expect(code(b, 'tag')).to.not.contain('link-out');
      const request = code(b, 'request')!;
      expect(request).to.contain('\nhttps://library.example.org\n');
      expect(request).to.contain('CORS_ORIGIN_WHITELIST');
      expect(request).to.contain('https://library.example.org/learn');
      expect(q(b, '.site-preview')!.textContent).to.contain('As on https://library.example.org');
      await expect(b).to.be.accessible();

      // and as it will be once P2PU allows the site
      q<HTMLInputElement>(b, '#preview-as-site')!.click();
      await b.updateComplete;
      await waitUntil(() => signupState(b) === 'form', 'the form again', { timeout: 8000 });
      expect(q(b, '.site-preview')!.textContent).to.contain('once P2PU allows');
    });

    it("P2PU's own sites, a proxy on the site itself, another server, and an address that is none", async () => {
      const b = await open(pick('circle-finder').tag);
      await type(b, 'site-address', 'https://learn.p2pu.org/x');
      expect(verdict(b)).to.contain('P2PU accepts signups from pages on https://learn.p2pu.org');
      expect(q(b, '#code-request'), 'nothing to ask for').to.equal(null);

      await type(b, 'site-address', 'http://library.example.org');
      expect(verdict(b), 'http is refused too').to.contain('Sign up on P2PU');
      expect(verdict(b)).to.contain('https:// first');
      await type(b, 'site-address', 'https://library.example.org/learn');

      await type(b, 'opt-endpoint', 'https://library.example.org/p2pu');
      expect(verdict(b), 'a proxy on the same site').to.contain('on your own site');
      await type(b, 'opt-endpoint', 'https://circles.example.net');
      expect(verdict(b), "another server's rules are its own").to.contain("depends on that server's settings");

      await type(b, 'site-address', 'not a site');
      expect(verdict(b)).to.contain('is not a web address');
      expect(q(b, '#site-address')!.getAttribute('aria-invalid')).to.equal('true');
    });

    it("writes CSP sources on the librarian's own site as 'self', not those of the builder's address", async () => {
      const b = await open(pick('circle-finder').tag);
      b.scriptSrc = 'https://library.example.org/widgets/learning-circle-widgets.js';
      await b.updateComplete;
      expect(code(b, 'csp')).to.contain('script-src https://library.example.org ');
      await type(b, 'site-address', 'https://library.example.org/learn');
      expect(code(b, 'csp')).to.match(/^script-src 'self' /);
    });
  });

  it("finds the library's team by name and writes its number on the tag", async () => {
    const b = await open(pick('circle-finder').tag);
    const picker = q<HTMLElement & { updateComplete: Promise<unknown> }>(b, 'team-picker')!;
    const search = picker.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    search.focus();
    search.value = 'riverb';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const option = () => picker.shadowRoot!.querySelector<HTMLElement>('[role="option"]');
    await waitUntil(() => option()?.textContent?.includes('Riverbend Public Library'), 'the team is offered', { timeout: 5000 });
    expect(option()!.textContent, 'with its town and circles').to.match(/Riverbend[\s\S]*learning circles?/);
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await b.updateComplete;
    expect(code(b, 'tag')).to.match(/ team-id="1"[ >]/);
    expect(linkOf(b)![1]).to.equal('https://www.p2pu.org/en/learning-circles/?team_id=1');
  });

  it("offers the script beside the builder, jsDelivr's copy of this version, or any address", async () => {
    const b = await open(pick('circle-finder').tag);
    const own = 'https://widgets.example.org/lc/0.1.0/learning-circle-widgets.js';
    b.ownScriptSrc = own;
    b.scriptSrc = own;
    await b.updateComplete;
    expect(code(b, 'script')).to.contain(`src="${own}"`);
    const buttons = [...root(b).querySelectorAll<HTMLButtonElement>('.script-source button')];
    expect(buttons.map((x) => x.textContent!.trim())).to.deep.equal(['The copy beside this builder', `jsDelivr, version ${VERSION}`]);
    expect(buttons[0].getAttribute('aria-pressed')).to.equal('true');

    buttons[1].click();
    await b.updateComplete;
    expect(code(b, 'script')).to.contain(`src="https://cdn.jsdelivr.net/npm/@p2pu/learning-circle-widgets@${VERSION}/dist/learning-circle-widgets.js"`);
    expect(q<HTMLInputElement>(b, '#script-src')!.value).to.contain('cdn.jsdelivr.net');
    expect(buttons[1].getAttribute('aria-pressed')).to.equal('true');

    await type(b, 'script-src', 'https://library.example.org/js/learning-circle-widgets.js');
    expect(code(b, 'script')).to.contain('src="https://library.example.org/js/learning-circle-widgets.js"');
    await type(b, 'script-src', 'learning-circle-widgets.js');
    expect(q(b, '#script-src-error')!.textContent).to.contain('starting with https://');
    // emptied: back to the copy beside the builder
    await type(b, 'script-src', '');
    expect(code(b, 'script')).to.contain(`src="${own}"`);
    await expect(b).to.be.accessible();
  });

  it('says what to do when the manifest has no custom elements', async () => {
    const b = await fixture<SnippetBuilder>(
      html`<snippet-builder .manifest=${{ schemaVersion: '1.0.0', modules: [] }}></snippet-builder>`,
    );
    expect(q(b, '[role="alert"]')!.textContent).to.contain('npx cem analyze');
  });
});
