import type { ConfigSource } from './config.js';
import { allowPageEndpoint, forgetPageEndpoints, onAllowedEndpointsChange } from '../api/transport.js';
import { parseScriptSettings } from './script-settings.js';
import { scriptSettingsQueue } from './script-settings-queue.js';
import { warnOnce } from '../internal/warn.js';

/**
 * The page-wide configuration, set by the script tag's data-* attributes (handed over by the
 * loader, src/embed.ts, and read below) and JavaScript's `setGlobalConfig`. Kept on a registered
 * global so that every copy of the library on a page reads the same one.
 */
interface GlobalStore {
  source: ConfigSource;
  events: EventTarget;
}

const STORE_KEY = Symbol.for('p2pu-widgets.global-config');
const CHANGE = 'change';

function store(): GlobalStore {
  const holder = globalThis as unknown as Record<symbol, GlobalStore | undefined>;
  return (holder[STORE_KEY] ??= { source: {}, events: new EventTarget() });
}

export function getGlobalConfig(): ConfigSource {
  return store().source;
}

/**
 * Merges settings into the page-wide configuration and tells every widget to re-read it. These
 * settings come from the page's owner (the script tag, JavaScript), so an endpoint given here is
 * allowed on the page (see `setAllowedEndpoints`).
 */
export function setGlobalConfig(source: ConfigSource): void {
  if (typeof source.endpoint === 'string' && source.endpoint !== '') allowPageEndpoint(source.endpoint);
  const s = store();
  s.source = { ...s.source, ...withoutUnset(source) };
  s.events.dispatchEvent(new Event(CHANGE));
}

/** Test helper and escape hatch: forget every page-wide setting. */
export function resetGlobalConfig(): void {
  forgetPageEndpoints();
  const s = store();
  s.source = {};
  s.events.dispatchEvent(new Event(CHANGE));
}

/** Calls `listener` when the page-wide configuration or the allowed endpoints change. */
export function onGlobalConfigChange(listener: () => void): () => void {
  const { events } = store();
  events.addEventListener(CHANGE, listener);
  const stopAllowed = onAllowedEndpointsChange(listener);
  return () => {
    events.removeEventListener(CHANGE, listener);
    stopAllowed();
  };
}

function withoutUnset(source: ConfigSource): ConfigSource {
  return Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined)) as ConfigSource;
}

/** One script tag's data-* attributes as page-wide settings; what cannot be used is told once. */
function applyScriptSettings(attributes: Record<string, string>): void {
  const problems: string[] = [];
  setGlobalConfig(parseScriptSettings((name) => attributes[name], problems));
  for (const problem of problems) warnOnce(`widgets script: data-${problem}.`);
}

// The loader's settings, as soon as this module runs (before any widget, which all import it), and
// any a later copy of the script tag hands over.
const queue = scriptSettingsQueue();
queue.apply = applyScriptSettings;
for (const attributes of queue.pending.splice(0)) applyScriptSettings(attributes);
