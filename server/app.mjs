// Local P2PU-compatible API over HTTP: the request handling of handler.mjs behind a Node server,
// with signups stored on disk.
//
//   import { createApiServer } from './server/app.mjs';
//   const server = createApiServer({ cors: 'open', dataDir: '.data', faults: false });
//   server.listen(8787);
//
// server.close() also destroys open sockets (hanging requests included) and pending timers.

import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { createApiHandler } from './handler.mjs';
import { SignupStore } from './store.mjs';

export const DEFAULT_DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.data');

const MAX_BODY = 2_621_440; // Django's DATA_UPLOAD_MAX_MEMORY_SIZE

/**
 * @typedef {Omit<import('./handler.mjs').ApiHandlerOptions, 'store' | 'publicOrigin'> & {
 *   dataDir?: string,
 *   publicOrigin?: string,
 * }} ApiServerOptions
 * dataDir: where signups are stored (default <repo>/.data); publicOrigin: start of absolute URLs in
 * answers (default http://localhost:<port>)
 */

/** @param {ApiServerOptions} [options] */
export function createApiServer(options = {}) {
  const log = options.log ?? console;
  const store = new SignupStore(options.dataDir ?? DEFAULT_DATA_DIR, { log });
  const api = createApiHandler({ ...options, store, publicOrigin: () => options.publicOrigin ?? `http://localhost:${port()}` });
  const sockets = new Set();

  const server = http.createServer((req, res) => {
    answer(req, res).catch((error) => {
      log.error('[p2pu-api] unexpected error', error);
      res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const originalClose = server.close.bind(server);
  server.close = (callback) => {
    originalClose(callback);
    api.close();
    for (const socket of sockets) socket.destroy();
    return server;
  };
  Object.defineProperty(server, 'store', { value: store });

  function port() {
    const address = server.address();
    return address && typeof address === 'object' ? address.port : 8787;
  }

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  async function answer(req, res) {
    const method = (req.method ?? 'GET').toUpperCase();
    let body;
    let bodyTooLarge = false;
    if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
      try {
        body = await readBody(req);
      } catch (error) {
        if (!(/** @type {any} */ (error).tooLarge)) throw error;
        bodyTooLarge = true;
      }
    }
    const reply = await api.handle({ method, url: req.url ?? '/', headers: req.headers, body, bodyTooLarge });
    if (!reply) return; // never answered (the `hang` fault); close() destroys the socket
    res.writeHead(reply.status, reply.headers.flat());
    res.end(reply.body);
  }

  return server;
}

/** @param {http.IncomingMessage} req @returns {Promise<Uint8Array>} */
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error('request body too large'), { tooLarge: true }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
