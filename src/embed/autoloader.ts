/**
 * Loads a widget's code only when its tag is on the page: at start, and whenever content added
 * later (a CMS block, a tab, a modal) brings one in. A page with one course card never downloads
 * the signup form.
 */
export const WIDGET_TAGS = [
  'p2pu-config',
  'circle-finder',
  'circle-card',
  'circle-signup',
  'course-card',
  'course-finder',
  'circle-flyer',
  'team-profile',
  'circle-map',
] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

const SELECTOR = WIDGET_TAGS.join(',');

/**
 * Watches `root` for widget tags and calls `load(tag)` once per tag that is not defined yet.
 * A failed load is retried the next time such a tag appears. Returns a function that stops watching.
 */
export function startAutoloader(load: (tag: WidgetTag) => Promise<unknown>, root: Element = document.documentElement): () => void {
  const requested = new Set<WidgetTag>();

  const request = (tag: WidgetTag) => {
    if (requested.has(tag) || customElements.get(tag)) return;
    requested.add(tag);
    load(tag).catch(() => requested.delete(tag));
  };

  const scan = (node: Element) => {
    if ((WIDGET_TAGS as readonly string[]).includes(node.localName)) request(node.localName as WidgetTag);
    for (const el of node.querySelectorAll(SELECTOR)) request(el.localName as WidgetTag);
  };

  scan(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
