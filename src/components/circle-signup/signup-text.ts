/**
 * The words of <circle-signup>: sentence builders and problem texts, in the widget's language.
 * No markup here; the view files put these words into templates.
 */
import { msg, str } from '@lit/localize';
import {
  MAX_NAME_LENGTH,
  meetingsAhead,
  viewerLocalMeeting,
  type ClosedReason,
  type LearningCircle,
} from '../../api/index.js';
import {
  formatClockRange,
  formatDate,
  formatInViewerZone,
  formatNumber,
  formatWeekday,
  intl,
  pluralCategory,
  wallClock,
} from '../../internal/format.js';
import { isBlank, isolate } from '../../internal/bidi.js';
import type { FieldName, Problem } from './validate.js';

/** A notice's two lines: what happened, and what the learner can do. */
export interface NoticeText {
  title: string;
  detail: string;
}

/** Why a signup did not end in a confirmation: not sent at all, or sent but not confirmed. */
/** `blocked`: the page's security settings (CSP) stopped the request before it left. */
export type Failure = 'offline' | 'network' | 'blocked' | 'unconfirmed';

/**
 * The page-editor text for a tag with neither circle-id nor circle-id-param. (With circle-id-param,
 * an address without the circle is a patron who has not chosen one yet: {@link chooseCircleText}.)
 */
export function missingIdText(): string {
  return msg('This signup form needs a circle id. Add circle-id="1234" to the circle-signup tag (the number at the end of the circle\'s address on P2PU).');
}

/** The page-editor text for a circle-id attribute that is not a number (the same words as <circle-card>). */
export function invalidIdText(value: string): string {
  return msg(str`circle-id "${value}" is not a learning circle number. Use the number at the end of the circle’s P2PU address, such as 4821.`);
}

/** For a patron, when the form has no usable circle id (the page editor's notice says why). */
export function noCircleText(): string {
  return msg('This signup form does not know which learning circle to sign you up for.');
}

/**
 * For a patron whose page address names no usable circle (`?circle=abc`). What the address says is
 * not repeated: anyone can write a link to the library's page with their own words in it.
 */
export function badAddressText(): NoticeText {
  return {
    title: noCircleText(),
    detail: msg('The address of this page does not name a learning circle. Please go back and choose the circle again.'),
  };
}

/** For a patron who reached the signup page without choosing a circle (the site's "Join" link). */
export function chooseCircleText(): NoticeText {
  return {
    title: msg('Choose a learning circle first'),
    detail: msg('To sign up here, first pick the learning circle you want to join.'),
  };
}

/** The link to choose a circle: the library's own page of learning circles, or P2PU's list. */
export function chooseCircleLinkText(library: boolean): string {
  return library ? msg('See the learning circles you can join') : msg('Find a learning circle on P2PU');
}

/** The page-editor text for a privacy-url that is not a web page (`javascript:`, `mailto:`). */
export function privacyUrlProblemText(value: string): string {
  return msg(str`privacy-url "${value}" is not a web address (http or https). The form links to P2PU's privacy policy instead.`);
}

export function notFoundText(id: number | string): NoticeText {
  return {
    title: msg('We could not find this learning circle.'),
    detail: msg(str`It may have been removed. (There is no learning circle number ${id} on P2PU.)`),
  };
}

/** Why the circle takes no signups; `limit` is the formatted seat limit. */
export function closedText(reason: ClosedReason, limit: string): NoticeText {
  switch (reason) {
    case 'draft':
      return {
        title: msg('Signup for this learning circle has not opened yet.'),
        detail: msg('The facilitator is still planning it. Please check again later.'),
      };
    case 'completed':
      return {
        title: msg('This learning circle has ended.'),
        detail: msg('Look for another learning circle on the same course, or ask the library about the next one.'),
      };
    case 'full':
      return {
        title: msg('This learning circle is full.'),
        detail: msg(str`All ${limit} seats are taken. Ask the library whether another circle is planned.`),
      };
    case 'last-day':
      return {
        title: msg('Signup for this learning circle has closed.'),
        detail: msg('It ends today. Look for another learning circle on the same course, or ask the library about the next one.'),
      };
    default:
      return {
        title: msg('Signup for this learning circle is closed.'),
        detail: msg('The facilitator is not taking new learners. Ask the library about the next one.'),
      };
  }
}

