/**
 * Widget configuration and its resolution order (design.md, "Configuration"): first hit wins,
 * the element's own attribute → the nearest <p2pu-config> ancestor → the global configuration
 * set by the script tag's data-* attributes → defaults.
 */

import { DEFAULT_ENDPOINT, isEndpointAllowed, normalizeEndpoint, type TransportMode } from '../api/index.js';
import { countryProblemText, parseCountry } from './country.js';
import { circlesPageProblemText, isCirclesPage } from './circles-page.js';

export type Transport = TransportMode;
export const TRANSPORTS: readonly Transport[] = ['auto', 'cors', 'jsonp'];

export interface WidgetConfig {
  /** Origin (or base URL) of the P2PU API; the API itself lives under `/api/`. */
  endpoint: string;
  /** Language for the widget's texts and dates; null means "from the page". */
  lang: string | null;
  /** The P2PU team whose circles a library shows; null means every team. */
  teamId: number | null;
  transport: Transport;
  /** Where the finder sends a learner to sign up; `{id}` is replaced by the circle id. */
  signupPage: string | null;
  privacyUrl: string;
  /**
   * The library's country, as an ISO 3166-1 alpha-2 code (`US`): the signup form preselects its
   * calling code for mobile numbers. null: no country is preselected (never guessed from the language).
   */
  country: string | null;
  /**
   * The library's own page of learning circles (its `<circle-finder>`), where "See learning circles
   * for this course" and the signup's "choose a learning circle" go; `{id}` is replaced by the
   * course id (src/config/circles-page.ts). null: P2PU's pages.
   */
  circlesPage: string | null;
  /** Show "What is a learning circle?" near the top of the finders and the signup. */
  explainer: boolean;
}

/** What one source (attributes, a provider, the script tag) says; unset keys fall through. */
export type ConfigSource = { [K in keyof WidgetConfig]?: WidgetConfig[K] | undefined };

export const PRODUCTION_ENDPOINT = DEFAULT_ENDPOINT;

export const DEFAULT_CONFIG: Readonly<WidgetConfig> = Object.freeze({
  endpoint: PRODUCTION_ENDPOINT,
  lang: null,
  teamId: null,
  transport: 'auto',
  signupPage: null,
  privacyUrl: 'https://www.p2pu.org/privacy/',
  country: null,
  circlesPage: null,
  explainer: false,
});

/** Attribute names shared by every widget, <p2pu-config> and the script tag (as data-*). */
export const CONFIG_ATTRIBUTES: Readonly<Record<keyof WidgetConfig, string>> = Object.freeze({
  endpoint: 'endpoint',
  lang: 'lang',
  teamId: 'team-id',
  transport: 'transport',
  signupPage: 'signup-page',
  privacyUrl: 'privacy-url',
  country: 'country',
  circlesPage: 'circles-page',
  explainer: 'explainer',
});

const KEYS = Object.keys(DEFAULT_CONFIG) as (keyof WidgetConfig)[];

/** Merges sources, most specific first; `undefined`, `null` and '' fall through to the next. */
export function resolveConfig(...sources: (ConfigSource | undefined)[]): WidgetConfig {
  const resolved = { ...DEFAULT_CONFIG } as Record<keyof WidgetConfig, unknown>;
  for (const key of KEYS) {
    for (const source of sources) {
      const value = source?.[key];
      if (value !== undefined && value !== null && value !== '') {
        resolved[key] = value;
        break;
      }
    }
  }
  return resolved as unknown as WidgetConfig;
}

/** The configuration keys, in one list for every widget, <p2pu-config> and the script tag. */
export const CONFIG_KEYS = Object.keys(CONFIG_ATTRIBUTES) as readonly (keyof WidgetConfig)[];

/**
 * Reads raw attribute text (from an element or a script tag's data-*) into a source.
 * Whitespace and quotes a CMS may add are trimmed; invalid values are left unset so the next
 * source applies, and `problems` collects what a page editor should be told.
 */
export function parseConfigAttributes(
  read: (attribute: string) => string | null | undefined,
  problems: string[] = [],
  options: ParseOptions = {},
): ConfigSource {
  return parseConfigValues((key) => read(CONFIG_ATTRIBUTES[key]), problems, options);
}

/**
 * The script tag's data-* attributes: the page owner's, so any endpoint is used (as
 * `parseConfigAttributes` with `trusted`, without the allow-list check, which the script-tag
 * loader then does not carry).
 */
export function parseTrustedConfigAttributes(
  read: (attribute: string) => string | null | undefined,
  problems: string[] = [],
): ConfigSource {
  return parseSettings((key) => read(CONFIG_ATTRIBUTES[key]), problems, null);
}

