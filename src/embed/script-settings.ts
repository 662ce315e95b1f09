import { PRODUCTION_ENDPOINT, cleanAttribute, parseTrustedConfigAttributes, type ConfigSource } from '../config/config.js';
import { addAllowedEndpoints } from '../api/transport.js';

const SCRIPT_NAME = /learning-circle-widgets(\.[\w-]+)?\.js|\/src\/embed\.ts/;

/** The <script> that loaded the widgets; module scripts have no currentScript, so also match by name. */
export function findOwnScript(doc: Document = document): HTMLScriptElement | null {
  const current = doc.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  const candidates = [...doc.querySelectorAll<HTMLScriptElement>('script[src]')].filter((s) => SCRIPT_NAME.test(s.src));
  return candidates.at(-1) ?? null;
}

/**
 * The page-wide settings a librarian put on the script tag as data-* attributes (`data-` and the
 * name of each setting in `CONFIG_ATTRIBUTES`: `data-team-id`, `data-signup-page`, `data-country`, …;
 * unusable values are left unset and described in `problems`). The script tag
 * is the page owner's: its `data-endpoint` is always allowed, and its `data-allowed-endpoints`
 * (origins or base URLs, separated by spaces or commas) are added to the endpoints a widget tag or
 * `<p2pu-config>` may name (see `setAllowedEndpoints`).
 */
export function readScriptSettings(script: HTMLScriptElement, problems: string[] = []): ConfigSource {
  const listed = script.getAttribute('data-allowed-endpoints');
  if (listed !== null) {
    const entries = listed.split(/[\s,]+/).map(cleanAttribute).filter(Boolean);
    const unusable = addAllowedEndpoints(entries);
    for (const entry of unusable) problems.push(`allowed-endpoints "${entry}" is not an http(s) address, such as ${PRODUCTION_ENDPOINT}`);
  }
  return parseTrustedConfigAttributes((name) => script.getAttribute(`data-${name}`), problems);
}