export function failureText(failure: Failure): NoticeText {
  if (failure === 'blocked') {
    return {
      title: msg('Your signup was not sent.'),
      detail: msg('This page’s security settings stop it from sending signups to P2PU. Please sign up on P2PU instead; the website’s editor can fix this.'),
    };
  }
  if (failure === 'offline') {
    return {
      title: msg('Your signup was not sent.'),
      detail: msg('You seem to be offline. Check your internet connection, then try again. Everything you typed is still here.'),
    };
  }
  // the browser cannot tell why P2PU did not answer: blame no one
  return failure === 'network'
    ? {
        title: msg('Your signup was not sent.'),
        detail: msg('P2PU could not be reached just now. Please try again in a moment. Everything you typed is still here.'),
      }
    : {
        title: msg('We could not confirm your signup.'),
        detail: msg('P2PU may or may not have received it. Trying again is safe: if it did arrive, P2PU updates it instead of signing you up twice.'),
      };
}

/** What to fix in a field, for its error line and the error summary. */
export function problemText(field: FieldName, problem: Problem, question: string | null): string {
  switch (problem.code) {
    case 'required':
      switch (field) {
        case 'name':
          return msg('Enter your name');
        case 'email':
          return msg('Enter your email address');
        case 'goals':
          return msg('Tell us what you hope to achieve');
        case 'support':
          return msg('Tell us how you will support the group');
        case 'custom':
          return msg(str`Answer the facilitator's question: ${isolate(question ?? '')}`);
        case 'consent':
          return msg('To sign up, agree that P2PU may use your details for this learning circle');
        default:
          return msg('Answer this question');
      }
    case 'too-long':
      return msg(str`Your name can be at most ${MAX_NAME_LENGTH} characters long`);
    case 'email':
      return msg('Enter an email address like name@example.org');
    case 'mobile-region':
      return msg('Choose the country code of your mobile number, or start the number with + and its country code');
    case 'mobile-characters':
      return msg('Enter your mobile number with digits only, or leave it empty');
    case 'mobile-length':
      return msg('Enter a mobile number of 6 to 15 digits with its country code, or leave it empty');
    case 'mobile-impossible':
      return msg('This is not a possible mobile number. Check the country code and the number, or leave it empty');
    case 'mobile-invalid':
      return msg('P2PU did not recognise this mobile number. Check the country code and the number, or leave it empty');
    case 'server':
      return problem.message;
  }
}

/** A refusal of the whole signup by P2PU (not of one answer). */
export function generalProblemText(field: string, message: string): string {
  return field === 'learning_circle' ? msg('P2PU cannot take signups for this learning circle any more.') : message;
}

export function errorSummaryTitle(count: number, locale: string): string {
  return pluralCategory(count, locale) === 'one'
    ? msg('Please correct one answer')
    : msg(str`Please correct ${formatNumber(count, locale)} answers`);
}

/** Seats left (`null`: no limit). */
export function seatsText(left: number | null, locale: string): string {
  if (left === null) return msg('No limit on seats');
  if (left === 0) return msg('No seats left');
  const n = formatNumber(left, locale);
  return pluralCategory(left, locale) === 'one' ? msg(str`${n} seat left`) : msg(str`${n} seats left`);
}

/**
 * The summary's label for the facilitators: "Facilitator" for one person, "Facilitators" for more;
 * "Facilitated by" when only P2PU's display string is known (`count` null), which may name one or several.
 */
export function facilitatorsLabel(count: number | null): string {
  if (count === null) return msg('Facilitated by');
  return count === 1 ? msg('Facilitator') : msg('Facilitators');
}

/**
 * What happens after a confirmed signup. P2PU answers the same "created" to a first signup and to
 * a repeat one with the same email (which only updates the answers and sends no welcome email), so
 * the words hold for both. `facilitators`: how many there are (null or 0: not known).
 */
