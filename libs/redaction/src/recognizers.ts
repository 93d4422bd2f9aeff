import { detectAddressChunks } from './address-chunk.detector';
import { detectAddresses, housesBeforeStreets, joinAdjacentAddresses, notAnInitialAndAge, registerHouseNumbers, streetsWithoutKeyword, withSurroundings } from './address.detector';
import type { TextDocument } from './document';
import type { PackData } from './pack-data';
import { detectEmails } from './email.detector';
import { detectHandles } from './handle.detector';
import { detectIdNumbers } from './id-number.detector';
import { detectPersons, plainDictionaryWord } from './person.detector';
import { detectPhones } from './phone.detector';
import { detectPlates } from './plate.detector';
import { plateColumns, staffColumns } from './table-columns';
import type { PiiType, Span } from './types';

/**
 * One recognizer per kind of personal data, in the manner of Presidio: its
 * patterns, context words and validation together (in the detector module it
 * names, one file per kind: `<kind>.detector.ts`), reading the shared document and the configured countries' packs.
 */
export interface Recognizer {
  readonly kind: PiiType;
  /** The narrative languages it serves; none listed: every language (narratives mix them). */
  readonly languages?: readonly string[];
  analyze(doc: TextDocument, packs: PackData): Span[];
}

export const RECOGNIZERS: readonly Recognizer[] = [
  { kind: 'EMAIL', analyze: (doc) => detectEmails(doc.text) },
  { kind: 'HANDLE', analyze: (doc) => detectHandles(doc.text) },
  { kind: 'IDNUM', analyze: (doc, packs) => detectIdNumbers(doc.text, packs, doc) },
  { kind: 'PHONE', analyze: (doc, packs) => detectPhones(doc.text, packs, doc) },
  // (And a table's column of plates or of its writers' initials, by its header: see table-columns.ts.)
  { kind: 'PLATE', analyze: (doc, packs) => [...detectPlates(doc.text, packs, doc), ...plateColumns(doc.text)] },
  // Street patterns (the region's common forms) and keyword anchors (each country's words, from its pack).
  // (An address that ends in a postal code takes the town after it: Potsdamer Str. 171, 10783 Berlin; one after its label
  // and its town takes the town: "по адресу: г. Москва, ул. Перерва, д. 52"; a floor takes its side: Istedgade 88, 4. tv.)
  // (And two found apart with only ". " between, a house and its floor: Népszínház utca 42. II. em. 7.; and the town after
  // a comma: Lāčplēša iela 87-14, Rīga; and the town between its label and the street: по адресу Москва, ул. …; and the
  // district before a numbered quarter: чиланзар 19 квартал)
  {
    kind: 'ADDRESS',
    analyze: (doc, packs) =>
      joinAdjacentAddresses(
        doc.text,
        [...detectAddresses(doc.text, doc), ...detectAddressChunks(doc.text, packs), ...registerHouseNumbers(doc.text, plainDictionaryWord), ...streetsWithoutKeyword(doc.text, doc.digitRunStarts, plainDictionaryWord, packs), ...housesBeforeStreets(doc.text)]
          .filter((span) => notAnInitialAndAge(doc.text, span))
          .map((span) => withSurroundings(doc.text, span, packs, plainDictionaryWord)),
      ),
  },
  { kind: 'PERSON', analyze: (doc, packs) => [...detectPersons(doc.text, packs, doc), ...staffColumns(doc.text)] },
];
