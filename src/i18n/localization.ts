import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { TemplateMap } from '@lit/localize';
import { sourceLocale } from '../generated/locale-codes.js';
import type { SupportedLocale } from './locale.js';

/**
 * The widgets' texts. `msg()` calls are extracted and translated by @lit/localize, and each language is
 * its own lazily loaded module, so an English page downloads no translations. Unlike @lit/localize's
 * runtime mode (one text language for the whole page), every widget speaks its own language: a Spanish
 * finder beside an English one on a bilingual page. `msg()` answers in the language of the widget that
 * is updating now ({@link speakIn}); widgets update one at a time, synchronously.
 */
type TargetLocale = Exclude<SupportedLocale, 'en'>;

// Literal specifiers, so every bundler and dev server sees each language as its own chunk.
const loaders: Record<TargetLocale, () => Promise<{ templates: TemplateMap }>> = {
  af: () => import('../generated/locales/af.js'),
  ar: () => import('../generated/locales/ar.js'),
  de: () => import('../generated/locales/de.js'),
  es: () => import('../generated/locales/es.js'),
  fi: () => import('../generated/locales/fi.js'),
  fr: () => import('../generated/locales/fr.js'),
  pl: () => import('../generated/locales/pl.js'),
  pt: () => import('../generated/locales/pt.js'),
  ro: () => import('../generated/locales/ro.js'),
};

/** Loaded translations by language; English (the source) needs none. */
const catalogues = new Map<SupportedLocale, TemplateMap | undefined>([[sourceLocale, undefined]]);
const loading = new Map<SupportedLocale, Promise<void>>();
let speaking: SupportedLocale = sourceLocale;

_installMsgImplementation(((template, options) =>
  runtimeMsg(catalogues.get(speaking), template, options)) as Parameters<typeof _installMsgImplementation>[0]);

/** Runs `speak` with `msg()` answering in `locale` (English until that language's texts have loaded). */
export function speakIn<T>(locale: SupportedLocale, speak: () => T): T {
  const before = speaking;
  speaking = locale;
  try {
    return speak();
  } finally {
    speaking = before;
  }
}

/** Whether `locale`'s texts are here, so a widget in that language shows no English. */
export function textsLoaded(locale: SupportedLocale): boolean {
  return catalogues.has(locale);
}

/**
 * Loads `locale`'s texts once for the page. When they cannot load (offline, a blocked chunk), the
 * widget stays in English, the whole of it, and the console says why.
 */
export function loadTexts(locale: SupportedLocale): Promise<void> {
  let pending = loading.get(locale);
  if (!pending) {
    const load = loaders[locale as TargetLocale];
    pending = load
      ? load().then(
          (module) => void catalogues.set(locale, module.templates),
          (error: unknown) => {
            console.warn(`[learning-circle-widgets] could not load the "${locale}" texts; showing English.`, error);
            catalogues.set(locale, undefined);
          },
        )
      : Promise.resolve();
    loading.set(locale, pending);
  }
  return pending;
}
