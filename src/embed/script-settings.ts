import { parseConfigAttributes, type ConfigSource } from '../config/config.js';

const SCRIPT_NAME = /learning-circle-widgets(\.[\w-]+)?\.js|\/src\/embed\.ts/;

/** The <script> that loaded the widgets; module scripts have no currentScript, so also match by name. */
export function findOwnScript(doc: Document = document): HTMLScriptElement | null {
  const current = doc.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  const candidates = [...doc.querySelectorAll<HTMLScriptElement>('script[src]')].filter((s) => SCRIPT_NAME.test(s.src));
  return candidates.at(-1) ?? null;
}

/** The page-wide settings a librarian put on the script tag as data-* attributes. */
export function readScriptSettings(script: HTMLScriptElement, problems: string[] = []): ConfigSource {
  return parseConfigAttributes((name) => script.getAttribute(`data-${name}`), problems);
}
