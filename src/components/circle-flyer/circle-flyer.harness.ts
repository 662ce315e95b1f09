/**
 * A test harness for <circle-flyer>: its state and what it shows, by name (see
 * src/internal/widget.harness.ts).
 *
 * ```ts
 * const flyer = new CircleFlyerHarness(el);
 * await flyer.settled();
 * expect(flyer.state).to.equal('content');
 * expect(flyer.address).to.equal('library.example.org/join?circle=4821');
 * ```
 */
import { WidgetHarness, words } from '../../internal/widget.harness.js';
import type { CircleFlyer } from './circle-flyer.js';

/**
 * What the widget shows: its root's `data-state`. `content` (a circle's flyer or a team's poster:
 * {@link CircleFlyerHarness.kind} tells which), `unavailable` (a circle that takes no signups:
 * closed, full, ended, not published), `empty` (a team with no open circles), `not-found`,
 * `error`, `problem` (no usable circle-id or team-id).
 */
export type CircleFlyerState = 'loading' | 'content' | 'unavailable' | 'empty' | 'not-found' | 'error' | 'problem';

export class CircleFlyerHarness extends WidgetHarness<CircleFlyer, CircleFlyerState> {
  /** A part's words, or null without it. */
  partText(name: string): string | null {
    return words(this.part(name));
  }

  /** `circle` (a flyer) or `team` (a poster) while a sheet is shown, else null. */
  get kind(): 'circle' | 'team' | null {
    const paper = this.query('.paper:not(.skeleton)');
    return paper ? (paper.classList.contains('team') ? 'team' : 'circle') : null;
  }

  /** The sheet as printed (the first copy of a half-page handout). */
  get sheet(): HTMLElement | null {
    return this.part('sheet');
  }

  /** The circle's name, or the poster's heading. */
  get title(): string | null {
    return this.partText('title');
  }

  /** The QR code's `<svg>`. */
  get qr(): SVGSVGElement | null {
    return this.query<SVGSVGElement>('[part~="qr"]');
  }

  /** The printed address beside the QR code, as one string. */
  get address(): string | null {
    return this.part('address')?.textContent?.replace(/\s+/g, '') ?? null;
  }

  /** The pieces of the printed address between its break opportunities (`<wbr>`). */
  get addressPieces(): string[] {
    return this.queryAll('[part~="address"] .piece').map((piece) => piece.textContent ?? '');
  }

  /** The circles a poster lists: each one's title. */
  get posterTitles(): string[] {
    return this.queryAll('[part~="circles"] .item-title').map((item) => words(item) ?? '');
  }

  /** The tear-off strips (none without `tear-off`). */
  get strips(): HTMLElement[] {
    return this.queryAll('[part~="tear-off"] li');
  }

  get printButton(): HTMLButtonElement | null {
    return this.query<HTMLButtonElement>('[part~="print-button"]');
  }

  get imageButton(): HTMLButtonElement | null {
    return this.query<HTMLButtonElement>('[part~="image-button"]');
  }

  /** "Square" or "Portrait", once Save as image is open. */
  imageSizeButton(shape: 'square' | 'portrait'): HTMLButtonElement | null {
    return this.query<HTMLButtonElement>(`.image-sizes button[data-shape="${shape}"]`);
  }

  /** The message shown instead of a sheet (no flyer, no open circles, not found, error), or null. */
  get message(): HTMLElement | null {
    return this.query('.notice');
  }

  get messageText(): string | null {
    return words(this.message);
  }

  /** The load error (`role="alert"`). */
  get error(): HTMLElement | null {
    return this.query('.notice.error');
  }

  get retryButton(): HTMLButtonElement | null {
    return this.error?.querySelector('button') ?? null;
  }
}
