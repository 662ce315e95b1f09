import { circlePath, iconPaths } from './icon-paths.js';

/*
 * The pictures a circle's card and signup draw as CSS masks (no DOM node; their styles:
 * src/styles/circle-icons.ts), as one image, a sprite, without Lit: the browser makes one SVG
 * document for it, about 20 ms at CPU 4x, in the frame that first paints a card unless it was made
 * before. The finder's early start makes it while the search is on its way (prepareCircleIcons).
 */

/** The built-in picture's mark: a table with six seats around it. */
const SEATS = [
  [11.2, 3.5],
  [18.6, 7.8],
  [18.6, 16.3],
  [11.2, 20.5],
  [3.8, 16.3],
  [3.8, 7.8],
].map(([x, y]) => `M${x} ${y}a.8.8 0 1 0 1.6 0a.8.8 0 1 0-1.6 0`);

/** Each drawing (stroked, 24 × 24), in the order of the sprite's cells. */
const DRAWINGS = {
  book: iconPaths.book,
  calendar: iconPaths.calendar,
  clock: iconPaths.clock,
  place: iconPaths.place,
  online: iconPaths.online,
  people: iconPaths.people,
  /** the call to action's (mirrored in right-to-left text by the card's styles) */
  arrow: 'M5 12h14M13 6l6 6-6 6',
  external: iconPaths.external,
  share: `${circlePath(18, 5, 3)}${circlePath(6, 12, 3)}${circlePath(18, 19, 3)}M8.6 13.5l6.8 4M15.4 6.5l-6.8 4`,
  addToCalendar: `${iconPaths.calendar}M12 13v6M9 16h6`,
  seats: circlePath(12, 12, 4) + SEATS.join(''),
};
export type CircleIcon = keyof typeof DRAWINGS;
const NAMES = Object.keys(DRAWINGS) as CircleIcon[];

/**
 * The sprite as a data: URL: the drawings side by side, 8 apart (no neighbour shows at an edge). A
 * strict Content-Security-Policy must allow `img-src data:` (docs/security.md); without it the
 * decorative icons are simply not drawn.
 */
export const circleIconSprite = (() => {
  const drawn = NAMES.map((name, i) => `<path${i ? ` transform="translate(${32 * i})"` : ''} d="${DRAWINGS[name]}"/>`).join('');
  const image = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${32 * NAMES.length - 8} 24" fill="none" stroke="#000" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${drawn}</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(image)}`;
})();

// One icon fills a box one cell in size; the point at p % of the image sits at p % of the box, so
// p = i / (n - 1) puts icon i there.
/** The sprite's mask size in a box one icon in size. */
export const circleIconsSize = `${((32 * NAMES.length - 8) / 24) * 100}% 100%`;

/** Where icon `name` sits in the sprite: its mask position along the line. */
export const circleIconPosition = (name: CircleIcon): string => `${(NAMES.indexOf(name) / (NAMES.length - 1)) * 100}%`;

let prepared: HTMLImageElement | null = null;

/**
 * Makes the sprite's SVG document ahead of the first card, as an image the page keeps: the cards'
 * styles then find it made, in the browser's memory cache. The image loads in a task of its own;
 * calling again does nothing.
 */
export function prepareCircleIcons(): void {
  if (prepared || typeof Image !== 'function') return; // no DOM (a test or a server): nothing to prepare
  prepared = new Image();
  prepared.src = circleIconSprite;
}
