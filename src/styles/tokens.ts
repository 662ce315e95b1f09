/**
 * The global design tokens: the `--p2pu-*` custom properties that `hostStyles` (./host.ts) reads, so
 * every widget that uses `hostStyles` takes them. This list is the one place a token is documented:
 *
 * - the custom-elements manifest plugin (scripts/design-tokens.mjs) adds each token to the
 *   `cssProperties` of every such widget in custom-elements.json, and so to docs/reference.md;
 *   components do not repeat them as `@cssprop` (a token only one widget reads stays its own `@cssprop`);
 * - `npm run docs` writes the token table of docs/theming.md from it;
 * - scripts/design-tokens.test.mjs fails when host.ts, this list, custom-elements.json,
 *   docs/reference.md and docs/theming.md disagree about the tokens or their defaults.
 *
 * Adding a token: read it in host.ts (`var(--p2pu-…, fallback)`), add it here, run `npm run docs`.
 *
 * Documentation only: nothing at runtime imports this module, so the widgets' bundles do not carry it.
 * It must stay plain data without imports (the manifest plugin compiles it on its own).
 */
export interface DesignToken {
  /** The custom property a page sets. */
  readonly name: `--p2pu-${string}`;
  /** What it colours or sets, in words for a librarian: lower case, no full stop. */
  readonly description: string;
  /**
   * The fallback host.ts gives it, exactly as written there (`#0b5f68`, `1em`). Absent when the
   * default is computed from another token; `defaultNote` then says how.
   */
  readonly default?: string;
  /** The default in words: after `default` as a gloss ("teal"), or instead of it when computed. */
  readonly defaultNote?: string;
}

export const designTokens: readonly DesignToken[] = [
  {
    name: '--p2pu-color-brand',
    description: 'buttons, selected tabs and filters, placeholder images; links and the focus ring follow it',
    default: '#0b5f68',
    defaultNote: 'teal',
  },
  {
    name: '--p2pu-color-on-brand',
    description: 'text on the brand colour',
    defaultNote: 'black or white, whichever is readable on your brand colour',
  },
  {
    name: '--p2pu-color-link',
    description: 'links and the keyboard focus ring',
    defaultNote: 'your brand colour, darkened when it is too light to read on white',
  },
  { name: '--p2pu-color-text', description: 'body text', default: '#1d2428' },
  // at least 4.5:1 on the surface, like every text colour
  { name: '--p2pu-color-text-muted', description: 'secondary text', default: '#4f5b62' },
  { name: '--p2pu-color-surface', description: 'card and panel background', default: '#ffffff' },
  { name: '--p2pu-color-surface-alt', description: 'chips, skeletons, subtle backgrounds', default: '#eef2f3' },
  // at least 3:1 on the surface (WCAG non-text contrast)
  { name: '--p2pu-color-border', description: 'card and field borders', default: '#7d8a91' },
  { name: '--p2pu-color-danger', description: 'errors, "full"', default: '#b3261e' },
  { name: '--p2pu-color-success', description: 'confirmations, "signup open"', default: '#1b6b3a' },
  { name: '--p2pu-radius', description: 'corner roundness', default: '8px' },
  { name: '--p2pu-space', description: 'base spacing', default: '1em' },
  { name: '--p2pu-font', description: 'font family', default: 'inherit', defaultNote: "your site's font" },
];
