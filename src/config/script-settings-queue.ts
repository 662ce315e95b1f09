/**
 * Where the script-tag loader (src/embed.ts) leaves the data-* attributes of its <script> for the
 * API client to read (src/config/global-config.ts). The loader carries no settings parser (the
 * client has it, and every widget loads the client), so it hands over the attributes as written:
 * queued until the client has loaded, then straight to it. A registered global, shared by every
 * copy of the library on the page; only the loader, the page owner's script, writes to it.
 */
export interface ScriptSettingsQueue {
  /** Each script tag's data-* attributes (names without `data-`), in the order the tags ran. */
  pending: Record<string, string>[];
  /** Set by the client once it has loaded: reads one script tag's attributes at once. */
  apply?: (attributes: Record<string, string>) => void;
}

const QUEUE_KEY = Symbol.for('p2pu-widgets.script-settings');

export function scriptSettingsQueue(): ScriptSettingsQueue {
  const holder = globalThis as unknown as Record<symbol, ScriptSettingsQueue | undefined>;
  return (holder[QUEUE_KEY] ??= { pending: [] });
}
