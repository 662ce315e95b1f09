/// <reference types="vite/client" />
/**
 * Script-tag entry: `<script src=".../learning-circle-widgets.js" data-endpoint="…" data-lang="es" defer>`.
 * Reads the data-* settings of its own <script> into the page-wide configuration, then loads each
 * widget's code from `widgets/<tag>.js` next to this script, only when that tag is on the page.
 */
import { ContextRoot } from '@lit/context';
import { setGlobalConfig } from './config/global-config.js';
import { warnOnce } from './internal/warn.js';
import { findOwnScript, readScriptSettings } from './embed/script-settings.js';
import { startAutoloader, type WidgetTag } from './embed/autoloader.js';

const STARTED = Symbol.for('p2pu-widgets.loader');
const page = globalThis as unknown as Record<symbol, boolean | undefined>;

const script = findOwnScript();
if (script) {
  const problems: string[] = [];
  setGlobalConfig(readScriptSettings(script, problems));
  for (const problem of problems) warnOnce(`widgets script: data-${problem}.`);
}

// A second copy of the script (pasted twice) only adds its settings; one loader is enough.
if (!page[STARTED]) {
  page[STARTED] = true;
  // Lets widgets that upgrade before an enclosing <p2pu-config> still receive its settings.
  new ContextRoot().attach(document.documentElement);

  const sources = import.meta.env?.DEV ? import.meta.glob('./components/*/*.ts') : {};
  const base = new URL('widgets/', script?.src || document.baseURI);

  const load = (tag: WidgetTag): Promise<unknown> => {
    if (import.meta.env?.DEV) {
      // Vite dev server (the demo): straight from source, with hot reload.
      const source = tag === 'p2pu-config' ? import('./config/p2pu-config.js') : sources[`./components/${tag}/${tag}.ts`]?.();
      return source ?? Promise.reject(new Error(`no source for <${tag}>`));
    }
    return import(/* @vite-ignore */ new URL(`${tag}.js`, base).href);
  };

  startAutoloader((tag) =>
    load(tag).catch((error: unknown) => {
      warnOnce(`could not load <${tag}> from ${base.href} (${String(error)}); its fallback content stays visible.`);
      throw error;
    }),
  );
}
