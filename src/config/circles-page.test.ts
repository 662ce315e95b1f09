/**
 * The `circles-page` setting: "See learning circles for this course" lands on the library's own
 * page, on that course's circles, however the library set it (the card, <p2pu-config>, the script
 * tag), and a value that is no web page is reported once and leaves the links on P2PU.
 */
import { expect, fixture, html } from '@open-wc/testing';
import './p2pu-config.js';
import '../components/course-card/course-card.js';
import '../components/course-finder/course-finder.js';
import '../components/circle-signup/circle-signup.js';
import type { CourseCard } from '../components/course-card/course-card.js';
import type { CourseFinder } from '../components/course-finder/course-finder.js';
import type { CircleSignup } from '../components/circle-signup/circle-signup.js';
import type { P2puConfig } from './p2pu-config.js';
import { CourseCardHarness } from '../components/course-card/course-card.harness.js';
import { CircleSignupHarness } from '../components/circle-signup/circle-signup.harness.js';
import { readScriptSettings } from './script-settings.js';
import { resetGlobalConfig, setGlobalConfig } from './global-config.js';
import { COURSE_PARAM, circlesPageUrl, isCirclesPage } from './circles-page.js';
import { clearApiCache, resetClients } from '../api/index.js';
import { courseFixture } from '../../test/course-card-fixtures.js';
import { localApi } from '../../test/local-api.js';

const here = (path: string) => new URL(path, location.href).href;
/** Where the card's "See learning circles for this course" goes. */
async function circlesLink(card: CourseCard): Promise<string> {
  await card.updateComplete;
  const link = new CourseCardHarness(card).circlesLink as HTMLAnchorElement;
  expect(link.textContent).to.contain('See learning circles for this course');
  return link.href;
}
const P2PU_COURSE_PAGE = 'https://learningcircles.p2pu.org/en/course/1203/';

