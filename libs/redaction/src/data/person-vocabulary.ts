/**
 * The words the person recognizer reads, per language: one module per
 * language (person-words.en.ts, person-words.ru.ts, person-words.turkic.ts),
 * merged in person-words.ts (narratives mix languages). Words tied to one
 * country (its forms of address, its street words) are in that country's pack
 * (../packs). All lower case.
 */
export interface PersonVocabulary {
  /** ISO 639-1 codes of the languages. */
  language: string;
  cuesBefore?: string[];
  namingCues?: string[];
  titles?: string[];
  honorificsAfter?: string[];
  verbs?: string[];
  placeBefore?: string[];
  placeAfter?: string[];
  calendar?: string[];
  calendarShort?: string[];
  monthsAlsoNames?: string[];
  monthBefore?: string[];
  virtues?: string[];
  everydayWords?: string[];
  abbreviations?: string[];
  notNames?: string[];
  sentenceStartWords?: string[];
  placeSuffixesLatin?: string[];
  placeSuffixesCyrillic?: string[];
}

/** The words of a list written one after another (spaces and line breaks between them). */
export function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}
