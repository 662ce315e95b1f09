/**
 * <team-picker> (demo/builder/team-picker.ts): the snippet builder's "find your library by name"
 * (issue #12, item 2), against the local P2PU API's seed teams (server/seed.mjs): search, keyboard,
 * the number field, hostile names, and the loading, failed, no-match and chosen states.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../demo/builder/team-picker.js';
import {
  TeamPicker,
  circleCount,
  defineTeamPicker,
  foldText,
  matchTeams,
  teamNumber,
  type TeamPickerChangeEvent,
} from '../demo/builder/team-picker.js';
import { clearApiCache, getClient, resetClients, type Team } from '../src/api/index.js';
import { clearFaults, injectFault, localApi } from './local-api.js';

interface RawTeam {
  id: number;
  name: string;
  location: string;
  studygroup_count: number;
}

/** The local API's teams, as it serves them. */
async function seedTeams(): Promise<RawTeam[]> {
  const body = (await (await fetch(`${localApi.open}/api/teams/`)).json()) as { items: RawTeam[] };
  return body.items;
}

const root = (el: TeamPicker) => el.shadowRoot!;
const search = (el: TeamPicker) => root(el).querySelector<HTMLInputElement>('#search')!;
const number = (el: TeamPicker) => root(el).querySelector<HTMLInputElement>('#number')!;
const options = (el: TeamPicker) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const message = (el: TeamPicker) => text(root(el).querySelector('.message'));
const chosen = (el: TeamPicker) => text(root(el).querySelector('.chosen p'));
const expanded = (el: TeamPicker) => search(el).getAttribute('aria-expanded');
const activeId = (el: TeamPicker) => search(el).getAttribute('aria-activedescendant');

/** Every `change` the picker fires, in order. */
let changes: string[] = [];
const record = (e: Event) => changes.push((e as TeamPickerChangeEvent).detail.id);

async function picker(endpoint = localApi.open, transport: 'auto' | 'cors' | 'jsonp' = 'auto', value = '') {
  const el = await fixture<TeamPicker>(
    html`<team-picker endpoint=${endpoint} transport=${transport} value=${value} @change=${record}></team-picker>`,
  );
  await el.updateComplete;
  return el;
}

/** Focuses the search and types `query` with the keyboard, then waits for the list to be loaded. */
async function typeSearch(el: TeamPicker, query: string) {
  search(el).focus();
  await sendKeys({ type: query });
  await waitUntil(() => !message(el).startsWith('Loading'), 'the teams loaded', { timeout: 6000 });
  await el.updateComplete;
}

