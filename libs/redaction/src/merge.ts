import type { PiiType, Span } from './types';

/**
 * The one merge of overlapping spans. Priorities, highest first, when spans of
 * different kinds overlap: the more specific and the better validated kind wins
 * (an e-mail contains what looks like a name; a handle contains words; an
 * identity number has a checksum or a keyword; a phone is validated against
 * the country's numbering plan; a plate has a fixed shape; an address is a
 * stretch of words and numbers; a person is the most guessed).
 */
export const PRIORITY: Record<PiiType, number> = { EMAIL: 7, HANDLE: 6, IDNUM: 5, PHONE: 4, PLATE: 3, ADDRESS: 2, PERSON: 1 };

/**
 * Keeps the best of overlapping spans: higher priority, then longer. Spans of
 * the same kind are joined; what a lower-priority span has outside the kept
 * one stays, with its own kind (when in doubt, redact), except a name just
 * before an address, which keeps only its part before the address.
 */
export function resolveOverlaps(spans: Span[]): Span[] {
  const ordered = [...spans].sort((a, b) => PRIORITY[b.type] - PRIORITY[a.type] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const span of ordered) {
    const clash = kept.find((k) => span.start < k.end && k.start < span.end);
    if (!clash) kept.push({ ...span });
    else if (span.type === 'PERSON' && clash.type === 'ADDRESS' && span.start < clash.start) {
      // A name just before an address ("Айгуль, ул. ..."): keep the part outside.
      kept.push({ ...span, end: clash.start });
    } else if (clash.type === span.type) {
      clash.start = Math.min(clash.start, span.start);
      clash.end = Math.max(clash.end, span.end);
    } else {
      // When in doubt, redact: what sticks out of the kept span stays, with its own type.
      if (span.start < clash.start) ordered.push({ ...span, end: clash.start });
      if (span.end > clash.end) ordered.push({ ...span, start: clash.end });
    }
  }
  return kept.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
}
