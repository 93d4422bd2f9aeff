/**
 * What the detector knows about one country, as data: adding a country is
 * adding one `<code>.pack.ts` file (and its examples in packs.spec.ts). The
 * registry (../registry.ts) merges the packs of the configured countries; the
 * recognizers (../recognizers/) read only the merged result.
 */
export type IdValidator = 'iin' | 'pesel' | 'egn' | 'jmbg' | 'cnp' | 'idnp' | 'baltic' | 'inn' | 'snils' | 'tc-kimlik' | 'rodne-cislo' | 'korean-registration' | 'pin' | 'oib' | 'hu-personal' | 'se-personnummer' | 'no-fodselsnummer' | 'fi-hetu' | 'nl-bsn' | 'gb-nhs' | 'es-dni' | 'it-codice-fiscale' | 'gr-amka';

export interface PlateShape {
  /**
   * A regular expression source for the whole plate, without capturing groups
   * or anchors (the recognizer adds the word boundaries). `\s?` between groups
   * so that every spacing variant matches.
   */
  pattern: string;
  /** Distinctive enough to be a plate anywhere; otherwise only near a word about a car. */
  standalone: boolean;
}

export interface CountryPack {
  /** ISO 3166-1 alpha-2. */
  country: string;
  name: string;
  phone: {
    /** The national trunk prefix a number is written with ('0', '8'), or none. */
    trunk: '0' | '8' | null;
    /** Tried for numbers without a country code (most likely countries first in the registry order). */
    national: boolean;
  };
  /** Personal identity numbers with a checksum (validated without any keyword nearby), and the words that name them. */
  identityNumbers?: Array<{ validator: IdValidator; context: string[] }>;
  plates?: PlateShape[];
  address?: {
    /** Words that name a street, square, block or district (lower case, without the full stop of an abbreviation). */
    street?: string[];
    /** Endings of a street's name written as one word with it (Lindenstraße, Hauptstr.): a capitalised word ending so is a street word. */
    streetEndings?: string[];
    /** Words of a house, entrance, floor, flat, room or dormitory, written next to its number. */
    unit?: string[];
    /** Words written right after a street's or district's name (Atatürk caddesi, Brīvības iela): that name is no person. */
    afterName?: string[];
    /**
     * Street or unit words (of `street` or `unit`) that are prepositions or common words too, in lower case: keywords only
     * with their full stop ("per. Aptekarsky 7", "pod. 3"), or a unit's word right before its number or letter ("Абая 150
     * под 4"); not in prose ("2,000 per night", "ул. Ленина 5, под угрозой").
     */
    prepositions?: string[];
  };
  names?: {
    /** Endings of surnames and patronymics (lower case, in every script used there). */
    endings?: string[];
    /** Common given names and their diminutives (any case; Cyrillic ones are transliterated by the registry). */
    given?: string[];
    /** Forms of address written before a name (pani, gospođa): the next word is a name. */
    titles?: string[];
    /**
     * Common surnames that no ending gives away (Kim, Lee, Park, Пак), in the scripts used for them: capitalised, a name; with
     * the short syllables of a given name after them (Пак Сон Хо, Lee Jae Won), the whole name.
     */
    surnames?: string[];
  };
  /** Month and weekday names and the holidays (Vidovdan, Jāņi, Наурыз) in the local languages: capitalised, they look like names. */
  notNames?: string[];
  /**
   * Other words of the local languages that narratives capitalise (German nouns, form labels, a shop's or a quarter's name)
   * and that are never a name alone: kept apart from the months so that the lists say what they hold.
   */
  commonWords?: string[];
  /** Words of public bodies and places in the local languages (police, department, hospital, station): never a name. */
  institutions?: string[];
  /** Cities, towns and districts (hard negatives: a place is not a person), in every script used there. */
  places?: string[];
  /** Words (or word beginnings) that say a car is being talked about: the plate shapes that need it look right after them. */
  vehicleWords?: string[];
}
