// For the tests that load the script-tag build in a browser: a static server on a free port with
// dist/'s .js files and the test's own pages (by path, without the query).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;

/** Serves `pages` (a Map or an object: path → HTML) and dist/; resolves to `{ base, close }`. */
export async function serveDist(pages) {
  const page = (path) => (pages instanceof Map ? pages.get(path) : pages[path]);
  const server = createServer((req, res) => {
    const path = req.url.split('?')[0];
    const file = join(dist, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (page(path) !== undefined) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page(path));
    } else if (file.startsWith(dist) && extname(file) === '.js' && existsSync(file)) {
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(file));
    } else if (path === '/favicon.ico') {
      res.writeHead(204).end();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
