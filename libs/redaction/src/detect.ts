import { TextDocument } from './document';
import { addressesAfterNames, codesAfterNames, joinedAcrossDash, joinedAcrossLineBreak, koreanSyllablesJoined, resolveOverlaps } from './merge';
import { ocrView } from './ocr-view';
import { registryFor, type RegistryOptions } from './registry';
import type { Span } from './types';

export { PRIORITY, resolveOverlaps } from './merge';
export type { RegistryOptions } from './registry';

/**
 * Finds personal data in a narrative. Pure and synchronous. The registry gives
 * the recognizers for the language (every recognizer serves both English and
 * Russian, because narratives mix them) and the packs of the configured
 * countries (all by default); each recognizer reads the same tokenised
 * document, and one merge resolves their overlaps.
 */
export function detectPii(text: string, lang?: string, options?: RegistryOptions): Span[] {
  const { recognizers, packs } = registryFor(lang, options);
  // (Read as OCR meant it: "PESEL 9106l702846" is a number; the offsets are the text's.)
  const doc = new TextDocument(ocrView(text), lang);
  const spans: Span[] = [];
  for (const recognizer of recognizers) for (const span of recognizer.analyze(doc, packs)) spans.push(span);
  addressesAfterNames(text, spans);
  codesAfterNames(text, spans);
  // (What is left of a span cut by another is kept only with a letter or a digit in it: not the bracket of "passport (75 4180293)".)
  // (Nor with the white space it was cut at: "Паспорт Ферузы AA 5182047" keeps "Ферузы", not "Ферузы ".)
  const out: Span[] = [];
  for (const span of resolveOverlaps(spans)) {
    let { start, end } = span;
    while (start < end && WHITE.test(text[start])) start++;
    while (end > start && WHITE.test(text[end - 1])) end--;
    // (And a bracket opened and not closed inside it: "(0723 418 906" is the number.)
    if (text[start] === '(' && !text.slice(start, end).includes(')')) start++;
    // (Letters left of a plate cut by a number stay: "ВН " and " ВО" around a badge's "3582" are the plate's.)
    if (!HAS_LETTER_OR_DIGIT.test(text.slice(start, end))) continue;
    // (A document's number takes the sign written right before it, "№ 0417/23", "No. 2/1187", "Nr 87/KMP/IV/24": some write
    // the sign as part of the number, and hiding it hides nothing else.)
    if (span.type === 'IDNUM') start -= numberSignBefore(text, start);
    out.push(start === span.start && end === span.end ? span : { ...span, start, end });
  }
  return joinedAcrossLineBreak(text, koreanSyllablesJoined(text, joinedAcrossDash(text, out)));
}


const WHITE = /\s/;

const NUMBER_SIGN_BEFORE = /(?:^|[^\p{L}\d])(№[^\S\n]?|N[or]\.[^\S\n]?|[Nn]r[^\S\n])$/u;
/** How many characters before `start` are a number's sign, "№ ", "No. " or "Nr ", right before it; 0 when none. */
function numberSignBefore(text: string, start: number): number {
  const c = text.charCodeAt(start - 1);
  if (start === 0 || !(c === 0x2116 || c === 0x20 || c === 0x2e)) return 0;
  return NUMBER_SIGN_BEFORE.exec(text.slice(Math.max(0, start - 5), start))?.[1].length ?? 0;
}

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export { applyRedaction } from './apply-redaction';
