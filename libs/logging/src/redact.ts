/**
 * Keys whose values never reach a log line, at any depth: credentials and
 * anything that may carry a narrative. Matching is by name, case-insensitive.
 */
export const SENSITIVE_KEY = /pass(word|phrase)?|token|secret|narrative|authori[sz]ation|cookie|totp|recovery|api[-_]?key|private[-_]?key|withdrawal[-_]?code/i;

export const REDACTED = '[redacted]';

/**
 * Returns a copy of `value` with every sensitive field replaced. Pure; cycles
 * and very deep structures are cut rather than followed.
 */
export function redactSecrets(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  // Only plain data is walked; class instances (requests, errors) are left to pino's serializers.
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  if (depth > 8 || seen.has(value)) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SENSITIVE_KEY.test(key) ? REDACTED : redactSecrets(item, depth + 1, seen);
  }
  return out;
}
