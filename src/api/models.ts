/**
 * Normalized models: what components see. camelCase, numbers as numbers, URLs checked to be
 * http(s) (or null), optional keys present as null, duplicates removed. Strings are plain text
 * entered by people: render them as text, never as HTML. Every number, list and text is bounded
 * (`LIMITS`, `TEXT_LIMITS` in normalize.ts): long text ends in "…".
 */

export type CircleStatus = 'upcoming' | 'in_progress' | 'closed' | 'completed';

export interface CircleCourse {
  id: number;
  title: string;
  provider: string;
  /** External course URL (http/https only), or null. */
  link: string | null;
  /** The course page on P2PU (http/https only), or null. */
  coursePageUrl: string | null;
}

export interface LearningCircle {
  id: number;
  name: string;
  course: CircleCourse;
  /** Display string of the facilitators' first names ("Maya and Tom"); may be "Unknown". */
  facilitator: string;
  /** First names only. */
  facilitators: string[];
  venue: string;
  /** `"<address>, <city>"` as sent. */
  venueAddress: string;
  /** http(s) URL of the venue, or null (empty, relative, `javascript:` … all become null). */
  venueWebsite: string | null;
  city: string;
  region: string;
  country: string;
  countryEn: string;
  latitude: number | null;
  longitude: number | null;
  online: boolean;
  /** Language the facilitator chose for the circle, e.g. `en`. */
  language: string;
  /** English weekday of the first meeting ("Tuesday"). */
  day: string;
  /** First meeting, `YYYY-MM-DD` (circle's local date). */
  startDate: string;
  /** First meeting as an absolute instant (ISO 8601 with offset), or null on old servers. */
  startDateTime: string | null;
  /** UTC offset of the first meeting in minutes (`-05:00` → -300), or null when unknown. */
  utcOffsetMinutes: number | null;
  /** Local wall-clock start time, `HH:MM`, or null when malformed. */
  meetingTime: string | null;
  /** Local wall-clock end time, `HH:MM` (may be past midnight), or null. */
  endTime: string | null;
  /** Meeting length in minutes (end − start modulo 24 h), or null. */
  durationMinutes: number | null;
  /** Time-zone abbreviation at the first meeting ("CDT", "-03"). */
  timeZone: string;
  /** Last meeting, `YYYY-MM-DD`. */
  lastMeetingDate: string;
  /** Number of meetings (published circles), 0–104: a larger `weeks` from the API is clamped. */
  weeks: number;
  /** Only with `scope=active|upcoming|current`; otherwise null. */
  nextMeetingDate: string | null;
  /** Public page of the circle with P2PU's hosted signup form (http/https), or null. */
  url: string | null;
  reportUrl: string | null;
  /** Absolute image URL, or null (use a default image). */
  imageUrl: string | null;
  /** The facilitator's extra signup question, or null. */
  signupQuestion: string | null;
  draft: boolean;
  signupOpen: boolean;
  /** 1–10,000; null means no limit (also for a larger `signup_limit`). */
  signupLimit: number | null;
  /** 0–1,000,000. */
  signupCount: number;
  /** Seats left; null when there is no limit; never negative. */
  seatsLeft: number | null;
  isFull: boolean;
  status: CircleStatus;
  /** `signupOpen && !draft && !isFull && (status is upcoming or in_progress)`. */
  canSignUp: boolean;
}

/** Counts of ratings per star, or null when never computed. */
export type RatingStepCounts = Record<1 | 2 | 3 | 4 | 5, number>;

export interface Course {
  id: number;
  title: string;
  /** English label: "Online Course", "Book", "Video", "Article", "Interest Group", "Other", "Unknown". */
  format: string;
  provider: string;
  creator: string;
  /** External course URL (http/https only), or null. */
  link: string | null;
  caption: string;
  /** True: "always available". */
  onDemand: boolean;
  /** Keywords without empty entries. */
  keywords: string[];
  /** Topic-guide titles. */
  topics: string[];
  language: string;
  languageDisplay: string;
  /** Mean rating 0–5, or null when unrated. */
  rating: number | null;
  totalRatings: number;
  ratingStepCounts: RatingStepCounts | null;
  coursePageUrl: string | null;
  createdAt: string | null;
  unlisted: boolean;
  /** Number of circles using the course (drafts included). */
  learningCircles: number;
}

