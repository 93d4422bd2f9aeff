import { AMBIGUOUS_NAMES, GIVEN_NAMES_CYRILLIC, GIVEN_NAMES_LATIN } from './data/given-names';
import { NON_PERSON_WORDS } from './data/non-person-words';
import { PERSON_WORDS } from './data/person-words';
import { NON_NAME_WORDS, PLACE_WORDS_CYRILLIC, PLACE_WORDS_LATIN } from './data/places';
import { worldCountryNames } from './data/world-countries';
import { englishLexicon, russianLexicon } from './lexicon/dictionaries';
import { foldDiacritics } from './name-signals';
import { cyrillicReadings, plainLatin, transliterations } from './transliterate';
import { type Token } from './document';
import { packData, type PackData } from './pack-data';

/**
 * What the person recognizer knows about one word, from the given-name lists, the packs' places and the spelling
 * dictionaries: given names in their case forms and transliterations, places with Turkic suffixes, ordinary words and
 * their stretched or compound forms. Answers for ordinary words, places and brands are kept per process (never a name).
 */

export const lower = (s: string) => s.toLowerCase();

export const GIVEN = new Set<string>();
for (const name of GIVEN_NAMES_CYRILLIC) {
  GIVEN.add(lower(name));
  for (const latin of transliterations(name)) GIVEN.add(latin);
}
for (const name of GIVEN_NAMES_LATIN) GIVEN.add(lower(name));

/**
 * The Cyrillic given names without a final vowel, й or ь (таня → тан, иван → иван): every case form,
 * diminutive or possessive that lemmas() maps to a given name starts with one of these, followed by
 * at most four letters. A cheap test before the lexicon is asked about a lower-case word.
 */
const GIVEN_STEMS = new Set<string>();
for (const name of GIVEN_NAMES_CYRILLIC) {
  const g = lower(name);
  GIVEN_STEMS.add(/[аяйьоеыи]$/.test(g) ? g.slice(0, -1) : g);
}
/** What may follow such a stem: a diminutive -к-/-ьк-, then a case ending or a possessive -ин. */
const GIVEN_TAIL = /^(?:ь?к)?(?:[аяуюыиеоьй]|ой|ей|ою|ею|ом|ем|ём|ам|ах|ин|ын)?$/;
export function mayBeGivenForm(w: string): boolean {
  for (let k = Math.max(2, w.length - 4); k <= w.length; k++) if (GIVEN_STEMS.has(w.slice(0, k)) && GIVEN_TAIL.test(w.slice(k))) return true;
  return false;
}

/**
 * A Ukrainian word in lower case (вокзалі, клієнти, поїдеш, блокпостів): its letters say it, and no dictionary here has
 * Ukrainian, so the word is taken for no name unless it is a given name's form once written in Russian letters (ірка, юлії).
 */
export function ukrainianWord(w: string): boolean {
  return UKRAINIAN_LETTER.test(w) && !ukrainianGivenForm(w);
}
function ukrainianGivenForm(w: string): boolean {
  if (GIVEN.has(w) || mayBeGivenForm(w)) return true;
  const russian = w.replace(/[іїи]/g, 'и').replace(/є/g, 'е').replace(/ґ/g, 'г');
  return GIVEN.has(russian) || mayBeGivenForm(russian);
}
/**
 * (Or any word in lower case in a line written in Ukrainian, as its other words' letters say: "можна і безкоштовно, якщо
 * домовимось", unless a given name's form.)
 */
export function inUkrainianLine(text: string, t: Token): boolean {
  // (Eighty characters either side, within the line: the windows are cut first, so a long line costs no more.)
  const before = text.slice(Math.max(0, t.start - 80), t.start);
  const after = text.slice(t.end, t.end + 80);
  const around = before.slice(before.lastIndexOf('\n') + 1) + ' ' + (after.includes('\n') ? after.slice(0, after.indexOf('\n')) : after);
  return UKRAINIAN_WORD.test(around) && !ukrainianGivenForm(t.lower);
}
/** A word with a letter only Ukrainian has (і alone is a conjunction, counted too). */
const UKRAINIAN_WORD = /(?:^|[^\p{L}])(?:і|\p{Ll}*[іїєґ]\p{Ll}*)(?![\p{L}])/u;
const UKRAINIAN_LETTER = /[іїєґ]/;
export const TURKIC_LETTERS = /[әғқңөұүһҳқӯҷ]/iu;

