// For the tests that load the script-tag build in a browser: a static server on a free port with
// dist/'s .js files and the test's own pages (by path, without the query).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;

/** Content types of what a build holds (also used by the demo's /dist/ server, vite.config.ts). */
export const CONTENT_TYPES = {
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8', // the .d.ts declarations: to read, not to run
};

export const contentType = (file) => CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';

/**
 * The file of `dir` (default dist/) that a URL path names, a folder giving its index.html; null
 * for nothing there, or for a path that climbs out of it.
 */
export function builtFile(urlPath, dir = dist) {
  let file;
  try {
    file = join(dir, normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, ''));
  } catch {
    return null; // not a path (bad % encoding)
  }
  if (!file.startsWith(dir) || !existsSync(file)) return null;
  const index = statSync(file).isDirectory() ? join(file, 'index.html') : file;
  return existsSync(index) && statSync(index).isFile() ? index : null;
}

/**
 * Serves `pages` (a Map or an object: path → HTML) and dist/; resolves to `{ base, close }`.
 * Options:
 * - `files` (path → file on disk) serves other files as they are, such as a page's stylesheet;
 * - `everyFile`: every file of dist/, not only its .js (a folder gives its index.html), as a
 *   static host serves a build;
 * - `cors`: `Access-Control-Allow-Origin: *` on dist/'s files, as a CDN sends (pages on other
 *   sites then may load the widgets' modules);
 * - `host`: the name in `base` (default 127.0.0.1; `localhost` makes another origin on the same
 *   machine).
 */
export async function serveDist(pages, options = {}) {
  const page = (path) => (pages instanceof Map ? pages.get(path) : pages[path]);
  const files = options.files ?? {};
  const cors = options.cors ? { 'Access-Control-Allow-Origin': '*' } : {};
  const served = (path) => {
    const file = builtFile(path);
    return file && (options.everyFile || extname(file) === '.js') ? file : null;
  };
  const server = createServer((req, res) => {
    const path = req.url.split('?')[0];
    const file = served(path);
    const extra = Object.hasOwn(files, path) ? files[path] : undefined;
    if (page(path) !== undefined) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page(path));
    } else if (extra !== undefined && existsSync(extra)) {
      res.writeHead(200, { 'Content-Type': contentType(extra) }).end(readFileSync(extra));
    } else if (file) {
      res.writeHead(200, { 'Content-Type': contentType(file), ...cors }).end(readFileSync(file));
    } else if (path === '/favicon.ico') {
      res.writeHead(204).end();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://${options.host ?? '127.0.0.1'}:${server.address().port}`, close: () => server.close() };
}
