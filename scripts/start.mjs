// npm start: the local P2PU API (http://localhost:8787/api/) and the demo library site
// (http://localhost:5173/), in one process. API_PORT and PORT move them; P2PU_CORS=p2pu makes
// the API refuse the demo's origin exactly as P2PU's production server does.
import { spawnSync } from 'node:child_process';
import { createServer } from 'vite';
import { optionsFromEnv, startApi } from '../server/main.mjs';

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

let apiOptions;
try {
  apiOptions = optionsFromEnv(); // API_PORT, P2PU_CORS, P2PU_DATA_DIR, P2PU_FAULTS, P2PU_LATENCY
} catch (error) {
  fail(error.message);
}
const { port: apiPort, cors } = apiOptions;
const sitePort = Number(process.env.PORT ?? 5173);
if (!Number.isInteger(sitePort) || sitePort < 1 || sitePort > 65535) fail(`PORT must be a port number, got "${process.env.PORT}"`);

// The snippet builder page reads the elements' options from custom-elements.json (generated).
const manifest = spawnSync(new URL('../node_modules/.bin/cem', import.meta.url).pathname, ['analyze', '--quiet'], {
  cwd: new URL('..', import.meta.url).pathname,
  stdio: 'inherit',
});
if (manifest.status !== 0) console.warn('npm start: custom-elements.json could not be generated; the snippet builder will say so.');

let api;
try {
  api = await startApi(apiOptions);
} catch (error) {
  fail(error?.code === 'EADDRINUSE'
    ? `port ${apiPort} is in use; stop what uses it or choose another with API_PORT=…`
    : String(error?.stack ?? error));
}

// The demo pages fill %P2PU_API% from this (vite.config.ts).
process.env.P2PU_API_URL = `http://localhost:${apiPort}`;

let site;
try {
  site = await createServer({ server: { port: sitePort, strictPort: true }, logLevel: 'warn' });
  await site.listen();
} catch (error) {
  await api.close();
  fail(/in use/i.test(String(error?.message))
    ? `port ${sitePort} is in use; stop what uses it or choose another with PORT=…`
    : String(error?.stack ?? error));
}

console.log(`
  Local P2PU API   http://localhost:${apiPort}/api/   (CORS: ${cors})
  Signups received http://localhost:${apiPort}/__signups
  Demo library     http://localhost:${sitePort}/

  Press Ctrl+C to stop.
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([site.close(), api.close()]);
  process.exit(0);
}
// Vite installs its own SIGTERM exit; ours closes both servers (and flushes signups) first.
process.removeAllListeners('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
