import { css } from 'lit';

/**
 * The built-in picture of a card without an image of its own: a soft band in one of six hues
 * around the brand colour, each with its own light pattern, so that cards side by side differ
 * while every card of one course looks the same. Give the image box the classes
 * `placeholder v0` … `placeholder v5` from {@link pictureLook} (v0 is the base look); the
 * card sets the box's size (and may draw a mark over it). Follows the colour tokens (dark pages
 * too); no DOM node and no bytes of an image. Reads only the `--_*` variables of hostStyles.
 */
export const pictureStyles = css`
  .placeholder {
    --_hue: oklch(from var(--_brand) l max(c, 0.1) calc(h + var(--_turn, 0)));
    --_ink: color-mix(in oklab, var(--_hue) 25%, var(--_surface));
    background: var(--_pattern, radial-gradient(var(--_ink) 2px, transparent 2.5px) 0 0 / 14px 14px),
      color-mix(in oklab, var(--_hue) 12%, var(--_surface));
    print-color-adjust: exact;
  }
  .v1 {
    --_turn: 60;
    --_pattern: repeating-linear-gradient(45deg, var(--_ink) 0 2px, transparent 0 11px);
  }
  .v2 {
    --_turn: 120;
    --_pattern: repeating-radial-gradient(circle at 0 100%, transparent 0 10px, var(--_ink) 0 12px);
  }
  .v3 {
    --_turn: 180;
    --_pattern: linear-gradient(var(--_ink) 1px, transparent 0) 0 0 / 16px 16px,
      linear-gradient(90deg, var(--_ink) 1px, transparent 0) 0 0 / 16px 16px;
  }
  .v4 {
    --_turn: -120;
    --_pattern: repeating-linear-gradient(var(--_ink) 0 2px, transparent 0 10px);
  }
  .v5 {
    --_turn: -60;
    --_pattern: repeating-conic-gradient(var(--_ink) 0 2deg, transparent 0 10deg);
  }
`;

/**
 * The classes of the built-in picture for a course (`placeholder v0` … `placeholder v5`): picked
 * from the course id by a multiplicative hash, so that neighbouring ids (P2PU numbers courses in
 * order) get different looks, and the same course always the same one.
 */
export const pictureLook = (courseId: number): string => `placeholder v${(Math.imul(courseId, 0x9e3779b1) >>> 24) % 6}`;
