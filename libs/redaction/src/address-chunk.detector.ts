import { capitalised, isDigitCode } from './document';
import { registerAndNrBefore } from './court-register';
import { CURRENCY_WORD } from './data/currencies';
import { commonGivenName, packData, type PackData } from './pack-data';
import type { Span } from './types';

/**
 * Addresses written the way the whole region writes them, found by anchors
 * rather than one pattern per country: a street or unit keyword of any of the
 * region's languages (ul., ulica, utca, iela, str., bl., sc., ap., byt, stan,
 * ulaz, Mah., Cad., Sk., No:, Daire, -ro, -gil, ko'chasi, -uy, ж.к., ж/м, вх.,
 * бл., ап., шоссе, үй, бөлмө, building, flat ...) next to a house or flat
 * number. From each anchor the span grows over the tokens an address is made
 * of (capitalised words, numbers, keywords, commas) and stops at ordinary prose.
 * Pure.
 */

/**
 * Keywords that name a street, a block or a district (before or after the name)
 * in more than one country or in English; each country's own are in its pack.
 */
const STREET_KEYWORDS = new Set(
  `ul ulica ulitsa ulice utca út útja iela prospekts pr pr-t prosp prospekt prospect bul bulv bulevar bulevardul blvd bd al aleja aleea calea şos sos soseaua šoss str strada stradă strasse straße str-da trg náměstí nám namesti
   mah mahalle mahallesi mh cad cd caddesi sk sok sokak sokağı bulvarı
   ro gil daero dong gu
   ko'chasi ko‘chasi koʻchasi ko’chasi kochasi ko'cha koʻcha kucha mahalla mahala kvartal massiv mavzesi мавзе мавзеи qishloq qishlog'i qishlog‘i qishlogʻi qishlogi tumani tumanı mfy махалля махалла кишлак
   fshati fshat
   zh/m ж/м жм ж.к жк jk mkr mkrn mikrorayon microdistrict мкр мкрн микрорайон микрорайоне микрорайона микрорайону квартал квартале квартала массив массиве
   вул вулиця вулиці ул улица улице улицу шоссе пр пр-т проспект просп пер переулок бульвар б-р наб набережная пл площадь тупик проезд тракт тракте trakt
   көшесі даңғылы көчөсү
   micro-district micro-districts street road avenue ave lane drive building bldg heights tower towers residence residences block compound villa вилла вилле виллу cluster`
    .split(/\s+/)
    .filter(Boolean),
);
/** Keywords of a house, entrance, floor or flat, followed (or preceded) by its number (and each pack's own). */
const UNIT_KEYWORDS = new Set(
  `kv kv. apt apartment flat room rm floor fl entrance door house bld dom d no nr br broj byt stan ulaz sprat m lok lokal ap apart bl blok sc scara et etaj daire d: kat
   apartman stanovanje kuća kuca kuće soba kontejner baraka соба контејнер барака
   uy xonadon bino podъezd podezd ev komnata komn pakoj kim
   poschodie patro emelet piętro pietro kati shtëpia shtëpi
   кв квартира номер д дом корп корпус стр строение под подъезд эт этаж оф офис комн ком комната пом помещение вх бл блок ап апартамент общ общежитие общежитии общежития общежитию дверь здание пакой
   үй бөлмө пәтер блок`
    .split(/\s+/)
    .filter(Boolean),
);
/** Of those, the prepositions too (под, under): like the packs' `prepositions`, keywords only with their full stop or before a number. */
const UNIT_PREPOSITIONS = ['под'];
// (Or a neighbourhood's dong, a town's eup or a township's myeon before its lot number: 원곡동 824-3, 향남읍 612-3.)
const HANGUL_ROAD = /^[\uac00-\ud7a3]{1,8}(?:로|길|동|읍|면)$/u;
/** Titles written after the person a street is named after, in lower case. */
const STREET_TITLES = new Set(['batyr', 'batyra', 'baatyr', 'bi', 'biy', 'akyn', 'akyna', 'khan', 'ata', 'батыр', 'батыра', 'баатыр', 'би', 'акын', 'ақын', 'акына', 'хан', 'хана', 'ата']);

/** Words that end a run even when capitalised: they start the prose again. */
const STOP_WORDS = new Set(
  'in at on near and or but with from to the a an of for by since until till during where which who that she he they her his address в на у из и а но с со где который которая она он они её его около возле адрес адресу then потом затем живёт живет живу живут живём живем проживает проживают проживаю lives live living resides'.split(' '),
);

interface Piece {
  text: string;
  start: number;
  end: number;
  kind: 'street' | 'unit' | 'number' | 'name' | 'stop';
}

// (A word keeps its full stop before a space, a comma, the end, or a digit written right after it: k.2, d.5.)
// (A house and its flat may be joined by an en dash as by a hyphen: Taikos pr. 117–48.)
// (A house, its floor in Roman numbers and its flat are one number: Bulevar kralja Aleksandra 73/II/5; so are a house and
// its building joined by "k", Profsoyuznaya 104k2.)
const PIECE = /[IVX]{1,4}\/\d{1,4}(?![\p{L}\d])|[\p{L}\p{M}'’‘/]+(?:\.[\p{L}]{1,2}(?=\.))*(?:\.(?=\s|,|$|\d)|:)?|\d+(?:[kкKК]\d{1,2}(?![\p{L}\d])|[\p{L}]{1,5}|°)?(?:[-–/.:]\d+[\p{L}]?)*(?:\/[IVX]{1,4}(?:\/\d{1,4}\p{Ll}?)?(?![\p{L}\d])|\/\p{Lu}(?![\p{L}]))?(?:-[\p{L}]{1,9})?/gu;

const DATE_PIECE = /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$|^\d{1,2}\.(?:0\d|1[0-2])$/;
function classify(raw: string, words: PackData['address'], lists: KeywordLists = keywordLists(words)): Piece['kind'] {
  // (A date is no house's number: "Fri 17.03 → Sat 18.03.2023".)
  const first = raw.charCodeAt(0);
  if (first >= 48 && first <= 57 && DATE_PIECE.test(raw)) return 'stop';
  // (With a hash of the piece in lower case, and of it without its last character, for the look-up below.)
  let hash = 0;
  let hashButLast = 0;
  let plain = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) return 'number';
    const lower = lowerCode(c);
    if (lower < 0) plain = false;
    hashButLast = hash;
    hash = nextHash(hash, lower);
  }
  // Most pieces are in no keyword list (nor "bb"): when its letters are plain Latin or Russian ones, a piece whose hashes
  // the lists do not have is told apart without being lower-cased and looked up, with the same answers as below.
  // (So every word list read below must be one of keywordLists', or this shortcut would pass over its words.)
  const final = raw.charCodeAt(raw.length - 1);
  const finalStop = final === 0x2e || final === 0x3a;
  if (plain && lists.hashes[(finalStop ? hashButLast : hash) & HASH_MASK] === 0 && !(finalStop && lists.hashes[hash & HASH_MASK] === 1) && !raw.includes('-')) {
    if (raw.length >= 2 && raw.length <= 3 && capitalised(raw) && /^\p{Lu}{2,3}$/u.test(raw)) return 'name';
    if (raw.length === 1 && lowerCode(final) !== final) return 'name';
    const ending = words.streetEnding;
    if (!!ending && (!lists.endingCapitalised || capitalised(raw)) && ending.test(raw)) return 'street';
    return capitalised(raw) || ELIDED_ARTICLE_NAME.test(raw) ? 'name' : 'stop';
  }
  const lowered = raw.toLowerCase();
  const last = lowered.charCodeAt(lowered.length - 1);
  const word = last === 0x2e || last === 0x3a ? lowered.slice(0, -1) : lowered; // without a final "." or ":"
  if (word === 'bb') return 'number'; // "bez broja": a house without a number
  // (A street's abbreviation that is a common word without its full stop: "Гедикпаша сок." is a street, "купила сок 2 литра" juice.)
  if (last !== 0x2e && ABBREVIATIONS_ONLY_WITH_STOP.has(word)) return 'stop';
  // Which of the keyword lists hold the word (most words: none), asked once.
  const held = lists.held.get(word) ?? 0;
  // Capitals without a full stop (AP, BD, SK) are plate letters or abbreviations, not "ap." or "sk.".
  // (The pattern is tried only on two or three characters starting with a capital.)
  // (Except a street word of a Cyrillic script, which is written in capitals: ЖК «Нурлы Тау».)
  // (And a German floor, OG, EG, DG, UG, which is written in capitals: 3. OG links.)
  if (held & PACK_UNIT && CAPITAL_UNITS.has(finalStop ? raw.slice(0, -1) : raw)) return 'unit';
  // (And Uzbek's MFY, a neighbourhood's word written in capitals after its name: "Bog‘ishamol MFY".)
  if (raw.length >= 2 && raw.length <= 3 && capitalised(raw) && /^\p{Lu}{2,3}$/u.test(raw) && !(held & STREET_KEYWORD && (/[^\x00-\x7f]/.test(word) || raw === 'MFY'))) return 'name';
  // One capital letter is an entrance, block or building letter (вх. А, sc. B), not the conjunction "а".
  if (raw.length === 1 && raw !== word) return 'name';
  // A pack's short Latin keyword (g., u., k., dz.) counts only with its full stop.
  // (Or with a slash: C/ for calle.)
  // (So does a keyword that is a preposition too, per., pod., под.: piecesOf reads it as a unit right before its number.)
  const fullStopOnly = lists.prepositions.has(word) && !raw.endsWith('.');
  const packWord = !fullStopOnly && (word.length > 2 || raw.endsWith('.') || raw.endsWith('/') || /[^\x00-\x7f]/.test(word) || BARE_SHORT_STREET_WORDS.has(word));
  // (English street words that are also verbs or common nouns count only with a capital: "Ocean Drive 5", not "drive black Malibu 01".)
  if (CAPITAL_ONLY_STREET_WORDS.has(word) && !capitalised(raw)) return 'stop';
  // (The street endings start with a capital: asked only of a capitalised piece.)
  const ending = words.streetEnding;
  const streetEnding = !!ending && (!lists.endingCapitalised || capitalised(raw)) && ending.test(raw);
  if (held & STREET_KEYWORD || (packWord && held & PACK_STREET) || streetEnding || (word.includes('-') && /-(?:ro|gil|daero|dong|gu|eup|ri|myeon|ро|гиль|дэро|ып|ри|мён)$/.test(word))) return 'street';
  // (A Korean road's name in Hangul ends in its word, which has no capital: 원곡로, 명동길, 세종대로.)
  if (HANGUL_ROAD.test(raw)) return 'street';
  if (!fullStopOnly && (held & UNIT_KEYWORD || (lowered !== word && UNIT_KEYWORDS.has(lowered)) || (packWord && held & PACK_UNIT))) return 'unit';
  if (held & STOP_WORD) return 'stop';
  // A title written after a person a street is named after (Raiymbek batyr, Tole bi, Abylai khan): part of the name.
  if (held & STREET_TITLE) return 'name';
  // (Georgian letters have no capitals: a word in them is a name's, "ჭავჭავაძის გამზ. 37".)
  if (capitalised(raw) || ELIDED_ARTICLE_NAME.test(raw) || GEORGIAN_WORD.test(raw)) return 'name';
  return 'stop';
}
const GEORGIAN_WORD = /^[\u10d0-\u10ff]/;

