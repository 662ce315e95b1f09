/**
 * The filter panel's controls load on demand: not at the finder's first load, but when a patron
 * reaches for "Filters"; while they load the open panel says so, and when they cannot be loaded
 * (offline) it says that, with "Try again". (Its own page: the first test sees the panel's code
 * not yet fetched.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './circle-finder.js';
import type { CircleFinder } from './circle-finder.js';
import { CircleFinderHarness } from './circle-finder.harness.js';
import { filterPanelCode } from './filter-panel-code.js';
import { clearApiCache, resetClients } from '../../api/index.js';
import { localApi } from '../../../test/local-api.js';

const realLoad = filterPanelCode.load;
/** Whether the browser has fetched the panel's code (finder-panel.ts) on this page. */
const panelCodeFetched = () =>
  performance.getEntriesByType('resource').some((entry) => /\/finder-panel\.(ts|js)(\?|$)/.test(new URL(entry.name).pathname));
const controls = (finder: CircleFinderHarness) => finder.filterPanel!.querySelectorAll('select, input, button').length;

async function finderOf(attributes = ''): Promise<CircleFinderHarness> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  // (attributes as markup: the tests name them as a page editor writes them)
  host.innerHTML = `<circle-finder endpoint="${localApi.open}" transport="cors" ${attributes}></circle-finder>`;
  const finder = new CircleFinderHarness(host.querySelector<CircleFinder>('circle-finder')!);
  await finder.settled();
  return finder;
}

describe('<circle-finder> filter panel, loaded on demand', () => {
  beforeEach(() => {
    clearApiCache();
    resetClients();
  });

  afterEach(() => {
    filterPanelCode.load = realLoad;
  });

  it('has neither the controls nor their code at first; reaching for "Filters" loads them, opening shows them', async () => {
    const finder = await finderOf();
    const toggle = finder.filtersToggle!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(finder.filterPanel!.hidden, 'folded').to.equal(true);
    expect(controls(finder), 'no control in the folded panel').to.equal(0);
    expect(finder.select('topic')).to.equal(null);
    expect(panelCodeFetched(), 'the panel’s code is not fetched at load').to.equal(false);
    finder.searchBox!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(panelCodeFetched(), 'not for the search box').to.equal(false);

    // The pointer over the button: the code loads, the panel stays folded.
    toggle.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => finder.select('topic'), 'the panel’s controls did not come', { timeout: 6000 });
    expect(panelCodeFetched()).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(finder.filterPanel!).display).to.equal('none');

    await finder.openFilters();
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(finder.filterPanel!).display).not.to.equal('none');
    expect(finder.filterPanel!.getAttribute('aria-busy')).to.equal('false');
    for (const name of ['topic', 'city', 'order', 'distance'] as const) expect(finder.select(name), name).to.exist;
    expect(finder.queryAll('#filter-panel input[type=checkbox]')).to.have.length(7);
    expect(finder.queryAll('#filter-panel input[type=radio]')).to.have.length(3);
    // the panel's own layout arrived with it (finder-panel.styles.ts, adopted by the shadow root)
    expect(getComputedStyle(finder.query('.choices')!).display).to.equal('flex');
    expect(finder.root.querySelector('style'), 'no <style> element').to.equal(null);
    await expect(finder.element).to.be.accessible();
  });

  it('focus on "Filters" (keyboard) starts loading the controls too', async () => {
    let loads = 0;
    filterPanelCode.load = () => {
      loads++;
      return realLoad();
    };
    const finder = await finderOf('filters="q city"');
    expect(loads).to.equal(0);
    finder.filtersToggle!.focus();
    await waitUntil(() => finder.select('city'), 'no city menu after focus', { timeout: 6000 });
    expect(loads).to.equal(1);
    expect(finder.filtersToggle!.getAttribute('aria-expanded')).to.equal('false');
    await finder.openFilters();
    expect(loads, 'loaded once').to.equal(1);
    expect(finder.select('topic'), 'only the filters named').to.equal(null);
  });

  it('says "Loading filters…" (aria-busy) while the code is on its way; Escape still folds the panel', async () => {
    let arrive!: () => void;
    filterPanelCode.load = () => new Promise<void>((resolve) => (arrive = resolve)).then(realLoad);
    const finder = await finderOf();
    const toggle = finder.filtersToggle!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await finder.element.updateComplete;
    const panel = finder.filterPanel!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.getAttribute('aria-busy')).to.equal('true');
    expect(panel.textContent!.trim()).to.equal('Loading filters…');
    expect(controls(finder)).to.equal(0);
    await expect(finder.element).to.be.accessible();

    finder.query('.panel-loading')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await finder.element.updateComplete;
    expect(toggle.getAttribute('aria-expanded'), 'Escape folds the loading panel').to.equal('false');
    expect(finder.focused).to.equal(toggle);

    arrive();
    await waitUntil(() => finder.select('topic'), 'the controls did not come', { timeout: 6000 });
    expect(panel.getAttribute('aria-busy')).to.equal('false');
    expect(panel.hidden, 'still folded: the patron closed it').to.equal(true);
    await finder.openFilters();
    expect(finder.select('order')).to.exist;
  });

  it('when the code cannot be loaded (offline) says so with "Try again", which brings the controls; nothing chosen is lost', async () => {
    filterPanelCode.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const finder = await finderOf('topics="python"');
    await finder.search('data');
    expect(finder.chips.map((chip) => chip.replace(/[\u2066-\u2069]/g, ''))).to.deep.equal(['“data”', 'python']);

    await finder.openFilters();
    const panel = finder.filterPanel!;
    expect(panel.getAttribute('aria-busy')).to.equal('false');
    expect(finder.filtersError).to.equal(
      'The filters could not be loaded. That did not work. Check your internet connection and try again. Try again',
    );
    expect(finder.part('filters-error')!.getAttribute('role')).to.equal('alert');
    expect(controls(finder), 'only "Try again"').to.equal(1);
    expect(finder.error, 'the results are fine').to.equal(null);
    await expect(finder.element).to.be.accessible();

    // Back online: "Try again" loads the code, and focus goes to the first control.
    filterPanelCode.load = realLoad;
    const again = finder.query<HTMLButtonElement>('[part~=filters-error] button.retry')!;
    again.focus();
    again.click();
    await waitUntil(() => finder.select('topic'), '"Try again" did not bring the controls', { timeout: 6000 });
    await finder.element.updateComplete;
    expect(finder.filtersError).to.equal(null);
    expect(finder.focused).to.equal(finder.select('topic'));
    expect(finder.searchBox!.value, 'the search box keeps its words').to.equal('data');
    expect(finder.chips.map((chip) => chip.replace(/[\u2066-\u2069]/g, ''))).to.deep.equal(['“data”', 'python']);
    expect(finder.filtersToggle!.textContent!.trim()).to.equal('Filters (1)');

    // Escape from a control folds the panel and gives focus back to "Filters".
    await sendKeys({ press: 'Escape' });
    await finder.element.updateComplete;
    expect(finder.filtersToggle!.getAttribute('aria-expanded')).to.equal('false');
    expect(finder.focused).to.equal(finder.filtersToggle);
  });

  it('tries again by itself when a patron opens the panel again after a failed load', async () => {
    let fail = true;
    filterPanelCode.load = () => (fail ? Promise.reject(new TypeError('offline')) : realLoad());
    const finder = await finderOf();
    finder.filtersToggle!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => finder.part('filters-error'), 'no notice in the folded panel', { timeout: 6000 });
    fail = false;
    await finder.openFilters();
    expect(finder.filtersError).to.equal(null);
    expect(finder.select('topic')).to.exist;
  });
});
