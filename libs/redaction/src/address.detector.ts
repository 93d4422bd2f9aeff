import { capitalised, isDigitCode, isLetter, matchesAt, TextDocument } from './document';
import { foldDiacritics } from './name-signals';
import { CURRENCY_WORD } from './data/currencies';
import { lowerCaseAreaBefore } from './address-chunk.detector';
import { carMake } from './plate.detector';
import { commonGivenName, type PackData } from './pack-data';
import { GIVEN, mayBeGivenForm } from './person-lexicon';
import { NUMBER_WORDS_SOURCE } from './spoken-phone';
import type { Span } from './types';

/**
 * The address patterns, written with L and M as the contents of a character
 * class for letters and combining marks: \p{L} and \p{M} in general, or the
 * same classes cut to U+0000-U+052F (Latin and Cyrillic with Kazakh letters),
 * which V8 matches much faster. The cut set is used only on texts with no
 * letter or mark beyond it, where both sets match exactly the same.
 */
function buildPatterns(L: string, M: string) {
  const W = `[${L}][${L}${M}'’]*(?:-\\d{1,3}[${L}]?)?`; // a street-name word, maybe numbered (Aksay-4, Орбита-3)
  const NUM_WORD = `\\d{1,3}(?:th|st|nd|rd|-й|-я|-е|-ое|-ая|-ий|-ый|-ой|-ші|-шы)?`; // 14th mkr, ул. 3-е Почтовое отделение
  const NAME = `(?:${W}|${NUM_WORD})(?:[ ](?:${W})){0,2}`;
  const HOUSE = `\\d{1,4}[${L}]?(?:\\s?[/-]\\s?\\d{1,4}[${L}]?)?`;
  // (After a district's word, never a house ending inside a word: "district, 20th khoroo" has no house 20t.)
  const HOUSE_WHOLE = `${HOUSE}(?![${L}]{2})(?!(?<=[${L}])[${L}])`;
  const BEFORE_KW = `(?:mkr\\.?|mkrn\\.?|ул\\.?|улица|пр\\.|пр-т|просп\\.?|проспект|мкр\\.?|микрорайон|мкрн\\.?|бульвар|б-р|пер\\.|переулок|шоссе|тупик|пл\\.|площадь|наб\\.|набережная|жк|ЖК)`;
  // (And a Russian street's word after its adjective: "Фонтанская дорога, 58/2", "Варшавское шоссе 12", "Kuldzhinsky trakt 40".)
  const AFTER_KW = `(?:street|st\\.?|str\\.?|ave\\.?|avenue|road|rd\\.?|lane|boulevard|blvd\\.?|microdistrict|mkr\\.?|mkrn\\.?|district|m\\/d|дорог(?:а|е|и|у|ой)|шоссе|тракт|trakt|көшесі|к-сі|даңғылы|шағын\\s+ауданы|ықшам\\s+ауданы|ш\\.а\\.)`;
  const UNIT_KW = `(?:кв\\.?|квартира|kv\\.?|apt\\.?|apartment|flat|офис|оф\\.|office|подъезд|под\\.|пәтер|блок|block|bldg\\.?|building|корпус|корп\\.?|к\\.|д\\.|дом|house|room|комн\\.?|комната|этаж|floor|entrance)`;
  // (A block or a building may be a letter alone: "Inasaridze st 4, block C, apt 1912".)
  // (Or a floor by its name: "Tole Bi St 189, ground floor".)
  // (Or its South Slavic or Polish name, "Vizantijski bulevar 88, prizemlje"; a Petersburg building's letter, "д. 18, лит. Б";
  // a building's number glued to its "k", "41 k3 kv 207".)
  const UNIT = `(?:(?:ground|top|first|second|third|basement)\\sfloor|(?:prizemlje|приземље|suteren|сутерен|potkrovlje|mansarda|мансарда|parter)(?![${L}])|(?:лит\\.?|литера)\\s?[А-Я](?![${L}\\d])|(?<=\\s)k\\d{1,2}(?![${L}\\d])|${UNIT_KW}\\s?№?\\s?\\d{1,4}(?:[${L}](?![${L}]))?|(?:block|блок|bldg\\.?|building|корпус|korpus)\\s[A-ZА-Я](?![${L}\\d])|\\d{1,4}[${L}]?[ -]?${UNIT_KW}(?![${L}]))`;
  const UNITS = `(?:,?\\s?${UNIT})*`;
  const UNITS1 = `(?:,?\\s?${UNIT})+`;

  /**
   * Sticky patterns, tried only where a word starts within REACH characters of a
   * digit (every address has a house, flat or block number after at most a
   * keyword and a three-word name), instead of at every position of the text.
   */
  const patterns: Array<[RegExp, string, number, Anchor | null]> = [
    // ул. Байтурсынова 112; мкр. Орбита-3, д. 21, кв. 64; пр. Достык 132, офис 405
    [new RegExp(`(?<![${L}\\d])${BEFORE_KW}\\s?${NAME},?\\s(?:д\\.\\s?)?${HOUSE}${UNITS}`, 'yu'), 'address.street-keyword', 0.95, null],
    // Seifullin ave 531, apt 40; Aksay-4 microdistrict, 27, apt 81; 14th mkr, building 51, flat 22
    // (the white space before the keyword, after a name of at most three words: two spaces in it)
    [
      new RegExp(`(?<![${L}\\d])${NAME}\\s${AFTER_KW},?\\s(?:${HOUSE_WHOLE}${UNITS}|${UNIT}${UNITS})`, 'yiu'),
      'address.street-suffix',
      0.9,
      { re: new RegExp(`\\s(?=${AFTER_KW},?\\s)`, 'giu'), spaces: 2 },
    ],
    // Жандосова 58, кв. 104; Toraigyrov 64, flat 9; Кенесары 40, 3 подъезд; Dzhal-29, bldg 7, apt 33
    // (the white space before the house number and its first unit, after the name and maybe a space and a comma: three spaces)
    [
      new RegExp(`(?<![${L}\\d])${NAME}\\s?,?\\s${HOUSE}${UNITS1}`, 'yu'),
      'address.house-unit',
      0.85,
      { re: new RegExp(`\\s(?=${HOUSE},?\\s?${UNIT})`, 'gu'), spaces: 3 },
    ],
    // (the comma after the one word, before a unit)
    [new RegExp(`(?<![${L}\\d])${W},\\s${UNIT}${UNITS}`, 'yu'), 'address.named-block', 0.8, { re: new RegExp(`,(?=\\s${UNIT})`, 'gu'), spaces: 0 }],
  ];
  // (A house with a building and a flat: 15/2-44.)
  // (Or with its building's к and number joined, "Люблинской 157к2".)
  const bare = new RegExp(`(?<![${L}\\d])(${W})\\s(\\d{1,4}(?:к\\d{1,2}|[${L}])?(?:\\s?[/-]\\s?\\d{1,4}[${L}]?){0,2})(?![${L}\\d])`, 'yu');
  // (the white space between the one word and the number)
  const bareAnchor: Anchor = { re: /\s(?=\d)/g, spaces: 0 };
  return { patterns, bare, bareAnchor };
}

/**
 * A part every match of a pattern has (matched by `re`, global, one character
 * long, with what must follow it as a lookahead), and the most white-space
 * characters a match can have between its start and that part.
 */
interface Anchor {
  re: RegExp;
  spaces: number;
}

/**
 * The starts (in order) at which a pattern with this anchor can match: those
 * before an anchor with at most `spaces` white-space characters between. The
 * others cannot match, so trying only these finds the same matches.
 */
function startsBeforeAnchors(text: string, starts: readonly number[], anchor: Anchor): number[] {
  const out: number[] = [];
  const { re, spaces } = anchor;
  let k = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && k < starts.length; m = re.exec(text)) {
    const q = m.index;
    // Back from the anchor to just after the (spaces + 1)-th white-space character before it (each character is
    // passed by at most spaces + 1 anchors, which are white space or followed by it: linear).
    let lo = q;
    for (let seen = 0; lo > 0; lo--) {
      if (whiteSpace(text.charCodeAt(lo - 1))) {
        if (seen === spaces) break;
        seen++;
      }
    }
    while (k < starts.length && starts[k] < lo) k++;
    while (k < starts.length && starts[k] < q) out.push(starts[k++]);
  }
  return out;
}

const WHITE = /\s/;
/** As /\s/ for one UTF-16 code unit. */
function whiteSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return WHITE.test(String.fromCharCode(c));
}

/** The members of a one-character class below U+0530, as character-class ranges. */
function rangesBelow0530(re: RegExp): string {
  let out = '';
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  for (let c = 0, start = -1; c <= 0x530; c++) {
    const member = c < 0x530 && re.test(String.fromCharCode(c));
    if (member && start < 0) start = c;
    if (!member && start >= 0) {
      out += start === c - 1 ? hex(start) : `${hex(start)}-${hex(c - 1)}`;
      start = -1;
    }
  }
  return out;
}

const GENERAL = buildPatterns('\\p{L}', '\\p{M}');
const LATIN_CYRILLIC = buildPatterns(rangesBelow0530(/\p{L}/u), rangesBelow0530(/\p{M}/u));
/** A letter or mark beyond U+052F: the text needs the general patterns. */
const BEYOND = /^(?=[^\u0000-\u052f])[\p{L}\p{M}]$/u;
const beyondCodes = new Map<number, boolean>();
/** As /(?=[^\u0000-\u052f])[\p{L}\p{M}]/u.test(text), from the character codes (each code point beyond U+052F asked once). */
function beyond(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x530) continue;
    const cp = text.codePointAt(i)!;
    let answer = beyondCodes.get(cp);
    if (answer === undefined) beyondCodes.set(cp, (answer = BEYOND.test(String.fromCodePoint(cp))));
    if (answer) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}

