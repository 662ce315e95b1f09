/**
 * npm entry: registers every element (each registration is guarded, so a page that also has the
 * script-tag bundle does not throw) and exports their classes, the configuration helpers and the
 * API client.
 */
export { P2puConfig } from './config/p2pu-config.js';
export { CircleCard } from './components/circle-card/circle-card.js';
export { CircleFinder } from './components/circle-finder/circle-finder.js';
export { CircleSignup } from './components/circle-signup/circle-signup.js';
export { CourseCard } from './components/course-card/course-card.js';
export { CourseFinder } from './components/course-finder/course-finder.js';
export { CircleFlyer } from './components/circle-flyer/circle-flyer.js';
export { TeamProfile } from './components/team-profile/team-profile.js';
export { CircleMap } from './components/circle-map/circle-map.js';
export {
  DEFAULT_CONFIG,
  PRODUCTION_ENDPOINT,
  resolveConfig,
  signupPageUrl,
  type ConfigSource,
  type Transport,
  type WidgetConfig,
} from './config/config.js';
export { setGlobalConfig, getGlobalConfig } from './config/global-config.js';
export { VERSION } from './version.js';
export * from './api/index.js';
