// @ts-check
// Browser tests: headless Debian Chromium (see scripts/chromium.mjs), esbuild for TypeScript with
// the project's legacy decorators, and a plain "N passed, N failed" closing line for CI logs.
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureApiMiddleware } from './test/fixture-api.mjs';
import { startApi } from './server/main.mjs';
import { reactBundlesPlugin } from './test/react-bundles.mjs';

/**
 * The local P2PU API, twice, on random ports (so cross-origin from the test page): `open` lets any
 * page in, `p2pu` reproduces production's allow-list (the test page is refused, as a library site
 * is). Fault injection is on. Tests read the URLs from window.__P2PU_TEST_API__ (test/local-api.ts).
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function localApiPlugin() {
  /** @type {{ open?: Awaited<ReturnType<typeof startApi>>, p2pu?: Awaited<ReturnType<typeof startApi>> }} */
  const apis = {};
  const dataDir = mkdtempSync(join(tmpdir(), 'p2pu-wtr-'));
  return {
    name: 'local-p2pu-api',
    async serverStart() {
      apis.open = await startApi({ port: 0, cors: 'open', faults: true, dataDir: join(dataDir, 'open'), slowMs: 3000 });
      apis.p2pu = await startApi({ port: 0, cors: 'p2pu', faults: true, dataDir: join(dataDir, 'p2pu') });
    },
    async serverStop() {
      await Promise.all([apis.open?.close(), apis.p2pu?.close()]);
      rmSync(dataDir, { recursive: true, force: true });
    },
    serve(context) {
      if (context.path === '/__local-api.js') {
        const urls = { open: apis.open?.url, p2pu: apis.p2pu?.url };
        return { body: `window.__P2PU_TEST_API__ = ${JSON.stringify(urls)};`, type: 'js' };
      }
    },
  };
}

/** A 256×256 PNG of one colour (RGB), made here: the map tiles of the tests. */
function pngTile(r, g, b) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    data.copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(256, 0);
  header.writeUInt32BE(256, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: 256 }, () => [r, g, b]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: 256 }, () => row)));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Map tiles for <circle-map> tests, on the test server itself (loopback, nothing reaches the
 * internet): /__tiles/{z}/{x}/{y}.png answers a generated 256×256 PNG; any other /__tiles/ path
 * (such as /__tiles/missing/…) is a 404.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function tileServerPlugin() {
  const tile = pngTile(0xcf, 0xe3, 0xd4);
  return {
    name: 'test-tiles',
    serve(context) {
      if (/^\/__tiles\/\d+\/\d+\/\d+\.png$/.test(context.path)) return { body: tile, type: 'image/png' };
    },
  };
}

/**
 * Prints "wtr: N passed, N failed, N skipped" as the very last line of the run.
 * @returns {import('@web/test-runner').Reporter}
 */
function summaryLineReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      /** @param {import('@web/test-runner').TestSuiteResult} suite */
      const walk = (suite) => {
        for (const t of suite.tests) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        // a file that failed to load, or a hook error, counts as one failure
        if (!s.passed && (s.errors?.length ?? 0) > 0) failed++;
      }
      process.once('exit', () => console.log(`wtr: ${passed} passed, ${failed} failed, ${skipped} skipped`));
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    localApiPlugin(),
    tileServerPlugin(),
    // /__react/18.js and /__react/19.js: React + ReactDOM as ES modules for src/react.test.ts
    reactBundlesPlugin(),
  ],
  // The test page, as a library's page would, allows the endpoints its tests put on widget tags
  // (an endpoint on a tag is only used when the page allows it: see setAllowedEndpoints): the
  // fixture API on this origin and on the other host name, the local APIs, the stub API
  // (test/hostile/stub-api.ts), an address where nothing listens, and the example hosts of
  // src/config/p2pu-config.test.ts.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en"><head><meta charset="utf-8"><script src="/__local-api.js"></script>
    <script type="module">
      import { setAllowedEndpoints } from '/src/api/transport.ts';
      const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      setAllowedEndpoints([
        location.origin, \`\${location.protocol}//\${other}:\${location.port}\`,
        window.__P2PU_TEST_API__.open, window.__P2PU_TEST_API__.p2pu,
        'https://api.stub.p2pu.test', 'http://127.0.0.1:9',
        'https://own.example', 'https://provider.example', 'https://outer.example',
      ]);
    </script>
    <script type="module" src="/test/axe-wcag22.ts"></script></head>
    <body><script type="module" src="${testFramework}"></script></body></html>`,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs },
    }),
  ],
  reporters: [defaultReporter(), summaryLineReporter()],
  concurrency: 1,
  middleware: [fixtureApiMiddleware],
  testFramework: { config: { timeout: 8000 } },
  // a 2-core machine running the whole suite: give slow files room rather than flaking
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
};
