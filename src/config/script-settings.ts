import { PRODUCTION_ENDPOINT, cleanAttribute, parseTrustedConfigAttributes, type ConfigSource } from './config.js';
import { addAllowedEndpoints } from '../api/transport.js';

/**
 * The page-wide settings a librarian put on the script tag as data-* attributes (`data-` and the
 * name of each setting in `CONFIG_ATTRIBUTES`: `data-team-id`, `data-signup-page`, `data-country`, …;
 * unusable values are left unset and described in `problems`), read with `read` (an attribute's
 * name without `data-`). The script tag is the page owner's: its `data-endpoint` is always
 * allowed, and its `data-allowed-endpoints` (origins or base URLs, separated by spaces or commas)
 * are added to the endpoints a widget tag or `<p2pu-config>` may name (see `setAllowedEndpoints`).
 */
export function parseScriptSettings(read: (name: string) => string | null | undefined, problems: string[] = []): ConfigSource {
  const listed = read('allowed-endpoints');
  if (listed !== null && listed !== undefined) {
    const entries = listed.split(/[\s,]+/).map(cleanAttribute).filter(Boolean);
    const unusable = addAllowedEndpoints(entries);
    for (const entry of unusable) problems.push(`allowed-endpoints "${entry}" is not an http(s) address, such as ${PRODUCTION_ENDPOINT}`);
  }
  return parseTrustedConfigAttributes(read, problems);
}

/** {@link parseScriptSettings} of a <script> element's data-* attributes. */
export const readScriptSettings = (script: HTMLScriptElement, problems: string[] = []): ConfigSource =>
  parseScriptSettings((name) => script.getAttribute(`data-${name}`), problems);
