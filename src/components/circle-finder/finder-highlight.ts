import type { ReactiveControllerHost } from 'lit';
import { emit } from '../../internal/events.js';

/** Detail of `p2pu-circle-highlight`: the circle a learner is on in the results (no personal data). */
export interface CircleHighlightDetail {
  /** The learning circle's id. */
  id: number;
}

/** After the finder scrolled a card into view for another widget, hovering does not count for this long (ms): the page moved under a still pointer. */
const HOVER_QUIET_MS = 800;

type Host = ReactiveControllerHost & HTMLElement;

interface CardHighlightOptions {
  /** Where circle `id` is among the results loaded, or -1. */
  indexOf: (id: number) => number;
  /** Resolves once the result at `index` is rendered (false when a new list replaced it first). */
  whenShown: (index: number) => Promise<boolean>;
  /** The list item of circle `id`, once rendered. */
  itemOf: (id: number) => HTMLElement | null | undefined;
}

/**
 * The finder's side of a linked `<circle-map>`: the card a pin chose (a ring, scrolled into view
 * without moving focus), and `p2pu-circle-highlight` when a learner is on a card. It asks the
 * host to update when the highlighted card changes.
 */
export class CardHighlight {
  /** The circle whose card is highlighted (a linked map chose it); null for none. */
  private highlighted: number | null = null;
  /** The circle whose card a learner is on (pointer or focus), told once by `p2pu-circle-highlight`. */
  private activeId: number | null = null;
  /** Until when (performance.now()) hovering does not count: see {@link HOVER_QUIET_MS}. */
  private hoverQuietUntil = 0;

  constructor(
    private readonly host: Host,
    private readonly options: CardHighlightOptions,
  ) {}

  get id(): number | null {
    return this.highlighted;
  }

  /** A new search: no card is highlighted, and the next card a learner is on is told again. */
  clear(): void {
    this.set(null);
    this.activeId = null;
  }

  /** Highlights circle `id`'s card and scrolls it into view, when it is loaded; returns whether it is. */
  show(id: number | null): boolean {
    const index = id === null ? -1 : this.options.indexOf(id);
    this.set(index >= 0 ? id : null);
    if (index >= 0) void this.reveal(index, id!);
    return index >= 0;
  }

  /**
   * A learner is on a card (pointer or focus): `p2pu-circle-highlight` says so, once per card. The
   * card gets no ring for it (its focus ring and hover are its own); a ring is for a card chosen
   * elsewhere ({@link show}).
   */
  readonly onResultActive = (event: Event): void => {
    if (event.type !== 'focusin' && performance.now() < this.hoverQuietUntil) return;
    // on a card, not its list item: "Load more" moves focus to the item itself, in an update
    const card = (event.target as Element | null)?.closest?.('circle-card');
    const item = card?.closest('.results li[data-id]');
    const id = Number(item?.getAttribute('data-id'));
    if (!Number.isSafeInteger(id) || id <= 0 || id === this.activeId) return;
    this.activeId = id;
    emit<CircleHighlightDetail>(this.host, 'p2pu-circle-highlight', { id });
  };

  private set(id: number | null): void {
    if (id === this.highlighted) return;
    this.highlighted = id;
    this.host.requestUpdate();
  }

  /** Scrolls the result at `index` (circle `id`) into view once it is rendered, unless another is highlighted by then. */
  private async reveal(index: number, id: number): Promise<void> {
    if (!(await this.options.whenShown(index))) return;
    await this.host.updateComplete;
    if (this.highlighted !== id) return;
    const item = this.options.itemOf(id);
    if (!item) return;
    this.hoverQuietUntil = performance.now() + HOVER_QUIET_MS;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    item.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: still ? 'auto' : 'smooth' });
  }
}
