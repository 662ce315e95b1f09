import { expect } from '@open-wc/testing';
import {
  NetworkError,
  P2puApiError,
  ServerError,
  TimeoutError,
  ValidationError,
  flattenErrors,
  isAbortError,
  throwIfErrorEnvelope,
  type ApiErrorReason,
} from './errors.js';
import { sample, sampleIndex } from '../../test/api/helpers.js';

/**
 * Makes the browser say it is offline (`navigator.onLine === false`), as it does when the device has
 * no network; returns the function that undoes it.
 */
function pretendOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => void Reflect.deleteProperty(navigator, 'onLine');
}

describe('api/errors', () => {
  it('flattens nested signup_questions errors into dotted fields', async () => {
    const missingSupport = await sample('signup-signup_questions-missing-support.json');
    expect(flattenErrors(missingSupport.errors)).to.deep.equal({
      'signup_questions.support': ['Field is required'],
    });
    const custom = await sample('signup-lc3-custom-question-missing.json');
    expect(flattenErrors(custom.errors)).to.deep.equal({
      'signup_questions.custom_question': ['Field is required'],
    });
  });

  it('keeps a plain list of strings under its own field (signup_questions: ["Field is required"])', async () => {
    const empty = await sample('signup-empty-object.json');
    expect(flattenErrors(empty.errors)).to.deep.equal({
      learning_circle: ['Field is required'],
      name: ['Field is required'],
      email: ['Field is required'],
      consent: ['Field is required'],
      signup_questions: ['Field is required'],
    });
  });

  it('turns every recorded error answer into field → list of strings', async () => {
    const rows = (await sampleIndex()).filter((r) => r.file.endsWith('.json'));
    let envelopes = 0;
    for (const row of rows) {
      const body = await sample(row.file);
      if (body?.status !== 'error') continue;
      envelopes++;
      let error: unknown;
      try {
        throwIfErrorEnvelope(body);
      } catch (e) {
        error = e;
      }
      expect(error, row.name).to.be.instanceOf(ValidationError);
      const fields = (error as ValidationError).fields;
      expect(Object.keys(fields).length, row.name).to.be.greaterThan(0);
      for (const messages of Object.values(fields)) {
        expect(messages.every((m) => typeof m === 'string' && m.length > 0), row.name).to.equal(true);
      }
    }
    expect(envelopes).to.be.greaterThan(15);
  });

  it('ValidationError names the fields in its message and is not retryable', async () => {
    const body = await sample('signup-consent-false.json');
    const error = new ValidationError(flattenErrors(body.errors));
    expect(error).to.be.instanceOf(P2puApiError);
    expect(error.kind).to.equal('validation');
    expect(error.retryable).to.equal(false);
    expect(error.message).to.contain('consent: Consent is needed to sign up');
  });

  it('each error kind says whether a retry can help', () => {
    expect(new ServerError('x', 500).retryable).to.equal(true);
    expect(new ServerError('x', 405).retryable).to.equal(false);
    expect(new NetworkError('x').kind).to.equal('network');
    expect(new NetworkError('x').retryable).to.equal(true);
    const timeout = new TimeoutError(15000);
    expect([timeout.kind, timeout.retryable]).to.deep.equal(['timeout', true]);
    expect(timeout.message).to.contain('15 s');
  });

  it('each error says why it failed, as far as the browser lets us tell (issue 13)', () => {
    const reasonOf = (error: P2puApiError): [ApiErrorReason, boolean] => [error.reason, error.retryable];
    // P2PU answered with an HTTP error (fetch): retrying helps after a 5xx, a 408 or a 429
    expect(reasonOf(new ServerError('x', 500))).to.deep.equal(['http-error', true]);
    expect(reasonOf(new ServerError('x', 503))).to.deep.equal(['http-error', true]);
    expect(reasonOf(new ServerError('x', 429))).to.deep.equal(['http-error', true]);
    expect(reasonOf(new ServerError('x', 404))).to.deep.equal(['http-error', false]);
    // P2PU answered, but not with what was asked for (not JSON, a wrong shape, a JSONP script that never called back)
    expect(reasonOf(new ServerError('x', 200))).to.deep.equal(['unreadable', true]);
    expect(reasonOf(new ServerError('x', null))).to.deep.equal(['unreadable', true]);
    // no answer, and the browser does not say why (a JSONP script error, fetch refused): no one to blame
    expect(reasonOf(new NetworkError('x'))).to.deep.equal(['unreachable', true]);
    expect(reasonOf(new NetworkError('x', { blockedByPolicy: true }))).to.deep.equal(['blocked', false]);
    expect(reasonOf(new TimeoutError(1000))).to.deep.equal(['timeout', true]);
    expect(reasonOf(new ValidationError({ limit: ['Not a valid integer'] }))).to.deep.equal(['refused', false]);
    expect(new ServerError('x', 500, '', { reason: 'unreadable' }).reason, 'a reason given wins').to.equal('unreadable');
  });

  it('only an error made while the browser says it is offline has the reason "offline"', () => {
    const online = pretendOffline();
    try {
      const network = new NetworkError('x');
      expect([network.reason, network.online, network.retryable]).to.deep.equal(['offline', false, true]);
      expect(network.message).to.contain('offline');
      const timeout = new TimeoutError(15000);
      expect([timeout.kind, timeout.reason, timeout.retryable]).to.deep.equal(['timeout', 'offline', true]);
      // the page's own settings refused it: that stays the reason, offline or not
      expect(new NetworkError('x', { blockedByPolicy: true }).reason).to.equal('blocked');
      // an answer did arrive: not about the connection
      expect(new ServerError('x', 500).reason).to.equal('http-error');
    } finally {
      online();
    }
    expect(new NetworkError('x').reason).to.equal('unreachable');
  });

  it('isAbortError recognises aborts and nothing else', () => {
    const controller = new AbortController();
    controller.abort();
    expect(isAbortError(controller.signal.reason)).to.equal(true);
    expect(isAbortError(new DOMException('x', 'AbortError'))).to.equal(true);
    expect(isAbortError(new TimeoutError(1))).to.equal(false);
    expect(isAbortError(new Error('x'))).to.equal(false);
    expect(isAbortError(null)).to.equal(false);
  });
});

