/**
 * Waiting for the browser, one way for the whole library: long work that yields (result lists
 * rendered a slice at a time, each painted before the next) and work that should wait until the results are on screen (the
 * lists for the filters).
 */

/**
 * Waits until what is rendered now has been painted, and tells how long that frame's rendering took
 * (ms from its animation callbacks to the task after its paint: style, layout, paint). At once in a
 * hidden page, which paints nothing: 0.
 */
export function afterNextPaint(): Promise<number> {
  if (document.visibilityState === 'hidden') return nextTask().then(() => 0);
  // A frame's animation callbacks run just before its style, layout and paint; a task queued from one, just after.
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const frameStart = performance.now();
      void nextTask().then(() => resolve(performance.now() - frameStart));
    }),
  );
}

let taskChannel: MessageChannel | null = null;
const taskWaiters: (() => void)[] = [];

/**
 * A new task. One channel for good: a chain of `setTimeout(0)` is slowed down to 4 ms a step, and
 * a channel that nothing refers to may be collected before its message arrives.
 */
export function nextTask(): Promise<void> {
  if (!taskChannel) {
    taskChannel = new MessageChannel();
    taskChannel.port1.onmessage = () => taskWaiters.shift()?.();
  }
  const channel = taskChannel;
  return new Promise((resolve) => {
    taskWaiters.push(resolve);
    channel.port2.postMessage(null);
  });
}
