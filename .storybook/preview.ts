import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setGlobalConfig } from '../src/config/global-config.js';
import { sourceLocale, targetLocales } from '../src/generated/locale-codes.js';
import { DATA_SOURCES, p2puHandlers, setDataSource, storyEndpoint } from '../stories/mock-api.js';
import { controlsManifest } from './controls-manifest.js';
import { manifest } from './docs/manifest.js';
import { WidgetDocsPage } from './docs/widget-docs-page.js';

// custom-elements.json is generated (`cem analyze`, run by `npm run storybook`); without it the
// controls just lack their descriptions.
if (manifest) setCustomElementsManifest(controlsManifest(manifest));

/** Mock Service Worker answers P2PU's API in the browser (stories/mock-api.ts). */
async function startMocks() {
  const worker = setupWorker();
  await worker.start({
    // relative to iframe.html, so a Storybook published under a sub-path finds its worker
    serviceWorker: { url: './mockServiceWorker.js' },
    quiet: true,
    onUnhandledRequest: 'bypass',
  });
  return worker;
}

const preview: Preview = {
  // a docs page for every widget (Storybook reads `tags` and `storySort` from this file's text: keep them literals)
  tags: ['autodocs'],
  globalTypes: {
    p2puData: {
      description: 'Where the stories get P2PU data (stories with a fault always use recorded answers)',
      toolbar: { title: 'P2PU data', icon: 'database', items: DATA_SOURCES, dynamicTitle: true },
    },
    lang: {
      description: 'The language of the page around the story (a story that sets its own keeps it)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [{ value: '', title: 'Page default' }, ...[sourceLocale, ...targetLocales].map((code) => ({ value: code, title: code }))],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { p2puData: 'recorded', lang: '' },
  // the widgets follow the `lang` around them, as on a library's page
  decorators: [(story, { globals }) => (globals.lang ? html`<div lang=${globals.lang}>${story()}</div>` : story())],
  loaders: [
    mswLoader(startMocks),
    ({ globals }) => {
      setDataSource(globals.p2puData);
      setGlobalConfig({ endpoint: storyEndpoint() });
      return {};
    },
  ],
  parameters: {
    controls: { expanded: true },
    msw: { handlers: { p2pu: p2puHandlers() } },
    docs: { page: WidgetDocsPage },
    options: {
      storySort: {
        order: ['Introduction', ['For librarians', 'For developers'], 'Widgets', 'Configuration', 'Recipes', 'Theming', 'Docs'],
      },
    },
  },
};
export default preview;
