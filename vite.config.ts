import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';
import { widgetGraph } from './bench/chunks.mjs';
import { builtFile, contentType } from './scripts/serve-dist.mjs';

const root = import.meta.dirname;
/**
 * First line of every script-tag file: V8 (Chrome 136 on) then compiles all of the file's functions
 * as the file loads (off the main thread when Chrome streams it), instead of each on its first call,
 * on the main thread. Nearly all of a widget's code runs as it first renders. Other engines read a
 * comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The local P2PU API the demo talks to (scripts/start.mjs sets P2PU_API_URL). */
function apiUrl(): string {
  return process.env.P2PU_API_URL ?? `http://localhost:${process.env.API_PORT ?? 8787}`;
}

/** What the demo pages load the widgets from (scripts/start.mjs sets it): `built`, or from source. */
function demoWidgets(): 'built' | 'source' {
  return process.env.P2PU_DEMO_WIDGETS === 'built' ? 'built' : 'source';
}

/**
 * The demo pages' widget script, `<script type="module" src="/src/embed.ts" data-…></script>`, made
 * the line a library pastes: `<script src="/dist/learning-circle-widgets.js" data-… defer></script>`
 * (a classic script; its data-* settings kept). Other scripts are left as they are.
 */
function useBuiltWidgets(html: string): string {
  return html.replace(/<script\b([^>]*?)\ssrc="\/src\/embed\.ts"([^>]*)>/g, (_tag, before: string, after: string) => {
    const attributes = `${before}${after}`.replace(/\s+type="module"/, '').replace(/\s+defer(?=[\s>]|$)/, '');
    return `<script src="/dist/learning-circle-widgets.js"${attributes} defer>`;
  });
}

/**
 * Serves the demo library site at the root: `/` → demo/index.html, `/<page>.html` → demo/<page>.html,
 * and fills in `%P2PU_API%`, so the pages name the local API wherever it runs. With
 * P2PU_DEMO_WIDGETS=built (`npm start`) the pages load the built script-tag files from /dist/, as a
 * library's page does; otherwise (`npm run dev`, plain `vite`) the widgets come from source, with hot reload.
 */
function demoSite(): Plugin {
  const dist = resolve(root, 'dist');
  return {
    name: 'demo-site',
    configureServer(server) {
      // /dist/** as plain static files, before Vite's own middlewares: no transform, no HMR client,
      // the files exactly as a CDN serves them (revalidated on every load, so a rebuild shows at once).
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0];
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !path.startsWith('/dist/')) return next();
        const file = builtFile(path.slice('/dist'.length), `${dist}${sep}`);
        if (!file) {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
          res.end(`${path} is not in dist/: run npm run build (or npm start, which builds when src/ changed).\n`);
          return;
        }
        // a folder: its index.html, at the address with a slash (its relative links resolve there)
        if (file.endsWith(`${sep}index.html`) && !path.endsWith('/') && !path.endsWith('/index.html')) {
          res.writeHead(301, { Location: `${path}/`, 'Cache-Control': 'no-cache' }).end();
          return;
        }
        const stat = statSync(file);
        const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
        const headers = { 'Content-Type': contentType(file), 'Cache-Control': 'no-cache', ETag: etag };
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, headers).end();
          return;
        }
        res.writeHead(200, { ...headers, 'Content-Length': stat.size });
        res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
      });
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
      handler: (html) => {
        const filled = html.replaceAll('%P2PU_API%', apiUrl());
        return demoWidgets() === 'built' ? useBuiltWidgets(filled) : filled;
      },
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
// `vite build --mode builder`  → dist/builder/: the snippet builder as a static site (built last,
//                               beside the script-tag files of the same build, which it runs)
export default defineConfig(({ mode }) => {
  if (mode === 'builder') {
    // Relative addresses throughout (base './'), so the folder works from any static host and path.
    return {
      root: resolve(root, 'demo/builder'),
      base: './',
      publicDir: false,
      logLevel: 'warn',
      build: {
        target: 'es2022',
        outDir: resolve(root, 'dist/builder'),
        emptyOutDir: true,
        sourcemap: true,
        rolldownOptions: { input: resolve(root, 'demo/builder/index.html') },
      },
    };
  }
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
              postBanner: COMPILE_HINT,
              // Few, deliberate shared chunks (each file costs a request and compresses on its own):
              // `client`, without Lit, is all the finder's early start needs (the client, the config
              // cascade, the address); `core` is Lit and the widget base every widget uses; `card` the
              // styles both cards share (src/styles/card.ts, picture.ts: the finders show cards too, but
              // a signup page needs none of it). The rest (each card, the finders' engine, form
              // controls) is grouped by the bundler.
              codeSplitting: mode === 'widgets' && {
                groups: [
                  // Only the API's core (endpoint, transport, cache, errors, the normalizers' shared
                  // helpers, query building): each resource (src/api/circles.ts, courses.ts, signup.ts,
                  // the lookups, teams.ts, circle-map.ts) goes where its widgets are, so a course card
                  // never loads the circle code, nor a finder the signup. With them the icons' drawings
                  // (Lit-free, for the circle icons' sprite; every widget draws some of them).
                  {
                    name: 'client',
                    test: /src\/(api\/(core|cache|share|transport|errors|normalize|params|dates|models|types)\.ts|config\/(config|global-config|script-settings|script-settings-queue)\.ts|internal\/(url-state|format|schedule|warn|trusted-types|icon-paths)\.ts)/,
                    priority: 2,
                  },
                  // what the circle widgets (finder, cards, signup, flyer) read about circles, and the
                  // cards' icon sprite (Lit-free: the finder's early start makes it), in one file
                  { name: 'circles', test: /src\/(api\/(circles|circle-rules)|internal\/circle-icon-sprite)\.ts/, priority: 2 },
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
