/**
 * Widgets announce what happens with `p2pu-` events that bubble out of the shadow root, so a
 * library can wire its analytics without our code. No personal data ever goes in `detail`.
 * Returns false when a listener called preventDefault() on a cancelable event.
 */
export function emit<T>(host: HTMLElement, name: `p2pu-${string}`, detail: T, cancelable = false): boolean {
  return host.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
}
