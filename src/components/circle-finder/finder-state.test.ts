import { expect } from '@open-wc/testing';
import {
  activeFilters,
  clearedState,
  addressParams,
  defaultDistanceKm,
  distanceChoices,
  firstSearch,
  initialState,
  parseDays,
  parsePresets,
  stateFromParams,
  stateToParams,
  URL_NAMES,
  removeFilter,
  toQuery,
  usesMiles,
} from './finder-state.js';
import { readParams, writeParams } from '../../internal/url-state.js';
import { jsonLdText } from './structured-data.js';
import { circleSearchParams } from '../../api/index.js';

describe('circle-finder state', () => {
  it('reads presets and says in words what a page editor got wrong', () => {
    const problems: string[] = [];
    const presets = parsePresets(
      { city: ' Riverbend ', topics: 'Python, data,,python', online: 'maybe', order: 'date', filters: 'q colour', pageSize: 'lots' },
      problems,
    );
    expect(presets.city).to.equal('Riverbend');
    expect(presets.topics).to.deep.equal(['python', 'data']);
    expect(presets.online).to.equal('any');
    expect(presets.order).to.equal(null);
    expect([...presets.visible]).to.deep.equal(['q']);
    expect(presets.pageSize).to.equal(12);
    expect(problems.join('\n')).to.contain('online "maybe"').and.contain('order "date"').and.contain('"colour"').and.contain('page-size "lots"');
  });

  it('treats filters="" as a plain list without tabs, and no attribute as every filter', () => {
    expect(parsePresets({ filters: '' }).tabs).to.equal(false);
    expect(parsePresets({ filters: '' }).visible.size).to.equal(0);
    expect(parsePresets({}).visible.size).to.equal(7);
    expect(parsePresets({ online: 'false' }).online).to.equal('in-person');
  });

  it('uses each tab’s own order unless one is chosen, and sends Sunday the way the server matches it', () => {
    const presets = parsePresets({});
    const open = { ...initialState(presets, 25), days: [0, 6] as (0 | 6)[] };
    const openParams = circleSearchParams(toQuery(open, { teamId: 1, limit: 12 }));
    expect(openParams.get('signup')).to.equal('open');
    expect(openParams.get('order')).to.equal('first_meeting_date');
    expect(openParams.get('weekdays')).to.equal('0,-1');
    expect(openParams.get('team_id')).to.equal('1');
    const closed = circleSearchParams(toQuery({ ...open, tab: 'closed' }, { teamId: null, limit: 12 }));
    expect(closed.get('order')).to.equal('last_meeting_date');
    const named = circleSearchParams(toQuery({ ...open, tab: 'closed', order: 'name' }, { teamId: null, limit: 12 }));
    expect(named.get('order')).to.equal('name');
  });

  it('writes its own prefixed parameters and leaves the page’s other parameters and hash alone', () => {
    const presets = parsePresets({});
    const base = initialState(presets, 25);
    const state = { ...base, q: 'python', city: 'São Paulo', days: [1, 6] as (1 | 6)[], online: 'online' as const };
    const href = writeParams('https://library.example/page?page_id=7&q=books&lc_other=1#find', 'lc_', stateToParams(state, presets, base));
    const url = new URL(href);
    expect(url.hash).to.equal('#find');
    expect(url.searchParams.get('page_id')).to.equal('7');
    expect(url.searchParams.get('q')).to.equal('books');
    expect(url.searchParams.get('lc_other')).to.equal('1');
    expect(url.searchParams.get('lc_q')).to.equal('python');
    expect(url.searchParams.get('lc_city')).to.equal('São Paulo');
    expect(url.searchParams.get('lc_days')).to.equal('tue,sun');
    expect(url.searchParams.get('lc_online')).to.equal('online');
    expect(url.searchParams.has('lc_tab')).to.equal(false);
    expect(url.searchParams.has('lc_lat')).to.equal(false);
    const back = stateFromParams(readParams(href, 'lc_', URL_NAMES), presets, base);
    expect(back).to.deep.include({ q: 'python', city: 'São Paulo', online: 'online', tab: 'open' });
    expect(back.days).to.deep.equal([1, 6]);
  });

  it('leaves presets out of the address, and writes an emptied preset as empty', () => {
    const presets = parsePresets({ city: 'Riverbend', topics: 'python' });
    const base = initialState(presets, 25);
    expect(stateToParams(base, presets, base)).to.deep.equal({
      q: null, topics: null, city: null, days: null, online: null, order: null, tab: null, course: null,
    });
    const cleared = stateToParams({ ...base, city: '', tab: 'closed' }, presets, base);
    expect(cleared).to.include({ city: '', topics: null, tab: 'past' });
    const href = writeParams('https://library.example/', 'lc_', cleared);
    expect(stateFromParams(readParams(href, 'lc_', URL_NAMES), presets, base)).to.deep.include({
      city: '', topics: ['python'], tab: 'closed',
    });
  });

  it('opens links made by version 0.1.0 the way they opened then (a missing parameter meant empty)', () => {
    const presets = parsePresets({ city: 'Riverbend', topics: 'python' });
    const base = initialState(presets, 25);
    const old = readParams('https://library.example/?lc_q=art&lc_tab=closed', 'lc_', URL_NAMES);
    expect(stateFromParams(old, presets, base)).to.deep.include({ q: 'art', city: '', tab: 'closed' });
    expect(stateFromParams(old, presets, base).topics).to.deep.equal([]);
    const plainOld = readParams('https://library.example/?lc_tab=open', 'lc_', URL_NAMES);
    expect(stateFromParams(plainOld, presets, base)).to.deep.include({ city: '', tab: 'open' });
  });

  it('never lets the URL change a fixed preset (a hidden filter), and ignores other finders’ parameters', () => {
    const presets = parsePresets({ city: 'Riverbend', filters: 'q' });
    const base = initialState(presets, 25);
    const state = stateFromParams(readParams('https://x.example/?lc_q=art&lc_city=Boston', 'lc_', URL_NAMES), presets, base);
    expect(state.city).to.equal('Riverbend');
    expect(state.q).to.equal('art');
    const foreign = readParams('https://x.example/?page=2&lc_course_q=python', 'lc_', URL_NAMES);
    expect(stateFromParams(foreign, presets, base)).to.deep.equal(base);
  });

  it('lists active filters as chips, removes one at a time and clears only what learners can change', () => {
    const presets = parsePresets({ online: 'true', filters: 'q topics days' });
    const state = { ...initialState(presets, 25), q: 'art', topics: ['python', 'data'], days: [2] as 2[] };
    const chips = activeFilters(state, presets.visible);
    expect(chips.map((c) => c.kind)).to.deep.equal(['q', 'topic', 'topic', 'day']);
    expect(removeFilter(state, chips[1]).topics).to.deep.equal(['data']);
    const cleared = clearedState(state, presets);
    expect(cleared).to.deep.include({ q: '', online: 'online' });
    expect(cleared.topics).to.deep.equal([]);
  });

  it('reads one course from a link (lc_course, or an older link’s course=), with or without sync-url, and only a course number', () => {
    const presets = parsePresets({});
    const base = initialState(presets, 25);
    const opened = (href: string, syncUrl = false) => firstSearch(presets, addressParams(href, 'lc_', syncUrl), 25);
    expect(opened('https://library.example/circles?lc_course=1203').courseId).to.equal(1203);
    expect(opened('https://library.example/circles?lc_course=1203', true).courseId).to.equal(1203);
    expect(opened('https://library.example/circles?course=1203').courseId).to.equal(1203);
    expect(opened('https://library.example/circles?lc_course=877&course=1203').courseId).to.equal(877);
    for (const bad of ['abc', '1.5', '-3', '0', '', '99999999999', '1203abc']) {
      expect(opened(`https://library.example/?lc_course=${encodeURIComponent(bad)}`).courseId, bad).to.equal(null);
      expect(opened(`https://library.example/?course=${encodeURIComponent(bad)}`).courseId, bad).to.equal(null);
    }
    // sent as P2PU's course_id; a chip the patron removes, and the address forgets it
    const state = opened('https://library.example/?lc_course=1203', true);
    expect(circleSearchParams(toQuery(state, { teamId: null, limit: 12 })).get('course_id')).to.equal('1203');
    const chips = activeFilters(state, presets.visible, presets.courseId);
    expect(chips).to.deep.equal([{ kind: 'course', value: 1203 }]);
    expect(stateToParams(state, presets, base).course).to.equal('1203');
    const removed = removeFilter(state, chips[0]);
    expect(removed.courseId).to.equal(null);
    expect(stateToParams(removed, presets, base).course).to.equal(null);
    expect(clearedState(state, presets).courseId).to.equal(null);
    expect(circleSearchParams(toQuery(removed, { teamId: null, limit: 12 })).has('course_id')).to.equal(false);
  });

  it('takes course-id as a fixed preset: no chip, the address cannot change it, a bad one is a setup problem', () => {
    const problems: string[] = [];
    const presets = parsePresets({ courseId: ' 877 ' }, problems);
    expect(presets.courseId).to.equal(877);
    const state = firstSearch(presets, addressParams('https://x.example/?lc_course=1203', 'lc_', true), 25);
    expect(state.courseId).to.equal(877);
    expect(activeFilters(state, presets.visible, presets.courseId)).to.deep.equal([]);
    expect(clearedState(state, presets).courseId).to.equal(877);
    expect(stateToParams(state, presets, initialState(presets, 25)).course).to.equal(null);
    expect(problems).to.deep.equal([]);
    expect(parsePresets({ courseId: 'python' }, problems).courseId).to.equal(null);
    expect(problems).to.deep.equal(['course-id "python" is not a course number, such as 1203']);
  });

  it('offers miles where people use them and km elsewhere, always sending km', () => {
    expect(usesMiles('en-US')).to.equal(true);
    expect(usesMiles('en')).to.equal(true);
    expect(usesMiles('en-GB')).to.equal(true);
    expect(usesMiles('my')).to.equal(true);
    expect(usesMiles('en-LR')).to.equal(true);
    expect(usesMiles('de')).to.equal(false);
    expect(usesMiles('en-CA')).to.equal(false);
    expect(usesMiles('es-US')).to.equal(true);
    expect(usesMiles('cy')).to.equal(true);
    expect(usesMiles('pt-BR')).to.equal(false);
    expect(usesMiles('zh-Hant-TW')).to.equal(false);
    expect(usesMiles('es-419')).to.equal(false);
    expect(usesMiles('not a language')).to.equal(false);
    expect(distanceChoices('en-US').map((c) => c.amount)).to.deep.equal([5, 10, 25, 50]);
    expect(defaultDistanceKm('en-US')).to.equal(16.1);
    expect(distanceChoices('es').map((c) => c.km)).to.deep.equal([10, 25, 50, 100]);
  });

  it('reads meeting days by name or number', () => {
    expect(parseDays('sun,Monday,3,9,x')).to.deep.equal([0, 3, 6]);
  });

  it('writes JSON-LD that a hostile name cannot break out of', () => {
    const text = jsonLdText({ name: '</script><img src=x onerror=alert(1)> & \u2028' });
    expect(text).not.to.contain('<');
    expect(text).not.to.contain('>');
    expect(JSON.parse(text).name).to.equal('</script><img src=x onerror=alert(1)> & \u2028');
  });
});
