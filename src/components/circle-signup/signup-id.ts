/** Which learning circle a <circle-signup> is for: its circle-id, or a parameter of the page's address. */
import { cleanAttribute, parsePositiveInteger } from '../../config/config.js';

export type IdState =
  | { kind: 'ok'; id: number }
  | { kind: 'missing' }
  /** `from`: the page editor's attribute, or the page's address (a patron followed a bad link). */
  | { kind: 'invalid'; value: string; from: 'attribute' | 'url' };

/**
 * The circle id: the page address's `param` (`?circle=4821`) when it has one, else the circle-id
 * attribute. A leading `#` is allowed (`#4821`).
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
  if (raw === null) return { kind: 'missing' };
  const id = parsePositiveInteger(raw.replace(/^#/, ''));
  return id === null ? { kind: 'invalid', value: raw, from } : { kind: 'ok', id };
}
