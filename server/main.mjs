#!/usr/bin/env node
// Local P2PU-compatible API.
//
//   npm run api                      # http://localhost:8787/api/, CORS open
//   API_PORT=0 P2PU_CORS=p2pu P2PU_FAULTS=on P2PU_LATENCY=150 node server/main.mjs
//
// Env: API_PORT (default 8787, 0 = any free port), API_HOST (default 127.0.0.1),
// P2PU_CORS=open|p2pu (default open), P2PU_DATA_DIR (default <repo>/.data),
// P2PU_FAULTS=on (fault injection), P2PU_LATENCY=<ms> (latency on every /api/ answer).
//
// In-process use:
//   import { startApi } from './server/main.mjs';
//   const api = await startApi({ port: 0 });   // api.url === 'http://localhost:<port>'
//   ...; await api.close();

import { pathToFileURL } from 'node:url';
import { createApiServer, DEFAULT_DATA_DIR } from './app.mjs';

/**
 * Start the API and resolve once it listens.
 * @param {import('./app.mjs').ApiServerOptions & {port?: number, host?: string}} [options]
 * @returns {Promise<{server: import('node:http').Server, url: string, port: number, close: () => Promise<void>}>}
 */
export async function startApi(options = {}) {
  const { port = 8787, host = '127.0.0.1', ...serverOptions } = options;
  const server = createApiServer({ dataDir: DEFAULT_DATA_DIR, ...serverOptions });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  const actualPort = address && typeof address === 'object' ? address.port : port;
  const url = `http://localhost:${actualPort}`;
  let closed;
  const close = () => {
    closed ??= new Promise((resolve) => {
      server.close(() => resolve(undefined));
    }).then(() => /** @type {any} */ (server).store.flush());
    return closed;
  };
  return { server, url, port: actualPort, close };
}

/** Options from the environment (used by the CLI; exported for scripts). */
export function optionsFromEnv(env = process.env) {
  const cors = (env.P2PU_CORS || 'open').toLowerCase();
  if (cors !== 'open' && cors !== 'p2pu') throw new Error(`P2PU_CORS must be "open" or "p2pu", got "${env.P2PU_CORS}"`);
  const port = env.API_PORT === undefined || env.API_PORT === '' ? 8787 : Number(env.API_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`API_PORT must be a port number, got "${env.API_PORT}"`);
  const latency = env.P2PU_LATENCY ? Number(env.P2PU_LATENCY) : 0;
  if (!Number.isFinite(latency) || latency < 0) throw new Error(`P2PU_LATENCY must be milliseconds, got "${env.P2PU_LATENCY}"`);
  return {
    port,
    host: env.API_HOST || '127.0.0.1',
    cors: /** @type {'open'|'p2pu'} */ (cors),
    dataDir: env.P2PU_DATA_DIR || DEFAULT_DATA_DIR,
    faults: /^(on|1|true|yes)$/i.test(env.P2PU_FAULTS ?? ''),
    latencyMs: latency,
  };
}

async function main() {
  let options;
  try {
    options = optionsFromEnv();
  } catch (error) {
    console.error(String(/** @type {Error} */ (error).message));
    process.exit(2);
  }
  let api;
  try {
    api = await startApi(options);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE') {
      console.error(`port ${options.port} is in use; choose another one with API_PORT=…`);
      process.exit(1);
    }
    throw error;
  }
  console.log(`P2PU local API: ${api.url}/api/ (CORS: ${options.cors})`);
  if (options.faults) console.log(`Fault injection on: ?__fault=slow|hang|html500|malformed|empty|envelope, ?__latency=ms, ${api.url}/__faults`);
  if (options.latencyMs) console.log(`Added latency: ${options.latencyMs} ms on every /api/ answer`);
  console.log(`Signups: ${api.url}/__signups (stored in ${options.dataDir})`);
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    api.close().then(
      () => process.exit(0),
      (error) => {
        console.error(`error while stopping on ${signal}:`, error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
