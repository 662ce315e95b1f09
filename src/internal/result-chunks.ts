import { html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';

/**
 * Results in a chunk of a finder's list. A multiple of every column count up to six, so that no
 * chunk but the last ends in a part-filled row (the lists have at most six columns).
 */
export const CHUNK_SIZE = 60;

export interface ResultChunk<T> {
  /** Index in the whole list of the chunk's first item. */
  from: number;
  items: readonly T[];
}

/**
 * A finder's results cut into chunks of {@link CHUNK_SIZE}, each the same object from one update to
 * the next while its items are the same: {@link renderChunks} renders again only the chunk that
 * changed (the last one, as a long list grows a slice at a time), not every card above it.
 */
export class ResultChunks<T> {
  private last: ResultChunk<T>[] = [];

  of(items: readonly T[]): ResultChunk<T>[] {
    const chunks: ResultChunk<T>[] = [];
    for (let from = 0; from < items.length; from += CHUNK_SIZE) {
      const end = Math.min(items.length, from + CHUNK_SIZE);
      const before = this.last[chunks.length];
      const same =
        before?.from === from &&
        before.items.length === end - from &&
        before.items.every((item, i) => item === items[from + i]);
      chunks.push(same ? before : { from, items: items.slice(from, end) });
    }
    this.last = chunks;
    return chunks;
  }
}

/**
 * The items of a finder's list (`<ul class="results" role="list">`), chunk by chunk: each chunk a
 * grid of its own with the list's columns and gap (loadMoreStyles), so that a slice added to the
 * last chunk lays out that chunk and not every card above it, and a chunk out of view skips style,
 * layout and paint whole. The chunks are presentation only: `renderItem` gives an
 * `<li role="listitem">`, so a screen reader meets one list of every result. A chunk renders
 * again only when its items or one of `deps` (what `renderItem` reads besides the item) changed.
 */
export function renderChunks<T>(
  chunks: ResultChunk<T>[],
  deps: readonly unknown[],
  key: (item: T) => unknown,
  renderItem: (item: T, index: number) => TemplateResult,
) {
  return repeat(
    chunks,
    (chunk) => chunk.from,
    (chunk) =>
      html`<li class="chunk" role="none"><ul class="chunk-list" role="none">${guard([chunk.items, ...deps], () =>
        repeat(chunk.items, key, (item, i) => renderItem(item, chunk.from + i)),
      )}</ul></li>`,
  );
}
