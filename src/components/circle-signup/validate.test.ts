import { expect } from '@open-wc/testing';
import { countryOptions, defaultRegion, toE164 } from './phone.js';
import { emptyValues, fromServerErrors, isValidEmail, validate, type SignupValues } from './validate.js';

const filled = (overrides: Partial<SignupValues> = {}): SignupValues => ({
  ...emptyValues('US'),
  name: 'Jordan',
  email: 'jordan.example@example.org',
  goals: 'Automate spreadsheets',
  support: 'Share notes',
  consent: true,
  ...overrides,
});

describe('signup answers, checked as P2PU checks them', () => {
  it('accepts and refuses the email addresses the server does', () => {
    for (const ok of ['jordan.example@example.org', '  a@b.co  ', 'o\'neil+lc@sub.example.co.uk', 'ana@bücher.example']) {
      expect(isValidEmail(ok), ok).to.equal(true);
    }
    for (const bad of ['not-an-email', 'someone@localhost', 'a@@b.org', 'a b@c.org', 'a@b.c', 'a@-b.org', 'a@b.org:80', '@b.org', 'a@']) {
      expect(isValidEmail(bad), bad).to.equal(false);
    }
  });

  it('requires name, email, both questions and consent; the custom answer only when asked', () => {
    expect(validate(filled(), false)).to.deep.equal({});
    const empty = validate(emptyValues(), true);
    expect(Object.keys(empty)).to.deep.equal(['name', 'email', 'goals', 'support', 'custom', 'consent']);
    expect(validate(filled({ goals: '   ' }), false)).to.have.keys('goals');
    expect(validate(filled(), true)).to.have.keys('custom');
  });

  it('refuses a name the server could not store (over 128 characters)', () => {
    expect(validate(filled({ name: 'x'.repeat(128) }), false)).to.deep.equal({});
    expect(validate(filled({ name: 'x'.repeat(129) }), false).name).to.deep.equal({ code: 'too-long' });
  });

  it('checks the mobile number only when one is given', () => {
    expect(validate(filled({ phone: '' }), false)).to.deep.equal({});
    expect(validate(filled({ phone: '12' }), false).mobile).to.deep.equal({ code: 'mobile-length' });
    expect(validate(filled({ phone: 'call me' }), false).mobile).to.deep.equal({ code: 'mobile-characters' });
    expect(validate(filled({ region: '', phone: '2175550142' }), false).mobile).to.deep.equal({ code: 'mobile-region' });
  });

  it('maps the server error envelope (flattened by the client) back onto fields', () => {
    const mapped = fromServerErrors({
      email: ['Invalid email address'],
      consent: ['Consent is needed to sign up'],
      mobile: ['Not a valid phone number'],
      'signup_questions.support': ['Field is required'],
      'signup_questions.custom_question': ['Field is required'],
      learning_circle: ['No matching learning circle exists'],
    });
    expect(mapped.fields).to.deep.equal({
      email: { code: 'email' },
      consent: { code: 'required' },
      mobile: { code: 'mobile-invalid' },
      support: { code: 'required' },
      custom: { code: 'required' },
    });
    expect(mapped.general).to.deep.equal([{ field: 'learning_circle', message: 'No matching learning circle exists' }]);
    expect(fromServerErrors({ signup_questions: ['Field is required'] }).fields).to.have.keys('goals', 'support');
    expect(fromServerErrors({ name: ['Something new'] }).fields.name).to.deep.equal({ code: 'server', message: 'Something new' });
  });
});

describe('mobile numbers', () => {
  it('sends the international format, dropping the national 0', () => {
    expect(toE164('US', '(217) 555-0142')).to.deep.equal({ ok: true, e164: '+12175550142' });
    expect(toE164('ZA', '082 123 4567')).to.deep.equal({ ok: true, e164: '+27821234567' });
    expect(toE164('GB', '07700 900123')).to.deep.equal({ ok: true, e164: '+447700900123' });
    expect(toE164('IT', '06 1234 5678')).to.deep.equal({ ok: true, e164: '+390612345678' });
  });

  it('takes a number typed with + or 00 as already international', () => {
    expect(toE164('US', '+44 20 7946 0958')).to.deep.equal({ ok: true, e164: '+442079460958' });
    expect(toE164('', '0027 82 123 4567')).to.deep.equal({ ok: true, e164: '+27821234567' });
  });

  it('refuses too few or too many digits', () => {
    expect(toE164('US', '555')).to.deep.equal({ ok: false, problem: 'length' });
    expect(toE164('US', '1234567890123456')).to.deep.equal({ ok: false, problem: 'length' });
    expect(toE164('US', '')).to.deep.equal({ ok: true, e164: '' });
  });

  it("preselects the country of the widget's language", () => {
    expect(defaultRegion('en-US')).to.equal('US');
    expect(defaultRegion('es-ES')).to.equal('ES');
    expect(defaultRegion('en-ZA')).to.equal('ZA');
    expect(defaultRegion('af')).to.equal('ZA');
    expect(defaultRegion('es-PE')).to.equal('PE');
    expect(defaultRegion('en-AQ')).to.equal('');
  });

  it('names the countries in the widget language, sorted for it', () => {
    const spanish = countryOptions('es');
    expect(spanish.find((c) => c.region === 'DE')!.name).to.equal('Alemania');
    expect(spanish[0]!.name).to.equal('Alemania');
    expect(countryOptions('en').find((c) => c.region === 'ZA')).to.deep.equal({ region: 'ZA', code: '27', name: 'South Africa' });
  });
});
