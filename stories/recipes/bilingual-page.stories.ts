import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/circle-finder/circle-finder.js';
import '../../src/components/course-finder/course-finder.js';
import { CONTACT_EMAIL, CONTACT_MAILTO, siteFooter, siteHeader, siteStyles } from './library-site.js';

type Lang = 'en' | 'es';
type Args = { lang: Lang };

/**
 * A page for an English- and Spanish-speaking community. The page's own words are in both languages
 * side by side; the widgets speak the language of the nearest `lang` attribute (the widget's own, an
 * ancestor's, the script tag's `data-lang`, then `<html lang>`), and follow it when it changes.
 */
const meta: Meta<Args> = {
  title: 'Recipes/Bilingual page',
  parameters: { layout: 'fullscreen' },
  args: { lang: 'en' },
  argTypes: {
    lang: {
      control: 'inline-radio',
      options: ['en', 'es'],
      description: 'The language the widgets start in (the page\'s switch changes it; not a widget attribute).',
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The page's language switch: sets `lang` on the widgets' section, which is all the widgets need. */
function chooseLanguage(event: Event) {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-lang]');
  const page = button?.closest('.rb-bilingual');
  if (!button || !page) return;
  page.querySelector('.rb-widgets')?.setAttribute('lang', button.dataset.lang!);
  for (const other of page.querySelectorAll('.rb-switch button')) {
    other.setAttribute('aria-pressed', String(other === button));
  }
}

const bilingualStyles = html`
  <style>
    .rb-bilingual .rb-halves {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(280px, 1fr));
      gap: 8px 40px;
    }
    .rb-bilingual .rb-halves h2 {
      font-size: 22px;
      border: 0;
      padding: 0;
    }
    .rb-bilingual .rb-switch {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin-bottom: 24px;
    }
    .rb-bilingual .rb-switch-label {
      margin: 0 8px 0 0;
      font-weight: 700;
    }
    .rb-bilingual .rb-switch button {
      font: inherit;
      font-weight: 700;
      padding: 6px 18px;
      border-radius: 999px;
      border: 2px solid var(--rb-brand);
      color: var(--rb-brand);
      background: var(--rb-card);
      cursor: pointer;
    }
    .rb-bilingual .rb-switch button[aria-pressed='true'] {
      color: #ffffff;
      background: var(--rb-brand);
    }
    /* the widgets' section shows its own headings and notes in its language only */
    .rb-bilingual .rb-widgets[lang='en'] [lang='es'],
    .rb-bilingual .rb-widgets[lang='es'] [lang='en'] {
      display: none;
    }
  </style>
`;

const render = ({ lang }: Args) => html`
  ${siteStyles} ${bilingualStyles}
  <div class="rb-site rb-bilingual">
    ${siteHeader('bilingual')}
    <main>
      <div class="rb-page-head">
        <div class="rb-wrap">
          <h1>Learning circles <span lang="es">· Círculos de aprendizaje</span></h1>
          <div class="rb-halves">
            <div lang="en">
              <h2>Learn together, for free</h2>
              <p>
                Small groups meet at the library once a week to take a free online course together. No teacher, no test,
                no library card needed.
              </p>
            </div>
            <div lang="es">
              <h2>Aprenda en grupo, gratis</h2>
              <p>
                Pequeños grupos se reúnen en la biblioteca una vez por semana para hacer juntos un curso en línea gratuito.
                Sin profesor, sin examen y sin necesidad de carné de biblioteca.
              </p>
            </div>
          </div>
        </div>
      </div>
      <div class="rb-wrap rb-content">
        <div class="rb-switch" role="group" aria-labelledby="rb-switch-label">
          <p class="rb-switch-label" id="rb-switch-label">
            Language <span lang="es">· Idioma</span>
          </p>
          <button type="button" data-lang="en" lang="en" aria-pressed=${String(lang === 'en')} @click=${chooseLanguage}>
            English
          </button>
          <button type="button" data-lang="es" lang="es" aria-pressed=${String(lang === 'es')} @click=${chooseLanguage}>
            Español
          </button>
        </div>
        <section class="rb-widgets" lang=${lang}>
          <div class="rb-section">
            <h2><span lang="en">Find a learning circle</span><span lang="es">Encuentre un círculo de aprendizaje</span></h2>
            <circle-finder team-id="1" filters="q days" page-size="3" contact-url=${CONTACT_MAILTO}>
              <a href="https://www.p2pu.org/en/learning-circles/">Browse learning circles on P2PU</a>
            </circle-finder>
          </div>
          <div class="rb-section">
            <h2><span lang="en">Free courses in English and Spanish</span><span lang="es">Cursos gratuitos en inglés y español</span></h2>
            <course-finder languages="en,es" filters="q languages" order="usage" page-size="4">
              <a href="https://www.p2pu.org/en/courses/">Browse free courses on P2PU</a>
            </course-finder>
          </div>
          <p class="rb-note">
            <span lang="en">Questions? Write to us in English or Spanish:</span>
            <span lang="es">¿Preguntas? Escríbanos en inglés o en español:</span>
            <a href=${CONTACT_MAILTO}>${CONTACT_EMAIL}</a>
          </p>
        </section>
      </div>
    </main>
    ${siteFooter()}
  </div>
`;

/**
 * A bilingual page: the library's own text in English and Spanish side by side, and the widgets under
 * a language switch, starting in English. The switch sets `lang` on the widgets' section, and every
 * widget in it re-renders in that language: texts, dates, numbers and links to P2PU. The widgets
 * speak their own language, so the page could also show both at once (the next story).
 */
export const BilingualPage: Story = { name: 'Bilingual page', render };

/** The same page with Spanish chosen: the widgets' texts, dates and day names in Spanish. */
export const BilingualPageSpanish: Story = { name: 'Bilingual page, Spanish chosen', args: { lang: 'es' }, render };

/**
 * Both languages at once, as many US branches publish: an English finder and a Spanish one side by
 * side. Each widget speaks the language of its own `lang` (texts, dates and numbers), whichever was
 * set last; the Spanish texts load only because a Spanish widget is on the page.
 */
export const SideBySide: Story = {
  name: 'English and Spanish side by side',
  render: () => html`
    ${siteStyles} ${bilingualStyles}
    <div class="rb-site rb-bilingual">
      ${siteHeader('bilingual')}
      <main>
        <div class="rb-wrap rb-content">
          <div class="rb-halves">
            <section lang="en" class="rb-section">
              <h2>Find a learning circle</h2>
              <circle-finder team-id="1" filters="q" page-size="2" layout="list">
                <a href="https://www.p2pu.org/en/learning-circles/">Browse learning circles on P2PU</a>
              </circle-finder>
            </section>
            <section lang="es" class="rb-section">
              <h2>Encuentre un círculo de aprendizaje</h2>
              <circle-finder team-id="1" filters="q" page-size="2" layout="list">
                <a href="https://www.p2pu.org/es/learning-circles/">Círculos de aprendizaje en P2PU</a>
              </circle-finder>
            </section>
          </div>
        </div>
      </main>
      ${siteFooter()}
    </div>
  `,
};
