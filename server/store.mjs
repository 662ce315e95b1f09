// Durable signup storage for the local P2PU API.
//
// The whole state is one JSON document. Every commit writes it to a temporary
// file, fsyncs it and renames it over signups.json (atomic on POSIX), then does
// the same for signups.json.bak. A request is only answered once its commit is
// on disk, so a crash or restart never loses an acknowledged signup:
// - a crash mid-write leaves a stray temporary file, ignored (and removed) on load;
// - a damaged main file is kept as signups.json.corrupt-<ts> and the backup,
//   which holds the same generation, is used instead.

import fs from 'node:fs';
import path from 'node:path';

import { MemorySignupStore } from './signups.mjs';

const FILE = 'signups.json';
const BACKUP = 'signups.json.bak';
const TMP_PREFIX = '.signups.json.tmp-';

/** @typedef {import('./signups.mjs').Signup} Signup */

export class SignupStore extends MemorySignupStore {
  /** @param {string} dataDir @param {{log?: Pick<Console,'warn'>}} [options] */
  constructor(dataDir, options = {}) {
    super();
    this.dataDir = dataDir;
    this.file = path.join(dataDir, FILE);
    this.backup = path.join(dataDir, BACKUP);
    this.log = options.log ?? console;
    this.generation = 0;
    this.tmpCounter = 0;
    /** @type {Promise<void>|null} a commit that has not started yet (new changes join it) */
    this.queued = null;
    /** @type {Promise<unknown>} */
    this.chain = Promise.resolve();
    this.load();
  }

  load() {
    fs.mkdirSync(this.dataDir, { recursive: true });
    for (const name of fs.readdirSync(this.dataDir)) {
      if (name.startsWith(TMP_PREFIX)) {
        try { fs.rmSync(path.join(this.dataDir, name), { force: true }); } catch { /* ignore */ }
      }
    }
    const main = this.readCandidate(this.file, true);
    const backup = this.readCandidate(this.backup, false);
    const best = [main, backup].filter(Boolean).sort((a, b) => b.generation - a.generation)[0];
    if (!best) return;
    this.signups = best.signups;
    this.generation = best.generation;
    this.nextId = Math.max(best.nextId ?? 1, ...best.signups.map((s) => s.id + 1), 1);
    if (best !== main && main !== undefined) {
      this.log.warn(`[p2pu-api] restored ${this.signups.length} signup(s) from ${this.backup}`);
    }
  }

  /** @returns {any} parsed state, undefined when missing, null when damaged */
  readCandidate(file, keepCorrupt) {
    let text;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      const data = JSON.parse(text);
      if (!data || typeof data !== 'object' || !Array.isArray(data.signups)) throw new Error('unexpected shape');
      data.generation = Number(data.generation) || 0;
      return data;
    } catch (error) {
      const copy = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      if (keepCorrupt) {
        try { fs.copyFileSync(file, copy); } catch { /* ignore */ }
        this.log.warn(`[p2pu-api] ${file} is damaged (${/** @type {Error} */ (error).message}); kept a copy as ${copy}`);
      } else {
        this.log.warn(`[p2pu-api] ignoring damaged ${file}`);
      }
      return null;
    }
  }

  /** Write the current state to disk; concurrent callers share one pending write. */
  commit() {
    if (this.queued) return this.queued;
    const run = this.chain.then(() => {
      this.queued = null;
      return this.writeNow();
    });
    this.queued = run;
    this.chain = run.catch(() => {});
    return run;
  }

  async writeNow() {
    this.generation += 1;
    const state = { version: 1, generation: this.generation, nextId: this.nextId, signups: this.signups };
    const text = `${JSON.stringify(state, null, 2)}\n`;
    await fs.promises.mkdir(this.dataDir, { recursive: true });
    await this.writeAtomic(this.file, text);
    await this.writeAtomic(this.backup, text);
    await this.syncDir();
  }

  async writeAtomic(target, text) {
    const tmp = path.join(this.dataDir, `${TMP_PREFIX}${process.pid}-${++this.tmpCounter}`);
    const handle = await fs.promises.open(tmp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(tmp, target);
  }

  async syncDir() {
    let handle;
    try {
      handle = await fs.promises.open(this.dataDir, 'r');
      await handle.sync();
    } catch {
      // directories cannot be fsynced on every platform
    } finally {
      await handle?.close();
    }
  }

  /** Resolves when every commit requested so far is on disk. */
  async flush() {
    await this.chain;
  }
}
