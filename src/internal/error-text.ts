import { msg } from '@lit/localize';
import { P2puApiError } from '../api/index.js';
import type { ApiErrorReason } from '../api/errors.js';

/** What a widget failed to load, for the first sentence of its error notice. */
export type ErrorSubject = 'circles' | 'circle' | 'courses' | 'course' | 'team';

export interface ErrorText {
  /** What could not be loaded. */
  title: string;
  /** Why, and what the patron can do. */
  detail: string;
  /** Whether "Try again" can help. */
  retryable: boolean;
}

/**
 * The one wording of a failed load, for every widget: what failed (by subject) and why (by the
 * error's `reason`, as far as the browser lets us tell), so a patron reads the same sentence for the
 * same trouble everywhere. Only `offline` (the browser says so) mentions the patron's connection;
 * when the browser cannot tell who failed (a JSONP script error is the same event for an HTML 500
 * and a dropped network) the words blame no one.
 */
export function errorText(error: unknown, subject: ErrorSubject): ErrorText {
  const title = titleOf(subject);
  // Not one of ours (a bug, or an error of the browser itself): nobody is to blame that we know of.
  const reason: ApiErrorReason = error instanceof P2puApiError ? error.reason : 'unreachable';
  const retryable = error instanceof P2puApiError ? error.retryable : true;
  switch (reason) {
    case 'offline':
      return {
        title,
        detail: msg('You seem to be offline. Check your internet connection, then try again.'),
        retryable: true,
      };
    case 'blocked':
      // Not the patron's connection: the page's own security settings (CSP, Trusted Types, the
      // allowed endpoints) refuse P2PU, and only the page's editor can change them (a console
      // warning tells them what to change).
      return {
        title,
        detail: msg('This page’s security settings block P2PU, so this cannot be shown here. The website’s editor can fix this by allowing P2PU in the page’s security settings.'),
        retryable: false,
      };
    case 'timeout':
      return { title, detail: msg('P2PU took too long to answer. Please try again in a moment.'), retryable: true };
    case 'http-error':
      return retryable
        ? { title, detail: msg('P2PU had a problem and could not answer. Please try again in a moment.'), retryable }
        : { title, detail: msg('P2PU could not answer this request.'), retryable };
    case 'unreadable':
      return { title, detail: msg('P2PU’s answer could not be read. Please try again in a moment.'), retryable };
    case 'refused':
      return subject === 'circles' || subject === 'courses'
        ? { title, detail: msg('P2PU could not use this search. Try removing some filters.'), retryable: false }
        : { title, detail: msg('P2PU could not answer this request.'), retryable };
    case 'unreachable':
      return { title, detail: msg('P2PU could not be reached just now. Please try again in a moment.'), retryable };
  }
}

function titleOf(subject: ErrorSubject): string {
  switch (subject) {
    case 'circles':
      return msg('Learning circles could not be loaded.');
    case 'circle':
      return msg('This learning circle could not be loaded.');
    case 'courses':
      return msg('We couldn’t load the courses');
    case 'course':
      return msg('We couldn’t load this course');
    case 'team':
      return msg('This team could not be loaded.');
  }
}
