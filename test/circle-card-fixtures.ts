/**
 * Learning circles for <circle-card> tests and stories, built as the normalized `LearningCircle`
 * model (what src/api hands to components). Dates are relative to today (UTC), as the server's are.
 */
import type { LearningCircle } from '../src/api/index.js';

/** `YYYY-MM-DD` of today (UTC) plus `days`. */
export function isoDay(days: number, today = new Date()): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days));
  return d.toISOString().slice(0, 10);
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export interface CircleFixtureOptions extends Partial<LearningCircle> {
  /** First meeting this many days from today (negative: in the past). Default 20. */
  startInDays?: number;
}

/**
 * An open, upcoming, in-person circle ("Python at Riverside"); override any field. Dates, weekday,
 * `startDateTime`, status-derived fields (`seatsLeft`, `isFull`, `canSignUp`) follow the options
 * unless given explicitly.
 */
export function circleFixture(options: CircleFixtureOptions = {}): LearningCircle {
  const { startInDays = 20, ...overrides } = options;
  const weeks = overrides.weeks ?? 6;
  const startDate = overrides.startDate ?? isoDay(startInDays);
  const lastMeetingDate = overrides.lastMeetingDate ?? isoDay(startInDays + 7 * (weeks - 1));
  const utcOffsetMinutes = overrides.utcOffsetMinutes === undefined ? -360 : overrides.utcOffsetMinutes;
  const meetingTime = overrides.meetingTime === undefined ? '18:00' : overrides.meetingTime;
  const status =
    overrides.status ?? (startInDays > 0 ? 'upcoming' : startInDays + 7 * (weeks - 1) >= 0 ? 'in_progress' : 'completed');
  const signupOpen = overrides.signupOpen ?? (status === 'upcoming' || status === 'in_progress');
  const signupLimit = overrides.signupLimit === undefined ? 12 : overrides.signupLimit;
  const signupCount = overrides.signupCount ?? 5;
  const seatsLeft = signupLimit === null ? null : Math.max(0, signupLimit - signupCount);
  const isFull = signupLimit !== null && signupCount >= signupLimit;
  const draft = overrides.draft ?? false;
  const id = overrides.id ?? 4821;
  const base: LearningCircle = {
    id,
    name: 'Python at Riverside',
    course: {
      id: 1203,
      title: 'Programming for Everybody',
      provider: 'University of Michigan via Coursera',
      link: 'https://www.coursera.org/learn/python',
      coursePageUrl: 'https://learningcircles.p2pu.org/en/course/1203/',
    },
    facilitator: 'Maya and Tom',
    facilitators: ['Maya', 'Tom'],
    venue: 'Riverside Branch Library',
    venueAddress: '930 E Monroe St, Riverbend',
    venueWebsite: 'https://riverbend-library.example.org/riverside',
    city: 'Riverbend',
    region: 'Wisconsin',
    country: 'United States of America',
    countryEn: 'United States of America',
    latitude: 43.81241,
    longitude: -91.25164,
    online: false,
    language: 'en',
    day: WEEKDAYS[new Date(`${startDate}T00:00:00Z`).getUTCDay()],
    startDate,
    startDateTime:
      meetingTime && utcOffsetMinutes !== null ? `${startDate}T${meetingTime}:00${offsetText(utcOffsetMinutes)}` : null,
    utcOffsetMinutes,
    meetingTime,
    endTime: '19:30',
    durationMinutes: 90,
    timeZone: 'CST',
    lastMeetingDate,
    weeks,
    nextMeetingDate: null,
    url: `https://learningcircles.p2pu.org/en/signup/riverside-branch-library-${id}/`,
    reportUrl: `https://learningcircles.p2pu.org/en/studygroup/${id}/report/`,
    imageUrl: null,
    signupQuestion: null,
    draft,
    signupOpen,
    signupLimit,
    signupCount,
    seatsLeft,
    isFull,
    status,
    canSignUp: signupOpen && !draft && !isFull && (status === 'upcoming' || status === 'in_progress'),
  };
  return { ...base, ...overrides };
}

/** The circle's first meeting at the same wall-clock time but `hours` away from the viewer's zone. */
export function onlineCircleAwayFromViewer(hours = 5, options: CircleFixtureOptions = {}): LearningCircle {
  const startInDays = options.startInDays ?? 20;
  const startDate = isoDay(startInDays);
  const viewerOffset = -new Date(`${startDate}T18:00:00Z`).getTimezoneOffset();
  let offset = viewerOffset + hours * 60;
  if (offset > 14 * 60) offset -= 24 * 60;
  return circleFixture({
    name: 'Climate Change: The Science (online)',
    online: true,
    venue: 'Online',
    venueAddress: 'Zoom, Riverbend',
    utcOffsetMinutes: offset,
    timeZone: offset === 0 ? 'UTC' : offsetText(offset).replace(':00', ''),
    ...options,
  });
}
