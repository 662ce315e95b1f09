import { expect } from '@open-wc/testing';
import { NetworkError, ServerError, TimeoutError, ValidationError } from '../api/index.js';
import { errorText, type ErrorSubject } from './error-text.js';

/**
 * Makes the browser say it is offline (`navigator.onLine === false`), as it does when the device has
 * no network; returns the function that undoes it.
 */
function pretendOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => void Reflect.deleteProperty(navigator, 'onLine');
}

const SUBJECTS: ErrorSubject[] = ['circles', 'circle', 'courses', 'course'];

/** The words a patron reads for `error` (the same for every subject) and whether "Try again" shows. */
function words(error: unknown): { detail: string; retryable: boolean } {
  const [first, ...others] = SUBJECTS.map((subject) => errorText(error, subject));
  for (const other of others) expect(other.detail, 'the same words in every widget').to.equal(first!.detail);
  return { detail: first!.detail, retryable: first!.retryable };
}

const OFFLINE = 'You seem to be offline. Check your internet connection, then try again.';
const NEUTRAL = 'P2PU could not be reached just now. Please try again in a moment.';
const HTTP_ERROR = 'P2PU had a problem and could not answer. Please try again in a moment.';
const UNREADABLE = 'P2PU’s answer could not be read. Please try again in a moment.';
const TIMEOUT = 'P2PU took too long to answer. Please try again in a moment.';
const BLOCKED = /^This page’s security settings block P2PU, so this cannot be shown here\. The website’s editor can fix this/;

describe('internal/error-text: the words of a failed load, per cause (issue 13)', () => {
  it('HTML 500 over fetch: P2PU had a problem, not the patron\'s connection; "Try again" offered', () => {
    expect(words(new ServerError('P2PU answered HTTP 500', 500, '<!DOCTYPE html>'))).to.deep.equal({ detail: HTTP_ERROR, retryable: true });
    expect(words(new ServerError('P2PU answered HTTP 503', 503))).to.deep.equal({ detail: HTTP_ERROR, retryable: true });
  });

  it('another HTTP error that trying again cannot fix (a 404): plain words, no "Try again"', () => {
    expect(words(new ServerError('P2PU answered HTTP 404', 404))).to.deep.equal({ detail: 'P2PU could not answer this request.', retryable: false });
  });

  it('a JSONP script error (an HTML 500 and a network failure look alike), CORS refused: neutral words that blame no one', () => {
    expect(words(new NetworkError('Could not load http://x (network error or server error)'))).to.deep.equal({ detail: NEUTRAL, retryable: true });
    expect(words(new NetworkError('Could not reach http://x: … (CORS)'))).to.deep.equal({ detail: NEUTRAL, retryable: true });
  });

  it('an answer that cannot be read (malformed JSON, a wrong shape, a JSONP answer that never called back)', () => {
    expect(words(new ServerError('The P2PU answer was not valid JSON', 200, '{"items": [', { retryable: true }))).to.deep.equal({ detail: UNREADABLE, retryable: true });
    expect(words(new ServerError('The P2PU answer was unexpected (no list of items)', null, '', { retryable: true }))).to.deep.equal({ detail: UNREADABLE, retryable: true });
    expect(words(new ServerError('The P2PU answer was not valid (the JSONP callback was never called)', null))).to.deep.equal({ detail: UNREADABLE, retryable: true });
  });

  it('offline (the browser says so): the only words that mention the patron\'s connection', () => {
    const online = pretendOffline();
    let network, timeout;
    try {
      network = words(new NetworkError('Could not load http://x (network error or server error)'));
      timeout = words(new TimeoutError(15000));
    } finally {
      online();
    }
    expect(network).to.deep.equal({ detail: OFFLINE, retryable: true });
    expect(timeout).to.deep.equal({ detail: OFFLINE, retryable: true });
  });

  it('timed out', () => {
    expect(words(new TimeoutError(15000))).to.deep.equal({ detail: TIMEOUT, retryable: true });
  });

  it('blocked by the page\'s security settings: for the editor, no "Try again", even offline', () => {
    const blocked = words(new NetworkError('This page\'s Content-Security-Policy blocks scripts from http://x (script-src)', { blockedByPolicy: true }));
    expect(blocked.detail).to.match(BLOCKED);
    expect(blocked.retryable).to.equal(false);
    const online = pretendOffline();
    try {
      expect(words(new NetworkError('x', { blockedByPolicy: true })).detail).to.match(BLOCKED);
    } finally {
      online();
    }
  });

  it('P2PU refused the search: try fewer filters; refused a look-up: plain words; neither offers "Try again"', () => {
    const refused = new ValidationError({ team_id: ['Not a valid integer'] });
    expect(errorText(refused, 'circles')).to.include({ detail: 'P2PU could not use this search. Try removing some filters.', retryable: false });
    expect(errorText(refused, 'courses').detail).to.equal('P2PU could not use this search. Try removing some filters.');
    expect(errorText(refused, 'circle')).to.include({ detail: 'P2PU could not answer this request.', retryable: false });
  });

  it('an error that is not one of the client\'s: neutral words and "Try again"', () => {
    expect(words(new TypeError('x is undefined'))).to.deep.equal({ detail: NEUTRAL, retryable: true });
  });

  it('never mentions the patron\'s connection unless the browser says it is offline', () => {
    const errors = [
      new ServerError('x', 500),
      new ServerError('x', 404),
      new ServerError('x', 200),
      new ServerError('x', null),
      new NetworkError('x'),
      new NetworkError('x', { blockedByPolicy: true }),
      new TimeoutError(1000),
      new ValidationError({ q: ['x'] }),
      new Error('x'),
    ];
    for (const error of errors) {
      for (const subject of SUBJECTS) {
        const { title, detail } = errorText(error, subject);
        expect(`${title} ${detail}`, `${error.name} (${subject})`).not.to.match(/connection|offline|internet|network/i);
      }
    }
  });
});
