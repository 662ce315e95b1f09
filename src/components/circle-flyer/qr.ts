/**
 * QR codes of the flyer: the one place that knows the QR library (`@paulmillr/qr`), imported by the
 * flyer's chunk alone (scripts/size-budget.test.mjs checks that no other widget's page loads it).
 */
import encodeQR from '@paulmillr/qr';
import { svg, type SVGTemplateResult } from 'lit';

/** The light margin every QR code needs around it for a scanner to find it, in modules. */
export const QUIET_ZONE = 4;

/**
 * The modules (dark = true) of a QR code for `text`, rows from the top, without the quiet zone
 * (add {@link QUIET_ZONE} light modules on every side when drawing). Error correction level M
 * (about 15 % of the code can be smudged, folded or torn and still read), the smallest version
 * that holds the text.
 */
export function qrModules(text: string): boolean[][] {
  return encodeQR(text, 'raw', { ecc: 'medium', border: 0 }).map((row) => row.map((dark) => dark === true));
}

/**
 * Path data of the dark modules, one unit per module, shifted by the quiet zone: each horizontal
 * run of dark modules is one rectangle, so a code of a few hundred modules is a short string.
 */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  let d = '';
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < row.length && row[end + 1]) end++;
      const run = end - x + 1;
      d += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`;
      x = end;
    }
  });
  return d;
}

/**
 * A QR code as one `<svg>` with one `<path>` (two DOM nodes, whatever the code's size), dark on a
 * light quiet zone drawn by the SVG's own box (`.qr` in the styles), named for assistive
 * technology by `label`.
 */
export function qrSvg(modules: readonly (readonly boolean[])[], label: string, part = 'qr'): SVGTemplateResult {
  const size = (modules.length || 21) + 2 * QUIET_ZONE;
  return svg`<svg class="qr" part=${part} role="img" aria-label=${label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" preserveAspectRatio="xMidYMid meet"><path d=${qrPath(modules)} fill="#000"/></svg>`;
}
