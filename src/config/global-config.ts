import type { ConfigSource } from './config.js';
import { allowPageEndpoint, forgetPageEndpoints, onAllowedEndpointsChange } from '../api/transport.js';

/**
 * The page-wide configuration, set by the script tag's data-* attributes (src/embed.ts).
 * Kept on a registered global so that every copy of the library on a page reads the same one.
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
