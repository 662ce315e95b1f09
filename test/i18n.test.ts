import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/circle-card/circle-card.js';
import type { CircleCard } from '../src/components/circle-card/circle-card.js';
import '../src/components/course-card/course-card.js';
import '../src/components/circle-signup/circle-signup.js';
import '../src/components/course-finder/course-finder.js';
import '../src/components/circle-finder/circle-finder.js';
import { clearApiCache, resetClients } from '../src/api/index.js';
import { circleFixture } from './circle-card-fixtures.js';
import { courseFixture, unratedCourse } from './course-card-fixtures.js';
import { localApi } from './local-api.js';

/** English texts of the widgets and their translations, from the xliff file the runtime is built from. */
async function catalogue(locale: string): Promise<{ source: string; target: string }[]> {
  const xml = new DOMParser().parseFromString(await (await fetch(`/xliff/${locale}.xlf`)).text(), 'application/xml');
  return [...xml.querySelectorAll('trans-unit')]
    .filter((u) => !u.querySelector('x'))
    .map((u) => ({ source: u.querySelector('source')!.textContent!, target: u.querySelector('target')?.textContent ?? '' }));
}

/** All text a widget shows, including nested widgets' shadow roots. */
function shownText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += `${node.textContent} `;
    if (node instanceof Element) {
      if (node.localName === 'style' || node.localName === 'script') return;
      if (node.shadowRoot) walk(node.shadowRoot);
      for (const attr of ['aria-label', 'placeholder', 'title']) {
        const value = node.getAttribute(attr);
        if (value) text += ` ${value} `;
      }
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

/** English texts (long enough not to be data or a shared word) that show although a translation exists. */
async function englishLeaks(root: Element, locale: string): Promise<string[]> {
  const text = shownText(root);
  return (await catalogue(locale))
    .filter(({ source, target }) => source.length >= 12 && source !== target && text.includes(source))
    .map(({ source }) => source);
}

describe('widgets in P2PU’s languages', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
  });
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  for (const locale of ['es', 'de', 'fr', 'pt', 'fi', 'pl', 'ro', 'af', 'ar']) {
    it(`${locale}: cards show no English text`, async () => {
      const root = await fixture<HTMLElement>(html`<div lang=${locale}>
        <circle-card .circle=${circleFixture({})}></circle-card>
        <course-card .course=${courseFixture()}></course-card>
        <course-card .course=${unratedCourse} compact></course-card>
      </div>`);
      const { target: translatedNotRated } = (await catalogue(locale)).find((u) => u.source === 'Not rated yet')!;
      await waitUntil(() => shownText(root).includes(translatedNotRated), `the ${locale} texts never showed`);
      expect(await englishLeaks(root, locale)).to.deep.equal([]);
    });
  }

  it('the signup form and course finder switch language with the page, with no English left', async function () {
    this.timeout(20000); // two widgets loading over the network on a busy machine
    const root = await fixture<HTMLElement>(html`<div>
      <circle-signup circle-id="4791" endpoint=${localApi.open}></circle-signup>
      <course-finder endpoint=${localApi.open} page-size="3"></course-finder>
    </div>`);
    const signup = root.querySelector('circle-signup')!;
    await waitUntil(() => signup.shadowRoot?.querySelector('form'), 'the form never showed', { timeout: 8000 });
    await waitUntil(() => root.querySelector('course-finder')!.shadowRoot!.querySelectorAll('course-card').length === 3, 'no courses', { timeout: 8000 });
    document.documentElement.setAttribute('lang', 'es');
    const { target } = (await catalogue('es')).find((u) => u.source === 'Sign up')!;
    await waitUntil(() => shownText(root).includes(target), 'the page language change did not reach the widgets');
    expect(await englishLeaks(root, 'es')).to.deep.equal([]);
  });

  it('a bilingual page: a Spanish finder beside an English one speaks Spanish, and the English one English', async function () {
    this.timeout(20000);
    const root = await fixture<HTMLElement>(html`<div>
      <circle-finder lang="es" endpoint=${localApi.open} transport="cors"></circle-finder>
      <circle-finder lang="en" endpoint=${localApi.open} transport="cors"></circle-finder>
    </div>`);
    const [es, en] = root.querySelectorAll('circle-finder');
    const cards = (finder: Element) => finder.shadowRoot?.querySelectorAll('circle-card').length ?? 0;
    await waitUntil(() => cards(es) > 0 && cards(en) > 0, 'no circles', { timeout: 10000 });
    const { target: signUp } = (await catalogue('es')).find((u) => u.source === 'Sign up')!;
    await waitUntil(() => shownText(es).includes(signUp), 'the Spanish finder never spoke Spanish');
    await new Promise((resolve) => setTimeout(resolve, 300)); // both settled: neither switches the other
    expect(await englishLeaks(es, 'es')).to.deep.equal([]);
    expect(shownText(en)).to.include('Sign up');
    expect(shownText(en)).not.to.include(signUp);
  });

  it('a page in a language we do not translate (Hebrew) gets whole English widgets, left to right', async () => {
    document.documentElement.setAttribute('lang', 'he');
    const card = await fixture<CircleCard>(html`<circle-card .circle=${circleFixture({})}></circle-card>`);
    await card.updateComplete;
    const text = shownText(card);
    expect(text, 'English words').to.include('Sign up');
    expect(text, 'Hebrew month or day names mixed into English').not.to.match(/[\u0590-\u05FF]/);
    expect(card.shadowRoot!.querySelector('.widget')!.getAttribute('dir')).to.equal('ltr');
  });
});
