import { nothing, svg, unsafeCSS, type CSSResult, type SVGTemplateResult } from 'lit';
import { nextTask } from './schedule.js';

/*
 * Inline SVG icons (no icon fonts: @font-face does not work inside shadow roots). Decorative:
 * aria-hidden. Each is one <svg> with one <path> and no nested binding, so an icon costs two DOM
 * nodes: a page of cards shows hundreds.
 */

/** A circle as path data (two half arcs), to draw it in the same <path> as the rest of an icon. */
export const circlePath = (cx: number, cy: number, r: number) =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;

/** A rounded rectangle as path data. */
const roundedRect = (x: number, y: number, width: number, height: number, r: number) =>
  `M${x + r} ${y}h${width - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${height - 2 * r}a${r} ${r} 0 0 1 ${-r} ${r}` +
  `h${2 * r - width}a${r} ${r} 0 0 1 ${-r} ${-r}v${2 * r - height}a${r} ${r} 0 0 1 ${r} ${-r}z`;

/** The icons' drawings (stroked, 24 × 24), by name. */
export const iconPaths = {
  calendar: `${roundedRect(3, 4, 18, 18, 2)}M16 2v4M8 2v4M3 10h18`,
  clock: `${circlePath(12, 12, 9)}M12 7v5l3 2`,
  place: `M12 21s-7-6.2-7-11.5A7 7 0 0 1 19 9.5C19 14.8 12 21 12 21z${circlePath(12, 9.5, 2.5)}`,
  online: `${circlePath(12, 12, 9)}M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18`,
  people: `${circlePath(9, 8, 3.5)}M2.5 20a6.5 6.5 0 0 1 13 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6 6 0 0 1 3.5 6`,
  external: 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5',
  close: 'M6 6l12 12M18 6L6 18',
  search: `${circlePath(11, 11, 7)}M20 20l-4-4`,
  retry: 'M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7',
  book: 'M4 5a2 2 0 0 1 2-2h14v16H6a2 2 0 0 0-2 2zM4 19V5M20 19v2H6',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  alert: `${circlePath(12, 12, 9)}M12 7.5v5.5M12 16.5v.01`,
  download: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  chevron: 'M6 9l6 6 6-6',
} as const;

/** One icon: `solid` fills the drawing instead of stroking it. */
export const icon = (d: string, solid = false): SVGTemplateResult =>
  svg`<svg class="icon" viewBox="0 0 24 24" width="1.2em" height="1.2em" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d=${d} fill=${solid ? 'currentColor' : nothing} stroke=${solid ? 'none' : nothing} /></svg>`;

/**
 * An icon as a CSS mask image, for a `::before` painted in the text's colour: no DOM node at all.
 * Given several drawings, one image of them all, side by side.
 * A data: image, so a strict Content-Security-Policy must allow `img-src data:` (docs/security.md);
 * without it the decorative icon is simply not drawn.
 */
export const iconMask = (d: string | readonly string[]): CSSResult => {
  // several drawings: side by side, 8 apart (a sprite; no neighbour shows at an edge)
  const paths = [d].flat();
  const drawn = paths.map((p, i) => `<path${i ? ` transform="translate(${32 * i})"` : ''} d="${p}"/>`).join('');
  const image = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${32 * paths.length - 8} 24" fill="none" stroke="#000" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${drawn}</svg>`;
  const url = `data:image/svg+xml,${encodeURIComponent(image)}`;
  prepareMask(url);
  return unsafeCSS(`url("${url}")`);
};

/**
 * The browser makes an SVG document for each mask image (about 20 ms each at CPU 4x), the first
 * time a style uses it: all of a card's in the frame that paints the first card, its longest task.
 * Each is made beforehand instead, as soon as its styles are defined (while the results are on
 * their way), one a task, as an image the page keeps: the styles then find it made, in the
 * browser's memory cache.
 */
const preparedMasks: HTMLImageElement[] = [];
const masksToPrepare: string[] = [];
let preparingMasks = false;

function prepareMask(url: string): void {
  if (typeof Image !== 'function') return; // no DOM (a test or a server): nothing to prepare
  masksToPrepare.push(url);
  if (preparingMasks) return;
  preparingMasks = true;
  void nextTask().then(prepareNextMask); // not in the task that defines the styles
}

function prepareNextMask(): void {
  const url = masksToPrepare.shift();
  preparingMasks = url !== undefined;
  if (url === undefined) return;
  const image = new Image();
  image.onload = image.onerror = () => void nextTask().then(prepareNextMask);
  image.src = url;
  preparedMasks.push(image);
}

export const icons = Object.fromEntries(
  Object.entries(iconPaths).map(([name, d]) => [name, icon(d)]),
) as Record<keyof typeof iconPaths, SVGTemplateResult>;
