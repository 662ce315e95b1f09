import { css } from 'lit';

/**
 * Design tokens and the base every widget starts from. Host pages leak inherited text properties
 * (line-height: 3, letter-spacing, text-align: center, uppercase headings…) into shadow roots, so the
 * host resets them; the font is inherited on purpose so a widget reads as part of the library's site.
 * Sizes are in em/px, never rem (hosts set html{font-size:62.5%}).
 *
 * Tokens (set them on the element or any ancestor):
 *   --p2pu-color-brand        buttons, links, focus ring             default #0b5f68
 *   --p2pu-color-on-brand     text on the brand colour               default: black or white, whichever reads on the brand colour
 *   --p2pu-color-link         links and focus ring on the surface    default: the brand colour, darkened if too light to read on white
 *   --p2pu-color-text         body text                              default #1d2428
 *   --p2pu-color-text-muted   secondary text (≥ 4.5:1 on surface)    default #4f5b62
 *   --p2pu-color-surface      card and panel background              default #ffffff
 *   --p2pu-color-surface-alt  subtle background (chips, skeletons)   default #eef2f3
 *   --p2pu-color-border       control and card borders (≥ 3:1)       default #7d8a91
 *   --p2pu-color-danger       errors                                 default #b3261e
 *   --p2pu-color-success      confirmations                          default #1b6b3a
 *   --p2pu-radius             corner radius                          default 8px
 *   --p2pu-space              base spacing unit                      default 1em
 *   --p2pu-font               font family                            default inherit
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
  /* the skeletons' sweep while loading (each widget stops it under prefers-reduced-motion) */
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
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

/** Buttons that look the same whatever global `button` styles the host page has. */
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
  .button:focus-visible {
    outline: 3px solid var(--_link);
    outline-offset: 2px;
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_link);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
    filter: none;
  }
`;
