import { TextDocument } from './document';
import { resolveOverlaps } from './merge';
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
  return resolveOverlaps(spans);
}

export { applyRedaction } from './apply-redaction';
