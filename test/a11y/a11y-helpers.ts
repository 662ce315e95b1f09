/**
 * Helpers for the accessibility journeys and layout checks in test/a11y/: the focused element
 * through shadow roots, whether its focus is visible, Tab until something is reached (checking
 * visible focus at every stop), and horizontal overflow / clipped text inside a widget.
 */
import { sendKeys } from '@web/test-runner-commands';

/** The element that really has focus, through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short, readable name for an element in failure messages: `circle-signup >>> input#cs-name`. */
export function describe(el: Element | null): string {
  if (!el) return 'nothing';
  const own = (e: Element) => {
    const id = e.id ? `#${e.id}` : '';
    const classes = [...e.classList].slice(0, 2).map((c) => `.${c}`).join('');
    if (e instanceof HTMLInputElement && !e.id) return `input[type=${e.type}][name=${e.name}][value=${e.value}]`;
    const text = e.id || classes ? '' : `("${(e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}")`;
    return `${e.localName}${id}${classes}${text}`;
  };
  const parts = [own(el)];
  let root = el.getRootNode();
  while (root instanceof ShadowRoot) {
    parts.unshift(root.host.localName);
    root = root.host.getRootNode();
  }
  return parts.join(' >>> ');
}

function transparent(color: string): boolean {
  return color === 'transparent' || /^rgba\([^,]+,[^,]+,[^,]+,\s*0\)$/.test(color) || /\/\s*0\)$/.test(color);
}

