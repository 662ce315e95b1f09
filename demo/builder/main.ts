/**
 * The builder's pages (demo/builder.html on the demo site, demo/builder/index.html built into
 * dist/builder/): loads the custom-elements manifest into <snippet-builder> and starts it with the
 * page's own widget script: its data-endpoint, and its address as the snippet's default script,
 * so the code made here works wherever the builder is hosted (the files of the same build sit
 * beside it). The manifest's address is the element's `data-manifest` (default
 * /custom-elements.json).
 */
import type { CustomElementsManifest } from './manifest.js';
import { defineSnippetBuilder } from './snippet-builder.js';

defineSnippetBuilder();

const builder = document.querySelector('snippet-builder');
const script = document.querySelector<HTMLScriptElement>('script[src][data-endpoint]');

if (builder) {
  if (script) {
    builder.endpoint = script.dataset.endpoint ?? builder.endpoint;
    // absolute, as a page elsewhere needs it (the Vite dev server appends a ?t= cache buster)
    const src = script.src.replace(/[?&]t=\d+$/, '');
    builder.ownScriptSrc = src;
    builder.scriptSrc = src;
    builder.scriptModule = script.type === 'module';
  }
  const manifestUrl = new URL(builder.dataset.manifest ?? '/custom-elements.json', document.baseURI).href;
  fetch(manifestUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<CustomElementsManifest>;
    })
    .then(
      (manifest) => {
        builder.manifest = manifest;
      },
      (error: unknown) => {
        builder.problem =
          `The list of widgets (${manifestUrl}) could not be loaded (${String(error)}). ` +
          'Run `npm run build` in the project (it writes the list), then reload this page.';
      },
    );
}
