import { html, nothing, type TemplateResult } from 'lit';

/**
 * The common chrome of the recipe pages: the fictional Riverbend Public Library's header, navigation
 * and footer, and its site styles. Everything is scoped to `.rb-site` (no global CSS) and sized in
 * px/em, and the site's colours are its own custom properties (`--rb-*`), so a page (the dark one)
 * can change them on its wrapper, as a library's stylesheet would.
 */

export const LIBRARY_NAME = 'Riverbend Public Library';
export const CONTACT_EMAIL = 'learn@riverbend-library.example';
export const CONTACT_MAILTO = `mailto:${CONTACT_EMAIL}`;
export const CONTACT_PHONE = '(555) 010-4400';
export const CONTACT_TEL = 'tel:+15550104400';

/** The recipe pages, by the ids Storybook gives their stories (title + export name). */
const RECIPE_STORIES = {
  home: 'recipes-library-home-page--library-home-page',
  branch: 'recipes-branch-page--branch-page',
  join: 'recipes-join-page--join-page',
  bilingual: 'recipes-bilingual-page--bilingual-page',
  dark: 'recipes-dark-theme--dark-theme',
} as const;
export type RecipePage = keyof typeof RECIPE_STORIES;

/**
 * A link to another recipe page: Storybook's own address of that story, opened in the whole window
 * (the page itself is in Storybook's preview frame). On a library's site these are its own pages.
 */
export function recipeHref(page: RecipePage, hash = ''): string {
  return `./?path=/story/${RECIPE_STORIES[page]}${hash}`;
}

/** The site's styles, shared by every recipe page. */
export const siteStyles = html`<style>
  .rb-site {
    --rb-brand: #0c5460;
    --rb-brand-dark: #083b44;
    --rb-brand-tint: #e3efed;
    --rb-ink: #1c2b2f;
    --rb-muted: #4a5a5e;
    --rb-line: #cfd8d6;
    --rb-paper: #fbf8f3;
    --rb-card: #ffffff;
    --rb-heading: #083b44;
    --rb-link: #0c5460;
    --rb-focus: #b4451c;
    --rb-band: #0c5460;
    --rb-on-band: #ffffff;
    --rb-on-band-link: #ffffff;
    --rb-band-focus: #f4c15d;
    --rb-button: #b4451c;
    --rb-on-button: #ffffff;

    box-sizing: border-box;
    min-height: 100vh;
    display: flex;
    flex-direction: column;
    font-family: Seravek, 'Gill Sans Nova', Ubuntu, Calibri, 'DejaVu Sans', 'Source Sans Pro', sans-serif;
    font-size: 17px;
    line-height: 1.6;
    color: var(--rb-ink);
    background: var(--rb-paper);
  }
  .rb-site *,
  .rb-site *::before,
  .rb-site *::after {
    box-sizing: inherit;
  }
  .rb-site h1,
  .rb-site h2,
  .rb-site h3 {
    font-family: 'Iowan Old Style', 'Palatino Linotype', Palatino, 'URW Palladio L', P052, Georgia, serif;
    line-height: 1.2;
    color: var(--rb-heading);
    margin: 0 0 0.5em;
  }
  .rb-site h1 {
    font-size: 40px;
  }
  .rb-site h2 {
    font-size: 28px;
    padding-bottom: 6px;
    border-bottom: 3px solid var(--rb-brand-tint);
  }
  .rb-site p,
  .rb-site ul,
  .rb-site ol {
    margin: 0 0 1em;
  }
  .rb-site a {
    color: var(--rb-link);
    text-underline-offset: 0.2em;
  }
  .rb-site :focus-visible {
    outline: 3px solid var(--rb-focus);
    outline-offset: 2px;
  }
  .rb-wrap {
    max-width: 1120px;
    margin: 0 auto;
    padding: 0 24px;
  }

  /* header and navigation */
  .rb-header {
    background: var(--rb-band);
    color: var(--rb-on-band);
  }
  .rb-header a {
    color: var(--rb-on-band-link);
  }
  .rb-header :focus-visible,
  .rb-footer :focus-visible {
    outline-color: var(--rb-band-focus);
  }
  .rb-brand-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px 24px;
    padding-top: 16px;
    padding-bottom: 12px;
  }
  .rb-brand {
    display: flex;
    align-items: center;
    gap: 12px;
    text-decoration: none;
  }
  .rb-brand svg {
    flex: none;
  }
  .rb-brand-name {
    display: block;
    font-family: 'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, serif;
    font-size: 24px;
    font-weight: 700;
    line-height: 1.1;
  }
  .rb-brand-tagline {
    display: block;
    font-size: 14px;
  }
  .rb-header-contact {
    margin: 0;
    font-size: 15px;
  }
  .rb-nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 24px;
    list-style: none;
    margin: 0 auto;
    padding-top: 8px;
    padding-bottom: 12px;
  }
  .rb-nav a {
    font-weight: 700;
    text-decoration: none;
    border-bottom: 3px solid transparent;
  }
  .rb-nav a:hover,
  .rb-nav a[aria-current='page'] {
    border-bottom-color: currentColor;
  }

  /* page heads and content */
  .rb-page-head {
    background: var(--rb-brand-tint);
    padding: 32px 0 24px;
  }
  .rb-lede {
    font-size: 20px;
    max-width: 40em;
  }
  .rb-content {
    padding-top: 32px;
    padding-bottom: 48px;
    flex: 1;
  }
  .rb-section {
    margin-bottom: 40px;
  }
  .rb-section-intro {
    color: var(--rb-muted);
    max-width: 44em;
  }
  .rb-note {
    color: var(--rb-muted);
    font-size: 15px;
  }
  .rb-button {
    display: inline-block;
    padding: 10px 22px;
    border-radius: 999px;
    font-weight: 700;
    text-decoration: none;
    background: var(--rb-button);
  }
  .rb-site a.rb-button {
    color: var(--rb-on-button);
  }
  .rb-panel {
    background: var(--rb-card);
    border: 1px solid var(--rb-line);
    border-radius: 8px;
    padding: 20px;
  }
  .rb-panel h2 {
    font-size: 22px;
  }
  .rb-contact-list {
    list-style: none;
    padding: 0;
  }

  /* footer */
  .rb-footer {
    background: var(--rb-brand-dark);
    color: var(--rb-on-band);
    padding: 24px 0;
    font-size: 15px;
  }
  .rb-footer a {
    color: var(--rb-on-band-link);
  }
  .rb-footer p {
    margin: 0 0 0.5em;
  }
</style>`;