function ring(style: CSSStyleDeclaration): string | null {
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor)) {
    return `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
  }
  if (style.boxShadow && style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
  return null;
}

/**
 * How the focused element shows focus: an outline or box-shadow on the element itself or on its
 * ::before/::after, or on an ancestor that draws it because of the focus inside it
 * (`:has(:focus-visible)`: a card's link rings the whole card); null if none.
 */
export function focusIndicator(el: Element): string | null {
  for (const pseudo of [null, '::after', '::before'] as const) {
    const style = getComputedStyle(el, pseudo);
    if (pseudo && (style.content === 'none' || style.content === 'normal')) continue;
    const found = ring(style);
    if (found) return pseudo ? `${pseudo} ${found}` : found;
  }
  for (let up = el.parentElement, level = 0; up && level < 4; up = up.parentElement, level++) {
    if (!up.matches(':has(:focus-visible)')) continue;
    const found = ring(getComputedStyle(up));
    if (found) return `<${up.localName}> around it: ${found}`;
  }
  return null;
}

/** Throws unless something has focus and shows it. */
export function assertVisibleFocus(step: string): Element {
  const el = deepActiveElement();
  if (!el || el === document.body) throw new Error(`${step}: nothing has focus`);
  if (!focusIndicator(el)) throw new Error(`${step}: ${describe(el)} has focus but no visible outline or box-shadow`);
  return el;
}

/**
 * Presses Tab (or Shift+Tab) until `match` holds for the focused element, checking visible focus
 * at every stop. Returns the element and the stops passed on the way.
 */
export async function tabTo(
  match: (el: Element) => boolean,
  what: string,
  { max = 40, back = false }: { max?: number; back?: boolean } = {},
): Promise<{ el: Element; stops: string[] }> {
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: back ? 'Shift+Tab' : 'Tab' });
    const el = assertVisibleFocus(`Tab towards ${what} (after ${stops.join(', ') || 'no stop'})`);
    stops.push(describe(el));
    if (match(el)) return { el, stops };
  }
  throw new Error(`${what} not reached with ${max} presses of Tab; stops: ${stops.join(', ')}`);
}

/** The host element of the shadow root an element lives in (or null). */
export function hostOf(el: Element): Element | null {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Every element under `root`, through open shadow roots (not slotted light DOM twice). */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.children) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
      walk(el);
    }
  };
  walk(root);
  return out;
}

/** Hidden from sight on purpose (the visually-hidden pattern, the honeypot) or not rendered. */
function offScreenByDesign(el: Element): boolean {
  if (el.getClientRects().length === 0) return true;
  for (let e: Element | null = el; e; e = e.parentElement ?? hostOf(e)) {
    const s = getComputedStyle(e);
    if (s.clipPath === 'inset(50%)' || s.visibility === 'hidden' || s.opacity === '0') return true;
    if (e.getAttribute('aria-hidden') === 'true' && /skeleton|bone|measure/.test(e.className.toString())) return true;
  }
  return false;
}

function hasOwnText(el: Element): boolean {
  return (el.textContent ?? '').trim() !== '' || deepElements(el).some((c) => c.shadowRoot && (c.shadowRoot.textContent ?? '').trim() !== '');
}

const scrollsX = (s: CSSStyleDeclaration) => s.overflowX === 'auto' || s.overflowX === 'scroll';
const clipsX = (s: CSSStyleDeclaration) => s.overflowX === 'hidden' || s.overflowX === 'clip';
const clipsY = (s: CSSStyleDeclaration) => s.overflowY === 'hidden' || s.overflowY === 'clip';

export interface LayoutReport {
  /** Things that stick out of the container or are cut off. Empty when the layout reflows. */
  problems: string[];
  /** Regions that scroll sideways on purpose (overflow-x auto/scroll) and do scroll. */
  scrollers: string[];
}

/**
 * Checks that `widget` fits `container` without sideways scrolling: the container and the widget do
 * not scroll sideways, no element's right (or left) edge is outside the container unless it sits
 * in a region made to scroll sideways, and no element that hides its overflow cuts off text.
 */
export function layoutReport(container: HTMLElement, widget: Element): LayoutReport {
  const problems: string[] = [];
  const scrollers: string[] = [];
  const box = container.getBoundingClientRect();
  const slack = 1; // sub-pixel rounding
  for (const el of [container, widget]) {
    if (el.scrollWidth > el.clientWidth + slack) {
      problems.push(`${describe(el)} scrolls sideways (scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth})`);
    }
  }
  // Descendants of a box that clips or scrolls sideways cannot push the page wider: that box is
  // checked instead (it must fit, and if it clips it must not cut off text). Same for SVG innards.
  const contained = new Set<Element>();
  const all = deepElements(widget.shadowRoot ?? widget);
  for (const el of all) {
    const style = getComputedStyle(el);
    const scrolls = scrollsX(style) && el.scrollWidth > el.clientWidth + slack;
    if (scrolls) scrollers.push(describe(el));
    if (scrollsX(style) || clipsX(style) || el.localName === 'svg') {
      for (const inner of deepElements(el)) contained.add(inner);
      if (el.shadowRoot) for (const inner of deepElements(el.shadowRoot)) contained.add(inner);
    }
  }
  const sticksOut = new Set<Element>();
  const parentOf = (e: Element) => e.parentElement ?? hostOf(e);
  const underReported = (e: Element) => {
    for (let p = parentOf(e); p; p = parentOf(p)) if (sticksOut.has(p)) return true;
    return false;
  };
  for (const el of all) {
    if (contained.has(el) || offScreenByDesign(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const beyond = r.right > box.right + slack ? 'right' : r.left < box.left - slack ? 'left' : null;
    if (beyond) {
      // report the outermost element only: its descendants usually stick out with it
      if (!underReported(el)) {
        const px = Math.round(beyond === 'right' ? r.right - box.right : box.left - r.left);
        problems.push(`${describe(el)} sticks out ${px}px beyond the container's ${beyond} edge`);
      }
      sticksOut.add(el);
    }
    const style = getComputedStyle(el);
    if (clipsX(style) && el.scrollWidth > el.clientWidth + slack && hasOwnText(el)) {
      problems.push(`${describe(el)} cuts off text sideways (scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth})`);
    }
    if (clipsY(style) && el.scrollHeight > el.clientHeight + slack && hasOwnText(el)) {
      problems.push(`${describe(el)} cuts off text (scrollHeight ${el.scrollHeight} > clientHeight ${el.clientHeight})`);
    }
    if (el instanceof HTMLSelectElement) {
      const cut = selectCutOff(el, style);
      if (cut) problems.push(`${describe(el)} shows only part of its chosen option "${cut}"`);
    }
  }
  return { problems, scrollers };
}

let canvas: CanvasRenderingContext2D | null = null;

/**
 * A closed <select> shows its chosen option on one line and cuts off what does not fit: returns
 * that option's text when it is wider than the room the select gives it (the native arrow
 * included), else null.
 */
function selectCutOff(select: HTMLSelectElement, style: CSSStyleDeclaration): string | null {
  const option = select.selectedOptions[0];
  const text = (option?.textContent ?? '').trim().replace(/\s+/g, ' ');
  if (!text) return null;
  canvas ??= document.createElement('canvas').getContext('2d');
  if (!canvas) return null;
  canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const arrow = style.appearance === 'none' ? 0 : 16;
  const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
  return canvas.measureText(text).width > room + 2 ? text : null;
}

/** Font sizes of the elements under `widget` that hold text directly, keyed by element. */
export function textSizes(widget: Element): Map<Element, number> {
  const sizes = new Map<Element, number>();
  for (const el of deepElements(widget.shadowRoot ?? widget)) {
    const direct = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (!direct || offScreenByDesign(el)) continue;
    sizes.set(el, parseFloat(getComputedStyle(el).fontSize));
  }
  return sizes;
}

/** Two animation frames: enough for resize observers, container queries and a Lit update to land. */
export function frames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
