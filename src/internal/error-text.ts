import { msg } from '@lit/localize';
import { NetworkError, P2puApiError } from '../api/index.js';

/** What a widget failed to load, for the first sentence of its error notice. */
export type ErrorSubject = 'circles' | 'circle' | 'courses' | 'course';

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
 * kind of error), so a patron reads the same sentence for the same trouble everywhere.
 */
export function errorText(error: unknown, subject: ErrorSubject): ErrorText {
  const title = titleOf(subject);
  const kind = error instanceof P2puApiError ? error.kind : 'server';
  if (error instanceof NetworkError && error.blockedByPolicy) {
    // Not the patron's connection: the page's own security settings (CSP, Trusted Types, the
    // allowed endpoints) refuse P2PU, and only the page's editor can change them.
    return {
      title,
      detail: msg('This page’s security settings block P2PU, so this cannot be shown here. The website’s editor can fix this by allowing P2PU in the page’s security settings.'),
      retryable: false,
    };
  }
  if (kind === 'network') {
    return { title, detail: msg('Could not reach P2PU. Check your connection and try again.'), retryable: true };
  }
  if (kind === 'timeout') {
    return { title, detail: msg('P2PU took too long to answer. Please try again in a moment.'), retryable: true };
  }
  if (kind === 'validation' && (subject === 'circles' || subject === 'courses')) {
    return { title, detail: msg('P2PU could not use this search. Try removing some filters.'), retryable: false };
  }
  const retryable = error instanceof P2puApiError ? error.retryable : true;
  return { title, detail: msg('P2PU could not answer right now. Please try again in a moment.'), retryable };
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
  }
}
