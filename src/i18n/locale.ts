/**
 * Which language a widget speaks: its own `lang` → the nearest `[lang]` ancestor (crossing shadow
 * roots) → the script tag's `data-lang` → `<html lang>` → English. Intl formatting keeps the full
 * tag (`es-PE` formats dates the Peruvian way); texts fall back along `es-PE` → `es` → `en`.
 */

import { allLocales } from '../generated/locale-codes.js';

/** The languages our texts are translated into: P2PU's, and Arabic (lit-localize.json). */
export const SUPPORTED_LOCALES = allLocales;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** The language tag that applies to an element, before any fallback to supported texts. */
export function elementLanguage(el: Element, configuredLang?: string | null): string {
  const own = el.getAttribute('lang')?.trim();
  if (own) return canonical(own);
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element) {
      if (node === document.documentElement) break;
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return canonical(lang);
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = null;
    }
  }
  if (configuredLang?.trim()) return canonical(configuredLang);
  const page = document.documentElement.getAttribute('lang')?.trim();
  return page ? canonical(page) : 'en';
}

/** The supported text language for a tag: exact, then its base language, then English. */
export function textLocale(tag: string): SupportedLocale {
  const lower = tag.toLowerCase();
  const base = lower.split('-')[0];
  return (SUPPORTED_LOCALES.find((l) => l === lower) ?? SUPPORTED_LOCALES.find((l) => l === base) ?? 'en');
}

/**
 * The tag a widget formats dates and numbers in: its own language when we have its texts (`es-PE`
 * keeps Peruvian formats with Spanish texts), else English. A language we do not translate (Arabic)
 * is English throughout, left to right: never English words inside Arabic dates and digits.
 */
export function formatLocale(tag: string): string {
  const texts = textLocale(tag);
  return texts === tag.toLowerCase().split('-')[0] ? tag : texts;
}

// Every card of a finder asks for its language several times an update: ask Intl once per tag.
const canonicalTags = new Map<string, string>();

/** A tag Intl accepts (`pt_BR` → `pt-BR`); unusable tags become English. */
export function canonical(tag: string): string {
  let found = canonicalTags.get(tag);
  if (found === undefined) {
    try {
      found = Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? 'en';
    } catch {
      found = 'en';
    }
    canonicalTags.set(tag, found);
  }
  return found;
}

/** Right-to-left scripts, for `dir` on a widget whose language is RTL. */
export function isRightToLeft(tag: string): boolean {
  return /^(ar|he|fa|ur|ps|sd|ug|yi|dv|ckb)(-|$)/i.test(tag);
}
