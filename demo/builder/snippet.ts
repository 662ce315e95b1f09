/**
 * The text the snippet builder hands a librarian: the script line, the element tag, an optional
 * style block with colours, and the Content Security Policy a site needs. Pure functions (no DOM),
 * so they are easy to test and reuse.
 *
 * Every part is one line (CMS editors re-wrap and "fix" multi-line HTML), attributes are
 * double-quoted and HTML-escaped, and nothing goes into a `style=""` attribute (strict CSPs refuse
 * inline styles and many CMSs strip them).
 */
import { DEFAULT_ENDPOINT } from '../../src/api/index.js';
import type { OptionSpec, WidgetSpec } from './manifest.js';

/** Production P2PU. */
export const PRODUCTION_ENDPOINT = DEFAULT_ENDPOINT;

/** The script URL on jsDelivr for a version of the package. */
export function cdnScriptUrl(version: string): string {
  return `https://cdn.jsdelivr.net/npm/@p2pu/learning-circle-widgets@${version}/dist/learning-circle-widgets.js`;
}

/**
 * The exact version a script address pins (`…/@p2pu/learning-circle-widgets@0.1.0/dist/learning-circle-widgets.js`
 * on jsDelivr or unpkg), or null: a moving version (`@0`, `@latest`, none) or another file can carry
 * no Subresource Integrity, because what it serves changes.
 */
