// @ts-check
// React in browser tests. React and ReactDOM ship CommonJS, and the test installs two versions under
// npm aliases (react18/react-dom18, react19/react-dom19; see package.json), so a plain
// `import 'react'` cannot work in the browser. This web-test-runner plugin serves one ES module per
// version, /__react/18.js and /__react/19.js, bundled by esbuild with `react` and `react-dom`
// aliased to that version. Each bundle is built once per run, on first request.
// A test loads one with `loadReact()` from test/react-harness.ts.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** Version in the URL → the npm alias names of that React and ReactDOM. */
export const REACT_VERSIONS = /** @type {const} */ ({
  18: { react: 'react18', 'react-dom': 'react-dom18' },
  19: { react: 'react19', 'react-dom': 'react-dom19' },
});

const entry = `
import * as React from 'react';
import { flushSync, version as domVersion } from 'react-dom';
import { createRoot } from 'react-dom/client';
export { React, createRoot, flushSync, domVersion };
`;

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** @param {keyof typeof REACT_VERSIONS} version */
async function bundle(version) {
  const result = await build({
    stdin: { contents: entry, resolveDir: projectRoot, loader: 'js', sourcefile: `react-${version}-entry.js` },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    alias: REACT_VERSIONS[version],
    // the development builds: React's warnings (bad props, effects) show up in the test log
    define: { 'process.env.NODE_ENV': '"development"' },
  });
  return result.outputFiles[0].text;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function reactBundlesPlugin() {
  /** @type {Map<string, Promise<string>>} */
  const cache = new Map();
  return {
    name: 'react-bundles',
    async serve(context) {
      const match = /^\/__react\/(\d+)\.js$/.exec(context.path);
      if (!match || !(match[1] in REACT_VERSIONS)) return undefined;
      const version = /** @type {keyof typeof REACT_VERSIONS} */ (Number(match[1]));
      let body = cache.get(match[1]);
      if (!body) {
        body = bundle(version);
        cache.set(match[1], body);
        body.catch(() => cache.delete(match[1])); // a failed build is retried on the next request
      }
      return { body: await body, type: 'js' };
    },
  };
}
