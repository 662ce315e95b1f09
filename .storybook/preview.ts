/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setGlobalConfig } from '../src/config/global-config.js';
import { storyApi } from '../stories/story-api.js';

// custom-elements.json is generated (`cem analyze`, run by `npm run storybook`); the glob keeps a
// missing manifest from breaking the preview: controls then just lack their descriptions.
const manifests = import.meta.glob<{ default: object }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

// Stories talk to the local P2PU API: `npm run api` (port 8787) next to `npm run storybook`; the
// story smoke test starts its own and passes it as ?p2puApi=… on the preview URL.
setGlobalConfig({ endpoint: storyApi });

const preview: Preview = {
  parameters: { controls: { expanded: true } },
};
export default preview;
