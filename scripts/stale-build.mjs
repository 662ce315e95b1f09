// Whether dist/'s script-tag files are older than what they are built from (npm start builds
// first when they are): a missing loader, or any file under src/, xliff/ or demo/builder/ (the
// standalone builder, dist/builder/), or package.json,
// vite.config.ts or lit-localize.json, modified after dist/learning-circle-widgets.js.
// dist/integrity.json counts too: scripts/build.mjs writes it last, so it is older than the loader
// when a build stopped half-way or only the loader was rebuilt (`vite build --mode embed`), and
// then the widget chunks may be older than the loader.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const BUILT_LOADER = 'dist/learning-circle-widgets.js';
/** What a whole build writes: the loader, and last the integrity of every script-tag file. */
export const BUILD_OUTPUTS = [BUILT_LOADER, 'dist/integrity.json'];
export const BUILD_INPUTS = ['src/', 'xliff/', 'demo/builder/', 'package.json', 'vite.config.ts', 'lit-localize.json'];

/** Modification time (ms) of a file, or null when it is not there. */
function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/** The most recently modified file under `path` (itself, if a file): `{ file, mtimeMs }`, or null. Skips dotfiles. */
export function newestFile(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return null;
  }
  if (!stat.isDirectory()) return { file: path, mtimeMs: stat.mtimeMs };
  let newest = null;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue; // editors' swap and backup files
    const found = newestFile(join(path, entry.name));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/**
 * Why the widgets need building in the project at `root`, as words for "npm start: <why>, building…",
 * or null when dist/ is up to date.
 */
export function staleBuild(root, { outputs = BUILD_OUTPUTS, inputs = BUILD_INPUTS } = {}) {
  let built = Infinity; // when the last whole build finished: its oldest output
  for (const output of outputs) {
    const time = mtime(join(root, output));
    if (time === null) return `${output} is missing`;
    built = Math.min(built, time);
  }
  for (const input of inputs) {
    const newest = newestFile(join(root, input));
    if (newest && newest.mtimeMs > built) {
      const file = relative(root, newest.file).split('\\').join('/');
      return input.endsWith('/')
        ? `${input} changed since the last build (${file})`
        : `${input} changed since the last build`;
    }
  }
  return null;
}
