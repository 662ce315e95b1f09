import { scriptSettingsQueue } from '../config/script-settings-queue.js';

const SCRIPT_NAME = /learning-circle-widgets(\.[\w-]+)?\.js|\/src\/embed\.ts/;

/** The <script> that loaded the widgets; module scripts have no currentScript, so also match by name. */
export function findOwnScript(doc: Document = document): HTMLScriptElement | null {
  const current = doc.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  const candidates = [...doc.querySelectorAll<HTMLScriptElement>('script[src]')].filter((s) => SCRIPT_NAME.test(s.src));
  return candidates.at(-1) ?? null;
}

/**
 * Hands the data-* attributes of the widgets' <script> to the API client, which reads them as the
 * page-wide settings (src/config/global-config.ts, with `parseScriptSettings`): at once if it has
 * loaded, else when it does, before any widget runs.
 */
export function handOverScriptSettings(script: HTMLScriptElement): void {
  const attributes: Record<string, string> = {};
  for (const { name, value } of script.attributes) if (name.startsWith('data-')) attributes[name.slice(5)] = value;
  const queue = scriptSettingsQueue();
  if (queue.apply) queue.apply(attributes);
  else queue.pending.push(attributes);
}
