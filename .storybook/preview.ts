/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';

// custom-elements.json is generated (`cem analyze`, run by `npm run storybook`); the glob keeps a
// missing manifest from breaking the preview: controls then just lack their descriptions.
const manifests = import.meta.glob<{ default: object }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: { controls: { expanded: true } },
};
export default preview;