/** The Russian affectionate suffixes on a given name's stem, then a case ending: Настенька, Настеньку, Танюша, Олечкой. */
const AFFECTIONATE_TAIL = /^(?:еньк|оньк|ечк|очк|ушк|юшк|уш|юш|ус|ул)(?:[аяуюыиеой]|ой|ей|ою|ею|ом|ем|ам|ах)$/;
/**
 * A given name with an Uzbek case suffix in Latin letters: Oydinning (Oydin's), Ulug'bekning, Dilnozaga, Bekzoddan.
 * (Only where the stem is a listed given name of three letters or more and the rest a case suffix.)
 */
export function givenWithUzbekSuffix(w: string, data: PackData): boolean {
  // (In Cyrillic too, "Гулноранинг онаси", with the honorific -хон or -жон between: "Мохирахоннинг".)
  const suffix = (/[\u0400-\u04ff]/.test(w) ? UZBEK_CASE_SUFFIX_CYRILLIC : UZBEK_CASE_SUFFIX).exec(w);
  if (!suffix || w.length - suffix[0].length < 3) return false;
  const stem = w.slice(0, w.length - suffix[0].length);
  const bare = stem.replace(/['‘’ʻʼ]/g, '');
  const withoutHonorific = /(?:хон|жон|xon|jon)$/.test(bare) && bare.length >= 6 ? bare.slice(0, -3) : '';
  return GIVEN.has(stem) || data.given.has(stem) || GIVEN.has(bare) || data.given.has(bare) || (withoutHonorific !== '' && (GIVEN.has(withoutHonorific) || data.given.has(withoutHonorific)));
}
const UZBEK_CASE_SUFFIX = /(?:ning|ni|ga|ka|qa|da|dan|lar|larga|lardan)$/;
const UZBEK_CASE_SUFFIX_CYRILLIC = /(?:нинг|ни|га|ға|ка|қа|да|дан)$/;

/**
 * A given name with a Kazakh case suffix in Cyrillic: Анжеликаға, Асанның, Динаға. Only the suffixes written with Kazakh
 * letters (ғ, қ, ң): those without them end Russian words too (маринада is no form of Марина).
 */
export function givenWithKazakhSuffix(w: string, data: PackData): boolean {
  const suffix = KAZAKH_CASE_SUFFIX.exec(w);
  if (!suffix || w.length - suffix[0].length < 3) return false;
  const stem = w.slice(0, w.length - suffix[0].length);
  return GIVEN.has(stem) || data.given.has(stem);
}
const KAZAKH_CASE_SUFFIX = /(?:ға|ғa|қа|ның|нің|ңа|ңе|ғы|қы)$/;

export function affectionateForm(w: string): boolean {
  for (let k = 3; k <= w.length - 3; k++) if (GIVEN_STEMS.has(w.slice(0, k)) && AFFECTIONATE_TAIL.test(w.slice(k))) return true;
  return false;
}

export const NOT_NAMES = new Set<string>([...NON_NAME_WORDS, ...PLACE_WORDS_LATIN, ...NON_PERSON_WORDS, ...PERSON_WORDS.notNames]);
for (const word of [...NOT_NAMES]) NOT_NAMES.add(foldDiacritics(word));
for (const place of PLACE_WORDS_CYRILLIC) {
  NOT_NAMES.add(place);
  for (const latin of transliterations(place)) NOT_NAMES.add(latin);
}

export const CYR = '\\p{Script=Cyrillic}';

/** Russian case endings of names, longest first, with the nominative endings they may come from. */
export const CASE_ENDINGS: Array<[string, string[]]> = [
  ['ою', ['а', 'я']], ['ею', ['я', 'а']], ['ой', ['а']], ['ей', ['я', 'й']], ['ом', ['', 'о']], ['ем', ['й', 'ь', '']], ['ём', ['ь', 'й', '']],
  ['ам', ['а']], ['ах', ['а']], ['у', ['а', '']], ['ю', ['я', 'й', 'ь']], ['ы', ['а']], ['и', ['я', 'а', 'ь', 'й']], ['е', ['а', 'я', '', 'й']],
  ['а', ['', 'о']], ['я', ['й', 'ь']],
];

/** The nominative forms a lower-case Cyrillic word may be an inflection of (including diminutive -к-/-ин forms). */
function lemmas(w: string): string[] {
  const out = [w];
  for (const [ending, bases] of CASE_ENDINGS) {
    if (w.length > ending.length + 2 && w.endsWith(ending)) for (const base of bases) out.push(w.slice(0, -ending.length) + base);
  }
  // Света → Светка/Светку/Светки; Люба → Любка; Катя → Катька; possessive гоша → гошин.
  for (const form of [...out]) {
    if (/[^аеиоуыэюя]ка$/.test(form)) out.push(form.slice(0, -2) + 'а');
    if (form.endsWith('ька')) out.push(form.slice(0, -3) + 'я');
  }
  // Only the short masculine form: "машина" (a car) is not Маша's.
  const possessive = /^(.{2,}[^аеиоуыэюя])(ин|ын)$/.exec(w);
  if (possessive) out.push(`${possessive[1]}а`, `${possessive[1]}я`);
  return out;
}

/** What the dictionaries say about one word, with its case forms looked up once. */
export interface Lexicon {
  notName: boolean;
  /** An ordinary word of the English or Russian spelling dictionary (in lower case). */
  readonly ordinary: boolean;
  given: boolean;
  ambiguous: boolean;
  /** Its nominative forms (Cyrillic), or the word itself. */
  lemmas: string[];
}

/** Kazakh, Kyrgyz, Uzbek and Turkish case suffixes on place names: Алматыда, Бишкекке, Toshkentga, İstanbul'da. */
const TURKIC_SUFFIXES_LATIN = [...PERSON_WORDS.placeSuffixesLatin];
const TURKIC_SUFFIXES_CYRILLIC = [...PERSON_WORDS.placeSuffixesCyrillic];
function placeWithSuffix(w: string, suffixes: string[]): boolean {
  for (const suffix of suffixes) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length).replace(/['’]$/, '');
      if (NOT_NAMES.has(stem)) return true;
    }
  }
  return false;
}

/**
 * An English people's name made of its country's: Paraguayan, Mongolians, Brazilian, Ghanaian, Chilean (the lists hold the
 * region's; these are read from the world's countries, as the migrants met there come from all of them).
 */
const COUNTRIES = new Set(worldCountryNames());
function demonymOfCountry(w: string): boolean {
  const one = w.endsWith('ans') ? w.slice(0, -1) : w;
  if (one.length < 6 || !one.endsWith('an')) return false;
  return COUNTRIES.has(one.slice(0, -1)) || COUNTRIES.has(one.slice(0, -2)) || (one.endsWith('ian') && COUNTRIES.has(one.slice(0, -3)));
}

/** Ordinary words the dictionaries lack: English note shorthand, everyday Kazakh, Kyrgyz and Uzbek words of quoted speech (data/person-words.*.ts). */
export const EVERYDAY = PERSON_WORDS.everydayWords;
/** Possessive and case suffixes that Kazakh, Kyrgyz and Uzbek speech puts on Russian words: паспортумду, телефондарды, номерім. */
const TURKIC_TAIL = /^(?:лар|лер|дар|дер|тар|тер|нар|нер)?(?:ым|им|ім|ум|үм|ыбыз|ибиз|ымды|имди|імді|умду|үмдү|имни|ини|ы|и|і|у|ү|сы|си|сі|су)?(?:ды|ди|ді|ду|дү|ты|ти|ті|ту|тү|ны|ни|ні|ну|нү|га|ге|ға|ка|ке|қа|да|де|та|те|дан|ден|тан|тен|нан|нен|дын|дин|дің|тың|нің|ның|ун|ин)?$/;
function loanWithTurkicSuffix(w: string): boolean {
  for (let k = Math.min(w.length - 2, 12); k >= 4; k--) {
    const tail = w.slice(k);
    // (A stem of four letters only with a tail of three or more: серега is no "сере" with -га.)
    if (tail.length >= 1 && tail.length <= 7 && (k >= 5 || tail.length >= 3) && TURKIC_TAIL.test(tail) && russianLexicon().has(w.slice(0, k))) return true;
  }
  return false;
}
/**
 * Two ordinary words written as one (hotline, deadname): of seven letters or more, one of its parts of four or more. (Two
 * words of three letters, the dictionary's abbreviations among them, make many a short name: Cosmin is no "cos" and "min".)
 */
function compoundOf(w: string, dictionary: { has(form: string): boolean }): boolean {
  if (w.length < 7) return false;
  for (let k = 3; k <= w.length - 3; k++) if (dictionary.has(w.slice(0, k)) && dictionary.has(w.slice(k))) return true;
  return false;
}

/** Any of the endings (or the beginning) below. */
const BRITISH = /(?:is(?:e|ed|es|ing|ation|ations)|our(?:s|ed|ing|hood|hoods)?|ences?|tres?|ll(?:ed|ing|er)|ogues?)$|^grey/;
/** British spellings the American dictionary lacks: recognised, offences, neighbour, centre. */
function americanSpelling(w: string): string {
  // Most words have none of these endings: one test instead of seven replacements.
  if (!BRITISH.test(w)) return w;
  return w
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/our(s|ed|ing|hood|hoods)?$/, 'or$1')
    .replace(/ence(s)?$/, 'ense$1')
    .replace(/tre(s)?$/, 'ter$1')
    .replace(/ll(ed|ing|er)$/, 'l$1')
    .replace(/ogue(s)?$/, 'og$1')
    .replace(/^grey/, 'gray');
}

