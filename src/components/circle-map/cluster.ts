/**
 * Grid clustering of pins: at one zoom level, pins whose pixel positions fall into the same square
 * cell of `cell` pixels become one group. Cells are anchored to the world's pixel grid, so groups do
 * not change while the map is panned, only when it is zoomed.
 */
export interface PixelPoint {
  x: number;
  y: number;
}

/** Groups of `items`, in the order of each group's first item. */
export function gridClusters<T>(items: readonly T[], point: (item: T) => PixelPoint, cell = 48): T[][] {
  const cells = new Map<string, T[]>();
  for (const item of items) {
    const { x, y } = point(item);
    const key = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
    const group = cells.get(key);
    if (group) group.push(item);
    else cells.set(key, [item]);
  }
  return [...cells.values()];
}