/**
 * Where the house number (or its unit word) stands after two or three lower-case words that follow a street word at j, with
 * nothing but spaces between them (a comma only before a unit word); 0 if it does not.
 */
function lowerCaseNameAfterStreet(text: string, pieces: readonly Piece[], j: number): number {
  for (let k = j + 1; k <= j + 3; k++) {
    const p = pieces[k];
    if (p === undefined || p.kind !== 'stop' || !/^\p{Ll}{3,}$/u.test(p.text) || STOP_WORDS.has(p.text) || text.slice(pieces[k - 1].end, p.start) !== ' ') return 0;
    const next = pieces[k + 1];
    if (next === undefined || k === j + 1) continue;
    const gap = text.slice(p.end, next.start);
    if (next.kind === 'number' && gap === ' ' && !/^(?:19|20)\d\d(?!\d)/.test(next.text)) return k + 1;
    if (next.kind === 'unit' && (gap === ' ' || gap === ', ') && pieces[k + 2]?.kind === 'number') return k + 1;
  }
  return 0;
}

/** Whether two pieces joined by a hyphen are one (see detectAddressChunks). */
function hyphenated(before: string, after: string): boolean {
  if (/^micro$/i.test(before)) return /^districts?$/i.test(after);
  if (KOREAN_STREET_SUFFIX.test(after)) return /^[\p{L}\p{M}]+$/u.test(before);
  if (/^\p{Ll}{1,2}$/u.test(after)) return /^\p{Ll}{1,3}$/u.test(before);
  return /^\p{L}{1,4}$/u.test(before) && /^\d+\p{L}?$/u.test(after);
}
const KOREAN_STREET_SUFFIX = /^(?:ro|gil|daero|eup|ri|myeon|dong|gu|si|gun|ро|гиль|дэро|ып|ри|мён|дон|гу|си)$/;
/** A Korean city, district or county before the street (Ansan-si, Danwon-gu): written first, and part of the address. */
const KOREAN_AREA = /-(?:si|gu|gun|do|си|гу)[.,]?$/;

/** English street words that are everyday words too (and the Croatian road's, put): a street word only when capitalised. */
const CAPITAL_ONLY_STREET_WORDS = new Set(['via', 'drive', 'way', 'place', 'court', 'park', 'square', 'walk', 'close', 'row', 'block', 'put']);

/** Two-letter street words written without their full stop, which are no word of English or Russian (Kreenholmi tn 12-3). */
const BARE_SHORT_STREET_WORDS = new Set(['tn']);

/** Bits of KeywordLists.held: the lists above and the pack's that hold a word. */
const STREET_KEYWORD = 1;
const PACK_STREET = 2;
const UNIT_KEYWORD = 4;
const PACK_UNIT = 8;
const STOP_WORD = 16;
const STREET_TITLE = 32;

/**
 * The code of a character in lower case for basic Latin, Russian and the
 * other Cyrillic letters up to U+045F (what toLowerCase gives for them, one
 * character for one), the quotes that pieces may hold as they are; -1 for
 * any other character.
 */
function lowerCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  if (c >= 0x400 && c <= 0x45f) return c < 0x410 ? c + 0x50 : c < 0x430 ? c + 0x20 : c;
  return c === 0x2018 || c === 0x2019 ? c : -1;
}
const nextHash = (hash: number, code: number) => (Math.imul(hash, 31) + code) | 0;
const HASH_MASK = 0xffff;

/** For each word of the keyword lists (the module's and a pack's), which lists hold it: one lookup per piece instead of eight. */
interface KeywordLists {
  held: ReadonlyMap<string, number>;
  /** 1 at the (masked) hash of every word of `held` and of "bb" (lower-case codes as lowerCode gives them). */
  hashes: Uint8Array;
  /** The pack's street-ending pattern needs a capital first (pack-data builds it so), so it is not tried on other pieces. */
  endingCapitalised: boolean;
  /** Keywords that are prepositions too (the base's and the packs'), keywords only with their full stop or before a number. */
  prepositions: ReadonlySet<string>;
}

/** Built once per pack data (it holds only the lists' words, no narrative's). */
const keywordListsOf = new WeakMap<PackData['address'], KeywordLists>();
function keywordLists(words: PackData['address']): KeywordLists {
  let lists = keywordListsOf.get(words);
  if (!lists) {
    const held = new Map<string, number>();
    const add = (set: ReadonlySet<string>, bit: number) => {
      for (const w of set) held.set(w, (held.get(w) ?? 0) | bit);
    };
    add(STREET_KEYWORDS, STREET_KEYWORD);
    add(words.street, PACK_STREET);
    add(UNIT_KEYWORDS, UNIT_KEYWORD);
    add(words.unit, PACK_UNIT);
    add(STOP_WORDS, STOP_WORD);
    add(STREET_TITLES, STREET_TITLE);
    const hashes = new Uint8Array(HASH_MASK + 1);
    for (const w of [...held.keys(), 'bb']) {
      let hash = 0;
      for (let i = 0; i < w.length; i++) hash = nextHash(hash, lowerCode(w.charCodeAt(i)));
      hashes[hash & HASH_MASK] = 1;
    }
    // (The packs' street endings start with a capital, see StreetEnding.)
    lists = { held, hashes, endingCapitalised: words.streetEnding !== null, prepositions: new Set([...UNIT_PREPOSITIONS, ...words.prepositions]) };
    keywordListsOf.set(words, lists);
  }
  return lists;
}

/** Unit words written in capitals (German floors: Obergeschoss, Erdgeschoss, Dachgeschoss, Untergeschoss), counted where a pack has them. */
const CAPITAL_UNITS = new Set(['OG', 'EG', 'DG', 'UG', 'Stock', 'Etage']);

/** An initial and its full stop before a capitalised name, inside a street's name: "ім. В. Стефаника". */
function initialBeforeName(pieces: Piece[], k: number): boolean {
  return pieces[k] !== undefined && /^\p{Lu}\.$/u.test(pieces[k].text) && pieces[k + 1]?.kind === 'name' && capitalised(pieces[k + 1].text);
}

/**
 * Short lower-case words inside a street's name that is a phrase (Zmaja od Bosne, Rruga e Kavajës, Calea lui Traian), and
 * the word or title before the person a street is named after (вул. Набережна ім. В. Стефаника, Cesta dr. Franje Tuđmana).
 */
