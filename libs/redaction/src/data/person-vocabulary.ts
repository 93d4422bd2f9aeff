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
  /**
   * Terms of respect after a name declined as Russian nouns (Шоиру опу, Мукаддам-опы, Мехмета-бея). After a hyphen they say the
   * word before is a name; after a space only a name already found takes them, as "Телефон апы" is her aunt's phone.
   */
  honorificsDeclined?: string[];
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
  /** More words for a business written after its name, besides `businesses` (the Solomiia kiosk, the Bovary club, Марина Молл). */
  businessesAfterName?: string[];
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
  /** First words of places' names (new, old, great, upper, white): a name of two words starting with one is a place (Spišská Nová Ves). */
  placeFirstWords?: string[];
  /** First words of places' names joined to the rest by a hyphen (Ak-Buura, Кара-Балта, Sary-Arka, Ала-Арча): not before a space, "Ala Nowak". */
  placeFirstWordsHyphenated?: string[];
  /** A street's, a square's or a quarter's word written after its namesake's whole name (Klara Zetkin Street, улица Ленина is streetBefore). */
  streetAfter?: string[];
  /** Words for how many or which people in a list of who was there (all, both, остальные): no one's name. */
  listWords?: string[];
  /** The writer and her own (me, we, сама): in a list of who was there or a chat's writer, no name. */
  selfWords?: string[];
  /** Verbs that give a name, right before it or a pronoun and it (звали бек, зовут её «мышка»). */
  calledVerbs?: string[];
  /** Pronouns between such a verb and the name (звали его хромой). */
  calledPronouns?: string[];
  /** What follows such a verb and is no name: where one is called to, who calls (их звали домой, так его зовут все). */
  notCalled?: string[];
  /** What befalls a person named in the dative right before it (юле удалось, Ане должны). */
  dativePredicates?: string[];
  /** Verbs done to a person, before her name in notes without capitals (met mane, call vera). */
  personObjectVerbs?: string[];
  /** Who speaks or what part of a record follows, before a colon in a transcript or minutes (Судья:, Witness:, Exhibits:): no name. */
  speakerLabels?: string[];
  /**
   * Applicants of published judgments and views that lawyers cite, before "v." or "против" and the State (Opuz v. Turkey,
   * «Володина против России»): public case law, not a person of the narrative. Only there: Volodina is a surname too.
   */
  judgmentNames?: string[];
  /** Things a person has, before her name in the genitive in notes without capitals (телефон розы, паспорт веры). */
  possessionNouns?: string[];
  /** Labels of who a case is handed to, a body as often as a person (Передано: ANITP). */
  handedToLabels?: string[];
  /** Ordinals and words for who is counted, not named ("Второй, фамилию не назвал", "the second, name unknown"). */
  ordinals?: string[];
  /** What a name tag or badge may be said to read that is no one's name (unknown, nothing, номер). */
  notOnTag?: string[];
  /** Modal verbs that a verb follows as it follows a name (our client may also be reached): never a lower-case name. */
  modalVerbs?: string[];
  /** Past participles of what is done to a person, after "was" or "were" ("Anahit was stopped"): the subject is one. */
  passiveParticiples?: string[];
  /** Words for a settlement before "of" and its name: "the village of Krasnoye" names a place. */
  settlementsOf?: string[];
  /** Ranks and police roles in their cases: a surname follows them, in notes even in lower case (капитан петров). */
  ranks?: string[];
  /** Words for a nickname, after which the next word is one even in lower case (по кличке хромой, nicknamed shorty). */
  nicknameNouns?: string[];
  /** Pronouns, prepositions and verbs that follow a word for a nickname and are none ("кличка у него", "nickname of"). */
  notNicknames?: string[];
  /** Conjunctions that join names ("she and balnur"); not one-letter ones, which are articles too. */
  nameJoining?: string[];
  /** Prepositions after which a surname-shaped word is a town ("my dad in Sabinov"). */
  townPrepositions?: string[];
  /** Words for a monument, before the person it shows ("у памятника Пушкину", "the statue of Lenin"). */
  monumentWords?: string[];
  /** Articles: a word after one is a thing or a role (the Bishop said), not a name. */
  articles?: string[];
  /** Words for a saint before a name (Saint George, Sf. Maria, Sveti Nikola, Свети Георги); not Sveta, Света, a given name too. */
  saints?: string[];
  /** Prepositions of a date (and verbs of celebrating) before a saint's day or a holiday (on Sv. Petka, на Святого Николая, po Sv. Janu). */
  datePrepositions?: string[];
  /** Words for a day written after a saint's or a holiday's name (Saint George's Day, Novruz Bayramı). */
  dayAfter?: string[];
  /** Words for a day before the capitalised name of a holiday (День Победы, Дня Независимости). */
  dayBefore?: string[];
  /** A venue's word in the nominative (or in a language without cases): the capitalised word right after it is its name (club Pacha, кафе «Жулдыз»). */
  venuesNamed?: string[];
  /** Words before a quoted name that name someone by it: hurried English (everybody call him "Big Kim"), a contact saved in a phone (записана на «Наталія Р.», saved as), what her own call her (среди своих «Лиса»). Only before a quote, unlike namingCues. */
  quoteNamingVerbs?: string[];
  /** Words of a message or a payment, before "от" and the one it came from (смс от Дильноры). */
  messageWords?: string[];
  /** Verbs a month or a day is the subject of as well as a person: "Friday came and went", "May passed". */
  timeVerbs?: string[];
  placeSuffixesLatin?: string[];
  placeSuffixesCyrillic?: string[];
}

/** The words of a list written one after another (spaces and line breaks between them). */
export function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}