/**
 * Dictionary answers for ordinary words (and places, institutions, brands) kept
 * for the life of the process: they are the same in every narrative and most
 * tokens are such words. Only words that are not names are kept, so no
 * person's name outlives the call that saw it. Bounded: cleared when full.
 */
export const COMMON_WORDS = new Map<string, Lexicon>();
export const COMMON_WORDS_MAX = 200_000;
/**
 * Whether a kept word is a place of a set of packs (per set of packs): asked
 * for every word of every narrative, answered once per process for the words
 * COMMON_WORDS keeps (never a name); other words are looked up per call.
 */
export const COMMON_PLACES = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();
/** The words kept, for the test that no name is among them. */
export const cachedWordsForTest = (): ReadonlySet<string> => {
  const words = new Set(COMMON_WORDS.keys());
  for (const places of [packData().places]) for (const w of COMMON_PLACES.get(places)?.keys() ?? []) words.add(w);
  return words;
};

function remember(w: string, lex: Lexicon): void {
  if (COMMON_WORDS.size >= COMMON_WORDS_MAX) COMMON_WORDS.clear();
  COMMON_WORDS.set(w, lex);
}

export function lookUp(w: string, cyrillic: boolean): Lexicon {
  return COMMON_WORDS.get(w) ?? lookUpUncached(w, cyrillic);
}