async function press(el: TeamPicker, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

beforeEach(() => {
  clearApiCache();
  resetClients();
  changes = [];
});
afterEach(() => clearFaults());

describe('<team-picker>: matching', () => {
  const team = (id: number, name: string, location = '', subtitle = ''): Team => ({
    id,
    name,
    subtitle,
    location,
    circleCount: 0,
    memberCount: 0,
    website: null,
    imageUrl: null,
    logoUrl: null,
    coordinates: null,
  });
  const teams = [
    team(1, 'Bibliothek Köln', 'Köln, Deutschland'),
    team(2, 'Central Library', 'Koln'),
    team(3, 'Riverside Readers', 'Springfield', 'Meets by the river'),
    team(4, 'Riverbend Public Library', 'Riverbend, WI, USA'),
    team(5, 'The River Library', 'Oslo, Norge'),
    team(6, 'Łódź Miejska Biblioteka', 'Łódź'),
  ];
  const ids = (query: string) => matchTeams(teams, query).map((t) => t.id);

  it('ignores case and accents, both ways', () => {
    expect(foldText('KÖLN')).to.equal('koln');
    expect(ids('köln')).to.deep.equal([1, 2]);
    expect(ids('KOLN')).to.deep.equal([1, 2]);
    expect(ids('lodz')).to.deep.equal([6]);
    expect(ids('Łódź')).to.deep.equal([6]);
  });

  it('matches the start of words of the name, subtitle and location, every word of the query', () => {
    expect(ids('bend')).to.deep.equal([]);
    expect(ids('wi usa')).to.deep.equal([4]);
    expect(ids('river library')).to.deep.equal([4, 5]);
    expect(ids('   ')).to.deep.equal([]);
    expect(ids('"><')).to.deep.equal([]);
  });

  it('lists names starting with the query first, then names with the word, then the rest, else in list order', () => {
    expect(ids('river')).to.deep.equal([3, 4, 5]);
    expect(ids('riverb')).to.deep.equal([4]);
    expect(ids('the river')).to.deep.equal([5, 3]); // 5's name starts so; 3 has "the river" in its subtitle
    expect(ids('4')).to.deep.equal([4], 'a team number finds the team');
  });

  it('says "1 learning circle" and "N learning circles"; reads team numbers', () => {
    expect([circleCount(0), circleCount(1), circleCount(2), circleCount(1200)]).to.deep.equal([
      '0 learning circles',
      '1 learning circle',
      '2 learning circles',
      '1,200 learning circles',
    ]);
    expect(['12', ' 012 ', '0', '-3', '12a', '1.5', '2147483647', '2147483648', ''].map(teamNumber)).to.deep.equal([
      '12',
      '12',
      '',
      '',
      '',
      '',
      '2147483647',
      '',
      '',
    ]);
  });

  it('is defined once by defineTeamPicker()', () => {
    expect(defineTeamPicker()).to.equal(TeamPicker);
    expect(customElements.get('team-picker')).to.equal(TeamPicker);
  });
});

describe('<team-picker>: finding a library by name', () => {
  it('loads the teams on first use, not before; typing "river" lists Riverbend with its location and circle count', async () => {
    const riverbend = (await seedTeams()).find((t) => t.name === 'Riverbend Public Library')!;
    const client = getClient({ endpoint: localApi.open, transport: 'auto' });
    const lookup = client.lookup.bind(client);
    let asked = 0;
    client.lookup = ((path, parse, options) => {
      if (path === 'teams/') asked++;
      return lookup(path, parse, options);
    }) as typeof client.lookup;
    const el = await picker();
    await new Promise((r) => setTimeout(r, 50));
    expect(asked, 'nothing loaded on construction').to.equal(0);
    expect(text(root(el).querySelector('label[for="search"]'))).to.equal('Your library (P2PU team)');
    expect(expanded(el)).to.equal('false');

    search(el).focus();
    await el.updateComplete;
    expect(asked).to.equal(1);
    expect(message(el)).to.equal("Loading P2PU's teams…");
    await sendKeys({ type: 'river' });
    await waitUntil(() => options(el).length > 0, 'matches listed', { timeout: 6000 });
    expect(asked, 'loaded once').to.equal(1);
    expect(expanded(el)).to.equal('true');
    expect(search(el).getAttribute('aria-controls')).to.equal('listbox');
    expect(root(el).querySelector('#listbox')!.getAttribute('role')).to.equal('listbox');
    const first = options(el)[0]!;
    expect(text(first.querySelector('.option-name'))).to.equal('Riverbend Public Library');
    expect(text(first.querySelector('.option-about'))).to.equal(
      `${riverbend.location} · ${riverbend.studygroup_count} learning circles`,
    );
    expect(riverbend.studygroup_count).to.be.greaterThan(1);
    expect(options(el).map((o) => text(o.querySelector('.option-name')))).not.to.include('Greater Boston Learning Circles');
    await expect(el).to.be.accessible();
  });

  it('chooses with the keyboard: change event with the id, the number field filled, the chosen line', async () => {
    const riverbend = (await seedTeams()).find((t) => t.name === 'Riverbend Public Library')!;
    const el = await picker();
    const events: TeamPickerChangeEvent[] = [];
    document.addEventListener('change', (e) => events.push(e as TeamPickerChangeEvent), { once: true });
    await typeSearch(el, 'river');
    await press(el, 'ArrowDown');
    expect(activeId(el)).to.equal(`team-${riverbend.id}`);
    expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    await press(el, 'Enter');

    expect(changes).to.deep.equal([String(riverbend.id)]);
    expect(events[0]!.detail, 'bubbles and is composed: the page sees it').to.deep.equal({ id: String(riverbend.id) });
    expect(events[0]!.target).to.equal(el);
    expect(el.value).to.equal(String(riverbend.id));
    expect(number(el).value).to.equal(String(riverbend.id));
    expect(search(el).value).to.equal('Riverbend Public Library');
    expect(expanded(el)).to.equal('false');
    expect(search(el).hasAttribute('aria-activedescendant')).to.equal(false);
    expect(chosen(el)).to.equal(
      `Chosen: Riverbend Public Library — ${riverbend.location}, ${riverbend.studygroup_count} learning circles`,
    );
    expect(root(el).activeElement).to.equal(search(el), 'focus stays in the search');
    await expect(el).to.be.accessible();

    // Clear: no team, reported
    root(el).querySelectorAll<HTMLButtonElement>('.chosen button')[1]!.click();
    await el.updateComplete;
    expect(changes).to.deep.equal([String(riverbend.id), '']);
    expect([el.value, number(el).value, search(el).value]).to.deep.equal(['', '', '']);
    expect(root(el).querySelector('.chosen')).to.equal(null);
  });

  it('the combobox attributes follow the keyboard: Down, Up, wrap around, Escape closes, Escape again empties', async () => {
    const el = await picker();
    await typeSearch(el, 'li');
    const ids = options(el).map((o) => o.id);
    expect(ids.length).to.be.within(3, 8);
    expect(expanded(el)).to.equal('true');
    expect(activeId(el), 'no option is active before the arrow keys').to.equal(null);

    await press(el, 'ArrowDown');
    expect(activeId(el)).to.equal(ids[0]);
    await press(el, 'ArrowDown');
    expect(activeId(el)).to.equal(ids[1]);
    expect(options(el).filter((o) => o.getAttribute('aria-selected') === 'true').map((o) => o.id)).to.deep.equal([ids[1]]);
    await press(el, 'ArrowUp');
    await press(el, 'ArrowUp');
    expect(activeId(el), 'Up from the first wraps to the last').to.equal(ids[ids.length - 1]);
    await press(el, 'ArrowDown');
    expect(activeId(el), 'Down from the last wraps to the first').to.equal(ids[0]);
    // every id the combobox points at exists in its listbox
    expect(root(el).getElementById(activeId(el)!)!.closest('#listbox')).to.exist;

    await press(el, 'Escape');
    expect(expanded(el)).to.equal('false');
    expect(activeId(el)).to.equal(null);
    expect(search(el).value, 'the search is kept').to.equal('li');
    await press(el, 'ArrowDown');
    expect(expanded(el), 'Down opens the list again').to.equal('true');
    expect(activeId(el)).to.equal(ids[0]);
    await press(el, 'Escape');
    await press(el, 'Escape');
    expect(search(el).value).to.equal('');
    expect(changes, 'browsing chooses nothing').to.deep.equal([]);
  });

  it('lists at most 8 matches, and a click chooses one', async () => {
    const el = await picker(localApi.open, 'cors');
    await typeSearch(el, 'e'); // many words start with e
    expect(options(el).length).to.be.at.most(8);
    const boston = options(el).find((o) => text(o.querySelector('.option-name')) === 'Greater Boston Learning Circles');
    const target = boston ?? options(el)[0]!;
    const id = target.id.replace('team-', '');
    target.click();
    await el.updateComplete;
    expect(changes).to.deep.equal([id]);
    expect(number(el).value).to.equal(id);
  });

  it('of many matches lists 8 and says how many more', async () => {
    const client = getClient({ endpoint: localApi.open, transport: 'auto' });
    const many: Team[] = Array.from({ length: 11 }, (_, i) => ({
      id: i + 100,
      name: `Library ${i + 1}`,
      subtitle: '',
      location: '',
      circleCount: i === 0 ? 1 : i,
      memberCount: 0,
      website: null,
      imageUrl: null,
      logoUrl: null,
      coordinates: null,
    }));
    client.lookup = (() => Promise.resolve(many)) as typeof client.lookup;
    const el = await picker();
    await typeSearch(el, 'library');
    expect(options(el)).to.have.length(8);
    expect(text(options(el)[0]!.querySelector('.option-about')), 'no location: the count alone').to.equal('1 learning circle');
    expect(text(root(el).querySelector('.more'))).to.equal('3 more teams match: type more of the name to find yours.');
    await sendKeys({ type: ' 1' });
    await el.updateComplete;
    expect(options(el).map((o) => o.id)).to.deep.equal(['team-100', 'team-109', 'team-110']);
    expect(root(el).querySelector('.more')).to.equal(null);
  });

  it('finds accented names without the accents ("espana" finds the team in España)', async () => {
    const el = await picker();
    await typeSearch(el, 'espana');
    expect(options(el).map((o) => text(o.querySelector('.option-name')))).to.include('Red de Bibliotecas Comunitarias');
    expect(text(options(el)[0]!.querySelector('.option-about'))).to.contain('Madrid, España');
  });

  it('no match: says so with the query, names who to ask, and lists nothing', async () => {
    const el = await picker();
    await typeSearch(el, 'zzqx');
    expect(options(el)).to.have.length(0);
    expect(expanded(el)).to.equal('false');
    expect(message(el)).to.equal(
      'No team matches “zzqx”. Check the spelling, or ask P2PU (thepeople@p2pu.org) for your library\'s team number.',
    );
    expect(root(el).querySelector('.message')!.getAttribute('role')).to.equal('status');
    expect(root(el).querySelector<HTMLAnchorElement>('.message a')!.href).to.equal('mailto:thepeople@p2pu.org');
    await expect(el).to.be.accessible();
  });

  it('shows a hostile team name as text, in the list and once chosen', async () => {
    const hostile = (await seedTeams()).find((t) => t.name.includes('<script>'))!;
    expect(hostile, 'the seed has a hostile team').to.exist;
    const el = await picker();
    await typeSearch(el, 'friends');
    const option = options(el).find((o) => o.id === `team-${hostile.id}`)!;
    expect(text(option.querySelector('.option-name'))).to.equal(hostile.name);
    expect(text(option.querySelector('.option-about'))).to.equal(`${hostile.location} · 0 learning circles`);
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(changes).to.deep.equal([String(hostile.id)]);
    expect(chosen(el)).to.contain(hostile.name);
    expect(search(el).value).to.equal(hostile.name);
    expect(root(el).querySelectorAll('script, img, svg, iframe')).to.have.length(0);
    // its subtitle (<img onerror>) stays text too, and its javascript: website is never a link
    expect(root(el).querySelectorAll('a[href^="javascript"]')).to.have.length(0);
  });
});

describe('<team-picker>: the team number', () => {
  it('typing a number sets the value and names the team; an unknown number says so; letters are refused', async () => {
    const boston = (await seedTeams()).find((t) => t.name === 'Greater Boston Learning Circles')!;
    const el = await picker();
    number(el).focus();
    await sendKeys({ type: String(boston.id) });
    await waitUntil(() => chosen(el).includes('Greater Boston'), 'named', { timeout: 6000 });
    expect(changes).to.deep.equal([String(boston.id)]);
    expect(el.value).to.equal(String(boston.id));
    expect(chosen(el)).to.equal(
      `Chosen: Greater Boston Learning Circles — ${boston.location}, ${boston.studygroup_count} learning circles`,
    );

    await sendKeys({ type: '99' }); // "299": nobody's number
    await el.updateComplete;
    const id = `${boston.id}99`;
    expect(el.value).to.equal(id);
    expect(root(el).querySelector('.chosen')).to.equal(null);
    expect(text(root(el).querySelector('#number-unknown'))).to.equal(
      `No team has number ${id} on ${localApi.open}. Check the number, or search for your library by name.`,
    );
    expect(number(el).getAttribute('aria-describedby')).to.contain('number-unknown');

    await sendKeys({ type: 'a' });
    await el.updateComplete;
    expect(number(el).getAttribute('aria-invalid')).to.equal('true');
    expect(text(root(el).querySelector('#number-error'))).to.equal("Use the team's number, such as 12.");
    expect(el.value).to.equal('');
    expect(changes).to.deep.equal([String(boston.id), `${boston.id}9`, id, '']);
    await expect(el).to.be.accessible();
  });

  it('a value set from outside fills the number field and, once the teams are loaded, names the team; no event', async () => {
    const cape = (await seedTeams()).find((t) => t.name === 'Cape Peninsula Libraries')!;
    const el = await picker(localApi.open, 'auto', String(cape.id));
    expect(number(el).value).to.equal(String(cape.id));
    expect(chosen(el), 'before the list is loaded').to.equal(`Chosen: team number ${cape.id}.`);
    search(el).focus();
    await waitUntil(() => chosen(el).includes('Cape Peninsula'), 'named', { timeout: 6000 });
    expect(chosen(el)).to.equal(`Chosen: Cape Peninsula Libraries — ${cape.location}, ${cape.studygroup_count} learning circles`);

    el.value = '424242';
    await el.updateComplete;
    expect(number(el).value).to.equal('424242');
    expect(text(root(el).querySelector('#number-unknown'))).to.contain(`No team has number 424242 on ${localApi.open}`);
    el.value = '';
    await el.updateComplete;
    expect([number(el).value, root(el).querySelector('.chosen'), root(el).querySelector('#number-unknown')]).to.deep.equal([
      '',
      null,
      null,
    ]);
    expect(changes, 'setting value fires nothing').to.deep.equal([]);
  });

  it('"Change" goes back to the search with its text selected', async () => {
    const el = await picker();
    await typeSearch(el, 'nordic');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    number(el).focus();
    root(el).querySelector<HTMLButtonElement>('.chosen button')!.click();
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(search(el));
    const input = search(el);
    expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, input.value.length]);
    await sendKeys({ type: 'cape' });
    await el.updateComplete;
    expect(text(options(el)[0]!.querySelector('.option-name'))).to.equal('Cape Peninsula Libraries');
  });
});

