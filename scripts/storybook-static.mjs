// The built Storybook, for the story smoke test and `npm run screenshots`: build it, and serve it
// on loopback under a sub-path, as a project site would publish it (https://<owner>.github.io/<repo>/).
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;
export const storybookDir = join(root, 'storybook-static');
const bin = (name) => join(root, 'node_modules/.bin', name);

/** `cem analyze`, then `storybook build` into storybook-static/; false when either fails. */
export function buildStorybook() {
  for (const [cmd, args] of [
    [bin('cem'), ['analyze', '--quiet']],
    [bin('storybook'), ['build', '-o', storybookDir, '--quiet', '--disable-telemetry']],
  ]) {
    if (spawnSync(cmd, args, { stdio: 'inherit', cwd: root }).status !== 0) return false;
  }
  return true;
}

const SUB_PATH = '/learning-circle-widgets/';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/** Serves storybook-static/ under a sub-path; resolves to `{ origin, base, close() }` (base: the Storybook's address, no trailing slash). */
export async function serveStorybook() {
  const server = createServer((req, res) => {
    const requested = new URL(req.url, 'http://x').pathname;
    if (requested.endsWith('/favicon.ico')) {
      res.writeHead(204).end(); // browsers ask for it; Storybook ships none
      return;
    }
    if (!requested.startsWith(SUB_PATH)) {
      res.writeHead(404).end();
      return;
    }
    const path = normalize(decodeURIComponent(requested.slice(SUB_PATH.length - 1))).replace(/^(\.\.[/\\])+/, '');
    let file = join(storybookDir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(storybookDir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, base: `${origin}${SUB_PATH.slice(0, -1)}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
