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
  /** Nouns for a person after which a name stands in apposition, after a comma (another woman, Mimi): no cue without the comma. */
  appositionNouns?: string[];
  titles?: string[];
  honorificsAfter?: string[];
  verbs?: string[];
  placeBefore?: string[];
  placeAfter?: string[];
  /** Words between a place's name and its kind (Didube bus station, Charité emergency department). */
  placeModifiers?: string[];
  /** Words of a street or a station before its name: a given name after one names the street (проспект Мира). */
  streetBefore?: string[];
  /** Words before a quoted name that is a car (белый «Ланос») or a place (рынка «Барабашово»), never a nickname. */
  quotedThings?: string[];
  /** Words for a business (sauna, café, kiosk): a name right after one, or in quotes after one, is the business's (Sauna Lyudmila). */
  businesses?: string[];
  /** The same words that name a business only with its name in quotes (the bar "Drita", магазин «Зарина»): bare, a person may follow. */
  businessesQuoted?: string[];
  /** Labels of a form's or a list's field followed by a colon, after which a name is written (Witness: Ajsel, SURNAME: IVANOVA). */
  formLabels?: string[];
  calendar?: string[];
  holidaysAlsoNames?: string[];
  calendarShort?: string[];
  /** Abbreviated weekdays, never a name even with a capital ("came Tue"); abbreviated months may be (Jan, Jun). */
  weekdaysShort?: string[];
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