export interface ParseOptions {
  /**
   * The settings come from the page's owner (the script tag's data-*, JavaScript's
   * `setGlobalConfig`), so any endpoint is used. Default false: a widget tag or `<p2pu-config>`,
   * which whoever edits the page's content can write, may only name an endpoint the page allows
   * (`isEndpointAllowed`); any other is left unset, so the next source applies, and reported.
   */
  trusted?: boolean;
}

/** The page editor's words for an endpoint on a tag that the page does not allow. */
export function endpointNotAllowedText(endpoint: string): string {
  return `endpoint "${endpoint}" is not allowed on this page, so the widget uses the page's usual P2PU server instead. To allow it, add it to data-allowed-endpoints on the widgets' <script> tag`;
}

/** Whether the page allows an endpoint named on a tag; says why not in `problems`. */
function pageAllows(endpoint: string, problems: string[]): boolean {
  if (isEndpointAllowed(endpoint)) return true;
  problems.push(endpointNotAllowedText(endpoint));
  return false;
}

/**
 * Reads settings by key, whatever they came as: attribute text, or a property a script (or React)
 * set, string or number. The same rules as {@link parseConfigAttributes}.
 */
export function parseConfigValues(
  read: (key: keyof WidgetConfig) => unknown,
  problems: string[] = [],
  options: ParseOptions = {},
): ConfigSource {
  return parseSettings(read, problems, options.trusted ? null : pageAllows);
}

/** The rules of {@link parseConfigValues}; `allowed` decides on an endpoint (null: any). */
function parseSettings(
  read: (key: keyof WidgetConfig) => unknown,
  problems: string[],
  allowed: ((endpoint: string, problems: string[]) => boolean) | null,
): ConfigSource {
  const text = (key: keyof WidgetConfig) => {
    const value = read(key);
    return typeof value === 'string' || typeof value === 'number' ? cleanAttribute(String(value)) : '';
  };
  const source: ConfigSource = {};
  const endpoint = text('endpoint');
  if (endpoint) {
    const normalized = normalizeEndpoint(endpoint);
    if (!normalized) problems.push(`endpoint "${endpoint}" is not an http(s) address, such as ${PRODUCTION_ENDPOINT}`);
    else if (allowed === null || allowed(normalized, problems)) source.endpoint = normalized;
  }
  const lang = text('lang');
  if (lang) source.lang = lang;
  const teamId = text('teamId');
  if (teamId) {
    const parsed = parsePositiveInteger(teamId);
    if (parsed !== null) source.teamId = parsed;
    else problems.push(`team-id "${teamId}" is not a team number, such as 12`);
  }
  const transport = text('transport');
  if (transport) {
    const lower = transport.toLowerCase() as Transport;
    if (TRANSPORTS.includes(lower)) source.transport = lower;
    else problems.push(`transport "${transport}" must be one of ${TRANSPORTS.join(', ')}`);
  }
  const signupPage = text('signupPage');
  if (signupPage) source.signupPage = signupPage;
  const privacyUrl = text('privacyUrl');
  if (privacyUrl) source.privacyUrl = privacyUrl;
  const country = text('country');
  if (country) {
    const region = parseCountry(country);
    if (region !== null) source.country = region;
    else problems.push(countryProblemText(country));
  }
  const circlesPage = text('circlesPage');
  if (circlesPage) {
    if (isCirclesPage(circlesPage)) source.circlesPage = circlesPage;
    else problems.push(circlesPageProblemText(circlesPage));
  }
  const explainer = read('explainer');
  if (explainer !== undefined && explainer !== null) source.explainer = parseSwitch(explainer);
  return source;
}

/**
 * A setting that is on or off, as an HTML boolean attribute: present is on (`<circle-finder
 * explainer>`, `explainer="true"`, `"on"`), except `false`, `off` or `no`; or a boolean property.
 */
export function parseSwitch(value: unknown): boolean {
  return typeof value === 'boolean' ? value : !/^(false|off|no)$/i.test(cleanAttribute(String(value)));
}

/** Trims whitespace and the stray quotes CMS editors leave around pasted values. */
export function cleanAttribute(value: string | null | undefined): string {
  return (value ?? '').trim().replace(/^["'\u201c\u201d\u2018\u2019]+|["'\u201c\u201d\u2018\u2019]+$/g, '').trim();
}

export function parsePositiveInteger(value: string | number | null | undefined): number | null {
  const text = String(value ?? '').trim();
  if (!/^\d{1,12}$/.test(text)) return null;
  const n = Number(text);
  return n > 0 ? n : null;
}

/** Fills a signup page template; `{id}` is replaced, or `circle=<id>` appended when absent. */
export function signupPageUrl(template: string, circleId: number, base = globalThis.location?.href): string {
  const filled = template.includes('{id}')
    ? template.split('{id}').join(encodeURIComponent(String(circleId)))
    : (() => {
        const url = new URL(template, base);
        url.searchParams.set('circle', String(circleId));
        return url.href;
      })();
  return new URL(filled, base).href;
}