describe('<team-picker>: when the teams cannot be loaded', () => {
  for (const transport of ['auto', 'cors'] as const) {
    it(`says so, naming the endpoint, offers the number field, and "Try again" works (${transport})`, async () => {
      await injectFault('html500', { path: '/api/teams/', times: 1 });
      const el = await picker(localApi.open, transport);
      search(el).focus();
      await waitUntil(() => root(el).querySelector('.problem'), 'the failure shown', { timeout: 6000 });
      const problem = root(el).querySelector('.problem')!;
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(text(problem)).to.contain(`P2PU's teams could not be loaded from ${localApi.open}:`);
      expect(text(problem)).to.contain('If you know your team\'s number, type it into “Team number” below.');
      expect(problem.querySelector<HTMLAnchorElement>('a')!.href).to.equal(`${localApi.open}/api/teams/`);
      await expect(el).to.be.accessible();

      // the number field still works meanwhile
      number(el).focus();
      await sendKeys({ type: '3' });
      await el.updateComplete;
      expect(changes).to.deep.equal(['3']);
      expect(chosen(el)).to.equal('Chosen: team number 3.');

      const retry = problem.querySelector<HTMLButtonElement>('button')!;
      expect(text(retry)).to.equal('Try again');
      retry.click();
      await waitUntil(() => chosen(el).includes('Red de Bibliotecas'), 'loaded on the second try', { timeout: 6000 });
      expect(root(el).querySelector('.problem')).to.equal(null);
      await typeSearch(el, 'river');
      expect(text(options(el)[0]!.querySelector('.option-name'))).to.equal('Riverbend Public Library');
    });
  }

  it('an endpoint that is no web address is a failure too, named as typed', async () => {
    const el = await picker('javascript:alert(1)');
    search(el).focus();
    await el.updateComplete;
    const problem = text(root(el).querySelector('.problem'));
    expect(problem).to.contain('could not be loaded from javascript:alert(1): it is not a web address');
    expect(root(el).querySelector('.problem a')).to.equal(null);
  });

  it('another endpoint, once in use, loads its own list', async () => {
    const el = await picker('http://127.0.0.1:9'); // nothing listens there
    search(el).focus();
    await waitUntil(() => root(el).querySelector('.problem'), 'the failure shown', { timeout: 8000 });
    el.endpoint = localApi.open;
    await el.updateComplete;
    await typeSearch(el, 'river');
    expect(root(el).querySelector('.problem')).to.equal(null);
    expect(options(el).length).to.be.greaterThan(0);
  });
});

describe('<team-picker>: layout', () => {
  it('fits 320px with the list open and a long hostile name chosen', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px"><team-picker endpoint=${localApi.open}></team-picker></div>`,
    );
    const el = wrapper.querySelector('team-picker')!;
    await typeSearch(el, 'li');
    const box = el.getBoundingClientRect();
    expect(box.width).to.be.at.most(320);
    for (const node of [search(el), number(el), root(el).querySelector('.popup')!, ...options(el)]) {
      const r = node.getBoundingClientRect();
      expect(r.right, node.id || node.className).to.be.at.most(box.right + 0.5);
      expect(r.height, `${node.id || node.className} at least 24px high`).to.be.at.least(24);
    }
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    for (const button of root(el).querySelectorAll('button')) {
      const r = button.getBoundingClientRect();
      expect(r.right).to.be.at.most(box.right + 0.5);
      expect(Math.min(r.width, r.height)).to.be.at.least(24);
    }
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    await expect(el).to.be.accessible();
  });
});