export function doneText(facilitators: number | null): string {
  return (facilitators ?? 0) > 1
    ? msg('P2PU will email you a reminder before each meeting. If this is your first signup for this learning circle, you will also get a welcome email that introduces your facilitators.')
    : msg('P2PU will email you a reminder before each meeting. If this is your first signup for this learning circle, you will also get a welcome email that introduces your facilitator.');
}

/** The circle's name; its course's title when the name shows nothing (only zero-width characters). */
export function circleTitle(circle: LearningCircle): string {
  if (!isBlank(circle.name)) return circle.name;
  return isBlank(circle.course.title) ? msg('Untitled learning circle') : circle.course.title;
}

export function courseText(title: string): string {
  return msg(str`Course: ${title}`);
}

/** An online circle's meeting on `date` (default: the next) in the viewer's zone, when it differs. */
export function viewerTime(circle: LearningCircle, locale: string, date = meetingsAhead(circle)[0]): string | null {
  const instant = date ? viewerLocalMeeting(circle, date) : null;
  return instant ? formatInViewerZone(instant.toISOString(), locale) : null;
}

export function viewerTimeLine(viewer: string): string {
  return msg(str`That is ${viewer} where you are.`);
}

/** The summary's "When" lines: weekday and time, meetings and dates, the next meeting, the viewer's time. */
export function whenLines(circle: LearningCircle, locale: string): string[] {
  const lines: string[] = [];
  const weekday = formatWeekday(circle.startDate, locale);
  if (circle.meetingTime) {
    const time = formatClockRange(circle.meetingTime, circle.endTime, locale);
    const zone = circle.timeZone;
    lines.push(weekday ? msg(str`Every ${weekday}, ${time} ${zone}`) : `${time} ${zone}`);
  } else if (weekday) {
    lines.push(msg(str`Every ${weekday}`));
  }
  const meetings = Math.max(1, circle.weeks);
  const first = wallClock(circle.startDate);
  const last = wallClock(circle.lastMeetingDate || circle.startDate);
  if (first && last) {
    const dates = intl(Intl.DateTimeFormat, locale, { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' });
    if (meetings === 1 || first.getTime() === last.getTime()) {
      lines.push(msg(str`One meeting, on ${formatDate(circle.startDate, locale)}`));
    } else {
      const range = dates.formatRange(first, last);
      const n = formatNumber(meetings, locale);
      lines.push(msg(str`${n} meetings, ${range}`));
    }
  }
  const ahead = meetingsAhead(circle);
  if (circle.status === 'in_progress') {
    const next = ahead[0];
    if (next) lines.push(msg(str`Already started. Next meeting: ${formatDate(next, locale)}`));
  }
  const viewer = viewerTime(circle, locale, ahead[0]);
  if (viewer) lines.push(viewerTimeLine(viewer));
  return lines;
}

/** The confirmation's words about the meetings ahead (`ahead`: their dates, the next first). */
export function meetingsText(circle: LearningCircle, ahead: readonly string[], locale: string) {
  const first = ahead[0] ?? circle.startDate;
  const time = circle.meetingTime ? formatClockRange(circle.meetingTime, circle.endTime, locale) : '';
  const when = time
    ? msg(str`${formatDate(first, locale, 'long')}, ${time} ${circle.timeZone}`)
    : formatDate(first, locale, 'long');
  const count = ahead.length;
  const weekday = formatWeekday(first, locale);
  const last = formatDate(ahead[ahead.length - 1] ?? first, locale);
  const then =
    count > 1 ? msg(str`Then every ${weekday} until ${last}: ${formatNumber(count, locale)} meetings in all.`) : '';
  const calendar =
    pluralCategory(count, locale) === 'one'
      ? msg('A calendar file with the meeting.')
      : msg(str`A calendar file with all ${formatNumber(count, locale)} meetings.`);
  const heading = ahead[0] === circle.startDate ? msg('Your first meeting') : msg('Your next meeting');
  return { heading, when, then, calendar };
}
