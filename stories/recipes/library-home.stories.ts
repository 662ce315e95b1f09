import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/circle-finder/circle-finder.js';
import '../../src/components/course-card/course-card.js';
import { CONTACT_EMAIL, CONTACT_MAILTO, CONTACT_PHONE, CONTACT_TEL, siteFooter, siteHeader, siteStyles } from './library-site.js';

/**
 * A whole page, built the way a library builds it: its own header, text and footer around the
 * widgets, which take the page's font and sit in its columns. Copy the widget tags; the rest is the
 * library's own site.
 */
const meta: Meta = {
  title: 'Recipes/Library home page',
  parameters: { layout: 'fullscreen' },
};
export default meta;

/**
 * A library's home page: an introduction, `<circle-finder team-id="1">` showing only the library's
 * own circles (search box, meeting days, online or in person), three staff-picked `<course-card>`s and
 * a contact link. The finder's `contact-url` gives learners who find nothing a way to ask the library.
 */
export const LibraryHomePage: StoryObj = {
  name: 'Library home page',
  render: () => html`
    ${siteStyles}
    <style>
      .rb-home .rb-hero {
        background: var(--rb-brand-tint);
        padding: 40px 0 32px;
      }
      .rb-home .rb-columns {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 40px;
      }
      @media (min-width: 960px) {
        .rb-home .rb-columns {
          grid-template-columns: minmax(0, 1fr) 300px;
        }
      }
      .rb-home .rb-picks {
        list-style: none;
        padding: 0;
        display: grid;
        gap: 20px;
      }
      .rb-home .rb-pick-label {
        margin: 0 0 6px;
        font-size: 15px;
        font-weight: 700;
        color: var(--rb-muted);
      }
      .rb-home .rb-steps {
        padding-left: 1.2em;
      }
    </style>
    <div class="rb-site rb-home">
      ${siteHeader('home')}
      <main>
        <div class="rb-hero">
          <div class="rb-wrap">
            <h1>Learn together at Riverbend</h1>
            <p class="rb-lede">
              Always meant to learn to code, write your family history or brush up your Spanish? Join a free learning
              circle: a small group that meets at the library once a week to work through an online course together.
            </p>
            <p><a class="rb-button" href="#rb-home-find">Find a learning circle</a></p>
          </div>
        </div>
        <div class="rb-wrap rb-content rb-columns">
          <div>
            <section class="rb-section" id="rb-home-find">
              <h2>Find a learning circle</h2>
              <p class="rb-section-intro">
                Search by topic, day of the week, or online and in person. Every circle is free, and you can sign up right
                here.
              </p>
              <circle-finder team-id="1" filters="q days online" page-size="6" contact-url=${CONTACT_MAILTO}>
                <a href="https://www.p2pu.org/en/learning-circles/">Browse learning circles on P2PU</a>
              </circle-finder>
            </section>
            <section class="rb-section">
              <h2>What is a learning circle?</h2>
              <p>
                A small group of neighbours, usually six to twelve people, who meet at the library for about two hours a
                week, for six to eight weeks, to work through a free online course together.
              </p>
              <ol class="rb-steps">
                <li>Pick a circle: a topic and a time that suit you. There is nothing to pay.</li>
                <li>Come along each week: the same friendly group, the same time and place.</li>
                <li>Learn together: nobody lectures, the group decides the pace.</li>
              </ol>
            </section>
          </div>
          <div>
            <section class="rb-section rb-panel">
              <h2>Staff picks</h2>
              <ul class="rb-picks">
                <li>
                  <p class="rb-pick-label">Picked by Maya, Eastside</p>
                  <course-card course-id="1203" compact>
                    <a href="https://learningcircles.p2pu.org/en/course/1203/">See Maya’s pick on P2PU</a>
                  </course-card>
                </li>
                <li>
                  <p class="rb-pick-label">Picked by Tomás, local history</p>
                  <course-card course-id="877" compact>
                    <a href="https://learningcircles.p2pu.org/en/course/877/">See Tomás’s pick on P2PU</a>
                  </course-card>
                </li>
                <li>
                  <p class="rb-pick-label">Picked by Priya, teen services</p>
                  <course-card course-id="1422" compact>
                    <a href="https://learningcircles.p2pu.org/en/course/1422/">See Priya’s pick on P2PU</a>
                  </course-card>
                </li>
              </ul>
            </section>
            <section class="rb-section rb-panel">
              <h2>Ask a librarian</h2>
              <p>Not sure which circle is right for you, or want to start one? We are happy to help.</p>
              <ul class="rb-contact-list">
                <li><a href=${CONTACT_MAILTO}>Email the learning team at ${CONTACT_EMAIL}</a></li>
                <li><a href=${CONTACT_TEL}>Call ${CONTACT_PHONE}</a></li>
              </ul>
            </section>
          </div>
        </div>
      </main>
      ${siteFooter()}
    </div>
  `,
};
