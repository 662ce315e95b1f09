/**
 * Copying text to the clipboard, one way for every widget: the async clipboard where the browser
 * has it and allows it, else the old way (a selected, hidden text area and `execCommand('copy')`).
 * Part of the lazily loaded share chunk (./share.ts): no page downloads it before a learner copies.
 */

/** Copies `text`; false when neither way worked (then show the text for the learner to copy). */
export async function copyText(text: string, root: ShadowRoot | HTMLElement = document.body): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // no async clipboard (old browsers, pages that are not https), or no permission
  }
  return copyBySelection(text, root);
}

/** The old way: select the text in a hidden text area inside `root`, copy, put focus back. */
function copyBySelection(text: string, root: ShadowRoot | HTMLElement): boolean {
  const focused = (root instanceof ShadowRoot ? root.activeElement : document.activeElement) as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  // hostStyles' class (every widget has it): out of sight, yet selectable
  area.className = 'visually-hidden';
  root.append(area);
  area.focus({ preventScroll: true });
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  focused?.focus({ preventScroll: true });
  return ok;
}
