import { expect } from '@open-wc/testing';
import { ServerError } from './errors.js';
import { clearApiCache } from './cache.js';
import { getClient, resetClients } from './client.js';
import { fetchCircleMap, normalizeCircleMap, normalizeMapCircle } from './circle-map.js';
import { LIMITS } from './normalize.js';
import { FIXTURE, fixture, hits, sample, uniqueTag } from '../../test/api/helpers.js';
import { localApi } from '../../test/local-api.js';

const ids = (items: { id: number }[]) => items.map((i) => i.id);

describe('api/normalize: the circle map', () => {
  it('reads the real sample: numbers from the string coordinates, the ended circle left out, text kept as text', async () => {
    const pins = normalizeCircleMap(await sample('lc-map.json'));
    expect(ids(pins)).to.deep.equal([7, 1, 2, 4, 5, 8]);
    const first = pins[0]!;
    expect(first).to.deep.equal({
      id: 7,
      title: 'Python for Everybody (already started)',
      latitude: 41.9614,
      longitude: -87.6848,
      city: 'Chicago',
      startDate: '2026-11-22',
      url: 'http://127.0.0.1:8000/en/signup/sulzer-regional-library-7/',
    });
    expect(pins.find((p) => p.id === 2)!.title).to.equal(`<img src=x onerror=alert(1)> نتعلم العربية معاً 📖 "quotes" & 'apostrophes'`);
    expect(pins.find((p) => p.id === 8)!.latitude).to.equal(-1.286389);
  });

  it('drops circles without valid coordinates and keeps only http(s) links', () => {
    const base = { title: 'T', city: 'C', start_date: '2026-12-01', active: true, url: 'https://p2pu.org/x/' };
    const pins = normalizeCircleMap({
      items: [
        { ...base, id: 1, latitude: '10.5', longitude: '20.25' },
        { ...base, id: 2, latitude: null, longitude: null },
        { ...base, id: 3, latitude: '', longitude: '' },
        { ...base, id: 4, latitude: '91', longitude: '0' },
        { ...base, id: 5, latitude: '0', longitude: '-180.5' },
        { ...base, id: 6, latitude: '1e3', longitude: '0' },
        { ...base, id: 7, latitude: 'NaN', longitude: '0' },
        { ...base, id: 8, latitude: -90, longitude: 180, url: 'javascript:alert(1)' },
        { ...base, id: 9, latitude: '1', longitude: '1', active: false },
        { ...base, id: 1, latitude: '5', longitude: '5' },
        { ...base, id: 'x', latitude: '1', longitude: '1' },
        'nonsense',
      ],
    });
    expect(ids(pins)).to.deep.equal([1, 8]);
    expect(pins[0]).to.include({ latitude: 10.5, longitude: 20.25 });
    expect(pins[1]!.url).to.equal(null);
  });

  it('caps text, ignores a malformed start date and cuts a huge list', () => {
    const pin = normalizeMapCircle({ id: 1, latitude: '1', longitude: '1', active: true, title: 'x'.repeat(5000), city: 42, start_date: 'soon' })!;
    expect(pin.title.length).to.be.at.most(300);
    expect(pin.title.endsWith('…')).to.equal(true);
    expect(pin.city).to.equal('42');
    expect(pin.startDate).to.equal('');
    const many = Array.from({ length: LIMITS.mapItems + 10 }, (_, i) => ({ id: i, latitude: '1', longitude: '1', active: true }));
    expect(normalizeCircleMap({ items: many })).to.have.length(LIMITS.mapItems);
  });

  it('rejects an answer that is not a list of circles', () => {
    for (const body of [null, [], {}, { items: 'x' }, 'text']) {
      expect(() => normalizeCircleMap(body), JSON.stringify(body)).to.throw(ServerError);
    }
  });
});

describe('api/circle-map: fetchCircleMap', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
  });

  it('reads every published circle from /api/learning-circles-map/ once, and keeps it for an hour', async () => {
    const tag = uniqueTag();
    const client = getClient({ endpoint: fixture({ tag }) });
    const recorded = normalizeCircleMap(await sample('lc-map.json'));
    expect(await fetchCircleMap(client)).to.deep.equal(recorded);
    expect(await fetchCircleMap(getClient({ endpoint: FIXTURE }))).to.deep.equal(recorded);
    await fetchCircleMap(client);
    expect(await hits(tag)).to.equal(1);
  });

  it('with a team id: the team’s running circles with coordinates, from /api/learningcircles/', async () => {
    const client = getClient({ endpoint: localApi.open, transport: 'cors' });
    const pins = await fetchCircleMap(client, { teamId: 1 });
    expect(pins.length).to.be.greaterThan(0);
    const response = await fetch(`${localApi.open}/api/learningcircles/?team_id=1&active=true&limit=100`);
    const body = (await response.json()) as { items: { id: number; latitude: string | null }[] };
    const withCoordinates = body.items.filter((c) => c.latitude !== null).map((c) => c.id);
    expect(ids(pins).sort()).to.deep.equal(withCoordinates.sort());
    for (const pin of pins) {
      expect(pin.latitude).to.be.a('number');
      expect(pin.longitude).to.be.a('number');
    }
  });
});