/**
 * The answers for one word. Whether it is an ordinary word (the costly part:
 * affixes, compounds, Turkic suffixes on loans) is worked out only when a rule
 * asks; a capitalised given name or surname never needs it. An ordinary word,
 * place or brand is remembered (see COMMON_WORDS).
 */
class LazyLexicon implements Lexicon {
  // (Every field is set in the constructor, so that all lexicons share one shape and optimised code stays valid.)
  private known: boolean | undefined = undefined;

  constructor(
    private readonly word: string,
    readonly notName: boolean,
    readonly given: boolean,
    readonly ambiguous: boolean,
    readonly lemmas: string[],
    private readonly isOrdinary: (w: string) => boolean,
  ) {
    if (notName && !given) remember(word, this);
  }

  get ordinary(): boolean {
    if (this.known === undefined) {
      this.known = this.isOrdinary(this.word);
      if (this.known && !this.given) remember(this.word, this);
    }
    return this.known;
  }
}

const ordinaryLatin = (w: string) => {
  if (englishLexicon().has(w)) return true;
  const american = americanSpelling(w);
  return (w !== american && englishLexicon().has(american)) || EVERYDAY.has(w) || compoundOf(w, englishLexicon()) || stretched(w, LATIN_STRETCH, englishLexicon());
};
/** An English word after a prefix and its hyphen: pre-trial, anti-trafficking, self-help, non-governmental (lower case). */
export function prefixedEnglish(w: string): boolean {
  const prefix = ENGLISH_PREFIX.exec(w);
  return prefix !== null && englishLexicon().has(w.slice(prefix[0].length));
}
const ENGLISH_PREFIX = /^(?:pre|post|anti|non|self|co|ex|re|inter|multi|cross|half|semi|sub|counter|over|under|out|well|mid|pro|extra)-/;
/**
 * A word in Latin letters that is ordinary only as two words written as one (jam + shed, shams + hat): capitalised inside a
 * sentence it is more likely a name no list holds (Jamshed, Shamshat) than such a compound.
 */
export function compoundOnly(w: string): boolean {
  if (englishLexicon().has(w) || EVERYDAY.has(w)) return false;
  const american = americanSpelling(w);
  return !(w !== american && englishLexicon().has(american)) && compoundOf(w, englishLexicon()) && !stretched(w, LATIN_STRETCH, englishLexicon());
}
const ordinaryCyrillic = (w: string) =>
  russianLexicon().has(w) || EVERYDAY.has(w) || loanWithTurkicSuffix(w) || stretched(w, CYRILLIC_STRETCH, russianLexicon()) || prefixedWord(w) || englishLoan(w);

