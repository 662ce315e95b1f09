import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/config/p2pu-config.js';
import '../../src/components/circle-finder/circle-finder.js';
import { CONTACT_EMAIL, CONTACT_MAILTO, recipeHref, siteFooter, siteHeader, siteStyles } from './library-site.js';

/** A branch's own page, with the circles that meet there as a plain list. */
const meta: Meta = {
  title: 'Recipes/Branch page',
  parameters: { layout: 'fullscreen' },
};
export default meta;

/**
 * One branch of the library: its address and hours, then that branch's learning circles as a plain
 * list: `<circle-finder filters="" city="Riverbend">` inside `<p2pu-config team-id="1">` (the team is set
 * once for the page), so there are no filters and no tabs, only the circles open for signup.
 */
export const BranchPage: StoryObj = {
  name: 'Branch page',
  render: () => html`
    ${siteStyles}
    <style>
      .rb-branch .rb-breadcrumb ol {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        list-style: none;
        padding: 0;
        margin: 0 0 12px;
        font-size: 15px;
      }
      .rb-branch .rb-breadcrumb li + li::before {
        content: '/';
        margin-right: 8px;
        color: var(--rb-muted);
      }
      .rb-branch .rb-facts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
        gap: 16px 32px;
      }
      .rb-branch .rb-facts h3 {
        font-size: 19px;
      }
      .rb-branch address {
        font-style: normal;
      }
      .rb-branch .rb-hours {
        border-collapse: collapse;
      }
      .rb-branch .rb-hours th,
      .rb-branch .rb-hours td {
        text-align: start;
        padding: 2px 16px 2px 0;
        font-weight: normal;
      }
    </style>
    <div class="rb-site rb-branch">
      ${siteHeader('branch')}
      <main>
        <div class="rb-page-head">
          <div class="rb-wrap">
            <nav class="rb-breadcrumb" aria-label="Breadcrumb">
              <ol>
                <li><a href=${recipeHref('home')} target="_top">Home</a></li>
                <li><span aria-current="page">Eastside Branch</span></li>
              </ol>
            </nav>
            <h1>Eastside Branch</h1>
            <p class="rb-lede">
              A bright neighbourhood library by Ferry Park, with a quiet study room, a children’s corner and the Ferry Room,
              where our learning circles meet.
            </p>
          </div>
        </div>
        <div class="rb-wrap rb-content">
          <section class="rb-section">
            <h2>Learning circles at Eastside</h2>
            <p class="rb-section-intro">
              Free study groups that meet once a week. Pick one, sign up, and just come along: no experience needed.
            </p>
            <p2pu-config team-id="1">
              <circle-finder filters="" city="Riverbend" page-size="6">
                <a href="https://www.p2pu.org/en/learning-circles/">Browse learning circles on P2PU</a>
              </circle-finder>
            </p2pu-config>
            <p class="rb-note">
              Would you like a circle on another topic? <a href=${CONTACT_MAILTO}>Tell us at ${CONTACT_EMAIL}</a>.
            </p>
          </section>
          <section class="rb-section">
            <h2>Visit us</h2>
            <div class="rb-facts">
              <div>
                <h3>Address</h3>
                <address>Eastside Branch<br />1450 Ferry Road<br />Riverbend</address>
                <p>Bus 12 stops outside. Step-free entrance and a lift to the Ferry Room.</p>
              </div>
              <div>
                <h3>Opening hours</h3>
                <table class="rb-hours">
                  <tbody>
                    <tr><th scope="row">Monday to Thursday</th><td>10 am–8 pm</td></tr>
                    <tr><th scope="row">Friday</th><td>10 am–6 pm</td></tr>
                    <tr><th scope="row">Saturday and Sunday</th><td>1–5 pm</td></tr>
                  </tbody>
                </table>
                <p class="rb-note">Closed on public holidays.</p>
              </div>
            </div>
          </section>
        </div>
      </main>
      ${siteFooter()}
    </div>
  `,
};
