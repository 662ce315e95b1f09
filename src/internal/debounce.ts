import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long both finders wait after the last keystroke or tick before they search. */
export const TYPING_DELAY_MS = 300;

/**
 * Runs the last scheduled action once the patron pauses, so a few quick keystrokes or ticks make
 * one request. Nothing runs after the widget leaves the page.
 */
export class DebounceController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private pending: (() => void) | null = null;

  constructor(host: ReactiveControllerHost, private readonly delayMs = TYPING_DELAY_MS) {
    host.addController(this);
  }

  schedule(action: () => void): void {
    this.cancel();
    this.pending = action;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Runs the pending action now (a submit does not wait for the pause). */
  flush(): void {
    const action = this.pending;
    this.cancel();
    action?.();
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.pending = null;
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
