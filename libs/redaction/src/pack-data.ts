import type { CountryCode } from 'libphonenumber-js/max';
import { IDENTITY_NUMBERS } from './identity-numbers';
import { COUNTRY_PACKS, type CountryPack } from './packs';
import { GIVEN_NAMES_CYRILLIC, GIVEN_NAMES_LATIN } from './data/given-names';
import { worldCityNames, worldCountryNames } from './data/world-countries';
import { transliterations } from './transliterate';
import { anyWordPattern } from './word-trie';

/** Given names (lower case): the part of a hyphenated place that is one (Нур-Султан) is not a place alone. */
const GIVEN_LOWER = new Set([...GIVEN_NAMES_CYRILLIC, ...GIVEN_NAMES_LATIN].map((n) => n.toLowerCase()));
/** Whether a word (lower case) is one of the common given names of the whole region, whatever packs are configured. */
export function commonGivenName(word: string): boolean {
  return GIVEN_LOWER.has(word);
}

/**
 * The country packs of the configured countries merged into what the
 * recognizers read: lists in a fixed order, word sets, and regular expressions
 * compiled once (one combined pattern per kind, never one per token). Pure;
 * built once per set of countries and kept (it holds no narrative data).
 */
export interface PackData {
  countries: readonly string[];
  phone: { trunk8: CountryCode[]; trunk0: CountryCode[]; national: CountryCode[] };
  /** Checksum validators of the configured countries, in a fixed order; the name is the rule's suffix. */
  validators: Array<[string, (digits: string) => boolean]>;
  /** Words that name one of those identity numbers (lower case). */
  idContext: RegExp | null;
  /** Plates of the configured countries that are plates anywhere: one pattern, one capturing group per shape. */
  plates: { standalone: RegExp | null; standaloneRules: string[]; contextual: RegExp | null; contextualRules: string[] };
  /** `endings`: the street words written joined to the street's name (straße, platz), lower case, without a full stop. */
  address: { street: ReadonlySet<string>; unit: ReadonlySet<string>; afterName: ReadonlySet<string>; prepositions: ReadonlySet<string>; streetEnding: StreetEnding | null; endings: ReadonlySet<string> };
  /** Surname and patronymic endings of the packs (Latin and Cyrillic), or null without packs. */
  nameEndings: RegExp | null;
  /** Forms of address of the packs (lower case, as written): the next word is a name. */
  titles: ReadonlySet<string>;
  /** Surnames of the packs that no ending gives away (lower case). */
  surnames: ReadonlySet<string>;
  /** Given names and diminutives of the packs, lower case, with transliterations of the Cyrillic ones. */
  given: ReadonlySet<string>;
  /** Month and weekday names, common words and the words of public bodies of the packs' languages (lower case, also without diacritics). */
  notNames: ReadonlySet<string>;
  /** Words of public bodies and places of the packs (lower case, also without diacritics): a name right after one is the body's. */
  institutions: ReadonlySet<string>;
  /** Places of the packs, lower case, also without diacritics. */
  places: ReadonlySet<string>;
  /**
   * The world's countries in English and Russian with their case forms (lower case, also without diacritics), matched
   * exactly: not cut to their parts or stems as the packs' places are, so that Даниял is no form of Дания.
   */
  countryNames: ReadonlySet<string>;
  /** A word about a car within the 60 characters before a position (the packs' words, any language). */
  vehicleContext: RegExp | null;
  /** The plate's own words written right after it, within two words (35 XO 418 plakalı, 34 ABC 123 numaralı taksi). */
  vehicleAfter: RegExp | null;
  /** One of the words about a car anywhere (what vehicleContext and vehicleAfter need; tested once per text; for `test` only). */
  vehicleName: RegExp | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A pack's word about a car: a stem (машин, tablic) as it starts a word, a short word (car, van, reg) whole, not card or region. */
const vehicleWord = (w: string) => (w.length <= 3 ? `${escape(w)}(?![\\p{L}])` : escape(w));
const fold = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');

/** Packs in the registry's order (most likely first), limited to the given countries (all when none are given). */
export function selectPacks(countries?: readonly string[]): CountryPack[] {
  if (!countries || countries.length === 0) return [...COUNTRY_PACKS];
  const wanted = new Set(countries.map((c) => c.toUpperCase()));
  return COUNTRY_PACKS.filter((p) => wanted.has(p.country));
}

function combined(shapes: Array<{ pattern: string; rule: string }>): { re: RegExp | null; rules: string[] } {
  if (shapes.length === 0) return { re: null, rules: [] };
  // Longer patterns first, so that a longer shape is tried before a shorter one at the same position.
  const ordered = [...shapes].sort((a, b) => b.pattern.length - a.pattern.length);
  const body = ordered.map((s) => `(${s.pattern})`).join('|');
  return { re: new RegExp(`(?<![\\p{L}0-9])(?:${body})(?![\\p{L}0-9])`, 'gu'), rules: ordered.map((s) => s.rule) };
}

/** The world's countries and its time zones' cities, except those that are also given names (Sofia, Jordan). */
const COUNTRY_NAMES: ReadonlySet<string> = new Set([...worldCountryNames(), ...worldCityNames()].flatMap((c) => (GIVEN_LOWER.has(c) ? [] : [c, fold(c)])));

/**
 * A word that is a street's name written as one with its street word (Lindenstraße, Lönngatan, Istedgade): a capital, at
 * least two letters, then one of the packs' endings, in any case. The endings are looked up by the word's last letters
 * (a set per length) instead of a pattern, which tried every ending at every letter of every capitalised word.
 */
export class StreetEnding {
  private readonly endings: ReadonlySet<string>;
  private readonly lengths: readonly number[];

