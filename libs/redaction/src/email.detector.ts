import type { Span } from './types';

const span = (start: number, end: number, type: Span['type'], rule: string, confidence: number): Span => ({ start, end, type, rule, confidence });

const EMAIL_LOCAL = /^[\p{L}0-9._%+-]$/u;
const EMAIL_DOMAIN = /[\p{L}0-9-]+(?:\.[\p{L}0-9-]+)*\.\p{L}{2,}/uy;

/**
 * E-mail addresses: what /[\p{L}0-9._%+-]+@domain/gu finds, but looked for
 * from each "@" (the local part leftwards, the domain rightwards) instead of
 * from every position of the text.
 */
export function detectEmails(text: string): Span[] {
  const out: Span[] = [];
  let from = 0; // where the last match ended
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > from) {
      // One code point to the left (a letter beyond U+FFFF is two code units).
      const pair = start - 2 >= from && /[\uDC00-\uDFFF]/.test(text[start - 1]) ? text.slice(start - 2, start) : text[start - 1];
      if (!EMAIL_LOCAL.test(pair)) break;
      start -= pair.length;
    }
    if (start === at) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN.exec(text);
    if (!domain) continue;
    from = at + 1 + domain[0].length;
    out.push(span(start, from, 'EMAIL', 'email', 0.99));
    at = from - 1;
  }
  return out;
}
