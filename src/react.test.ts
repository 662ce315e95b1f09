/**
 * The React wrappers (src/react.ts), rendered by real React 18 and React 19 (npm aliases react18 /
 * react19, bundled per run by test/react-bundles.mjs) against the local P2PU API. Configuration is
 * passed the React way, as props, which @lit/react sets as element properties.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type * as ReactTypes from 'react';
import { createReactComponents } from './react.js';
import { clearApiCache, resetClients, type Course, type LearningCircle } from './api/index.js';
import { localApi } from '../test/local-api.js';
import {
  REACT_MAJORS,
  deepQueryAll,
  loadReact,
  mount,
  unmountAll,
  visibleText,
  type Mounted,
  type ReactBundle,
} from '../test/react-harness.js';

type Wrappers = ReturnType<typeof createReactComponents>;
type AnyComponent = ReactTypes.ComponentType<Record<string, unknown>>;

const api = () => localApi.open;
const WAIT = { timeout: 6000 };

/** The only element of `tag` that a mounted tree rendered. */
function only<T extends HTMLElement>(view: Mounted, tag: string): T {
  const found = view.container.querySelectorAll<T>(tag);
  expect(found.length, `<${tag}> elements rendered`).to.equal(1);
  return found[0]!;
}

const circleCards = (finder: Element) =>
  [...finder.shadowRoot!.querySelectorAll<HTMLElement & { circle: LearningCircle | null }>('circle-card')];
const shownCircleIds = (finder: Element) =>
  circleCards(finder)
    .map((card) => card.circle?.id)
    .filter((id): id is number => typeof id === 'number')
    .sort((a, b) => a - b);

/** Ids of the circles the local API lists for a team in the finder's default tab (open for signup). */
async function teamCircles(teamId: number): Promise<{ ids: number[]; names: string[] }> {
  const response = await fetch(`${api()}/api/learningcircles/?team_id=${teamId}&signup=open&limit=100`);
  const body = (await response.json()) as { items: { id: number; name: string }[] };
  expect(body.items.length, `team ${teamId} has circles open for signup`).to.be.greaterThan(0);
  return { ids: body.items.map((c) => c.id).sort((a, b) => a - b), names: body.items.map((c) => c.name) };
}

/** Waits until the finder shows exactly the circles `ids`, and each of their names. */
async function showsCircles(finder: Element, expected: { ids: number[]; names: string[] }, what: string) {
  await waitUntil(
    () => JSON.stringify(shownCircleIds(finder)) === JSON.stringify(expected.ids),
    `${what}: the finder showed circles ${JSON.stringify(shownCircleIds(finder))}, expected ${JSON.stringify(expected.ids)}`,
    WAIT,
  );
  await waitUntil(() => expected.names.every((name) => visibleText(finder).includes(name)), `${what}: circle names not shown`, WAIT);
}

/** `p2pu-circle-search` → `onCircleSearch`: the @lit/react prop for an event of custom-elements.json. */
const propForEvent = (name: string) =>
  `on${name
    .replace(/^p2pu-/, '')
    .split('-')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('')}`;

interface ManifestElement {
  name: string;
  tagName?: string;
  customElement?: boolean;
  events?: { name: string }[];
}

/** What an element needs to show something (so it does not warn about missing settings). */
const sampleProps: Record<string, Record<string, unknown>> = {
  'circle-card': { circleId: '4821' },
  'circle-signup': { circleId: '4821' },
  'course-card': { courseId: '1203' },
  'circle-flyer': { circleId: '4821' },
  'team-profile': { teamId: '1' },
  'circle-map': { teamId: '1' },
};

