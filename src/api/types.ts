/**
 * Raw shapes exactly as the P2PU server sends them (p2pu-api.md §2). Only `normalize.ts` reads
 * these; everything else uses the normalized models in `models.ts`.
 *
 * `DateStr` is `YYYY-MM-DD`, `TimeStr` `HH:MM:SS`, `IsoDateTime` ISO 8601 with an offset or `Z`,
 * `DecimalStr` a decimal number sent as a string (`"39.781721"`).
 */

export type DateStr = string;
export type TimeStr = string;
export type IsoDateTime = string;
export type DecimalStr = string;

/** `{"status":"error","errors":{...}}`, always HTTP 200. */
export interface RawApiError {
  status: 'error';
  errors: Record<string, unknown[]>;
}

export type RawCircleStatus = 'upcoming' | 'in_progress' | 'closed' | 'completed';

export interface RawCircleCourse {
  id: number;
  title: string;
  provider: string;
  link: string;
  course_page_url: string;
}

export interface RawLearningCircle {
  course: RawCircleCourse;
  id: number;
  name: string;
  facilitator: string;
  facilitators: string[];
  venue: string;
  venue_address: string;
  /** `""` when none; not validated as a URL by the server. */
  venue_website: string;
  city: string;
  region: string;
  country: string;
  country_en: string;
  latitude: DecimalStr | null;
  longitude: DecimalStr | null;
  place_id: string;
  online: boolean;
  language: string;
  day: string;
  start_date: DateStr;
  /** Added 2025/26; older deployments may lack it. */
  start_datetime?: IsoDateTime;
  meeting_time: TimeStr;
  time_zone: string;
  last_meeting_date: DateStr;
  end_time: TimeStr;
  weeks: number;
  url: string;
  report_url: string;
  studygroup_path: string;
  draft: boolean;
  /** Added 2025/26. `null` means no limit. */
  signup_limit?: number | null;
  /** Added 2025/26. */
  signup_count?: number;
  signup_open: boolean;
  /** Key missing when the circle has no image. */
  image_url?: string;
  /** Key missing when the facilitator set no custom question. */
  signup_question?: string;
  /** Only with `scope=active|upcoming|current`. */
  next_meeting_date?: DateStr | null;
  /** Added 2025/26. */
  status?: RawCircleStatus;
  is_facilitator?: number;
  is_learner?: boolean;
}

export interface RawLearningCircleList {
  count: number;
  signup_open_count: number;
  signup_closed_count: number;
  offset?: number;
  limit?: number;
  items: RawLearningCircle[];
}

/** `/api/learningcircles/topics/`: keyword (lower-cased) → number of courses. */
export interface RawCircleTopics {
  topics: Record<string, number>;
}

/** `/api/learningcircles/cities/`. `label` and `value` are identical. */
export interface RawCities {
  count: number;
  items: { label: string; value: string }[];
}

export type RawCourseFormat =
  | 'Online Course'
  | 'Book'
  | 'Video'
  | 'Article'
  | 'Interest Group'
  | 'Other'
  | 'Unknown';

export interface RawCourse {
  id: number;
  title: string;
  format: RawCourseFormat | string;
  provider: string;
  platform: string;
  creator: string;
  link: string;
  caption: string;
  on_demand: boolean;
  keywords: string[];
  /** Topic-guide titles (the filter takes slugs). */
  topics: string[];
  language: string;
  language_display: string;
  /** 0–5, two decimals; 0 when unrated. */
  overall_rating: number;
  total_ratings: number;
  /** A JSON-encoded string such as `"{\"1\": 0, ...}"`, or `"{}"`. */
  rating_step_counts: string;
  course_page_url: string;
  course_page_path: string;
  course_edit_path: string;
  created_at: IsoDateTime;
  unlisted: boolean;
  learning_circles: number;
}

export interface RawCourseList {
  count: number;
  offset?: number;
  limit?: number;
  items: RawCourse[];
}

/** `/api/courses/topics/`: slug → title. */
export interface RawCourseTopics {
  topics: Record<string, string>;
}

export interface RawCourseLanguage {
  bidi: boolean;
  code: string;
  name: string;
  name_local: string;
  name_translated: string;
}

/** `/api/courses/languages/`, in no stable order. */
export interface RawCourseLanguages {
  languages: RawCourseLanguage[];
}

export interface RawTeamFacilitator {
  first_name: string;
  city: string;
  bio: string;
  contact_url: string;
  role: 'ORGANIZER' | 'FACILITATOR' | string;
  avatar_url?: string;
}

/** One team of `/api/teams/` (keys of unset images and coordinates are left out). */
export interface RawTeam {
  id: number;
  name: string;
  subtitle: string;
  page_slug: string;
  member_count: number;
  zoom: number;
  /** `"March 2019"`. */
  date_established: string;
  /** HTML written by the team's organizers: never render it as HTML. */
  intro_text: string;
  website: string;
  email_address: string;
  location: string;
  facilitators: RawTeamFacilitator[];
  membership: boolean;
  studygroup_count: number;
  image_url?: string;
  logo_url?: string;
  coordinates?: { longitude: DecimalStr; latitude: DecimalStr };
}

/** `/api/teams/`, ordered by name; `offset`/`limit` only when asked for. */
export interface RawTeamList {
  count: number;
  offset?: number;
  limit?: number;
  items: RawTeam[];
}

/** Body of `POST /api/signup/`. */
export interface RawSignupBody {
  learning_circle: number;
  name: string;
  email: string;
  mobile?: string;
  communications_opt_in: boolean;
  consent: boolean;
  signup_questions: {
    goals: string;
    support: string;
    custom_question?: string;
  };
}

/** Success (also for a repeated signup with the same e-mail). */
export interface RawSignupCreated {
  status: 'created';
}
