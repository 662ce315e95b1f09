// npm run build: ES modules + types for npm users, the self-contained script-tag bundle, and the
// custom-elements manifest. Each step runs as its own process so a failure names itself.
import { spawnSync } from 'node:child_process';

const steps = [
  ['translations (xliff → src/generated)', 'lit-localize', ['build']],
  ['ES modules (lit external)', 'vite', ['build', '--logLevel', 'warn']],
  ['script-tag widget chunks', 'vite', ['build', '--mode', 'widgets', '--logLevel', 'warn']],
  ['script-tag loader', 'vite', ['build', '--mode', 'embed', '--logLevel', 'warn']],
  ['type declarations', 'tsc', ['-p', 'tsconfig.json', '--emitDeclarationOnly']],
  ['custom-elements.json', 'cem', ['analyze', '--quiet']],
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