async function manifestElements(): Promise<ManifestElement[]> {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run analyze` (or `npm run build`)');
  const manifest = (await response.json()) as { modules: { declarations?: ManifestElement[] }[] };
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
}

describe('React wrappers (src/react.ts)', () => {
  it('propForEvent names props the way src/react.ts does', () => {
    expect(propForEvent('p2pu-circle-search')).to.equal('onCircleSearch');
    expect(propForEvent('p2pu-signup-error')).to.equal('onSignupError');
  });

  for (const major of REACT_MAJORS) {
    describe(`with React ${major}`, () => {
      let react: ReactBundle;
      let W: Wrappers;
      let h: typeof ReactTypes.createElement;

      before(async () => {
        react = await loadReact(major);
        W = createReactComponents(react.React);
        h = react.React.createElement;
      });

      beforeEach(() => {
        clearApiCache();
        resetClients();
      });

      afterEach(() => unmountAll());

      it(`runs React ${major} and its ReactDOM`, () => {
        expect(react.React.version.split('.')[0]).to.equal(major);
        expect(react.domVersion).to.equal(react.React.version);
      });

      it('has a wrapper for every element in custom-elements.json, and an on… prop for each of its events', async () => {
        const elements = await manifestElements();
        expect(elements.map((e) => e.tagName)).to.include.members(['circle-finder', 'circle-card', 'p2pu-config']);
        const wrappers = W as unknown as Record<string, AnyComponent | undefined>;
        expect(Object.keys(wrappers).sort(), 'wrappers and manifest classes').to.deep.equal(elements.map((e) => e.name).sort());
        for (const element of elements) {
          const Wrapper = wrappers[element.name];
          expect(Wrapper, `a wrapper for <${element.tagName}> (${element.name})`).to.exist;
          const seen: string[] = [];
          const props: Record<string, unknown> = { endpoint: api(), transport: 'cors', ...sampleProps[element.tagName!] };
          for (const { name } of element.events ?? []) props[propForEvent(name)] = (e: Event) => seen.push(e.type);
          const view = mount(react, h(Wrapper!, props));
          const el = only(view, element.tagName!);
          for (const { name } of element.events ?? []) {
            el.dispatchEvent(new CustomEvent(name, { detail: {} }));
            expect(seen, `<${element.tagName}> ${name} reaches ${propForEvent(name)}`).to.include(name);
          }
          expect(seen).to.have.length(element.events?.length ?? 0);
          view.unmount();
        }
      });

      it('CircleFinder with teamId shows that team’s circles, and only those', async () => {
        const team2 = await teamCircles(2);
        const view = mount(react, h(W.CircleFinder, { endpoint: api(), transport: 'cors', teamId: '2' }));
        const finder = only(view, 'circle-finder');
        await showsCircles(finder, team2, 'teamId="2"');
        expect(visibleText(finder)).not.to.contain('Python at Riverside'); // team 1's
      });

      it('CircleFinder follows a changed teamId prop on re-render', async () => {
        const [team2, team6] = await Promise.all([teamCircles(2), teamCircles(6)]);
        const view = mount(react, h(W.CircleFinder, { endpoint: api(), transport: 'cors', teamId: '2' }));
        const finder = only(view, 'circle-finder');
        await showsCircles(finder, team2, 'teamId="2"');
        view.rerender(h(W.CircleFinder, { endpoint: api(), transport: 'cors', teamId: '6' }));
        expect(only(view, 'circle-finder'), 'React kept the same element').to.equal(finder);
        await showsCircles(finder, team6, 'teamId changed to "6"');
        expect(team2.names.some((name) => visibleText(finder).includes(name))).to.equal(false);
      });

      it('onCircleSearch fires with the search’s result count', async () => {
        const searches: CustomEvent<{ count: number }>[] = [];
        const team6 = await teamCircles(6);
        mount(
          react,
          h(W.CircleFinder, {
            endpoint: api(),
            transport: 'cors',
            teamId: '6',
            onCircleSearch: (e: CustomEvent<{ count: number }>) => searches.push(e),
          }),
        );
        await waitUntil(() => searches.length > 0, 'onCircleSearch was not called', WAIT);
        expect(searches[0]!.type).to.equal('p2pu-circle-search');
        expect(searches[0]!.detail.count).to.equal(team6.ids.length);
      });

      it('<P2puConfig teamId endpoint> gives a CircleFinder inside it that team', async () => {
        const team6 = await teamCircles(6);
        const view = mount(
          react,
          h(W.P2puConfig, { endpoint: api(), transport: 'cors', teamId: '6' }, h(W.CircleFinder, {})),
        );
        const finder = only(view, 'p2pu-config circle-finder');
        await showsCircles(finder, team6, '<P2puConfig teamId="6">');
      });

      it('CircleCard with circleId shows that circle', async () => {
        const view = mount(react, h(W.CircleCard, { endpoint: api(), transport: 'cors', circleId: '4821' }));
        const card = only(view, 'circle-card');
        await waitUntil(() => visibleText(card).includes('Python at Riverside'), `the card shows: "${visibleText(card)}"`, WAIT);
      });

      it('CourseCard with courseId shows that course', async () => {
        const view = mount(react, h(W.CourseCard, { endpoint: api(), transport: 'cors', courseId: '1203' }));
        const card = only(view, 'course-card');
        await waitUntil(
          () => visibleText(card).includes('Programming for Everybody'),
          `the course card shows: "${visibleText(card)}"`,
          WAIT,
        );
      });

      it('CourseFinder shows courses, and onCourseSearch fires', async () => {
        const searches: CustomEvent<{ count: number }>[] = [];
        const view = mount(
          react,
          h(W.CourseFinder, {
            endpoint: api(),
            transport: 'cors',
            onCourseSearch: (e: CustomEvent<{ count: number }>) => searches.push(e),
          }),
        );
        const finder = only(view, 'course-finder');
        const cards = () => deepQueryAll<HTMLElement & { course: Course | null }>(finder.shadowRoot!, 'course-card');
        await waitUntil(() => cards().length > 0 && cards().every((c) => c.course), 'no course cards', WAIT);
        const titles = cards().map((c) => c.course!.title);
        await waitUntil(() => titles.every((t) => visibleText(finder).includes(t)), 'course titles not shown', WAIT);
        await waitUntil(() => searches.length > 0, 'onCourseSearch was not called', WAIT);
        expect(searches[0]!.detail.count).to.be.greaterThan(0);
      });

      it('CircleSignup with circleId shows the circle and the signup form', async () => {
        const view = mount(react, h(W.CircleSignup, { endpoint: api(), transport: 'cors', circleId: '4821' }));
        const signup = only(view, 'circle-signup');
        await waitUntil(() => signup.shadowRoot!.querySelector('form'), `no form; the widget shows: "${visibleText(signup)}"`, WAIT);
        expect(visibleText(signup)).to.contain('Python at Riverside');
        expect(signup.shadowRoot!.querySelector('input[type=email]'), 'an e-mail field').to.exist;
      });
    });
  }
});