  constructor(endings: readonly string[]) {
    this.endings = new Set(endings);
    this.lengths = [...new Set(endings.map((e) => e.length))].sort((a, b) => a - b);
  }

  /** Whether the word, as written, is a capital, two letters or more and an ending. */
  test(word: string): boolean {
    if (!CAPITAL_FIRST.test(word)) return false;
    // (The ending as written, in lower case, as the pattern this replaced asked: LINDENSTRASSE is not one.)
    for (const n of this.lengths) {
      if (word.length - n < 3) break;
      if (this.endings.has(word.slice(word.length - n)) && LETTERS.test(word.slice(1, word.length - n))) return true;
    }
    return false;
  }
}
const CAPITAL_FIRST = /^\p{Lu}/u;
const LETTERS = /^[\p{L}\p{M}]{2,}$/u;

function placeSet(places: string[], givenOfPacks: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const place of places) {
    for (const form of [place.toLowerCase(), fold(place.toLowerCase())]) {
      out.add(form);
      // Each long part of a hyphenated name (Усть-Каменогорск, Kohtla-Järve): the words are tokenised apart.
      // (Not a given name, of the lists or of a pack's: Cholpon-Ata is a town, Cholpon a woman.)
      for (const part of form.split('-')) if (part.length >= 5 && part !== form && !GIVEN_LOWER.has(part) && !givenOfPacks.has(part)) out.add(part);
      // And the last word of a name of several (Fushë Kosovë, Kapitan Andreevo, Stara Zagora): its first words are often
      // words of the language or ranks (Kapitan), so only the last is taken alone.
      const words = form.split(' ');
      const last = words[words.length - 1];
      // (Not a given name: Mirzo Ulugbek is a district, Ulugbek a man.)
      // (Six letters or more: a shorter one, Pauli of St. Pauli, would make a place of names that start with it, Paulina.)
      if (words.length > 1 && last.length >= 6 && !GIVEN_LOWER.has(last) && !givenOfPacks.has(last)) out.add(last);
    }
  }
  return out;
}

/**
 * A word with an apostrophe in every way the region types it: Uzbek writes its o‘ and g‘ with a turned comma (koʻchasi),
 * a left quote (ko‘chasi) or a plain apostrophe (ko'chasi), and a pack lists one of them.
 */
