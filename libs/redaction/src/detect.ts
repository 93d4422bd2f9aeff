import { detectAddressChunks } from './address-chunk.detector';
import { detectAddresses } from './address.detector';
import { detectEmails, detectHandles, detectIdNumbers, detectPhones, detectPlates } from './pattern.detectors';
import { detectPersons } from './person.detector';
import type { PiiType, Span } from './types';

/** When spans overlap, the more specific kind wins (an e-mail contains what looks like a name). */
const PRIORITY: Record<PiiType, number> = { EMAIL: 7, HANDLE: 6, IDNUM: 5, PHONE: 4, PLATE: 3, ADDRESS: 2, PERSON: 1 };

/** Keeps the best of overlapping spans: higher priority, then longer, grown to cover what it overlaps. */
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

/**
 * Finds personal data in a narrative (English or Russian, with Kazakh). Pure
 * and synchronous; the language only tunes nothing yet, both are always tried,
 * because narratives mix them.
 */
export function detectPii(text: string, _lang?: string): Span[] {
  return resolveOverlaps([
    ...detectEmails(text),
    ...detectHandles(text),
    ...detectIdNumbers(text),
    ...detectPhones(text),
    ...detectPlates(text),
    ...detectAddresses(text),
    ...detectAddressChunks(text),
    ...detectPersons(text),
  ]);
}

export { applyRedaction } from './apply-redaction';
