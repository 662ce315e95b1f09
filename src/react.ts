/**
 * React wrappers for the widgets, made with @lit/react. React itself is passed in, so this package
 * does not depend on a React version:
 *
 *   import * as React from 'react';
 *   import { createReactComponents } from '@p2pu/learning-circle-widgets/react.js';
 *   const { CircleFinder } = createReactComponents(React);
 *   <CircleFinder teamId="12" onCircleSelect={(e) => …} />
 */
import { createComponent, type EventName } from '@lit/react';
import { P2puConfig } from './config/p2pu-config.js';
import { CircleCard, type CircleSelectDetail } from './components/circle-card/circle-card.js';
import { CircleFinder } from './components/circle-finder/circle-finder.js';
import { CircleSignup } from './components/circle-signup/circle-signup.js';
import { CourseCard } from './components/course-card/course-card.js';
import { CourseFinder } from './components/course-finder/course-finder.js';

type ReactModule = Parameters<typeof createComponent>[0]['react'];

const circleSelect = 'p2pu-circle-select' as EventName<CustomEvent<CircleSelectDetail>>;

export function createReactComponents(react: ReactModule) {
  return {
    P2puConfig: createComponent({ react, tagName: 'p2pu-config', elementClass: P2puConfig }),
    CircleCard: createComponent({
      react,
      tagName: 'circle-card',
      elementClass: CircleCard,
      events: { onCircleSelect: circleSelect },
    }),
    CircleFinder: createComponent({
      react,
      tagName: 'circle-finder',
      elementClass: CircleFinder,
      events: {
        onCircleSelect: circleSelect,
        onCircleSearch: 'p2pu-circle-search' as EventName<GlobalEventHandlersEventMap['p2pu-circle-search']>,
      },
    }),
    CircleSignup: createComponent({
      react,
      tagName: 'circle-signup',
      elementClass: CircleSignup,
      events: {
        onSignup: 'p2pu-signup' as EventName<GlobalEventHandlersEventMap['p2pu-signup']>,
        onSignupError: 'p2pu-signup-error' as EventName<GlobalEventHandlersEventMap['p2pu-signup-error']>,
      },
    }),
    CourseCard: createComponent({
      react,
      tagName: 'course-card',
      elementClass: CourseCard,
      events: {
        onCourseSelect: 'p2pu-course-select' as EventName<GlobalEventHandlersEventMap['p2pu-course-select']>,
        onCourseOpen: 'p2pu-course-open' as EventName<GlobalEventHandlersEventMap['p2pu-course-open']>,
      },
    }),
    CourseFinder: createComponent({
      react,
      tagName: 'course-finder',
      elementClass: CourseFinder,
      events: {
        onCourseSearch: 'p2pu-course-search' as EventName<GlobalEventHandlersEventMap['p2pu-course-search']>,
        onCourseSelect: 'p2pu-course-select' as EventName<GlobalEventHandlersEventMap['p2pu-course-select']>,
      },
    }),
  };
}
