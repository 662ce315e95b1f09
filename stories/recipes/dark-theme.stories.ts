import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/circle-finder/circle-finder.js';
import '../../src/components/course-card/course-card.js';
import { CONTACT_EMAIL, CONTACT_MAILTO, siteFooter, siteHeader, siteStyles } from './library-site.js';

/** A library site with a dark theme: its stylesheet sets the --p2pu-* tokens next to its own colours. */
const meta: Meta = {
  title: 'Recipes/Dark theme',
  parameters: { layout: 'fullscreen' },
};
export default meta;

/**
 * A dark library page. One rule of the library's stylesheet (`.rb-dark`, on the page's wrapper) sets
 * the site's own colours and the widgets' `--p2pu-*` tokens together, as in docs/theming.md ("A dark
 * page"): dark surfaces, light text and light links, every text pair at least 4.5:1. The widgets need
 * nothing else: `<circle-finder team-id="1">` and two `<course-card>`s pick the tokens up.
 */
export const DarkTheme: StoryObj = {
  name: 'Dark theme',
  render: () => html`
    ${siteStyles}
    <style>
      /* the library's dark theme: its own colours and the widgets' tokens, on one wrapper */
      .rb-site.rb-dark {
        color-scheme: dark;
        --rb-paper: #0f1f23;
        --rb-card: #16292e;
        --rb-ink: #eef4f5;
        --rb-muted: #b9c8cc;
        --rb-heading: #eef4f5;
        --rb-line: #4d6a71;
        --rb-link: #7fd3db;
        --rb-focus: #f4c15d;
        --rb-brand-tint: #16292e;
        --rb-brand-dark: #081316;
        --rb-band: #081316;
        --rb-on-band: #eef4f5;
        --rb-on-band-link: #eef4f5;
        --rb-band-focus: #f4c15d;
        --rb-button: #7fd3db;
        --rb-on-button: #0f1f23;

        --p2pu-color-surface: #16292e;
        --p2pu-color-surface-alt: #213a40;
        --p2pu-color-text: #eef4f5;
        --p2pu-color-text-muted: #b9c8cc;
        --p2pu-color-border: #8aa1a8;
        --p2pu-color-brand: #7fd3db;
        --p2pu-color-link: #7fd3db;
        --p2pu-color-success: #8fe0a8;
        --p2pu-color-danger: #ffb4ab;
      }
      .rb-dark .rb-hero {
        background: var(--rb-card);
        border-bottom: 1px solid var(--rb-line);
        padding: 40px 0 32px;
      }
      .rb-dark .rb-courses {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
        gap: 20px;
        list-style: none;
        padding: 0;
      }
    </style>
    <div class="rb-site rb-dark">
      ${siteHeader('dark')}
      <main>
        <div class="rb-hero">
          <div class="rb-wrap">
            <h1>Evenings at Riverbend</h1>
            <p class="rb-lede">
              The library stays open late on weeknights. Bring a friend to a free learning circle after work: small groups,
              one online course, once a week.
            </p>
            <p><a class="rb-button" href="#rb-dark-find">See this month’s circles</a></p>
          </div>
        </div>
        <div class="rb-wrap rb-content">
          <section class="rb-section" id="rb-dark-find">
            <h2>Learning circles at the library</h2>
            <p class="rb-section-intro">Search by topic, or choose between online and in person.</p>
            <circle-finder team-id="1" filters="q online" page-size="6" contact-url=${CONTACT_MAILTO}>
              <a href="https://www.p2pu.org/en/learning-circles/">Browse learning circles on P2PU</a>
            </circle-finder>
          </section>
          <section class="rb-section">
            <h2>Courses our groups love</h2>
            <ul class="rb-courses">
              <li>
                <course-card course-id="1203">
                  <a href="https://learningcircles.p2pu.org/en/course/1203/">See “Programming for Everybody” on P2PU</a>
                </course-card>
              </li>
              <li>
                <course-card course-id="1107">
                  <a href="https://learningcircles.p2pu.org/en/course/1107/">See “Creative Writing: The Short Story” on P2PU</a>
                </course-card>
              </li>
            </ul>
          </section>
          <section class="rb-section">
            <h2>Questions?</h2>
            <p>
              Our learning team answers within a day: <a href=${CONTACT_MAILTO}>write to ${CONTACT_EMAIL}</a>.
            </p>
          </section>
        </div>
      </main>
      ${siteFooter()}
    </div>
  `,
};
