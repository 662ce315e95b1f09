import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

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
  };
  const components = resolve(root, 'src/components');
  for (const tag of existsSync(components) ? readdirSync(components) : []) {
    const file = resolve(components, tag, `${tag}.ts`);
    if (existsSync(file)) entries[tag] = file;
  }
  return entries;
}

// `vite`                    → demo site with the widgets from source
// `vite build`              → dist/<entry>.js: ES modules for npm users, lit kept external
// `vite build --mode embed` → dist/learning-circle-widgets.js: the one self-contained script tag
export default defineConfig(({ mode }) => {
  const embed = mode === 'embed';
  return {
    plugins: [demoSite()],
    server: { port: Number(process.env.PORT ?? 5173), strictPort: true },
    build: {
      target: 'es2022',
      emptyOutDir: !embed,
      copyPublicDir: false,
      sourcemap: true,
      lib: embed
        ? {
            entry: resolve(root, 'src/embed.ts'),
            name: 'LearningCircleWidgets',
            formats: ['iife'],
            fileName: () => 'learning-circle-widgets.js',
          }
        : { entry: esEntries(), formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: embed
        ? {}
        : {
            external: [/^lit(\/|$)/, /^@lit\//],
            output: { chunkFileNames: 'chunks/[name]-[hash].js' },
          },
    },
  };
});
