import { expect } from '@open-wc/testing';
import { clearApiCache } from './cache.js';
import { getClient, resetClients } from './client.js';
import { NetworkError, ServerError } from './errors.js';
import { fetchTeamOrNull, fetchTeamPage, mightBeUnknownTeam, normalizeTeam, normalizeTeamPage, TeamLookupError } from './teams.js';
import { rejectionOf, sample } from '../../test/api/helpers.js';
import { clearFaults, faultyEndpoint, injectFault, localApi } from '../../test/local-api.js';

describe('api/normalize: a team’s page', () => {
  it('reads the recorded team: the team, its intro HTML as written, its people', async () => {
    const raw = await sample('teams-id-1.json');
    const team = normalizeTeamPage(raw);
    expect(team).to.deep.include(normalizeTeam((raw as { item: unknown }).item)!);
    expect(team.introHtml).to.equal('<p>Free, facilitated study groups at your branch.</p>');
    expect(team.members).to.deep.equal([
      { firstName: 'Maria', city: '', bio: '', role: 'organizer', avatarUrl: null },
      { firstName: '"><svg onload=alert(2)>', city: '', bio: '', role: 'facilitator', avatarUrl: null },
      { firstName: 'يوسف', city: '', bio: '', role: 'facilitator', avatarUrl: null },
    ]);
  });

  it('keeps only http(s) avatars, drops nameless people, caps the list, and refuses an answer without a team', () => {
    const people = [
      { first_name: 'Ana', role: 'ORGANIZER', avatar_url: 'javascript:alert(1)', city: 'X', bio: 'b' },
      { first_name: '  ', role: 'FACILITATOR' },
      { first_name: 'Bo', role: 'weird', avatar_url: 'https://example.org/a.png' },
      ...Array.from({ length: 80 }, (_, i) => ({ first_name: `P${i}` })),
    ];
    const team = normalizeTeamPage({ item: { id: 3, name: 'T', facilitators: people, intro_text: 42 } });
    expect(team.members[0]).to.deep.equal({ firstName: 'Ana', city: 'X', bio: 'b', role: 'organizer', avatarUrl: null });
    expect(team.members[1]).to.deep.equal({ firstName: 'Bo', city: '', bio: '', role: 'facilitator', avatarUrl: 'https://example.org/a.png' });
    expect(team.members).to.have.length(50);
    expect(team.introHtml).to.equal('');
    expect(() => normalizeTeamPage({ items: [] })).to.throw(ServerError);
    expect(() => normalizeTeamPage({ item: { id: 'x' } })).to.throw(ServerError);
  });
});

describe('api/teams: one team, and telling an unknown team from a failure', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
  });
  afterEach(() => clearFaults());

  it('loads the seed team 1 over fetch and JSONP', async () => {
    for (const [endpoint, transport] of [
      [localApi.open, 'cors'],
      [localApi.p2pu, 'jsonp'],
    ] as const) {
      clearApiCache();
      const team = await fetchTeamPage(getClient({ endpoint, transport }), 1);
      expect(team.name).to.equal('Riverbend Public Library');
      expect(team.members.filter((m) => m.role === 'organizer').map((m) => m.firstName)).to.deep.equal(['Margaret', 'Denise']);
    }
  });

  it('an unknown team (a plain-text HTTP 500, or a failed script over JSONP) is null once the list of teams lacks it', async () => {
    const viaFetch = getClient({ endpoint: localApi.open, transport: 'cors' });
    const error = await rejectionOf(fetchTeamPage(viaFetch, 999));
    // the server's plain-text 500 bypasses its CORS headers, as the real one does: fetch cannot read it either
    expect(error).to.be.instanceOf(NetworkError);
    expect(mightBeUnknownTeam(error)).to.equal(true);
    expect(mightBeUnknownTeam(new ServerError('P2PU answered HTTP 500', 500))).to.equal(true);
    expect(await fetchTeamOrNull(viaFetch, 999)).to.equal(null);
    expect(await fetchTeamOrNull(getClient({ endpoint: localApi.p2pu, transport: 'jsonp' }), 999)).to.equal(null);
  });

  it('a team that exists but failed to load is an error, not "no such team"', async () => {
    const client = getClient({ endpoint: localApi.open, transport: 'cors' });
    await injectFault('html500', { path: '/api/teams/1/', times: 1 });
    const error = await rejectionOf(fetchTeamOrNull(client, 1));
    expect(error).to.be.instanceOf(ServerError);
    expect(error).to.not.be.instanceOf(TeamLookupError);
  });

  it('when the list of teams fails too, it cannot tell: a TeamLookupError', async () => {
    const client = getClient({ endpoint: faultyEndpoint('html500'), transport: 'cors' });
    const error = await rejectionOf(fetchTeamOrNull(client, 5));
    expect(error).to.be.instanceOf(TeamLookupError);
    expect((error as TeamLookupError).cause).to.be.instanceOf(ServerError);
  });

  it('other failures are not taken for an unknown team', () => {
    expect(mightBeUnknownTeam(new ServerError('bad', 200))).to.equal(false);
    expect(mightBeUnknownTeam(new ServerError('bad', 429))).to.equal(false);
    expect(mightBeUnknownTeam(new NetworkError('blocked', { blockedByPolicy: true }))).to.equal(false);
    expect(mightBeUnknownTeam(new Error('x'))).to.equal(false);
  });
});