/** A keyword for the circle `topics` filter, with the number of courses using it. */
export interface CircleTopic {
  keyword: string;
  count: number;
}

/** A city for the circle `city` filter (exact, case-sensitive match). */
export interface City {
  value: string;
  label: string;
}

/** A topic guide for the course `topics` filter. */
export interface CourseTopic {
  slug: string;
  title: string;
}

export interface CourseLanguage {
  code: string;
  /** English name. */
  name: string;
  /** The language's own name ("español"). */
  nameLocal: string;
  /** Name in the request's language. */
  nameTranslated: string;
  bidi: boolean;
}

/**
 * A P2PU team (`/api/teams/`): a library or network whose facilitators run learning circles.
 * Plain text only: the organizers' `intro_text` (HTML) is left out.
 */
export interface Team {
  /** The `team-id` of the widgets: 1 to 2,147,483,647. */
  id: number;
  name: string;
  /** One line under the name ("Free study groups at every branch"); may be empty. */
  subtitle: string;
  /** Where the team is, as its organizers wrote it ("Riverbend, WI, USA"); may be empty. */
  location: string;
  /** The team's published learning circles, past ones included (`studygroup_count`). */
  circleCount: number;
  memberCount: number;
  /** The team's own website (http/https only), or null. */
  website: string | null;
  /** The team page's picture (http/https only), or null. */
  imageUrl: string | null;
  logoUrl: string | null;
  /** The centre of the team's map, or null when unset. */
  coordinates: { latitude: number; longitude: number } | null;
}

/** Someone on a team's page: one of its organizers or facilitators. */
export interface TeamMember {
  firstName: string;
  /** Where they are; may be empty. */
  city: string;
  /** A few words about them, plain text; may be empty. */
  bio: string;
  role: 'organizer' | 'facilitator';
  /** Their picture (http/https only), or null. */
  avatarUrl: string | null;
}

/** A team with its page (`/api/teams/<id>/`): the organizers' introduction and the people listed. */
export interface TeamPage extends Team {
  /**
   * The organizers' introduction, as the HTML they wrote (capped). Never render it as HTML: only
   * through the safe subset of src/internal/safe-html.ts.
   */
  introHtml: string;
  /** Organizers and facilitators, in P2PU's order. */
  members: TeamMember[];
}

/**
 * A learning circle as a pin on a map (`/api/learning-circles-map/`, or a team's circles): only
 * circles that are still running (`active`) and have valid coordinates.
 */
export interface MapCircle {
  id: number;
  /** The circle's name (plain text). */
  title: string;
  /** −90…90. */
  latitude: number;
  /** −180…180. */
  longitude: number;
  city: string;
  /** First meeting, `YYYY-MM-DD`, or '' when unknown. */
  startDate: string;
  /** The circle's public page with P2PU's signup form (http/https), or null. */
  url: string | null;
}

export interface Page<T> {
  /** At most the requested `limit` items, without duplicates. */
  items: T[];
  /**
   * Total matches before paging (the server may over-count duplicates), clamped to 1,000,000 and
   * never less than `offset` + the items of this page.
   */
  count: number;
  /** The offset asked for. */
  offset: number;
  /** The page size asked for. */
  limit: number;
  /** More items exist after this page: false once the server sends no items. */
  hasMore: boolean;
}

export interface CirclePage extends Page<LearningCircle> {
  /** Matches with signup open, before the `signup` filter (for an "Open (n)" tab). */
  signupOpenCount: number;
  /** Matches with signup closed or ended, before the `signup` filter. */
  signupClosedCount: number;
}

/** A signup as the component collects it. */
export interface SignupRequest {
  learningCircle: number;
  name: string;
  email: string;
  /** International format (E.164, `+12175550142`); empty or missing means none. */
  mobile?: string;
  communicationsOptIn?: boolean;
  consent: boolean;
  signupQuestions: {
    goals: string;
    support: string;
    /** Required when the circle has a `signupQuestion`. */
    customQuestion?: string;
  };
}

/** Default image for circles without one (P2PU's own). */
export const DEFAULT_CIRCLE_IMAGE_URL =
  'https://learningcircles.p2pu.org/static/images/learning-circle-default.jpg';
