/**
 * Grouping of pins by spacing: at one zoom level, pins whose buttons would overlap or come closer
 * than `gap` pixels become one group (a bubble with a count), so every pin on the map is a target
 * of its own, at least 24 px, that nothing else covers (WCAG 2.2 target size, 2.5.8). Positions are
 * the world's pixel coordinates at that zoom, so groups do not change while the map is panned, only
 * when it is zoomed; the result depends only on the points and their order.
 */
export interface PixelPoint {
  x: number;
  y: number;
}

/** Where a button sits around its point: its box's centre `dy` pixels below the point, `half` the box's half size. */
export interface PinBox {
  dy: number;
  half: number;
}

export interface Cluster<T> extends PixelPoint {
  /** The grouped items, in their input order. */
  items: T[];
}

interface Group extends PixelPoint {
  indices: number[];
  /** The lowest of `indices`. */
  first: number;
  /** The grid cell it is in, or null once merged into another group. */
  cell: string | null;
}

/**
 * Groups of `items`, in the order of each group's first item, each at the mean of its points; `one`
 * is the box of a single item's button, `group` that of a group's. Groups whose boxes would come
 * closer than `gap` are merged (and the merged group checked again where it moved) until no two are
 * that close; items at the same point are always one group. A grid of cells as large as two boxes
 * and the gap keeps it quick: only groups in neighbouring cells can be too close.
 */
export function spacedClusters<T>(items: readonly T[], point: (item: T) => PixelPoint, one: PinBox, group: PinBox, gap = 4): Cluster<T>[] {
  const size = 2 * Math.max(one.half, group.half) + gap;
  const boxOf = (g: Group) => (g.indices.length > 1 ? group : one);
  const grid = new Map<string, Set<Group>>();
  const cellOf = (g: Group, dx = 0, dy = 0) => `${Math.floor(g.x / size) + dx},${Math.floor((g.y + boxOf(g).dy) / size) + dy}`;
  const place = (g: Group) => {
    g.cell = cellOf(g);
    const cell = grid.get(g.cell);
    if (cell) cell.add(g);
    else grid.set(g.cell, new Set([g]));
  };
  const tooClose = (a: Group, b: Group) => {
    const boxA = boxOf(a);
    const boxB = boxOf(b);
    const reach = boxA.half + boxB.half + gap;
    return Math.abs(a.x - b.x) < reach && Math.abs(a.y + boxA.dy - b.y - boxB.dy) < reach;
  };
  const groups: Group[] = items.map((item, index) => {
    const { x, y } = point(item);
    return { x, y, indices: [index], first: index, cell: null };
  });
  groups.forEach(place);
  // each group is checked once, and again whenever a merge made it or moved it
  const queue = [...groups];
  for (let next = 0; next < queue.length; next++) {
    const a = queue[next]!;
    if (a.cell === null) continue;
    const close: Group[] = [];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const b of grid.get(cellOf(a, dx, dy)) ?? []) if (b !== a && tooClose(a, b)) close.push(b);
      }
    }
    if (close.length === 0) continue;
    const all = [a, ...close];
    const keep = all.reduce((min, g) => (g.first < min.first ? g : min));
    const count = all.reduce((sum, g) => sum + g.indices.length, 0);
    const x = all.reduce((sum, g) => sum + g.x * g.indices.length, 0) / count;
    const y = all.reduce((sum, g) => sum + g.y * g.indices.length, 0) / count;
    for (const g of all) {
      grid.get(g.cell!)!.delete(g);
      g.cell = null;
    }
    Object.assign(keep, { x, y, indices: all.flatMap((g) => g.indices) });
    place(keep);
    queue.push(keep);
  }
  return groups
    .filter((g) => g.cell !== null)
    .map(({ x, y, indices }) => ({ x, y, items: indices.sort((p, q) => p - q).map((index) => items[index]!) }));
}
