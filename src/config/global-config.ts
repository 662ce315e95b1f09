import type { ConfigSource } from './config.js';

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

/** Merges settings into the page-wide configuration and tells every widget to re-read it. */
export function setGlobalConfig(source: ConfigSource): void {
  const s = store();
  s.source = { ...s.source, ...withoutUnset(source) };
  s.events.dispatchEvent(new Event(CHANGE));
}

/** Test helper and escape hatch: forget every page-wide setting. */
export function resetGlobalConfig(): void {
  const s = store();
  s.source = {};
  s.events.dispatchEvent(new Event(CHANGE));
}

export function onGlobalConfigChange(listener: () => void): () => void {
  const { events } = store();
  events.addEventListener(CHANGE, listener);
  return () => events.removeEventListener(CHANGE, listener);
}

function withoutUnset(source: ConfigSource): ConfigSource {
  return Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined)) as ConfigSource;
}
