import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/circle-signup/circle-signup.js';
import { CONTACT_EMAIL, CONTACT_MAILTO, CONTACT_PHONE, CONTACT_TEL, recipeHref, siteFooter, siteHeader, siteStyles } from './library-site.js';

/** The library's signup page: the form in the page's main column, what to expect beside it. */
const meta: Meta = {
  title: 'Recipes/Join page',
  parameters: { layout: 'fullscreen' },
};
export default meta;

/**
 * The signup page, as on the demo's join.html: `<circle-signup circle-id="4821">` (an upcoming circle
 * with seats left) under the library's own "Sign up" heading, a way back to all circles, and the
 * library's own words on what to expect and whom to ask. A site with one signup page for every circle
 * uses `circle-id-param="circle"` instead, and the finder's `signup-page="/join?circle={id}"`.
 */
export const JoinPage: StoryObj = {
  name: 'Join page',
  render: () => html`
    ${siteStyles}
    <style>
      .rb-join .rb-columns {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 40px;
      }
      @media (min-width: 960px) {
        .rb-join .rb-columns {
          grid-template-columns: minmax(0, 1fr) 320px;
        }
      }
      .rb-join .rb-form-column {
        max-width: 44em;
      }
      .rb-join .rb-checklist {
        padding-left: 1.2em;
      }
      .rb-join .rb-checklist li {
        margin-bottom: 0.5em;
      }
      .rb-join aside {
        display: grid;
        gap: 24px;
        align-content: start;
      }
      .rb-join aside .rb-panel {
        margin: 0;
      }
    </style>
    <div class="rb-site rb-join">
      ${siteHeader('join')}
      <div class="rb-wrap rb-content rb-columns">
        <main class="rb-form-column">
          <h1>Join a learning circle</h1>
          <p class="rb-lede">
            You are one step away. Leave your name and email and the facilitator will send you everything you need before
            the first meeting.
          </p>
          <section class="rb-section">
            <h2>Sign up</h2>
            <circle-signup circle-id="4821">
              <a href="https://www.p2pu.org/en/learning-circles/">Sign up for a learning circle on P2PU</a>
            </circle-signup>
            <p class="rb-note">
              Haven’t picked a circle yet? <a href=${recipeHref('home', '#rb-home-find')} target="_top">Browse all learning circles</a>.
            </p>
          </section>
        </main>
        <aside aria-label="About joining">
          <section class="rb-panel">
            <h2>What to expect</h2>
            <ul class="rb-checklist">
              <li><strong>Weekly meetings.</strong> The group meets at the same time each week for about two hours, usually for six to eight weeks.</li>
              <li><strong>It’s free.</strong> The course, the room and the coffee are on us. You don’t need a library card to join.</li>
              <li><strong>No expert needed.</strong> The facilitator keeps the group going but isn’t a teacher. You learn together, at the group’s pace.</li>
              <li><strong>Bring a laptop, or use ours.</strong> Library computers and headphones are ready for anyone who needs them.</li>
            </ul>
            <p class="rb-note">Can’t make a week? That’s fine: tell the group and catch up at home.</p>
          </section>
          <section class="rb-panel">
            <h2>Need a hand?</h2>
            <p>Call or write and we’ll sign you up ourselves.</p>
            <ul class="rb-contact-list">
              <li><a href=${CONTACT_TEL}>Call ${CONTACT_PHONE}</a></li>
              <li><a href=${CONTACT_MAILTO}>Email ${CONTACT_EMAIL}</a></li>
            </ul>
          </section>
        </aside>
      </div>
      ${siteFooter()}
    </div>
  `,
};