/** A word the dictionary has after a productive prefix: самотестов, геолокацию, горотделе, соцработницы. */
function prefixedWord(w: string): boolean {
  const prefix = RUSSIAN_PREFIX.exec(w);
  return prefix !== null && w.length - prefix[0].length >= 4 && russianLexicon().has(w.slice(prefix[0].length));
}
const RUSSIAN_PREFIX = /^(?:само|гео|авто|фото|видео|теле|радио|эко|био|микро|мини|супер|анти|псевдо|экс|гор|рай|гос|соц|мед|спец|нарко|полу)/u;
/**
 * An English word written in Cyrillic letters, maybe with a Russian case ending: шелтер, шелтера, омбудсменов. Five
 * letters or more; a given name the lists hold stays a name (they are asked first).
 */
function englishLoan(w: string): boolean {
  if (w.length < 5) return false;
  const ending = LOAN_ENDING.exec(w);
  for (const stem of ending !== null && w.length - ending[0].length >= 5 ? [w, w.slice(0, -ending[0].length)] : [w]) {
    const latin = plainLatin(stem);
    if (latin.length >= 5 && englishLexicon().has(latin)) return true;
  }
  return false;
}
const LOAN_ENDING = /(?:ами|ах|ам|ов|ом|ой|ею|а|у|е|ы)$/u;

/** Letters drawn out in a chat (чеего, нееет, дааа, sooo): a Russian vowel doubled or more, any letter three times or more. */
const CYRILLIC_STRETCH = /([аеёиоуыэюя])\1+|(\p{L})\2{2,}/gu;
const LATIN_STRETCH = /(\p{L})\1{2,}/gu;
/**
 * A word with a letter drawn out whose plain form the dictionary has: of four letters or more where only a vowel was
 * doubled (a Kyrgyz name's doubled vowel, Аалы, Таалай, Мээрим, reads as no word), of any length after a letter written
 * three times (дааа).
 */
function stretched(w: string, stretch: RegExp, dictionary: { has(form: string): boolean }): boolean {
  stretch.lastIndex = 0;
  if (!stretch.test(w)) return false;
  const plain = w.replace(stretch, (m) => m[0]);
  return plain.length >= (TRIPLED.test(w) ? 2 : 4) && dictionary.has(plain);
}
const TRIPLED = /(\p{L})\1{2}/u;

/** Russian case endings as written in Latin letters, and what the nominative ends in instead ("" for a name ending in a consonant). */
const LATIN_CASE_ENDINGS: Array<[string, string[]]> = [
  ['oj', ['a']], ['ej', ['a', 'ya']], ['oy', ['a']], ['ey', ['a', 'ya']], ['oi', ['a']], ['u', ['a', '']], ['yu', ['ya']], ['ju', ['ja', 'ya']],
  ['e', ['a', '']], ['y', ['a']], ['i', ['a', 'ya']], ['om', ['']], ['em', ['']], ['a', ['']],
];
/**
 * A given name of the lists in a Russian case form written in Latin letters (veru, zarinoj, nurlanu, kamilej), in
 * notes that write Russian so; never a word of English (mine is no form of Mina).
 */
function latinCaseOfGiven(w: string): boolean {
  if (w.length < 4) return false;
  for (const [ending, bases] of LATIN_CASE_ENDINGS) {
    if (!w.endsWith(ending) || w.length - ending.length < 3) continue;
    const stem = w.slice(0, w.length - ending.length);
    for (const base of bases) if (GIVEN.has(stem + base)) return !englishLexicon().has(w);
  }
  return false;
}

