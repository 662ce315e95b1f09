// npm start: the local P2PU API (http://localhost:8787/api/) and the demo library site
// (http://localhost:5173/), in one process. API_PORT and PORT move them; P2PU_CORS=p2pu makes
// the API refuse the demo's origin exactly as P2PU's production server does.
//
// The demo pages load the built script-tag files (dist/learning-circle-widgets.js and its chunks),
// exactly as a library's page does; when dist/ is missing or older than src/ (scripts/stale-build.mjs),
// `npm run build` runs first. `npm run dev` (--dev) loads the widgets from source instead, with hot
// reload and no build. P2PU_SKIP_BUILD=1 serves dist/ as it is, even when older than src/ (tests).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { optionsFromEnv, startApi } from '../server/main.mjs';
import { BUILT_LOADER, staleBuild } from './stale-build.mjs';

const root = new URL('..', import.meta.url).pathname;

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const dev = args.includes('--dev');
const unknown = args.filter((arg) => arg !== '--dev');
if (unknown.length > 0) fail(`unknown option ${unknown.join(' ')} (the only one is --dev: the widgets from source, with hot reload)`);

let apiOptions;
try {
  apiOptions = optionsFromEnv(); // API_PORT, P2PU_CORS, P2PU_DATA_DIR, P2PU_FAULTS, P2PU_LATENCY
} catch (error) {
  fail(error.message);
}
const { port: apiPort, cors } = apiOptions;
const sitePort = Number(process.env.PORT ?? 5173);
if (!Number.isInteger(sitePort) || sitePort < 1 || sitePort > 65535) fail(`PORT must be a port number, got "${process.env.PORT}"`);

let api;
let site;
let build;
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  build?.kill('SIGTERM');
  await Promise.allSettled([site?.close(), api?.close()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// The API first: a port in use is reported at once, not after a build.
try {
  api = await startApi(apiOptions);
} catch (error) {
  fail(error?.code === 'EADDRINUSE'
    ? `port ${apiPort} is in use; stop what uses it or choose another with API_PORT=…`
    : String(error?.stack ?? error));
}

async function failAfterApi(message) {
  await api.close();
  fail(message);
}

/** Runs `npm run build` (node scripts/build.mjs), its output shown; resolves to its exit code. */
function runBuild() {
  return new Promise((resolve) => {
    build = spawn(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    // stopped (Ctrl+C) while building: stop() exits, this does not report a failed build
    build.on('error', () => stopping || resolve(1));
    build.on('exit', (code) => stopping || resolve(code ?? 1));
  });
}

let built = false;
if (!dev) {
  const why = staleBuild(root);
  if (why && process.env.P2PU_SKIP_BUILD) {
    if (!existsSync(join(root, BUILT_LOADER))) await failAfterApi(`${why}, and P2PU_SKIP_BUILD is set: run npm run build first.`);
    console.warn(`npm start: ${why}; P2PU_SKIP_BUILD is set, so the demo serves the older build.`);
  } else if (why) {
    console.log(`npm start: ${why}, building the widgets (about a minute)…`);
    if ((await runBuild()) !== 0) {
      await failAfterApi(
        'the build failed (its messages are above), so there are no up-to-date widgets to serve. ' +
          'Fix it and run npm start again, or run npm run dev to serve the widgets from source.',
      );
    }
    build = undefined;
    built = true;
  }
}

// The snippet builder page reads the elements' options from custom-elements.json (generated;
// the build just wrote it, when it ran).
if (!built) {
  const manifest = spawnSync(new URL('../node_modules/.bin/cem', import.meta.url).pathname, ['analyze', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (manifest.status !== 0) console.warn('npm start: custom-elements.json could not be generated; the snippet builder will say so.');
}

// The demo pages fill %P2PU_API% from this, and load the widgets from dist/ or src/ (vite.config.ts).
process.env.P2PU_API_URL = `http://localhost:${apiPort}`;
process.env.P2PU_DEMO_WIDGETS = dev ? 'source' : 'built';

try {
  site = await createServer({ server: { port: sitePort, strictPort: true }, logLevel: 'warn' });
  await site.listen();
} catch (error) {
  await failAfterApi(/in use/i.test(String(error?.message))
    ? `port ${sitePort} is in use; stop what uses it or choose another with PORT=…`
    : String(error?.stack ?? error));
}
// Vite installs its own SIGTERM exit; ours closes both servers (and flushes signups) first.
process.removeAllListeners('SIGTERM');
process.on('SIGTERM', stop);

const widgets = dev
  ? 'from source (src/), with hot reload (npm start: the built files from dist/)'
  : 'built files from dist/, as a library gets them (npm run dev: from source, with hot reload)';
console.log(`
  Local P2PU API   http://localhost:${apiPort}/api/   (CORS: ${cors})
  Signups received http://localhost:${apiPort}/__signups
  Demo library     http://localhost:${sitePort}/
  Widgets          ${widgets}

  Press Ctrl+C to stop.
`);
