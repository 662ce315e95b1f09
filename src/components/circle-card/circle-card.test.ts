import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './circle-card.js';
import '../../config/p2pu-config.js';
import type { CircleCard } from './circle-card.js';
import { clearApiCache, getClient, resetClients, weeklyDates, type LearningCircle } from '../../api/index.js';
import { localApi } from '../../../test/local-api.js';
import { circleFixture, isoDay, onlineCircleAwayFromViewer } from '../../../test/circle-card-fixtures.js';
import { catchDownload, moduleLoaded, stubClipboard, stubShare } from '../../../test/circle-actions.js';
import { unfold, values } from '../../../test/ics.js';
import { CircleCardHarness } from './circle-card.harness.js';

const harness = (el: CircleCard) => new CircleCardHarness(el);
const root = (el: CircleCard) => harness(el).root;
/** Words as read: without the isolates (U+2066–U+2069) around API values in sentences and lists. */
const plain = <T extends string | null>(text: T) => (text === null ? text : text.replace(/[\u2066-\u2069]/g, '')) as T;
const shown = (el: CircleCard) => plain(harness(el).text);
const part = (el: CircleCard, name: string) => harness(el).part(name);
const partText = (el: CircleCard, name: string) => plain(harness(el).partText(name));
const link = (el: CircleCard) => harness(el).link!;
/** Whether the image box paints the built-in picture (brand-coloured shapes, masked, over it). */
const drawsPlaceholder = (box: HTMLElement) => {
  const picture = getComputedStyle(box, '::after');
  return picture.maskImage.startsWith('url("data:image/svg+xml') && picture.backgroundColor !== 'rgba(0, 0, 0, 0)';
};

async function card(circle: LearningCircle, attrs: { lang?: string; layout?: string; signupPage?: string } = {}) {
  return fixture<CircleCard>(html`<circle-card
    .circle=${circle}
    lang=${attrs.lang ?? 'en-US'}
    layout=${attrs.layout ?? 'card'}
    signup-page=${attrs.signupPage ?? ''}
  ></circle-card>`);
}

/** Lets the click reach the page but never navigate away from the test page; tells whether the card cancelled it. */
function guardNavigation() {
  const seen: boolean[] = [];
  const guard = (event: Event) => {
    seen.push(event.defaultPrevented);
    event.preventDefault();
  };
  window.addEventListener('click', guard);
  return {
    cancelledByCard: () => seen.at(-1),
    clicks: () => seen.length,
    stop: () => window.removeEventListener('click', guard),
  };
}

