import { nothing, svg, type SVGTemplateResult } from 'lit';
import { iconPaths } from './icon-paths.js';

export { circlePath, iconPaths } from './icon-paths.js';

/*
 * Inline SVG icons (no icon fonts: @font-face does not work inside shadow roots). Decorative:
 * aria-hidden. Each is one <svg> with one <path> and no nested binding, so an icon costs two DOM
 * nodes: a page of cards shows hundreds.
 */

/** One icon: `solid` fills the drawing instead of stroking it. */
export const icon = (d: string, solid = false): SVGTemplateResult =>
  svg`<svg class="icon" viewBox="0 0 24 24" width="1.2em" height="1.2em" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d=${d} fill=${solid ? 'currentColor' : nothing} stroke=${solid ? 'none' : nothing} /></svg>`;

export const icons = Object.fromEntries(
  Object.entries(iconPaths).map(([name, d]) => [name, icon(d)]),
) as Record<keyof typeof iconPaths, SVGTemplateResult>;
