// Python/Django flavoured encoding and parsing helpers, so answers look byte-for-byte
// like the real server's (json.dumps separators, 0.0 floats, int()/float() parsing).

/** A number that Python would print as a float (4.0 -> "4.0"). */
export class PyFloat {
  /** @param {number} value */
  constructor(value) {
    this.value = value;
  }
  toJSON() {
    return this.value;
  }
}

/**
 * json.dumps(obj, ensure_ascii=False) with Python's default separators (", " and ": ").
 * @param {unknown} value
 * @returns {string}
 */
export function pyDumps(value) {
  if (value === null || value === undefined) return 'null';
  if (value instanceof PyFloat) {
    const v = value.value;
    if (Number.isNaN(v)) return 'NaN';
    if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
    return Number.isInteger(v) ? `${v}.0` : String(v);
  }
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'string':
      return JSON.stringify(value);
    case 'object':
      if (Array.isArray(value)) return `[${value.map(pyDumps).join(', ')}]`;
      return `{${Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${JSON.stringify(k)}: ${pyDumps(v)}`)
        .join(', ')}}`;
    default:
      return 'null';
  }
}

const PY_WS = '[\\s\\u001c-\\u001f]*';
const DIGITS = '\\d(?:_?\\d)*';
const INT_RE = new RegExp(`^${PY_WS}([+-]?)(${DIGITS})${PY_WS}$`, 'u');
const FLOAT_RE = new RegExp(
  `^${PY_WS}([+-]?(?:(?:${DIGITS})(?:\\.(?:${DIGITS})?)?|\\.(?:${DIGITS}))(?:[eE][+-]?${DIGITS})?)${PY_WS}$`,
  'u',
);
const SPECIAL_FLOAT_RE = new RegExp(`^${PY_WS}([+-]?)(nan|inf|infinity)${PY_WS}$`, 'iu');

/**
 * Python's int() applied to a string (or a JSON value, as in the signup schema).
 * @returns {number|null} null where Python raises ValueError/TypeError
 */
export function pyInt(value) {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : null;
  if (typeof value !== 'string') return null;
  const m = INT_RE.exec(value);
  if (!m) return null;
  const n = Number(m[2].replace(/_/g, ''));
  return m[1] === '-' ? -n : n;
}

/** Python's float() applied to a string. @returns {number|null} */
export function pyFloat(value) {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return null;
  const special = SPECIAL_FLOAT_RE.exec(value);
  if (special) {
    const v = special[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -v : v;
  }
  const m = FLOAT_RE.exec(value);
  if (!m) return null;
  return Number(m[1].replace(/_/g, ''));
}

/** Python truthiness of a JSON value. */
export function truthy(value) {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}
