/**
 * React wrappers for the widgets, made with @lit/react. React itself is passed in, so this package
 * does not depend on a React version (tested with React 18 and 19):
 *
 *   import * as React from 'react';
 *   import { createReactComponents } from '@p2pu/learning-circle-widgets/react.js';
 *   const { CircleFinder } = createReactComponents(React);
 *   <CircleFinder teamId="12" onCircleSelect={(e) => …} />
 *
 * Settings are props (`teamId`, `endpoint`, `circleId`, …), set as properties on the element; each
 * `@fires` event of an element is an `on…` prop (`p2pu-circle-search` → `onCircleSearch`).
 * src/react.test.ts checks this list against custom-elements.json, so a new element or event
 * without a wrapper or prop fails the tests.
 */
import { createComponent, type EventName } from '@lit/react';
import { P2puConfig } from './config/p2pu-config.js';
import { CircleCard } from './components/circle-card/circle-card.js';
import { CircleFinder } from './components/circle-finder/circle-finder.js';
import { CircleSignup } from './components/circle-signup/circle-signup.js';
import { CourseCard } from './components/course-card/course-card.js';
import { CourseFinder } from './components/course-finder/course-finder.js';
import { CircleFlyer } from './components/circle-flyer/circle-flyer.js';
import { TeamProfile } from './components/team-profile/team-profile.js';
import { CircleMap } from './components/circle-map/circle-map.js';

type ReactModule = Parameters<typeof createComponent>[0]['react'];

/** An event name, typed with the event its element declares in GlobalEventHandlersEventMap. */
const event = <K extends keyof GlobalEventHandlersEventMap>(name: K) =>
  name as EventName<GlobalEventHandlersEventMap[K]>;

export function createReactComponents(react: ReactModule) {
  return {
    P2puConfig: createComponent({ react, tagName: 'p2pu-config', elementClass: P2puConfig }),
    CircleCard: createComponent({
      react,
      tagName: 'circle-card',
      elementClass: CircleCard,
      events: { onCircleSelect: event('p2pu-circle-select') },
    }),
    CircleFinder: createComponent({
      react,
      tagName: 'circle-finder',
      elementClass: CircleFinder,
      events: {
        onCircleSearch: event('p2pu-circle-search'),
        onCircleHighlight: event('p2pu-circle-highlight'),
        onCircleSelect: event('p2pu-circle-select'),
      },
    }),
    CircleSignup: createComponent({
      react,
      tagName: 'circle-signup',
      elementClass: CircleSignup,
      events: {
        onSignup: event('p2pu-signup'),
        onSignupError: event('p2pu-signup-error'),
      },
    }),
    CourseCard: createComponent({
      react,
      tagName: 'course-card',
      elementClass: CourseCard,
      events: {
        onCourseSelect: event('p2pu-course-select'),
        onCourseOpen: event('p2pu-course-open'),
      },
    }),
    CourseFinder: createComponent({
      react,
      tagName: 'course-finder',
      elementClass: CourseFinder,
      events: {
        onCourseSearch: event('p2pu-course-search'),
        onCourseSelect: event('p2pu-course-select'),
        onCourseOpen: event('p2pu-course-open'),
      },
    }),
    CircleFlyer: createComponent({ react, tagName: 'circle-flyer', elementClass: CircleFlyer }),
    TeamProfile: createComponent({ react, tagName: 'team-profile', elementClass: TeamProfile }),
    CircleMap: createComponent({ react, tagName: 'circle-map', elementClass: CircleMap }),
  };
}
