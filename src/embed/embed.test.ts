import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { findOwnScript, handOverScriptSettings } from './script-settings.js';
import { readScriptSettings } from '../config/script-settings.js';
import { scriptSettingsQueue } from '../config/script-settings-queue.js';
import { getGlobalConfig, resetGlobalConfig } from '../config/global-config.js';
import { warningsDuring } from '../../test/page-helpers.js';
import { getAllowedEndpoints, isEndpointAllowed, setAllowedEndpoints } from '../api/index.js';
import { startAutoloader, type WidgetTag } from './autoloader.js';

describe('script-tag settings', () => {
  it('finds its own <script> by file name and reads its data-* settings', () => {
    // type="text/plain" keeps the browser from fetching it
    const tag = document.createElement('script');
    tag.type = 'text/plain';
    tag.src = '/cdn/learning-circle-widgets.js';
    tag.dataset.endpoint = ' http://localhost:8787/api/ ';
    tag.dataset.teamId = '"1"';
    tag.dataset.lang = 'es';
    tag.dataset.signupPage = '/join.html?circle={id}';
    document.head.append(tag);
    try {
      const found = findOwnScript();
      expect(found).to.equal(tag);
      expect(readScriptSettings(found!)).to.deep.equal({
        endpoint: 'http://localhost:8787',
        teamId: 1,
        lang: 'es',
        signupPage: '/join.html?circle={id}',
      });
    } finally {
      tag.remove();
    }
  });

  it('allows the endpoints of data-allowed-endpoints, and always its own data-endpoint (issue 16, D1)', () => {
    const saved = getAllowedEndpoints();
    setAllowedEndpoints([]);
    try {
      const tag = document.createElement('script');
      tag.dataset.endpoint = 'https://elsewhere.example/api/';
      tag.dataset.allowedEndpoints = ' https://proxy.library.example, "https://library.example/p2pu/"  not-a-url:x ';
      const problems: string[] = [];
      // the script tag is the page owner's: its own endpoint needs no list
      expect(readScriptSettings(tag, problems)).to.deep.equal({ endpoint: 'https://elsewhere.example' });
      expect(problems).to.deep.equal(['allowed-endpoints "not-a-url:x" is not an http(s) address, such as https://learningcircles.p2pu.org']);
      expect(isEndpointAllowed('https://proxy.library.example/api/learningcircles/')).to.equal(true);
      expect(isEndpointAllowed('https://library.example/p2pu')).to.equal(true);
      expect(isEndpointAllowed('https://library.example/other')).to.equal(false);
      // a second script tag (pasted twice) adds to the list
      const second = document.createElement('script');
      second.dataset.allowedEndpoints = 'https://second.example';
      readScriptSettings(second);
      expect(getAllowedEndpoints()).to.include.members(['https://proxy.library.example', 'https://second.example']);
    } finally {
      setAllowedEndpoints(saved);
    }
  });

  it('reports data-* values it cannot use', () => {
    const tag = document.createElement('script');
    tag.dataset.transport = 'websocket';
    const problems: string[] = [];
    expect(readScriptSettings(tag, problems)).to.deep.equal({});
    expect(problems[0]).to.contain('transport "websocket"');
  });

  it('hands its data-* settings to the page-wide configuration, telling once what it cannot use', async () => {
    const tag = document.createElement('script');
    tag.dataset.teamId = '7';
    tag.dataset.lang = 'es';
    tag.dataset.transport = 'a carrier pigeon';
    try {
      // the API client has loaded here (as before any widget runs): the settings apply at once
      const warnings = await warningsDuring(async () => handOverScriptSettings(tag));
      expect(getGlobalConfig()).to.include({ teamId: 7, lang: 'es' });
      expect(getGlobalConfig().transport).to.equal(undefined);
      expect(warnings.filter((w) => w.includes('data-transport "a carrier pigeon"'))).to.have.length(1);
    } finally {
      resetGlobalConfig();
    }
  });

  it('keeps the data-* settings, as written, for the API client when it has not loaded yet', () => {
    const queue = scriptSettingsQueue();
    const apply = queue.apply;
    delete queue.apply;
    try {
      const tag = document.createElement('script');
      tag.src = '/cdn/learning-circle-widgets.js';
      tag.dataset.signupPage = '/join.html?circle={id}';
      handOverScriptSettings(tag);
      expect(queue.pending).to.deep.equal([{ 'signup-page': '/join.html?circle={id}' }]);
      expect(getGlobalConfig().signupPage).to.equal(undefined);
    } finally {
      queue.pending.length = 0;
      queue.apply = apply;
    }
  });
});

describe('lazy widget loading', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  function recorder() {
    const loaded: WidgetTag[] = [];
    return { loaded, load: (tag: WidgetTag) => (loaded.push(tag), Promise.resolve()) };
  }

  it('loads only the widgets whose tags are on the page, each once', async () => {
    const root = await fixture(html`<div><course-card></course-card><course-card></course-card><p>text</p></div>`);
    const { loaded, load } = recorder();
    stop = startAutoloader(load, root);
    expect(loaded).to.deep.equal(['course-card']);
  });

  it('loads widgets that content added later brings in, nested ones too', async () => {
    const root = await fixture(html`<div></div>`);
    const { loaded, load } = recorder();
    stop = startAutoloader(load, root);
    const block = document.createElement('section');
    block.innerHTML = '<p><circle-finder></circle-finder></p><p2pu-config><circle-card></circle-card></p2pu-config>';
    root.append(block);
    await waitUntil(() => loaded.length === 3, 'added widgets were not loaded');
    expect([...loaded].sort()).to.deep.equal(['circle-card', 'circle-finder', 'p2pu-config']);
  });

  it('tries again when a failed widget tag appears again', async () => {
    const root = await fixture(html`<div><circle-signup></circle-signup></div>`);
    let attempts = 0;
    stop = startAutoloader(() => (attempts++, Promise.reject(new Error('offline'))), root);
    await waitUntil(() => attempts === 1);
    await Promise.resolve();
    root.append(document.createElement('circle-signup'));
    await waitUntil(() => attempts === 2, 'no second attempt');
  });

  it('ignores tags already defined (the npm build registered them)', async () => {
    const root = await fixture(html`<div><p2pu-config></p2pu-config></div>`);
    await import('../config/p2pu-config.js');
    const { loaded, load } = recorder();
    stop = startAutoloader(load, root);
    expect(loaded).to.deep.equal([]);
  });
});
