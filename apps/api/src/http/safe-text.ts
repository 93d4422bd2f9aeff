import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Text a client may send, in one place. Pure.
 *
 * - NUL is refused in every string of every request (PostgreSQL cannot store
 *   it in text; it used to surface as a 500).
 * - Coarse text fields (places, names of people and organisations, taxonomy
 *   labels) are shown to other users in lists, tables, spreadsheets and
 *   charts: they refuse every control character (C0, DEL, C1) and every
 *   format character (bidirectional overrides and isolates, zero-width
 *   characters, the byte-order mark), which can reorder or hide what a
 *   reader sees.
 */
const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}]/u;

export function isCoarseText(value: unknown): boolean {
  return typeof value === 'string' && !CONTROL_OR_FORMAT.test(value);
}

export const COARSE_TEXT_MESSAGE = 'must not contain control or invisible formatting characters';

/** class-validator: a coarse text field (see above). */
export function CoarseText(options?: ValidationOptions) {
  return ValidateBy({ name: 'isCoarseText', validator: { validate: (value: unknown) => isCoarseText(value), defaultMessage: () => COARSE_TEXT_MESSAGE } }, options);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/**
 * Keys named as what every object inherits (constructor, toString,
 * hasOwnProperty, __proto__ ...): the transformation into a DTO would drop
 * them without a word, so that a body with one looked valid.
 */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

export const NUL_MESSAGE = 'must not contain the NUL character';
export const LONE_SURROGATE_MESSAGE = 'must be well-formed Unicode text (it holds half of a surrogate pair)';
export const INHERITED_KEY_MESSAGE = 'is not an allowed property';

/**
 * Every place in a parsed request part that no field may hold, as a JSON
 * pointer and a message: NUL (in a string or a key), half of a UTF-16
 * surrogate pair (which would be stored silently changed to U+FFFD), and a
 * key named as an inherited member of every object.
 */
export function unsafeTextProblems(value: unknown, prefix = '', out: Array<{ pointer: string; message: string }> = [], depth = 0): Array<{ pointer: string; message: string }> {
  if (depth > 64) return out;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push({ pointer: prefix || '/', message: NUL_MESSAGE });
    else if (LONE_SURROGATE.test(value)) out.push({ pointer: prefix || '/', message: LONE_SURROGATE_MESSAGE });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => unsafeTextProblems(item, `${prefix}/${i}`, out, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const pointer = `${prefix}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (key.includes('\u0000')) out.push({ pointer: pointer.replace(/\u0000/g, '\\u0000'), message: NUL_MESSAGE });
      else if (LONE_SURROGATE.test(key)) out.push({ pointer: pointer.replace(/[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`), message: LONE_SURROGATE_MESSAGE });
      else if (INHERITED.has(key)) out.push({ pointer, message: INHERITED_KEY_MESSAGE });
      else unsafeTextProblems(item, pointer, out, depth + 1);
    }
  }
  return out;
}
