/// <reference types="vite/client" />
/**
 * Script-tag entry: `<script src=".../learning-circle-widgets.js" data-endpoint="…" data-lang="es" defer>`.
 * Hands the data-* settings of its own <script> to the page-wide configuration, then loads each
 * widget's code from `widgets/<tag>.js` next to this script, only when that tag is on the page.
 */
import { ContextRoot } from '@lit/context';
import { warnOnce } from './internal/warn.js';
import { findOwnScript, handOverScriptSettings } from './embed/script-settings.js';
import { startAutoloader, type WidgetTag } from './embed/autoloader.js';

const STARTED = Symbol.for('p2pu-widgets.loader');

/**
 * Each widget's files under widgets/: its early start with what that imports (entry first), and
 * the rest (its entry, the shared chunks). Written in by the build (vite.config.ts), which knows
 * the chunk graph; empty elsewhere.
 */
declare const __P2PU_WIDGET_GRAPH__: Partial<Record<WidgetTag, { files: string[]; early?: string[] }>> | undefined;
const WIDGET_GRAPH = typeof __P2PU_WIDGET_GRAPH__ === 'undefined' ? {} : __P2PU_WIDGET_GRAPH__;
const page = globalThis as unknown as Record<symbol, boolean | undefined>;

// Its settings are read by the API client, which every widget loads first (it has the parser).
const script = findOwnScript();
if (script) handOverScriptSettings(script);

// A second copy of the script (pasted twice) only adds its settings; one loader is enough.
if (!page[STARTED]) {
  page[STARTED] = true;
  // Lets widgets that upgrade before an enclosing <p2pu-config> still receive its settings.
  new ContextRoot().attach(document.documentElement);

  const sources = import.meta.env?.DEV ? import.meta.glob('./components/*/*.ts') : {};
  const base = new URL('widgets/', script?.src || document.baseURI);
  const preloaded = new Set<string>();

  /** Asks for modules now, without running them, so a whole chunk graph downloads at once. */
  const preload = (files: string[]) => {
    const links = files
      .map((file) => new URL(file, base).href)
      .filter((href) => !preloaded.has(href) && preloaded.add(href))
      .map((href) => Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
    document.head.append(...links);
  };

  const load = (tag: WidgetTag): Promise<unknown> => {
    if (import.meta.env?.DEV) {
      // Vite dev server (the demo): straight from source, with hot reload.
      void sources[`./components/${tag}/early-start.ts`]?.();
      const source = tag === 'p2pu-config' ? import('./config/p2pu-config.js') : sources[`./components/${tag}/${tag}.ts`]?.();
      return source ?? Promise.reject(new Error(`no source for <${tag}>`));
    }
    // Every file of the widget is asked for at once (no import waterfall). A widget with an early
    // start (the finder's first search) runs that first: its files come first in the preloads, and
    // the search leaves as soon as they have run, while the rest is still arriving. (The rest used
    // to be asked for only after the search left; the code now arrives ~0.5 s sooner at CPU 4x,
    // though the first card does not come measurably sooner: the main thread is the limit.)
    const { files = [], early = [] } = WIDGET_GRAPH[tag] ?? {};
    const widget = () => {
      preload(files);
      return import(/* @vite-ignore */ new URL(`${tag}.js`, base).href);
    };
    if (early.length === 0) return widget();
    preload(early);
    preload(files);
    return import(/* @vite-ignore */ new URL(early[0], base).href).then(widget, widget);
  };

  startAutoloader((tag) =>
    load(tag).catch((error: unknown) => {
      warnOnce(`could not load <${tag}> from ${base.href} (${String(error)}); its fallback content stays visible.`);
      throw error;
    }),
  );
}