/** The library's logo: decorative next to its name, which is the link's text. */
const logo = html`<svg viewBox="0 0 64 64" width="48" height="48" aria-hidden="true" focusable="false">
  <circle cx="32" cy="32" r="32" fill="#ffffff" />
  <circle cx="32" cy="32" r="29" fill="#0c5460" />
  <path d="M32 19.5c-5.2-3.6-12.4-4.6-19-3v24.6c6.6-1.4 13.6-.4 19 3.2z" fill="#fbf8f3" />
  <path d="M32 19.5c5.2-3.6 12.4-4.6 19-3v24.6c-6.6-1.4-13.6-.4-19 3.2z" fill="#e3efed" />
  <path d="M10 49.5c5.5-4 10.5-4 16 0s10.5 4 16 0 8.5-3.6 12-1.8" fill="none" stroke="#f4c15d" stroke-width="3.2" stroke-linecap="round" />
</svg>`;

const NAV: { page: RecipePage; label: string }[] = [
  { page: 'home', label: 'Home' },
  { page: 'branch', label: 'Eastside Branch' },
  { page: 'join', label: 'Join a learning circle' },
  { page: 'bilingual', label: 'English / Español' },
  { page: 'dark', label: 'Evening edition (dark)' },
];

/** The site header: logo and name (a link home), contact, and the main navigation with the current page marked. */
export function siteHeader(current: RecipePage): TemplateResult {
  return html`<header class="rb-header">
    <div class="rb-wrap rb-brand-row">
      <a class="rb-brand" href=${recipeHref('home')} target="_top">
        ${logo}
        <span>
          <span class="rb-brand-name">${LIBRARY_NAME}</span>
          <span class="rb-brand-tagline">Books, people and ideas since 1911</span>
        </span>
      </a>
      <p class="rb-header-contact">Ask a librarian: <a href=${CONTACT_TEL}>${CONTACT_PHONE}</a></p>
    </div>
    <nav class="rb-nav" aria-label="Library site">
      <ul class="rb-wrap">
        ${NAV.map(
          (item) => html`<li>
            <a
              href=${recipeHref(item.page)}
              target="_top"
              aria-current=${item.page === current ? 'page' : nothing}
              >${item.label}</a
            >
          </li>`,
        )}
      </ul>
    </nav>
  </header>`;
}

/** The site footer: address, contact and who runs the circles. */
export function siteFooter(): TemplateResult {
  return html`<footer class="rb-footer">
    <div class="rb-wrap">
      <p>${LIBRARY_NAME}, Main Library, 200 Water Street, Riverbend · <a href=${CONTACT_TEL}>${CONTACT_PHONE}</a></p>
      <p>
        Learning circles are run with <a href="https://www.p2pu.org/">P2PU (Peer 2 Peer University)</a>. Riverbend is a
        fictional library used to demonstrate the learning-circle widgets.
      </p>
    </div>
  </footer>`;
}
