/**
 * demo/builder.html: loads the custom-elements manifest into <snippet-builder>, and starts it with
 * this page's own widget script (its data-endpoint, the local API, and its src), so snippets made
 * here work when pasted into the demo's WordPress-like page.
 */
import type { CustomElementsManifest } from './manifest.js';
import { defineSnippetBuilder } from './snippet-builder.js';

defineSnippetBuilder();

const builder = document.querySelector('snippet-builder');
const script = document.querySelector<HTMLScriptElement>('script[src][data-endpoint]');

if (builder) {
  if (script) {
    builder.endpoint = script.dataset.endpoint ?? builder.endpoint;
    // as written in the page (the Vite dev server appends a ?t= cache buster)
    const src = script.getAttribute('src')?.replace(/[?&]t=\d+$/, '');
    if (src) builder.scriptSrc = src;
    builder.scriptModule = script.type === 'module';
  }
  fetch('/custom-elements.json')
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
          `The list of widgets (/custom-elements.json) could not be loaded (${String(error)}). ` +
          'Run `npx cem analyze` in the project, then reload this page.';
      },
    );
}
