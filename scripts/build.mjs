// npm run build: ES modules + types for npm users, the self-contained script-tag bundle, the
// custom-elements manifest, and the snippet builder as a static site (dist/builder/). Each step
// runs as its own process so a failure names itself.
// Then the Subresource Integrity of the script-tag files (dist/integrity.json, dist/script-tag.txt),
// and last the WordPress plugin with those files inside (dist/wordpress/learning-circle-widgets.zip,
// not in the npm package: see "files" in package.json).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOADER, distDir, reachableFiles, rel } from '../bench/chunks.mjs';
import { buildPlugin } from './wordpress/plugin.mjs';

const steps = [
  ['translations (xliff → src/generated)', 'lit-localize', ['build']],
  ['ES modules (lit external)', 'vite', ['build', '--logLevel', 'warn']],
  ['script-tag widget chunks', 'vite', ['build', '--mode', 'widgets', '--logLevel', 'warn']],
  ['script-tag loader', 'vite', ['build', '--mode', 'embed', '--logLevel', 'warn']],
  ['type declarations', 'tsc', ['-p', 'tsconfig.json', '--emitDeclarationOnly']],
  ['custom-elements.json', 'cem', ['analyze', '--quiet']],
  ['snippet builder (dist/builder/)', 'vite', ['build', '--mode', 'builder', '--logLevel', 'warn']],
];

for (const [label, bin, args] of steps) {
  const started = Date.now();
  const run = spawnSync(new URL(`../node_modules/.bin/${bin}`, import.meta.url).pathname, args, { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(run.status ?? 1);
  }
  console.log(`build: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
// The builder offers what this build's widgets understand: their manifest goes beside it.
copyFileSync(new URL('../custom-elements.json', import.meta.url), join(distDir, 'builder', 'custom-elements.json'));

// The sha384 of the loader and of every chunk it can load, published with each version beside its
// files, so the `integrity` value for a version is always found next to it (docs/security.md):
// dist/integrity.json for tools, dist/script-tag.txt for people (the whole line, ready to paste).
// No document in the repository carries a hash: every build changes it.
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const sri = (path) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
const files = Object.fromEntries(
  reachableFiles()
    .map((path) => [rel(path), sri(path)])
    .sort(([a], [b]) => (a === LOADER ? -1 : b === LOADER ? 1 : a.localeCompare(b))),
);
const src = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/${LOADER}`;
const scriptTag = `<script src="${src}" integrity="${files[LOADER]}" crossorigin="anonymous" data-endpoint="https://learningcircles.p2pu.org" defer></script>`;
writeFileSync(
  join(distDir, 'integrity.json'),
  `${JSON.stringify({ package: pkg.name, version: pkg.version, algorithm: 'sha384', files, scriptTag }, null, 2)}\n`,
);
writeFileSync(join(distDir, 'script-tag.txt'), `${scriptTag}\n`);
console.log(`build: integrity of ${Object.keys(files).length} script-tag files (dist/integrity.json, dist/script-tag.txt)`);

const plugin = buildPlugin();
console.log(`build: WordPress plugin (dist/${rel(plugin.zip)}, ${plugin.files} files)`);
