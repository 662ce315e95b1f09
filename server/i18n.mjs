// Language handling of the local P2PU API: what Django's LocaleMiddleware,
// get_language_info() and the project's translations do for the API.

/** Languages the project ships translations for; anything else falls back to English. */
export const SUPPORTED_LANGUAGES = ['en', 'es', 'de', 'fi', 'fr', 'pl', 'pt', 'ro'];

/**
 * Subset of Django's django.conf.locale.LANG_INFO: code -> [name, name_local, bidi].
 * Codes missing here are "unknown to Django" and are dropped from /api/courses/languages/.
 */
export const LANG_INFO = {
  af: ['Afrikaans', 'Afrikaans', false],
  ar: ['Arabic', 'العربيّة', true],
  de: ['German', 'Deutsch', false],
  en: ['English', 'English', false],
  es: ['Spanish', 'español', false],
  fi: ['Finnish', 'suomi', false],
  fr: ['French', 'français', false],
  pl: ['Polish', 'polski', false],
  pt: ['Portuguese', 'Português', false],
  'pt-br': ['Brazilian Portuguese', 'Português Brasileiro', false],
  ro: ['Romanian', 'Română', false],
  sw: ['Swahili', 'Kiswahili', false],
  'zh-hans': ['Simplified Chinese', '简体中文', false],
};

// Django's catalogues capitalise language names in these languages.
const CAPITALISED = new Set(['en', 'es', 'fr', 'pt', 'ro', 'de']);

const AND = { en: 'and', es: 'y', de: 'und', fi: 'ja', fr: 'et', pl: 'i', pt: 'e', ro: 'și' };
const UNKNOWN = {
  en: 'Unknown', es: 'Desconocido', de: 'Unbekannt', fi: 'Tuntematon', fr: 'Inconnu',
  pl: 'Nieznany', pt: 'Desconhecido', ro: 'Necunoscut',
};

/**
 * Pick the active language the way LocaleMiddleware does for non-prefixed URLs:
 * django_language cookie, then Accept-Language (by q), then 'en'.
 * @param {import('node:http').IncomingHttpHeaders} headers
 */
export function pickLanguage(headers) {
  const cookie = String(headers.cookie ?? '');
  const m = /(?:^|;\s*)django_language=([^;]*)/.exec(cookie);
  if (m) {
    const lang = supportedVariant(decodeURIComponent(m[1]));
    if (lang) return lang;
  }
  const header = String(headers['accept-language'] ?? '');
  const entries = [];
  header.split(',').forEach((part, index) => {
    const [tag, ...params] = part.trim().split(';');
    if (!tag) return;
    let q = 1;
    for (const p of params) {
      const [k, v] = p.trim().split('=');
      if (k === 'q') q = Number(v);
    }
    if (!Number.isFinite(q) || q <= 0) return;
    entries.push({ tag: tag.trim(), q, index });
  });
  entries.sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of entries) {
    if (tag === '*') break;
    const lang = supportedVariant(tag);
    if (lang) return lang;
  }
  return 'en';
}

function supportedVariant(tag) {
  const code = tag.toLowerCase().replace('_', '-');
  if (SUPPORTED_LANGUAGES.includes(code)) return code;
  const generic = code.split('-')[0];
  if (SUPPORTED_LANGUAGES.includes(generic)) return generic;
  return null;
}

/** "Maya", "Maya and Tom", "Ana, Ben and Cleo"; "Unknown" when empty. */
export function joinNames(names, lang) {
  if (names.length === 0) return UNKNOWN[lang] ?? UNKNOWN.en;
  if (names.length === 1) return names[0];
  const and = AND[lang] ?? AND.en;
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/** @type {Map<string, Intl.DisplayNames>} */
const displayNames = new Map();

/** A language's name in the request language, as Django's translated LANG_INFO name. */
export function translatedLanguageName(code, lang) {
  const info = LANG_INFO[code];
  if (!info) return code;
  if (lang === 'en') return info[0];
  let dn = displayNames.get(lang);
  if (!dn) {
    dn = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' });
    displayNames.set(lang, dn);
  }
  let name;
  try {
    name = dn.of(Intl.getCanonicalLocales(code)[0]);
  } catch {
    name = undefined;
  }
  if (!name) return info[0];
  return CAPITALISED.has(lang) ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : name;
}

/** Django's get_language_info(): null for codes Django does not know. */
export function languageInfo(code, lang) {
  const info = LANG_INFO[code];
  if (!info) return null;
  return { bidi: info[2], code, name: info[0], name_local: info[1], name_translated: translatedLanguageName(code, lang) };
}