describe('<circle-card>', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
  });

  it('links to the P2PU page in the widget language when P2PU has it', async () => {
    const root = await fixture(html`<div lang="fr"><circle-card></circle-card></div>`);
    const el = root.querySelector<CircleCard>('circle-card')!;
    el.circle = circleFixture({});
    await el.updateComplete;
    expect(link(el).href).to.match(/^https:\/\/learningcircles\.p2pu\.org\/fr\/signup\//);
  });

  it('is marked with a ring when highlighted (property and attribute), in forced colours too', async () => {
    const el = await card(circleFixture({}));
    const frame = part(el, 'card')!;
    expect(getComputedStyle(frame).boxShadow).to.equal('none');
    el.highlighted = true;
    await el.updateComplete;
    expect(el.hasAttribute('highlighted')).to.equal(true);
    await waitUntil(() => /\b3px\b/.test(getComputedStyle(frame).boxShadow), 'a ring around the card');
    await emulateMedia({ forcedColors: 'active' });
    try {
      expect(getComputedStyle(frame).outlineStyle, 'an outline where shadows are dropped').to.equal('solid');
      expect(getComputedStyle(frame).outlineWidth).to.equal('3px');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
    await expect(el).to.be.accessible();
    el.removeAttribute('highlighted');
    await el.updateComplete;
    expect(el.highlighted).to.equal(false);
  });

  describe('from a circle object', () => {
    it('shows every field of an open in-person circle', async () => {
      const circle = circleFixture({ imageUrl: `${localApi.open}/media/riverside-python.svg` });
      const el = await card(circle);
      const text = shown(el);
      expect(root(el).querySelector('h3')!.textContent!.trim()).to.equal('Python at Riverside');
      expect(partText(el, 'course')).to.contain('Course: Programming for Everybody');
      expect(partText(el, 'course')).to.contain('by University of Michigan via Coursera');
      expect(text).to.contain('Facilitated by Maya and Tom');
      expect(text).to.contain('Riverside Branch Library, Riverbend');
      const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' }).format(
        new Date(`${circle.startDate}T12:00:00Z`),
      );
      expect(text).to.contain(`Weekly on ${weekday}, 6:00`);
      expect(text).to.match(/7:30\sPM CST/);
      const startText = new Intl.DateTimeFormat('en-US', {
        timeZone: 'UTC', weekday: 'short', year: 'numeric', month: 'short', day: 'numeric',
      }).format(new Date(`${circle.startDate}T00:00:00Z`));
      expect(text).to.contain(`Starts ${startText}`);
      expect(text).to.contain('6 meetings');
      expect(partText(el, 'status')).to.equal('Signup open');
      expect(partText(el, 'seats')).to.equal('7 seats left');
      expect(partText(el, 'cta')).to.equal('Sign up');
      expect(text).not.to.contain('Your time');
      const img = part(el, 'image')!.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(circle.imageUrl);
      expect(img.getAttribute('alt')).to.equal('');
      expect(img.getAttribute('loading')).to.equal('lazy');
      await expect(el).to.be.accessible();
    });

    it('uses a built-in placeholder without an image, and when the image fails to load', async () => {
      const el = await card(circleFixture({ imageUrl: null }));
      expect(part(el, 'image')!.querySelector('img')).to.not.exist;
      expect(drawsPlaceholder(part(el, 'image')!)).to.equal(true);

      const broken = await card(circleFixture({ imageUrl: `${localApi.open}/__fault/html500/media/gone.jpg` }));
      await waitUntil(() => drawsPlaceholder(part(broken, 'image')!), 'placeholder after a failed image');
      expect(part(broken, 'image')!.querySelector('img')).to.not.exist;
      await expect(broken).to.be.accessible();
    });

    it('draws a low placeholder that differs from course to course and is the same for every circle of a course', async () => {
      /** How a card 343 px wide (a phone's) draws its placeholder: pattern, ground, mark, and its box. */
      const placeholder = async (courseId: number, id: number) => {
        const course = { ...circleFixture().course, id: courseId };
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: 343px"><circle-card lang="en" .circle=${circleFixture({ id, course, imageUrl: null })}></circle-card></div>`,
        );
        const el = wrapper.querySelector('circle-card')!;
        await el.updateComplete;
        const image = part(el, 'image')!;
        expect(drawsPlaceholder(image)).to.equal(true);
        const { backgroundImage, backgroundColor } = getComputedStyle(image);
        return { look: [backgroundImage, backgroundColor, getComputedStyle(image, '::after').backgroundColor].join(' | '), box: image.getBoundingClientRect() };
      };
      const python = await placeholder(1203, 4821);
      const mindfulness = await placeholder(1405, 4796);
      const pythonAgain = await placeholder(1203, 4822);
      expect(mindfulness.look, 'two courses').not.to.equal(python.look);
      expect(pythonAgain.look, 'one course').to.equal(python.look);
      expect(python.box.width).to.be.above(300);
      expect(python.box.height, 'a low band, not a 16:9 picture').to.be.at.most(python.box.width / 3);
    });

    const statuses: [string, Parameters<typeof circleFixture>[0], string, string][] = [
      ['open', { startInDays: 20 }, 'Signup open', 'Sign up'],
      ['starting soon (within 7 days)', { startInDays: 3 }, 'Starting soon', 'Sign up'],
      ['in progress', { startInDays: -7 }, 'In progress', 'Sign up'],
      ['full', { startInDays: 20, signupCount: 12 }, 'Full', 'View details'],
      ['closed', { startInDays: 20, status: 'closed', signupOpen: false }, 'Signup closed', 'View details'],
      ['signup switched off before it starts', { startInDays: 20, signupOpen: false }, 'Signup closed', 'View details'],
      ['on their last day', { startInDays: -21, weeks: 4, signupOpen: false }, 'Signup closed', 'View details'],
      ['completed', { startInDays: -60 }, 'Completed', 'View details'],
      ['a draft', { startInDays: 20, draft: true }, 'Not published yet', 'View details'],
    ];
    for (const [name, options, label, cta] of statuses) {
      it(`shows the status of ${name} circles in words, with the matching call to action`, async () => {
        const el = await card(circleFixture(options));
        expect(partText(el, 'status')).to.equal(label);
        expect(harness(el).badges, 'one status badge').to.have.length(1);
        expect(part(el, 'status')!.querySelector('svg')).to.exist; // a badge, not colour alone
        expect(partText(el, 'cta')).to.equal(cta);
        expect(link(el).href).to.equal(circleFixture(options).url); // still a link
        await expect(el).to.be.accessible();
      });
    }

    it('shows one status badge, the most useful one: a circle starting soon is not also "Signup open"', async () => {
      const el = await card(circleFixture({ startInDays: 3 }));
      expect(harness(el).badges).to.deep.equal(['Starting soon']);
      expect(shown(el)).not.to.contain('Signup open');
      expect(partText(el, 'cta')).to.equal('Sign up'); // the call to action says signup is open
      await expect(el).to.be.accessible();
    });

    it('says why a circle on its last day takes no signups (P2PU still lists it as open)', async () => {
      // last meeting today: P2PU sends status in_progress and signup_open false
      const circle = circleFixture({ startInDays: -21, weeks: 4, signupOpen: false });
      expect(circle.lastMeetingDate).to.equal(isoDay(0));
      const el = await card(circle);
      const h = harness(el);
      expect(h.badges).to.deep.equal(['Signup closed']);
      expect(h.reason).to.equal('Signup has closed: this learning circle ends today.');
      expect(h.cta).to.equal('View details');
      expect(h.seats, 'no seats offered').to.equal(null);
      expect(link(el).getAttribute('aria-describedby')).to.equal('status reason cta');
      await expect(el).to.be.accessible();

      // an open circle has no such line
      const open = await card(circleFixture({ startInDays: -7 }));
      expect(harness(open).reason).to.equal(null);
      expect(link(open).getAttribute('aria-describedby')).to.equal('status cta');
    });

    it('says when a circle started, meets next, or ended', async () => {
      const running = circleFixture({ startInDays: -7, nextMeetingDate: isoDay(0) });
      const nextText = new Intl.DateTimeFormat('en-US', {
        timeZone: 'UTC', weekday: 'short', year: 'numeric', month: 'short', day: 'numeric',
      }).format(new Date(`${running.nextMeetingDate}T00:00:00Z`));
      const runningText = shown(await card(running));
      expect(runningText).to.contain('Started ');
      expect(runningText).to.contain(`Next meeting ${nextText}`);
      const ended = circleFixture({ startInDays: -60 });
      const endText = new Intl.DateTimeFormat('en-US', {
        timeZone: 'UTC', weekday: 'short', year: 'numeric', month: 'short', day: 'numeric',
      }).format(new Date(`${ended.lastMeetingDate}T00:00:00Z`));
      expect(shown(await card(ended))).to.contain(`Ended ${endText}`);
    });

    it('writes dates and times the way the widget language does (24 h in German, 12 h in US English)', async () => {
      const circle = circleFixture({ startDate: '2031-05-06', lastMeetingDate: '2031-06-10', weeks: 1 });
      const de = shown(await card(circle, { lang: 'de' }));
      expect(de).to.contain('18:00');
      expect(de).to.contain('Dienstag');
      expect(de).not.to.match(/PM/);
      const us = shown(await card(circle, { lang: 'en-US' }));
      expect(us).to.match(/6:00\s?–\s?7:30\sPM/);
      expect(us).to.contain('Tuesday');
      expect(us).to.contain('1 meeting');
      expect(us).not.to.contain('18:00');
    });

    it('shows an online circle as "Online" with the viewer’s own time next to the circle’s', async () => {
      const circle = onlineCircleAwayFromViewer(5);
      const el = await card(circle);
      const text = shown(el);
      expect(text).to.contain('Online');
      expect(text).not.to.contain('Riverside Branch Library');
      const zone = /^[+-]/.test(circle.timeZone) ? `UTC${circle.timeZone}` : circle.timeZone;
      expect(harness(el).circleTime).to.match(new RegExp(`6:00.*PM ${zone.replace('+', '\\+')}$`));
      const viewer = harness(el).viewerTime!;
      expect(viewer).to.match(/^Your time: \w{3},? \d{1,2}:\d{2}/);
      expect(viewer).not.to.contain('6:00 PM');
      await expect(el).to.be.accessible();

      const sameZone = await card(onlineCircleAwayFromViewer(0));
      expect(harness(sameZone).viewerTime).to.equal(null);
      expect(shown(sameZone)).not.to.contain('Your time');
    });

    it('shows seats left, one seat, no limit, and "No seats left" when full', async () => {
      expect(partText(await card(circleFixture({ signupLimit: 12, signupCount: 11 })), 'seats')).to.equal('1 seat left');
      expect(part(await card(circleFixture({ signupLimit: null })), 'seats')).to.not.exist;
      const full = await card(circleFixture({ signupLimit: 12, signupCount: 12 }));
      expect(partText(full, 'seats')).to.equal('No seats left');
      expect(partText(full, 'status')).to.equal('Full');
      const closed = await card(circleFixture({ status: 'closed', signupOpen: false }));
      expect(part(closed, 'seats')).to.not.exist;
    });

    it('names the circle’s language when it differs from the widget’s', async () => {
      expect(shown(await card(circleFixture({ language: 'es' })))).to.contain('Language: Spanish');
      expect(shown(await card(circleFixture({ language: 'en' })))).not.to.contain('In English');
    });

    it('renders hostile strings as text and wraps long words at 320 px', async () => {
      const hostile = circleFixture({
        name: '<img src=x onerror=alert(1)>',
        facilitators: ['"><script>alert(1)</script>', 'Jordan'],
        venue: 'Rockridge Branch <b>Library</b>',
        course: {
          ...circleFixture().course,
          title: 'Antidisestablishmentarianismfloccinaucinihilipilificationpneumonoultramicroscopicsilicovolcanoconiosis',
        },
      });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><circle-card lang="en" .circle=${hostile}></circle-card></div>`,
      );
      const el = wrapper.querySelector('circle-card')!;
      await el.updateComplete;
      expect(root(el).querySelector('img[src="x"]')).to.not.exist;
      expect(root(el).querySelector('script, b')).to.not.exist;
      expect(link(el).textContent!.trim()).to.equal('<img src=x onerror=alert(1)>');
      expect(shown(el)).to.contain('Rockridge Branch <b>Library</b>');
      const frame = part(el, 'card')!;
      expect(frame.getBoundingClientRect().width).to.be.at.most(320);
      expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
      await expect(el).to.be.accessible();
    });

    it('names a circle whose name is only zero-width characters after its course, never with an empty link', async () => {
      const invisible = '\u200B\u200C\u200D\uFEFF \u2060';
      const el = await card(circleFixture({ name: invisible }));
      expect(link(el).textContent!.trim()).to.equal('Programming for Everybody');
      expect(part(el, 'course')?.textContent ?? '').not.to.contain('Course:'); // not said twice
      await expect(el).to.be.accessible();

      const nothingShown = await card(
        circleFixture({ name: invisible, course: { ...circleFixture().course, title: '\u200B\u200E' } }),
      );
      expect(link(nothingShown).textContent!.trim()).to.equal('Untitled learning circle');
      await expect(nothingShown).to.be.accessible();
    });
  });

  describe('one link target', () => {
    it('is one link named after the circle that the whole card clicks through, with three controls above it', async () => {
      const el = await card(circleFixture());
      const h = harness(el);
      const links = root(el).querySelectorAll('a[href]');
      // the card's link, and the venue's map link
      expect([...links]).to.deep.equal([h.link, h.directionsLink]);
      expect(root(el).querySelectorAll('button').length).to.equal(2);
      expect([h.shareButton, h.calendarButton].every(Boolean)).to.equal(true);
      const title = h.link!;
      expect(title.hasAttribute('aria-label') || title.hasAttribute('aria-labelledby')).to.equal(false);
      expect(root(el).querySelectorAll('[tabindex]:not([tabindex="-1"])').length).to.equal(0);
      expect(title.textContent!.trim()).to.equal('Python at Riverside');
      expect(title.closest('h3')).to.exist;
      const hitAt = (target: Element) => {
        const box = target.getBoundingClientRect();
        return root(el).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      };
      // the call to action, the image and a line of text are covered by the link
      for (const name of ['cta', 'image']) {
        const hit = hitAt(part(el, name)!);
        expect(hit === title, `${name} is inside the link target (hit: ${hit?.localName})`).to.equal(true);
      }
      expect(hitAt(root(el).querySelector('.dates')!) === title, 'the dates line').to.equal(true);
      // the map link, Share and Add to calendar are above it: each takes its own clicks
      for (const control of [h.directionsLink!, h.shareButton!, h.calendarButton!]) {
        expect(hitAt(control) === control, `${control.textContent} takes its own clicks`).to.equal(true);
      }
      // beside the buttons, the card's link again
      const actions = root(el).querySelector('.circle-actions')!.getBoundingClientRect();
      expect(root(el).elementFromPoint(actions.right - 2, actions.top + actions.height / 2)).to.equal(title);
      await expect(el).to.be.accessible();
    });

    it('fires p2pu-circle-select and then lets the browser follow the link', async () => {
      const circle = circleFixture();
      const el = await card(circle);
      const nav = guardNavigation();
      try {
        const selected = oneEvent(el, 'p2pu-circle-select');
        link(el).click();
        const event = await selected;
        expect(event.detail).to.deep.equal({ id: 4821, url: circle.url });
        expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
        expect(nav.cancelledByCard()).to.equal(false);
      } finally {
        nav.stop();
      }
    });

    it('does not navigate when a listener cancels p2pu-circle-select (also with the keyboard)', async () => {
      const el = await card(circleFixture());
      const nav = guardNavigation();
      const cancel = (e: Event) => e.preventDefault();
      document.addEventListener('p2pu-circle-select', cancel);
      try {
        link(el).click();
        expect(nav.cancelledByCard()).to.equal(true);
        link(el).focus();
        const selected = oneEvent(el, 'p2pu-circle-select');
        await sendKeys({ press: 'Enter' });
        expect((await selected).detail.id).to.equal(4821);
        expect(nav.cancelledByCard()).to.equal(true);
      } finally {
        document.removeEventListener('p2pu-circle-select', cancel);
        nav.stop();
      }
    });

    it('leaves ctrl/cmd-clicks (new tab) to the browser', async () => {
      const el = await card(circleFixture());
      const nav = guardNavigation();
      let fired = 0;
      const count = () => fired++;
      el.addEventListener('p2pu-circle-select', count);
      try {
        link(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
        expect(nav.clicks()).to.equal(1);
        expect(fired).to.equal(0);
        expect(nav.cancelledByCard()).to.equal(false);
      } finally {
        nav.stop();
      }
    });

    it('leads to the circle’s P2PU page, or to the configured signup page with the id filled in', async () => {
      const circle = circleFixture();
      expect(link(await card(circle)).href).to.equal(circle.url);

      const own = await card(circle, { signupPage: '/join.html?circle={id}' });
      expect(link(own).href).to.equal(new URL('/join.html?circle=4821', location.href).href);
      const nav = guardNavigation();
      try {
        const selected = oneEvent(own, 'p2pu-circle-select');
        link(own).click();
        expect((await selected).detail.url).to.equal(new URL('/join.html?circle=4821', location.href).href);
      } finally {
        nav.stop();
      }

      const provided = await fixture(html`<p2pu-config signup-page="https://library.example/join?c={id}">
        <circle-card .circle=${circle}></circle-card>
      </p2pu-config>`);
      const inner = provided.querySelector('circle-card')!;
      await inner.updateComplete;
      expect(link(inner).href).to.equal('https://library.example/join?c=4821');

      const unsafe = await card(circle, { signupPage: 'javascript:alert(1)' });
      expect(link(unsafe).href).to.equal(circle.url);
    });

    it('fits the heading level to the page and follows the layout', async () => {
      const h2 = await fixture<CircleCard>(html`<circle-card heading-level="2" .circle=${circleFixture()}></circle-card>`);
      expect(root(h2).querySelector('h2 a')).to.exist;
      const compact = await card(circleFixture(), { layout: 'compact' });
      expect(part(compact, 'image')).to.not.exist;
      expect(partText(compact, 'cta')).to.equal('Sign up');

      const wide = await fixture<HTMLDivElement>(
        html`<div style="width: 640px"><circle-card layout="list" .circle=${circleFixture()}></circle-card></div>`,
      );
      const listCard = wide.querySelector('circle-card')!;
      await listCard.updateComplete;
      const image = part(listCard, 'image')!.getBoundingClientRect();
      const body = part(listCard, 'body')!.getBoundingClientRect();
      expect(image.right).to.be.at.most(body.left + 1); // image beside the text
      const narrow = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><circle-card layout="list" .circle=${circleFixture()}></circle-card></div>`,
      );
      const stacked = narrow.querySelector('circle-card')!;
      await stacked.updateComplete;
      expect(part(stacked, 'image')!.getBoundingClientRect().bottom).to.be.at.most(
        part(stacked, 'body')!.getBoundingClientRect().top + 1,
      ); // image above the text
    });

    it('follows its own width: the picture beside the text from 680 px, above it and lower on a phone', async () => {
      /** A card `width` px wide: its picture's box and its text's. */
      const boxes = async (width: number, circle = circleFixture({ imageUrl: `${localApi.open}/media/riverside-python.svg` })) => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><circle-card lang="en" .circle=${circle}></circle-card></div>`);
        const el = wrapper.querySelector('circle-card')!;
        await el.updateComplete;
        return { image: part(el, 'image')!.getBoundingClientRect(), body: part(el, 'body')!.getBoundingClientRect(), el };
      };
      const wide = await boxes(720);
      expect(wide.image.right, 'beside the text').to.be.at.most(wide.body.left + 1);
      expect(wide.image.width / 720).to.be.within(0.3, 0.4);
      expect(wide.image.height, 'as tall as the text').to.be.closeTo(wide.body.height, 1);
      const tablet = await boxes(600);
      expect(tablet.image.bottom, 'above the text').to.be.at.most(tablet.body.top + 1);
      expect(tablet.image.width / tablet.image.height).to.be.closeTo(16 / 9, 0.02);
      const phone = await boxes(320);
      expect(phone.image.bottom).to.be.at.most(phone.body.top + 1);
      expect(phone.image.width / phone.image.height, 'a lower picture').to.be.closeTo(2, 0.02);
      expect(parseFloat(getComputedStyle(part(phone.el, 'body')!).paddingTop), 'text closer to the edge').to.be.below(
        parseFloat(getComputedStyle(part(tablet.el, 'body')!).paddingTop),
      );
      const noPicture = await boxes(720, circleFixture({ imageUrl: null }));
      expect(noPicture.image.height, 'the band fills the picture column beside the text').to.be.closeTo(noPicture.body.height, 1);
    });

    it('lays out as a card unless told otherwise, and again when its layout attribute is taken away', async () => {
      const el = await fixture<CircleCard>(html`<circle-card lang="en" .circle=${circleFixture({ imageUrl: `${localApi.open}/media/riverside-python.svg` })}></circle-card>`);
      expect(el.layout).to.equal('card');
      expect(el.hasAttribute('layout'), 'the default is not written into the page').to.equal(false);
      expect(part(el, 'image')).to.exist;
      el.setAttribute('layout', 'compact');
      await el.updateComplete;
      expect(part(el, 'image'), 'compact: no picture').to.not.exist;
      el.removeAttribute('layout');
      await el.updateComplete;
      expect(el.layout).to.equal('card');
      expect(part(el, 'image')).to.exist;
      el.layout = 'list';
      await el.updateComplete;
      expect(el.getAttribute('layout'), 'a layout set as a property is reflected').to.equal('list');
    });

    it('rings the whole card when its link has the keyboard focus', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button><circle-card lang="en" .circle=${circleFixture()}></circle-card></div>`);
      const el = wrapper.querySelector('circle-card')!;
      await el.updateComplete;
      const frame = part(el, 'card')!;
      expect(getComputedStyle(frame).outlineStyle).to.equal('none');
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(link(el));
      expect(getComputedStyle(frame).outlineStyle).to.equal('solid');
      expect(getComputedStyle(frame).outlineWidth).to.equal('3px');
      expect(getComputedStyle(frame).outlineOffset, 'outside the card, not clipped by it').to.equal('2px');
      expect(getComputedStyle(link(el), '::after').outlineStyle, 'one ring').to.equal('none');
    });

    it('mirrors for right-to-left pages', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir="rtl" lang="ar" style="width: 360px"><circle-card .circle=${circleFixture()}></circle-card></div>`,
      );
      const el = wrapper.querySelector('circle-card')!;
      await el.updateComplete;
      const cta = part(el, 'cta')!.getBoundingClientRect();
      const body = part(el, 'body')!.getBoundingClientRect();
      expect(cta.left - body.left).to.be.below(body.right - cta.right); // CTA at the inline end (left)
      await expect(el).to.be.accessible();
    });
  });

  describe('share, add to calendar and directions', () => {
    let undo: (() => void)[] = [];
    afterEach(() => {
      undo.reverse().forEach((fn) => fn());
      undo = [];
    });

    it('renders the controls only: their code loads when one is pressed', async () => {
      // (the first test of this file to press one)
      const el = await card(circleFixture());
      expect(moduleLoaded('/src/internal/share.ts'), 'share code before Share').to.equal(false);
      expect(moduleLoaded('/src/internal/ics.ts'), '.ics builder before Add to calendar').to.equal(false);
      undo.push(stubShare(null), stubClipboard().restore);
      harness(el).shareButton!.click();
      await waitUntil(() => harness(el).actionStatus === 'Link copied', 'copied');
      expect(moduleLoaded('/src/internal/share.ts')).to.equal(true);
      expect(moduleLoaded('/src/internal/ics.ts'), 'still no .ics builder').to.equal(false);
      await catchDownload(() => harness(el).calendarButton!.click());
      expect(moduleLoaded('/src/internal/ics.ts')).to.equal(true);
    });

    it('names each control after what it does', async () => {
      const el = await card(circleFixture());
      const h = harness(el);
      expect(h.shareButton!.getAttribute('aria-label')).to.equal('Share Python at Riverside');
      expect(h.shareButton!.textContent).to.equal('Share'); // the visible words begin the name
      expect(h.calendarButton!.getAttribute('aria-label')).to.equal('Add to calendar: Python at Riverside');
      expect(h.calendarButton!.textContent).to.equal('Add to calendar');
      expect(plain(h.directionsLink!.getAttribute('aria-label'))).to.equal(
        'Riverside Branch Library, Riverbend: map and directions (opens in a new tab)',
      );
      expect(plain(h.directionsLink!.textContent)).to.equal('Riverside Branch Library, Riverbend');
      for (const control of [h.shareButton!, h.calendarButton!, h.directionsLink!]) {
        const box = control.getBoundingClientRect();
        expect(Math.min(box.width, box.height), `${control.textContent} is at least 24 px`).to.be.at.least(24);
      }
      await expect(el).to.be.accessible();
    });

    it('shares the library’s signup page for the circle through the share sheet, when the library has one', async () => {
      const shared: ShareData[] = [];
      undo.push(stubShare(async (data) => void shared.push(data)));
      const el = await card(circleFixture(), { signupPage: 'https://library.example/join?c={id}' });
      harness(el).shareButton!.click();
      await waitUntil(() => shared.length === 1, 'the share sheet opened');
      expect(shared[0]).to.deep.equal({
        title: 'Python at Riverside',
        text: 'Learning circle: Python at Riverside',
        url: 'https://library.example/join?c=4821',
      });
      // the same address as the card's own link (one rule: src/internal/circle-link.ts)
      expect(shared[0]!.url).to.equal(harness(el).link!.href);
      await el.updateComplete;
      expect(harness(el).actionStatus, 'nothing to say after the share sheet').to.equal('');
    });

    it('shares the circle’s P2PU page, in the widget’s language, without a signup page of the library', async () => {
      const shared: ShareData[] = [];
      undo.push(stubShare(async (data) => void shared.push(data)));
      const el = await card(circleFixture(), { lang: 'es' });
      harness(el).shareButton!.click();
      await waitUntil(() => shared.length === 1, 'the share sheet opened');
      expect(shared[0]!.url).to.equal('https://learningcircles.p2pu.org/es/signup/riverside-branch-library-4821/');
    });

    it('copies the link where the browser has no share sheet, and says so, also to screen readers', async () => {
      undo.push(stubShare(null));
      const clipboard = stubClipboard();
      undo.push(clipboard.restore);
      const el = await card(circleFixture(), { signupPage: '/join.html?circle={id}' });
      const h = harness(el);
      h.shareButton!.click();
      await waitUntil(() => h.actionStatus === 'Link copied', 'said');
      expect(clipboard.copied).to.deep.equal([new URL('/join.html?circle=4821', location.href).href]);
      const region = root(el).querySelector('.circle-actions [role="status"]') as HTMLElement;
      expect(region.textContent).to.equal('Link copied');
      expect(region.getBoundingClientRect().height, 'seen too').to.be.above(0);
      await expect(el).to.be.accessible();

      // said again when copied again (the region is emptied first)
      const said: string[] = [];
      const watch = new MutationObserver(() => said.push(region.textContent ?? ''));
      watch.observe(region, { childList: true, characterData: true, subtree: true });
      h.shareButton!.click();
      await waitUntil(() => said.at(-1) === 'Link copied', 'said again');
      watch.disconnect();
      expect(said).to.include('');
      expect(clipboard.copied).to.have.length(2);
    });

    it('says nothing when the learner closes the share sheet', async () => {
      let asked = 0;
      undo.push(
        stubShare(() => {
          asked++;
          return Promise.reject(new DOMException('Share canceled', 'AbortError'));
        }),
      );
      const clipboard = stubClipboard();
      undo.push(clipboard.restore);
      const el = await card(circleFixture());
      harness(el).shareButton!.click();
      await waitUntil(() => asked === 1, 'the share sheet opened');
      await aTimeout(50);
      await el.updateComplete;
      expect(harness(el).actionStatus).to.equal('');
      expect(harness(el).copyField).to.equal(null);
      expect(clipboard.copied, 'nothing copied instead').to.deep.equal([]);
    });

    it('shows the link, selected, to copy by hand when copying is impossible', async () => {
      undo.push(stubShare(null));
      const clipboard = stubClipboard({ allowed: false, oldWay: false });
      undo.push(clipboard.restore);
      const el = await card(circleFixture());
      const h = harness(el);
      h.shareButton!.click();
      await waitUntil(() => h.copyField, 'the link shown');
      await waitUntil(() => h.focused === h.copyField, 'focus on the link');
      expect(h.actionStatus).to.equal('The link could not be copied. Select it below and copy it.');
      const field = h.copyField!;
      expect(field.value).to.equal(circleFixture().url);
      expect(field.readOnly).to.equal(true);
      expect(field.getAttribute('aria-label')).to.equal('Link to Python at Riverside');
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
      await expect(el).to.be.accessible();
    });

    it('says so when an action fails, and stays usable', async () => {
      // no file can be made (the same path as code that cannot load: offline, blocked)
      const el = await card(circleFixture());
      const h = harness(el);
      const realCreate = URL.createObjectURL;
      (URL as { createObjectURL?: unknown }).createObjectURL = undefined;
      try {
        h.calendarButton!.click();
        await waitUntil(() => h.actionStatus !== '', 'said');
        expect(h.actionStatus).to.equal('That did not work. Check your internet connection and try again.');
      } finally {
        URL.createObjectURL = realCreate;
      }
      const file = await catchDownload(() => h.calendarButton!.click());
      expect(file, 'works again').to.not.equal(null);
      await el.updateComplete;
      expect(h.actionStatus).to.equal('');
    });

    it('downloads the whole series as an .ics file, with the times of the signup’s calendar', async () => {
      // running for a week: the file still holds every meeting, the first one too
      const circle = circleFixture({ startInDays: -7, weeks: 6 });
      const el = await card(circle);
      const file = await catchDownload(() => harness(el).calendarButton!.click());
      expect(file, 'a download').to.not.equal(null);
      expect(file!.fileName).to.equal('python-at-riverside.ics');
      const ics = unfold(file!.text);
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
      // 18:00 at UTC-06:00 (the circle's offset) is 00:00 UTC the next day, every week
      const expected = weeklyDates(circle.startDate, 6).map((date) => {
        const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        return `${next.replace(/-/g, '')}T000000Z`;
      });
      expect(values(ics, 'DTSTART')).to.deep.equal(expected);
      expect(values(ics, 'DTEND')[0]).to.equal(expected[0]!.replace('T000000Z', 'T013000Z'));
      expect(new Set(values(ics, 'UID')).size).to.equal(6);
      expect(values(ics, 'SUMMARY')[0]).to.equal('Learning circle: Python at Riverside');
      expect(values(ics, 'LOCATION')[0]).to.equal('Riverside Branch Library\\, 930 E Monroe St\\, Riverbend');
      expect(values(ics, 'URL')[0]).to.equal(circle.url);
      expect(harness(el).actionStatus, 'nothing to say: the browser shows the download').to.equal('');
    });

    it('writes the calendar in the widget’s language', async () => {
      const el = await card(circleFixture({ facilitators: ['Ruth', 'Jamal', 'Keiko'] }), { lang: 'es' });
      await waitUntil(() => harness(el).cta !== 'Sign up', 'the Spanish texts');
      const file = await catchDownload(() => harness(el).calendarButton!.click());
      const ics = unfold(file!.text);
      expect(ics).to.contain('Ruth\\, Jamal y Keiko');
      expect(values(ics, 'SUMMARY')[0]).not.to.match(/^Learning circle:/);
      expect(values(ics, 'SUMMARY')[0]).to.contain('Python at Riverside');
    });

    it('offers no calendar for a circle that has ended, and no Share without a link', async () => {
      const ended = harness(await card(circleFixture({ startInDays: -60 })));
      expect(ended.status).to.equal('Completed');
      expect(ended.calendarButton).to.equal(null);
      expect(ended.shareButton).to.exist;
      const nowhere = harness(await card(circleFixture({ url: null })));
      expect(nowhere.link).to.equal(null);
      expect(nowhere.shareButton).to.equal(null);
      expect(nowhere.calendarButton).to.exist;
    });

    it('links an in-person venue to OpenStreetMap in a new tab: the coordinates, else the address', async () => {
      const h = harness(await card(circleFixture()));
      const map = h.directionsLink!;
      expect(map.href).to.equal('https://www.openstreetmap.org/?mlat=43.81241&mlon=-91.25164#map=17/43.81241/-91.25164');
      expect(map.target).to.equal('_blank');
      expect(map.rel).to.equal('noopener');
      expect(map.getAttribute('part')).to.equal('directions');
      expect(h.partText('directions')).to.contain('Riverside Branch Library');

      const noGeo = harness(await card(circleFixture({ latitude: null, longitude: null })));
      expect(noGeo.directionsLink!.href).to.equal('https://www.openstreetmap.org/search?query=930%20E%20Monroe%20St%2C%20Riverbend');
    });

    it('gives an online circle no directions', async () => {
      const el = await card(onlineCircleAwayFromViewer(0));
      const h = harness(el);
      expect(h.directionsLink).to.equal(null);
      expect(h.part('directions')).to.equal(null);
      expect(root(el).querySelector('.place')!.textContent).to.equal('Online');
      expect(root(el).querySelector('.place a[href]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('fits 320 px and mirrors for right-to-left pages', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir="rtl" lang="ar" style="width: 320px"><circle-card .circle=${circleFixture()}></circle-card></div>`,
      );
      const el = wrapper.querySelector('circle-card')!;
      await el.updateComplete;
      const h = harness(el);
      const frame = part(el, 'card')!;
      expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
      const share = h.shareButton!.getBoundingClientRect();
      const calendar = h.calendarButton!.getBoundingClientRect();
      const body = part(el, 'body')!.getBoundingClientRect();
      expect(share.right, 'Share first, at the right').to.be.closeTo(body.right - parseFloat(getComputedStyle(part(el, 'body')!).paddingRight), 2);
      expect(calendar.right <= share.left || calendar.top >= share.bottom, 'Add to calendar after it').to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('by circle-id', () => {
    it('shows a skeleton while loading, then the circle from the API', async () => {
      const loading = await fixture<CircleCard>(
        html`<circle-card circle-id="4821" endpoint=${`${localApi.open}/__fault/hang`}></circle-card>`,
      );
      await aTimeout(50);
      expect(harness(loading).state).to.equal('loading');
      expect(root(loading).querySelector('.skeleton')).to.exist;
      expect(root(loading).querySelector('[role="status"]')!.textContent).to.contain('Loading learning circle');
      await expect(loading).to.be.accessible();

      const el = await fixture<CircleCard>(html`<circle-card circle-id="4821" endpoint=${localApi.open}></circle-card>`);
      await harness(el).settled();
      expect(harness(el).state).to.equal('content');
      expect(link(el).textContent!.trim()).to.equal('Python at Riverside');
      expect(shown(el)).to.contain('Riverside Branch Library, Riverbend');
      expect(partText(el, 'cta')).to.equal('Sign up');
      expect(link(el).href).to.match(/\/signup\/.*4821\/$/);
      await expect(el).to.be.accessible();
    });

    it('shows a draft as not published yet, without a signup call to action', async () => {
      const el = await fixture<CircleCard>(html`<circle-card circle-id="4830" endpoint=${localApi.open}></circle-card>`);
      await waitUntil(() => part(el, 'status'), 'the draft loads', { timeout: 5000 });
      expect(partText(el, 'status')).to.equal('Not published yet');
      expect(partText(el, 'cta')).to.equal('View details');
    });

    it('says why there is no Sign up on a circle’s last day (seed circle 4796)', async () => {
      const el = await fixture<CircleCard>(html`<circle-card circle-id="4796" endpoint=${localApi.open}></circle-card>`);
      const card = await harness(el).settled();
      expect(card.state).to.equal('content');
      expect(plain(card.title)).to.equal('Mindfulness and Wellbeing');
      expect(card.badges).to.deep.equal(['Signup closed']);
      expect(card.reason).to.equal('Signup has closed: this learning circle ends today.');
      expect(card.cta).to.equal('View details');
      await expect(el).to.be.accessible();
    });

    it('says so when the circle does not exist', async () => {
      const el = await fixture<CircleCard>(html`<circle-card circle-id="999999" endpoint=${localApi.open}></circle-card>`);
      const card = await harness(el).settled();
      expect(card.state).to.equal('not-found');
      expect(card.notFound).to.exist;
      expect(card.text).to.contain('This learning circle could not be found');
      await expect(el).to.be.accessible();
    });

    it('shows an error with a retry that loads the circle and moves focus to it', async () => {
      const broken = await fixture<CircleCard>(
        html`<circle-card circle-id="4821" endpoint=${`${localApi.open}/__fault/html500`}></circle-card>`,
      );
      const failed = await harness(broken).settled();
      expect(failed.state).to.equal('error');
      expect(failed.errorText).to.contain('This learning circle could not be loaded');
      expect(failed.error!.getAttribute('role')).to.equal('alert');
      await expect(broken).to.be.accessible();

      // The first request fails (through the server's html500 fault), the retry goes through.
      const realFetch = window.fetch;
      let calls = 0;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        calls++;
        const url = String(input);
        return realFetch(calls === 1 ? url.replace(localApi.open, `${localApi.open}/__fault/html500`) : url, init);
      };
      try {
        const el = await fixture<CircleCard>(
          html`<circle-card circle-id="4821" transport="cors" endpoint=${localApi.open}></circle-card>`,
        );
        const card = await harness(el).settled();
        expect(card.retryButton, 'retry offered').to.exist;
        card.retryButton!.click();
        await waitUntil(() => card.state === 'content' && card.link, 'loaded after retry', { timeout: 5000 });
        await el.updateComplete;
        expect(card.focused === card.link, 'focus on the loaded card’s link').to.equal(true);
        expect(calls).to.equal(2);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('tells the page editor when circle-id is not a circle number', async () => {
      const el = await fixture<CircleCard>(html`<circle-card circle-id="Python class" endpoint=${localApi.open}></circle-card>`);
      const card = harness(el);
      expect(card.state).to.equal('problem');
      expect(card.part('problem')!.getAttribute('role')).to.equal('note');
      expect(card.problem).to.contain('For the page editor');
      expect(card.problem).to.contain('circle-id "Python class" is not a learning circle number');
      expect(root(el).querySelector('.skeleton, article')).to.not.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('data-state on the root', () => {
    it('is content for a circle object, whatever circle-id says', async () => {
      const el = await fixture<CircleCard>(html`<circle-card circle-id="nope" .circle=${circleFixture()}></circle-card>`);
      expect(harness(el).state).to.equal('content');
      expect(harness(el).problem).to.equal(null);
    });

    it('is loading, then content, for a circle loaded by id', async () => {
      const hung = await fixture<CircleCard>(
        html`<circle-card circle-id="4822" endpoint=${`${localApi.open}/__fault/hang`}></circle-card>`,
      );
      expect(harness(hung).state).to.equal('loading');
      const el = await fixture<CircleCard>(html`<circle-card circle-id="4822" endpoint=${localApi.open}></circle-card>`);
      expect((await harness(el).settled()).state).to.equal('content');
    });

    it('is not-found for an id no circle has', async () => {
      const el = await fixture<CircleCard>(html`<circle-card circle-id="999999" endpoint=${localApi.open}></circle-card>`);
      expect((await harness(el).settled()).state).to.equal('not-found');
    });

    it('is error when P2PU fails', async () => {
      const el = await fixture<CircleCard>(
        html`<circle-card circle-id="4821" endpoint=${`${localApi.open}/__fault/html500`}></circle-card>`,
      );
      expect((await harness(el).settled()).state).to.equal('error');
    });

    it('is problem without a circle or a usable circle-id, with the page-editor note', async () => {
      for (const el of [
        await fixture<CircleCard>(html`<circle-card></circle-card>`),
        await fixture<CircleCard>(html`<circle-card circle-id="12a"></circle-card>`),
      ]) {
        const card = harness(el);
        expect(card.state).to.equal('problem');
        expect(card.part('problem')!.getAttribute('role')).to.equal('note');
      }
    });
  });
});

describe('<circle-card> size', () => {
  /** Every node of the card's shadow tree: elements, text and Lit's comment markers. */
  const nodeCount = (el: CircleCard) => {
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
    let count = 0;
    while (walker.nextNode()) count++;
    return count;
  };
  // Everything a card can show at once: course and provider, running with a next meeting, online
  // with the viewer's own time, facilitators, another language, seats left, the call to action.
  const everything = (imageUrl: string | null) =>
    onlineCircleAwayFromViewer(5, { startInDays: -7, nextMeetingDate: isoDay(0), language: 'es', imageUrl });

  it('stays within 60 DOM nodes with the placeholder picture', async () => {
    const el = await card(everything(null));
    const text = shown(el);
    for (const words of ['Next meeting', 'Your time', 'Facilitated by Maya and Tom', 'Language: Spanish', 'Online']) {
      expect(text).to.contain(words);
    }
    expect(partText(el, 'course')).to.contain('Course: Programming for Everybody');
    expect(partText(el, 'course')).to.contain('by University of Michigan via Coursera');
    expect(partText(el, 'status')).to.equal('In progress');
    expect(partText(el, 'seats')).to.equal('7 seats left');
    expect(partText(el, 'cta')).to.equal('Sign up');
    expect(drawsPlaceholder(part(el, 'image')!)).to.equal(true);
    const count = nodeCount(el);
    expect(count, `${count} nodes`).to.be.at.most(60);
  });

  it('stays within 60 DOM nodes on a last day, with the reason instead of the seats', async () => {
    const el = await card(
      onlineCircleAwayFromViewer(5, { startInDays: -21, weeks: 4, signupOpen: false, nextMeetingDate: isoDay(0), language: 'es' }),
    );
    expect(harness(el).reason).to.equal('Signup has closed: this learning circle ends today.');
    const count = nodeCount(el);
    expect(count, `${count} nodes`).to.be.at.most(60);
  });

  it('stays within 60 DOM nodes for every circle of the local API, with Share, Add to calendar and directions', async () => {
    const client = getClient({ endpoint: localApi.open, transport: 'cors' });
    const circles: LearningCircle[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await client.searchCircles({ limit: 100, offset });
      circles.push(...page.items);
      if (!page.items.length || circles.length >= page.count) break;
    }
    expect(circles.length, 'the seed circles').to.be.above(50);
    const counts: Record<number, number> = {};
    for (const circle of circles) {
      const el = await card(circle, { signupPage: '/join.html?circle={id}' });
      const h = harness(el);
      expect(h.shareButton, `${circle.id} can be shared`).to.exist;
      expect(Boolean(h.directionsLink), `${circle.id}: directions for in-person circles only`).to.equal(!circle.online);
      counts[circle.id] = nodeCount(el);
    }
    const over = Object.entries(counts).filter(([, n]) => n > 60);
    expect(over, `nodes per card: ${JSON.stringify(counts)}`).to.deep.equal([]);
  });

  it('stays within 60 DOM nodes with an image', async () => {
    const el = await card(everything(`${localApi.open}/media/riverside-python.svg`));
    expect(part(el, 'image')!.querySelector('img')).to.exist;
    const count = nodeCount(el);
    expect(count, `${count} nodes`).to.be.at.most(60);
  });
});
