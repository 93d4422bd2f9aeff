import { detectPii } from './detect';
import type { Span } from './types';

export type DetectResult = Span[] | { error: string };

/**
 * A detector thread's task (see DetectorPool): the spans of each text, or why
 * it could not be read, per text, so that one bad narrative does not fail
 * the others. The error says what failed, never what the text said.
 */
export default function detectTexts(texts: string[]): DetectResult[] {
  return texts.map((text) => {
    try {
      return detectPii(text);
    } catch (error) {
      return { error: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : 'detector failed' };
    }
  });
}