const APOSTROPHE = /['‘’ʻʼ`]/u;
export function apostropheForms(word: string): string[] {
  return APOSTROPHE.test(word) ? ["'", '‘', '’', 'ʻ', 'ʼ'].map((a) => word.replace(/['‘’ʻʼ`]/gu, a)) : [word];
}

export function compilePacks(packs: readonly CountryPack[]): PackData {
  const codes = (pick: (p: CountryPack) => boolean) => packs.filter(pick).map((p) => p.country as CountryCode);
  const named = new Set(packs.flatMap((p) => (p.identityNumbers ?? []).map((id) => id.validator)));
  const idWords = packs.flatMap((p) => (p.identityNumbers ?? []).flatMap((id) => id.context));
  const standalone: Array<{ pattern: string; rule: string }> = [];
  const contextual: Array<{ pattern: string; rule: string }> = [];
  for (const p of packs) {
    (p.plates ?? []).forEach((shape, k) => (shape.standalone ? standalone : contextual).push({ pattern: shape.pattern, rule: `plate.${p.country.toLowerCase()}${k ? `.${k + 1}` : ''}` }));
  }
  const plateStandalone = combined(standalone);
  const plateContextual = combined(contextual);
  const lowerSet = (words: string[]) => new Set(words.flatMap((w) => apostropheForms(w.toLowerCase())).flatMap((w) => [w, fold(w)]));
  const endings = [...new Set(packs.flatMap((p) => p.names?.endings ?? []).filter((e) => e.length >= 2))].sort((a, b) => b.length - a.length);
  const given = new Set<string>();
  for (const p of packs) {
    for (const name of p.names?.given ?? []) {
      const lower = name.toLowerCase();
      // Two letters are too often a word of some language (Ясь gives "as").
      const add = (form: string) => form.length >= 3 && given.add(form);
      add(lower);
      add(fold(lower));
      if (/\p{Script=Cyrillic}/u.test(name)) for (const latin of transliterations(name)) add(latin);
    }
  }
  const streetEndings = [...new Set(packs.flatMap((p) => p.address?.streetEndings ?? []).map((w) => w.toLowerCase()))];
  const vehicleWords = [...new Set(packs.flatMap((p) => p.vehicleWords ?? []).map((w) => w.toLowerCase()))];
  return {
    countries: packs.map((p) => p.country),
    phone: { trunk8: codes((p) => p.phone.trunk === '8'), trunk0: codes((p) => p.phone.trunk === '0'), national: codes((p) => p.phone.national) },
    validators: IDENTITY_NUMBERS.filter(([name]) => named.has(name as never)),
    idContext: idWords.length ? new RegExp(`(?:${[...new Set(idWords)].map(escape).join('|')})`, 'iu') : null,
    plates: { standalone: plateStandalone.re, standaloneRules: plateStandalone.rules, contextual: plateContextual.re, contextualRules: plateContextual.rules },
    address: {
      street: lowerSet(packs.flatMap((p) => p.address?.street ?? [])),
      unit: lowerSet(packs.flatMap((p) => p.address?.unit ?? [])),
      afterName: new Set(packs.flatMap((p) => p.address?.afterName ?? []).flatMap((w) => apostropheForms(w.toLowerCase()))),
      prepositions: lowerSet(packs.flatMap((p) => p.address?.prepositions ?? [])),
      streetEnding: streetEndings.length ? new StreetEnding(streetEndings) : null,
      endings: new Set(streetEndings.map((w) => w.replace(/\.$/, ''))),
    },
    titles: new Set(packs.flatMap((p) => p.names?.titles ?? []).map((w) => w.toLowerCase())),
    surnames: new Set(packs.flatMap((p) => p.names?.surnames ?? []).map((w) => w.toLowerCase())),
    nameEndings: endings.length ? new RegExp(`(?:${endings.map(escape).join('|')})$`, 'iu') : null,
    given,
    notNames: lowerSet(packs.flatMap((p) => [...(p.notNames ?? []), ...(p.commonWords ?? []), ...(p.institutions ?? [])])),
    institutions: lowerSet(packs.flatMap((p) => p.institutions ?? [])),
    // (And the world's countries, whichever packs are configured: except those that are also given names.)
    places: placeSet(packs.flatMap((p) => p.places ?? []), given),
    countryNames: COUNTRY_NAMES,
    vehicleContext: vehicleWords.length ? new RegExp(`(?:^|[^\\p{L}])(?:${vehicleWords.map(vehicleWord).join('|')})[^.!?\\n]{0,40}$`, 'iu') : null,
    vehicleAfter: vehicleWords.length ? new RegExp(`^\\s?(?:\\p{L}+\\s){0,2}(?:${vehicleWords.map(vehicleWord).join('|')})`, 'iu') : null,
    vehicleName: vehicleWords.length ? anyWordPattern(vehicleWords, 'iu') : null,
  };
}

const compiled = new Map<string, PackData>();

/** The merged data of the given countries (all packs when none are given), compiled once per set of countries. */
let everyPack: PackData | undefined;

export function packData(countries?: readonly string[]): PackData {
  if (!countries || countries.length === 0) return (everyPack ??= compilePacks(COUNTRY_PACKS));
  const packs = selectPacks(countries);
  const key = packs.map((p) => p.country).join(',');
  let data = compiled.get(key);
  if (!data) compiled.set(key, (data = compilePacks(packs)));
  return data;
}
