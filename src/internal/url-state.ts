import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A search's parameters in the page address, by name without prefix; null when absent. */
export type UrlParams = Record<string, string | null>;

/**
 * The one convention of both finders for keeping a search in the page address (`sync-url`), so
 * links and Back work:
 * - each parameter is `<prefix><name>` (exact names: two finders with different prefixes never
 *   read each other's);
 * - a missing parameter means the page's preset; a present one, even empty, is the patron's
 *   choice (`lc_topics=` means "no topics" where the page presets some);
 * - only values that differ from the presets are written, other parameters and the hash stay.
 */
export function readParams(href: string, prefix: string, names: readonly string[]): UrlParams {
  const search = new URL(href).searchParams;
  return Object.fromEntries(names.map((name) => [name, search.get(prefix + name)]));
}

/** `href` with the given parameters set (null: removed), everything else kept. */
export function writeParams(href: string, prefix: string, params: UrlParams): string {
  const url = new URL(href);
  for (const [name, value] of Object.entries(params)) {
    if (value === null) url.searchParams.delete(prefix + name);
    else url.searchParams.set(prefix + name, value);
  }
  return url.href;
}

/** A field from the address: its preset when the parameter is missing, else the parsed value. */
export function fromParam<T>(params: UrlParams, name: string, preset: T, parse: (text: string) => T): T {
  const text = params[name];
  return text === null || text === undefined ? preset : parse(text);
}

/** A field for the address: null (left out) when it is the preset, else its text. */
export function toParam<T>(value: T, preset: T, serialize: (value: T) => string): string | null {
  const text = serialize(value);
  return text === serialize(preset) ? null : text;
}

type Host = ReactiveControllerHost & HTMLElement;

export interface UrlStateOptions {
  /** Whether the widget keeps its search in the address now (`sync-url`). */
  enabled: () => boolean;
  prefix: () => string;
  names: readonly string[];
  /** Back or Forward changed the address: the search it describes. */
  onRestore: (params: UrlParams) => void;
}

/** Reads and writes a widget's search in the page address, and follows Back and Forward. */
export class UrlStateController implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly options: UrlStateOptions,
  ) {
    host.addController(this);
  }

  /** The search in the address now, or null when the widget does not keep one there. */
  read(): UrlParams | null {
    if (!this.options.enabled()) return null;
    return readParams(location.href, this.options.prefix(), this.options.names);
  }

  /** Adds a history entry for a search the patron made (none when the address would not change). */
  push(params: UrlParams): void {
    if (!this.options.enabled()) return;
    const href = writeParams(location.href, this.options.prefix(), params);
    if (href !== location.href) history.pushState(history.state, '', href);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  private readonly onPopState = () => {
    const params = this.read();
    if (params && this.host.isConnected) this.options.onRestore(params);
  };
}
