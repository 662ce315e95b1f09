/**
 * Sharing a link: the Web Share API (the device's share sheet) where the browser has it, else the
 * link copied to the clipboard, else the link shown to copy by hand. A chunk of its own, imported
 * when a learner presses Share (./circle-actions.ts): nothing imports this module statically.
 */
import { msg, str } from '@lit/localize';
import { copyText } from './clipboard.js';
import type { CircleActions } from './circle-actions.js';

/** What to share: `title` and `text` go with the link where the share target takes them. */
export interface ShareLink {
  title: string;
  text: string;
  url: string;
}

/**
 * `shared` (the share sheet took it), `cancelled` (the learner closed the share sheet: not an
 * error, nothing to say), `copied` (no share sheet: the link is on the clipboard) or `failed` (the
 * link could be neither shared nor copied: show it for the learner to copy).
 */
export type ShareOutcome = 'shared' | 'cancelled' | 'copied' | 'failed';

export async function shareLink(link: ShareLink, root?: ShadowRoot | HTMLElement): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function' && (navigator.canShare?.(link) ?? true)) {
    try {
      await navigator.share(link);
      return 'shared';
    } catch (error) {
      if ((error as { name?: unknown } | null)?.name === 'AbortError') return 'cancelled';
      // NotAllowedError (the click's permission ran out), a target that failed …: copy instead
    }
  }
  return (await copyText(link.url, root)) ? 'copied' : 'failed';
}

/** Share, for a circle's actions: shares the circle's link (`url`) and says what happened. */
export async function shareCircle(actions: CircleActions, name: string, url: string): Promise<void> {
  const root = actions.host.shadowRoot ?? actions.host;
  const text = actions.speak(() => msg(str`Learning circle: ${name}`));
  // after the update that emptied the live region
  await actions.host.updateComplete;
  const outcome = await shareLink({ title: name, text, url }, root);
  if (outcome === 'copied') actions.say(actions.speak(() => msg('Link copied')));
  if (outcome !== 'failed') return; // shared, or the learner closed the share sheet: nothing to say
  actions.say(actions.speak(() => msg('The link could not be copied. Select it below and copy it.')), url);
  // the link, selected, where the learner is: ready for Ctrl+C or the phone's Copy
  await actions.host.updateComplete;
  const field = root.querySelector<HTMLInputElement>('.copy-link');
  field?.focus();
  field?.select();
}
