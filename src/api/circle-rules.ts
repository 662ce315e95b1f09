/**
 * Rules about learning circles as a learner meets them, in one place for every widget: the
 * status a learner sees, why signup is closed, seats left, which meetings are still ahead and when
 * an online circle's meeting is worth showing in the viewer's own time zone. No Lit, no words: the
 * widgets turn these answers into text.
 *
 * Dates: P2PU gives a circle's first meeting as a local date and wall-clock time plus, in
 * `start_datetime`, the UTC offset at that first meeting (no time-zone name). Every later meeting
 * is taken to be at the same offset (see src/internal/ics.ts for what that means around
 * summer time).
 */
import { DAY_MS, MAX_MEETINGS, clockMs, dateMs, weeklyDates } from './dates.js';
import type { LearningCircle } from './models.js';

/** What a learner sees as a circle's state (a card's badge). */
export type LearnerStatus = 'draft' | 'open' | 'starting-soon' | 'in-progress' | 'full' | 'closed' | 'completed';

/**
 * Why a circle takes no signups. `last-day`: its last meeting is today (P2PU's day, in UTC), so
 * signup has closed although the circle is still listed as open (p2pu-api.md §5.4).
 */
export type ClosedReason = 'draft' | 'completed' | 'closed' | 'full' | 'last-day';

/** "Starting soon" means the first meeting is at most this many days away. */
export const STARTING_SOON_DAYS = 7;

/** Whole days from `now`'s UTC date to `isoDate`; negative when past, null for a malformed date. */
function daysFrom(isoDate: string, now: Date): number | null {
  const date = dateMs(isoDate);
  if (date === null) return null;
  return Math.round((date - Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())) / DAY_MS);
}

/** The viewer's own UTC offset, in minutes, at an instant (`+01:00` → 60). */
export type ViewerOffset = (instant: Date) => number;

/** The UTC offset of this browser's time zone at `instant`. */
export const browserOffset: ViewerOffset = (instant) => -instant.getTimezoneOffset();

/**
 * The status a learner sees: a circle that takes no signups says why (not published, ended,
 * closed, full; closed on its last day too), one that does says how soon it starts.
 */
export function learnerStatus(circle: LearningCircle, now: Date = new Date()): LearnerStatus {
  switch (closedReason(circle)) {
    case 'draft':
      return 'draft';
    case 'completed':
      return 'completed';
    case 'full':
      return 'full';
    case 'closed':
    case 'last-day':
      return 'closed';
  }
  if (circle.status === 'in_progress') return 'in-progress';
  const days = daysFrom(circle.startDate, now);
  return days !== null && days <= STARTING_SOON_DAYS ? 'starting-soon' : 'open';
}

/** Why a circle cannot be signed up for, or null when it can (P2PU's signup API checks none of this). */
export function closedReason(circle: LearningCircle): ClosedReason | null {
  if (circle.draft) return 'draft';
  if (circle.status === 'completed') return 'completed';
  if (circle.status === 'closed') return 'closed';
  // P2PU's `in_progress` needs signup switched on, and its `signup_open` also needs the last
  // meeting to be after today: both hold, but signup is not open, only on the last day.
  if (!circle.signupOpen) return circle.status === 'in_progress' ? 'last-day' : 'closed';
  if (circle.isFull) return 'full';
  return circle.canSignUp ? null : 'closed';
}

/** Seats still free: null when there is no limit, 0 when the circle is full. */
export function seatsLeft(circle: LearningCircle): number | null {
  if (circle.signupLimit === null) return null;
  if (circle.isFull) return 0;
  return Math.max(0, circle.seatsLeft ?? circle.signupLimit - circle.signupCount);
}

/**
 * Dates (`YYYY-MM-DD`, the circle's own) of all its weekly meetings, the first included: never more
 * than {@link MAX_MEETINGS}, even for a circle that did not come through the normalizer.
 */
export function meetingDates(circle: LearningCircle): string[] {
  return weeklyDates(circle.startDate, Math.min(circle.weeks, MAX_MEETINGS));
}

/** The circle's own date at `now` (its first meeting's UTC offset applied). */
export function circleToday(circle: LearningCircle, now: Date = new Date()): string {
  return new Date(now.getTime() + (circle.utcOffsetMinutes ?? 0) * 60_000).toISOString().slice(0, 10);
}

/** Dates of the meetings still ahead, today's included; the last one when all are past. */
export function meetingsAhead(circle: LearningCircle, now: Date = new Date()): string[] {
  const all = meetingDates(circle);
  const today = circleToday(circle, now);
  const ahead = all.filter((d) => d >= today);
  return ahead.length ? ahead : all.slice(-1);
}

/**
 * The instant a meeting starts: the first meeting's `startDateTime` when it is on `date`, else
 * `date` at the meeting time with the first meeting's offset. Null when the time or offset is unknown.
 */
export function meetingInstant(circle: LearningCircle, date: string = circle.startDate): Date | null {
  if (date === circle.startDate && circle.startDateTime) {
    const first = new Date(circle.startDateTime);
    if (!Number.isNaN(first.getTime())) return first;
  }
  if (circle.utcOffsetMinutes === null || !circle.meetingTime) return null;
  const day = dateMs(date);
  const time = clockMs(circle.meetingTime);
  if (day === null || time === null) return null;
  return new Date(day + time - circle.utcOffsetMinutes * 60_000);
}

/**
 * When to show an online circle's meeting (on `date`, by default the first) in the viewer's own
 * time zone too: the meeting's instant when the viewer's clock then differs from the circle's;
 * null for circles that meet in a place, when the clocks agree, or when the circle's offset (and
 * so the instant) is unknown: a `start_datetime` without an offset names no instant.
 */
export function viewerLocalMeeting(
  circle: LearningCircle,
  date: string = circle.startDate,
  viewerOffset: ViewerOffset = browserOffset,
): Date | null {
  if (!circle.online || circle.utcOffsetMinutes === null) return null;
  const instant = meetingInstant(circle, date);
  if (!instant || viewerOffset(instant) === circle.utcOffsetMinutes) return null;
  return instant;
}
