import type { ReactNode } from 'react';

/**
 * The text with each hyphenated word (a case reference such as KZ-X9MNEN) in a
 * span that does not break at its hyphen, so that a narrow phone shows it on
 * one line; the text itself, and what a screen reader reads, are unchanged.
 */
export function keepTogether(text: string): ReactNode[] {
  return text.split(/(\S*[\p{L}\d]-[\p{L}\d]\S*)/u).map((part, k) => (k % 2 === 1 ? <span key={k} className="no-break">{part}</span> : part));
}
