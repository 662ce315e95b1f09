/**
 * React in browser tests: loads React + ReactDOM of one major version (ES modules built per run by
 * test/react-bundles.mjs, served at /__react/<major>.js) and renders trees into the test page.
 */
import type * as ReactTypes from 'react';

export const REACT_MAJORS = ['18', '19'] as const;
export type ReactMajor = (typeof REACT_MAJORS)[number];

/** The part of react-dom/client the tests use (its types are not installed). */
export interface ReactRoot {
  render(children: ReactTypes.ReactNode): void;
  unmount(): void;
}

/** What /__react/<major>.js exports. */
export interface ReactBundle {
  React: typeof ReactTypes;
  createRoot(container: Element): ReactRoot;
  flushSync<R>(fn: () => R): R;
  /** react-dom's version (React's is React.version). */
  domVersion: string;
}

export async function loadReact(major: ReactMajor): Promise<ReactBundle> {
  const url = `/__react/${major}.js`;
  return (await import(/* @vite-ignore */ url)) as ReactBundle;
}

export interface Mounted {
  /** The element React rendered into (attached to the document). */
  container: HTMLElement;
  /** Renders a new tree into the same root, as a parent component's re-render would. */
  rerender(node: ReactTypes.ReactNode): void;
  unmount(): void;
}

const mounted = new Set<Mounted>();

/**
 * Renders `node` into a fresh container in the document. React has committed (and @lit/react has
 * set the element properties in its layout effects) when this returns.
 */
export function mount(react: ReactBundle, node: ReactTypes.ReactNode): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  const root = react.createRoot(container);
  const handle: Mounted = {
    container,
    rerender: (next) => react.flushSync(() => root.render(next)),
    unmount: () => {
      if (!mounted.delete(handle)) return;
      react.flushSync(() => root.unmount());
      container.remove();
    },
  };
  mounted.add(handle);
  handle.rerender(node);
  return handle;
}

/** Unmounts everything `mount` rendered (for afterEach). */
export function unmountAll(): void {
  for (const handle of [...mounted]) handle.unmount();
}

/** The text a learner sees in `node`, shadow roots included, with white space collapsed. */
export function visibleText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) {
      parts.push(n.textContent ?? '');
      return;
    }
    if (n instanceof Element) {
      if (n.localName === 'script' || n.localName === 'style' || n.localName === 'template') return;
      if (n instanceof HTMLElement && n.hidden) return;
      if (n.shadowRoot) {
        walk(n.shadowRoot);
        return; // light-DOM children show only where the shadow root slots them
      }
    }
    if (n instanceof HTMLSlotElement) {
      const assigned = n.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...n.childNodes]).forEach(walk);
      return;
    }
    n.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Every element matching `selector` in `root`, looking inside shadow roots too. */
export function deepQueryAll<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const walk = (scope: ParentNode) => {
    found.push(...scope.querySelectorAll<T & Element>(selector));
    for (const el of scope.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(root);
  return found;
}