function lookUpUncached(w: string, cyrillic: boolean): Lexicon {
  if (!cyrillic) {
    // (An apostrophe for the soft sign, Tat'yana, Dar'ya, is read without it as well: Tatyana.)
    const folded = foldDiacritics(w);
    // (And written with its language's letters, Valentīna, Katarína: the lists hold it without them.)
    const given = GIVEN.has(w) || (w.length > 4 && w.endsWith('s') && GIVEN.has(w.slice(0, -1))) || latinCaseOfGiven(w) || (/['’]/.test(w) && GIVEN.has(w.replace(/['’]/g, ''))) || (folded !== w && GIVEN.has(folded));
    // (A given name itself is read as no place with a Turkic case's suffix: Hande is no "han" with "-de".)
    // (Or a place's Russian case form written in Latin letters: "v Dubae", "iz Tadzhikistana", "v Moskve".)
    // (Or a German noun by its ending, capitalised as German writes every noun: Menschenhandel, Nötigung, Strafbefehl.)
    const notName = NOT_NAMES.has(w) || NOT_NAMES.has(folded) || (!GIVEN.has(w) && (placeWithSuffix(folded, TURKIC_SUFFIXES_LATIN) || placeInRussianCase(w) || germanNoun(w) || demonymOfCountry(folded)));
    // (A name that is a word is one with the -s that Baltic names take too: "marks on neck" as "mark".)
    const ambiguous = AMBIGUOUS_NAMES.has(w) || (w.endsWith('s') && AMBIGUOUS_NAMES.has(w.slice(0, -1)) && !GIVEN.has(w));
    return new LazyLexicon(w, notName, given, given && ambiguous, [w], ordinaryLatin);
  }
  const forms = lemmas(w);
  let notName = false;
  let given = false;
  let ambiguous = false;
  for (const l of forms) {
    // (A feminine surname is not the genitive of a town named like it: "Вчера Иванова пришла" is no "из Иванова", which the
    // place's preposition still says.)
    if (NOT_NAMES.has(l) && (l === w || !FEMININE_SURNAME.test(w))) notName = true;
    // (Kyrgyz writes the soft sign of -гуль names or not: Назгул, Бактыгул, Гулнара.)
    if (GIVEN.has(l) || (l.includes('гул') && GIVEN.has(l.replace(/гул(?!ь)/, 'гуль')))) given = true;
    if (AMBIGUOUS_NAMES.has(l)) ambiguous = true;
  }
  if (!notName && !GIVEN.has(w)) notName = placeWithSuffix(w, TURKIC_SUFFIXES_CYRILLIC);
  return new LazyLexicon(w, notName, given, given && ambiguous, forms, ordinaryCyrillic);
}

/** A Latin word of five letters or more ending as a Russian case does, one of whose Cyrillic readings is a place's case form. */
function placeInRussianCase(w: string): boolean {
  if (w.length < 5 || !RUSSIAN_CASE_END_LATIN.test(w)) return false;
  // (Not a feminine surname, which is a town's genitive too: Ivanova, Pushkina.)
  for (const reading of cyrillicReadings(w)) {
    if (FEMININE_SURNAME.test(reading)) continue;
    for (const l of lemmas(reading)) if (l !== reading && PLACES_CYRILLIC.has(l)) return true;
  }
  return false;
}
const RUSSIAN_CASE_END_LATIN = /(?:a|e|u|om|oy|oi|ye|yu|i)$/;
/**
 * A German noun by its ending, which no surname has: a long stem before "-ung" ("Hartung", "Jung" are names) or one of three
 * letters before the others (Strafanzeige, Haftbefehl); or nine letters or more with an ending of the setting (Laufhaus,
 * Aufenthaltstitel). Lower case or capitalised.
 */
export function germanNoun(w: string): boolean {
  return GERMAN_NOUN.test(w) || (w.length >= 9 && GERMAN_NOUN_LONG.test(w));
}
const GERMAN_NOUN =
  /^(?:\p{L}{5,}ungs?|\p{L}{3,}(?:heit|keit|schaft|gesetz|gesetzes|handel|befehl|verfahren|bereich|stelle|behörde|beteiligte|beteiligter|verbot|erlaubnis|bescheinigung|antrag|anzeige|urteil|strafe|ordnung|zentrum|polizei|versicherung|pflicht|sprache))$/u;
const GERMAN_NOUN_LONG =
  /(?:ung|heit|keit|schaft|mittel|erlaubnis|bescheinigung|behörde|stelle|gericht|wohnung|dienst|nummer|ausweis|karte|titel|schnitt|zentrum|fest|amt|polizei|direktion|verfahren|steuer|pauschale|bezirk|gebiet|geld|spital|viertel|buch|betreiber|miete|krankenhaus|laufhaus|häuser|ware|gewerbe|schutz|handel|sachen|anwältin|anwalt|kontrolle|spruch|torium|ambulanz|beschwerde|anzeige|strafe|angelegenheit|angelegenheiten|telefon|bahnhof|ungen|heiten|keiten|schaften|stellen|behörden)$/;
const PLACES_CYRILLIC = new Set(PLACE_WORDS_CYRILLIC);

export const FEMININE_SURNAME = /^[а-яё]{3,}(?:ова|ева|ёва|ина|ына)$/;
