import { expect, fixture, html } from '@open-wc/testing';
import './team-profile.js';
import '../../config/p2pu-config.js';
import type { TeamProfile } from './team-profile.js';
import { TeamProfileHarness } from './team-profile.harness.js';
import { clearApiCache, resetClients, type TeamPage as Team } from '../../api/index.js';
import { clearFaults, faultyEndpoint, injectFault, localApi } from '../../../test/local-api.js';
import { warningsDuring } from '../../../test/page-helpers.js';

const harness = (el: TeamProfile) => new TeamProfileHarness(el);
/** Words as read: without the isolates (U+2066–U+2069) around API values in sentences. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '');

type Attributes = Record<string, string>;

/** A profile from the local API with these attributes, inside `wrapper` attributes when given, loaded. */
async function profile(attributes: Attributes, wrapper: Attributes = {}): Promise<TeamProfile> {
  const el = document.createElement('team-profile');
  for (const [name, value] of Object.entries({ endpoint: localApi.open, transport: 'cors', ...attributes })) {
    el.setAttribute(name, value);
  }
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  for (const [name, value] of Object.entries(wrapper)) holder.setAttribute(name, value);
  holder.append(el);
  await harness(el).settled();
  await harness(el).countsSettled();
  return el;
}

/** How many circles of `teamId` the local API has open for signup (its own count). */
async function openCount(teamId: number): Promise<number> {
  const response = await fetch(`${localApi.open}/api/learningcircles/?team_id=${teamId}&signup=open&limit=100`);
  const body = (await response.json()) as { count: number; items: { id: number }[] };
  expect(new Set(body.items.map((c) => c.id)).size, 'no duplicates without a search text').to.equal(body.count);
  return body.count;
}

const bare: Team = {
  id: 42,
  name: 'Smalltown Library',
  subtitle: '',
  location: '',
  circleCount: 0,
  memberCount: 0,
  website: null,
  imageUrl: null,
  logoUrl: null,
  coordinates: null,
  introHtml: '',
  members: [],
};

/** Everything the safe subset must never let into the page, in the whole widget. */
function expectNothingActive(el: TeamProfile) {
  const root = harness(el).root;
  expect(root.querySelectorAll('script, iframe, object, embed, style:not([data-lit]), template')).to.have.length(0);
  for (const node of root.querySelectorAll('*')) {
    for (const attribute of node.attributes) {
      expect(attribute.name.startsWith('on'), `${attribute.name} on <${node.localName}>`).to.equal(false);
      expect(attribute.name, `on <${node.localName}>`).to.not.equal('style');
    }
  }
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) expect(['http:', 'https:']).to.include(new URL(a.href).protocol);
  for (const img of root.querySelectorAll<HTMLImageElement>('img')) expect(['http:', 'https:']).to.include(new URL(img.src).protocol);
}