describe('the circles-page setting', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
  });
  afterEach(() => resetGlobalConfig());

  it("makes one course's link from the template: {id} replaced, else the finder's lc_course added", () => {
    expect(COURSE_PARAM).to.equal('lc_course');
    expect(circlesPageUrl('/circles.html?lc_course={id}', 1203)).to.equal(here('/circles.html?lc_course=1203'));
    expect(circlesPageUrl('/courses/{id}/circles', 1203)).to.equal(here('/courses/1203/circles'));
    expect(circlesPageUrl('/learning-circles?page_id=7#find', 1203)).to.equal(here('/learning-circles?page_id=7&lc_course=1203#find'));
    expect(circlesPageUrl('https://library.example/lc', 877)).to.equal('https://library.example/lc?lc_course=877');
    // no course chosen (the signup): the page itself
    expect(circlesPageUrl('/circles.html?lc_course={id}&x=1', null)).to.equal(here('/circles.html?x=1'));
    expect(circlesPageUrl('/courses/{id}/circles', null)).to.equal(null);
    for (const bad of ['javascript:alert(1)', 'mailto:a@b.example', '', '   ', 'http://']) {
      expect(circlesPageUrl(bad, 1203), bad).to.equal(null);
      if (bad.trim()) expect(isCirclesPage(bad), bad).to.equal(false);
    }
    for (const good of ['/learning-circles', '/courses/{id}/circles', 'https://library.example/lc?c=%7Bid%7D', '#find']) {
      expect(isCirclesPage(good), good).to.equal(true);
    }
  });

  it("sends a card inside <p2pu-config circles-page> to the library's page, on that course", async () => {
    const root = await fixture<P2puConfig>(html`<p2pu-config circles-page="/learning-circles">
      <course-card .course=${courseFixture()}></course-card>
    </p2pu-config>`);
    const card = root.querySelector('course-card')!;
    expect(await circlesLink(card)).to.equal(here('/learning-circles?lc_course=1203'));
  });

  it('keeps the attribute a library pasted on the card, which wins over <p2pu-config>', async () => {
    const root = await fixture<P2puConfig>(html`<p2pu-config circles-page="/learning-circles">
      <course-card .course=${courseFixture()} circles-page="/circles.html?lc_course={id}"></course-card>
    </p2pu-config>`);
    expect(await circlesLink(root.querySelector('course-card')!)).to.equal(here('/circles.html?lc_course=1203'));
  });

  it("reads the script tag's data-circles-page, for every card on the page", async () => {
    const tag = document.createElement('script');
    tag.dataset.circlesPage = ' "/learning-circles" ';
    const settings = readScriptSettings(tag);
    expect(settings).to.deep.equal({ circlesPage: '/learning-circles' });
    setGlobalConfig(settings);
    const card = await fixture<CourseCard>(html`<course-card .course=${courseFixture()}></course-card>`);
    expect(await circlesLink(card)).to.equal(here('/learning-circles?lc_course=1203'));
  });

  it('links to P2PU when no page is set', async () => {
    const card = await fixture<CourseCard>(html`<course-card .course=${courseFixture()}></course-card>`);
    expect(await circlesLink(card)).to.equal(P2PU_COURSE_PAGE);
  });

  it('reports a value that is no web page once, where it was set, and the links go to P2PU', async () => {
    const root = await fixture<P2puConfig>(html`<p2pu-config circles-page="javascript:alert(1)">
      <course-card .course=${courseFixture()}></course-card>
    </p2pu-config>`);
    const card = root.querySelector('course-card')!;
    expect(await circlesLink(card)).to.equal(P2PU_COURSE_PAGE);
    await root.updateComplete;
    const notice = root.shadowRoot!.querySelector('[part~=problem]')!.textContent!.replace(/\s+/g, ' ');
    expect(notice).to.contain('circles-page "javascript:alert(1)" is not an http(s) address');
    // the card itself has nothing to fix
    expect(new CourseCardHarness(card).problem).to.equal(null);

    const problems: string[] = [];
    const tag = document.createElement('script');
    tag.dataset.circlesPage = 'javascript:alert(1)';
    expect(readScriptSettings(tag, problems)).to.deep.equal({});
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(/^circles-page "javascript:alert\(1\)" is not an http\(s\) address/);
  });

  it("gives <course-finder>'s cards the page, from the finder or from <p2pu-config>", async () => {
    for (const template of [
      html`<course-finder endpoint=${localApi.open} transport="cors" filters="" page-size="2" circles-page="/lc"></course-finder>`,
      html`<p2pu-config circles-page="/lc"><course-finder endpoint=${localApi.open} transport="cors" filters="" page-size="2"></course-finder></p2pu-config>`,
    ]) {
      const root = await fixture<HTMLElement>(template);
      const finder = (root.localName === 'course-finder' ? root : root.querySelector('course-finder')) as CourseFinder;
      const until = Date.now() + 6000;
      while (finder.shadowRoot!.querySelectorAll('course-card').length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      const cards = [...finder.shadowRoot!.querySelectorAll<CourseCard>('course-card')];
      expect(cards.length).to.be.greaterThan(0);
      for (const card of cards) expect(await circlesLink(card)).to.equal(here(`/lc?lc_course=${card.course!.id}`));
    }
  });

  it("sends a patron who reached the signup without a circle to <p2pu-config>'s page", async () => {
    const root = await fixture<P2puConfig>(html`<p2pu-config circles-page="/circles.html?lc_course={id}">
      <circle-signup endpoint=${localApi.open} circle-id-param="no_such_param"></circle-signup>
    </p2pu-config>`);
    const signup = root.querySelector<CircleSignup>('circle-signup')!;
    await signup.updateComplete;
    const s = new CircleSignupHarness(signup);
    expect(s.state).to.equal('no-circle');
    expect(s.chooseLink!.href).to.equal(here('/circles.html'));
    expect(s.problem).to.equal(null);
  });
});