const NAME_LINKS = new Set(['od', 'e', 'i', 'и', 'și', 'şi', 'si', 'ir', 'un', 'ja', 'és', 'lui', 'de', 'la', 'na', 'von', 'der', 'cel', 'чел', 'fără', 'fara', 'din', 'cu', 'pe', 'ім.', 'им.', 'імені', 'имени', 'im.', 'dr.', 'др.']);
/** Articles and prepositions inside Spanish, Catalan, Italian and Portuguese street names, after the street's word. */
/** A capitalised name after an elided article or preposition: rue d'Aerschot, Via dell'Indipendenza, rue de l'Église. */
const ELIDED_ARTICLE_NAME = /^(?:d|l|dell|all|sull|nell)['’]\p{Lu}/u;
const ROMANCE_LINKS = new Set(['de', 'la', 'del', 'dels', 'les', 'los', 'las', 'el', 'dei', 'della', 'delle', 'degli', 'di', 'da', 'do', 'dos', 'das']);

/** Whether a street keyword comes at most three name pieces before piece `j` (ulica Zmaja | od Bosne). */
function streetBefore(pieces: readonly Piece[], j: number): boolean {
  for (let k = j; k >= Math.max(0, j - 3); k--) {
    if (pieces[k].kind === 'street') return true;
    if (pieces[k].kind !== 'name') return false;
  }
  return false;
}

/** A house number at piece k, then a unit word and its number (47, stan 12): an address without its street word. */
function unitAfterHouse(pieces: readonly Piece[], k: number): boolean {
  return pieces[k]?.kind === 'number' && pieces[k + 1]?.kind === 'unit' && pieces[k + 2]?.kind === 'number';
}

/** A word for a village (or a Turkmen rural district, etrap) right before its name, as the address's first words (village Navobod, с. Кара-Суу, ...). */
const SETTLEMENT_BEFORE = /(?:^|[\s(,])((?:village|hamlet|osada|naselje|aul|село|селе|деревня|деревне|посёлок|поселок|посёлке|поселке|аул|кишлак|кишлаке|qishloq|qishlog'i|fshati|selo|sat|satul|kyshtak|кыштак|айыл|этрап|etrap|с\.|пос\.|дер\.|ст\.|станица|станице|хутор|хуторе)\s)$/iu;

/**
 * A district's name and its word, then a comma, right before the address (Sino district, Сергелийский р-н, Yasamal r-nu,
 * Xətai r., Bakıxanov qəs.).
 */
// (Uzbek writes the whole chain from the region down, each with its word after the name, and the address keeps it: "Namangan
// viloyati, Chust tumani, Gʻova MFY, Bogʻbon koʻchasi 17-uy", "Pastdargʻom tumani, Juma shahri, Navroʻz koʻchasi 15-uy".)
const DISTRICT_BEFORE = /(?:^|[\s(:])((?=\p{Lu})(?:\p{Lu}[\p{L}\p{M}'’‘-]+[ \t](?:viloyati|обл|области|облысы|oblysy)\.?,[ \t])*(?:\p{Lu}[\p{L}\p{M}'’‘-]+[ \t](?:district|r-n|r-nu|р-н|район|rayon|rayonu|r(?=\.)|qəs(?=\.)|qəsəbəsi|tumani|тумани|raioni|rajons|rajonas|ilçesi)\.?,[ \t])?(?:\p{Lu}[\p{L}\p{M}'’‘-]+[ \t](?:shahri|sh(?=\.)|MFY|qishlogʻi|qishlog'i|qishlog‘i)\.?,[ \t])?)$/u;

function districtBefore(text: string, at: number): RegExpExecArray | null {
  const before = text.slice(Math.max(0, at - 90), at);
  const placeBefore = (lead: RegExpExecArray) => PLACE_NOT_THE_ADDRESS_BEFORE.test(text.slice(Math.max(0, at - lead[1].length - 12), at - lead[1].length));
  const chain = DISTRICT_BEFORE.exec(before);
  if (chain === null || !placeBefore(chain)) return chain;
  // (A region named after "в"/"in" is where she lives, not the address's; its district after it still is: "Живёт в
  // Алматинской обл., Карасайский р-н, ул. Абая 5".)
  const district = DISTRICT_ONLY_BEFORE.exec(before);
  return district !== null && district[1].length < chain[1].length && !placeBefore(district) ? district : null;
}
const DISTRICT_ONLY_BEFORE = /(?:^|[\s(:])((?=\p{Lu})\p{Lu}[\p{L}\p{M}'’‘-]+[ \t](?:district|r-n|r-nu|р-н|район|rayon|rayonu|r(?=\.)|qəs(?=\.)|qəsəbəsi|tumani|тумани|raioni|rajons|rajonas|ilçesi)\.?,[ \t](?:\p{Lu}[\p{L}\p{M}'’‘-]+[ \t](?:shahri|sh(?=\.)|MFY|qishlogʻi|qishlog'i|qishlog‘i)\.?,[ \t])?)$/u;

/** A date: day and month as digits (12.04), or a day and a month's name (20 августа, 3 March). */
const DATE_AFTER = /^\d{1,2}(?:\.\d{1,2}(?!\d)|\s(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/iu;

/** Month names and their abbreviations, as dates write them (19 Oct, 12 апреля, 3 mai). */
const MONTH_WORDS = new Set(
  `jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december
   января февраля марта апреля мая июня июля августа сентября октября ноября декабря янв фев мар апр июн июл авг сен сент окт ноя дек`.split(/\s+/),
);

const LINE_WORDS = new Set(['линия', 'линии', 'line', 'quarter']);
const WEEKDAYS_SHORT = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']);

/** A lower-case word of four letters or more: what a street named after an ordinal names (5. prekomorske, 2. тузланске бригаде). */
const ORDINAL_NAMED = /^\p{Ll}{4,}$/u;
/** Month names in the case streets are named with (Ulica 15. maja, ul. 11 Oktomvri, 1 Maja, 8 Марта). */
const MONTHS_OF_STREETS = new Set(
  `januara februara marta aprila maja juna jula avgusta augusta septembra oktobra novembra decembra siječnja veljače ožujka travnja svibnja
   lipnja srpnja kolovoza rujna listopada studenoga prosinca januar mart maj oktomvri noemvri dekemvri septemvri avgust maja listopada
   ledna února března dubna května června července srpna září října listopadu prosince januára februára marca apríla mája júna
   júla septembra októbra stycznia lutego kwietnia czerwca lipca sierpnia września października grudnia
   января февраля марта апреля мая июня июля августа сентября октября ноября декабря`
    .split(/\s+/)
    .filter(Boolean),
);

/** Unit words that only count beside a street keyword: "ID no 0102", "No. 3" alone are not addresses. */
// ("под" and its Latin "pod" too: "зарегистрировано под № 4471" is a file's number, "hidden pod 3 blankets" no entrance; an
// entrance has its street's word beside it.)
// ("стр" too: "стр. 9" of a report is its page; a building has its street beside it, "ул. Ленина, д. 5, стр. 2".)
// (And a hotel room's "номер", a number's word too: "ул. Желтоксан, 3, номер 12" is the room, "номер 12" alone is not.)
// (And the Belgian "bus" of a flat's letterbox, an English word too: "took bus 42"; and "вх." of a letter as it came in, "вх. №
// 1902-24": a Bulgarian entrance has its block beside it.)
// (And a zone's or a building's word, which a count or a year may follow too: "зона 5 лет", "Nova zgrada 2019.")
const WEAK_UNITS = new Set(['no', 'nr', 'br', 'd', 'm', 'et', 'sc', 'fl', 'kat', 'ev', 'door', 'дверь', 'int', 'под', 'pod', 'стр', 'bus', 'вх', 'kim', 'номер', 'зона', 'zona', 'zgrada', 'зграда']);

/** Ordinals written as words, in lower case, before an entrance's or a floor's word. */
const ORDINAL_WORDS = new Set(
  `первый второй третий четвертый четвёртый пятый шестой седьмой восьмой девятый десятый первом втором третьем четвертом четвёртом пятом шестом седьмом восьмом девятом
   first second third fourth fifth sixth seventh eighth ninth tenth ground top
   prvi drugi treći treci četvrti cetvrti peti šesti sesti sedmi osmi deveti deseti prvom drugom trećem trecem četvrtom cetvrtom petom`.split(/\s+/),
);

/** Weak units that never anchor an address after a house: a number's or a door's word. */
const ORDINAL_ONLY_WEAK = new Set(['no', 'nr', 'br', 'd', 'door', 'под', 'pod', 'int', 'номер']);

/**
 * Whether the weak unit at k follows a capitalised name, its house and a comma, and has its number: after it (", m. 37") or
 * as an ordinal before it (", 2. kat").
 */
function unitAfterNameAndHouse(text: string, run: readonly Piece[], k: number): boolean {
  const ordinal = run[k - 1]?.kind === 'number' && /^\d{1,2}$/.test(run[k - 1].text) && text.slice(run[k - 1].end, run[k].start) === '. ';
  const house = ordinal ? k - 2 : k - 1;
  if (!ordinal && run[k + 1]?.kind !== 'number') return false;
  const name = run[house - 1];
  // (A Polish flat's "m." after its house needs no comma: "Puławska 145 m. 52".)
  const gap = text.slice(run[house]?.end ?? 0, run[house + 1]?.start ?? 0);
  return run[house]?.kind === 'number' && name?.kind === 'name' && capitalised(name.text) && /^\d{1,4}\p{L}?(?:\/\d{1,4})?$/u.test(run[house].text) && (gap === ', ' || (gap === ' ' && run[k].text === 'm.' && !ordinal)) && text.slice(name.end, run[house].start) === ' ';
}

/** Street words written short with a full stop that are five letters long (a longer word with a full stop ends its sentence). */
const SHORT_STREET_WORDS_WITH_STOP = new Set(['просп.', 'prosp.', 'бульв.', 'bulev.', 'bulv.', 'bulvar.', 'aleja.', 'sokak.', 'sokağı.', 'микрн.', 'mikrn.', 'мкрн.', 'переул.', 'shosse.', 'шоссе.']);
/** Whether the gap between two pieces keeps them in one address: spaces, a comma, a full stop after an abbreviation or before a number. */
function joins(text: string, a: Piece, b: Piece): boolean {
  // (The usual gap, one space, passes every test below but the colon's.)
  // (Except a word with its full stop before a number, which the end of a sentence may part: asked below.)
  // (A word of four letters or more with a full stop is no abbreviation: the sentence ends there, "… 17002 Girona. Also".)
  if (b.start - a.end === 1 && text.charCodeAt(a.end) === 32 && !(b.kind === 'number' && a.text.endsWith('.'))) {
    // (Nor a street's word written out with the sentence's full stop: "on Zakharyevskaya Street. Passport 40 19 …", "на
    // Пушкинской улице. Машина полиции 418 KRT".)
    return (
      !(a.text.endsWith(':') && (a.kind === 'name' || b.kind !== 'number')) &&
      // (But a Roman number is an ordinal before a street's word: a Budapest district's, "VIII. ker., Dankó u. 9.")
      !(a.kind === 'name' && a.text.length > 4 && a.text.endsWith('.') && b.kind !== 'number' && !(b.kind === 'street' && ROMAN_ORDINAL.test(a.text))) &&
      !(a.kind === 'street' && a.text.length > 5 && a.text.endsWith('.') && b.kind !== 'number' && !SHORT_STREET_WORDS_WITH_STOP.has(a.text.toLowerCase()) && capitalised(b.text))
    );
  }
  const gap = text.slice(a.end, b.start);
  // (A "№" before the number is no piece: ул. „Пиротска“ № 112.)
  if (gap.length > (gap.includes('№') ? 5 : 3) || /\n/.test(gap)) return false;
  // A word with a colon introduces what follows (Lakik: Üllői út 45; dormitory: ...), except a number (No: 14).
  if (a.text.endsWith(':') && (a.kind === 'name' || b.kind !== 'number')) return false;
  // (Quotes around a name: махалля «Навбахор», дом 17, ж.к. „Люлин“ бл. 5.)
  if (!/^[\s,.;:№#«»"“”„‚‘’-]*$/.test(gap)) return false;
  // A full stop continues the address only after an abbreviation (ul., Mah., бл.), before a number (Dankó utca 9. 2/14)
  // or after an ordinal number before its unit (4. poschodie, 3. kat).
  // (Not over the end of a sentence into a date or the number of the next item: "кв. 12. 20 августа", "avenue. 3. No protocol".)
  if ((/[.;]\s/.test(gap) || (a.text.endsWith('.') && a.text.length > 5 && a.kind !== 'number')) && b.kind === 'number' && (DATE_AFTER.test(text.slice(b.start, b.end + 12)) || (a.kind !== 'number' && /^\.\s+\p{Lu}/u.test(text.slice(b.end, b.end + 3))))) return false;
  // (A day's number before its month in a street's name, with the day's full stop: 18. Novembra iela 62-19.)
  if (a.kind === 'number' && gap === '. ' && /^\d{1,2}$/.test(a.text) && MONTHS_OF_STREETS.has(b.text.toLowerCase())) return true;
  // (A Hungarian floor in Roman numbers after the house: Népszínház utca 31. III. emelet 12.)
  if (a.kind === 'number' && gap === '. ' && /^[IVX]{1,4}\.$/.test(b.text)) return true;
  // (An ordinal number before its street word: Saray Mah. 42. Sok., 1453. Sokak.)
  if (a.kind === 'number' && b.kind === 'street' && gap === '. ' && /^\d{1,4}$/.test(a.text)) return true;
  if (/[.;]/.test(gap) && !(b.kind === 'number' || (/\.$/.test(a.text) && a.text.length <= 5 && a.kind !== 'name') || (a.kind === 'number' && b.kind === 'unit' && gap.startsWith('.') && a.text.length <= 2 && (/^\p{Ll}/u.test(b.text) || CAPITAL_UNITS.has(b.text.replace(/\.$/, '')))))) return false;
  return true;
}

export function detectAddressChunks(text: string, data: PackData = packData()): Span[] {
  const pieces = piecesOf(text, data);
  markDates(text, pieces);
  markTimes(text, pieces);
  markSumsAndLines(pieces);
  markLowerCaseStreetNames(text, pieces, data.address.afterName);
  markLowerCaseVia(text, pieces);
  markLowerCaseSecondWords(text, pieces);
  markLowerCaseBlocks(text, pieces);
  markQuotedNames(text, pieces);
  markRoads(text, pieces);
  markCourtRegisters(text, pieces);
  markYearQuarters(pieces);
  const out: Span[] = [];
  let i = 0;
  while (i < pieces.length) {
    if (pieces[i].kind === 'stop') {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const next = pieces[j + 1];
      if (!next) break;
      // A lower-case street name right after a street keyword (ul. piotrkowska 112). (Asked before the gap, which costs more.)
      // (Or a lower-case word of the name before its capitalised part: Ulica kralja Tomislava 22, Rruga e Durrësit.)
      // (Or a short lower-case word inside a street's name that is a phrase, after its street word: Ulica Zmaja od Bosne 41.)
      // (Without a street word too, when a unit with its number follows the house number: Zmaja od Bosne 47, stan 12;
      // or with the street word after the name and its number: Dariaus ir Girėno g. 145-12, Brīvības un Tērbatas iela 3.)
      // (Or the articles and prepositions of a Romance street's name right after its street word, up to two, before its
      // capitalised part and a number: C/ de la Rutlla 74, Via dei Mille 12, Rua da Prata 40.)
      // (Or inside the name after its street word: Str. Ion Ionescu de la Brad nr. 7.)
      // (Or after a street word that follows its house, as French writes it, with no number after the name: 14 rue de la Paix.)
      if (next.kind === 'stop' && ROMANCE_LINKS.has(next.text) && (pieces[j].kind === 'street' || (pieces[j].kind === 'name' && capitalised(pieces[j].text) && streetBefore(pieces, j)))) {
        const k = ROMANCE_LINKS.has(pieces[j + 2]?.text ?? '') ? j + 3 : j + 2;
        const houseFirst = pieces[j].kind === 'street' && pieces[j - 1]?.kind === 'number' && text.slice(pieces[j - 1].end, pieces[j].start) === ' ';
        if (pieces[k]?.kind === 'name' && (capitalised(pieces[k].text) || ELIDED_ARTICLE_NAME.test(pieces[k].text)) && (houseFirst || pieces.slice(k + 1, k + 4).some((q) => q.kind === 'number')) && joins(text, pieces[j], next)) {
          for (let m = j + 1; m < k; m++) pieces[m].kind = 'name';
          j = k - 1;
          continue;
        }
      }
      // A French house's "bis" or "ter" between its number and the street's word (3 bis avenue Jean-Jaurès).
      if (next.kind === 'stop' && (next.text === 'bis' || next.text === 'ter') && pieces[j].kind === 'number' && pieces[j + 2]?.kind === 'street' && joins(text, pieces[j], next)) {
        next.kind = 'name';
        j++;
        continue;
      }
      // (Or a street's name of two or three lower-case words after its street word, before a house number or a unit and its
      // number, as hurried notes write it: rr. agim ramadani nr. 15, ж.к. меден рудник, бл. 412.)
      if (next.kind === 'stop' && pieces[j].kind === 'street') {
        const k = lowerCaseNameAfterStreet(text, pieces, j);
        if (k > 0) {
          for (let m = j + 1; m < k; m++) pieces[m].kind = 'name';
          j = k - 1;
          continue;
        }
      }
      // (Or after a street's word that is the name's first: "вул. Набережна ім. В. Стефаника, 30".)
      if (next.kind === 'stop' && NAME_LINKS.has(next.text) && (pieces[j].kind === 'name' || (pieces[j].kind === 'street' && next.text.endsWith('.'))) && capitalised(pieces[j].text) && (pieces[j + 2]?.kind === 'name' || initialBeforeName(pieces, j + 2)) && capitalised(pieces[j + 2].text) && (streetBefore(pieces, j) ? pieces.slice(j + 3, j + 6).some((q) => q.kind === 'number') || (pieces[j + 3]?.kind === 'street' && pieces.slice(j + 4, j + 8).some((q) => q.kind === 'number')) : unitAfterHouse(pieces, j + 3) || (pieces[j + 3]?.kind === 'street' && pieces[j + 4]?.kind === 'number')) && joins(text, pieces[j], next)) {
        next.kind = 'name';
        // (And the named person's initial: "ім. В. Стефаника".)
        if (initialBeforeName(pieces, j + 2)) pieces[j + 2].kind = 'name';
        j++;
        continue;
      }
      // A lower-case word of a street's name after its capitalised first word, before the house number or its unit word
      // (ul. Partizanski odredi br. 42, stan 7).
      // (Or without a street word, before a house number with a unit and its number: Mlynské nivy 48, byt 12.)
      // (Or a quarter's or a resort's name before the street after it: "к.к. Златни пясъци, ул. „Янтра“ 6".)
      if (next.kind === 'stop' && /^\p{Ll}{3,}$/u.test(next.text) && pieces[j].kind === 'name' && capitalised(pieces[j].text) && (streetBefore(pieces, j) || unitAfterHouse(pieces, j + 2)) && (pieces[j + 2]?.kind === 'number' || (pieces[j + 2]?.kind === 'unit' && pieces[j + 3]?.kind === 'number') || (pieces[j + 2]?.kind === 'street' && streetBefore(pieces, j) && /^, $/.test(text.slice(next.end, pieces[j + 2].start)))) && joins(text, pieces[j], next) && joins(text, next, pieces[j + 2])) {
        next.kind = 'name';
        j++;
        continue;
      }
      // A street named after a date, its day's number and its month (Ulica 15. maja 12, ul. 11 oktomvri 5, ulice 28. října 163):
      // part of the name.
      if (next.kind === 'stop' && pieces[j].kind === 'number' && pieces[j - 1]?.kind === 'street' && /^\d{1,2}$/.test(pieces[j].text) && MONTHS_OF_STREETS.has(next.text.toLowerCase()) && pieces[j + 2]?.kind === 'number' && /^\.? $/.test(text.slice(pieces[j].end, next.start))) {
        next.kind = 'name';
        j++;
        continue;
      }
      // (Or a Soviet anniversary's years, "ул. 10 лет Октября", "ул. 50 лет ВЛКСМ": its number is no house.)
      if (next.kind === 'stop' && pieces[j].kind === 'number' && pieces[j - 1]?.kind === 'street' && /^\d{2,3}$/.test(pieces[j].text) && (next.text === 'лет' || next.text === 'let') && pieces[j + 2] !== undefined && capitalised(pieces[j + 2].text) && text.slice(pieces[j].end, next.start) === ' ' && text.slice(next.end, pieces[j + 2].start) === ' ') {
        // (Its month's name too, which alone stops a run: "Октября"; and the years are the name's, no house.)
        pieces[j].kind = next.kind = pieces[j + 2].kind = 'name';
        j += 2;
        continue;
      }
      // (Or after an ordinal, a brigade or a unit it is named after, in one or two lower-case words: Ulica 5. prekomorske 14,
      // ул. Булевар 2. тузланске бригаде 14/III.)
      // (Not after a word that is a flat's too, the Bulgarian quarter's "кв.": "кв. 45. вызвала 102" is a flat and a new sentence.)
      if (next.kind === 'stop' && pieces[j].kind === 'number' && pieces[j - 1]?.kind === 'street' && !UNIT_KEYWORDS.has(pieces[j - 1].text.toLowerCase().replace(/\.$/, '')) && /^\d{1,2}$/.test(pieces[j].text) && text.slice(pieces[j].end, next.start) === '. ' && ORDINAL_NAMED.test(next.text) && !STOP_WORDS.has(next.text)) {
        const last = pieces[j + 2]?.kind === 'stop' && ORDINAL_NAMED.test(pieces[j + 2].text) && !STOP_WORDS.has(pieces[j + 2].text) && text.slice(next.end, pieces[j + 2].start) === ' ' ? j + 2 : j + 1;
        if (pieces[last + 1]?.kind === 'number' && text.slice(pieces[last].end, pieces[last + 1].start) === ' ') {
          for (let m = j + 1; m <= last; m++) pieces[m].kind = 'name';
          j = last;
          continue;
        }
      }
      // An entrance's or a floor's ordinal written as a word between the house and its unit (дом 19, второй подъезд, кв. 31).
      if (next.kind === 'stop' && pieces[j].kind === 'number' && pieces[j + 2]?.kind === 'unit' && ORDINAL_WORDS.has(next.text) && text.slice(next.end, pieces[j + 2].start) === ' ' && joins(text, pieces[j], next)) {
        next.kind = 'name';
        j++;
        continue;
      }
      // (Or before a unit word and its number: ul. Bulevar oslobođenja br. 46.)
      if (next.kind === 'stop' && !(pieces[j].kind === 'street' && /^\p{Ll}+$/u.test(next.text) && !STOP_WORDS.has(next.text) && !/,/.test(text.slice(pieces[j].end, next.start)) && (pieces[j + 2]?.kind === 'number' ? next.text.length >= 3 && !/^(?:19|20)\d\d(?!\d)/.test(pieces[j + 2].text) : (pieces[j + 2]?.kind === 'name' && capitalised(pieces[j + 2].text)) || (next.text.length >= 3 && pieces[j + 2]?.kind === 'unit' && pieces[j + 3]?.kind === 'number')))) break;
      if (!joins(text, pieces[j], next)) break;
      if (next.kind === 'stop') next.kind = 'name';
      j++;
    }
    // Lower-case street names after a keyword (ul. piotrkowska 112): take one word after a street keyword.
    // Every address has a number: a run without one is not sliced out and read.
    let numbered = false;
    for (let k = i; k <= j && !numbered; k++) numbered = pieces[k].kind === 'number';
    const run = numbered ? pieces.slice(i, j + 1) : null;
    i = j + 1;
    const span = run && addressIn(text, run, (word) => givenNameForm(data, word));
    // (An address has a digit, "residence card AB0713229" read as a building's word and a code is none, or ends with "bb",
    // a house without a number: "Stočni trg bb", "naselje Poljice bb".)
    if (span === null) continue;
    const numberless = WITHOUT_NUMBER_AT_END.exec(text.slice(span.start, span.end));
    // (Without the full stop after "bb": "Stočni trg bb.")
    const end = numberless !== null ? span.end - (numberless[0].endsWith('.') ? 1 : 0) : span.end + ordinalStop(text, span.start, span.end);
    if (numberless !== null || /\d/.test(text.slice(span.start, span.end))) out.push({ start: lowerCaseAreaBefore(text, koreanRegionsBefore(text, span.start), data.places), end, type: 'ADDRESS', rule: 'address.chunk', confidence: span.confidence });
  }
  return out;
}

/**
 * In notes typed in lower case, the area's name (and its number) right before an address that starts with its house,
 * its block or its street: "джал 29 д14 кв 41", "самал 2 д58 кв16", "юнусабад 4 кв-л д 12 кв 45", "ж/м ак-орго ул 7 д 33",
 * "г бишкек ул ахунбаева 97"; where the address starts is where the area's word or the town's letter starts.
 */
export function lowerCaseAreaBefore(text: string, start: number, places?: ReadonlySet<string>): number {
  const c = text.charCodeAt(start);
  if (start < 3 || text.charCodeAt(start - 1) !== 0x20) return start;
  // (Only before a number, a unit's or a street's word in lower case: the address's own start.)
  if (!(isDigitCode(c) || (c >= 0x430 && c <= 0x44f) || (c >= 0x61 && c <= 0x7a))) return start;
  const m = LOWER_AREA_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  // (An area's word or its number, maybe the address's first, must say so: "тёти ул улугбека 14", "place кок-жар 17" are no
  // area's names.)
  // (Or a district the packs know, before a block: "тракия бл 157 вх а".)
  if (m === null || (m.groups!.key === undefined && m.groups!.number === undefined && !AREA_NUMBER_FIRST.test(text.slice(start, start + 12)) && !(places?.has(m.groups!.word) && BLOCK_FIRST.test(text.slice(start, start + 8)))) || STOP_WORDS.has(m.groups!.word) || UNIT_KEYWORDS.has(m.groups!.word) || AREA_NOT_BEFORE.has(m.groups!.word)) return start;
  return start - m[0].length + (m[0].length - m[0].trimStart().length);
}
const BLOCK_FIRST = /^(?:бл|bl|блок|blok)\.?[^\S\n]?\d/u;
/** The area's number first, then the house's or the flat's word and number: "29 д14", "2 д58 кв16". */
const AREA_NUMBER_FIRST = /^\d{1,3}[^\S\n]+(?:д|дом|уй|үй|dom|d|kv|кв)\.?[^\S\n]?\d/u;
const LOWER_AREA_BEFORE = /(?:^|\s)(?:(?<key>ж\/м|жм|мкр|мкрн|жк|zhk|ttj|г\.?)\s)?(?<word>\p{Ll}[\p{Ll}-]{2,})(?<number>\s\d{1,3})?\s$/u;
/** Words a number or an address may follow in lower-case notes that are no area's name. */
const AREA_NOT_BEFORE = new Set(
  'adres адрес живёт живет живут жила живу снимает снимают снимала работает работают работала адресу квартире квартиру квартира дом дома доме сауна сауне сауну хостел хостеле номер номера тел телефон room flat hotel house lives live lived living rents rent rented works work worked address near at on in the and behind opposite above below next into onto toward towards across along beside past around via over under after before between beyond inside outside moved moves stays stayed staying или около возле рядом напротив через после перед между над под из'.split(' '),
);

const ABBREVIATIONS_ONLY_WITH_STOP = new Set(['сок']);
const WITHOUT_NUMBER_AT_END = /[^\S\n](?:bb|бб)\.?$/u;

/** The text cut into pieces (words, numbers, keywords), each classified (see classify). */
function piecesOf(text: string, data: PackData): Piece[] {
  const pieces: Piece[] = [];
  const lists = keywordLists(data.address);
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(text); m !== null; m = PIECE.exec(text)) {
    const last = pieces[pieces.length - 1];
    // Pieces joined by a hyphen that are one: a Korean street (Wongok-ro, Сонтхан-ро), an abbreviation (пр-т, б-р),
    // a building number after its letters (k-2, korp-3). (Asked only where a hyphen joins two pieces.)
    if (last !== undefined && m.index === last.end + 1 && text.charCodeAt(last.end) === 0x2d && hyphenated(last.text, m[0])) {
      const joined = `${last.text}-${m[0]}`;
      const kind = classify(joined, data.address, lists);
      // (An abbreviation joined only when a list holds it, пр-т; пр-те stays "пр" and "те", as before.)
      if ((kind !== 'stop' && kind !== 'name') || !/^\p{Ll}{1,2}$/u.test(m[0])) {
        last.text = joined;
        last.end = m.index + m[0].length;
        last.kind = kind;
        continue;
      }
    }
    // An abbreviated unit of two letters written with a space, which a pack holds without it: "č. p." (číslo popisné) as
    // "č.p.". (Asked only of one letter and its full stop one space after a unit's.)
    if (last !== undefined && last.kind === 'unit' && m[0].length === 2 && m[0].endsWith('.') && last.text.endsWith('.') && m.index === last.end + 1 && text.charCodeAt(last.end) === 0x20 && classify(last.text + m[0], data.address, lists) === 'unit') {
      last.text = text.slice(last.start, m.index + 2);
      last.end = m.index + 2;
      continue;
    }
    let kind = classify(m[0], data.address, lists);
    // (A street's word joined by a hyphen to a capitalised word is part of a name: Ter-Ghevondyan, not "tér".)
    if (kind === 'street' && text.charCodeAt(m.index + m[0].length) === 0x2d && /\p{Lu}/u.test(text[m.index + m[0].length + 1] ?? '')) kind = 'name';
    // (Nor one capital and its full stop before another, initials: "2. A. H., 31" is a list's item, her initials and her
    // age, not a Hungarian door's "a."; "5º B." stays a Spanish door.)
    if ((kind === 'unit' || kind === 'street') && m[0].length === 2 && m[0].charCodeAt(1) === 0x2e && /^\p{Lu}/u.test(m[0]) && ANOTHER_INITIAL.test(text.slice(m.index + 2, m.index + 6))) kind = 'name';
    // (Nor a unit's word that starts a compound in lower case: "34, flat-based", "room-mate".)
    if (kind === 'unit' && text.charCodeAt(m.index + m[0].length) === 0x2d && /\p{Ll}/u.test(text[m.index + m[0].length + 1] ?? '')) kind = 'stop';
    // (A unit's word that is a preposition too, without its full stop, is a unit right before its number or letter: "Абая 150
    // под 4", "ул. Ленина 5, под 2"; not "ул. Ленина 5, под угрозой". See the packs' `prepositions`.)
    // (Or after its ordinal: "второй под, кв. 14", "2-й под".)
    if (kind === 'stop' && lists.prepositions.has(m[0]) && (UNIT_NUMBER_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) || (last !== undefined && (ORDINAL_WORDS.has(last.text.toLowerCase()) || ORDINAL_NUMBER.test(last.text)) && text.slice(last.end, m.index) === ' ')) && classify(`${m[0]}.`, data.address, lists) === 'unit') kind = 'unit';
    pieces.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind });
  }
  return pieces;
}

/** A Roman number and its full stop, an ordinal: "VIII." */
const ROMAN_ORDINAL = /^[IVXL]{2,6}\.$/;
/** A unit's number or letter right after its word: "под 4", "pod 3", "под А", "под «Б»", "под №2", "под: 2", "под II". */
const UNIT_NUMBER_NEXT = /^(?::|[^\S\n]?№)?[^\S\n]?[«"„]?(?:\d|\p{Lu}(?![\p{L}])|[IVX]{1,4}(?![\p{L}\d]))/u;
/** An ordinal in digits and its ending: "2-й", "3й". */
const ORDINAL_NUMBER = /^\d{1,2}-?(?:й|ий|ый|ой)$/u;
/** A letter in lower case after a unit's word, the line's last: "вх а". */
const LOWER_LETTER_AT_LINE_END = /^ \p{Ll}[^\S\n]*(?:\n|$)/u;
/** Units that may be named by a letter: an entrance, a block, a building, a zone. */
const LETTERED_UNITS = new Set(['вх', 'вход', 'vh', 'ulaz', 'улаз', 'sc', 'scara', 'entrance', 'бл', 'блок', 'bl', 'blok', 'block', 'корп', 'корпус', 'korp', 'building', 'bldg', 'зона', 'zona', 'zgrada', 'зграда', 'lit', 'лит', 'литер', 'под', 'подъезд']);
const DOOR_BEFORE_LETTER = /^(?:bajo|piso|puerta|pta\.?|planta|escalera|esc\.?|scala|sc\.)$/i;
const ANOTHER_INITIAL = /^[^\S\n]?\p{Lu}\.(?!\p{L})/u;

/**
 * A day's number before its month, with no house number after the month, is a date, not a house: "Sat 19 Oct.",
 * "Praha 5, Sat 12 Apr, night" (a street named after a date keeps its number after the month: 1 Mai 12).
 */
function markDates(text: string, pieces: Piece[]): void {
  for (let k = 0; k + 1 < pieces.length; k++) {
    const day = pieces[k];
    const month = pieces[k + 1];
    if (day.kind !== 'number' || !/^\d{1,2}$/.test(day.text) || !MONTH_WORDS.has(month.text.toLowerCase().replace(/\.$/, '')) || month.start - day.end !== 1) continue;
    if (pieces[k + 2]?.kind === 'number' && /^\d{1,4}[\p{L}]?(?:[/-]\d{1,4})?$/u.test(pieces[k + 2].text) && !/[.;]/.test(text.slice(month.end, pieces[k + 2].start))) continue;
    day.kind = 'stop';
    month.kind = 'stop';
    // (And its weekday before it: "Sat" is also a Moldovan village's word.)
    if (k > 0 && WEEKDAYS_SHORT.has(pieces[k - 1].text.toLowerCase().replace(/[.,]$/, ''))) pieces[k - 1].kind = 'stop';
  }
}

/** A clock's hours and minutes (10:00, 23:45) are no house: "завтра в 10:00 к юристу" is no house and building. */
const CLOCK = /^(?:[01]?\d|2[0-3]):[0-5]\d$/;
function markTimes(text: string, pieces: Piece[]): void {
  for (const piece of pieces) {
    if (piece.kind !== 'number') continue;
    const clock = CLOCK.test(piece.text) || (text[piece.start - 1] === ':' && isDigitCode(text.charCodeAt(piece.start - 2))) || (text[piece.end] === ':' && isDigitCode(text.charCodeAt(piece.end + 1)));
    if (clock) piece.kind = 'stop';
  }
}

const LONG_DIGIT_RUN = /^\d{7,}$/;

/** How many number pieces from k are a phone's groups (three or more of plain digits, one space apart, eight digits or more in all), or 0. */
function phoneGroupsAt(pieces: readonly Piece[], k: number): number {
  let n = 0;
  let digits = 0;
  while (k + n < pieces.length && pieces[k + n].kind === 'number' && /^\d{2,5}$/.test(pieces[k + n].text) && (n === 0 || pieces[k + n].start - pieces[k + n - 1].end === 1)) {
    digits += pieces[k + n].text.length;
    n++;
  }
  return n >= 3 && digits >= 8 ? n : 0;
}

/**
 * A number before a currency is a sum, not a house (проезд 30 сомов, str. 5 lei), and so is no run of seven digits. A line after its ordinal is a dacha
 * settlement's street (СНТ «Берёзка», 4-я линия, уч. 112; SNT Vesna, 3rd line, plot 48), and a quarter after its ordinal
 * a district's (Chilanzar 9th quarter, house 23).
 */
function markSumsAndLines(pieces: Piece[]): void {
  for (let k = 0; k < pieces.length; k++) {
    // (Seven digits or more in one run are a document's or a phone's, no house's: ПР 0418273 is a passport's series.)
    if (pieces[k].kind === 'number' && LONG_DIGIT_RUN.test(pieces[k].text)) {
      pieces[k].kind = 'stop';
      continue;
    }
    // (So are three groups of digits or more, eight digits in all, one space apart: a phone's, "Mobile 0157 3417 2830, flat …".)
    const groups = phoneGroupsAt(pieces, k);
    if (groups > 0) {
      for (let g = k; g < k + groups; g++) pieces[g].kind = 'stop';
      k += groups - 1;
      continue;
    }
    if (k + 1 === pieces.length) break;
    if (pieces[k].kind !== 'number' || pieces[k + 1].start - pieces[k].end !== 1) continue;
    if (CURRENCY_WORD.test(pieces[k + 1].text)) pieces[k].kind = 'stop';
    else if (LINE_WORDS.has(pieces[k + 1].text.toLowerCase().replace(/,$/, '')) && /^\d{1,2}(?:-?[яйь]|st|nd|rd|th)$/u.test(pieces[k].text)) pieces[k + 1].kind = 'street';
  }
}

/**
 * 1 where the address ends in a number whose full stop makes it an ordinal, as Hungarian writes floor and door
 * (Népszínház utca 31. 3. em. 8., charging …; Szondi György u. 14. fsz. 2.): before a comma or a semicolon, or after a
 * Hungarian floor's or door's word, or after a Hungarian street's house number; 0 elsewhere where the full stop may end a
 * sentence.
 */
function ordinalStop(text: string, start: number, end: number): number {
  if (text.charCodeAt(end) !== 0x2e || !/\d$/.test(text.slice(end - 1, end))) return 0;
  const after = text.charCodeAt(end + 1);
  // (A Hungarian street's house number keeps its full stop even where it may end the sentence too, "Béke utca 4.", "Rákóczi út
  // 88. 1/4.": written so, the number is an ordinal, and the full stop costs one character where it is the sentence's.)
  return (after === 0x2c || after === 0x3b) && /(?:^|\s)\d{1,3}$/.test(text.slice(start, end)) ? 1 : HUNGARIAN_UNIT_LAST.test(text.slice(start, end)) || HUNGARIAN_STREET.test(text.slice(start, end)) ? 1 : 0;
}
const HUNGARIAN_STREET = /(?:^|\s)(?:utca|út|útja|tér|tere|körút|köz|sor|sétány|fasor|u\.)\s\d{1,4}(?:\/?\p{L})?(?:\.\s\d{1,3}\/\d{1,3}|\.\s\d{1,3})?$/u;
const HUNGARIAN_UNIT_LAST = /(?:^|\s)(?:em|emelet|fsz|fszt|földszint|ajtó|lph|lépcsőház|szoba)\.?\s\d{1,3}$/;

/**
 * A street's name in lower case right before a street word that follows its name and a house number, as hurried notes
 * write it ("rents a room at szigeti út 18. III/11", "brivibas iela 54", "naugarduko g. 41-7"): part of the address. (Not a word that ends the
 * prose, "in", "on", nor one of three letters or fewer.)
 */
function markLowerCaseStreetNames(text: string, pieces: Piece[], afterName: ReadonlySet<string>): void {
  for (let k = 1; k + 1 < pieces.length; k++) {
    const name = pieces[k - 1];
    const street = pieces[k];
    if (street.kind !== 'street' || pieces[k + 1].kind !== 'number' || name.kind !== 'stop' || !(afterName.has(street.text.toLowerCase()) || lithuanianShort(name.text, street.text))) continue;
    if (!/^\p{Ll}[\p{Ll}\p{Lm}'’‘]{3,}$/u.test(name.text) || STOP_WORDS.has(name.text) || street.start - name.end !== 1 || text.charCodeAt(name.end) !== 0x20) continue;
    name.kind = 'name';
  }
}

/**
 * Where a Korean address starts: its province, city and district in Hangul before the neighbourhood, written first as Korean
 * does (경기도 안산시 단원구 원곡동 781-3); the neighbourhood's own start when there are none.
 */
function koreanRegionsBefore(text: string, start: number): number {
  if (!HANGUL_START.test(text.slice(start, start + 1))) return start;
  for (let m = KOREAN_REGION_BEFORE.exec(text.slice(Math.max(0, start - 12), start)); m !== null; m = KOREAN_REGION_BEFORE.exec(text.slice(Math.max(0, start - 12), start))) start -= m[0].length;
  return start;
}
const HANGUL_START = /^[\uac00-\ud7a3]/u;
const KOREAN_REGION_BEFORE = /(?<![\uac00-\ud7a3])(?:[\uac00-\ud7a3]{1,6}(?:도|시|구|군)|서울|부산|대구|인천|광주|대전|울산|세종|제주) $/u;

/** A Lithuanian street's name in the genitive before its word written short: "naugarduko g.", "savanorių pr.". */
function lithuanianShort(name: string, street: string): boolean {
  return LITHUANIAN_SHORT_STREET.test(street) && LITHUANIAN_GENITIVE.test(name);
}
const LITHUANIAN_SHORT_STREET = /^(?:g|pr|al|pl|skg)\.$/;
const LITHUANIAN_GENITIVE = /(?:o|io|ės|es|os|ų|u|us)$/u;

/**
 * The second word of a street's name written in lower case, as Czech, Slovak and Polish write it, between its capitalised
 * first word and the house number, when a flat's or a block's word follows that number (Mlynské nivy 44, blok C, byt 1208;
 * Nové sady 12, byt 3): part of the address. (Not a word that ends the prose, "in", "on", nor one of two letters.)
 */
function markLowerCaseSecondWords(text: string, pieces: Piece[]): void {
  for (let k = 1; k + 2 < pieces.length; k++) {
    const first = pieces[k - 1];
    const second = pieces[k];
    const house = pieces[k + 1];
    if (second.kind !== 'stop' || first.kind !== 'name' || house.kind !== 'number' || !capitalised(first.text)) continue;
    if (!/^\p{Ll}{3,}$/u.test(second.text) || STOP_WORDS.has(second.text) || text.slice(first.end, second.start) !== ' ' || text.slice(second.end, house.start) !== ' ') continue;
    if (!pieces.slice(k + 2, k + 6).some((p) => p.kind === 'unit' && !WEAK_UNITS.has(p.text.toLowerCase().replace(/[.:]$/, '')))) continue;
    second.kind = 'name';
  }
}

/**
 * A street's or a quarter's name in quotes after its word, every word of it, as Bulgarian and Macedonian addresses write
 * them: ул. „Трета македонска бригада“ бр. 27, ж.к. „Меден рудник“, кв. „Шекер махала“. Up to five words on one line.
 */
function markQuotedNames(text: string, pieces: Piece[]): void {
  for (let k = 0; k + 1 < pieces.length; k++) {
    if (pieces[k].kind !== 'street' && pieces[k].kind !== 'unit') continue;
    const open = QUOTE_OPENS.exec(text.slice(pieces[k].end, pieces[k].end + 3));
    if (open === null) continue;
    const from = pieces[k].end + open[0].length;
    const close = QUOTED_NAME.exec(text.slice(from, from + 64));
    if (close === null) continue;
    for (let m = k + 1; m < pieces.length && m <= k + 5 && pieces[m].end <= from + close[0].length; m++) if (pieces[m].kind === 'stop') pieces[m].kind = 'name';
  }
}
const QUOTE_OPENS = /^[^\S\n]?[„«"“]/u;
/** A name in quotes: a capital or a digit first, no line break, its closing quote. */
const QUOTED_NAME = /^[\p{Lu}\d][^\n„«"“”»]{0,56}(?=[“”»"])/u;

/**
 * "block" in lower case after a comma and before its number, inside an address ("III micro-district, block 14, flat 56"):
 * the block's word, though "block" alone is a verb too.
 */
function markLowerCaseBlocks(text: string, pieces: Piece[]): void {
  for (let k = 1; k + 1 < pieces.length; k++) {
    if (pieces[k].kind !== 'stop' || (pieces[k].text !== 'block' && pieces[k].text !== 'bldg')) continue;
    if (pieces[k - 1].kind === 'stop' || text.slice(pieces[k - 1].end, pieces[k].start) !== ', ' || pieces[k + 1].kind !== 'number' || text.slice(pieces[k].end, pieces[k + 1].start) !== ' ') continue;
    pieces[k].kind = 'unit';
  }
}

/**
 * The South Slavic "put" (road), which is an English word too: a street's word after a capitalised name and before a
 * house ("Sentandrejski put 41/7"), or capitalised before a name and a house ("Put Makra 33").
 */
function markRoads(text: string, pieces: Piece[]): void {
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (p.text !== 'put' && p.text !== 'Put' && p.text !== 'пут' && p.text !== 'Пут') continue;
    const before = pieces[k - 1];
    const after = pieces[k + 1];
    const named = before !== undefined && before.kind === 'name' && capitalised(before.text) && text.slice(before.end, p.start) === ' ' && after?.kind === 'number' && text.slice(p.end, after.start) === ' ';
    const leads = capitalised(p.text) && after?.kind === 'name' && capitalised(after.text) && text.slice(p.end, after.start) === ' ' && pieces[k + 2]?.kind === 'number' && text.slice(after.end, pieces[k + 2].start) === ' ';
    if (named || leads) p.kind = 'street';
  }
}

/**
 * A Serbian or Montenegrin court's register "Pr." (misdemeanours) right before its number and year is no avenue ("пр."):
 * "Case file Pr. 2231/24" (the identity-number recognizer reads the file); nor is a register's capitals and "бр." before
 * such a number, "case ПРК бр. 3214/23", a house's number (see registerAndNrBefore; the file is read with its register).
 * Asked more strictly here than there, where a wrong answer hides a street's name: two to four capitals only.
 */
function markCourtRegisters(text: string, pieces: Piece[]): void {
  for (let k = 0; k + 1 < pieces.length; k++) {
    const next = pieces[k + 1];
    if (next.kind !== 'number' || !/^\d{1,6}\/\d{2,4}$/.test(next.text)) continue;
    if (pieces[k].kind === 'street' && /^Pr\.?$/.test(pieces[k].text) && /^\d{3,6}\//.test(next.text)) pieces[k].kind = 'stop';
    // (Here only two to four capitals and "бр." or "br.", and no street's word a few names before them, which would make
    // them the end of its name: "ул. Крсте Мисирков Б бр. 12/14", "ul. Żołnierzy AK nr 12/14" keep their houses.)
    if (pieces[k].kind !== 'unit' || !/^(?:бр|br)\.?$/i.test(pieces[k].text) || k < 1 || !/^\p{Lu}{2,4}$/u.test(pieces[k - 1].text) || (k >= 2 && streetBefore(pieces, k - 2))) continue;
    if (registerAndNrBefore(text, next.start) !== null) pieces[k - 1].kind = pieces[k].kind = next.kind = 'stop';
  }
}

/** A quarter of a year is no quarter of a town: "III квартал 2023", "Итого за квартал: 6 случаев". */
function markYearQuarters(pieces: Piece[]): void {
  for (let k = 0; k + 1 < pieces.length; k++) {
    const next = pieces[k + 1];
    if (!/^(?:квартал|quarter)\p{Ll}{0,2}:?$/iu.test(pieces[k].text) || pieces[k].kind === 'stop') continue;
    const labelAlone = pieces[k].text.endsWith(':') && (pieces[k + 2] === undefined || pieces[k + 2].kind === 'stop');
    if (labelAlone || (next.kind === 'number' && /^(?:19|20)\d\d$/.test(next.text))) pieces[k].kind = 'stop';
  }
}

/**
 * The Italian "via" written in lower case, as Italian writes it, before a name of two capitalised words or more and a house
 * number (via Giuseppe Garibaldi 27, via San Vitale 118): a street word. (Not the English "via" before a name and a count,
 * "via Western Union 20 000", "via Skype 5 times": one name, or a number that goes on.)
 */
/** A count or a sum after the number: "via Skype 5 times", "via Wise 300 euro". */
const NOT_A_HOUSE_AFTER = /^\s?(?:times|x|euros?|eur|usd|dollars?|lei|som|сом|тенге|руб|евро|раз|%)/i;
const VIA_CUE = /(?:(?:^|\s)(?:at|to|in|on|from|address|lives|lived|living|на|в|по|адрес)|:)\s$/i;
function markLowerCaseVia(text: string, pieces: Piece[]): void {
  for (let k = 0; k + 3 < pieces.length; k++) {
    if (pieces[k].text !== 'via' || pieces[k].kind !== 'stop') continue;
    let j = k + 1;
    // (The articles of its name first, up to two: via dei Volsci 88, via della Repubblica 45.)
    const links = ROMANCE_LINKS.has(pieces[j].text) ? (ROMANCE_LINKS.has(pieces[j + 1]?.text ?? '') ? 2 : 1) : 0;
    j += links;
    while (j < pieces.length && pieces[j].kind === 'name' && capitalised(pieces[j].text) && text.slice(pieces[j - 1].end, pieces[j].start) === ' ') j++;
    if (j - k - links < 2) continue;
    const house = pieces[j];
    // (A name of one word too, after such a cue or with a unit after the house: "на via Prenestina 410, int. 22".)
    if (j - k < 2 || house === undefined || house.kind !== 'number' || text.slice(pieces[j - 1].end, house.start) !== ' ' || /^\s\d/.test(text.slice(house.end, house.end + 2))) continue;
    // (After "at", "to", "in" or a colon, or with a unit after the house: not "paid via Kaspi Gold 300".)
    if (!VIA_CUE.test(text.slice(Math.max(0, pieces[k].start - 12), pieces[k].start)) && pieces[j + 1]?.kind !== 'unit') continue;
    if (j - k - links === 2 && NOT_A_HOUSE_AFTER.test(text.slice(house.end, house.end + 12))) continue;
    pieces[k].kind = 'street';
    for (let m = k + 1; m <= k + links; m++) pieces[m].kind = 'name';
  }
}

/**
 * Whether pieces from..to (a stretch a comma ends before the street's word) lead in to the address rather than belong to it:
 * a number with its word (CNP 2850312400123, Phone 0721 123 456) or a full name of two or three words (Ioana Popescu).
 */
function leadsIn(run: readonly Piece[], from: number, to: number): boolean {
  let names = 0;
  let numbers = 0;
  let longNumber = false;
  let capitalisedWords = true;
  for (let k = from; k <= to; k++) {
    const p = run[k];
    if (p.kind === 'name') {
      names++;
      if (!CAPITALISED_WORD.test(p.text)) capitalisedWords = false;
    } else if (p.kind === 'number') {
      numbers++;
      if (p.text.replace(/\D/g, '').length >= 6) longNumber = true;
    } else return false;
  }
  if (numbers === 0) return names >= 2 && names <= 3 && capitalisedWords;
  return names > 0 && (longNumber || numbers >= 2);
}
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether the one or two capitalised words and the comma at the run's start, before its street word, are the address's own
 * district or town, written as one address with it ("живём на Laleli, Ordu Cad. No:184", "at Gldani, III micro-district,
 * block 14", "прож. г. Новосибирск, ул. Гоголя"), rather than the town a sentence names before it ("в Бишкеке, ул. Ленина
 * 5", "in Almaty, Abay ave 5").
 */
function placeOfTheAddress(text: string, run: readonly Piece[], first: number, keyAt: number, given: (word: string) => boolean): boolean {
  let comma = -1;
  for (let k = first; k < keyAt; k++) if (/,/.test(text.slice(run[k].end, run[k + 1].start))) comma = k;
  // (Only the one comma, right before the street's words: "Laleli, Ordu Cad.", not "Aigerim, 23, ул. …".)
  if (comma < 0 || comma - first > 1 || !/^\p{Lu}/u.test(run[first].text)) return false;
  // (Not the person she lives with, "у тёти Розы, мкр …", "my boyfriend Marian, Str. …", nor a business, «Уралочка», ул. ….)
  for (let k = first; k <= comma; k++) if (run[k].kind !== 'name' || given(run[k].text.toLowerCase())) return false;
  return !PLACE_NOT_THE_ADDRESS_BEFORE.test(text.slice(Math.max(0, run[first].start - 12), run[first].start));
}
/** A unit's whole word with its full stop (kat., ajtó.): lower case, three letters or more, a vowel among them. */
const WHOLE_UNIT_WORD = /^(?=\p{Ll}*[aeiouyáéíóúőűöüаеиоуыэюяё])\p{Ll}{3,}\.$/u;
const TOWN_WORD_BEFORE = /(?<![\p{L}])(?:г|гор|м)\.\s?$/u;
const PLACE_NOT_THE_ADDRESS_BEFORE = /(?:(?<![\p{L}])(?:в|во|около|возле|под|у|in|near|around|to|into|outside)\s+(?:г\.\s*)?|[«"“„'])$/iu;

/** A given name (lower case) or a case form of one (Розы, Нателы, Дильноз), of the packs or of the region's common ones. */
function givenNameForm(data: PackData, word: string): boolean {
  if (data.given.has(word) || commonGivenName(word)) return true;
  const stem = word.slice(0, -1);
  return /[ыиуеой]$/u.test(word) ? [stem + 'а', stem + 'я'].some((w) => data.given.has(w) || commonGivenName(w)) : [word + 'а'].some((w) => data.given.has(w) || commonGivenName(w));
}

/** The address inside one run of pieces, if it has a keyword next to a number. */
function addressIn(text: string, run: Piece[], given: (word: string) => boolean): { start: number; end: number; confidence: number } | null {
  let anchored = false;
  let streets = 0;
  for (let k = 0; k < run.length; k++) {
    const p = run[k];
    if (p.kind === 'street') streets++;
    const bare = p.text.toLowerCase().replace(/[.:]$/, '');
    const weak = p.kind === 'unit' && (WEAK_UNITS.has(bare) || /^[a-z]$/.test(bare));
    if ((p.kind === 'unit' || p.kind === 'street') && !weak && (run[k + 1]?.kind === 'number' || run[k - 1]?.kind === 'number')) anchored = true;
    // A weak unit after a name, its house and a comma, with its own number before or after it (Ozaljska 93, 2. kat; Ahmad
    // Rajabli 4/12, m. 37): the house's floor or flat. (Not "no" or "d": "Ward 5, no 3".)
    if (weak && !ORDINAL_ONLY_WEAK.has(bare) && unitAfterNameAndHouse(text, run, k)) anchored = true;
    // (Two unit words before the number, the second a weak one: č. d. 47, "číslo domu".)
    if (p.kind === 'unit' && !weak && run[k + 1]?.kind === 'unit' && run[k + 2]?.kind === 'number') anchored = true;
    // A street keyword with a number within the next five pieces (ul. Pero Nakov br. 112, Cd. No:14, ul. Vidoe Smilevski Bato br. 94).
    if (p.kind === 'street' && run.slice(k + 1, k + 6).some((q) => q.kind === 'number')) anchored = true;
    if (p.kind === 'number' && /^\d+-(?:uy|xonadon|kvartal|квартал|үй|уй|ӯй|пәтер|патер|бөлмө|ықшам|хонадон)$/iu.test(p.text)) anchored = true;
    // A street named after a person with a title written after the name, and a house with a building (Tole bi 118/2).
    if (p.kind === 'name' && k > 0 && STREET_TITLES.has(p.text.toLowerCase()) && /^\d{1,4}[\p{L}]?[/-]\d/u.test(run[k + 1]?.text ?? '')) anchored = true;
  }
  if (!anchored) return null;
  // At most three name words before the first keyword or number; no trailing keyword without its number.
  const keyAt = run.findIndex((p) => p.kind !== 'name');
  // (Four when one is a ruler's Roman number: Краља Петра I Карађорђевића 88.)
  let first = Math.max(0, keyAt - (keyAt >= 4 && run.slice(keyAt - 4, keyAt).some((p) => /^(?:I{1,3}|IV|VI{0,3})$/.test(p.text)) ? 4 : 3));
  // A city before the street ("Москва, ул. ...", "Талдыкорган, мкр. ...") is not part of the address; a village written
  // after its word is ("village Navobod, ul. Rudaki 18", "село Ташкент, ул. ...": the house is found by both).
  const leadAt = first;
  // (Or a district with its word before the address and a comma: "Sino district, 82 mkr.", "Сергелийский р-н, массив …".)
  // (Not after a sentence's preposition: "both live in Nizami district, Gara Garayev ave. 51" names the district, then the address.)
  const lead = SETTLEMENT_BEFORE.exec(text.slice(Math.max(0, run[first].start - 16), run[first].start)) ?? districtBefore(text, run[first].start);
  // (But a district, which no list of towns holds, is the address's: "живём на Laleli, Ordu Cad. No:184", "Gldani, III
  // micro-district, block 14"; and so is a town after a residence's word: "registered at Rostov-on-Don, ul. Stachki 213".)
  const ownPlace = !lead && run[keyAt].kind === 'street' && placeOfTheAddress(text, run, first, keyAt, given);
  if (!lead && !ownPlace) for (let k = first; k < keyAt; k++) if (/,/.test(text.slice(run[k].end, run[k + 1].start)) && run[keyAt].kind === 'street' && !KOREAN_AREA.test(run[k].text)) first = k + 1;
  // (Nor what a comma ends before the street's word when it leads in: a document's or a phone's number with its word, or a
  // person's full name, "CNP 2850312400123, Ioana Popescu, Str. Mihai Eminescu nr. 5"; a house before it stays, "15,
  // Itaewon-ro 27-gil", "д. 5, ул. Ленина", and so do a settlement, "СНТ «Ромашка», 2-я линия", and a district, "на Юнусабад,
  // 19-квартал".)
  let streetAt = first;
  while (streetAt < run.length && run[streetAt].kind !== 'street') streetAt++;
  if (!lead && streetAt > first && streetAt < run.length) {
    let segment = first;
    for (let k = first; k < streetAt; k++) {
      if (!/,/.test(text.slice(run[k].end, run[k + 1].start))) continue;
      if (leadsIn(run, segment, k)) first = k + 1;
      segment = k + 1;
    }
  }
  // (Nor the last word of the sentence before: "… at Deira. Ocean Drive 5"; but a Roman number and its full stop is an
  // ordinal, a Budapest district's before its word, "VIII. ker., Dankó u. 9.")
  for (let k = first; k < keyAt; k++) if (run[k].kind === 'name' && run[k].text.length > 3 && run[k].text.endsWith('.') && !(ROMAN_ORDINAL.test(run[k].text) && run[k + 1].kind === 'street')) first = k + 1;
  // (Nor a hotel room's word that leads: "номер apt 1104, Golden Palm Residence", "камри, номер к 707"; nor one without its
  // room's number of up to four digits after it, the address's last, which is a plate's or a phone's: "ул. Мира 12, номер 8
  // 701 …", "ул. Абая 5, номер 777 ABA 02".)
  while (first < run.length - 1 && run[first].text === 'номер') first++;
  const room = run.findIndex((p, k) => k > first && p.text === 'номер' && !(/^\d{1,4}$/.test(run[k + 1]?.text ?? '') && (k + 2 >= run.length || /,/.test(text.slice(run[k + 1].end, run[k + 2].start)))));
  if (room > 0) run = run.slice(0, room);
  // A unit word without its number that only leads in ("flat, vul. Pavlova 44"): not part of the address.
  while (first < run.length - 1 && run[first].kind === 'unit' && run[first + 1].kind !== 'number' && /,/.test(text.slice(run[first].end, run[first + 1].start))) first++;
  let last = run.length - 1;
  // Up to the last number, or a unit written after its number (12 бөлмө, 3rd floor).
  // (Or units after a unit after its number: 3. OG links.)
  // (Or over a comma to a unit after its number: "5e étage, porte droite".)
  const unitsAfterNumber = (k: number) => {
    while (k > first && run[k].kind === 'unit' && run[k - 1].kind === 'unit' && (!/,/.test(text.slice(run[k - 1].end, run[k].start)) || (run[k - 2]?.kind === 'number' && !WEAK_UNITS.has(run[k].text.toLowerCase())))) k--;
    // (Or with its ordinal in words between: "дом 12, второй подъезд".)
    return run[k].kind === 'unit' && (run[k - 1]?.kind === 'number' || (k - 2 >= first && ORDINAL_WORDS.has(run[k - 1].text.toLowerCase()) && run[k - 2].kind === 'number'));
  };
  while (last > first && !(run[last].kind === 'number' || unitsAfterNumber(last))) last--;
  // (Not over a document's number of seven digits or more after it: "calle de Toledo 97, 1º dcha. NIE Y3018472M".)
  while (last > first && run[last].kind === 'number' && /^\d{7,}\p{L}{0,2}$/u.test(run[last].text)) {
    last--;
    while (last > first && !(run[last].kind === 'number' || unitsAfterNumber(last))) last--;
  }
  // (Or over the street's word and name after the house, as French writes them: 14 rue de la Paix, 8, rue des Lilas.)
  if (run[last].kind === 'number' && /^\d{1,4}\p{Ll}?$/u.test(run[last].text) && run[last + 1]?.kind === 'street' && /^\p{L}{3,}$/u.test(run[last + 1].text) && /^,? $/.test(text.slice(run[last].end, run[last + 1].start)) && run[last + 2]?.kind === 'name') {
    let k = last + 1;
    while (run[k + 1]?.kind === 'name' && text.slice(run[k].end, run[k + 1].start) === ' ') k++;
    if (run.slice(last + 2, k + 1).some((p) => /^\p{Lu}/u.test(p.text) || ELIDED_ARTICLE_NAME.test(p.text))) last = k;
  }
  // A street named by its ordinal, after the building and the flat (building 22, flat 604, 18th Street): its word too.
  if (last > first && run[last].kind === 'number' && /^\d{1,3}(?:st|nd|rd|th)$/i.test(run[last].text) && run[last + 1]?.kind === 'street' && text.slice(run[last].end, run[last + 1].start) === ' ') last++;
  // A district and its city written with a slash right after the number (… No: 47 D: 5 Kadıköy/İstanbul): part of the address.
  if (run[last].kind === 'number' && run[last + 1]?.kind === 'name' && /^\p{Lu}[\p{L}\p{M}]+\/\p{Lu}[\p{L}\p{M}]+\.?$/u.test(run[last + 1].text)) last++;
  // A Spanish door's letter after the floor's ordinal or "bajo" ("84, 3º C", "155, bajo A"): the flat's last part.
  const after = run[last + 1];
  if (after?.kind === 'name' && text.slice(run[last].end, after.start) === ' ' && /^\p{Lu}$/u.test(after.text) && (/\d[ºª°]$/u.test(run[last].text) || DOOR_BEFORE_LETTER.test(run[last].text))) last++;
  // (Or an entrance's, a block's or a zone's letter after its word, at the end: "бл. 612, вх. Б", "ul. „Dobrudzha“ 15, vh. A".)
  // (The unit's word may be the last piece already, taken as a unit after its number.)
  const letteredAt = run[last].kind === 'unit' ? last : last + 1;
  if (letteredAt > 0 && run[letteredAt]?.kind === 'unit' && LETTERED_UNITS.has(run[letteredAt].text.toLowerCase().replace(/\.$/, '')) && /^,? $/.test(text.slice(run[letteredAt - 1].end, run[letteredAt].start)) && run[letteredAt + 1]?.kind === 'name' && /^\p{Lu}$/u.test(run[letteredAt + 1].text) && text.slice(run[letteredAt].end, run[letteredAt + 1].start) === ' ') last = letteredAt + 1;
  // (In notes typed in lower case, a letter at a line's end: "тракия бл 157 вх а"; not the conjunction "а" going on.)
  const lowerLetter = run[last].kind === 'unit' && LETTERED_UNITS.has(run[last].text.toLowerCase().replace(/\.$/, '')) && LOWER_LETTER_AT_LINE_END.test(text.slice(run[last].end, run[last].end + 4)) ? 2 : 0;
  const numbers = run.slice(first, last + 1).filter((p) => p.kind === 'number');
  if (numbers.length === 0) return null;
  // A lone "No 5" or "d 3" is not an address; a unit with a number and one more part is.
  if (last - first < 1) return null;
  // (Without the full stop of the sentence after a district/city.)
  // (Nor after a unit word that is no abbreviation: 2. OG rechts.)
  // (Nor after a whole word of a unit written after its ordinal, which ends the sentence: 2. kat., 2. ajtó.; an abbreviation
  // keeps it: 3. OG., 3. th., 2. lph.)
  // (Nor after a unit's whole word after its ordinal: "кв. 7, третий этаж.")
  let end = (run[last].kind === 'name' || (run[last].kind === 'unit' && (run[last].text.length >= 6 || (run[last - 1]?.kind === 'number' && text.slice(run[last - 1].end, run[last].start) === '. ' && WHOLE_UNIT_WORD.test(run[last].text)) || (ORDINAL_WORDS.has(run[last - 1]?.text.toLowerCase() ?? '') && WHOLE_UNIT_WORD.test(run[last].text))))) && run[last].text.endsWith('.') ? run[last].end - 1 : run[last].end;
  // (But a full stop a comma follows ends no sentence: an abbreviation's, "3. posch., квартиру снимал".)
  if (end === run[last].end - 1 && /^[,;]/.test(text.slice(run[last].end, run[last].end + 1))) end = run[last].end;
  if (lowerLetter > 0 && end === run[last].end) end += lowerLetter;
  // (The full stop of a unit's abbreviation written after its number, the address's last: "Sergeli-7, 22-uy, 15-kv.", "208
  // kamb.".)
  if (text.charCodeAt(end) === 0x2e && end === run[last].end && ((run[last].kind === 'unit' && run[last - 1]?.kind === 'number' && /^\p{L}{2,4}$/u.test(run[last].text)) || (run[last].kind === 'number' && /\d-(?:kv|кв|xon)$/u.test(run[last].text)))) end++;
  // (A full stop after a Hungarian floor and door that is no sentence's end, the prose going on in lower case: "31. III/12. with".)
  if (run[last].kind === 'number' && /^[IVX]{1,4}\/\d{1,4}$/.test(run[last].text) && /^\.\s\p{Ll}/u.test(text.slice(end, end + 3))) end++;
  // (A town kept with its abbreviation: г. Новосибирск, ул. Гоголя.)
  const town = ownPlace && first === leadAt ? TOWN_WORD_BEFORE.exec(text.slice(Math.max(0, run[first].start - 6), run[first].start)) : null;
  return { start: lead && first === leadAt ? run[first].start - lead[1].length : run[first].start - (town?.[0].length ?? 0), end, confidence: streets > 0 ? 0.85 : 0.7 };
}