/** Cheap tests that must pass before a pattern's expensive regex runs at all. */
const HAS_BEFORE_KW = /(?:^|[\s(,])(?:ул|улица|пр|пр-т|просп|проспект|мкр|мкрн|микрорайон|бульвар|б-р|пер|переулок|шоссе|тупик|пл|площадь|наб|набережная|жк|mkr|mkrn)[.\s]/iu;
const HAS_AFTER_KW = /\s(?:street|st|str|ave|avenue|road|rd|lane|boulevard|blvd|microdistrict|mkr|mkrn|district|m\/d|дорога|шоссе|тракт|trakt|көшесі|к-сі|даңғылы|шағын|ықшам|ш\.а)[.,\s]/iu;
const HAS_UNIT = /(?:кв|квартира|kv|apt|apartment|flat|офис|оф|office|подъезд|под|пәтер|блок|block|bldg|building|корпус|корп|к|д|дом|house|room|комн|комната|этаж|floor|entrance)\.?\s?№?\s?\d|\d[\p{L}]?[ -]?(?:подъезд|пәтер|этаж|floor|entrance|кв|apt|flat)/iu;
const HAS_COMPOUND_HOUSE = /\d\s?[/-]\s?\d|\d[\p{L}](?![\p{L}])/u;
const PREFILTER: Record<string, RegExp> = {
  'address.street-keyword': HAS_BEFORE_KW,
  'address.street-suffix': HAS_AFTER_KW,
  'address.house-unit': HAS_UNIT,
  'address.named-block': HAS_UNIT,
};

/** Every address has a house, flat or block number after at most a keyword and a three-word name. */
const REACH = 120;

const STREET_WORD = /^(?:street|st|str|ave|avenue|road|rd|lane|boulevard|blvd|microdistrict|mkr|mkrn|district|көшесі|даңғылы)$/iu;
const LEAD_WORDS = /^(?:at|on|in|to|near|from|lives|live|living|moved|the|a|her|his|flat|apartment|house|building|на|в|по|у|к|с|со|из|от|возле|около|живу|живёт|живет|квартира|квартиру|квартире|адрес|адресу|дом|дома)$/iu;

/** (Case-sensitive, so that the street's words must be capitalised: only a cue's first letter may be either.) */
// (Or a dwelling's word before "on" or "at": "some house on Rustaveli 12", "квартира на Низами, 45".)
const STRONG_CUES = `(?:\\b(?:[Ll]ives?|[Ll]ived|[Ll]iving|[Ss]tays?|[Ss]tayed|[Ss]taying|[Rr]ents?|[Rr]ented|[Rr]enting|[Rr]esid(?:es?|ed|ing)|[Rr]egistered)\\s+(?:a\\s+(?:room|flat)\\s+)?at|\\b(?:house|flat|apartment|dormitory|hostel)\\s+(?:on|at)|(?<![\\p{L}])(?:квартир[аеуы]|дом|доме|общежити[ея])\\s+на|\\b[Aa]ddress(?:\\s+(?:is|was)(?:\\s+given\\s+as)?|\\s+(?:for|of)(?:\\s+\\p{Ll}+){1,3}\\s*:)?(?:\\s*:)?|(?<![\\p{L}])(?:[Аа]дрес[уе]?(?:\\s+(?:её\\s+|его\\s+)?\\p{Ll}{3,}(?:а|я|ы|и))?(?:\\s*:)?|(?:живёт|живет|живу|жила|жил|живут|жили)\\s+на))`;
const STRONG_CUE = new RegExp(STRONG_CUES, 'gu');
const PERSON_STREET_TEST = /(?:[ćč]a|ћа) (?:\d|bb|бб)/u;
// (With the flat, the entrance and the floor after it: "22, stan 4", "22, drugi sprat", "14/3, 2. kat".)
const BALKAN_UNITS = String.raw`(?:,? (?:(?:stan|ulaz|sprat|kat|lokal|kontejner|baraka|стан|улаз|спрат|локал)\.? ?\d{1,4}[a-z]?|(?:\d{1,2}\.|prizemlje|prvi|drugi|treći|treci|četvrti|cetvrti|peti) (?:sprat|kat)))*(?![\p{L}\d])`;
const PERSON_STREET = new RegExp(String.raw`(?=\p{Lu})(?<![\p{L}\d])(?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}*(?:[ćč]a|ћа) (?:\d{1,4}[a-zа-ш]?(?:\/\d{1,3})?|bb|бб)${BALKAN_UNITS}`, 'gu');
/** (Case-sensitive: "bb" in lower case after capitalised words.) */
const BIY_STREET_TEST = / (?:би|bi|батыр|batyr) \d/iu;
const BIY_STREET = /(?<![\p{L}\d])(?:\p{Lu}[\p{L}-]{2,} (?:bi|batyr|Bi|Batyr)|\p{Script=Cyrillic}[\p{Script=Cyrillic}-]{2,} (?:би|батыр|Би|Батыр)) (?!(?:19|20)\d\d(?!\d))\d{1,4}[а-яa-z]?(?:\/\d{1,3})?(?![\p{L}\d]|[.,]\d)/gu;
const NUMBERLESS_TEST = / (?:bb|бб)(?![\p{L}\d])/u;
/** A street's name as the South Slavic languages make it, an adjective or a genitive (Partizanska, Njegoševa, Ribnička). */
const BALKAN_STREET_SHAPE = /(?:ska|ška|čka|ćka|cka|ski|ški|čki|ćki|ova|eva|ina|ića|iča|ога|ева|ска)$/u;
const BALKAN_STREET_WORD = /^(?:Trg|Ulica|Bulevar|Put|Naselje|Obala|Šetalište|Setaliste|Трг|Улица|Булевар|Пут|Насеље) /u;
const NUMBERLESS_STREET = new RegExp(String.raw`(?<![\p{L}\d])((?:\p{Lu}[\p{Ll}\p{M}]+ ){0,2}(\p{Lu}[\p{Ll}\p{M}]{3,})) (?:bb|бб)${BALKAN_UNITS}`, 'gu');
const LIVES_BARE = /(?<![\p{L}])(?:живёт|живет|живу|жила|жил|живут|жили|lives|lived)(?=\s+\p{Lu})/giu;
const HOUSE_AND_FLAT_END = /\d\p{L}?-\d{1,4}$/u;
/** Sticky: tried right after a cue. */
const CUED_STREET = new RegExp(
  `\\s+((?:\\p{Lu}[\\p{L}\\p{M}'’-]+\\s){0,2}\\p{Lu}[\\p{L}\\p{M}'’-]+,?\\s\\d{1,4}\\p{L}?(?:[/-](?:\\d{1,4}\\p{L}?|\\p{Lu}))?)(?![\\p{L}\\d]|[/.:-]\\d|\\s(?:years?|months?|weeks?|days?|nights?|лет|год|года|месяц|недел|дн|ноч))`,
  'uy',
);

/**
 * A house number (not a year), one to three capitalised words and an English street's word, as written (41 Cranley Gardens);
 * a word that names more than streets only before a comma and the town, "112 Green Lanes, London", "18 The Broadway,
 * Southall" (not "500 Canary Wharf offices", "a 7 Day Travel Pass").
 */
const HOUSE_FIRST =
  /(?<![\p{L}\d.,:/-])(?!(?:19|20)\d\d\s)\d{1,4}[A-Za-z]?,?\s(?:\p{Lu}[\p{L}\p{M}'’-]+\s){1,3}(?:(?:Street|Road|Avenue|Lane|Gardens|Close|Drive|Crescent|Terrace|Grove|Mews|Row|Parade|Place|Square|Way|Court|Walk|(?:St|Rd|Ave)\.?)(?![\p{L}])|(?:Lanes|Hill|Quay|Wharf|Circus|Embankment|Pass|Broadway|Vale|Heights|Approach|Esplanade|Promenade|Boulevard|Passage)(?=,[^\S\n]\p{Lu}))/uy;
/** A flat's word and number (or letter) right before (Flat 3, 41 Cranley Gardens; Flat B, 14 Derringham Street). */
const FLAT_BEFORE = /(?:Flat|Apartment|Apt\.?|Room|Unit)\s(?:\d{1,4}[A-Za-z]?|[A-Z]),\s$/u;

/** Words that introduce a place where someone lives or works. */
// (Or a dwelling's word and a comma, "her own flat, Sõle 47-12", and a Czech or Slovak residence's, "trvalý pobyt Jesenná 1172/8".)
const CUE = /(?:\b(?:at|on|address|lives at|live at|living at|flat,|room,|pobyt|bydliště|bydlisko)|(?:^|[\s(])(?:на|адрес|адресу|по адресу|живёт на|живет на|живу на))\s*:?\s*$/iu;

const KOREAN_UNIT_TEST = /\d-(?:dong|дон|gil|гиль|ho|хо)(?![\p{L}])/u;
const KOREAN_HO = String.raw`\d{1,4}-(?:ho|хо)`;
const KOREAN_FLAT = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:(?:[«"“]\p{Lu}[\p{L}\p{M} -]{1,24}[»"”]|\p{Lu}[\p{Ll}\p{M}]{2,}),?[^\S\n])?\d{1,4}-(?:dong|дон)[^\S\n]?${KOREAN_HO}(?![\p{L}\d])` +
    String.raw`|(?<![\p{L}\d-])\p{Lu}[\p{Ll}\p{M}]{1,}(?:-\p{L}[\p{Ll}\p{M}]+)?[^\S\n]\d{1,3}-(?:gil|гиль)[^\S\n]\d{1,4}(?:-\d{1,3})?(?:,[^\S\n]?(?:${KOREAN_HO}|B\d{1,2}))?(?![\p{L}\d])`,
  'gu',
);

/**
 * Street-level addresses in Russian, Kazakh and English: a street keyword
 * before or after the name with a house number, or a name and house number
 * followed by a flat, entrance, office or block, or (after "at", "на",
 * "адрес") a name with a house number like 52/1 or 48-17.
 */
export function detectAddresses(text: string, doc: TextDocument = new TextDocument(text)): Span[] {
  const out: Span[] = [];
  // An address dictated and written down in words, its house's or its flat's word before the number ("улица гоголя дом сто
  // двадцать семь квартира шесть", "на улице конституции двести один квартира восемнадцать").
  if (SPOKEN_STREET_WORD.test(text)) {
    SPOKEN_ADDRESS.lastIndex = 0;
    for (let m = SPOKEN_ADDRESS.exec(text); m !== null; m = SPOKEN_ADDRESS.exec(text)) {
      if (m[1] !== undefined || m[2] !== undefined) out.push({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS', rule: 'address.spoken', confidence: 0.7 });
    }
    for (const m of text.matchAll(SPOKEN_NAME_FIRST)) out.push({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS', rule: 'address.spoken', confidence: 0.65 });
  }
  // (Or a street's capitalised name, a comma, its house in words, then a flat's, a building's or a floor's word and its number
  // in words: "Профсоюзная, девяносто три, корпус два, квартира сто сорок восемь", "Kalvarijų ninety-eight, flat fourteen".)
  if (SPOKEN_UNIT_WORD.test(text)) {
    for (const m of text.matchAll(SPOKEN_NAMED_ADDRESS)) out.push({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS', rule: 'address.spoken', confidence: 0.65 });
    // (Or as speech-to-text writes it, in lower case and without commas: "на бажова девяносто один квартира шестьдесят три",
    // "сибиряков гвардейцев сорок девять дробь один квартира сто двенадцать", "Kabanbay batyr forty-eight block two".)
    for (const m of text.matchAll(SPOKEN_PLAIN_ADDRESS)) if (!SPOKEN_NOT_STREET.test(m[1])) out.push({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS', rule: 'address.spoken', confidence: 0.6 });
  }
  // A street named after a person, her name in the genitive of -ić and a house's number or "bb" (no number): "Mije
  // Keroševića 22", "Ivana Gorana Kovačića bb", "Николе Пашића 14". The Balkans name streets so; nobody writes a number
  // right after a person's surname in that case.
  if (PERSON_STREET_TEST.test(text)) for (const m of text.matchAll(PERSON_STREET)) out.push({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS', rule: 'address.person-street', confidence: 0.7 });
  // A Kazakh street named after a biy, a judge of the steppe, with its house: "Толе би 189", "казыбек би 74", "Bogenbay batyr 12"
  // (the street's word left out, in any case).
  if (BIY_STREET_TEST.test(text)) for (const m of text.matchAll(BIY_STREET)) out.push({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS', rule: 'address.biy-street', confidence: 0.7 });
  // (Any street of the Balkans with "bb" for its house, with no street's word: "Njegoševa bb", "Vrela Ribnička bb, kontejner
  // 14"; not a given name before it, "Ana bb" is a chat's "baby"; without the words that lead to it, "At", "The".)
  if (NUMBERLESS_TEST.test(text)) {
    for (const m of text.matchAll(NUMBERLESS_STREET)) {
      if (commonGivenName(m[2].toLowerCase()) || !(BALKAN_STREET_SHAPE.test(m[2]) || BALKAN_STREET_WORD.test(m[1]))) continue;
      let start = m.index;
      for (const w of m[1].split(' ').slice(0, -1)) {
        if (!LEAD_WORDS.test(w)) break;
        start += w.length + 1;
      }
      out.push({ start, end: m.index + m[0].length, type: 'ADDRESS', rule: 'address.numberless-street', confidence: 0.65 });
    }
  }
  // A street named for a Soviet anniversary's years, even without its house, where its number would read as one: "на ул. 10
  // лет Октября у рынка", "пр. 50 лет ВЛКСМ".
  if (text.includes('лет') || text.includes('let')) for (const m of text.matchAll(ANNIVERSARY_STREET)) out.push({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS', rule: 'address.anniversary-street', confidence: 0.7 });
  // A roadside place by its road's kilometre and the building or plot there, with the road before it: "M-51, km 1921, plot
  // 2", "Р-254, 312-й км, стр. 4", "Pavlodar–Semey highway, km 14, bldg 7, room 6", "трасса Оренбург – Орск, 164 км, стр. 2".
  // (A kilometre alone, "the truck stop at km 38", is a stretch of road that writers leave unmarked: no address.)
  if (KILOMETRE_TEST.test(text)) for (const m of text.matchAll(ROADSIDE_ADDRESS)) out.push({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS', rule: 'address.roadside', confidence: 0.7 });
  // A Korean flat: its building's and its unit's numbers ("105-дон 1203-хо", "203-dong 804-ho"), maybe after its complex's name;
  // or a road's numbered lane and its house ("Gojan 1-gil 17, 401-ho", "Пёнджом 3-гиль 9").
  if (KOREAN_UNIT_TEST.test(text)) for (const m of text.matchAll(KOREAN_FLAT)) out.push({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS', rule: 'address.korean', confidence: 0.8 });
  const starts = doc.runStartsNear('0-9', REACH);
  if (starts.length === 0) return out;
  const { patterns, bare, bareAnchor } = beyond(text) ? GENERAL : LATIN_CYRILLIC;
  // (Two patterns share a test: each test is run once.)
  const passed = new Map<RegExp, boolean>();
  for (const [re, rule, confidence, anchor] of patterns) {
    const prefilter = PREFILTER[rule];
    let pass = passed.get(prefilter);
    if (pass === undefined) passed.set(prefilter, (pass = prefilter.test(text)));
    if (!pass) continue;
    for (const m of matchesAt(re, text, anchor ? startsBeforeAnchors(text, starts, anchor) : starts)) {
      let start = m.index!;
      let value = m[0];
      // Trim leading words that only tie the sentence together ("flat at", "Квартира на", "Kuanysh on").
      if (rule !== 'address.street-keyword') {
        const words = value.split(' ');
        let cut = 0;
        const firstPart = words.findIndex((word) => /\d/.test(word) || STREET_WORD.test(word.replace(/[,.]$/, '')));
        for (let i = 0; i < Math.min(firstPart < 0 ? words.length - 1 : firstPart, 4); i++) if (LEAD_WORDS.test(words[i])) cut = i + 1;
        const trimmed = words.slice(0, cut).join(' ');
        if (cut > 0) {
          start += trimmed.length + 1;
          value = value.slice(trimmed.length + 1);
        }
      }
      // "Гульзат Маматова, 35" is a name and an age, not an address.
      if (/^[^\d]+,\s\d{1,2}$/u.test(value)) continue;
      // (A street's adjective before its word in the locative is the address's too: на Ленинском проспекте, д. 82.)
      const adjective = LOCATIVE_STREET.test(value) ? STREET_ADJECTIVE_BEFORE.exec(text.slice(Math.max(0, start - 24), start)) : null;
      if (adjective) {
        start -= adjective[1].length;
        value = text.slice(start, start + adjective[1].length + value.length);
      }
      // (A street's name of two words joined by a hyphen is the address's from its first word: мамина-сибиряка 58 кв 33.)
      if (text.charCodeAt(start - 1) === 0x2d) {
        const joined = HYPHEN_JOINED.exec(text.slice(Math.max(0, start - 24), start));
        if (joined) {
          start -= joined[0].length;
          value = text.slice(start, start + joined[0].length + value.length);
        }
      }
      out.push({ start, end: start + value.replace(/[\s,]+$/, '').length, type: 'ADDRESS', rule, confidence });
    }
  }
  // After a strong cue (lived at, address:, живёт на), a street of one to three capitalised words and a house number (12, 1724/12, 9/B)
  // (Ilica 242, Knez Mihailova 12): an address even without a keyword; not a stay of some years.
// (The Russian "адрес" maybe with whose it is in the genitive: "Адрес салона Kopli 25-3", "адрес её квартиры Ģertrūdes 47-12".)
  // (One scan for the cues; the street is tried only right after each.)
  STRONG_CUE.lastIndex = 0;
  for (let c = STRONG_CUE.exec(text); c !== null; c = STRONG_CUE.exec(text)) {
    CUED_STREET.lastIndex = c.index + c[0].length;
    const m = CUED_STREET.exec(text);
    if (m) out.push({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, type: 'ADDRESS', rule: 'address.strong-cue', confidence: 0.7 });
  }
  // Notes' shorthand after "живет" or "lives" with no preposition: the street and its house and flat joined by a hyphen
  // ("живет Бухар-Жырау 63-17", "lives Abaya 150-23"); the hyphen says house and flat, not an age or a count.
  LIVES_BARE.lastIndex = 0;
  for (let c = LIVES_BARE.exec(text); c !== null; c = LIVES_BARE.exec(text)) {
    CUED_STREET.lastIndex = c.index + c[0].length;
    const m = CUED_STREET.exec(text);
    if (m && HOUSE_AND_FLAT_END.test(m[1])) out.push({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, type: 'ADDRESS', rule: 'address.strong-cue', confidence: 0.7 });
  }
  // A numbered quarter's name, a comma and a house with its flat, as notes write a microdistrict without its word
  // ("samal-2, 58-14", "на Орбите-3, 12/40"): the number after the hyphen and the house's two parts say address.
  if (QUARTER_HOUSE_TEST.test(text)) {
    for (const m of matchesAt(QUARTER_HOUSE, text, starts)) {
      if (!NOT_A_QUARTER.test(m[1])) out.push({ start: m.index!, end: m.index! + m[0].length, type: 'ADDRESS', rule: 'address.quarter-house', confidence: 0.7 });
    }
  }
  // The English order, the house before the street (14 Norfolk Street; Flat 3, 41 Cranley Gardens), tried where digits start.
  for (const m of matchesAt(HOUSE_FIRST, text, doc.digitRunStarts)) {
    const flat = FLAT_BEFORE.exec(text.slice(Math.max(0, m.index! - 24), m.index!));
    const start = m.index! - (flat ? flat[0].length : 0);
    out.push({ start, end: m.index! + m[0].length, type: 'ADDRESS', rule: 'address.house-first', confidence: 0.75 });
  }
  for (const m of HAS_COMPOUND_HOUSE.test(text) ? matchesAt(bare, text, startsBeforeAnchors(text, starts, bareAnchor)) : []) {
    // A street named after a person with a title written after the name (Айтеке би, Абылай хана, Raiymbek batyr): the name too.
    const titled = /^\p{Ll}/u.test(m[1]) ? /(?:^|\s)(\p{Lu}[\p{L}\p{M}'’-]+)\s$/u.exec(text.slice(Math.max(0, m.index! - 24), m.index!)) : null;
    const start = titled ? m.index! - titled[1].length - 1 : m.index!;
    const before = text.slice(Math.max(0, start - 24), start);
    const house = m[2];
    // A bare "name number" is an address only after a cue and with a house-like number (52/1, 48-17, 12а).
    // (Not a short word in lower case, nor a number and its year: "went on as 4471/2023" is a file.)
    if (CUE.test(before) && (/[/-]/.test(house) || /\p{L}$/u.test(house) || /к\d/.test(house)) && !/^\d/.test(m[1]) && !/^\p{Ll}{1,2}$/u.test(m[1]) && !/[/-](?:19|20)\d\d$/.test(house)) {
      out.push({ start, end: m.index! + m[0].length, type: 'ADDRESS', rule: 'address.cue', confidence: 0.7 });
    }
  }
  // (With the area's name before it in lower-case notes: see lowerCaseAreaBefore.)
  return out.map((span) => ({ ...span, start: lowerCaseAreaBefore(text, span.start) }));
}

/** A street's or a quarter's word, one to three words of its name, then a house's word and a number in words, or a number in words and a flat's. */
const SPOKEN_STREET_WORD = /(?<![\p{L}])(?:улиц|мкр|микрорайон|проспект|street|avenue|micro)/iu;
/** A number in words, with the "and" English says inside it: "two hundred and twelve". */
const SPOKEN_NUMBER = `${NUMBER_WORDS_SOURCE}(?:\\sand\\s${NUMBER_WORDS_SOURCE})?`;
const SPOKEN_ORDINAL = '(?:первый|второй|третий|четвёртый|четвертый|пятый|шестой|седьмой|восьмой|девятый|десятый|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)';
/** The units after the house, each with its number in words, or a floor or an entrance by its ordinal ("третий этаж"). */
const SPOKEN_UNITS = `(?:,?\\s(?:(?:квартира|кв|корпус|подъезд|этаж|комната|блок|flat|apartment|block|building|korpus|office|entrance|floor|room|daire|number)\\s${SPOKEN_NUMBER}|${SPOKEN_ORDINAL}\\s(?:этаж|подъезд|floor|entrance|quarter)))`;
const SPOKEN_ADDRESS = new RegExp(
  `(?<![\\p{L}])(?:улица|улице|улицу|мкр|микрорайон\\p{L}{0,2}|проспект\\p{L}{0,2}|street|avenue)\\s(?:[\\p{L}-]+\\s){1,3}?(?:(дом|house)\\s)?${SPOKEN_NUMBER}(${SPOKEN_UNITS}{1,5})?`,
  'giu',
);
/**
 * (Or, in English, the street's name before its word, "Gorgiladze street eighty eight, apartment fourteen"; or a numbered
 * quarter by its ordinal and its buildings, "thirteenth micro district, building nine, apartment thirty two", "девятый
 * микрорайон дом двадцать три квартира восемь".)
 */
const SPOKEN_NAME_FIRST = new RegExp(
  `(?<![\\p{L}])(?:(?:\\p{Lu}[\\p{L}'’-]+\\s){1,3}(?:[Ss]treet|[Aa]venue|[Rr]oad|[Cc]addesi)\\s(?:(?:house|number)\\s)?${SPOKEN_NUMBER}(?:${SPOKEN_UNITS}{1,5}|(?=[^\\S\\n]*(?:[,.;:!?)\\]»"]|\\n|$)))|${SPOKEN_ORDINAL}\\s(?:micro[\\s-]?district|microdistrict|микрорайон|мкр)(?:,?\\s(?:дом|house)\\s${SPOKEN_NUMBER})?${SPOKEN_UNITS}{1,5})`,
  'gu',
);
const SPOKEN_UNIT_WORD = /(?<![\p{L}])(?:квартир|корпус|подъезд|этаж|комнат|flat|apartment|floor|entrance|room|block)/iu;
const SPOKEN_WORDS_HYPHENED = `${NUMBER_WORDS_SOURCE.replace(/\\s\(\?:/, '[\\s-](?:')}`;
const SPOKEN_NAMED_ADDRESS = new RegExp(
  `(?<![\\p{L}])\\p{Lu}[\\p{L}-]{2,}(?:\\s\\p{Lu}[\\p{L}-]+)?,?\\s${SPOKEN_WORDS_HYPHENED}(?:\\s(?:дробь|slash)\\s${SPOKEN_WORDS_HYPHENED})?(?:,\\s(?:э-э,\\s)?(?:(?:корпус|подъезд|этаж|квартира|кв\\.?|комната|flat|apartment|floor|entrance|room)\\s${SPOKEN_WORDS_HYPHENED}|${SPOKEN_ORDINAL}\\s(?:этаж|подъезд|floor|entrance))){1,5}`,
  'gu',
);
/**
 * An address dictated and written down by speech-to-text: one or two words of its street (group 1), its house in words, then
 * a flat's, a building's or a room's word and its number, once or more; no pronoun opens it.
 */
const SPOKEN_PLAIN_ADDRESS = new RegExp(
  `(?<![\\p{L}])((?:(?!(?:него|неё|нее|нему|ней|ним|них|это|там|тут|где|him|her|them|this|that|there|here|with)\\s)[\\p{L}-]{3,}\\s){1,2})(?:(?:дом|house)\\s)?${SPOKEN_WORDS_HYPHENED}(?:\\s(?:а|б|a|b)(?![\\p{L}]))?(?:\\s(?:дробь|slash)\\s${SPOKEN_WORDS_HYPHENED})?(?:,?\\s(?:корпус|подъезд|квартира|кв\\.?|комната|flat|apartment|apt\\.?|room|block|house)\\s${SPOKEN_WORDS_HYPHENED}){1,4}`,
  'giu',
);
/** Words before a number that are no street's: a verb's, a pronoun's or a count's ("I was there for", "мы прожили там"). */
const SPOKEN_NOT_STREET = /(?:^|\s)(?:было|была|были|был|прожила|прожили|жила|жили|живу|живёт|живет|живём|живем|минут|часов|дней|лет|раз|номер|номера|the|was|were|for|about|around|and|of|lived|live|lives|living|minutes|hours|days|years|times)\s$/iu;
/** A word of three letters or more numbered after a hyphen, a comma and a house with its flat or building (Samal-2, 58-14). */
const QUARTER_HOUSE =
  /(?<![\p{L}\p{M}\d-])(\p{L}[\p{L}\p{M}'’]{2,})-\d{1,2}\p{L}?,\s?\d{1,4}\p{L}?\s?[/-]\s?\d{1,4}\p{L}?(?![\p{L}\d]|[/.:,-]\d|\s?(?:%|\p{Sc}|лет|год|year|человек|people|person|times|раз|тыс|th|st|nd|rd|am|pm|ч\.|час|hour|min|мин))/uy;
const QUARTER_HOUSE_TEST = /\p{L}-\d{1,2}\p{L}?,\s?\d{1,4}\p{L}?\s?[/-]\s?\d/u;
/** A virus's, a form's or a law's name numbered so is no quarter. */
const NOT_A_QUARTER = /^(?:covid|ковид|sars|mers|hiv|вич|form|форма|формы|article|статья|статьи|ст|art|page|стр|number|номер|no|nr|tel|phone|тел|sms|case|дело|file|act|акт|grade|level|class|класс|type|тип|group|группа|группы|step|этап|part|часть|chapter|глава|boeing|airbus|ан|ил|ту|як|су|миг|ka|мк)$/iu;
/** A street's word in the locative, and a capitalised adjective in the same case right before it (Ленинском проспекте). */
const LOCATIVE_STREET = /^(?:проспекте|улице|бульваре|переулке|шоссе|тракте|проезде)(?![\p{L}])/u;
const STREET_ADJECTIVE_BEFORE = /(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:ском|цком|ном|вом|ой|ей|ем|ом) )$/u;
/** The first word of a name joined by a hyphen, right before a span (Мамина-). */
const HYPHEN_JOINED = /(?<![\p{L}\p{M}-])[\p{L}\p{M}]{2,}-$/u;

/** A postal code after a comma at an address's end: four to six digits, or the Polish 00-950. */
// (With its country's letters, LT-08314, LV-1011; or in two groups, 174 53, 602 00.)
const POSTCODE_AT_END = /,\s(?:[A-Z]{2}-)?(?:\d{4,6}|\d{2}-\d{3}|\d{3}\s\d{2})$/;
/** The town after it: one or two capitalised words, maybe joined by a particle (Frankfurt am Main, Kostelec nad Orlicí). */
// (And its district's letter or number: København V, Aarhus C, Praha 9.)
// (Or its district after a hyphen or a dash: 851 02 Bratislava-Petržalka, 130 00 Praha 3 – Žižkov.)
const TOWN_AFTER = /^ \p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*(?:(?: (?:am|an|im|upon|on|sur|de|del|di|nad|pod))? \p{Lu}[\p{Ll}\p{M}'’-]+)?(?: (?:[A-ZØ]|\d{1,2})(?![\p{L}\d])(?:[^\S\n][–-][^\S\n]\p{Lu}[\p{Ll}\p{M}]+(?:[^\S\n]\p{Lu}[\p{Ll}\p{M}]+)?(?=$|\n|[,.;:!?)\]"»”]|[^\S\n][(\[]))?)?/u;
/** A bus stop, a district or a sentence's next subject is no town: the word after the town must end the address. */
const TOWN_ENDS = /^(?:$|[\s,.;:!?)\]"»”])/;

/**
 * An address that ends in a postal code takes the town written after it, which belongs to the postal address
 * (Potsdamer Str. 171, 10783 Berlin; Elbestraße 41, 4. OG links, 60329 Frankfurt am Main). Pure.
 */
export function withTownAfterPostcode(text: string, span: Span): Span {
  // (Or a postcode and its town written after the address and a comma: "Husova 412/7, 460 01 Liberec".)
  const codeAfter = text.charCodeAt(span.end) === 0x2c ? POSTCODE_AFTER.exec(text.slice(span.end, span.end + 12)) : null;
  if (codeAfter !== null) span = { ...span, end: span.end + codeAfter[0].length };
  const code = text.slice(Math.max(span.start, span.end - 10), span.end);
  if (!POSTCODE_AT_END.test(code)) return span;
  // (A Dutch postcode's two letters after its four digits: Schiedamseweg 402, 3026 AJ Rotterdam.)
  const letters = /,\s\d{4}$/.test(code) ? DUTCH_POSTCODE_LETTERS.exec(text.slice(span.end, span.end + 4)) : null;
  const end = span.end + (letters ? letters[0].length : 0);
  const town = TOWN_AFTER.exec(text.slice(end, end + 48));
  if (!town || !TOWN_ENDS.test(text.slice(end + town[0].length, end + town[0].length + 1))) return end === span.end ? span : { ...span, end };
  return { ...span, end: end + town[0].length };
}
const DUTCH_POSTCODE_LETTERS = /^ [A-Z]{2}(?![\p{L}\d])/u;
/** A comma and a postal code with a capitalised word (its town) after it. */
const POSTCODE_AFTER = /^,\s(?:[A-Z]{2}-)?(?:\d{3}\s\d{2}|\d{2}-\d{3}|\d{4,5})(?= \p{Lu})/u;

/**
 * An address that ends in a unit's short word takes the Roman number written after it (ул. Братиславская, д. 26, пом. II;
 * корп. IV). Pure.
 */
export function withRomanUnit(text: string, span: Span): Span {
  if (text.charCodeAt(span.end - 1) !== 0x2e || !/,\s\p{L}{1,6}\.$/u.test(text.slice(Math.max(span.start, span.end - 10), span.end))) return span;
  const roman = /^[^\S\n][IVX]{1,4}(?![\p{L}\d])/u.exec(text.slice(span.end, span.end + 6));
  return roman ? { ...span, end: span.end + roman[0].length } : span;
}

/**
 * An address that ends in a floor's number takes the side of the floor written after it, as Danish addresses write it
 * (Istedgade 88, 4. tv.: left; th. right, mf. middle). Pure. ("tv." alone is no unit: Hungarian files cite a law so,
 * Szabs. tv. 172. §.)
 */
export function withFloorSide(text: string, span: Span): Span {
  if (!/,\s\d{1,2}$/.test(text.slice(Math.max(span.start, span.end - 5), span.end))) return span;
  const side = /^\.\s?(?:tv|th|mf)\./.exec(text.slice(span.end, span.end + 6));
  return side ? { ...span, end: span.end + side[0].length } : span;
}

/**
 * An address written as a form or a statement writes it, after its label and the town ("проживающей по адресу:
 * г. Караганда, ул. Ерубаева, д. 41, кв. 16"; "Адрес: г. Москва, ул. Перерва, д. 52"), takes the town (and a region or
 * district and a postcode before it): they are written as one address. Pure. So does one in a sentence after "at", a
 * bracket or a comma ("living at г. Ош, ул. Ленина 212", "у матери, г. Мары, ул. Молланепеса"): those who hide addresses
 * take the town with them about as often as not there, and a town narrows a street down. Not after a Russian preposition,
 * where the sentence names the town in its case: "задержали в г. Омске, ул. Лермонтова, 14".
 */
/**
 * Budapest and its district's Roman number right before the street, as Hungarians write an address: "Bp. VIII., Magdolna u.
 * 33.", "1084 Budapest VIII. kerület, Bérkocsis utca 18.", "Budapest, VII. ker., Dob utca 58." (not "Part III., …"). The
 * district narrows the street down. Pure.
 */
export function withBudapestDistrict(text: string, span: Span): Span {
  const district = BUDAPEST_DISTRICT_BEFORE.exec(text.slice(Math.max(0, span.start - 40), span.start));
  return district ? { ...span, start: span.start - district[0].length } : span;
}
const BUDAPEST_DISTRICT_BEFORE = /(?<![\p{L}\d])(?:\d{4}[^\S\n])?(?:Bp\.|Budapest|Будапешт),?[^\S\n]?[IVX]{1,5}\.(?:[^\S\n]?(?:ker\.|kerület),?)?,?[^\S\n]$/u;

export function withTownBefore(text: string, span: Span): Span {
  const town = TOWN_BEFORE.exec(text.slice(Math.max(0, span.start - 96), span.start));
  return town ? { ...span, start: span.start - town[1].length } : span;
}
const TOWN_BEFORE = new RegExp(
  String.raw`(?:^|\n|:\s*|адресу\s+|(?:проживающ|зарегистрированн)\p{Ll}*\s+|(?<![\p{L}])at\s|\(|,\s)` +
    String.raw`((?:\d{6},\s?)?(?:\p{Lu}[\p{L}-]+\s(?:обл\.|область|р-н|район|край),\s)?(?:(?:г\.|город|г\.\s?о\.)\s?\p{Lu}[\p{L}-]+(?:[\s-]\p{Lu}[\p{L}-]+)?|(?:ქ\.|ქალაქი)\s?[\u10D0-\u10FF]+),\s(?:(?:\p{Lu}[\p{L}-]+\s)?(?:р-н|район),\s)?)$`,
  'u',
);

/**
 * The town written after an address and a comma is the address's: "Lāčplēša iela 87-14, Rīga", "Cejl 63/12, Brno и стал",
 * "ul. Kościuszki 12a, Kunowice." A town of the packs or the world's lists, or a capitalised word that ends the sentence;
 * not a name that goes on, "kv. 8, Karina and two others". Pure.
 */
export function withTownAfter(text: string, span: Span, data: PackData, plainWord: (word: string) => boolean = () => true): Span {
  if (text.charCodeAt(span.end) !== 0x2c) return span;
  // (So is a district written with its word: "пр. Бабека 41, Хатаинский р-н".)
  const districtWord = DISTRICT_AFTER_COMMA.exec(text.slice(span.end, span.end + 40));
  if (districtWord !== null) return { ...span, end: span.end + districtWord[0].length };
  // (Or a town or a settlement of two words the lists hold: "ул. „Шутка“ бр. 67, Шуто Оризари".)
  const twoWords = TWO_WORD_TOWN_AFTER_COMMA.exec(text.slice(span.end, span.end + 48));
  if (twoWords !== null && knownTown(data, twoWords[1].toLowerCase())) return { ...span, end: span.end + twoWords[0].length };
  const town = TOWN_AFTER_COMMA.exec(text.slice(span.end, span.end + 40));
  if (town === null) return span;
  const word = town[1].toLowerCase();
  // (Or a word no dictionary or list of names holds before a word in lower case: a town the lists lack, "Mustaqillik ko'chasi
  // 117, Farg'ona in 2019"; not "kv. 8, Karina and two others", "д. 5, Потом".)
  const known = knownTown(data, word) || (town[2] === undefined && !plainWord(word) && !data.given.has(word) && !GIVEN.has(word) && !mayBeGivenForm(word) && !SURNAME_ENDING.test(word) && /^[^\S\n]\p{Ll}/u.test(text.slice(span.end + town[0].length, span.end + town[0].length + 2)));
  if (!known && (town[2] === undefined || data.given.has(word))) return withAreaAfterUnit(text, span, data);
  const end = span.end + town[0].length - (town[2]?.length ?? 0);
  const district = known && town[2] === undefined ? DISTRICT_NUMBER.exec(text.slice(end, end + 5)) : null;
  // (And the district's name after its number and a dash: "Koněvova 2427/210, Praha 3 – Žižkov".)
  const named = district !== null ? DISTRICT_NAME_AFTER.exec(text.slice(end + district[0].length, end + district[0].length + 40)) : null;
  return { ...span, end: end + (district?.[0].length ?? 0) + (named?.[0].length ?? 0) };
}
/** A British postcode after the town that ends an address: "88 Donegall Pass, Belfast BT7 1BX". Pure. */
function withBritishPostcode(text: string, span: Span): Span {
  if (text.charCodeAt(span.end) !== 0x20 || !/,\s\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(text.slice(Math.max(span.start, span.end - 30), span.end))) return span;
  const code = BRITISH_POSTCODE_AFTER.exec(text.slice(span.end, span.end + 10));
  return code ? { ...span, end: span.end + code[0].length } : span;
}
const BRITISH_POSTCODE_AFTER = /^ [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\p{L}\d])/u;

/**
 * An area of two or three capitalised words after an address that ends with its flat or building, then the sentence's or
 * the line's end or the town: "…, flat 608, International City.", "Villa 54, Way 3341, Al Khuwair, Muscat", "Park Vista
 * Residence, кв. 412, Jumeirah Village Circle." Pure.
 */
function withAreaAfterUnit(text: string, span: Span, data: PackData): Span {
  if (!UNIT_AT_END.test(text.slice(Math.max(span.start, span.end - 24), span.end))) return span;
  const area = AREA_AFTER_COMMA.exec(text.slice(span.end, span.end + 48));
  if (area === null || data.given.has(area[1].split(/[ -]/).pop()!.toLowerCase())) return span;
  // (Before a preposition, only a Gulf's quarter, "Al Muteena with three other women", or one after a numbered street, and
  // never a given name: a name may follow a room's number so, "Aysel from room 204, Nərmin Abbasova from 210".)
  if (/^[^\S\n]\p{Ll}/u.test(text.slice(span.end + area[0].length, span.end + area[0].length + 2)) && ((!/^(?:Al|El|Аль)[ -]/.test(area[1]) && !/(?:street|road)/i.test(text.slice(Math.max(span.start, span.end - 24), span.end))) || commonGivenName(area[1].split(/[ -]/)[0].toLowerCase()))) return span;
  return { ...span, end: span.end + area[0].length };
}
// (Or a numbered street, as the Gulf's are: "Villa 33, Street 12, Al Ramtha", "Building 11, 14th Street, Al Muteena".)
const UNIT_AT_END = /(?<![\p{L}])(?:(?:flat|apt\.?|apartment|room|villa|way|building|bldg\.?|street|кв\.?|квартира|комната|здание|дом|д\.)[^\S\n]?№?[^\S\n]?\d{1,5}\p{L}?|\d{1,3}(?:st|nd|rd|th)[^\S\n](?:street|road))$/iu;
// (With its sector's letter or number, "Khalifa City A", "Al Barsha 1"; before punctuation, a line's end or a preposition.)
const AREA_AFTER_COMMA = /^,[^\S\n]((?:(?:Al|Аль|El)[ -])?\p{Lu}[\p{L}\p{M}'’-]+(?:[^\S\n]\p{Lu}[\p{L}\p{M}'’-]+){0,2}(?:[^\S\n](?:[A-Z]|\d{1,2})(?![\p{L}\d]))?)(?=[.;:)\]»"]|[^\S\n]*\n|[^\S\n]*$|,[^\S\n]\p{Lu}|[^\S\n](?:with|in|near|where|and|for|since|until|from|at|on|в|с|у|где)[^\S\n])/u;

/**
 * The town and its district written before an address after its label, "по адресу Москва, ул. Генерала Белова, д. 17",
 * "Address: Esenyurt, Pınar Mah., …", "Проживает: Ереван, Малатия-Себастия, ул. Раффи, д. 71", "Her new address: Nor
 * Nork, 6th micro, Bagrevand street 11": after an address's or a dwelling's word, one or two places and their commas are
 * the address's; after a colon alone or "at", only from a town of the packs or the world's lists. Pure.
 */
export function withPlaceBefore(text: string, span: Span, data: PackData, plainWord: (word: string) => boolean = () => true): Span {
  if (text.charCodeAt(span.start - 2) !== 0x2c) return span;
  const place = placesBefore(text.slice(Math.max(0, span.start - 72), span.start));
  if (place === null) return span;
  const { label, cell, places } = place;
  // (A cell's only in a table's line, its separator twice at least: not a list's "; Ткаченко Л.М., ул. Юности".)
  if (cell !== undefined && !separatorTwice(text, span.start, cell)) return span;
  const first = places.slice(0, places.indexOf(',')).toLowerCase();
  // (A place in lower case only if it is a known town: "для заявления: котельники, новая 11 кв 56".)
  const known = knownTown(data, first) || knownTown(data, first.split(' ')[0]);
  if (!known && ((label === undefined && cell === undefined) || !/^[\p{Lu}\d]/u.test(places))) return span;
  // (Opening a cell, a place the lists lack only with a district's word, "Nəsimi r-nu", "Alipašino polje", or as one word no
  // dictionary holds, "Popești-Leordeni": not a cell's words before an address, "Встреча с участковым, ул. Ленина 5",
  // "Hotline;Call received, Abay avenue 12", "Partners; Tais Plus, Umetalieva street 102".)
  if (!known && cell !== undefined && !CELL_DISTRICT_WORD.test(places) && (/[^\S\n]/.test(places.slice(0, -2)) || plainWord(first))) return span;
  // (With the town's word before the place: "зарегистрированной: г. Караганда, р-н Казыбек би, …".)
  return withTownWord(text, { ...span, start: span.start - places.length });
}
/** One place: capitalised words (or a district's ordinal and its word, "6th micro", "Mush-2 district"), up to three. */
const PLACE_CHUNK = String.raw`(?:\p{L}[\p{L}\p{M}'’-]*|\d{1,2}(?:st|nd|rd|th|-?й)?)(?:[^\S\n](?:\p{Lu}[\p{L}\p{M}\d'’-]*|[IVX]{1,4}|\d{1,4}|district|micro|microdistrict|mkr|m\/d|р-н|район|мкр|микрорайон|region|oblast|province|обл\.|область|village|село)){0,2}`;
/**
 * The line around `at` holds the separator twice at least, within 300 characters either side (a bound: one line of a
 * megabyte must not be read again for each address on it).
 */
function separatorTwice(text: string, at: number, separator: string): boolean {
  const sep = separator.charCodeAt(0);
  let count = 0;
  for (let k = at - 1; k >= Math.max(0, at - 300) && text.charCodeAt(k) !== 0x0a && text.charCodeAt(k) !== 0x0d; k--) if (text.charCodeAt(k) === sep && ++count >= 2) return true;
  for (let k = at; k < Math.min(text.length, at + 300) && text.charCodeAt(k) !== 0x0a && text.charCodeAt(k) !== 0x0d; k++) if (text.charCodeAt(k) === sep && ++count >= 2) return true;
  return false;
}
const CELL_DISTRICT_WORD = /(?<![\p{L}])(?:r-nu|r-n|р-н|район|rayon|raion|district|polje|mahala|mahalla|naselje|kvartal|квартал|мкр|микрорайон|massiv|массив|sector|сектор)(?![\p{L}])/iu;
/** A place opening a table's cell (one, capitalised, no initial in it) may go on in lower case: "Alipašino polje", "Nəsimi r-nu". */
const CELL_PLACE_CHUNK = String.raw`(?:\p{L}[\p{L}\p{M}'’-]*|\d{1,2}(?:st|nd|rd|th|-?й)?)(?:[^\S\n](?:[\p{L}\p{M}\d'’.-]+)){0,2}`;
/**
 * The places that end `tail`, each with its comma, and what stands before them: a table's cell's separator ("…;+992 (90)
 * 711-48-03;р-н Сино, 92-й мкр., д. 7", "| Alipašino polje, Geteova 4/III |") or an address's label, a colon or "at". The
 * match that starts first wins, a cell's on a tie. Pure.
 */
function placesBefore(tail: string): { places: string; cell?: string; label?: string } | null {
  const inCell = PLACE_IN_CELL.exec(tail);
  const afterLabel = PLACES_AFTER_LABEL.exec(tail);
  if (inCell !== null && (afterLabel === null || inCell.index <= afterLabel.index)) return { places: inCell[2], cell: inCell[1] };
  return afterLabel === null ? null : { places: afterLabel[2], label: afterLabel[1] };
}
/** Opening a table's cell (its separator, group 1): one place and its comma (group 2), no initial in the cell before it. */
const PLACE_IN_CELL = new RegExp(String.raw`([|;\t])[^\S\n]*"?(?=[\p{Lu}\d])(?![^,\n]*\p{Lu}\.)(${CELL_PLACE_CHUNK},[^\S\n])$`, 'u');
/** After the address's label (group 1), a colon or "at": one or two places, each with its comma (group 2). */
const PLACES_AFTER_LABEL = new RegExp(
  String.raw`(?:(?<![\p{L}])([Аа]дресу|[Аа]дрес|[Aa]ddress|ADDRESS|[Гг]еолокацией|[Пп]роживает|[Пп]роживают|[Зз]арегистрирован\p{Ll}{0,3}|[Пп]роживающ\p{Ll}{2,3}|[Ll]ives at|[Ll]iving at|[Rr]esides at|[Rr]esiding at|[Ss]taying at|[Rr]egistered at|flat at|apartment at|[Жж]иль[её]|в квартире)\s*[:|]?(?=[^\S\n]+(?:[\p{Lu}\d]|(?:г|гор|с|пос)\.|город|пгт))|:|(?<![\p{L}])(?:at|в|на))[^\S\n]+(?:(?:г\.|гор\.|город|с\.|пос\.|пгт)[^\S\n]?)?(?=(?:${PLACE_CHUNK},[^\S\n]){1,2}$)((?:${CELL_PLACE_CHUNK},[^\S\n]){1,2})$`,
  'u',
);

/**
 * The town's word right before an address that starts with its town, "г. Душанбе, 82 мкр., дом 9", "город Ош, ул. …", or a
 * street's ordinal before its name. Pure.
 */
export function withTownWord(text: string, span: Span): Span {
  const word = TOWN_WORD_BEFORE.exec(text.slice(Math.max(0, span.start - 7), span.start));
  return word !== null && /^\p{Lu}/u.test(text.slice(span.start, span.start + 1)) ? { ...span, start: span.start - word[0].length } : span;
}
// (And a street's ordinal, "1-й Тверской-Ямской 24, кв. 9".)
const TOWN_WORD_BEFORE = /(?<![\p{L}\d])(?:г\.[^\S\n]?о\.|г\.|город|пгт|пос\.|\d{1,2}-[йяе])[^\S\n]?$/u;

/**
 * A numbered quarter's or microdistrict's district written right before it, as Tashkent's and Bishkek's are: "Чиланзар 19
 * квартал", "чиланзар, 9 квартал", "Yunusobod 4 kvartal". A town or district of the lists, or a word of no dictionary
 * (not "в 19 квартал", "живу 19 квартал"). Pure.
 */
export function withDistrictBeforeQuarter(text: string, span: Span, data: PackData, plainWord: (word: string) => boolean): Span {
  if (!NUMBERED_QUARTER.test(text.slice(span.start, span.start + 24))) return span;
  const district = DISTRICT_BEFORE.exec(text.slice(Math.max(0, span.start - 32), span.start));
  if (district === null) return span;
  const word = district[1].toLowerCase();
  return knownTown(data, word) || !plainWord(word) ? { ...span, start: span.start - district[0].length } : span;
}
// (Or a named one with its number: "Yugo-Vostok, Stepnoy-3 mkr".)
// (Or an Uzbek one with its hyphen: "chilonzor 19-kv, 11-uy".)
// (Or an English ordinal, "Davtashen 4th district, bldg 21".)
const NUMBERED_QUARTER = /^(?:\d{1,3}(?:-?й|st|nd|rd|th)?|\p{Lu}[\p{L}]+-\d{1,2})[^\S\n]?(?:квартал|kvartal|мкр|mkr|микрорайон|massiv|массив|district|microdistrict|micro|m\/d)(?![\p{L}])|^\d{1,3}-(?:kv|mavze|mikrorayon)(?![\p{L}])/iu;

/**
 * A numbered quarter written before an address that starts with its house, as Uzbek addresses are: "5-mikrorayon, 23-uy,
 * 14-xonadon", "9 мкр., дом 4". Pure.
 */
export function withQuarterBeforeHouse(text: string, span: Span): Span {
  if (!/^\d{1,4}-?(?:uy|úy|уй)(?![\p{L}])|^(?:дом|д\.)/iu.test(text.slice(span.start, span.start + 8))) return span;
  const quarter = QUARTER_BEFORE_HOUSE.exec(text.slice(Math.max(0, span.start - 24), span.start));
  return quarter ? { ...span, start: span.start - quarter[0].length } : span;
}
const QUARTER_BEFORE_HOUSE = /(?<![\p{L}\d])\d{1,3}-?(?:mikrorayon|mikrorayoni|kvartal|kv|mavze|mavzesi|мкр|микрорайон|квартал)\.?,?[^\S\n]$/iu;
const DISTRICT_BEFORE = /(?<![\p{L}\p{M}'’-])(\p{L}[\p{L}\p{M}'’-]{3,}),?[^\S\n]$/u;

/**
 * An address found, with what is written around it and belongs to it, each step below in this order: the town's word, a
 * unit's Roman number, a floor's side, the town after a postcode, the town after a label before it, Budapest's district, a
 * Turkish address's units, the town after it and a British postcode after that, the town after its label, a quarter before
 * its house, a district before its quarter and rural districts before it, then the town after a label again before a
 * district so found. Pure.
 */
export function withSurroundings(text: string, span: Span, data: PackData, plainWord: (word: string) => boolean): Span {
  let s = withTownWord(text, span);
  s = withStaircaseAndFlat(text, s);
  s = withRomanUnit(text, s);
  s = withFloorSide(text, s);
  s = withTownAfterPostcode(text, s);
  s = withTownBefore(text, s);
  s = withBudapestDistrict(text, s);
  s = withTurkishUnits(text, s);
  s = withTownAfter(text, s, data, plainWord);
  s = withBritishPostcode(text, s);
  s = withPlaceBefore(text, s, data, plainWord);
  s = withQuarterBeforeHouse(text, s);
  s = withDistrictBeforeQuarter(text, s, data, plainWord);
  const withDistricts = withDistrictsBefore(text, s);
  // (And the town after a label before a district found so: "зарегистрированной: г. Караганда, р-н Казыбек би, мкр. …".)
  return withDistricts.start < s.start ? withPlaceBefore(text, withDistricts, data, plainWord) : withDistricts;
}

/**
 * A rural district, and maybe its region, written right before the address with their words: "Ошская обл., Кара-Суйский
 * р-н, с. Нариман, ул. Навои, 45", "Kara-Suu district, Kashgar-Kyshtak village, Yusupov street 41", "р-н Сарыарка, ул.
 * Жубанова, д. 17". Most who write addresses so hide them whole (two in three of the kept sets' such addresses), and a
 * village's district narrows it down as much as its street. Pure.
 */
export function withDistrictsBefore(text: string, span: Span): Span {
  // (Or the district's word, where the address starts with the district's name: "р-н Сино, 92-й мкр., д. 7".)
  // (Then a village before the district: "s. Costești, r-nul Ialoveni, str. Păcii 3".)
  const word = DISTRICT_WORD_BEFORE.exec(text.slice(Math.max(0, span.start - 8), span.start));
  if (word !== null) return withDistrictsBefore(text, { ...span, start: span.start - word[0].length });
  if (span.start < 4 || text.charCodeAt(span.start - 1) !== 0x20 || text.charCodeAt(span.start - 2) !== 0x2c) return span;
  // (A region, and maybe its district, before an address that starts with its town or village: "Иссык-Кульская обл., с. Тюп,
  // ул. Токтогула, 58", "Московская обл., г.о. Балашиха, мкр. …".)
  if (SETTLEMENT_FIRST.test(text.slice(span.start, span.start + 9))) {
    const region = REGION_BEFORE.exec(text.slice(Math.max(0, span.start - 96), span.start));
    if (region !== null) return { ...span, start: span.start - region[0].length };
  }
  const districts = DISTRICTS_BEFORE.exec(text.slice(Math.max(0, span.start - 96), span.start));
  return districts ? { ...span, start: span.start - districts[0].length } : span;
}
// ("р-не" too, "в р-не Сино"; not "в районе …", which says near.)
const DISTRICT_WORD_BEFORE = /(?<![\p{L}\p{M}'’.-])(?:р-не?|район|ноҳияи|r-nul|raionul)[^\S\n]$/u;
// (Not a sentence's preposition capitalised: "In Osh region, …", "Of Alatau district, …".)
const DISTRICT_NAME = String.raw`(?!(?:In|Of|At|On|From|To|The|And|Near|В|Во|Из|На|По|И|С|У)[^\p{L}])\p{Lu}[\p{L}\p{M}'’-]+`;
const REGION_WORDS = String.raw`(?:${DISTRICT_NAME}[^\S\n]){1,2}(?:обл\.|область|области|край|края|region|oblast|viloyati|вилояти|marz)`;
// (An Uzbek neighbourhood's assembly with its name in quotes is a district too: "МФЙ «Кўксарой»".)
const DISTRICT_WORDS = String.raw`(?:${DISTRICT_NAME}[^\S\n]){1,2}(?:р-н|р-на|р-не|р-ну|район|района|районе|району|district|rayon|raion|tumani|ноҳия)|(?:р-н|район|ноҳияи|r-nul|raionul|r-n)[^\S\n]${DISTRICT_NAME}(?:[^\S\n]${DISTRICT_NAME})?|(?:МФЙ|MFY|махалля|mahalla)[^\S\n][«"„“]${DISTRICT_NAME}(?:[^\S\n]${DISTRICT_NAME})?[»"“”]`;
const VILLAGE_WORDS = String.raw`(?:${DISTRICT_NAME}[^\S\n]){1,2}(?:village|айылы|ауылы|qishlog'i|qishlogʻi)|(?:village|с\.|село|пос\.|посёлок|ст\.|станица|х\.|хутор|аул|деҳаи|գ\.|ք\.|s\.|satul|com\.|comuna)[^\S\n]${DISTRICT_NAME}(?:[^\S\n]${DISTRICT_NAME})?`;
const SETTLEMENT_FIRST = /^(?:с\.|пос\.|ст\.|станица|х\.|хутор|г\.|г\.\s?о\.|село|посёлок|аул|город)\s?\p{Lu}/u;
const REGION_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}'’.-])(?:${REGION_WORDS}),[^\S\n](?:(?:${DISTRICT_WORDS}),[^\S\n])?$`, 'u');
// (The region, the district and the village in this order, a district or a village at least: "Aravan district, Mangyt
// village, Kurmanjan Datka st. 56".)
const DISTRICTS_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’.-])(?:(?:${REGION_WORDS}),[^\S\n])?(?:(?:${DISTRICT_WORDS}),[^\S\n](?:(?:${VILLAGE_WORDS}),[^\S\n])?|(?:${VILLAGE_WORDS}),[^\S\n](?:(?:${DISTRICT_WORDS}),[^\S\n])?)$`,
  'u',
);

/**
 * The floor, the block, the flat or the room written after a Turkish address's number: "Balıklı Sk. No: 27, bodrum kat",
 * "Titreyengöl Cad. No: 52, lojman B blok oda 7", "No: 14, Daire 5, Kat 2". Pure.
 */
export function withTurkishUnits(text: string, span: Span): Span {
  if (text.charCodeAt(span.end) !== 0x2c || !TURKISH_STREET.test(text.slice(span.start, span.end))) return span;
  let end = span.end;
  for (let k = 0; k < 3; k++) {
    const unit = TURKISH_UNIT_AFTER.exec(text.slice(end, end + 40));
    if (unit === null) break;
    end += unit[0].length;
  }
  return end === span.end ? span : { ...span, end };
}
const TURKISH_STREET = /(?<![\p{L}])(?:Mah|Mh|Cad|Cd|Sk|Sok)\.|(?:Mahallesi|Caddesi|Sokak|Sokağı)(?![\p{L}])/u;
const TURKISH_UNIT_AFTER = /^,[^\S\n](?:(?:bodrum|zemin|giriş|giris|çatı|cati|bahçe|bahce|ara)[^\S\n]kat(?:ı|i)?|\d{1,2}\.[^\S\n]?kat|(?:(?:lojman|site|apt\.?|apartmanı)[^\S\n])?(?:\p{Lu}[^\S\n]?)?[Bb]lok(?:[^\S\n]\p{Lu})?(?:[^\S\n](?:kat|daire|oda|no:?)[^\S\n]?\d{1,4})*|(?:[Kk]at|[Dd]aire|[Oo]da|D:|[Nn]o:)[^\S\n]?\d{1,4}(?:[^\S\n](?:kat|daire|oda)[^\S\n]?\d{1,4})*)(?![\p{L}\d])/u;

/** A staircase's letter and a flat's number after the house, as Nordic addresses write them: "Kielotie 14 B 27". Pure. */
export function withStaircaseAndFlat(text: string, span: Span): Span {
  if (!isDigitCode(text.charCodeAt(span.end - 1))) return span;
  const flat = STAIRCASE_AND_FLAT.exec(text.slice(span.end, span.end + 8));
  return flat ? { ...span, end: span.end + flat[0].length } : span;
}
const STAIRCASE_AND_FLAT = /^ [A-H] \d{1,3}(?![\p{L}\d]|[.,:/-]\d)/u;

/** No address: a person's initial read as a village's short word, and her age after it ("Viktoria S., 23"). */
export function notAnInitialAndAge(text: string, span: Span): boolean {
  return !/^(?:\p{Lu}[\p{Ll}\p{M}]+\s)?\p{Lu}\.,?\s\d{1,3}$/u.test(text.slice(span.start, span.end));
}

/** A town of the packs or the world's lists, as written or without its diacritics (lower case). */
function knownTown(data: PackData, word: string): boolean {
  const folded = foldDiacritics(word);
  return data.places.has(word) || data.places.has(folded) || data.countryNames.has(folded);
}

/** A comma and a district's adjective with its word (Хатаинский р-н, Октябрьский район), or a sector's number. */
// (Or a Bucharest sector's number: "…, ap. 19, sector 5".)
const DISTRICT_AFTER_COMMA = /^,[^\S\n]?(?:\p{Lu}[\p{L}-]+(?:ский|цкий|ской|ий|ый)[^\S\n](?:р-н|район)(?![\p{L}])|(?:sector(?:ul)?|сектор)[^\S\n]\d(?![\p{L}\d]))/iu;
/** A comma, one capitalised word, and maybe what ends the sentence right after it (group 2). */
// (A known town may have its district's number, Praha 3, group 3.)
/** A surname's ending: a word so ended after an address is the person named after it, "ul. Abaya 12, Kasymov and his men". */
const SURNAME_ENDING = /(?:ov|ova|ev|eva|in|ina|enko|uk|yuk|dze|shvili|yan|ian|ски|ский|ская|ов|ова|ев|ева|ин|ина|енко|дзе|швили|ян)$/u;
const TWO_WORD_TOWN_AFTER_COMMA = /^,[^\S\n]?(\p{Lu}[\p{L}\p{M}'’-]+[^\S\n]\p{L}[\p{L}\p{M}'’-]+)(?![\p{L}\p{M}\d])/u;
const TOWN_AFTER_COMMA = /^,[^\S\n]?(\p{Lu}[\p{L}\p{M}'’-]{1,})(?![\p{L}\p{M}\d])([.;:)\]»"]|[^\S\n]*\n|[^\S\n]*$)?/u;
// (Or its Roman number: Děčín IV, Ústí nad Labem II.)
const DISTRICT_NUMBER = /^ (?:\d{1,2}|[IVX]{1,4})(?![\p{L}\p{M}\d]|[.,:/-]\d)/u;
const DISTRICT_NAME_AFTER = /^[^\S\n][–-][^\S\n]\p{Lu}[\p{Ll}\p{M}]+(?:[^\S\n]\p{Lu}[\p{Ll}\p{M}]+)?(?=$|\n|[,.;:!?)\]"»”]|[^\S\n][(\[])/u;

/**
 * Addresses found apart that are one: a house written with its full stop, then its floor and flat (Hungarian "Népszínház utca
 * 42. II. em. 7."), or a street, a comma and its unit. Joined where only ". " or ", " lies between two. Pure.
 */
export function joinAdjacentAddresses(text: string, spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [sorted[0]];
  for (let k = 1; k < sorted.length; k++) {
    const last = out[out.length - 1];
    const next = sorted[k];
    if (next.start >= last.end && next.start - last.end <= 2 && /^(?:\. |, |\.)$/.test(text.slice(last.end, next.start)) && /\d\.?$/.test(text.slice(last.start, last.end))) {
      out[out.length - 1] = { ...last, end: Math.max(last.end, next.end) };
    } else out.push(next);
  }
  return out;
}

/**
 * A street's name written without its street word, before its house, where the shape or the words around say it is an
 * address: the house and the flat joined by a hyphen ("Punane 34-81", "живут вдвоём Волгоградская 194а-56", "| Бухар-Жырау
 * 66-41 |"), a known town after a comma ("residing at Cejl 58, Brno"), or "at" or "на" right before it ("a club at Egnatia
 * 118", "на Koněvova 178"). The name is one or two capitalised words that are no given name, no place, no month, no car
 * and no dictionary word (but a Russian street's adjective may be one with a house and flat: Садовая 12-5). Tried only
 * where a run of digits starts after a space and a letter. Pure.
 */
export function streetsWithoutKeyword(text: string, digitRunStarts: readonly number[], isWord: (word: string) => boolean, data: PackData): Span[] {
  const out: Span[] = [];
  for (const at of digitRunStarts) {
    if (at < 2 || text.charCodeAt(at - 1) !== 0x20 || !isLetter(text.charCodeAt(at - 2))) continue;
    // (The word before must start with a capital: most numbers come after a lower-case word, "on 12", "в 2023", and are
    // passed over without the pattern.)
    let wordStart = at - 2;
    while (wordStart > 0 && isLetter(text.charCodeAt(wordStart - 1))) wordStart--;
    if (!capitalised(text.slice(wordStart, wordStart + 2)) && text.charCodeAt(wordStart - 1) !== 0x2d) continue;
    // (And one of the three reasons below must be possible, told from a few characters: a hyphen or a comma after the
    // house, or "at", "on" or "на" before the name's first or second word.)
    let digitsEnd = at;
    while (digitsEnd < text.length && digitsEnd - at < 5 && isDigitCode(text.charCodeAt(digitsEnd))) digitsEnd++;
    if (digitsEnd < text.length && isLetter(text.charCodeAt(digitsEnd))) digitsEnd++;
    // (A Czech house's two numbers joined by a slash count as one: "Cejl 41/12, Brno".)
    if (text.charCodeAt(digitsEnd) === 0x2f && isDigitCode(text.charCodeAt(digitsEnd + 1))) {
      digitsEnd++;
      while (digitsEnd < text.length && isDigitCode(text.charCodeAt(digitsEnd))) digitsEnd++;
    }
    const after = text.slice(digitsEnd, digitsEnd + 2);
    // (Or an address's label right before, maybe naming the town first: "Address in Brno: Cejl 45", "адрес в Бишкеке: Абая 12".)
    const labelled = text.charCodeAt(wordStart - 2) === 0x3a && ADDRESS_LABEL_BEFORE.test(text.slice(Math.max(0, wordStart - 40), wordStart));
    const possible = labelled || /^ ?[-–,]|^,/.test(after) || CUE_BEFORE_WORD.test(text.slice(Math.max(0, wordStart - 4), wordStart)) || CUE_BEFORE_TWO_WORDS.test(text.slice(Math.max(0, wordStart - 40), wordStart));
    if (!possible) continue;
    const named = STREET_NAME_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    if (named === null) continue;
    // (Or with its flat written short after it, "Grójecka 128 m. 33", "Abaya 12 kv 5": "m." is no metre there.)
    const house = BARE_HOUSE.exec(text.slice(at, at + 24)) ?? HOUSE_BEFORE_SHORT_FLAT.exec(text.slice(at, at + 24));
    if (house === null || /^(?:19|20)\d\d$/.test(house[1])) continue;
    // (Nor a sum: "on Kaspi 5000 tenge".)
    const unit = /^[^\S\n]?([\p{L}.]+)/u.exec(text.slice(at + house[0].length, at + house[0].length + 16));
    if (unit !== null && CURRENCY_WORD.test(unit[1].toLowerCase())) continue;
    const flat = house[2];
    // (Not the verb that opens the sentence before the name: "Живёт Cejl 41/12".)
    const name = named[1].replace(LIVES_FIRST, '');
    const start = at - name.length - 1;
    // (With its flat written short after the house: "Grójecka 128 m. 33", "Abaya 12 kv 5".)
    const flatAfter = FLAT_AFTER_BARE_HOUSE.exec(text.slice(at + house[0].length, at + house[0].length + 16));
    const end = at + house[0].length + (flatAfter?.[0].length ?? 0);
    let why: 'flat' | 'town' | 'cue' | null = flatAfter !== null ? 'flat' : null;
    if (flat !== undefined) {
      const [h, f] = [parseInt(house[1], 10), parseInt(flat, 10)];
      // (Not opening hours, 9-21, 10-22, nor a match's score, 3-0.)
      if (!(h <= 24 && f <= 24 && h < f) && !(h < 10 && f < 10)) why = 'flat';
    }
    if (why === null) {
      // (Or a known town before it and a comma: "her mother's house in Trebišov, Komenského 9, is"; not a woman's surname and her
      // age, "Praha, Nováková 31".)
      const town = TOWN_AFTER_COMMA.exec(text.slice(end, end + 40)) ?? (name.endsWith('ová') ? null : TOWN_BEFORE_COMMA.exec(text.slice(Math.max(0, start - 40), start)));
      if (town !== null && knownTown(data, town[1].toLowerCase()) && !data.given.has(town[1].toLowerCase())) why = 'town';
    }
    if (why === null && (labelled || BARE_STREET_CUE.test(text.slice(Math.max(0, start - 12), start)))) why = 'cue';
    if (why === null) continue;
    const words = name.split(/[ -]/);
    const adjective = why === 'flat' && words.length === 1 && RUSSIAN_STREET_ADJECTIVE.test(name);
    if (words.some((word) => !bareStreetWord(word.toLowerCase(), isWord, data, adjective))) continue;
    out.push({ start, end, type: 'ADDRESS', rule: 'address.bare-street', confidence: why === 'cue' ? 0.6 : 0.7 });
  }
  return out;
}
const HOUSE_BEFORE_SHORT_FLAT = /^(\d{1,4})\p{Ll}?(?:\/\d{1,4}\p{Ll}?)?(?=,?[^\S\n](?:m\.|kv\.?|кв\.?|apt\.?|ap\.|lok\.|byt)[^\S\n]?\d)/u;
const FLAT_AFTER_BARE_HOUSE = /^,?[^\S\n](?:m\.|kv\.?|кв\.?|apt\.?|ap\.|flat|lok\.|byt)[^\S\n]?\d{1,4}\p{L}?(?![\p{L}\d])/u;
// (Maybe with up to three words before its colon: "Address in Brno:", "Address per OP:", "адрес по прописке:".)
const ADDRESS_LABEL_BEFORE = /(?<![\p{L}])(?:address|адрес|adresa|adres|adresas|aadress|cím)(?:[^\S\n]+[\p{L}\p{M}.'’-]{1,16}){0,3}[^\S\n]?: $/iu;
const TOWN_BEFORE_COMMA = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]+), $/u;
const LIVES_FIRST = /^(?:Живёт|Живет|Живут|Проживает|Проживают) /u;
/** One or two capitalised words (or two joined by a hyphen) and a space, right before the house. */
const STREET_NAME_BEFORE = /(?<![\p{L}\p{M}\d'’.-])(\p{Lu}[\p{Ll}\p{M}]{2,}(?:-\p{Lu}?[\p{Ll}\p{M}]{2,})?(?: \p{Lu}[\p{Ll}\p{M}]{2,})?) $/u;
/** A house (one to four digits and a letter) and maybe its flat after a hyphen; no more digits, no count of years or times. */
const BARE_HOUSE = /^(\d{1,4})\p{Ll}?(?:\/\d{1,4}\p{Ll}?)?(?:[^\S\n]?[-–][^\S\n]?(\d{1,4}))?(?![\p{L}\p{M}\d]|[/.,:-]\d|-\p{L}|[^\S\n]?(?:%|[-–]?[^\S\n]?(?:years?|yrs?|y\.o|months?|weeks?|days?|nights?|times?|hours?|h|min|minutes?|am|pm|people|girls?|women|men|km|m|kg|euros?|eur|usd|лет|год|года|месяц|недел|дн|ноч|раз|час|мин|человек|девуш|женщин|км|кг|тыс|руб|сом|тенге|тг|лари|драм|манат|евро|долл)(?![\p{L}])))/u;
const CUE_BEFORE_WORD = /(?:^|[\s(])(?:at|on|на|[Жж]ив[её]т|[Жж]ивут|[Пп]роживает|[Пп]роживают) $/u;
const CUE_BEFORE_TWO_WORDS = /(?:^|[\s(])(?:at|on|на|[Жж]ив[её]т|[Жж]ивут|[Пп]роживает|[Пп]роживают) \p{Lu}[\p{L}\p{M}'’-]* $/u;
/** "at", "on", "на" or "живёт" right before the street (a salon at Egnatia 118; her landlady on Ilica 218; на Koněvova 178; Живёт Cejl 41/12). */
const BARE_STREET_CUE = /(?:^|[\s(])(?:at|on|на|[Жж]ив[её]т|[Жж]ивут|[Пп]роживает|[Пп]роживают)\s$/u;
/** A Russian adjective in the feminine, as a street (улица) is named: Садовая, Волгоградская. */
const RUSSIAN_STREET_ADJECTIVE = /^\p{Lu}[а-яё]+(?:ая|яя)$/u;
function bareStreetWord(word: string, isWord: (word: string) => boolean, data: PackData, adjective: boolean): boolean {
  if (data.given.has(word) || commonGivenName(word) || knownTown(data, word) || data.notNames.has(word) || data.institutions.has(word) || carMake(word)) return false;
  return adjective || !isWord(word);
}

/**
 * A Czech or Slovak house number with its two numbers (the land register's and the street's, "číslo popisné/orientační")
 * after a street's name in Latin letters: "Táboritská 1038/22", "Svobody 1642/8", "Cejl 47/12a". The shape says it is a
 * house: a law's number has a year after its slash (61/1991), and the name before it is no word of the dictionaries.
 */
export function registerHouseNumbers(text: string, isWord: (word: string) => boolean): Span[] {
  const out: Span[] = [];
  if (!text.includes('/')) return out;
  // (The numbers first, found from their slash; the street's name then asked of the few characters before them.)
  for (const m of text.matchAll(REGISTER_NUMBERS)) {
    const named = REGISTER_NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 48), m.index));
    if (named === null) continue;
    const name = named[1];
    // (Not a day and a month, "Tue 14/5"; nor a court's register before its case, "VI Ko 312/24".)
    const [house, street] = m[0].split('/').map((part) => parseInt(part, 10));
    if ((house <= 31 && street <= 12) || name.length <= 2 || (name.length <= 4 && CHAMBER_BEFORE.test(text.slice(Math.max(0, m.index - named[0].length - 6), m.index - named[0].length)))) continue;
    if (name.split(' ').some((word) => isWord(word.toLowerCase()))) continue;
    // (Nor a register's name after a body's capitals and a hyphen, before a number and its year: a Serbian police
    // administration's, "ПУ-Зем 1427/24"; a housing estate's is a house, "ЖК-Самал 114/3".)
    if (/\/(?:\d{2}|(?:19|20)\d\d)$/.test(m[0]) && CAPITALS_AND_HYPHEN.test(text.slice(Math.max(0, m.index - named[0].length - 6), m.index - named[0].length))) continue;
    out.push({ start: m.index - named[0].length, end: m.index + m[0].length, type: 'ADDRESS', rule: 'address.register-house', confidence: 0.8 });
  }
  return out;
}
const CAPITALS_AND_HYPHEN = /(?<![\p{L}])\p{Lu}{2,4}-$/u;
/**
 * A house written before its street, as Russian says where something happened: "у д. 165 по ул. Люблинской", "в доме 14 на
 * улице Ленина", "outside no. 14 on Lenin street". Pure.
 */
export function housesBeforeStreets(text: string): Span[] {
  const out: Span[] = [];
  if (!HOUSE_WORD_ANYWHERE.test(text)) return out;
  for (const m of text.matchAll(HOUSE_BEFORE_STREET)) out.push({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS', rule: 'address.house-before-street', confidence: 0.85 });
  return out;
}
const HOUSE_WORD_ANYWHERE = /д\.|дом|house|no\./i;
const ANNIVERSARY_STREET = /(?<![\p{L}])(?:ул\.|улиц[аеыу]|пр\.|пр-т|просп\.|проспект[аеу]?|пер\.|пл\.|площад[иь]|ul\.|ulitsa|ulitse|pr\.)[^\S\n]?\d{2,3}[^\S\n](?:лет|let|летия|letiya)[^\S\n]\p{Lu}[\p{L}-]+/gu;
const KILOMETRE_TEST = /km|км/;
/** A road's number, "M-51", "Р-254", "A-310", maybe with its name, "M-5 «Урал»"; or the towns it joins, "Pavlodar–Semey highway". */
const ROAD = String.raw`(?:[MМPРRAАEЕ]-\d{1,3}(?:[^\S\n]?[«"][^»"\n]{1,20}[»"])?|(?:трасс[аеыу][^\S\n]+)?\p{Lu}[\p{L}-]+[^\S\n]?[–—-][^\S\n]?\p{Lu}[\p{L}-]+(?:[^\S\n]+(?:highway|road|трасса|trassa))?(?:[^\S\n]\([MМPРRAАEЕ]-\d{1,3}\))?)`;
const ROAD_KILOMETRE = String.raw`(?:km[^\S\n]?\d{1,4}|\d{1,4}(?:-й|-th|th)?[^\S\n]?(?:км|km))`;
const ROADSIDE_BUILDING = String.raw`(?:plot|bldg\.?|building|house|стр\.|строение|д\.|дом|уч\.|участок|вл\.|владение)[^\S\n]?№?[^\S\n]?\d{1,4}[a-zа-я]?`;
const ROADSIDE_ROOM = String.raw`(?:room|номер|комната|комн\.|кв\.|apt\.?)[^\S\n]?\d{1,4}`;
const ROADSIDE_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${ROAD},[^\S\n]?)?${ROAD_KILOMETRE},[^\S\n]?${ROADSIDE_BUILDING}(?:,[^\S\n]?${ROADSIDE_ROOM})?(?![\p{L}\d])`,
  'gu',
);
const STREET_NAME = String.raw`(?:\d{1,2}-?[йяе][^\S\n])?\p{Lu}[\p{L}-]+(?:[^\S\n]\p{Lu}[\p{L}-]+)?`;
const HOUSE_BEFORE_STREET = new RegExp(
  // (With "№" before the house, and a street named for a Soviet anniversary's years: "у дома № 14 по ул. 10 лет Октября".)
  String.raw`(?<![\p{L}\d])(?:(?:д\.|дом(?:а|у|е|ом)?)[^\S\n]?(?:№[^\S\n]?)?\d{1,4}[а-яa-z]?(?:\/\d{1,3})?[^\S\n](?:по|на)[^\S\n](?:ул\.|улиц[аеыу]|пр\.|пр-ту|просп\.|проспект[уе]|пер\.|переулк[уе]|б-ру|бульвар[уе]|ш\.|шоссе|наб\.|набережной)[^\S\n]?(?:\d{2,3}[^\S\n]лет[^\S\n])?${STREET_NAME}` +
    String.raw`|(?:house|building|no\.)[^\S\n]?\d{1,4}[a-z]?[^\S\n]on[^\S\n]${STREET_NAME}[^\S\n](?:street|st\.|avenue|ave\.|road|rd\.|boulevard|lane))(?![\p{L}])`,
  'gu',
);

// (Not a phone's groups: "Fatmira 070/418-227".)
const REGISTER_NUMBERS = /(?<![\p{L}\d/.-])\d{1,4}\/\d{1,3}[a-z]?(?![\p{L}\d/]|[-.]\d)/gu;
/** A court chamber's number before its register: "II Kop 204/23", "3 Nt 412/24". */
const CHAMBER_BEFORE = /(?:^|\s)(?:[IVX]{1,4}|\d{1,3})\s$/u;
const REGISTER_NAME_BEFORE = /(?<![\p{L}\d])(\p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+)?) $/u;