describe('<team-profile>', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
  });
  afterEach(() => clearFaults());

  describe('a team from P2PU', () => {
    it('shows Riverbend Public Library: name, subtitle, place, logo, intro, website, counts, people and the way to its circles', async () => {
      const el = await profile({ 'team-id': '1' });
      const h = harness(el);
      expect(h.state).to.equal('content');
      expect(h.partText('name')).to.equal('Riverbend Public Library');
      expect(h.root.querySelector('h3[part~="name"]')).to.not.equal(null);
      expect(h.partText('subtitle')).to.equal('Free, facilitated study groups at every Riverbend branch.');
      expect(h.partText('location')).to.equal('Riverbend, WI, USA');
      const logo = h.part('logo') as HTMLImageElement;
      expect(logo.getAttribute('alt')).to.equal('');
      expect(logo.src).to.match(/^http:\/\/.+\/media\/riverbend-library-logo\.svg$/);

      // the intro's paragraphs and emphasis, as elements
      expect([...h.intro!.children].map((c) => c.localName)).to.deep.equal(['p', 'p']);
      expect(h.intro!.querySelector('strong')!.textContent).to.equal('learn together');

      const website = h.websiteLink!;
      expect(website.href).to.equal('https://riverbend-library.example.org/');
      expect(website.target).to.equal('_blank');
      expect(website.rel).to.contain('noopener');
      expect(plain(website.textContent).replace(/\s+/g, ' ').trim()).to.equal('Visit the team’s website (opens in a new tab)');

      const open = await openCount(1);
      expect(h.counts).to.deep.equal([
        open === 1 ? '1 learning circle open for signup' : open === 0 ? 'No learning circles open for signup right now' : `${open} learning circles open for signup`,
        h.counts[1]!,
        '9 facilitators',
      ]);
      expect(h.counts[1]).to.match(/^\d+ learning circles? so far$/);

      const people = h.people;
      expect(people.map((p) => p.name)).to.deep.equal(['Margaret', 'Denise', 'Maya', 'Tom', 'Ruth', 'Jamal', 'Keiko', 'Luis', 'Priya']);
      expect(people.slice(0, 3).map((p) => p.role)).to.deep.equal(['Organizer', 'Organizer', 'Facilitator']);
      expect(people[0]).to.deep.include({ city: 'Riverbend', bio: 'Adult services librarian; coordinates the learning circles of every branch.' });
      expect(people[4]).to.deep.include({ name: 'Ruth', city: '', bio: '', avatar: null });
      const avatar = people[0]!.avatar!;
      expect(avatar.getAttribute('alt')).to.equal('');
      expect(avatar.getAttribute('loading')).to.equal('lazy');
      expect([avatar.getAttribute('width'), avatar.getAttribute('height')]).to.deep.equal(['48', '48']);
      expect(people.filter((p) => p.avatar).map((p) => p.name)).to.deep.equal(['Margaret', 'Maya']);

      expect(h.p2puLink!.href).to.equal('https://www.p2pu.org/en/learning-circles/?team_id=1');
      expect(h.p2puLink!.hasAttribute('target')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('keeps the hostile team’s strings as text and shows only the safe subset of its intro', async () => {
      const el = await profile({ 'team-id': '7' });
      const h = harness(el);
      expect(h.state).to.equal('content');
      expect(h.partText('name')).to.equal('"><script>alert(\'team\')</script> Friends of the Library & Co.');
      expect(h.partText('subtitle')).to.equal('<img src=x onerror=alert(1)> Friends who learn together');
      // <p onmouseover>We <em>love</em> libraries.</p><script>…</script><a href="javascript:…">Join us</a>
      expect([...h.intro!.children].map((c) => c.localName)).to.deep.equal(['p']);
      expect(h.intro!.querySelector('p')!.attributes.length, 'only our dir="auto"').to.equal(1);
      expect(h.intro!.querySelector('em')!.textContent).to.equal('love');
      expect(h.intro!.querySelector('a')).to.equal(null);
      expect(h.partText('intro')).to.equal('We love libraries.Join us');
      expect(h.websiteLink, 'javascript: is no website').to.equal(null);
      expect(h.people).to.have.length(1);
      expect(h.people[0]!.bio).to.equal('<img src=x onerror=alert(4)>');
      expectNothingActive(el);
      await expect(el).to.be.accessible();
    });

    it('shows a team’s picture above its name (Cape Peninsula Libraries), at a fixed shape', async () => {
      const el = await profile({ 'team-id': '4' });
      const image = harness(el).part('image') as HTMLImageElement;
      expect(image.getAttribute('alt')).to.equal('');
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.src).to.match(/\/media\/cape-peninsula-libraries\.svg$/);
      expect(getComputedStyle(image).aspectRatio).to.equal('8 / 3');
      // the intro's list, as a list
      expect([...harness(el).intro!.querySelectorAll('ul > li')].map((li) => li.textContent)).to.deep.equal(['English', 'Afrikaans']);
    });
  });

  describe('what a team may lack', () => {
    it('without people, intro, website, place, subtitle or pictures: no empty sections, and the way to its circles stays', async () => {
      const el = await fixture<TeamProfile>(html`<team-profile .team=${bare}></team-profile>`);
      const h = harness(el);
      expect(h.state).to.equal('content');
      for (const part of ['facilitators', 'intro', 'website', 'location', 'subtitle', 'image', 'logo']) {
        expect(h.part(part), part).to.equal(null);
      }
      expect(h.root.querySelectorAll('h3, h4')).to.have.length(1);
      expect(h.counts[0]).to.equal('No learning circles yet');
      expect(h.counts.some((c) => c.includes('facilitator'))).to.equal(false);
      expect(h.p2puLink!.href).to.equal('https://www.p2pu.org/en/learning-circles/?team_id=42');
      await expect(el).to.be.accessible();
    });

    it('an intro without paragraphs reads as one line of text, not a line per piece', async () => {
      const team: Team = { ...bare, introHtml: 'Visit <strong>our</strong> branch and <a href="https://example.org/events">see events</a> today.' };
      const el = await fixture<TeamProfile>(html`<team-profile .team=${team} style="inline-size: 40em"></team-profile>`);
      const intro = harness(el).intro!;
      const top = (node: Element) => Math.round(node.getBoundingClientRect().top);
      expect(top(intro.querySelector('strong')!)).to.equal(top(intro.querySelector('a')!));
      const lineHeight = parseFloat(getComputedStyle(intro).fontSize) * 2;
      expect(intro.getBoundingClientRect().height).to.be.below(lineHeight);
    });

    it('a team picture that fails to load leaves no empty box', async () => {
      const team: Team = { ...bare, imageUrl: 'http://127.0.0.1:9/none.png' };
      const el = await fixture<TeamProfile>(html`<team-profile .team=${team}></team-profile>`);
      const image = harness(el).part('image') as HTMLImageElement;
      await new Promise<void>((resolve) => {
        if (image.hidden) resolve();
        else image.addEventListener('error', () => setTimeout(resolve), { once: true });
      });
      await el.updateComplete;
      expect(image.getBoundingClientRect().height).to.equal(0);
    });

    it('an intro of only markup or scripts is no intro; an avatar that fails to load is hidden', async () => {
      const team: Team = {
        ...bare,
        introHtml: '<p> </p><script>alert(1)</script>',
        members: [{ firstName: 'Ana', city: '', bio: '', role: 'facilitator', avatarUrl: 'http://127.0.0.1:9/none.png' }],
      };
      const el = await fixture<TeamProfile>(html`<team-profile .team=${team}></team-profile>`);
      expect(harness(el).intro).to.equal(null);
      const avatar = harness(el).people[0]!.avatar!;
      await new Promise<void>((resolve) => {
        if (avatar.hidden) resolve();
        else avatar.addEventListener('error', () => setTimeout(resolve), { once: true });
      });
      expect(avatar.hidden).to.equal(true);
      expect(avatar.getBoundingClientRect().width).to.equal(0);
    });
  });

  describe('set-up, loading, unknown teams and errors', () => {
    it('tells the page editor when there is no team-id, and when it is not a number', async () => {
      const warnings = await warningsDuring(async () => {
        const missing = await fixture<TeamProfile>(html`<team-profile></team-profile>`);
        expect(harness(missing).state).to.equal('problem');
        expect(harness(missing).part('problem')!.getAttribute('role')).to.equal('note');
        expect(harness(missing).problem).to.contain('team-profile needs a team-id attribute');
        await expect(missing).to.be.accessible();
        const wrong = await fixture<TeamProfile>(html`<team-profile team-id="Riverbend"></team-profile>`);
        expect(harness(wrong).state).to.equal('problem');
        expect(harness(wrong).problem).to.contain('team-id "Riverbend" is not a team number');
        expect(harness(wrong).problem).to.not.contain('needs a team-id');
      });
      expect(warnings.some((w) => w.includes('team-profile'))).to.equal(true);
    });

    it('takes team-id from a <p2pu-config> around it', async () => {
      const holder = await fixture<HTMLElement>(html`<p2pu-config endpoint=${localApi.open} team-id="2" transport="cors"><team-profile></team-profile></p2pu-config>`);
      const el = holder.querySelector('team-profile')!;
      await harness(el).settled();
      expect(harness(el).partText('name')).to.equal('Greater Boston Learning Circles');
    });

    it('shows a loading placeholder first, announced once', async () => {
      await injectFault('none', { path: '/api/teams/', times: 1, latencyMs: 500 });
      const el = document.createElement('team-profile');
      el.setAttribute('endpoint', localApi.open);
      el.setAttribute('transport', 'cors');
      el.setAttribute('team-id', '2');
      (await fixture<HTMLElement>(html`<div></div>`)).append(el);
      await el.updateComplete;
      const h = harness(el);
      expect(h.state).to.equal('loading');
      expect(h.query('[aria-busy="true"]')).to.not.equal(null);
      expect(plain(h.query('[role="status"]')!.textContent).trim()).to.equal('Loading the team…');
      await expect(el).to.be.accessible();
      await h.settled();
      expect(h.state).to.equal('content');
    });

    it('says P2PU has no such team when the team is unknown (a plain-text HTTP 500), over fetch and JSONP, and tells the console', async () => {
      const cases: Attributes[] = [{ 'team-id': '999' }, { 'team-id': '998', endpoint: localApi.p2pu, transport: 'jsonp' }];
      for (const attributes of cases) {
        const warnings = await warningsDuring(async () => {
          const el = await profile(attributes);
          const h = harness(el);
          expect(h.state).to.equal('not-found');
          expect(h.partText('status')).to.equal(`This team could not be found P2PU has no team number ${attributes['team-id']}. Find a learning circle on P2PU`);
          expect(h.retryButton).to.equal(null);
          await expect(el).to.be.accessible();
        });
        expect(warnings.some((w) => w.includes(`no team ${attributes['team-id']}`))).to.equal(true);
      }
    });

    it('a team that exists but failed to load: says P2PU had a problem, with Try again, and recovers', async () => {
      await injectFault('html500', { path: '/api/teams/3/', times: 1 });
      const el = await profile({ 'team-id': '3' });
      const h = harness(el);
      expect(h.state).to.equal('error');
      expect(h.error!.getAttribute('role')).to.equal('alert');
      expect(h.partText('status')).to.contain('This team could not be loaded.');
      expect(h.partText('status')).to.contain('P2PU had a problem');
      await expect(el).to.be.accessible();
      h.retryButton!.click();
      await h.reached('content');
      expect(h.partText('name')).to.equal('Red de Bibliotecas Comunitarias');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(h.focused?.id, 'focus moves to the name').to.equal('team-name');
    });

    it('when even the list of teams fails, it cannot tell: "could not find team N, or had a problem finding it", with Try again', async () => {
      const el = await profile({ 'team-id': '5', endpoint: faultyEndpoint('html500') });
      const h = harness(el);
      expect(h.state).to.equal('error');
      expect(h.partText('status')).to.contain('P2PU could not find team 5, or had a problem finding it.');
      expect(h.retryButton).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('leaves the open count out when only that search fails', async () => {
      // a team no other test asks about: the browser's HTTP cache keeps answers for 15 minutes
      await injectFault('html500', { path: '/api/learningcircles/', times: 1 });
      const el = await profile({ 'team-id': '5' });
      expect(harness(el).state).to.equal('content');
      expect(harness(el).counts.some((c) => c.includes('open')), harness(el).counts.join(' | ')).to.equal(false);
      expect(harness(el).counts.some((c) => c.includes('so far'))).to.equal(true);
    });
  });

  describe('languages and narrow places', () => {
    it('reads right to left in Arabic', async () => {
      const el = await profile({ 'team-id': '6' }, { lang: 'ar' });
      const root = harness(el).query('.widget')!;
      expect(root.getAttribute('dir')).to.equal('rtl');
      const name = harness(el).part('name')!;
      const logical = getComputedStyle(harness(el).query('.profile')!);
      expect(logical.direction).to.equal('rtl');
      expect(name.querySelector('[dir="auto"]')).to.not.equal(null);
      // an Arabic name reads right to left in its own isolate
      const person = harness(el).people.find((p) => p.name === 'مريم')!;
      expect(person.city).to.equal('شيكاغو');
      await expect(el).to.be.accessible();
    });

    it('speaks the page’s language for numbers and P2PU’s links (Spanish)', async () => {
      const team: Team = { ...bare, circleCount: 12345, members: [] };
      const holder = await fixture<HTMLElement>(html`<div lang="es"><team-profile .team=${team}></team-profile></div>`);
      const el = holder.querySelector('team-profile')!;
      await el.updateComplete;
      expect(harness(el).counts[0]).to.contain(new Intl.NumberFormat('es').format(12345)).and.to.contain('12.345');
      expect(harness(el).p2puLink!.href).to.equal('https://www.p2pu.org/es/learning-circles/?team_id=42');
    });

    it('fits 320 px without scrolling sideways', async () => {
      const holder = await fixture<HTMLElement>(html`<div style="width: 320px"></div>`);
      const el = document.createElement('team-profile');
      el.setAttribute('endpoint', localApi.open);
      el.setAttribute('transport', 'cors');
      el.setAttribute('team-id', '1');
      holder.append(el);
      await harness(el).settled();
      expect(el.getBoundingClientRect().width).to.equal(320);
      for (const node of harness(el).queryAll('.profile, .people-list, .counts, .actions, .intro')) {
        expect(node.scrollWidth, node.className).to.be.at.most(node.clientWidth + 1);
      }
      const button = harness(el).p2puLink!;
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
    });
  });
});
