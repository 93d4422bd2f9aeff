/**
 * How much work a request body may cause, bounded before anything parses or
 * validates it: its size in bytes, its nesting, and the number of properties
 * of any one object and items of any one array. A body of 20,000 unknown
 * properties would otherwise cost seconds of validation and a megabyte of
 * errors; refused here it costs one linear scan of a few kilobytes.
 */
export interface BodyLimits {
  bytes: number;
  depth: number;
  properties: number;
  items: number;
}

/** Every body: a case (body → incidents → perpetrators → one) is far inside these. */
export const DEFAULT_BODY_LIMITS: BodyLimits = { bytes: 256 * 1024, depth: 32, properties: 64, items: 1000 };

/**
 * The public routes (sign-in, refresh, password reset: anyone can call them)
 * and any URL no route matches: a few properties of short text.
 */
export const PUBLIC_BODY_LIMITS: BodyLimits = { bytes: 4 * 1024, depth: 8, properties: 16, items: 16 };

/** The route prefix whose routes are reachable without a session. */
const PUBLIC_PREFIX = '/api/v1/auth/';

/**
 * The limits of a route, by its pattern (Fastify's routeOptions.url; undefined
 * when no route matched). Pure.
 */
export function bodyLimitsFor(routeUrl: string | undefined): BodyLimits {
  if (routeUrl === undefined || routeUrl.startsWith(PUBLIC_PREFIX)) return PUBLIC_BODY_LIMITS;
  return DEFAULT_BODY_LIMITS;
}

export type ShapeViolation = 'depth' | 'properties' | 'items';

/**
 * Whether JSON text nests deeper, or has an object with more properties or an
 * array with more items, than the limits allow; the first limit exceeded, or
 * null. One pass, no recursion, no allocation per value: safe on any input
 * (malformed JSON is left to the parser). Pure.
 */
export function jsonShapeViolation(text: string, limits: Pick<BodyLimits, 'depth' | 'properties' | 'items'>): ShapeViolation | null {
  // Per open container: whether it is an array, and how many elements it has so far.
  const isArray: boolean[] = [];
  const counts: number[] = [];
  let inString = false;
  const firstElement = (): ShapeViolation | null => {
    const top = counts.length - 1;
    if (top < 0 || counts[top] > 0) return null;
    counts[top] = 1;
    return 1 > (isArray[top] ? limits.items : limits.properties) ? (isArray[top] ? 'items' : 'properties') : null;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
      continue;
    }
    if (ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09) continue;
    if (ch === 0x5d || ch === 0x7d) {
      // ] or }: the container ends.
      isArray.pop();
      counts.pop();
      continue;
    }
    if (ch === 0x2c) {
      // ,: one more element of the innermost container.
      const top = counts.length - 1;
      if (top < 0) continue;
      counts[top]++;
      if (isArray[top] ? counts[top] > limits.items : counts[top] > limits.properties) return isArray[top] ? 'items' : 'properties';
      continue;
    }
    const violation = firstElement();
    if (violation) return violation;
    if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (counts.length + 1 > limits.depth) return 'depth';
      isArray.push(ch === 0x5b);
      counts.push(0);
    }
  }
  return null;
}

/** At most this many field errors go into a problem document; the rest are counted out (errorsTruncated). */
export const MAX_FIELD_ERRORS = 20;
