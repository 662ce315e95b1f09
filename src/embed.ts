/**
 * Script-tag entry: `<script src=".../learning-circle-widgets.js" data-endpoint="…" data-lang="es" defer>`.
 * Reads the data-* settings of its own <script> into the page-wide configuration, then registers
 * every element. Elements already on the page upgrade; ones added later upgrade when inserted.
 */
import { ContextRoot } from '@lit/context';
import { parseConfigAttributes } from './config/config.js';
import { setGlobalConfig } from './config/global-config.js';
import { warnOnce } from './internal/warn.js';
import './index.js';

const SCRIPT_NAME = /learning-circle-widgets(\.[\w-]+)?\.js|\/src\/embed\.ts/;

/** The <script> that loaded us; module scripts have no currentScript, so also match by name. */
function findOwnScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  const candidates = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].filter((s) =>
    SCRIPT_NAME.test(s.src),
  );
  return candidates.at(-1) ?? null;
}

const script = findOwnScript();
if (script) {
  const problems: string[] = [];
  setGlobalConfig(parseConfigAttributes((name) => script.getAttribute(`data-${name}`), problems));
  for (const problem of problems) warnOnce(`widgets script: data-${problem}.`);
}

// Lets widgets that upgrade before an enclosing <p2pu-config> still receive its settings.
const ROOT_KEY = Symbol.for('p2pu-widgets.context-root');
const holder = globalThis as unknown as Record<symbol, boolean | undefined>;
if (!holder[ROOT_KEY]) {
  holder[ROOT_KEY] = true;
  new ContextRoot().attach(document.documentElement);
}
