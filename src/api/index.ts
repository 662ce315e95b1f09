/**
 * Public API of the P2PU client (`@p2pu/learning-circle-widgets/api.js`). No Lit, no DOM beyond
 * fetch, `<script>` (JSONP) and localStorage.
 */
export {
  DEFAULT_ENDPOINT,
  P2puClient,
  getClient,
  normalizeEndpoint,
  resetClients,
  type CallOptions,
  type ClientOptions,
} from './client.js';
// The client's resources as functions of the core: what the widgets use, so that a page loads
// only the resources its widgets ask for (P2puClient carries them all).
export { ApiCore, getApiCore } from './core.js';
export { searchCircles, fetchCircle } from './circles.js';
export { fetchCircleTopics, fetchCities } from './circle-lookups.js';
export { searchCourses, fetchCourse } from './courses.js';
export { fetchCourseTopics, fetchCourseLanguages } from './course-lookups.js';
export { postSignup, canPostSignup } from './signup.js';
export { fetchTeams, fetchTeamOrNull, fetchTeamPage, mightBeUnknownTeam, TeamLookupError } from './teams.js';
export { fetchCircleMap, mapCircleOf, normalizeCircleMap, TEAM_MAP_MAX_PAGES, TEAM_MAP_PAGE_SIZE, type CircleMapOptions } from './circle-map.js';
export {
  P2puApiError,
  ValidationError,
  ServerError,
  NetworkError,
  TimeoutError,
  flattenErrors,
  isAbortError,
  type ApiErrorKind,
  type ApiErrorReason,
} from './errors.js';
export { clearApiCache, LIST_TTL_MS, LOOKUP_TTL_MS, STORAGE_PREFIX } from './cache.js';
export {
  DEFAULT_PAGE_SIZE,
  circleSearchParams,
  courseSearchParams,
  cleanSearchText,
  serverWeekday,
  type CircleOrder,
  type CircleQuery,
  type CircleScope,
  type CourseOrder,
  type CourseQuery,
  type Weekday,
} from './params.js';
export {
  DEFAULT_TIMEOUT_MS,
  JSONP_PREFIX,
  PRODUCTION_ORIGIN,
  chooseTransport,
  fetchJson,
  getAllowedEndpoints,
  isEndpointAllowed,
  jsonp,
  jsonpCallbackName,
  pageOriginAllowedByP2pu,
  setAllowedEndpoints,
  type Transport,
  type TransportMode,
} from './transport.js';
export { normalizeCircle, normalizeCirclePage } from './circles.js';
export { normalizeCourse, normalizeCoursePage, parseRatingStepCounts } from './courses.js';
export { MAX_NAME_LENGTH, toSignupBody } from './signup.js';
export { DEFAULT_CIRCLE_IMAGE_URL } from './models.js';
export { LIMITS, TEXT_LIMITS, capText, safeHttpUrl } from './normalize.js';
export { DAY_MS, WEEK_MS, clockMs, dateMs, weeklyDates } from './dates.js';
export {
  STARTING_SOON_DAYS,
  browserOffset,
  circleToday,
  closedReason,
  learnerStatus,
  meetingDates,
  meetingInstant,
  meetingsAhead,
  seatsLeft,
  viewerLocalMeeting,
  type ClosedReason,
  type LearnerStatus,
  type ViewerOffset,
} from './circle-rules.js';
export type {
  CirclePage,
  CircleCourse,
  CircleStatus,
  CircleTopic,
  City,
  Course,
  CourseLanguage,
  CourseTopic,
  LearningCircle,
  MapCircle,
  Page,
  RatingStepCounts,
  SignupRequest,
  Team,
  TeamMember,
  TeamPage,
} from './models.js';
export type * from './types.js';
