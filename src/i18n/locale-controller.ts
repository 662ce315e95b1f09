import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { elementLanguage, formatLocale, textLocale, type SupportedLocale } from './locale.js';
import { loadTexts, textsLoaded } from './localization.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected widget, re-rendered when any `lang` on the page changes. */
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function watchLangChanges() {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const host of hosts) host.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Keeps a widget speaking the language that applies to it: `lang` on the element or an ancestor,
 * the script tag's `data-lang`, or `<html lang>`; switching any of them at run time re-renders it.
 * Each widget has its own language, so widgets in different languages can share a page.
 */
export class LocaleController implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly configuredLang: () => string | null,
  ) {
    host.addController(this);
  }

  /**
   * BCP 47 tag for Intl formatting (dates, numbers, language names), e.g. `es-PE`; English when the
   * language has no translation, so texts and formats never mix.
   */
  get locale(): string {
    return formatLocale(elementLanguage(this.host, this.configuredLang()));
  }

  /** The language of this widget's texts: `es` for `es-PE`, English when we do not translate it. */
  get textLocale(): SupportedLocale {
    return textLocale(elementLanguage(this.host, this.configuredLang()));
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchLangChanges();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  hostUpdate(): void {
    // Until its texts arrive the widget speaks English; then it updates once more in its language.
    const wanted = this.textLocale;
    if (!textsLoaded(wanted)) {
      void loadTexts(wanted).then(() => {
        if (this.textLocale === wanted) this.host.requestUpdate();
      });
    }
  }
}
