import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { clearApiCache, resetClients } from '../../api/index.js';
import { clearFaults, injectFault, localApi } from '../../../test/local-api.js';
import { arabicCourse, bareCourse, courseFixture, longCourse, unratedCourse } from '../../../test/course-card-fixtures.js';
import type { CourseCard } from './course-card.js';
import { CourseCardHarness } from './course-card.harness.js';
import './course-card.js';

const harness = (el: CourseCard) => new CourseCardHarness(el);
const root = (el: CourseCard) => harness(el).root;
/** A part's words, without the isolates (U+2066–U+2069) around API values in sentences. */
const text = (el: CourseCard, selector: string) =>
  (root(el).querySelector(selector)?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
const starClasses = (el: CourseCard) => harness(el).stars;

/** The accessible name a link gets from its content (visually hidden text included). */
const linkName = (a: Element) => (a.textContent ?? '').replace(/[\s\u2060]+/g, ' ').trim();

async function loaded(el: CourseCard) {
  await harness(el).settled();
  return el;
}

describe('<course-card>', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
  });
  afterEach(() => clearFaults());

  it('shows what a learner needs to choose a course, with the course link marked as opening a new tab', async () => {
    const el = await fixture<CourseCard>(html`<course-card .course=${courseFixture()}></course-card>`);
    expect(text(el, '[part=format]')).to.equal('Online course');
    expect(text(el, '[part=provider]')).to.equal('by University of Michigan via Coursera');
    expect(text(el, '[part=caption]')).to.contain('Learn the basics of programming');
    expect([...root(el).querySelectorAll('[part=topics] li')].map((li) => li.textContent)).to.deep.equal(['Programming']);
    expect(text(el, '[part=facts]')).to.contain('Language: English');
    expect(text(el, '[part=facts]')).to.contain('Used by 57 learning circles');
    expect(text(el, '[part=facts]')).to.contain('Available any time');

    const title = root(el).querySelector<HTMLAnchorElement>('[part=title-link]')!;
    expect(title.href).to.equal('https://www.coursera.org/learn/python');
    expect(title.target).to.equal('_blank');
    expect(title.rel).to.contain('noopener');
    expect(linkName(title)).to.equal('Programming for Everybody (opens in a new tab)');
    expect(root(el).querySelector('h3[part~=title]')!.textContent).to.contain('Programming for Everybody');
    await expect(el).to.be.accessible();
  });

  it('has two separate links, each with its own single name (the card itself is not a link)', async () => {
    const el = await fixture<CourseCard>(html`<course-card .course=${courseFixture()}></course-card>`);
    const links = [...root(el).querySelectorAll('a')];
    expect(links.map(linkName)).to.deep.equal([
      'Programming for Everybody (opens in a new tab)',
      'See learning circles for this course',
    ]);
    expect(links[1]!.getAttribute('href')).to.equal('https://learningcircles.p2pu.org/en/course/1203/');
    expect(root(el).querySelector('[part=card]')!.tagName).to.equal('ARTICLE');
  });

  it('draws the rating rounded to half stars, with the exact number in words', async () => {
    const el = await fixture<CourseCard>(html`<course-card .course=${courseFixture({ rating: 4.38, totalRatings: 26 })}></course-card>`);
    expect(starClasses(el)).to.deep.equal(['full', 'full', 'full', 'full', 'half']);
    const img = root(el).querySelector('[part=rating] [role=img]')!;
    expect(img.getAttribute('aria-label')).to.equal('Rated 4.4 out of 5 from 26 ratings');
    expect(text(el, '.rating-text')).to.equal('4.4 from 26 ratings');

    el.course = courseFixture({ rating: 4.24, totalRatings: 3 });
    await el.updateComplete;
    expect(starClasses(el)).to.deep.equal(['full', 'full', 'full', 'full', 'empty']);
    expect(text(el, '.rating-text')).to.equal('4.2 from 3 ratings');

    el.course = courseFixture({ rating: 0.6, totalRatings: 2 });
    await el.updateComplete;
    expect(starClasses(el)).to.deep.equal(['half', 'empty', 'empty', 'empty', 'empty']);
    await expect(el).to.be.accessible();
  });

  it('says "1 rating" (singular) and "5.0" for a single top rating', async () => {
    const el = await fixture<CourseCard>(html`<course-card .course=${bareCourse}></course-card>`);
    expect(starClasses(el)).to.deep.equal(['full', 'full', 'full', 'full', 'full']);
    expect(text(el, '.rating-text')).to.equal('5.0 from 1 rating');
    expect(root(el).querySelector('[role=img]')!.getAttribute('aria-label')).to.equal('Rated 5.0 out of 5 from 1 rating');
    expect(text(el, '[part=facts]')).to.contain('Used by 1 learning circle');
  });

  it('shows "Not rated yet" and no stars for an unrated, unused course that is not on demand', async () => {
    const el = await fixture<CourseCard>(html`<course-card .course=${unratedCourse}></course-card>`);
    expect(root(el).querySelectorAll('svg.star')).to.have.length(0);
    expect(root(el).querySelector('[role=img]')).to.equal(null);
    expect(text(el, '[part=rating]')).to.equal('Not rated yet');
    expect(text(el, '[part=facts]')).to.contain('Not used by a learning circle yet');
    expect(text(el, '[part=facts]')).to.contain('Check availability');
    expect(text(el, '[part=format]')).to.equal('Book');
    await expect(el).to.be.accessible();
  });

  it('leaves out what a course does not have (caption, provider, topics, unknown format)', async () => {
    const el = await fixture<CourseCard>(html`<course-card .course=${bareCourse}></course-card>`);
    for (const part of ['caption', 'provider', 'topics', 'format']) {
      expect(root(el).querySelector(`[part=${part}]`), part).to.equal(null);
    }
    await expect(el).to.be.accessible();
  });

  it('names the language in the widget’s locale, with P2PU’s name as the fallback', async () => {
    const es = await fixture<CourseCard>(html`<div lang="es"><course-card .course=${courseFixture()}></course-card></div>`);
    expect(text(es.querySelector('course-card')!, '[part=facts]')).to.contain('inglés');
    // "1.234" thousands and "2,7" decimals in German
    const count = await fixture<CourseCard>(html`<course-card lang="de" .course=${longCourse}></course-card>`);
    expect(text(count, '.rating-text')).to.match(/^2,7 .*1\.234/);

    const zh = await fixture<CourseCard>(html`<course-card .course=${courseFixture({ language: 'zh-hans' })}></course-card>`);
    expect(text(zh, '[part=facts]')).to.contain('Language: Simplified Chinese');
    const odd = await fixture<CourseCard>(
      html`<course-card .course=${courseFixture({ language: 'x-klingon-1', languageDisplay: 'Klingon' })}></course-card>`,
    );
    expect(text(odd, '[part=facts]')).to.contain('Language: Klingon');
  });

  it('renders a hostile caption as text and shows five topics of seven, with the rest counted', async () => {
    const el = await fixture<CourseCard>(html`<course-card .course=${longCourse}></course-card>`);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(text(el, '[part=caption]')).to.contain('<img src=x onerror=alert(1)>');
    const topics = [...root(el).querySelectorAll('[part=topics] li')].map((li) => li.textContent!.trim());
    expect(topics).to.have.length(6);
    expect(topics.at(-1)).to.equal('+ 2 more');
    await expect(el).to.be.accessible();
  });

  it('fires a cancelable p2pu-course-select; cancelling it keeps the learner on the page', async () => {
    const el = await fixture<CourseCard>(
      html`<course-card .course=${courseFixture()} circles-page="/circles.html?lc_course={id}"></course-card>`,
    );
    const link = root(el).querySelector<HTMLAnchorElement>('[part=circles-link]')!;
    expect(link.href).to.equal(new URL('/circles.html?lc_course=1203', location.href).href);

    const details: unknown[] = [];
    let navigationPrevented: boolean | null = null;
    const onSelect = (e: CustomEvent) => {
      details.push(e.detail);
      e.preventDefault();
    };
    const onClick = (e: Event) => {
      navigationPrevented = e.defaultPrevented;
      e.preventDefault(); // never leave the test page
    };
    document.addEventListener('p2pu-course-select', onSelect);
    el.addEventListener('click', onClick);
    link.click();
    document.removeEventListener('p2pu-course-select', onSelect);

    expect(details).to.deep.equal([{ id: 1203, title: 'Programming for Everybody', url: link.href }]);
    expect(navigationPrevented).to.equal(true);

    // Not cancelled: the link is followed as usual.
    link.click();
    el.removeEventListener('click', onClick);
    expect(navigationPrevented).to.equal(false);
  });

  it('is a smaller card without topics in the compact variant', async () => {
    const el = await fixture<CourseCard>(html`<course-card compact .course=${courseFixture()}></course-card>`);
    expect(root(el).querySelector('[part=topics]')).to.equal(null);
    expect(root(el).querySelector('[part=caption]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('mirrors the half star in right-to-left pages', async () => {
    const wrapper = await fixture(html`<div dir="rtl" lang="ar"><course-card .course=${arabicCourse}></course-card></div>`);
    const el = wrapper.querySelector('course-card')!;
    await el.updateComplete;
    const half = root(el).querySelector('svg.star.half')!;
    expect(getComputedStyle(half).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(text(el, '[part=facts]')).to.contain('العربية');
    await expect(el).to.be.accessible();
  });

  it('is reached by keyboard: the course link, then the circles link', async () => {
    const el = await fixture<CourseCard>(html`<course-card .course=${courseFixture()}></course-card>`);
    el.focus();
    expect(root(el).activeElement?.getAttribute('part')).to.equal('title-link');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('part')).to.equal('circles-link');
  });

  it('loads a course by course-id, showing a loading state first', async () => {
    await injectFault('none', { path: '/api/courses/', times: 1, latencyMs: 400 });
    const el = await fixture<CourseCard>(
      html`<course-card course-id="1203" endpoint=${localApi.open} transport="cors"></course-card>`,
    );
    expect(harness(el).state).to.equal('loading');
    expect(text(el, '[role=status]')).to.equal('Loading course…');
    await expect(el).to.be.accessible();
    await loaded(el);
    expect(harness(el).state).to.equal('content');
    expect(linkName(root(el).querySelector('[part=title-link]')!)).to.contain('Programming for Everybody');
    expect(text(el, '.rating-text')).to.equal('4.4 from 26 ratings');
  });

  it('tells the learner when the course id is not on P2PU', async () => {
    const el = await loaded(
      await fixture<CourseCard>(html`<course-card course-id="999999" endpoint=${localApi.open}></course-card>`),
    );
    expect(harness(el).state).to.equal('not-found');
    expect(text(el, '.message-title')).to.equal('This course is not available');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry when P2PU fails, and recovers', async () => {
    await injectFault('html500', { path: '/api/courses/', times: 1 });
    const el = await loaded(
      await fixture<CourseCard>(html`<course-card course-id="1203" endpoint=${localApi.open} transport="cors"></course-card>`),
    );
    const card = harness(el);
    expect(card.state).to.equal('error');
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('We couldn’t load this course');
    await expect(el).to.be.accessible();
    card.retryButton!.click();
    await waitUntil(() => card.state === 'content', 'no course after retry', { timeout: 5000 });
    expect(text(el, '[part=title]')).to.contain('Programming for Everybody');
  });

  it('tells a page editor when the course id is missing or not a number', async () => {
    const missing = await fixture<CourseCard>(html`<course-card></course-card>`);
    expect(harness(missing).state).to.equal('problem');
    expect(harness(missing).part('problem')!.getAttribute('role')).to.equal('note');
    expect(text(missing, '[part=problem]')).to.contain('needs a course-id');
    const wrong = await fixture<CourseCard>(html`<course-card course-id="python"></course-card>`);
    expect(harness(wrong).state).to.equal('problem');
    expect(harness(wrong).part('problem')!.getAttribute('role')).to.equal('note');
    expect(text(wrong, '[part=problem]')).to.contain('course-id "python" is not a course number');
    await expect(wrong).to.be.accessible();
  });

  describe('looks like the circle card', () => {
    afterEach(() => resetMouse());

    it('makes its main action a button-styled link to the course’s learning circles, at the foot of the card', async () => {
      const el = await fixture<CourseCard>(html`<course-card .course=${courseFixture()}></course-card>`);
      const action = harness(el).circlesLink as HTMLAnchorElement;
      expect(action.localName).to.equal('a');
      expect(action.getAttribute('href')).to.equal('https://learningcircles.p2pu.org/en/course/1203/');
      expect(linkName(action)).to.equal('See learning circles for this course');
      const style = getComputedStyle(action);
      expect(style.backgroundColor, 'filled with the brand colour').to.equal('rgb(11, 95, 104)');
      expect(style.textDecorationLine).to.equal('none');
      expect(action.getBoundingClientRect().height).to.be.at.least(44);
      const card = harness(el).part('card')!.getBoundingClientRect();
      const facts = harness(el).part('facts')!.getBoundingClientRect();
      expect(action.getBoundingClientRect().top, 'below the facts').to.be.greaterThan(facts.bottom);
      expect(card.bottom - action.getBoundingClientRect().bottom).to.be.lessThan(24);
    });

    it('shows the title in the text colour, underlined only on hover and keyboard focus, with a visible focus ring', async () => {
      const el = await fixture<CourseCard>(html`<course-card .course=${courseFixture()}></course-card>`);
      const title = harness(el).titleLink!;
      const heading = harness(el).part('title')!;
      expect(getComputedStyle(title).textDecorationLine).to.equal('none');
      expect(getComputedStyle(title).color).to.equal(getComputedStyle(heading).color);
      expect(getComputedStyle(title).color).to.equal('rgb(29, 36, 40)');

      const box = title.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)] });
      expect(getComputedStyle(title).textDecorationLine, 'on hover').to.equal('underline');
      await resetMouse();
      expect(getComputedStyle(title).textDecorationLine).to.equal('none');

      el.focus();
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(title);
      expect(getComputedStyle(title).textDecorationLine, 'on keyboard focus').to.equal('underline');
      expect(getComputedStyle(title).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(title).outlineWidth)).to.be.at.least(2);
    });

    it('gives two courses different light placeholders in its picture area, drawn without extra elements; compact cards have none', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px">
        <course-card .course=${courseFixture({ id: 1203 })}></course-card>
        <course-card .course=${courseFixture({ id: 1204 })}></course-card>
        <course-card .course=${courseFixture({ id: 1203, title: 'Another course with the same id' })}></course-card>
      </div>`);
      const [a, b, same] = [...wrapper.querySelectorAll('course-card')].map((card) => harness(card).part('image')!);
      const look = (image: HTMLElement) => {
        const style = getComputedStyle(image);
        return `${style.backgroundColor} ${style.backgroundImage}`;
      };
      expect(look(a!)).to.not.equal(look(b!));
      expect(look(a!), 'the same course, the same picture').to.equal(look(same!));
      for (const image of [a!, b!]) {
        expect(image.childElementCount).to.equal(0);
        expect(image.getBoundingClientRect().height).to.be.greaterThan(40);
        // light: the ground is close to the white card (any CSS colour to rgb through a canvas)
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.fillStyle = getComputedStyle(image).backgroundColor;
        ctx.fillRect(0, 0, 1, 1);
        const [r, g, bl] = ctx.getImageData(0, 0, 1, 1).data;
        expect(Math.min(r!, g!, bl!), getComputedStyle(image).backgroundColor).to.be.greaterThan(200);
      }

      const compact = await fixture<CourseCard>(html`<course-card compact .course=${courseFixture()}></course-card>`);
      expect(harness(compact).part('image')).to.equal(null);
      await expect(wrapper.querySelector('course-card')!).to.be.accessible();
    });

    it('gives every link and button a target of at least 24 by 24 px, even in small text and compact', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="font-size: 12px; width: 260px">
        <course-card .course=${courseFixture()}></course-card>
        <course-card compact .course=${courseFixture({ title: 'Go' })}></course-card>
      </div>`);
      for (const card of wrapper.querySelectorAll('course-card')) {
        const targets = harness(card).queryAll('a[href], button');
        expect(targets).to.have.length(2);
        for (const target of targets) {
          const box = target.getBoundingClientRect();
          expect(Math.min(box.width, box.height), target.textContent!).to.be.at.least(24);
        }
      }
    });
  });

  describe('data-state on the root', () => {
    it('is content for a course object, whatever course-id says', async () => {
      const el = await fixture<CourseCard>(html`<course-card course-id="nope" .course=${courseFixture()}></course-card>`);
      expect(harness(el).state).to.equal('content');
      expect(harness(el).problem).to.equal(null);
    });

    it('is loading, then content, for a course loaded by id', async () => {
      await injectFault('none', { path: '/api/courses/', times: 1, latencyMs: 400 });
      const el = await fixture<CourseCard>(
        html`<course-card course-id="1135" endpoint=${localApi.open} transport="cors"></course-card>`,
      );
      const card = harness(el);
      expect(card.state).to.equal('loading');
      expect((await card.settled()).state).to.equal('content');
      expect(card.titleLink).to.exist;
    });

    it('is not-found for an id no course has', async () => {
      const el = await fixture<CourseCard>(html`<course-card course-id="999998" endpoint=${localApi.open}></course-card>`);
      expect((await harness(el).settled()).state).to.equal('not-found');
    });

    it('is error when P2PU fails', async () => {
      const el = await fixture<CourseCard>(
        html`<course-card course-id="1203" endpoint=${`${localApi.open}/__fault/html500`}></course-card>`,
      );
      const card = await harness(el).settled();
      expect(card.state).to.equal('error');
      expect(card.error!.getAttribute('role')).to.equal('alert');
    });

    it('is problem without a course or a usable course-id', async () => {
      for (const el of [
        await fixture<CourseCard>(html`<course-card></course-card>`),
        await fixture<CourseCard>(html`<course-card course-id="12a"></course-card>`),
      ]) {
        expect(harness(el).state).to.equal('problem');
      }
    });
  });
});
