import { expect } from '@open-wc/testing';
import { CALLING_CODES, countryOptions, presetRegion, toE164 } from './phone.js';
import { emptyValues, fromServerErrors, hasAnswers, isValidEmail, validate, type SignupValues } from './validate.js';
import { isBlank } from '../../internal/bidi.js';

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

  it('takes an answer of invisible characters only (zero-width spaces and joiners, direction marks) as empty', () => {
    const invisible = ['\u200B', '\u200B\u200C\u200D\uFEFF', '\u2060 \u200E\u200F', '\u202E\u2066\u2069', '\u00AD\u034F\u3164', ' \t\u3000\n'];
    for (const text of invisible) {
      expect(isBlank(text), JSON.stringify(text)).to.equal(true);
      const problems = validate(filled({ name: text, goals: text, support: text, custom: text }), true);
      expect(problems, JSON.stringify(text)).to.deep.equal({
        name: { code: 'required' },
        goals: { code: 'required' },
        support: { code: 'required' },
        custom: { code: 'required' },
      });
    }
    // words with invisible characters in them are words
    for (const text of ['Zoë\u200B', '\u200Bأحمد', 'x', '😀', '\u202Eevil']) {
      expect(isBlank(text), JSON.stringify(text)).to.equal(false);
      expect(validate(filled({ name: text, goals: text, support: text, custom: text }), true)).to.deep.equal({});
    }
  });

  it('knows whether the learner has typed or ticked anything (the preselected country code is not an answer)', () => {
    expect(hasAnswers(emptyValues('US'))).to.equal(false);
    expect(hasAnswers({ ...emptyValues('US'), name: '\u200B ' })).to.equal(false);
    expect(hasAnswers({ ...emptyValues('US'), website: 'https://spam.example' })).to.equal(false);
    expect(hasAnswers({ ...emptyValues('US'), email: 'a' })).to.equal(true);
    expect(hasAnswers({ ...emptyValues('US'), consent: true })).to.equal(true);
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

  it('refuses numbers that cannot exist: no such calling code, all zeros, too short or long for the country', () => {
    const impossible: [string, string][] = [
      ['US', '+999 1234567'], // no country has +999
      ['', '+999 123 456 7890'],
      ['', '00999 1234 5678'],
      ['US', '0000000000'], // all zeros
      ['GB', '00000 000000'],
      ['', '+44 0000 000000'],
      ['US', '123 456 7890'], // no North American area code starts with 1
      ['US', '217 055 0142'], // nor an exchange with 0
      ['ES', '6123 4567'], // Spain: nine digits, not eight
      ['ES', '6123 456 789'], // nor ten
      ['', '+34 61234567'],
      ['DK', '1234567'], // Denmark: eight
      ['', '+49 123'], // too short for Germany (and overall)
      ['', '+33 6 12 34 56 78 9'], // France: nine
    ];
    for (const [region, typed] of impossible) {
      const result = toE164(region, typed);
      expect(result.ok, `${region} ${typed}`).to.equal(false);
    }
    expect(toE164('US', '+999 1234567')).to.deep.equal({ ok: false, problem: 'impossible' });
    expect(toE164('US', '0000000000')).to.deep.equal({ ok: false, problem: 'impossible' });
    expect(validate(filled({ phone: '0000000000' }), false).mobile).to.deep.equal({ code: 'mobile-impossible' });
    expect(validate(filled({ phone: '+9991234567890' }), false).mobile).to.deep.equal({ code: 'mobile-impossible' });
  });

  // A mobile number of each country the form offers (libphonenumber's examples): national, as
  // dialled at home with the trunk prefix, and international.
  const EXAMPLES: Record<string, string> = {
    AR: '91123456789', AT: '664123456', AU: '412345678', BD: '1812345678', BE: '450001234', BO: '71234567',
    BR: '11961234567', BW: '71123456', CA: '5062345678', CH: '781234567', CL: '221234567', CM: '671234567',
    CN: '13123456789', CO: '3211234567', CR: '83123456', CZ: '601123456', DE: '15123456789', DK: '34412345',
    DO: '8092345678', DZ: '551234567', EC: '991234567', EE: '51234567', EG: '1001234567', ES: '612345678',
    ET: '911234567', FI: '412345678', FR: '612345678', GB: '7400123456', GH: '231234567', GR: '6912345678',
    GT: '51234567', HK: '51234567', HN: '91234567', HR: '921234567', HU: '201234567', ID: '812345678',
    IE: '850123456', IL: '502345678', IN: '8123456789', IS: '6111234', IT: '3123456789', JM: '8762101234',
    JO: '790123456', JP: '9012345678', KE: '712123456', KR: '1020000000', LB: '71123456', LK: '712345678',
    LT: '61234567', LU: '628123456', LV: '21234567', MA: '650123456', MW: '991234567', MX: '2221234567',
    MY: '123456789', NA: '811234567', NG: '8021234567', NI: '81234567', NL: '612345678', NO: '40612345',
    NP: '9841234567', NZ: '211234567', PA: '61234567', PE: '912345678', PH: '9051234567', PK: '3012345678',
    PL: '512345678', PR: '7872345678', PS: '599123456', PT: '912345678', PY: '961456789', RO: '712034567',
    RS: '601234567', RW: '720123456', SA: '512345678', SE: '701234567', SG: '81234567', SI: '31234567',
    SK: '912123456', SN: '701234567', SV: '70123456', TH: '812345678', TN: '20123456', TR: '5012345678',
    TT: '8682911234', TW: '912345678', TZ: '621234567', UA: '501234567', UG: '712345678', US: '2015550123',
    UY: '94231234', VE: '4121234567', VN: '912345678', ZA: '711234567', ZM: '955123456', ZW: '712345678',
  };
  /** What a country dials before a national number at home (none where it has no trunk prefix). */
  const TRUNK: Record<string, string> = { CA: '1', DO: '1', JM: '1', PR: '1', TT: '1', US: '1', HU: '06' };
  const NO_TRUNK = 'BW CL CM CR CZ DK EE ES GR GT HK HN IS IT LU LV MX NI NO PA PL PT SG SN SV TN'.split(' ');

  it('keeps a mobile number of every country the form offers valid, typed any usual way', () => {
    expect(Object.keys(EXAMPLES).sort()).to.deep.equal(Object.keys(CALLING_CODES).sort());
    for (const [region, national] of Object.entries(EXAMPLES)) {
      const e164 = `+${CALLING_CODES[region]}${national}`;
      expect(toE164(region, national), `${region} ${national}`).to.deep.equal({ ok: true, e164 });
      expect(toE164('', e164), e164).to.deep.equal({ ok: true, e164 });
      expect(toE164('US', `00 ${CALLING_CODES[region]} ${national}`), `${region} with 00`).to.deep.equal({ ok: true, e164 });
      const trunk = NO_TRUNK.includes(region) ? '' : (TRUNK[region] ?? '0');
      if (trunk) expect(toE164(region, `${trunk} ${national}`), `${region} ${trunk} ${national}`).to.deep.equal({ ok: true, e164 });
    }
    // and the numbers the other tests use
    expect(toE164('CA', '604 555 0142')).to.deep.equal({ ok: true, e164: '+16045550142' });
    expect(toE164('HU', '06 20 123 4567')).to.deep.equal({ ok: true, e164: '+36201234567' });
    expect(toE164('', '+881 6 1234 5678')).to.deep.equal({ ok: true, e164: '+881612345678' }); // a satellite phone
  });

  it("preselects the library's country setting, never one from the language, and accepts + numbers without one", () => {
    expect(presetRegion('US')).to.equal('US');
    expect(presetRegion('ZA')).to.equal('ZA');
    expect(presetRegion(null)).to.equal('');
    expect(presetRegion('AQ')).to.equal(''); // a country the form does not list: nothing preselected
    // with no country chosen, a number with its calling code goes through; a national one asks for the country
    expect(toE164('', '+1 217 555 0142')).to.deep.equal({ ok: true, e164: '+12175550142' });
    expect(toE164('', '0034 612 345 678')).to.deep.equal({ ok: true, e164: '+34612345678' });
    expect(toE164('', '217 555 0142')).to.deep.equal({ ok: false, problem: 'region' });
  });

  it('names the countries in the widget language, sorted for it', () => {
    const spanish = countryOptions('es');
    expect(spanish.find((c) => c.region === 'DE')!.name).to.equal('Alemania');
    expect(spanish[0]!.name).to.equal('Alemania');
    expect(countryOptions('en').find((c) => c.region === 'ZA')).to.deep.equal({ region: 'ZA', code: '27', name: 'South Africa' });
  });
});
