/** Which learning circle a <circle-signup> is for: its circle-id, or a parameter of the page's address. */
import { cleanAttribute, parsePositiveInteger } from '../../config/config.js';

export type IdState =
  | { kind: 'ok'; id: number }
  /** Neither circle-id nor circle-id-param: the page editor's to fix. */
  | { kind: 'missing' }
  /**
   * The id comes from the page's address (circle-id-param) and the address has none: a patron who
   * arrived without choosing a circle (the site's own "Join" link), not a mistake of the page editor.
   */
  | { kind: 'unchosen' }
  /** `from`: the page editor's attribute, or the page's address (a patron followed a bad link). */
  | { kind: 'invalid'; value: string; from: 'attribute' | 'url' };

/**
 * The circle id: the page address's `param` (`?circle=4821`) when it has one, else the circle-id
 * attribute. A leading `#` is allowed (`#4821`). None at all is `unchosen` when the tag reads the
 * address (`param`), else `missing`.
 */
export function readCircleId(attribute: string | undefined, param: string, search: string): IdState {
  let raw: string | null = null;
  let from: 'attribute' | 'url' = 'attribute';
  if (param) {
    const fromUrl = new URLSearchParams(search).get(param);
    if (fromUrl !== null && fromUrl.trim() !== '') {
      raw = fromUrl.trim();
      from = 'url';
    }
  }
  if (raw === null) {
    const own = cleanAttribute(attribute);
    if (own !== '') raw = own;
  }
  if (raw === null) return param ? { kind: 'unchosen' } : { kind: 'missing' };
  const id = parsePositiveInteger(raw.replace(/^#/, ''));
  return id === null ? { kind: 'invalid', value: raw, from } : { kind: 'ok', id };
}
