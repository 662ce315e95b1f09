import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';
import { widgetGraph } from './bench/chunks.mjs';

const root = import.meta.dirname;

/** The local P2PU API the demo talks to (scripts/start.mjs sets P2PU_API_URL). */
function apiUrl(): string {
  return process.env.P2PU_API_URL ?? `http://localhost:${process.env.API_PORT ?? 8787}`;
}

/**
 * Serves the demo library site at the root: `/` → demo/index.html, `/<page>.html` → demo/<page>.html,
 * and fills in `%P2PU_API%`, so the pages name the local API wherever it runs.
 */
function demoSite(): Plugin {
  return {
    name: 'demo-site',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const [path, query] = (req.url ?? '/').split('?');
        const page = path === '/' ? 'index.html' : /^\/([\w-]+\.html)$/.exec(path)?.[1];
        if (page && existsSync(resolve(root, 'demo', page))) {
          req.url = `/demo/${page}${query ? `?${query}` : ''}`;
        }
        next();
      });
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replaceAll('%P2PU_API%', apiUrl()),
    },
  };
}

/** One ES module per element (src/components/<tag>/<tag>.ts), plus the registering index and the API client. */
function esEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    index: resolve(root, 'src/index.ts'),
    api: resolve(root, 'src/api/index.ts'),
    'p2pu-config': resolve(root, 'src/config/p2pu-config.ts'),
    react: resolve(root, 'src/react.ts'),
  };
  const components = resolve(root, 'src/components');
  for (const tag of existsSync(components) ? readdirSync(components) : []) {
    const file = resolve(components, tag, `${tag}.ts`);
    if (existsSync(file)) entries[tag] = file;
  }
  return entries;
}

/** Script-tag early starts: src/components/<tag>/early-start.ts → dist/widgets/early/<tag>.js. */
function earlyEntries(): Record<string, string> {
  const components = resolve(root, 'src/components');
  const entries: Record<string, string> = {};
  for (const tag of existsSync(components) ? readdirSync(components) : []) {
    const file = resolve(components, tag, 'early-start.ts');
    if (existsSync(file)) entries[`early/${tag}`] = file;
  }
  return entries;
}

// `vite`                      → demo site with the widgets from source
// `vite build`                → dist/<entry>.js: ES modules for npm users, lit kept external
// `vite build --mode widgets` → dist/widgets/<tag>.js: one lazily loaded chunk per widget, lit
//                               bundled once into a shared chunk (what the script tag loads)
// `vite build --mode embed`   → dist/learning-circle-widgets.js: the small script-tag loader
export default defineConfig(({ mode }) => {
  const npm = mode !== 'widgets' && mode !== 'embed';
  const widgetEntries = {
    ...Object.fromEntries(Object.entries(esEntries()).filter(([name]) => !['index', 'api', 'react'].includes(name))),
    ...earlyEntries(),
  };
  return {
    // The script-tag files are what library pages download: their css`` and html`` templates are
    // minified too (whitespace and comments, which Vite leaves inside template literals).
    // (Whitespace collapses to one space, never to none: between inline elements and words it is text.)
    plugins: npm
      ? [demoSite()]
      : [
          minifyTemplateLiterals({
            include: ['src/**/*.ts'], // Lit's own files come minified
            failOnError: true,
            options: { minifyOptions: { conservativeCollapse: true } },
          }),
        ],
    // The loader (built last) knows each widget's whole chunk graph, to preload it at once.
    define: mode === 'embed' ? { __P2PU_WIDGET_GRAPH__: JSON.stringify(widgetGraph()) } : {},
    server: { port: Number(process.env.PORT ?? 5173), strictPort: true },
    // Widgets are imported lazily, so Vite's start-up scan would miss their dependencies and
    // reload the page mid-visit to optimize them; scan every widget up front instead.
    optimizeDeps: { entries: ['demo/*.html', 'src/components/*/*.ts', 'src/config/*.ts', 'demo/builder/*.ts'] },
    build: {
      target: 'es2022',
      emptyOutDir: npm,
      copyPublicDir: false,
      sourcemap: true,
      outDir: mode === 'widgets' ? 'dist/widgets' : 'dist',
      lib:
        mode === 'embed'
          ? {
              entry: resolve(root, 'src/embed.ts'),
              name: 'LearningCircleWidgets',
              formats: ['iife'],
              fileName: () => 'learning-circle-widgets.js',
            }
          : {
              entry: mode === 'widgets' ? widgetEntries : esEntries(),
              formats: ['es'],
              fileName: (_format, name) => `${name}.js`,
            },
      rolldownOptions: npm
        ? { external: [/^lit(\/|$)/, /^@lit\//], output: { chunkFileNames: 'chunks/[name]-[hash].js' } }
        : {
            output: {
              chunkFileNames: 'shared/[name]-[hash].js',
              minify: true,
              comments: false,
              // Few, deliberate shared chunks (each file costs a request and compresses on its own):
              // `client`, without Lit, is all the finder's early start needs (the client, the config
              // cascade, the address); `core` is Lit and the widget base every widget uses; `card` the
              // styles both cards share (src/styles/card.ts, picture.ts: the finders show cards too, but
              // a signup page needs none of it). The rest (each card, the finders' engine, form
              // controls) is grouped by the bundler.
              codeSplitting: mode === 'widgets' && {
                groups: [
                  {
                    name: 'client',
                    test: /src\/(api\/|config\/(config|global-config)\.ts|internal\/(url-state|format|warn|trusted-types)\.ts)/,
                    priority: 2,
                  },
                  {
                    name: 'core',
                    test: /node_modules|src\/(i18n|config|internal)\/|src\/styles\/(?!card\.|picture\.)/,
                    priority: 1,
                    minShareCount: 4,
                  },
                  // after core (a lower priority), so Lit, which they import, stays in core
                  { name: 'card', test: /src\/styles\/(card|picture)\.ts/ },
                ],
              },
            },
          },
      // the script-tag files are what library pages download: minify them fully
      minify: npm ? false : 'oxc',
    },
  };
});
