/**
 * Text from P2PU shown inside the library's sentences and lists keeps its direction to itself: an
 * override in a venue or a name (U+202E) must not reverse the words around it.
 */

/**
 * `text` without stray isolate ends or paragraph separators: either would end an isolate around it
 * (`<bdi>`, `dir="auto"`, {@link isolate}) early and let an override in it leak out. Its own
 * isolates are balanced, separators become spaces. Safe inside `<bdi>`.
 */
export function balanced(text: string): string {
  let open = 0;
  const inner = text.replace(/[\u2066-\u2069\u2029\u0085\u001c-\u001e]/g, (c) => {
    if (c === '\u2069') return open > 0 ? (open--, c) : '';
    if (c >= '\u2066' && c <= '\u2068') return (open++, c);
    return ' ';
  });
  return inner + '\u2069'.repeat(open);
}

/**
 * A value from the API inside a sentence or a list (a string, as `msg(str…)` builds): between First
 * Strong Isolate and Pop Directional Isolate (U+2068 … U+2069).
 */
export function isolate(text: string): string {
  return `\u2068${balanced(text)}\u2069`;
}

/** Whether `text` shows nothing: white space, zero-width characters and joiners, direction marks, controls. */
export function isBlank(text: string): boolean {
  return /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}]*$/u.test(text);
}

/** A language tag from the API as a `lang` attribute value (`pt-br` → `pt-BR`), or null when it is none. */
export function languageTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}
