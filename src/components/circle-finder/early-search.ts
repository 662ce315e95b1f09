/**
 * For the script tag's early start (early-start.ts, dist/widgets/early/circle-finder.js): starts each `<circle-finder>`'s first
 * search while the finder's own code (Lit, the card, the filters) is still on its way, so the
 * answer downloads in parallel with the code instead of after it. The loader imports this small
 * module beside the finder's.
 *
 * The search is built from the page exactly as the finder builds it: the same config parser and
 * cascade (own attribute → enclosing `<p2pu-config>` → script tag), the same presets parser and
 * `firstSearch`, the same API core and search function. So both ask for the same URL, and the page-wide cache turns the
 * finder's request into a wait for this one (or a cache hit): one search, never two.
 */
import { getApiCore, searchCircles } from '../../api/index.js';
import { parseConfigAttributes, resolveConfig, type ConfigSource } from '../../config/config.js';
import { getGlobalConfig } from '../../config/global-config.js';
import { prepareCircleIcons } from '../../internal/circle-icon-sprite.js';
import { prepareFormatters } from '../../internal/format.js';
import { addressParams, firstSearch, parsePresets, toQuery } from './finder-state.js';

const TAG = 'circle-finder';
/** The finder's `url-prefix` when none is set (CircleFinder.defaultUrlPrefix). */
const DEFAULT_URL_PREFIX = 'lc_';
const ANY_DISTANCE_KM = 25;

/** What the enclosing `<p2pu-config>`s say, inner over outer (as each one provides it). */
function providedConfig(finder: Element): ConfigSource | undefined {
  const providers: Element[] = [];
  for (let el = finder.parentElement; el; el = el.parentElement) if (el.localName === 'p2pu-config') providers.unshift(el);
  if (providers.length === 0) return undefined;
  return providers.reduce<ConfigSource>((merged, el) => ({ ...merged, ...settingsOf(el) }), {});
}

function settingsOf(el: Element): ConfigSource {
  return parseConfigAttributes((name) => el.getAttribute(name));
}

/** The finder's first search (endpoint, transport and query), from its attributes and the page. */
export function earlySearchOf(finder: Element, href = location.href) {
  const attribute = (name: string) => finder.getAttribute(name) ?? undefined;
  const config = resolveConfig(settingsOf(finder), providedConfig(finder), getGlobalConfig());
  const presets = parsePresets({
    q: attribute('q'),
    city: attribute('city'),
    topics: attribute('topics'),
    online: attribute('online'),
    order: attribute('order'),
    filters: attribute('filters'),
    pageSize: attribute('page-size'),
    courseId: attribute('course-id'),
  });
  const prefix = (attribute('url-prefix') ?? '').trim() || DEFAULT_URL_PREFIX;
  const params = addressParams(href, prefix, finder.hasAttribute('sync-url'));
  // The distance only matters with "near me", which never starts a search: any will do (and
  // working out the page's default costs time this early start is there to save).
  const state = firstSearch(presets, params, ANY_DISTANCE_KM);
  return {
    endpoint: config.endpoint,
    transport: config.transport,
    query: toQuery(state, { teamId: config.teamId, limit: presets.pageSize }),
    lang: config.lang,
  };
}

/**
 * The finder's language, about as it works it out (its script tag's `data-lang`, its own `lang`
 * or an ancestor's), for its formatters; a tag spelled otherwise than the finder spells it only
 * makes them twice, which costs little once ICU has started.
 */
const languageOf = (finder: Element, configured: string | null) =>
  finder.closest('[lang]:not(html)')?.getAttribute('lang') || configured || document.documentElement.lang || 'en';

/**
 * Starts the first search of every finder on the page whose code has not run yet, then makes the
 * cards' icons and (a task each) the formatters its first cards will use, in the finder's language.
 */
export function startEarlySearches(doc: Document = document): void {
  if (customElements.get(TAG)) return;
  const locales = new Set<string>();
  for (const finder of doc.querySelectorAll(TAG)) {
    try {
      const { endpoint, transport, query, lang } = earlySearchOf(finder);
      // The finder reports any failure itself when it asks: nothing to say here.
      searchCircles(getApiCore({ endpoint, transport }), query).catch(() => undefined);
      locales.add(languageOf(finder, lang));
    } catch {
      // an unusable endpoint: the finder explains it once its code runs
    }
  }
  if (locales.size === 0) return;
  // the cards' icons (one SVG document to make) and formatters, while the answer is on its way
  prepareCircleIcons();
  for (const locale of locales) prepareFormatters(locale);
}
