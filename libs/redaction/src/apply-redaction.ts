import { PLACEHOLDERS, type Span } from './types';

/**
 * Replaces each span with its typed placeholder. Pure and free of Node
 * imports: the server stores what this returns, and the admin's review screen
 * previews with the very same function.
 */
export function applyRedaction(text: string, spans: Array<Pick<Span, 'start' | 'end' | 'type'>>): string {
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    out += text.slice(at, span.start) + PLACEHOLDERS[span.type];
    at = span.end;
  }
  return out + text.slice(at);
}

const WORD = /[\p{L}\p{N}\p{M}@._+\-/']/u;

/**
 * A selection widened to whole words (a reviewer selecting "ergul" of
 * "Nurgul" hides the whole name) and trimmed of surrounding spaces and
 * punctuation; null when nothing but spaces was selected.
 */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && !WORD.test(text[s])) s++;
  while (e > s && !WORD.test(text[e - 1])) e--;
  if (s >= e) return null;
  while (s > 0 && WORD.test(text[s - 1])) s--;
  while (e < text.length && WORD.test(text[e])) e++;
  // A word's trailing full stop or hyphen belongs to the sentence, not to the name.
  while (e > s && /[.\-/']/.test(text[e - 1])) e--;
  return { start: s, end: e };
}
