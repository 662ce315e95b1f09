import { css } from 'lit';

/**
 * Design tokens and the base every widget starts from. Host pages leak inherited text properties
 * (line-height: 3, letter-spacing, text-align: center, uppercase headings…) into shadow roots, so the
 * host resets them; the font is inherited on purpose so a widget reads as part of the library's site.
 * Sizes are in em/px, never rem (hosts set html{font-size:62.5%}).
 *
 * The --p2pu-* tokens read below (set them on the element or any ancestor) are documented once, in
 * ./tokens.ts: a token read here must be listed there with the same default (scripts/design-tokens.test.mjs).
 */
export const hostStyles = css`
  :host {
    --_brand: var(--p2pu-color-brand, #0b5f68);
    /* A library's brand colour can be light or dark: unless told otherwise, text on it is white on
       dark brands and black on light ones (OKLCH lightness 0.57 is where both reach about 4.5:1). */
    --_on-brand: var(--p2pu-color-on-brand, oklch(from var(--_brand) clamp(0, (0.57 - l) * 1000, 1) 0 0));
    /* Links and the focus ring are thin: a light brand colour (yellow, pastel) is darkened for them
       so they stay readable on the default white surface. Dark pages set --p2pu-color-link. */
    --_link: var(--p2pu-color-link, oklch(from var(--_brand) min(l, 0.52) c h));
    --_text: var(--p2pu-color-text, #1d2428);
    --_muted: var(--p2pu-color-text-muted, #4f5b62);
    --_surface: var(--p2pu-color-surface, #ffffff);
    --_surface-alt: var(--p2pu-color-surface-alt, #eef2f3);
    --_border: var(--p2pu-color-border, #7d8a91);
    --_danger: var(--p2pu-color-danger, #b3261e);
    --_success: var(--p2pu-color-success, #1b6b3a);
    --_radius: var(--p2pu-radius, 8px);
    --_space: var(--p2pu-space, 1em);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--p2pu-font, inherit);
    font-size: inherit;
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  form {
    /* quirks-mode pages give forms a bottom margin */
    margin: 0;
  }
  :focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * Buttons that look the same whatever global `button` styles the host page has: `.button` (filled;
 * `.secondary` outlined; with `aria-expanded` a toggle that opens a panel, such as "Filters"; on a
 * `<span>`, a card's call to action inside the card's link) and `.link-button`, a button that reads
 * as a link ("Clear all", "Try again" beside a hint); `.link` gives an `<a>` the same look.
 */
export const buttonStyles = css`
  .button {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: 44px;
    padding: 0.5em 1.1em;
    border: 2px solid var(--_brand);
    border-radius: var(--_radius);
    background: var(--_brand);
    color: var(--_on-brand);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover {
    filter: brightness(1.1);
  }
  .button:focus-visible,
  .link-button:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 2px;
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_link);
  }
  /* a button that shows and hides a panel (aria-expanded): tinted while open, its last icon (a
     chevron) turned */
  .button.secondary[aria-expanded='true'] {
    background: color-mix(in srgb, var(--_brand) 12%, var(--_surface));
  }
  .button[aria-expanded='true'] > .icon:last-child {
    transform: rotate(180deg);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
    filter: none;
  }
  .link-button {
    all: unset;
    box-sizing: border-box;
    border-radius: 2px;
    cursor: pointer;
  }
  .link-button,
  .link {
    color: var(--_link);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link .icon {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    margin-inline-start: 0.25em;
    vertical-align: -0.15em;
  }
`;
