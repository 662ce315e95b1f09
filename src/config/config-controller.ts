import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { configContext } from './context.js';
import { resolveConfig, type ConfigSource, type WidgetConfig } from './config.js';
import { getGlobalConfig, onGlobalConfigChange } from './global-config.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives a widget its resolved configuration: its own attributes, then the nearest
 * <p2pu-config>, then the script tag's settings, then defaults. The host re-renders when any of
 * those change.
 */
export class ConfigController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof configContext, Host>;
  private stopListening?: () => void;

  constructor(
    private readonly host: Host,
    private readonly ownSource: () => ConfigSource,
  ) {
    this.consumer = new ContextConsumer(host, { context: configContext, subscribe: true });
    host.addController(this);
  }

  /** What the nearest <p2pu-config> says, if there is one. */
  get provided(): ConfigSource | undefined {
    return this.consumer.value;
  }

  get value(): WidgetConfig {
    return resolveConfig(this.ownSource(), this.provided, getGlobalConfig());
  }

  hostConnected(): void {
    this.stopListening = onGlobalConfigChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.stopListening = undefined;
  }
}