describe('api/errors: hostile error envelopes (issue 16, D6)', () => {
  /** The envelope as the browser parses it: JSON.parse makes `__proto__` an own key. */
  const envelope = (errors: string) => JSON.parse(`{"status": "error", "errors": ${errors}}`);

  it('keeps __proto__, constructor and toString as field names, and throws a ValidationError', () => {
    const body = envelope(
      '{"__proto__": ["Bad proto"], "constructor": ["Bad constructor"], "toString": ["Bad toString"],' +
        ' "hasOwnProperty": ["x"], "email": ["Invalid email address"], "signup_questions": [{"__proto__": ["Nested"]}]}',
    );
    let error: unknown;
    try {
      throwIfErrorEnvelope(body);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ValidationError);
    const fields = (error as ValidationError).fields;
    expect(Object.entries(fields)).to.deep.equal([
      ['__proto__', ['Bad proto']],
      ['constructor', ['Bad constructor']],
      ['toString', ['Bad toString']],
      ['hasOwnProperty', ['x']],
      ['email', ['Invalid email address']],
      ['signup_questions.__proto__', ['Nested']],
    ]);
    expect(Object.hasOwn(fields, 'valueOf')).to.equal(false);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((error as ValidationError).message).to.contain('constructor: Bad constructor');
  });

  it('pollutes nothing when a key is __proto__ with an object inside', () => {
    const fields = flattenErrors(JSON.parse('{"__proto__": {"polluted": ["yes"]}, "a": {"constructor": {"prototype": ["p"]}}}'));
    expect(Object.entries(fields)).to.deep.equal([
      ['__proto__.polluted', ['yes']],
      ['a.constructor.prototype', ['p']],
    ]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('bounds what it keeps: 50 messages, 500 characters each, 8 levels of nesting', () => {
    const many = flattenErrors({ name: Array.from({ length: 10_000 }, (_, i) => `message ${i}`) });
    expect(many.name).to.have.length(50);
    const long = flattenErrors({ name: [`${'a'.repeat(498)}🐍🐍`] });
    expect(long.name![0]!.length).to.be.at.most(500);
    expect(long.name![0]!.endsWith('…')).to.equal(true);
    expect(/[\ud800-\udbff]…$/.test(long.name![0]!)).to.equal(false);
    let deep: unknown = ['bottom'];
    for (let i = 0; i < 100_000; i++) deep = { d: deep };
    expect(() => flattenErrors(deep)).not.to.throw();
  });
});
