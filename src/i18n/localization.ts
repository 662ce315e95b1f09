import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { elementLanguage, textLocale, type SupportedLocale } from './locale.js';

/**
 * The widgets' texts (@lit/localize, runtime mode). Each language is its own lazily loaded module,
 * so an English page downloads no translations. @lit/localize has one text language per page: the
 * language of the widget whose language was set most recently (in practice, the page's).
 */
// Literal specifiers, so every bundler and dev server sees each language as its own chunk.
const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  af: () => import('../generated/locales/af.js'),
  de: () => import('../generated/locales/de.js'),
  es: () => import('../generated/locales/es.js'),
  fi: () => import('../generated/locales/fi.js'),
  fr: () => import('../generated/locales/fr.js'),
  pl: () => import('../generated/locales/pl.js'),
  pt: () => import('../generated/locales/pt.js'),
  ro: () => import('../generated/locales/ro.js'),
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
});

export { getLocale };

let wanted: SupportedLocale = sourceLocale;

/** Switches the page's widget texts to `locale` (no-op when it already is, or is on its way). */
export function useTextLocale(locale: SupportedLocale): Promise<void> {
  if (locale === wanted) return Promise.resolve();
  wanted = locale;
  return setLocale(locale).catch((error: unknown) => {
    console.warn(`[learning-circle-widgets] could not load the "${locale}" texts; showing English.`, error);
    wanted = sourceLocale;
    return setLocale(sourceLocale);
  });
}

/** The text language an element should speak, from its own lang up to the page's. */
export function textLocaleOf(el: Element, configuredLang?: string | null): SupportedLocale {
  return textLocale(elementLanguage(el, configuredLang));
}
