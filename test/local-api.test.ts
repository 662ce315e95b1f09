import { expect } from '@open-wc/testing';
import { clearApiCache, getClient, resetClients, ServerError } from '../src/api/index.js';
import { clearFaults, injectFault, localApi } from './local-api.js';

describe('the local P2PU API, seen from a browser page', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
  });
  afterEach(() => clearFaults());

  it('serves learning circles across origins through JSONP, as P2PU does for library sites', async () => {
    const client = getClient({ endpoint: localApi.p2pu });
    expect(client.currentTransport()).to.equal('jsonp');
    const page = await client.searchCircles({ signup: 'open', order: 'first_meeting_date', limit: 5 });
    expect(page.items).to.have.length(5);
    expect(page.count).to.be.greaterThan(5);
    expect(page.items.every((c) => c.status === 'upcoming' || c.status === 'in_progress')).to.equal(true);
  });

  it('lets a signup form show only where the signup POST can succeed', async () => {
    expect(await getClient({ endpoint: localApi.open }).canPostSignup()).to.equal(true);
    expect(await getClient({ endpoint: localApi.p2pu }).canPostSignup()).to.equal(false);
  });

  it('injects a fault on request, so widgets can be tested against a broken API', async () => {
    await injectFault('html500', { path: '/api/learningcircles/topics/', times: 1 });
    const client = getClient({ endpoint: localApi.open, transport: 'cors' });
    let error: unknown;
    try {
      await client.circleTopics();
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ServerError);
    const topics = await client.circleTopics();
    expect(topics.length).to.be.greaterThan(3);
  });
});
