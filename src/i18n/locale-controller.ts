import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { elementLanguage } from './locale.js';
import { textLocaleOf, useTextLocale } from './localization.js';

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
 */
export class LocaleController implements ReactiveController {
  /** The text language this widget last asked for. */
  private requested?: string;

  constructor(
    private readonly host: Host,
    private readonly configuredLang: () => string | null,
  ) {
    host.addController(this);
  }

  /** BCP 47 tag for Intl formatting (dates, numbers, language names), e.g. `es-PE`. */
  get locale(): string {
    return elementLanguage(this.host, this.configuredLang());
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchLangChanges();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  hostUpdate(): void {
    // Ask only when this widget's own language changed: two widgets in different languages would
    // otherwise switch the page's texts back and forth on every render.
    const wanted = textLocaleOf(this.host, this.configuredLang());
    if (wanted === this.requested) return;
    this.requested = wanted;
    void useTextLocale(wanted);
  }
}
