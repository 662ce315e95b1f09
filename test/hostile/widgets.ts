/**
 * What a learner sees in each widget, for the fault and hostile-data tests: the state it is in,
 * its visible words, and its retry button. Selectors follow each component's own tests.
 */
import '../../src/components/circle-finder/circle-finder.js';
import '../../src/components/circle-card/circle-card.js';
import '../../src/components/circle-signup/circle-signup.js';
import '../../src/components/course-card/course-card.js';
import '../../src/components/course-finder/course-finder.js';

export const WIDGETS = ['circle-finder', 'circle-card', 'circle-signup', 'course-card', 'course-finder'] as const;
export type Widget = (typeof WIDGETS)[number];

/**
 * What a widget shows, from its root's `data-state`: `loading`, `content` (the circle, course or
 * results), `empty` (no results), `error` (could not load), `not-found` (no such circle or course),
 * `problem` (settings a page editor must fix), and for the signup `form`, `submitting`, `done`,
 * `link-out` (signup on P2PU instead) and `closed`; `unknown` when it has none (a bug).
 */
export type WidgetState =
  | 'loading'
  | 'content'
  | 'empty'
  | 'error'
  | 'not-found'
  | 'problem'
  | 'form'
  | 'submitting'
  | 'done'
  | 'link-out'
  | 'closed'
  | 'unknown';

export function widgetState(el: HTMLElement): WidgetState {
  return (el.shadowRoot?.querySelector('.widget')?.getAttribute('data-state') as WidgetState | null) ?? 'unknown';
}

/** Every element in `root`, its shadow roots and theirs (nested widgets included). */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot | Document) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root instanceof Element) {
    out.push(root);
    if (root.shadowRoot) walk(root.shadowRoot);
  }
  walk(root);
  return out;
}

/** The words a learner sees in a widget or a part of the page (shadow roots included, hidden elements left out). */
export function visibleText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      else if (child instanceof Element) {
        if (child.localName === 'style' || child.localName === 'script' || child.localName === 'template') continue;
        if (child.shadowRoot) walk(child.shadowRoot);
        // a `display: contents` element (each widget's root) has no box of its own, yet its children show
        else if (
          !(child instanceof HTMLElement) ||
          child.offsetParent !== null ||
          child.getClientRects().length > 0 ||
          getComputedStyle(child).display === 'contents'
        ) {
          walk(child);
        }
      }
    }
  };
  walk(el.shadowRoot ?? el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Where each widget says it could not load. */
const ERROR_PANELS: Record<Widget, string> = {
  'circle-finder': '.error',
  'circle-card': '.message.error',
  'circle-signup': '.notice.error[role=alert]',
  'course-card': '.message.error',
  'course-finder': '[part=error]',
};

/** The "Try again" button of a widget's error panel, or null. */
export function retryButton(el: HTMLElement): HTMLButtonElement | null {
  const panel = el.shadowRoot?.querySelector(ERROR_PANELS[el.localName as Widget] ?? '.error');
  const buttons = [...(panel?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  return buttons.find((b) => /try again/i.test(b.textContent ?? '')) ?? null;
}

/** Error words that are not plain words for a learner. */
export const JARGON = /\b(undefined|null|NaN|HTTP|JSON|JSONP|CORS|SyntaxError|TypeError|Exception|stack|status code|\d{3} error)\b|\[object /;