export function pinnedVersion(src: string): string | null {
  const pinned =
    /^https:\/\/[^/?#]+(?:\/npm)?\/@p2pu\/learning-circle-widgets@(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\/dist\/learning-circle-widgets\.js$/;
  return pinned.exec(src)?.[1] ?? null;
}

/** Where the hashes of a pinned script are published: `integrity.json` beside it (`npm run build` writes it). */
export function integrityJsonUrl(src: string): string | null {
  return pinnedVersion(src) ? src.replace(/[^/]+$/, 'integrity.json') : null;
}

/**
 * The `integrity` value for the script at `src`, read from that version's `integrity.json`. Null
 * unless the file is for exactly that version and holds a well-formed sha384 of the loader: a wrong
 * value would block the widgets, so anything doubtful gives no `integrity` at all.
 */
export function integrityFrom(json: unknown, src: string): string | null {
  const version = pinnedVersion(src);
  if (!version || typeof json !== 'object' || json === null) return null;
  const { version: forVersion, files } = json as { version?: unknown; files?: Record<string, unknown> };
  const hash = typeof files === 'object' && files !== null ? files['learning-circle-widgets.js'] : undefined;
  return forVersion === version && typeof hash === 'string' && /^sha384-[A-Za-z0-9+/]{64}$/.test(hash) ? hash : null;
}

/** An option's value: text, a checkbox state, or null for "not set". */
export type OptionValue = string | boolean | null;
export type Values = Record<string, OptionValue>;

/** Escapes text for a double-quoted attribute value or element content. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One line, no control characters, trimmed. */
export function cleanValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The attributes an option contributes, as `[name, value]` (`true` for a bare boolean attribute).
 * Unset values and the element's defaults are left out.
 */
export function optionAttribute(option: OptionSpec, value: OptionValue | undefined): [string, string | true] | null {
  if (value === undefined || value === null) return null;
  if (option.kind === 'checkbox') {
    const on = value === true || value === 'true';
    const defaultOn = option.default === 'true';
    if (on === defaultOn) return null;
    return on ? [option.name, true] : null; // a boolean attribute that defaults to on cannot be turned off
  }
  const text = cleanValue(String(value));
  if (option.kind === 'multi') {
    // null means absent (every choice); an empty list is meaningful (`filters=""`: none)
    return [option.name, text];
  }
  if (text === '' || text === option.default) return null;
  return [option.name, text];
}

/** The element's attributes for the chosen values, in option order. */
export function tagAttributes(widget: WidgetSpec, values: Values): [string, string | true][] {
  const out: [string, string | true][] = [];
  for (const option of widget.options) {
    if (option.placement !== 'tag') continue;
    const attr = optionAttribute(option, values[option.name]);
    if (attr) out.push(attr);
  }
  return out;
}

/**
 * The page settings for the script line, as `[data-name, value]` (`true` for a switch that is on,
 * written bare: `data-explainer`); the endpoint is always given.
 */
export function scriptSettings(widget: WidgetSpec, values: Values): [string, string | true][] {
  const out: [string, string | true][] = [];
  const endpoint = cleanValue(String(values.endpoint ?? '')) || PRODUCTION_ENDPOINT;
  out.push(['data-endpoint', endpoint]);
  for (const option of widget.options) {
    if (option.placement !== 'script' || option.name === 'endpoint') continue;
    const attr = optionAttribute(option, values[option.name]);
    if (attr) out.push([`data-${option.name}`, attr[1]]);
  }
  return out;
}

function attributeText([name, value]: [string, string | true]): string {
  return value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
}

export interface ScriptOptions {
  src: string;
  /** `type="module"` instead of `defer` (the demo site loads the widgets from source). */
  module?: boolean;
  /** Subresource Integrity of the script (`sha384-…`), written with `crossorigin="anonymous"`. */
  integrity?: string | null;
}

/** `<script src="…" integrity="…" crossorigin="anonymous" data-endpoint="…" defer></script>` */
export function scriptLine(script: ScriptOptions, settings: [string, string | true][]): string {
  const src =
    attributeText(['src', script.src]) +
    (script.integrity ? attributeText(['integrity', script.integrity]) + attributeText(['crossorigin', 'anonymous']) : '');
  const data = settings.map(attributeText).join('');
  return script.module
    ? `<script type="module"${src}${data}></script>`
    : `<script${src}${data} defer></script>`;
}

export interface FallbackLink {
  href: string;
  text: string;
}

/** P2PU's search for learning circles (www.p2pu.org), where the widgets themselves send a visitor with nowhere else to go. */
export const P2PU_CIRCLE_SEARCH = 'https://www.p2pu.org/en/learning-circles/';

/**
 * P2PU's learning-circle search showing one team's circles.
 *
 * A team has a `page_slug` in the API (`/api/teams/<id>/`), but neither the API documentation nor
 * the recorded answers say at which public address a team's page lives (the team pages of
 * www.p2pu.org are generated by its Jekyll site, under no documented pattern), so a slug cannot be
 * turned into a link we know works. The search page is documented to read its filters from its
 * address, `team_id` among them (it keeps `q, topics, weekdays, city, signup, team_id, order, …`:
 * the project's notes on P2PU's reference client, "URL state sync"; P2PU's own team pages give the
 * search `team_id` too), so `?team_id=<id>` shows the team's circles and needs no lookup.
 */
export function p2puTeamCircles(teamId: string): string {
  return `${P2PU_CIRCLE_SEARCH}?team_id=${encodeURIComponent(teamId)}`;
}

/** A circle's own page on P2PU, from what the API returned for it (`url`): only an absolute http(s) address. */
export function circlePageUrl(url: unknown): string | null {
  if (typeof url !== 'string' || cleanValue(url) !== url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** What the builder knows beyond the chosen values: the circle's page, once it has fetched the circle. */
export interface FallbackContext {
  /** `url` of the chosen `circle-id`'s circle from the API; null or absent when unknown. */
  circleUrl?: string | null;
}

/** A number the widgets accept as an id (`circle-id`, `team-id`, `course-id`), or null. */
export function idValue(value: OptionValue | undefined): string | null {
  const text = cleanValue(String(value ?? ''));
  return /^\d{1,12}$/.test(text) ? text : null;
}

/**
 * What a visitor sees when scripts are blocked or fail: a link to the same thing on P2PU. It sits
 * inside the tag; the widget does not show it once it runs.
 *
 * - a course card: the course's page; the course finder: P2PU's courses;
 * - a signup page that takes its circle from the address (`circle-id-param`): P2PU's search, where
 *   any circle can be chosen;
 * - a signup or card for one circle (`circle-id`): that circle's page on P2PU, its `url` from the
 *   API (`context.circleUrl`), when the builder could fetch it; else P2PU's search;
 * - a finder: the team's circles on P2PU when a team is set ({@link p2puTeamCircles}), else the search.
 *
 * English, as the rest of the builder.
 */
export function fallbackLink(widget: WidgetSpec, values: Values, context: FallbackContext = {}): FallbackLink | null {
  if (widget.container) return null;
  if (/course/.test(widget.tag)) {
    const id = idValue(values['course-id']);
    if (id) {
      return { href: `${PRODUCTION_ENDPOINT}/en/course/${id}/`, text: 'See this course on P2PU' };
    }
    return { href: 'https://www.p2pu.org/en/courses/', text: 'Browse free courses on P2PU' };
  }
  const offers = (name: string) => widget.options.some((o) => o.name === name);
  const signup = /signup/.test(widget.tag);
  if (offers('circle-id-param') && cleanValue(String(values['circle-id-param'] ?? '')) !== '') {
    return { href: P2PU_CIRCLE_SEARCH, text: 'Choose a learning circle on P2PU' };
  }
  if (offers('circle-id') && idValue(values['circle-id'])) {
    const url = circlePageUrl(context.circleUrl);
    if (url) {
      return { href: url, text: signup ? 'Sign up for this learning circle on P2PU' : 'See this learning circle on P2PU' };
    }
    return { href: P2PU_CIRCLE_SEARCH, text: 'Find a learning circle on P2PU' };
  }
  const team = idValue(values['team-id']);
  if (!signup && team) return { href: p2puTeamCircles(team), text: 'See our learning circles on P2PU' };
  return { href: P2PU_CIRCLE_SEARCH, text: 'Find a learning circle on P2PU' };
}

/** `<circle-finder team-id="12"><a href="…">Find a learning circle on P2PU</a></circle-finder>` */
export function elementTag(widget: WidgetSpec, values: Values, context: FallbackContext = {}): string {
  const attrs = tagAttributes(widget, values).map(attributeText).join('');
  const link = fallbackLink(widget, values, context);
  const inner = link ? `<a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>` : '';
  return `<${widget.tag}${attrs}>${inner}</${widget.tag}>`;
}

/** The colour tokens that differ from the element's defaults, as `[name, #rrggbb]`. */
export function changedColours(widget: WidgetSpec, colours: Record<string, string>): [string, string][] {
  const out: [string, string][] = [];
  for (const spec of widget.colours) {
    const value = (colours[spec.name] ?? '').toLowerCase();
    // only #rrggbb: nothing typed can close the rule or the <style> element
    if (/^#[0-9a-f]{6}$/.test(value) && value !== spec.default) out.push([spec.name, value]);
  }
  return out;
}

/** `<style>circle-finder { --p2pu-color-brand: #7a2e8e; }</style>`, or null when nothing changed. */
export function styleBlock(widget: WidgetSpec, colours: Record<string, string>): string | null {
  const changed = changedColours(widget, colours);
  if (!changed.length) return null;
  return `<style>${cssRule(widget.tag, changed)}</style>`;
}

/** The rule alone, for a CMS's "custom CSS" setting. */
export function cssRule(tag: string, changed: [string, string][]): string {
  return `${tag} { ${changed.map(([name, value]) => `${name}: ${value};`).join(' ')} }`;
}

export interface CspInput {
  scriptSrc: string;
  endpoint: string;
  transport: string;
  /** The address the page is at (to tell same-origin sources, written `'self'`). */
  pageUrl?: string;
  /** A map's `tile-url` template, whose host must be in `img-src` once the street map is shown. */
  tileUrl?: string | null;
}

export interface Csp {
  scriptSrc: string[];
  connectSrc: string[];
  imgSrc: string[];
  /** The policy directives, one line. */
  text: string;
  apiHost: string;
  scriptHost: string;
  /** The map tiles' source in `img-src`, when a map has a `tile-url`. */
  tileHost: string | null;
}

function sourceOf(url: string, pageUrl: string | undefined): string {
  let parsed: URL;
  try {
    parsed = new URL(url, pageUrl);
  } catch {
    return url;
  }
  if (pageUrl && parsed.origin === new URL(pageUrl).origin) return "'self'";
  return parsed.origin;
}

/**
 * The CSP sources a site needs: the script's host (and the API host when GET requests may use
 * JSONP, `auto` or `jsonp`) in `script-src`, the API host in `connect-src` (fetch, the signup),
 * and in `img-src` (circle and course images come from the API host's /media/; `data:` for inline
 * placeholders).
 */
export function cspFor({ scriptSrc, endpoint, transport, pageUrl, tileUrl }: CspInput): Csp {
  const scriptHost = sourceOf(scriptSrc, pageUrl);
  const apiHost = sourceOf(cleanValue(endpoint) || PRODUCTION_ENDPOINT, pageUrl);
  const jsonp = transport !== 'cors';
  const unique = (list: string[]) => [...new Set(list)];
  const scriptSources = unique(jsonp ? [scriptHost, apiHost] : [scriptHost]);
  const connectSources = [apiHost];
  const tileHost = tileUrl ? tileSource(tileUrl, pageUrl) : null;
  const imgSources = unique([apiHost, 'data:', ...(tileHost ? [tileHost] : [])]);
  const text = [
    `script-src ${scriptSources.join(' ')}`,
    `connect-src ${connectSources.join(' ')}`,
    `img-src ${imgSources.join(' ')}`,
  ].join('; ');
  return { scriptSrc: scriptSources, connectSrc: connectSources, imgSrc: imgSources, text, apiHost, scriptHost, tileHost };
}

/**
 * The CSP source of a tile address template: its origin, with a `{s}` subdomain as a wildcard
 * (`https://{s}.tile.example.org/{z}/{x}/{y}.png` → `https://*.tile.example.org`); null when it is
 * no http(s) template.
 */
function tileSource(template: string, pageUrl: string | undefined): string | null {
  const trimmed = template.trim();
  if (!/\{z\}/.test(trimmed) || !/\{x\}/.test(trimmed) || !/\{y\}/.test(trimmed)) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed.replace(/\{s\}/g, 'subdomain').replace(/\{[zxyr]\}/g, '0'));
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (pageUrl && parsed.origin === new URL(pageUrl).origin) return "'self'";
  return trimmed.includes('{s}') ? parsed.origin.replace('subdomain.', '*.') : parsed.origin;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour a widget shows for a token the widgets compute (no fixed default), as the builder
 * previews it: text on the brand is black or white, whichever reads better; links are the brand
 * colour, darkened until they read on the background (as src/styles/host.ts does with OKLCH).
 */
export function derivedColour(name: string, colours: Record<string, string>): string {
  const brand = colours['--p2pu-color-brand'] ?? '#0b5f68';
  if (name === '--p2pu-color-on-brand') {
    return contrastRatio('#000000', brand) >= contrastRatio('#ffffff', brand) ? '#000000' : '#ffffff';
  }
  const surface = colours['--p2pu-color-surface'] ?? '#ffffff';
  let link = brand;
  for (let step = 0; step < 20 && contrastRatio(link, surface) < 4.5; step++) link = darker(link);
  return link;
}

function darker(hex: string): string {
  const channel = (i: number) => Math.round(parseInt(hex.slice(i, i + 2), 16) * 0.9).toString(16).padStart(2, '0');
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}
