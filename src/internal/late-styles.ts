import type { CSSResult } from 'lit';

/**
 * Adds styles that arrive after a widget was created (with code loaded on demand) to its shadow
 * root. Lit adopts a widget's static `styles` once, when it creates the root; these go the same
 * way, as constructable style sheets (CSP-safe: no `<style>` element, nothing global). Where the
 * browser cannot adopt sheets the controls keep the shared control styles, only this layout is missing.
 */
export function adoptLateStyles(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (!sheet || !('adoptedStyleSheets' in root) || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
