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

/** JSON pointers (RFC 6901) of every string holding NUL in a parsed request part, keys included. */
export function nulPointers(value: unknown, prefix = '', out: string[] = [], depth = 0): string[] {
  if (depth > 64) return out;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push(prefix || '/');
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => nulPointers(item, `${prefix}/${i}`, out, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const pointer = `${prefix}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (key.includes('\u0000')) out.push(pointer.replace(/\u0000/g, '\\u0000'));
      else nulPointers(item, pointer, out, depth + 1);
    }
  }
  return out;
}

