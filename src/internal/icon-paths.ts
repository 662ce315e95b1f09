/*
 * The icons' drawings as SVG path data, without Lit: for the inline icons (./icons.ts) and the
 * circle icons' sprite (./circle-icon-sprite.ts), which the finder's early start prepares before
 * Lit has loaded.
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
