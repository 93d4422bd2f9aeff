import { CURRENCY_WORD } from './data/currencies';
import { AMBIGUOUS_NAMES } from './data/given-names';
import { GIVEN_NAME_ENDINGS, PATRONYMIC_ENDINGS, STRONG_SURNAME_ENDINGS, SURNAME_ENDINGS } from './data/name-endings';
import { PERSON_WORDS } from './data/person-words';
import { NON_NAME_WORDS } from './data/places';
import { englishLexicon, russianLexicon } from './lexicon/dictionaries';
import { foldDiacritics, linkMentions, nameShaped } from './name-signals';
import { cyrillicReadings } from './transliterate';
import { isDigitCode, isLetter, matchesAt, TextDocument, type Token } from './document';
import { packData, type PackData } from './pack-data';
import {
  affectionateForm, CASE_ENDINGS, prefixedEnglish, COMMON_PLACES, compoundOnly, COMMON_WORDS, COMMON_WORDS_MAX, CYR, EVERYDAY, FEMININE_SURNAME, GIVEN, givenWithKazakhSuffix, givenWithUzbekSuffix, inUkrainianLine, type Lexicon, lookUp, lower,
  mayBeGivenForm, NOT_NAMES, TURKIC_LETTERS, ukrainianWord,
  germanNoun,
} from './person-lexicon';
import type { Span } from './types';

/** Prepositions before a street's name in the genitive (на Кирова, с Ленина, до Абая): a person after them takes another case. */
const STREET_PREPOSITIONS = new Set(['на', 'с', 'со', 'по', 'до', 'из']);

const any = (list: string[]) => list.join('|');
const SURNAME_CYR = new RegExp(`^[${CYR}]{2,}(${any(SURNAME_ENDINGS.cyrillic)})(${any(SURNAME_ENDINGS.cyrillicCase)})?$`, 'iu');
/** Endings that are surnames even at the start of a sentence. */
const STRONG_SURNAME = new RegExp(
  `^[${CYR}]{2,}(${any(STRONG_SURNAME_ENDINGS.cyrillic)})(${any(STRONG_SURNAME_ENDINGS.cyrillicCase)})?$|^[A-Za-z]{2,}(${any(STRONG_SURNAME_ENDINGS.latin)})$`,
  'iu',
);
// (With the apostrophe of the Uzbek oʻ and gʻ inside: G'afurova, Mo'minov.)
const SURNAME_LAT = new RegExp(`^[a-z](?:[a-z]|(?<=[og])['’‘ʻʼ])+(${any(SURNAME_ENDINGS.latin)})$`, 'i');
// (A woman's patronymic takes no -ом or -ем: "в основном", "в личном" are no Ивановна's.)
const PATRONYMIC = new RegExp(`^[${CYR}]{3,}(${any(PATRONYMIC_ENDINGS.cyrillic)})(${any(PATRONYMIC_ENDINGS.cyrillicCase)})?(?<!(?:вн|чн)[ое]м)$|^[a-z]{3,}(${any(PATRONYMIC_ENDINGS.latin)})$`, 'iu');
/** A patronymic by its full ending (-ович, -евна): a bare -ич also ends loans (Аутрич, Сандвич), not enough alone at a sentence's start. */
const FULL_PATRONYMIC = new RegExp(`(?:ович|евич|ьич|овна|евна|ична|овн|евн|ичн)(${any(PATRONYMIC_ENDINGS.cyrillicCase)})?(?<!(?:вн|чн)[ое]м)$|(?:ovich|evich|ovna|evna|ichna|ovn[euy]|ovnoj|ovnoy|evn[euy]|evnoj|evnoy|ovich(?:a|u|em)|evich(?:a|u|em))$`, 'iu');

/** Words after which the next word is a person's name. */
const CUE_BEFORE = PERSON_WORDS.cuesBefore;
const APPOSITION_NOUNS = PERSON_WORDS.appositionNouns;
/** Cues that name someone in quotes: called "Ruslan", кличка «Роза». */
const NAMING_CUES = PERSON_WORDS.namingCues;
/** Forms of address and kin terms (aunt, тётя, апа): never a name themselves. */
const TITLE_WORDS = PERSON_WORDS.titles;

/** Kinship or respect terms written after a name (Серік аға, Bobur-aka, Shakhnoza-opa). */
// (With a Turkic case or possessive suffix on it: Іңкәр апайға, Gülşen ablaya, Rustam akaga.)
const HONORIFIC_SUFFIX = '(?:ға|ге|қа|ке|ка|га|на|не|ны|ні|ни|нің|ның|дан|ден|тан|тен|нан|нен|да|де|та|те|ым|им|ім|ya|ye|ga|ge|ka|ke|na|ne|ni|ning|dan|den|da|de|yı|yi|ım|im|nın|nin)?';
// (Or one declined as a Russian noun after a hyphen: Мукаддам-опу, Рустам-аке, Гуля-апой.)
const HONORIFIC_AFTER = new RegExp(`^(?:-|\\s)(?:${[...PERSON_WORDS.honorificsAfter].join('|')})${HONORIFIC_SUFFIX}(?![\\p{L}]|-\\p{L})`, 'iu');
const HONORIFIC_DECLINED_AFTER = new RegExp(`^(-|\\s)(?:${[...PERSON_WORDS.honorificsDeclined].join('|')})(?![\\p{L}])`, 'iu');
/**
 * The term of respect after a name, as its match, or null. `extends`: it lengthens a name already found (Шоиру опу);
 * `evidence`: it says the word before is a name, which a declined one does only after a hyphen ("Телефон апы" is her aunt's
 * phone, "Мукаддам-опы" a name).
 */
function honorificAfter(after: string, use: 'extends' | 'evidence'): RegExpExecArray | null {
  const plain = HONORIFIC_AFTER.exec(after);
  if (plain !== null) return plain;
  const declined = HONORIFIC_DECLINED_AFTER.exec(after);
  return declined !== null && (use === 'extends' || declined[1] === '-') ? declined : null;
}
/** English months and weekdays (the packs have the local ones). */
const CALENDAR = PERSON_WORDS.calendar;
/**
 * A place of the packs, maybe with a suffix of up to three letters after a
 * name of five or more (Rīgā, Ashgabatda, Бишкекке), or with a Russian case
 * ending instead of its final vowel when the stem is long enough not to be a
 * name (Анталье, Варшаву, Жетыбая).
 */
function placeOf(w: string, places: ReadonlySet<string>): boolean {
  if (places.size === 0 || w.length < 3) return false;
  const folded = foldDiacritics(w);
  // (As written too: the packs' places are folded without the special letters, so Kadıköy is kept as kadıköy and kadıkoy.)
  if (places.has(folded) || places.has(w)) return true;
  // (A given name as written is no case form of a place: Carmelo is not Carmel's.)
  if (GIVEN.has(w)) return false;
  // (A case ending cut off has a vowel, or is Cyrillic: Kranju and Kranja are Kranj, Kranjc is not.)
  // (Nor a Romanian surname in -scu after a place's letters: Pătrașcu is no form of Patras.)
  // (Nor a Lithuanian woman's name after one: Genovaitė is no form of Genova.)
  if (folded.endsWith('scu') || LITHUANIAN_FEMININE.test(folded)) return false;
  // (Nor a surname made of a place's name, Bazarov, Kazanova: -ov and -ova are no case of a place.)
  for (let k = 1; k <= 3 && folded.length - k >= 5; k++) if (CASE_ENDING_CUT.test(folded.slice(folded.length - k)) && !SURNAME_CUT.has(folded.slice(folded.length - k)) && places.has(folded.slice(0, folded.length - k))) return true;
  // (A South Slavic place in -a in Latin letters, in its case: "u Budvi", "iz Budve", "prema Tuzli". Not one whose -a form is
  // a given name too, Sofie is no Sofia's; nor in -u, which ends Romanian surnames: Lungu is not Ceadîr-Lunga's.)
  const latinCase = /^[a-z]{4,}(?:i|e|om|oj)$/.test(folded) ? /(?:i|e|om|oj)$/.exec(folded)! : null;
  if (latinCase) {
    const nominative = folded.slice(0, folded.length - latinCase[0].length) + 'a';
    if (places.has(nominative) && !GIVEN.has(nominative)) return true;
  }
  const ending = /[аяеоуюиыь]$|(?:ой|ей|ою|ею|ом|ем)$/.exec(folded);
  if (ending && folded.length - ending[0].length >= 6) {
    const stem = folded.slice(0, folded.length - ending[0].length);
    // (Or its й: Жетыбая, Жетыбае are Жетыбай's.)
    for (const vowel of ['а', 'я', 'ь', 'й']) if (places.has(stem + vowel)) return true;
  }
  return false;
}

const CODE_IN_BRACKET_AFTER = /^ \((?:(?:[A-ZА-ЯЁ]{1,5}-){1,3}\d{3,6}|[A-ZА-ЯЁ]{4}\d{6})\)/u;
const LITHUANIAN_FEMININE = /(?:ait|yt|ut|ien)e$/;
const PLACE_MODIFIERS = PERSON_WORDS.placeModifiers;

/** A place of the packs or a country, spelt exactly as listed (no stem or part of it). */
function exactPlace(data: PackData, w: string): boolean {
  const folded = foldDiacritics(w);
  return data.places.has(folded) || data.places.has(w) || data.countryNames.has(folded) || data.countryNames.has(w);
}

const STREET_BEFORE = PERSON_WORDS.streetBefore;
/** The first words of places' names in the region's languages (new, old, great, small, upper, lower, white, crooked, middle). */
const PLACE_FIRST_WORDS = PERSON_WORDS.placeFirstWords;
/** A day and a month right after a word (its comma first). */
const DATE_AFTER_PLACE =
  /^,\s?\d{1,2}(?:\s?[–-]\s?\d{1,2})?\.?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)/iu;
/** What a heading's line holds before its town: nothing, or one word or two and a comma ("Interview, Krompachy, 22 June"). */
const HEADING_BEFORE = /^(?:\p{Lu}[\p{L}\p{M}.-]*(?: [\p{L}\p{M}.-]+)?,\s)?$/u;
const PLACE_OF_WORDS = /^[\p{L}\p{M}'’]+[ -][\p{L}\p{M}'’ -]+$/u;

/**
 * The letters that stand for one initial in the transliterations of Cyrillic and Greek (Ye., Zh., Kh., Th., Дж.), in
 * capitals as forms write them ("GULNAR ZH."), and Hungarian ones ("Sz. Gábor", "Cs. Anna"). Every pattern of initials
 * below takes its letters from here.
 */
// (And Romanian Gh, Gheorghe's: "Gh. Lungu".)
const DIGRAPHS = 'Ye|Yu|Ya|Yo|Zh|Th|Sh|Ch|Kh|Ts|Gh|Дж';
const DIGRAPHS_CAPS = 'YE|YU|YA|YO|ZH|SH|CH|KH|TS';
const DIGRAPHS_HUNGARIAN = 'Sz|Cs|Gy|Ny|Zs';
// (And a Russian patronymic or surname shortened to two letters after the given name: «Хозяйка Светлана Ив.».)
const DIGRAPH_INITIAL = new RegExp(`^(?:${DIGRAPHS}|Dzh|${DIGRAPHS_HUNGARIAN}|Ty|Ly|Ив|Ал|Ан|Ол|Ев|Ст|Вл|Ник|Vl|Iv|Ol)$`);

const WEEKDAYS_SHORT = PERSON_WORDS.weekdaysShort;
const NON_NAME_SET = new Set(NON_NAME_WORDS);
const HONORIFICS_AFTER = PERSON_WORDS.honorificsAfter;

/** What cutting a case ending off a place's name may cut: letters with a vowel among them, or any Cyrillic ones. */
const SURNAME_CUT = new Set(['ov', 'ova', 'ev', 'eva', 'ов', 'ова', 'ев', 'ева']);
const CASE_ENDING_CUT = /[aeiouyаеёиоуыэюяіїєү]|^[\p{Script=Cyrillic}]+$/u;

/** Their abbreviations, months only when written in lower case (Jan is also a name). */
const CALENDAR_SHORT = PERSON_WORDS.calendarShort;
/**
 * The shape of a saint's day in the South Slavic languages, "saint's name + day" in one word (Vidovdan, Đurđevdan,
 * Gergyovden, Nikoljdan, Илинден, Видовдан), and of an Estonian day (Jaanipäev). Not Bogdan, Jordan: the letters before
 * "dan" are those of a possessive.
 */
const HOLIDAY_END = new Set(['dan', 'den', 'дан', 'ден', 'äev']);
const HOLIDAY_SHAPE = /^(?:\p{L}{2,}(?:ov|ev|yov|jev|lj|in|ul)d[ae]n|\p{L}{2,}(?:ов|ев|ьов|љ|ин|ул)д[ае]н|\p{L}{2,}päev)$/u;
/** Given names that are also words (Вера, Hope), months that are also names (May) and the words before a month. */
const VIRTUES = [...PERSON_WORDS.virtues];
const MONTHS = PERSON_WORDS.monthsAlsoNames;
/** The case forms of Russian names that are also a month's forms (Марта, Мая, Майя), each with its name's nominative. */
const MONTHS_ALSO_NAMES_RU = new Map<string, string>([
  ...['марта', 'марты', 'марте', 'марту', 'мартой'].map((f): [string, string] => [f, 'марта']),
  ...['мая', 'маи', 'мае', 'маю', 'маей', 'майя', 'майи', 'майе', 'майю', 'майей'].map((f): [string, string] => [f, 'мая']),
  // (Май, the Estonian name Mai written in Russian, capitalised inside a sentence: Russian writes the month in lower case; so
  // is Март, the Estonian Mart.)
  ['май', 'май'],
  ['март', 'март'],
  ['мартом', 'март'],
  // (Августа, a given name, is the month's genitive too: capitalised inside a sentence, the name.)
  ...['августа', 'августе', 'августу', 'августой'].map((f): [string, string] => [f, 'августа']),
]);
const MONTH_BEFORE = PERSON_WORDS.monthBefore;

/** Casual notes written without capitals: there, lower-case names count too. */
function isCasual(starts: string[]): boolean {
  if (starts.length < 3) return starts.length > 0 && starts[0] === starts[0].toLowerCase();
  return starts.filter((c) => c === c.toLowerCase()).length / starts.length >= 0.5;
}

/**
 * The letters that start the text, a sentence (after . ! ? and a space) or a
 * line, as /(?:^|[.!?]\s+|\n\s*)([\p{L}])/gu finds them, in one pass: that
 * pattern takes time quadratic in the length of a run of line breaks.
 */
export function sentenceInitials(text: string): string[] {
  const out: string[] = [];
  let gap = 0; // the length of the run of white space just before
  let newline = false; // it holds a line break
  let stop = false; // a full stop, "!" or "?" is right before it
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (whiteSpace(c)) {
      // (Not the full stop of an abbreviation, "st. lt. KHAIRULLIN", "dr. Valieva": no sentence ends there.)
      if (gap === 0) stop = i > 0 && (text[i - 1] === '!' || text[i - 1] === '?' || (text[i - 1] === '.' && !abbreviationBefore(text, i - 1)));
      if (c === 10) newline = true;
      gap++;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    // (A word in capitals, a heading's NB or a surname as files write it, says nothing of how the writer starts a sentence.)
    if ((i === 0 || (gap > 0 && (newline || stop))) && isLetter(cp) && !(cp < 0xffff && upperCaseLetter(text, i) && upperCaseLetter(text, i + 1))) out.push(String.fromCodePoint(cp));
    gap = 0;
    newline = false;
    stop = false;
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** The character at i is a letter in upper case. */
function upperCaseLetter(text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && c !== c.toLowerCase();
}

/** The full stop at `stop` ends a title's or a rank's abbreviation (dr., st., lt., ул.) or an initial. */
function abbreviationBefore(text: string, stop: number): boolean {
  let j = stop;
  while (j > 0 && stop - j < 6 && isLetter(text.charCodeAt(j - 1))) j--;
  const word = text.slice(j, stop);
  if (word.length === 0 || word.length > 5 || (j > 0 && isLetter(text.charCodeAt(j - 1)))) return false;
  return (word.length === 1 && upperCaseLetter(word, 0)) || PERSON_WORDS.abbreviations.has(word.toLowerCase()) || RANK_ABBREVIATIONS.test(word[0].toUpperCase() + word.slice(1).toLowerCase());
}

const KOREAN_PLACE_SUFFIX = /^-(?:gu|dong|ro|gil|eup|myeon|daero|si)(?![\p{L}])/u;
/** A bracket after a name that says it is the real one. */
const REAL_NAME_AFTER = /^\s?\((?:(?:her|his|their) )?(?:real|true|own) name|^\s?\((?:имя настоящее|настоящее имя|реальное имя|имя реальное|это (?:её|ее|его) настоящее имя)/iu;

/** Who writes a chat's or a transcript's line when no person is named: a role, a header, the writer herself, her organisation; or a form's label. */
const CHAT_ROLES = new Set(
  `me i you we us client clients outreach operator volunteer worker staff admin support hotline helpline note notes from to subject header date time re fwd
   inspector lawyer consultant paralegal counsellor counselor social nurse doctor police officer interviewer interviewee respondent translator interpreter
   question answer caller user bot system moderator coordinator curator peer peers recruiter employer boss manager landlord landlady line линия линия1 вербовщик вербовщица работодатель хозяин хозяйка менеджер координатор координаторка модератор куратор кураторка team network group mom mum mother sister friend unknown comment summary
   я мы вы ты клиент клиентка аутрич оператор волонтёр волонтер волонтерка волонтёрка сотрудник сотрудница админ администратор поддержка горячая юрист юристка
   адвокат консультант консультантка параюрист соцработник соцработница медсестра врач полиция мент инспектор интервьюер респондент респондентка
   переводчик переводчица вопрос ответ пользователь бот система модератор команда сеть группа мама сестра подруга неизвестный комментарий примечание
   итог тема дата время кому от он она они оно мы вы he she they him her them it
   project office organisation organization ngo org fund center centre проект офис организация фонд центр нко
   address phone tel telephone mobile age name email status result outcome action location place city country адрес телефон тел возраст имя статус результат
   место город страна`.split(/\s+/),
);

/** A chat message's time in brackets, as phones export it: "[22:41]", "[12.03.2023 21:40:15]". */
// (Or as an Android export writes it, before a dash, maybe without the year or the date: "12.10.2023, 01:58 - Вова: …",
// "29.01, 02:17 – Den: …", "02:17 — Den: …".)
const CHAT_STAMP = String.raw`(?:\[[^\]\n]{1,25}\]|(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?,?[ \t])?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?[ \t][-–—])`;
/** A chat's line: a time in brackets perhaps, who wrote it (a name, an emoji) and a colon, then the message. */
// (Or its time after the writer: "Вера 23:10: плохо", or in a bracket with its day, either first: "Мышка (17.11, 20:03): да
// он", "Мышка (20:03, 17.11): да"; not an agenda's hour alone, "Break (11:00): tea".)
const BRACKET_STAMP = String.raw`\((?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?,?[ \t]\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}:\d{2}(?::\d{2})?,?[ \t]\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)\)`;
const TIME_AFTER_WRITER = String.raw`(?:[ \t]\d{1,2}:\d{2}(?::\d{2})?|[ \t]${BRACKET_STAMP})?`;
const BRACKET_STAMP_AFTER = new RegExp(String.raw`^[ \t]${BRACKET_STAMP}:`, 'u');
const BRACKET_STAMPED_LINE = new RegExp(String.raw`${BRACKET_STAMP}[ \t]*:[ \t]+\S$`, 'u');
const BRACKET_WRITER_LINE = new RegExp(String.raw`(?:^|\n)[ \t]*(\p{Lu}\p{Ll}+)[ \t]${BRACKET_STAMP}:`, 'gu');
/**
 * A chat stamped after its writers, "Вера (17.11, 20:01): …", takes a word of the dictionary for a writer ("Мышка", "Лиса")
 * and its lines for messages only where another of its writers is a given name: a log's "Call (17.11, 20:03):" or "Звонок
 * (…):" has none.
 */
function bracketChatNamesWriters(text: string, data: PackData): boolean {
  if (!text.includes('(') || !text.includes(':')) return false;
  for (const m of text.matchAll(BRACKET_WRITER_LINE)) if (GIVEN.has(m[1].toLowerCase()) || data.given.has(m[1].toLowerCase())) return true;
  return false;
}
const CHAT_LINE = new RegExp(String.raw`[ \t]*(?:${CHAT_STAMP}[ \t]*)?([^\n:\[\]]{1,40}?)${TIME_AFTER_WRITER}[ \t]*:[ \t]+(\S)`, 'uy');

/**
 * In a chat copied from a phone ("Настюха 🌸: девки кто знает где лерка"), the letters its messages start with, not its
 * writers' names; null where the text is no chat (no writer heads two lines or more, or fewer than three lines are
 * messages: a form's labels each head one line).
 */
function chatInitials(text: string, bracketed: boolean): string[] | null {
  // (Three messages need three lines; most narratives are a few paragraphs, with no writer at a line's start.)
  if (!text.includes(':') || text.indexOf('\n') === text.lastIndexOf('\n')) return null;
  const writers = new Map<string, number>();
  let messages = 0;
  // (Lines stamped in a bracket after their writer are a chat's only where a writer is a given name, `bracketed`: not a
  // log's "Call (17.11, 20:03): …".)
  for (let at = 0; at < text.length; ) {
    CHAT_LINE.lastIndex = at;
    const m = CHAT_LINE.exec(text);
    if (m && (bracketed || !BRACKET_STAMPED_LINE.test(m[0]))) {
      messages++;
      writers.set(m[1], (writers.get(m[1]) ?? 0) + 1);
    }
    const next = text.indexOf('\n', at);
    if (next < 0) break;
    at = next + 1;
  }
  if (messages < 3 || ![...writers.values()].some((n) => n >= 2)) return null;
  // A chat: the letters its messages start with, and the first letter of any other line.
  const starts: string[] = [];
  for (const line of text.split('\n')) {
    CHAT_LINE.lastIndex = 0;
    const m = CHAT_LINE.exec(line);
    const first = m ? m[2] : /\p{L}/u.exec(line.trimStart().slice(0, 1))?.[0];
    if (first !== undefined && /\p{L}/u.test(first)) starts.push(first);
  }
  return starts;
}

/**
 * Word t is a chat message's writer: alone at the start of its line (after a time in brackets), before an emoji or the colon;
 * or the words first..last are, together.
 */
function chatWriter(text: string, first: Token, last: Token = first): boolean {
  // (Not a form's or a record's label: "Судья: Вину признаёте?", "Witness: Yes.")
  if (first === last && (FORM_LABELS.has(first.lower) || SPEAKER_LABELS.has(first.lower))) return false;
  const before = lineBefore(text, first.start, 64);
  return before !== null && CHAT_WRITER_START.test(before) && CHAT_WRITER_END.test(text.slice(last.end, last.end + 28));
}
/**
 * The text from its line's start to `at`, if the line started at most `reach` characters before (null otherwise): the
 * rules that read a line's start need no more, and a search back through a text without line breaks for every word was
 * quadratic.
 */
function lineBefore(text: string, at: number, reach: number): string | null {
  const from = Math.max(0, at - reach);
  const window = text.slice(from, at);
  const lineBreak = window.lastIndexOf('\n');
  return lineBreak >= 0 ? window.slice(lineBreak + 1) : from === 0 ? window : null;
}
/** How many lines the word opens before a colon: a chat's writer writes several, a note's label heads one ("Crystal:" six times). */
function headsLines(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(`${word}:`); at >= 0; at = text.indexOf(`${word}:`, at + word.length)) if (at === 0 || text.charCodeAt(at - 1) === 0x0a) n++;
  return n;
}
const CHAT_WRITER_START = new RegExp(String.raw`^[ \t]*(?:${CHAT_STAMP}[ \t]*)?$`, 'u');
/** Word t alone writes a chat's message right after its time stamp: "[01:04] малая: …". */
function stampedChatWriter(text: string, t: Token): boolean {
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  return STAMPED_WRITER_START.test(before.slice(before.lastIndexOf('\n') + 1)) && CHAT_WRITER_END.test(text.slice(t.end, t.end + 12));
}
const STAMPED_WRITER_START = new RegExp(String.raw`^[ \t]*${CHAT_STAMP}[ \t]*$`, 'u');
/** Word t opens a chat's message and is followed by a comma: its reader addressed by name ("Гуля: Инуль, короче, …"). */
function chatVocative(text: string, t: Token): boolean {
  if (text.charCodeAt(t.end) !== 0x2c) return false;
  const before = lineBefore(text, t.start, 96);
  return before !== null && CHAT_MESSAGE_START.test(before);
}
const CHAT_MESSAGE_START = new RegExp(String.raw`^[ \t]*(?:${CHAT_STAMP}[ \t]*)?[^\n:\[\]]{1,40}?${TIME_AFTER_WRITER}[ \t]*:[ \t]+$`, 'u');
// (Or its surname's initial: "Lada K: they're here again".)
// (Or a tag in brackets after the writer: "Кристийна (ESTL): …".)
// (Or the word her contact was saved with, in lower case: "Vasile hotel: …", "Рони полиция: …".)
const CHAT_WRITER_END = new RegExp(String.raw`^(?:[ \t]\p{Lu}\.?|[ \t]\p{Ll}{3,12})?(?:[ \t]\([^()\n]{1,12}\))?[ \t]*(?:\p{Extended_Pictographic}\uFE0F?[ \t]*)*${TIME_AFTER_WRITER}:[ \t]`, 'u');

/** As /\s/ (white space and line terminators of JavaScript). */
function whiteSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// (An initial of one letter or of a transliteration's two, "Kh. Saidova", is no sentence's end either.)
const ABBREVIATIONS = new RegExp(`(?:^|[\\s(])(?:${[...PERSON_WORDS.abbreviations].join('|')}|[A-ZА-ЯЁ]|Y[euao]|[ZSCKT]h|Ts|Dzh|Дж)\\.\\s*$`, 'i');
/** "Merey" etc. inside an e-mail, handle or URL is not a separate name (the handle detector takes the whole). */
function insideHandle(text: string, t: Token): boolean {
  const before = text[t.start - 1] ?? '-';
  const after = text[t.end] ?? '-';
  // (A capitalised part of a file's name between underscores is read as any word: "consent_Abdrakhmanova_signed.pdf".)
  // (Or of a folder's name in a path: "/cases/2023/Kristina_Lee/", "\\CASES\\2024\\ASANBEKOVA_Elnura\\".)
  if ((before === '_' || after === '_') && !/[@.]/.test(before) && /^\p{Lu}/u.test(t.text) && (ATTACHMENT_NAME.test(text.slice(t.end, t.end + 48)) || FOLDER_NAME_AFTER.test(text.slice(t.end, t.end + 48)))) return false;
  if ('@._'.includes(before) || ('@._'.includes(after) && /^\w/.test(text[t.end + 1] ?? ''))) return true;
  // (A slash only in a web address's path, "vk.com/lala", "https://…/anna": not between two names, "cristina/lala", "Аня/Лиза".)
  if (before !== '/' && !(after === '/' && /^\w/.test(text[t.end + 1] ?? ''))) return false;
  let from = t.start;
  while (from > 0 && t.start - from < 80 && !whiteSpace(text.charCodeAt(from - 1))) from--;
  return WEB_PATH.test(text.slice(from, t.start));
}
/** The rest of a file's name after a word of it: more parts joined by underscores or hyphens, then its extension. */
const ATTACHMENT_NAME = /^(?:[_-][\p{L}\d]+)*\.(?:pdf|docx?|odt|rtf|txt|jpe?g|png|heic|zip|rar|xlsx?|csv|mp[34]|m4a|ogg|opus)(?![\p{L}\d])/iu;
/** The rest of a folder's name after a word of it, then the path's separator. */
const FOLDER_NAME_AFTER = /^(?:_[\p{L}\d]+)*[/\\]/u;
/** What a web address's path comes after: a domain (vk.com/, t.me/) or a scheme. */
const WEB_PATH = /\.\p{L}{2,}(?::\d+)?\/|:\/\/|^\/|\/\//u;

/**
 * A name spelled out letter by letter, as a call or a voice message is written down: "H-N-A-T-I-U-K", "С-Е-Р-И-К".
 * (Five letters or more: a shorter run is an abbreviation spelled, "U-S-A".)
 */
function spelledNames(text: string): Span[] {
  if (!SPELLED_TEST.test(text)) return [];
  return [...text.matchAll(SPELLED_NAME)].map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'PERSON' as const, rule: 'person.spelled', confidence: 0.65 }));
}
// (Or with its letters after the capital in lower case, or joined by full stops or spaces: "Н-а-т-а-ш-а", "A.s.e.l", "Ш а х н о з а".)
const SPELLED_TEST = /\p{Lu}(?:-\p{L}-\p{L}-\p{L}-\p{L}|\.\p{Ll}\.\p{Ll}\.\p{Ll}| \p{Ll} \p{Ll} \p{Ll} \p{Ll})/u;
const SPELLED_NAME = /(?=\p{Lu})(?<![\p{L}\d.-])(?:\p{Lu}(?:-\p{Lu}){4,}|\p{Lu}(?:-\p{Ll}){3,}|\p{Lu}(?:\.\p{Ll}){3,}|\p{Lu}(?: \p{Ll}){4,})(?![\p{L}\d-])/gu;

/** Korean (and other) hyphenated given names, with a surname before them: Lee Min-jun, Kang Mi-kyung, Choi Sung-min. */
const HYPHENATED_NAME = /(?<![\p{L}\d-])(?:(\p{Lu}\p{Ll}{1,5})\s)?(\p{Lu}\p{Ll}{1,4})-(\p{Ll}{1,6})(?![\p{L}\d-])/uy;
/** One syllable of Korean romanised (Revised Romanization and McCune-Reischauer spellings): an initial, a vowel, a final. */
const KOREAN_SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|kh|th|ph|sh|[gkndrlmbsjcthpyw])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|[aeiou])(?:ng|[knlmpt])?$/;
/** Words that set a narrative in Korea or among Koreans. */
const KOREAN_SETTING = /Korea|Seoul|Busan|Incheon|Ansan|Daegu|Gwangju|Suwon|Hwaseong|Gimpo|Pyeongtaek|oppa|unni|eonni|[가-힣]|Коре|Сеул|Пусан|Инчхон/;
/** The most characters before the hyphen in such a name (11 letters and a space, each letter maybe two UTF-16 units). */
const BEFORE_HYPHEN = 23;
function hyphenatedGivenNames(text: string, doc: TextDocument, data: PackData): Span[] {
  const out: Span[] = [];
  let koreanSetting: boolean | undefined;
  for (const m of matchesAt(HYPHENATED_NAME, text, doc.runStartsNear('-', BEFORE_HYPHEN))) {
    const [, surname, first, second] = m;
    const korean = surname !== undefined && data.surnames.has(surname.toLowerCase());
    // (Or both halves romanised Korean syllables, the first no English word: Jin-woo, Hye-min, though "woo" is a word.)
    // (Or both English words too, Min-jun, Do-yoon, where the narrative is set in Korea or names Koreans.)
    // (Not a district or a street, whose second half is a street word: Dong-gu, Jung-gu, Sinsa-dong; unless a surname is
    // before it and no house's number after it, "Park Young-gil, met", "Hong Gil-dong".)
    if (second.length > 1 && (data.address.street.has(second) || data.address.afterName.has(second)) && (!korean || HOUSE_NUMBER_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 8)))) continue;
    const korean2 = KOREAN_SYLLABLE.test(first.toLowerCase()) && KOREAN_SYLLABLE.test(second) && (!englishLexicon().has(first.toLowerCase()) || !englishLexicon().has(second) || (koreanSetting ??= KOREAN_SETTING.test(text)));
    const unknown = (korean2 || (!englishLexicon().has(first.toLowerCase()) && !englishLexicon().has(second))) && !NOT_NAMES.has(first.toLowerCase()) && !russianLexicon().has(second);
    if (!korean && !unknown) continue;
    // (A second half of one letter only as a Korean syllable: Hyun-a, Eun-a.)
    if (second.length === 1 && !korean2) continue;
    const start = korean ? m.index! : m.index! + (surname ? surname.length + 1 : 0);
    out.push({ start, end: m.index! + m[0].length, type: 'PERSON', rule: 'person.hyphenated-given', confidence: korean ? 0.85 : 0.6 });
  }
  return out;
}

const HOUSE_NUMBER_AFTER = /^[^\S\n]?(?:No\.?[^\S\n]?)?\d/;
/** A person written as one initial in quotes («Г.», "M."), and every later mention of that initial standing alone. */
function quotedInitials(text: string): Span[] {
  const out: Span[] = [];
  const letters = new Set<string>();
  for (const m of text.matchAll(/[«"“](\p{Lu})\.[»"”]/gu)) letters.add(m[1]);
  // (Two or three initials in quotes are a person too, where she asked to be called so: «Н. К.», "O. M.".)
  for (const m of text.matchAll(/[«"“]((?:\p{Lu}\.\s?){1,2}\p{Lu}\.)[»"”]/gu)) out.push({ start: m.index! + 1, end: m.index! + 1 + m[1].length, type: 'PERSON', rule: 'person.initial', confidence: 0.7 });
  for (const letter of letters) {
    for (const m of text.matchAll(new RegExp(`(?<=[\\s(«"“])${letter}\\.(?=[»"”]|\\s[\\p{Ll}—–-])`, 'gu'))) {
      out.push({ start: m.index!, end: m.index! + 2, type: 'PERSON', rule: 'person.initial', confidence: 0.7 });
    }
  }
  return out;
}

/** Initials named so: "only her initials, L. M., appear", "под инициалами Н. К.", "initials: A.B.". */
function namedInitials(text: string, tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  // (The pattern is tried only at one of its words: most narratives have none.)
  for (const t of tokens) {
    if (!INITIALS_WORDS.has(t.lower)) continue;
    NAMED_INITIALS.lastIndex = t.start;
    const m = NAMED_INITIALS.exec(text);
    if (m === null) continue;
    const value = m[1].trimEnd();
    // (Capitals without full stops only after an English word, where they are no country's, body's or abbreviation's:
    // "translated by IS", not "by UN"; Russian notes write initials with their stops, and capitals after "записал", "составил"
    // are a document's or a rank's, "записал ФИО", "составил УУП".)
    if (!value.includes('.') && (!/^[A-Za-z]/.test(m[0]) || NOT_INITIALS_UNDOTTED.has(value))) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: start + value.length, type: 'PERSON', rule: 'person.initials-named', confidence: 0.75 });
  }
  return out;
}
const INITIALS_WORDS = new Set(
  `initials инициалы инициалами инициалов инициала interviewer interviewed translator interpreter operator записал записала записали составил составила
   составили принял приняла приняли интервьюер переводчик переводчица переводчика оператор примечание комментарий note comment
   translated transcribed prepared recorded перевела перевёл вела вёл вел translation notes transcription minutes moderator observer
   модератор модератора наблюдатель наблюдательница перепечатала перепечатал расшифровала расшифровал подготовила подготовил набрала набрал typed retyped
   noted written compiled checked reviewed verified approved`.split(/\s+/),
);
// (Or after the role of the one who wrote the note: "(interviewer R.G.)", "записала Н.К.", "translated by N.K.", "noted by LD".)
const NAMED_INITIALS = /(?<![\p{L}])(?:(?:[Ii]nitials|[Ии]нициал\p{Ll}{0,3})(?:\s+\p{Ll}+){0,2}\s?(?:[,:(«"“]|[—–-]\s)?|(?:[Ii]nterviewer|[Ii]nterviewed by|[Tt]ranslator|[Ii]nterpreter|[Oo]perator|[Зз]аписал\p{Ll}{0,2}|[Сс]оставил\p{Ll}{0,2}|[Пп]ринял\p{Ll}{0,2}|[Ии]нтервьюер|[Пп]ереводчи\p{Ll}{1,2}|[Оо]ператор|[Пп]римечание(?:\s\p{Ll}+)?|[Кк]омментарий(?:\s\p{Ll}+)?|[Nn]ote\s+by|[Cc]omment\s+by|(?:[Tt]ranslated|[Tt]ranscribed|[Rr]e-?typed|[Tt]yped|[Pp]repared|[Rr]ecorded|[Tt]ranslation|[Tt]ranscription|[Nn]otes|[Nn]oted|[Ww]ritten|[Cc]ompiled|[Cc]hecked|[Rr]eviewed|[Vv]erified|[Aa]pproved|[Mm]inutes)(?:\s+(?:from|into)\s+\p{L}+(?:\s+and\s+\p{L}+)?)?\s+by|[Mm]oderator|[Oo]bserver|[Мм]одератор\p{Ll}?|[Нн]аблюдател\p{Ll}{1,4}|[Пп]еревел\p{Ll}?|[Пп]еревёл|[Пп]ерепечатал\p{Ll}?|[Рр]асшифровал\p{Ll}?|[Пп]одготовил\p{Ll}?|[Нн]абрал\p{Ll}?|[Вв]ела|[Вв]ёл|[Вв]ел)[:,]?)\s?((?:\p{Lu}\.\s?){1,3}|\p{Lu}{2}(?![\p{L}\d'’-]))(?!\p{L})/uy;

/** The same word capitalised elsewhere in the narrative (counted once per narrative): a name repeated, not a foreign word that opens a quote. */
function capitalisedAgain(capitalisedCounts: ReadonlyMap<string, number>, t: Token): boolean {
  return (capitalisedCounts.get(t.lower) ?? 0) > 1;
}

/** The only word inside quotes: ("Mina"), «Жасмин» — a nickname or work name. */
function quotedAlone(text: string, t: Token): boolean {
  return /["«“„]$/.test(text.slice(Math.max(0, t.start - 1), t.start)) && /^["»”“]/.test(text.slice(t.end, t.end + 1));
}

/** A second capitalised word, an age or a bracket after the word: Mihaela Rusu, 26; Ulpan (33, from Kostanay). */
function nameFollows(text: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next && next.capitalised && /^ $/.test(text.slice(tokens[i].end, next.start)) && !acronym(next.text)) return true;
  return /^\s?(?:\(\s?\d{2}\b|,\s?\d{2}\b|,\s\p{Lu}\p{Ll}+,\s?\d{2}\b|\s\(["«“])/u.test(text.slice(tokens[i].end, tokens[i].end + 20));
}

/** Verbs people do in narratives, right after the subject: "Daca reported it", "Зарина сказала". */
const PERSON_VERBS = PERSON_WORDS.verbs;
function verbFollows(text: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || !/^ $/.test(text.slice(tokens[i].end, next.start))) return false;
  if (PERSON_VERBS.has(next.text)) return true;
  // (Or what is done to a person: "Anahit was stopped".)
  const after = tokens[i + 2];
  return (next.text === 'was' || next.text === 'were') && after !== undefined && PERSON_WORDS.passiveParticiples.has(after.text) && text.slice(next.end, after.start) === ' ';
}

/** A person's verb after a bracket right after the word: "oksana (UA, the tall one) says". */
function verbAfterBracket(text: string, tokens: Token[], i: number): boolean {
  const m = BRACKET_THEN_WORD.exec(text.slice(tokens[i].end, tokens[i].end + 64));
  return m !== null && PERSON_VERBS.has(m[1]);
}
const BRACKET_THEN_WORD = /^ \([^()\n]{1,48}\) (\p{L}+)/u;

/** A Russian or English verb form right after the word ("Вера пошла", "Hope works"), by its ending. */
const VERB_ENDING = /^\p{Ll}{2,}(?:ла|ло|ли|лась|лось|лись|лся|ет|ит|ут|ют|ат|ят|ется|ится|ется|ed|es)$/u;
// (Or after "не" or "not"/"never": "Вера не верила", "Hope never came".)
function verbShaped(text: string, tokens: Token[], i: number): boolean {
  let k = i + 1;
  if (k < tokens.length && NEGATIONS.has(tokens[k].lower) && text.slice(tokens[i].end, tokens[k].start) === ' ') k++;
  const next = tokens[k];
  return next !== undefined && VERB_ENDING.test(next.text) && text.slice(tokens[k - 1].end, next.start) === ' ';
}
/** The saints' day of Faith, Hope and Love and their mother Sophia, named by its saints. */
const VIRTUES_DAY = /Вер[аыуе],?\s+Надежд[аыуе],?\s+и\s+Любов[ьи]|Faith,?\s+Hope,?\s+and\s+(?:Love|Charity)/u;
const NEGATIONS = new Set(['не', 'ни', 'never', 'not']);

/** A day's number before (6 Aug, 11/12 Oct) or a day or year after (Aug 6, Jan 2025). */
function dateBeside(text: string, t: Token): boolean {
  return /(?:^|[^\d])\d{1,2}(?:[/.–-]\d{1,2})?\.?\s$/.test(text.slice(Math.max(0, t.start - 7), t.start)) || /^\.?\s(?:\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d)(?![\d\p{L}])/u.test(text.slice(t.end, t.end + 7));
}

/** A short lower-case abbreviation before the full stop (nprap., kpt., сер.): a rank or title, not the end of a sentence. */
const RANK_ABBREVIATION = /(?:^|[\s(])(\p{Ll}{2,6})\.\s$/u;

function sentenceStart(text: string, at: number): boolean {
  if (ABBREVIATIONS.test(text.slice(Math.max(0, at - 6), at))) return false;
  // (Not a currency after an amount: "5 000 сомони. Номер", "2 000 000 сумов. Квартира".)
  const rank = /\d\s*\p{Ll}{2,8}\.\s$/u.test(text.slice(Math.max(0, at - 12), at)) ? null : RANK_ABBREVIATION.exec(text.slice(Math.max(0, at - 9), at));
  // (A word with a letter of Ukrainian or Belarusian spelling, "їй.", is a word of those languages, not an abbreviation.)
  // (Nor an honorific written after a name, "Гульнары эже.")
  // (Nor a currency or another word of the gazetteer, "3000 грн. Дала.")
  if (rank && !englishLexicon().has(rank[1]) && !russianLexicon().has(rank[1]) && !/[іїєґў]/u.test(rank[1]) && !PERSON_WORDS.honorificsAfter.has(rank[1]) && !NOT_NAMES.has(rank[1])) return false;
  const before = text.slice(Math.max(0, at - 6), at);
  // (Also the first word of an item of a list with dashes or bullets: ". - Зашли к Сашке", "\n• Дала".)
  // (And the first word of a bracketed note or after its end, "пауза.] Надежды", "[Пометка:", of a table's cell, "| Возраст",
  // and of a translation after a slash, "Що сталося? / Что".)
  // (And a chat's message after its time, "[23:13] Сеть: да".)
  // (A closing quote and a space end no sentence by themselves: 'Salvatore "Turi" Giannone', «Кошка» Вера; one after a full
  // stop does, '… said." Lena'; nor with a dash after it, «Настоящее имя «Мамы Розы» — Розалия».)
  if (CLOSING_QUOTE_INSIDE.test(before)) return false;
  return at === 0 || /(^|[.!?:»"“”…][\])]?\s*(?:\/\s+)?|\n\s*|\|\s*)(?:[-–—•*+]\s+)?$/.test(before) || /\n[^\S\n]*\d{1,2}[.)][^\S\n]+$/.test(text.slice(Math.max(0, at - 8), at)) || /[«"“„([]\s*$/.test(before) || (before.endsWith('] ') && CHAT_STAMP_BEFORE.test(text.slice(Math.max(0, at - 32), at)));
}

const CLOSING_QUOTE_INSIDE = /[\p{L}\d][»"”][^\S\n]+(?:[—–][^\S\n]+)?$/u;
const CHAT_STAMP_BEFORE = new RegExp(String.raw`(?:^|\n)[ \t]*${CHAT_STAMP} $`, 'u');

/** A patronymic particle written as a word of its own after the father's name (in any case, not inside a longer word). */
const PATRONYMIC_PARTICLE = /^ (?:кызы|қызы|кизи|кизы|уулу|улы|ұлы|гызы|гизи|оглы|оглу|kyzy|qyzy|kizi|gizi|gyzy|uulu|uly|ulı|qizi|qızı|gızı|oğlu|oglu|ogly|o['‘ʻ’]g['‘ʻ’]li|ogli|угли|ўғли|қизи)(?![\p{L}\p{M}-]|['‘ʻ’](?!s(?![\p{L}])))/u;

/** Two word sets merged (one look-up instead of two), once per pair: a module's list and a pack data's (no narrative's words). */
const unions = new WeakMap<ReadonlySet<string>, WeakMap<ReadonlySet<string>, ReadonlySet<string>>>();
function unionOf(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  let withA = unions.get(a);
  if (!withA) unions.set(a, (withA = new WeakMap()));
  let union = withA.get(b);
  if (!union) withA.set(b, (union = new Set([...a, ...b])));
  return union;
}

/** What a rule concluded about one word: a part of a name (by which rule, how sure), or nothing. */
type Hit = { rule: string; confidence: number } | null;

/**
 * One narrative as the person rules read it: its words, what each rule has
 * concluded so far (`hit`, one entry per word), and the look-ups they share,
 * answered once per word and call. Nothing of it outlives the call (see
 * COMMON_WORDS for what is kept: never a name). The rules below are plain
 * functions of a scan, one per pass; the look-ups are methods, so that every
 * call of detectPersons runs the same compiled code.
 */
class PersonScan {
  private turkic: boolean | undefined;
  /** Written with letters of Kazakh, Kyrgyz, Uzbek or Azerbaijani Cyrillic too (әғқңөұүһ), which write і as well: no Ukrainian read from it. */
  get turkicLetters(): boolean {
    return (this.turkic ??= TURKIC_LETTERS.test(this.text));
  }
  readonly tokens: Token[];
  readonly hit: Hit[];
  /** Hurried notes without capitals: names in lower case are read too. */
  readonly casual: boolean;
  /** A chat copied from a phone: each message's line starts with its writer and a colon (see chatInitials). */
  readonly chat: boolean;
  /** Lines stamped in a bracket after their writer name one by a given name (see bracketChatNamesWriters). */
  readonly bracketChatNamed: boolean;
  /** Months and weekdays (English and the packs' languages): never a name without a cue. */
  private readonly calendarWords: ReadonlySet<string>;
  /** Cue words of the languages and the forms of address of the configured countries. */
  private readonly cueWords: ReadonlySet<string>;
  readonly titlesAndCues: ReadonlySet<string>;
  readonly capitalisedCounts = new Map<string, number>();
  /** How often each word is written all in lower case in the narrative. */
  readonly lowerCaseCounts = new Map<string, number>();
  /** Months' and weekdays' words found to be a person's name in this narrative (markCalendarNames). */
  readonly calendarNames = new Set<string>();
  /** Given names of two syllables joined by a hyphen, with a surname before them or not (hyphenatedGivenNames), found once. */
  private hyphenated: Span[] | undefined;
  get hyphenatedNames(): Span[] {
    return (this.hyphenated ??= hyphenatedGivenNames(this.text, this.doc, this.data));
  }
  // Words repeat within a narrative: each is looked up once per call (nothing is kept between calls).
  private readonly seenWords = new Map<string, Lexicon>();
  private readonly places = new Map<string, boolean>();
  /** Whether the narrative writes Russian in Latin letters (see russianInLatin), worked out on first use. */
  private writesRussianInLatin: boolean | undefined = undefined;
  private readonly russianReadings = new Map<string, boolean>();
  /** Whether a word COMMON_WORDS keeps is a place of these packs (kept per process: never a name). */
  private readonly knownPlaces: Map<string, boolean>;

  constructor(
    readonly text: string,
    readonly data: PackData,
    readonly doc: TextDocument,
  ) {
    this.tokens = doc.tokens;
    this.hit = new Array<Hit>(this.tokens.length).fill(null);
    this.bracketChatNamed = bracketChatNamesWriters(text, data);
    const chat = chatInitials(text, this.bracketChatNamed);
    this.chat = chat !== null;
    this.casual = isCasual(chat ?? sentenceInitials(text));
    this.calendarWords = unionOf(CALENDAR, data.notNames);
    this.cueWords = unionOf(CUE_BEFORE, data.titles);
    this.titlesAndCues = unionOf(TITLE_WORDS, this.cueWords);
    for (const t of this.tokens) {
      const counts = t.capitalised ? this.capitalisedCounts : this.lowerCaseCounts;
      counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1);
    }
    let known = COMMON_PLACES.get(data.places);
    if (!known) COMMON_PLACES.set(data.places, (known = new Map()));
    this.knownPlaces = known;
  }

  /** What the dictionaries say about word i. */
  lexicon(i: number): Lexicon {
    const { lower: w, cyrillic } = this.tokens[i];
    let lex = this.seenWords.get(w);
    if (!lex) this.seenWords.set(w, (lex = lookUp(w, cyrillic)));
    return lex;
  }

  /** A place of the packs or a country of the world (in any of its case forms). */
  isPlace(w: string): boolean {
    let place = this.knownPlaces.get(w) ?? this.places.get(w);
    if (place === undefined) {
      place = placeOf(w, this.data.places) || this.data.countryNames.has(w) || this.data.countryNames.has(foldDiacritics(w));
      if (!COMMON_WORDS.has(w)) this.places.set(w, place);
      else {
        if (this.knownPlaces.size >= COMMON_WORDS_MAX) this.knownPlaces.clear();
        this.knownPlaces.set(w, place);
      }
    }
    return place;
  }

  /**
   * A month or weekday; their abbreviations with a capital too beside a day's
   * number or a year ("6 Aug", "11/12 Oct", "Jan 2025"): Jan alone may be a name.
   */
  calendar(t: Token): boolean {
    return this.calendarWords.has(t.lower) || (CALENDAR_SHORT.has(t.lower) && (!t.capitalised || WEEKDAYS_SHORT.has(t.lower) || dateBeside(this.text, t))) || (HOLIDAY_END.has(t.lower.slice(-3)) && HOLIDAY_SHAPE.test(t.lower)) || this.calendarRange(t);
  }

  /** A month or a weekday joined by a hyphen to another, a range: Jan-Jun, Mon-Fri, пн-пт. */
  calendarRange(t: Token): boolean {
    const word = (w: string) => this.calendarWords.has(w) || CALENDAR_SHORT.has(w);
    if (!word(t.lower)) return false;
    const after = this.text.charCodeAt(t.end) === 0x2d ? /^-(\p{L}+)/u.exec(this.text.slice(t.end, t.end + 12)) : null;
    const before = this.text.charCodeAt(t.start - 1) === 0x2d ? /(?<![\p{L}])(\p{L}+)-$/u.exec(this.text.slice(Math.max(0, t.start - 12), t.start)) : null;
    return (after !== null && word(after[1].toLowerCase())) || (before !== null && word(before[1].toLowerCase()));
  }

  cueBefore(w: string): boolean {
    return this.cueWords.has(w);
  }

  /** The text between two words. */
  between(a: Token, b: Token): string {
    return this.text.slice(a.end, b.start);
  }

  /** A part of a name other than a word that is also a name (вера): what the rules after the first pass build on. */
  named(k: number): boolean {
    const h = this.hit[k];
    return h !== null && h !== undefined && h.rule !== 'person.gazetteer.ambiguous';
  }

  /**
   * Word k is Russian written in Latin letters, in a narrative that writes Russian so ("ajgul zhivet u sestry, uchastkovyj
   * zabral pasport"): a word, not a name. Asked only where the narrative holds at least five such words and they are a
   * fifth of its lower-case Latin words or more; elsewhere a short name may read as a Russian word (Veru, Kadil).
   */
  russianInLatin(k: number): boolean {
    const t = this.tokens[k];
    if (t.cyrillic || t.capitalised) return false;
    // (Read with the soft signs such writing drops, bolshe, opyat, only once the narrative is known to write so: three
    // times the look-ups for every lower-case word English does not explain would cost every narrative.)
    if (!this.readsAsRussian(t.lower)) return this.writesRussianInLatin === true && readsAsRussianWithoutSoftSigns(t.lower);
    if (this.writesRussianInLatin === undefined) this.writesRussianInLatin = this.countRussianInLatin();
    return this.writesRussianInLatin;
  }

  /**
   * The same for a capitalised word, asked only at the start of a sentence ("Vchera nochyu opyat priekhal"); read without
   * the dropped soft signs, which cost three times the look-ups for every capitalised word no list holds.
   */
  russianInLatinAtStart(k: number): boolean {
    const t = this.tokens[k];
    if (t.cyrillic || this.writesRussianInLatin === false || !someReadingIsRussian(t.lower)) return false;
    if (this.writesRussianInLatin === undefined) this.writesRussianInLatin = this.countRussianInLatin();
    return this.writesRussianInLatin;
  }

  private countRussianInLatin(): boolean {
    let latin = 0;
    let russian = 0;
    // (Each word once: a short name repeated in a note, aru four times, is no sign of Russian.)
    const seen = new Set<string>();
    for (const t of this.tokens) {
      if (t.cyrillic || t.capitalised || t.text.length < 3 || seen.has(t.lower) || englishLexicon().has(t.lower) || EVERYDAY.has(t.lower)) continue;
      seen.add(t.lower);
      latin++;
      if (this.readsAsRussian(t.lower)) russian++;
    }
    // (Words of English count in neither: the share is of the lower-case Latin words English does not explain.)
    return russian >= 5 && russian * 5 >= latin;
  }

  /** readsAsRussian, asked once per word and call (each asks the dictionary up to 48 times). */
  private readsAsRussian(w: string): boolean {
    let answer = this.russianReadings.get(w);
    if (answer === undefined) this.russianReadings.set(w, (answer = readsAsRussian(w)));
    return answer;
  }

  /**
   * A lower-case Latin word among three or more others no dictionary or list knows, within four words in its clause: a
   * phrase of a language the dictionaries lack, "wiem czym się zajmujecie w tym mieszkaniu", not names in a hurried note
   * ("khatuna and rusudan", "from bożena kamińska"). A place's or a body's word of that language counts too, beside two:
   * "prekršajni sud (zakon o javnom redu)"; not a car's make beside a name, "name ivo or maybe ivaylo, dark blue opel".
   */
  foreignPhrase(k: number): boolean {
    const { tokens, text } = this;
    let unknown = 0;
    let listed = 0;
    for (let j = Math.max(0, k - 4); j <= Math.min(tokens.length - 1, k + 4); j++) {
      const o = tokens[j];
      if (j === k || o.cyrillic || o.capitalised || o.text.length < 3) continue;
      if (CLAUSE_END.test(text.slice(Math.min(o.end, tokens[k].end), Math.max(o.start, tokens[k].start)))) continue;
      const lex = this.lexicon(j);
      if (lex.ordinary || lex.given || this.data.given.has(o.lower) || this.russianInLatin(j)) continue;
      if (lex.notName) listed++;
      else unknown++;
    }
    return unknown >= 3 || (unknown >= 2 && listed >= 1);
  }

  /** A lower-case word of no dictionary and no list, of three letters or more (goca, pepa). */
  unknownLowerCase(k: number): boolean {
    const t = this.tokens[k];
    return t.text.length >= 3 && !this.lexicon(k).ordinary && !this.lexicon(k).notName && !this.russianInLatin(k) && !(t.cyrillic && !this.turkicLetters && ukrainianWord(t.lower));
  }
}

/**
 * Person names and nicknames in English and Russian (with Kazakh letters):
 * given names from a regional gazetteer in Cyrillic and their transliterations,
 * Russian case forms and diminutives, surnames and patronymics by their
 * endings, initials, and names introduced by a role or kinship word. Words
 * that are also names (вера, hope, may) need a capital and no word context.
 * One pass per kind of evidence, in order: each word alone, its neighbours,
 * lists and the writer, then places and institutions taken out, then the other
 * mentions of the names found.
 */
export function detectPersons(text: string, data: PackData = packData(), doc: TextDocument = new TextDocument(text)): Span[] {
  const scan = new PersonScan(text, data, doc);
  for (let i = 0; i < scan.tokens.length; i++) scan.hit[i] = wordHit(scan, i);
  markFathersNames(scan);
  markBesideNames(scan);
  markBeforeNames(scan);
  markCalendarNames(scan);
  markListedAndWithWriter(scan);
  markFormFields(scan);
  markBeforePhonesAndGreetings(scan);
  markTableColumns(scan);
  markCapitalsAfterColon(scan);
  markBeforeSurnameUnknown(scan);
  markPeopleLists(scan);
  markBulletedPeople(scan);
  markInitialsAlone(scan);
  markSurnamesAfterCuedInitial(scan);
  markInitialsOpeningSentences(scan);
  markAfterRankAndService(scan);
  markSignature(scan);
  markNoteWriters(scan);
  markChatHeaders(scan);
  markLowerCaseChatWriters(scan);
  markTranscriptSpeakers(scan);
  markNameParticles(scan);
  markBracketedNicknames(scan);
  markHandleOwners(scan);
  markQuotedNicknamesBesideNames(scan);
  markAroundQuotedNicknames(scan);
  markLetterNicknames(scan);
  markInitialsInBrackets(scan);
  markInitialsSigningLines(scan);
  markTeamTags(scan);
  markVietnameseAddressed(scan);
  markInitialsInProse(scan);
  dropForeignPhrases(scan);
  dropArmenianSpeech(scan);
  dropPlacesAndInstitutions(scan);
  markAfterNameTag(scan);
  markMentions(scan);
  markSurnameParticles(scan);
  markSavedContactNames(scan);
  markInsideNames(scan);
  dropFormLabels(scan);
  return spansOf(scan)
    // (Nor the British National Insurance number's short name, written so, however a rule reached it: "NINo SX 41 77 20 D";
    // Nino is a name.)
    .filter((span) => !placeOfWords(scan, span) && !headingsTown(text, span) && !streetNamedAfter(text, span) && text.slice(span.start, span.end) !== 'NINo')
    .map((span) => withArticle(text, withInitialsDot(text, data, withWordBrokenOverLine(text, withEpithet(text, withHonorific(text, withElision(text, span)))))))
    .reduce(withQuotedNicknameInside(text), []);
}

/**
 * A given name, her nickname in quotes and her surname are one name: `Tetiana "Tania" Hrytsenko`, «Анастасия «Настя»
 * Сидоренко». Joins the three spans found one after the other with only the quotes and spaces between them.
 */
function withQuotedNicknameInside(text: string): (spans: Span[], span: Span) => Span[] {
  return (spans, span) => {
    const n = spans.length;
    if (n >= 2 && QUOTE_OPENING.test(text.slice(spans[n - 2].end, spans[n - 1].start)) && QUOTE_CLOSING.test(text.slice(spans[n - 1].end, span.start))) {
      spans.splice(n - 2, 2, { ...spans[n - 2], end: span.end, confidence: Math.max(spans[n - 2].confidence, span.confidence) });
      return spans;
    }
    spans.push(span);
    return spans;
  };
}
const QUOTE_OPENING = /^ ["«“„']$/u;
const QUOTE_CLOSING = /^["»”“'] $/u;

/**
 * A contact's whole name of two words as a phone shows it, in quotes after the word of saving it or of its display name,
 * where a name is in it: "сохранённым как «Эрлан BMW»", "display name "Nurik Shymkent"", "записана как «Лара Кар»"; and
 * the same words again elsewhere ("Лара Кар: ne moi problemy"). A longer one, «Вакансии Австрия Марина», is left to the
 * other rules.
 */
function markSavedContactNames(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  if (!SAVED_CONTACT_WORD.test(text)) return;
  const names = new Set<string>();
  for (const m of text.matchAll(SAVED_CONTACT)) {
    // (Or one capitalised word in quotes right after "контакт" or "contact", a nickname: "Отправитель: контакт «Серый»".)
    const name = m[1] ?? m[2];
    const from = m.index + m[0].length - name.length - 1;
    const inside: number[] = [];
    for (let k = tokenStartingAt(tokens, from); k >= 0 && k < tokens.length && tokens[k].end <= from + name.length; k++) inside.push(k);
    if (inside.length === 0 || CHAT_ROLES.has(tokens[inside[0]].lower)) continue;
    if (m[1] !== undefined && (inside.length < 2 || !inside.some((k) => hit[k] !== null || givenName(scan, k)))) continue;
    if (m[2] !== undefined && (inside.length !== 1 || !tokens[inside[0]].capitalised || scan.isPlace(tokens[inside[0]].lower) || scan.lexicon(inside[0]).notName || acronym(tokens[inside[0]].text))) continue;
    for (const k of inside) hit[k] ??= { rule: 'person.saved-contact', confidence: 0.7 };
    names.add(name.trim());
  }
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (isLetter(text.charCodeAt(at - 1)) || isLetter(text.charCodeAt(at + name.length))) continue;
      for (let k = tokenStartingAt(tokens, at); k >= 0 && k < tokens.length && tokens[k].end <= at + name.length; k++) hit[k] ??= { rule: 'person.saved-contact', confidence: 0.65 };
    }
  }
}
const SAVED_CONTACT_WORD = /записан|сохран|подписан|saved|display|contact name|show[ns]? as|контакт|knows? (?:him |her )?as|known as|(?:whatsapp|telegram|viber|signal) as|(?:ватсап|вотсап|whatsapp|телеграм|вайбер)\p{Ll}* как/iu;
const SAVED_CONTACT =
  /(?:записан\p{Ll}*|сохран[её]н\p{Ll}*|сохранил\p{Ll}*|подписан\p{Ll}*|saved|display(?:ed)?\s+(?:name|as)|show[ns]?\s+as|contact\s+name|known\s+as|knows?\s+(?:him\s+|her\s+)?as|(?:on|in)\s+(?:whatsapp|telegram|viber|signal)\s+as|(?:в|на)\s+(?:ватсап\p{Ll}*|вотсап\p{Ll}*|whatsapp|телеграм\p{Ll}*|вайбер\p{Ll}*)\s+как)[^\n"«“„]{0,30}["«“„]([\p{L}\p{M}.'-]+ [\p{L}\p{M}.'-]+)["»”“]|(?<![\p{L}])(?:контакт|contact)[^\S\n]+["«“„](\p{Lu}[\p{L}\p{M}'-]+)["»”“]/giu;

/** An Arabic name's article joined by a hyphen before it, in lower case: "Лейтенант аль-Марри", "officer al-Mansoori". */
function withArticle(text: string, span: Span): Span {
  // (Or capitalised before it with a space, "Al Mansoori".)
  // (Asked only where a hyphen, or a space after an "l" or "ь", comes right before the span: most spans have neither.)
  if (text.charCodeAt(span.start - 1) !== 0x2d && !(text.charCodeAt(span.start - 1) === 0x20 && 'lLьЬ'.includes(text[span.start - 2] ?? ' '))) return span;
  const article = ARTICLE_BEFORE.exec(text.slice(Math.max(0, span.start - 5), span.start));
  if (!article) return span;
  // (With the initials before the article: "lawyer S. El Amrani".)
  const start = span.start - article[0].length;
  const initials = INITIALS_BEFORE.exec(text.slice(Math.max(0, start - 9), start));
  return { ...span, start: start - (initials?.[1].length ?? 0) };
}
const ARTICLE_BEFORE = /(?<![\p{L}])(?:(?:аль|эль|ал|al|el)-|(?:Al|El|Аль|Эль) )$/u;

/**
 * A place's name of two words or more found as one name: one the packs list (Ramat Gan, Чолпон-Аты), or one that starts
 * with a place's adjective (Spišská Nová Ves, Veliki Rit, Stará Tehelňa).
 */
function placeOfWords(scan: PersonScan, span: Span): boolean {
  const value = scan.text.slice(span.start, span.end);
  if (!PLACE_OF_WORDS.test(value)) return false;
  const joint = value.search(/[ -]/);
  const first = value.slice(0, joint).toLowerCase();
  if (exactPlace(scan.data, value.toLowerCase()) || PLACE_FIRST_WORDS.has(first)) return true;
  // (A word that opens places joined by a hyphen, "Кара-Балта", "Ак-Суу", not before a Tuvan name's "-оол": "Кара-оол", "Ак-оол".)
  return value[joint] === '-' && PERSON_WORDS.placeFirstWordsHyphenated.has(first) && !TUVAN_OOL.test(value.slice(joint));
}

/**
 * Whether token i comes right after a street's word (улица Ленина, проспект Мира), with only a space between, or also the
 * full stop of its short form (ул. Мира, str. Ștefan) when `short` is asked: the word then names the street.
 */
function afterStreetWord(scan: PersonScan, i: number, short = false): boolean {
  if (i === 0 || !STREET_BEFORE.has(scan.tokens[i - 1].lower)) return false;
  const gap = scan.between(scan.tokens[i - 1], scan.tokens[i]);
  return gap === ' ' || (short && gap === '. ');
}

/** A street's, a square's or a quarter's word right after a name: the name is the street's (Klara Zetkin Street, Hristo Botev quarter). */
function streetNamedAfter(text: string, span: Span): boolean {
  const next = STREET_WORD_AFTER.exec(text.slice(span.end, span.end + 16));
  return next !== null && PERSON_WORDS.streetAfter.has(next[1].toLowerCase());
}
const STREET_WORD_AFTER = /^ (\p{L}+)(?![\p{L}\p{M}])/u;

/** A word no list has, before a date, where a report's heading names its town: "Ózd, 27 February", "Interview, Krompachy, 22 June". */
function headingsTown(text: string, span: Span): boolean {
  if (span.rule !== 'person.unknown-word' || !DATE_AFTER_PLACE.test(text.slice(span.end, span.end + 24))) return false;
  // (A heading is short: its line's start is looked for within the 40 characters before.)
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const lineStart = before.lastIndexOf('\n');
  return (lineStart >= 0 || span.start <= 40) && HEADING_BEFORE.test(before.slice(lineStart + 1));
}

/** Lower-case particles of Dutch, German, Romance and Portuguese surnames (van der Heijden, de Vries, von Arnim, da Silva). */
const SURNAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'von', 'vom', 'ter', 'ten', 'zu', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'af', 'де', 'ван', 'фон', 'дер', 'ден', 'дю', 'ди', 'дос']);
/** The particles that start only a surname (never a Romance body's or place's name, Ministerio de Justicia); the Swedish "af". */
const CAPITAL_PARTICLES = new Set(['Van', 'De', 'Von', 'Ter', 'Ten', 'Der', 'Den', 'Vanden', 'Vande']);
/** Titles of the Low Countries before a surname: meester (a lawyer, Me, mr.), mevrouw, meneer, dhr. */
const DUTCH_TITLES = new Set(['me', 'mr', 'mtr', 'meester', 'mevrouw', 'mevr', 'mw', 'meneer', 'dhr', 'advocaat', 'advocate']);
const GERMANIC_PARTICLES = new Set(['van', 'von', 'vom', 'ter', 'ten', 'af', 'ван', 'фон']);

/**
 * The lower-case particles before a surname found (at most two): part of the name. Dutch and German ones always (van der
 * Heijden, von Arnim; and the capitalised word before them that no dictionary or list knows, Anouk van der Heijden);
 * the others after a given name of the lists or a title (Maria de Souza, Ana dos Santos, officer de Vries). Last, so that every
 * mention of the surname takes them.
 */
function markSurnameParticles(scan: PersonScan): void {
  const { tokens, hit } = scan;
  // A given name found, its particles, and a capitalised word no rule took, even one the dictionary has: the surname
  // (Ruud de Wit, Brigitte van der Laan); its other mentions with the particles are then taken too ("de Wit drives").
  const surnames = new Set<string>();
  for (let g = 0; g + 2 < tokens.length; g++) {
    if (!scan.named(g) || hit[g + 1] || !surnameParticle(scan, g + 1) || !particleGap(scan, g, g + 1)) continue;
    const k = surnameParticle(scan, g + 2) && particleGap(scan, g + 1, g + 2) ? g + 3 : g + 2;
    const t = tokens[k];
    if (t === undefined || hit[k] || !t.capitalised || scan.between(tokens[k - 1], t) !== ' ' || t.text.length < 2 || acronym(t.text)) continue;
    if (scan.isPlace(t.lower) || scan.lexicon(k).notName || scan.calendar(t) || scan.titlesAndCues.has(t.lower)) continue;
    hit[k] = { rule: 'person.particle', confidence: 0.6 };
    surnames.add(t.text);
  }
  for (let k = 1; k < tokens.length; k++) {
    if (!hit[k] && surnames.has(tokens[k].text) && surnameParticle(scan, k - 1) && scan.between(tokens[k - 1], tokens[k]) === ' ') hit[k] = { rule: 'person.particle', confidence: 0.6 };
    if (!scan.named(k) || !tokens[k].capitalised) continue;
    let i = k;
    while (i > 0 && k - i < 2 && !hit[i - 1] && (surnameParticle(scan, i - 1) || CAPITAL_PARTICLES.has(tokens[i - 1].text)) && particleGap(scan, i - 1, i)) i--;
    if (i === k) continue;
    const prev = i > 0 ? tokens[i - 1] : undefined;
    const joined = prev !== undefined && scan.between(prev, tokens[i]) === ' ';
    // (A capitalised particle only right after a title, as Belgium writes it: "Me Van Hecke"; a title written short may keep
    // its full stop, "mr. de Groot".)
    const titled = prev !== undefined && /^\.? $/.test(scan.between(prev, tokens[i])) && (scan.titlesAndCues.has(prev.lower) || DUTCH_TITLES.has(prev.lower)) && prev.text !== 'me';
    if (tokens.slice(i, k).some((t) => CAPITAL_PARTICLES.has(t.text)) && !titled) continue;
    if (titled) {
      for (let m = i; m < k; m++) hit[m] = { rule: 'person.particle', confidence: 0.7 };
      continue;
    }
    // (A given name of the lists: two words no list knows around "de" are as often a Romance body's name, Ministerio de Justicia.)
    const afterName = joined && scan.named(i - 1) && givenName(scan, i - 1);
    const afterTitle = joined && (scan.titlesAndCues.has(prev.lower) || scan.cueBefore(prev.lower));
    // (Or after an initial: "mr. E. de Boer-Visser".)
    const afterInitial = prev !== undefined && scan.between(prev, tokens[i]) === '. ' && (/^\p{Lu}$/u.test(prev.text) || DIGRAPH_INITIAL.test(prev.text));
    if (!GERMANIC_PARTICLES.has(tokens[i].text) && !afterName && !afterTitle && !afterInitial && !surnames.has(tokens[k].text)) continue;
    for (let m = i; m < k; m++) hit[m] = { rule: 'person.particle', confidence: 0.7 };
    // (A given name no list holds before them: a capitalised word of no dictionary, no place.)
    if (joined && !hit[i - 1] && !afterTitle && prev.capitalised && prev.text.length >= 3 && !acronym(prev.text)) {
      const lex = scan.lexicon(i - 1);
      if (!lex.ordinary && !lex.notName && !scan.isPlace(prev.lower) && !scan.calendar(prev)) hit[i - 1] = { rule: 'person.particle', confidence: 0.6 };
    }
  }
}

/** One space between words a and b, or a space and the apostrophe of the Dutch 't (van 't Hoff). */
function particleGap(scan: PersonScan, a: number, b: number): boolean {
  const gap = scan.between(scan.tokens[a], scan.tokens[b]);
  return gap === ' ' || (scan.tokens[b].text === 't' && (gap === " '" || gap === ' ’'));
}

/** Word k is a surname's particle: van, de, von … or the Dutch 't after its apostrophe (van 't Hoff). */
function surnameParticle(scan: PersonScan, k: number): boolean {
  const t = scan.tokens[k];
  if (t === undefined) return false;
  if (SURNAME_PARTICLES.has(t.text)) return true;
  return t.text === 't' && (scan.text[t.start - 1] === "'" || scan.text[t.start - 1] === '’') && scan.tokens[k - 1]?.text === 'van';
}

/**
 * A capitalised word before a patronymic particle is the father's name, even at the start of a line or where it is
 * also a word (ФИО: Абдыкалык кызы Жаркынай, Талант уулу, Bakyt qizi); spansOf adds the particle to it.
 */
function markFathersNames(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (hit[i] || !t.capitalised || t.text.length < 3 || text.charCodeAt(t.end) !== 0x20 || !PATRONYMIC_PARTICLE.test(text.slice(t.end, t.end + 10))) continue;
    if (scan.isPlace(t.lower) || scan.titlesAndCues.has(t.lower)) continue;
    hit[i] = { rule: 'person.fathers-name', confidence: 0.8 };
  }
}

/**
 * A capitalised word right before a handle in brackets, "Крис (@kris_kyiv_lb): привет", "Lena (@lena.v)": its owner's
 * name, even where it is a word of the dictionary (крис); every other mention of it is then found as the name's.
 */
function markHandleOwners(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  // (Most narratives have no handle in brackets: one scan says so.)
  if (!text.includes('(@')) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (hit[i] || !t.capitalised || t.text.length < 2 || !HANDLE_IN_BRACKETS.test(text.slice(t.end, t.end + 4))) continue;
    // (Not the network's name: "on Instagram (@ardit.k)".)
    if (acronym(t.text) || scan.isPlace(t.lower) || scan.titlesAndCues.has(t.lower) || scan.calendar(t) || scan.lexicon(i).notName) continue;
    hit[i] = { rule: 'person.handle-owner', confidence: 0.7 };
  }
}
const HANDLE_IN_BRACKETS = /^ ?\(@\w/;

/**
 * A nickname in quotes in brackets right after a name: Шахризода («Шаха», 21 год), Lucie Dvořáková ("Lucka"),
 * Gulnara ("Big Gula"), Алсу (на сайте — «Эля»). One or two capitalised words, the quote closed right after them; every later mention of it
 * is then found as the name's (coreference).
 */
function markBracketedNicknames(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    // (A name in Chinese characters in a bracket right after the name in Latin letters, or after its comma there: "LIU Yan
    // (刘燕)", "Xiao Mei (Zhang Mei, 张梅)".)
    const hanGap = HAN_NAME.test(t.text) ? text.slice(tokens[i - 1].end, t.start) : '';
    if (!hit[i] && hit[i - 1] && (hanGap === ' (' || (hanGap === ', ' && /\([^()\n]{0,40}$/.test(text.slice(Math.max(0, t.start - 42), t.start)))) && /^[),]/.test(text.slice(t.end, t.end + 1))) {
      hit[i] = { rule: 'person.nickname', confidence: 0.7 };
      continue;
    }
    if (!t.capitalised) continue;
    // (Without quotes in Russian, which capitalises nothing but proper nouns: a word alone in the bracket right after a given
    // name is her other name when it is no place, "Ангелина (Геля), 26", though геля is a word's form.)
    if (t.cyrillic && !hit[i] && t.text.length >= 3 && hit[i - 1] && text.slice(tokens[i - 1].end, t.start) === ' (' && /^[),]/.test(text.slice(t.end, t.end + 1)) && givenName(scan, i - 1) && !acronym(t.text) && !scan.isPlace(t.lower) && !scan.lexicon(i).notName && !APPOSITION_NOUNS.has(t.lower) && !FORM_LABELS.has(t.lower) && !scan.titlesAndCues.has(t.lower) && !scan.cueBefore(t.lower)) {
      hit[i] = { rule: 'person.nickname', confidence: 0.7 };
      continue;
    }
    if (!OPENING_QUOTES.has(text.charCodeAt(t.start - 1))) continue;
    // (The bracket opened at most 40 characters before, not closed since: Алсу (на сайте — «Эля»), Ирина («Ира», на сайте — «Марта»).)
    const openAt = text.slice(Math.max(0, t.start - 40), t.start).lastIndexOf('(');
    const open = openAt < 0 ? -1 : Math.max(0, t.start - 40) + openAt;
    if (open < 0 || text.slice(open, t.start).includes(')')) continue;
    let j = i - 1;
    while (j >= 0 && tokens[j].start > open) j--;
    if (j < 0 || !scan.named(j) || acronym(tokens[j].text) || (i > 0 && QUOTED_THINGS.has(tokens[i - 1].lower))) continue;
    const gap = text.slice(tokens[j].end, open);
    if (gap !== ' ' && gap !== '') continue;
    const two = i + 1 < tokens.length && tokens[i + 1].capitalised && text.slice(t.end, tokens[i + 1].start) === ' ' && CLOSING_QUOTES.has(text.charCodeAt(tokens[i + 1].end));
    if (!CLOSING_QUOTES.has(text.charCodeAt(t.end)) && !two) continue;
    if (!hit[i]) hit[i] = { rule: 'person.nickname', confidence: 0.7 };
    if (two && !hit[i + 1]) hit[i + 1] = { rule: 'person.nickname', confidence: 0.7 };
    // The surname after the brackets, when they stand between the given name and it: Ion ("Vanea") Lungu.
    const last = two ? i + 1 : i;
    const after = tokens[last + 1];
    if (j === i - 1 && after && !hit[last + 1] && after.capitalised && /^["»”“']\) $/.test(text.slice(tokens[last].end, after.start)) && !scan.lexicon(last + 1).notName && !scan.isPlace(after.lower)) {
      hit[last + 1] = { rule: 'person.surname-after-nickname', confidence: 0.7 };
    }
  }
}

/**
 * A nickname of one or two capitals, named so ("a new girl they call Z", "asked to be called just V", "её зовут просто Ж")
 * or writing a chat's lines: that letter standing alone anywhere in the narrative is her ("Z is from Tashkent", "V's real
 * name"). Not inside a code or before a digit.
 */
function markLetterNicknames(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  const letters = new Set<string>();
  if (LETTER_NICKNAME_CUE.test(text)) {
    for (const m of text.matchAll(LETTER_NICKNAME)) {
      letters.add(m[1]);
      // (The naming itself is hers whatever follows it: "they call Z. Later Z said".)
      const k = tokenStartingAt(tokens, m.index + m[0].search(/\p{Lu}{1,2}["»”']?$/u));
      if (k >= 0 && tokens[k].text === m[1]) hit[k] ??= { rule: 'person.nickname', confidence: 0.6 };
    }
  }
  // (Or a chat's writer of one or two capitals, writing two lines or more: "D: its me", "Ж.: девочки"; only in a chat, and
  // only one such writer.)
  if (scan.chat) {
    const lines = new Map<string, number>();
    for (const m of text.matchAll(LETTER_WRITER)) lines.set(m[1], (lines.get(m[1]) ?? 0) + 1);
    // (Not where two letters or more take turns, a transcript's roles: "C: hi its Madina … W: Hi Madina!".)
    const writers = [...lines].filter(([, n]) => n >= 2).map(([letter]) => letter);
    if (writers.length === 1) letters.add(writers[0]);
  }
  // (Not a letter that is a word or a transcript's label, "A man came", "В среду", "Q: … A: …": each is everywhere.)
  for (const letter of WORD_LETTERS) letters.delete(letter);
  if (letters.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (hit[i] !== null || !letters.has(t.text)) continue;
    const before = text.charCodeAt(t.start - 1);
    const after = text.charCodeAt(t.end);
    if (before === 0x2d || after === 0x2d || isDigitCode(after) || isDigitCode(before) || (after === 0x2e && /^\.[^\S\n]?\p{Lu}\p{Ll}/u.test(text.slice(t.end, t.end + 4)))) continue;
    hit[i] = { rule: 'person.nickname', confidence: 0.6 };
  }
}
const WORD_LETTERS = ['A', 'I', 'O', 'Q', 'R', 'А', 'В', 'И', 'К', 'О', 'С', 'У', 'Я', 'Р'];
const LETTER_WRITER = /(?:^|\n)[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*)?(\p{Lu}{1,2})\.?:[ \t]/gu;
const LETTER_NICKNAME_CUE = /call|named|known as|зовут|называ|кличут|кличк|nickname/i;
const LETTER_NICKNAME =
  /(?<![\p{L}])(?:call(?:s|ed)?(?:[^\S\n]+(?:her|him|me|them))?(?:[^\S\n]+just)?|known[^\S\n]+as|named|nicknamed|зовут(?:[^\S\n]+(?:её|ее|его))?(?:[^\S\n]+просто)?|называ\p{Ll}+(?:[^\S\n]+(?:её|ее|его))?(?:[^\S\n]+просто)?|кличут|кличка)[^\S\n]+["«“']?(\p{Lu}{1,2})["»”']?(?![\p{L}\d]|\.\p{Lu})/gu;

/**
 * Beside a nickname found in quotes, the name it stands for: the capitalised word right before the quote, "— Надежда «Надя»,
 * 33 г.", "— Эржебет «Эржи» Балог"; and a nickname's part joined to it by a hyphen inside the quotes, «Саня-Орск»,
 * «Виталя-таксист». And a capitalised word alone in brackets right after a person's noun: "консультант (Айнұр)", "по
 * полицейскому (Серкан)", or before her badge's number, "(Məmmədli, badge 3149)".
 */
function markAroundQuotedNicknames(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  const badges = BADGE_WORD.test(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (hit[i] !== null && OPENING_QUOTES.has(text.charCodeAt(t.start - 1))) {
      const prev = tokens[i - 1];
      if (prev !== undefined && hit[i - 1] === null && prev.capitalised && prev.end === t.start - 2 && text.charCodeAt(prev.end) === 0x20 && prev.text.length >= 3 && !acronym(prev.text) && !scan.titlesAndCues.has(prev.lower) && !scan.isPlace(prev.lower) && !scan.calendar(prev) && !QUOTED_THINGS.has(prev.lower) && !scan.lexicon(i - 1).notName && (givenName(scan, i - 1) || !scan.lexicon(i - 1).ordinary)) {
        hit[i - 1] = { rule: 'person.beside-nickname', confidence: 0.65 };
      }
      const next = tokens[i + 1];
      if (next !== undefined && hit[i + 1] === null && next.start === t.end + 1 && text.charCodeAt(t.end) === 0x2d && CLOSING_QUOTES.has(text.charCodeAt(next.end))) hit[i + 1] = { rule: 'person.nickname', confidence: 0.65 };
    }
    // (Or a capitalised word no dictionary has right before her badge's number: "(Məmmədli, badge 3149)".)
    if (badges && hit[i] === null && t.capitalised && t.text.length >= 3 && BADGE_AFTER.test(text.slice(t.end, t.end + 24)) && !acronym(t.text) && !scan.lexicon(i).ordinary && !scan.lexicon(i).notName && !scan.isPlace(t.lower)) {
      hit[i] = { rule: 'person.cue', confidence: 0.65 };
    }
    if (hit[i] === null && t.capitalised && t.text.length >= 3 && text.charCodeAt(t.start - 1) === 0x28 && text.charCodeAt(t.end) === 0x29 && i > 0 && tokens[i - 1].end === t.start - 2 && BRACKETED_NAME_AFTER.has(tokens[i - 1].lower) && !acronym(t.text) && !scan.isPlace(t.lower) && !scan.calendar(t) && !scan.lexicon(i).notName) {
      hit[i] = { rule: 'person.cue', confidence: 0.65 };
    }
  }
}
const BADGE_WORD = /badge|жетон|значок|нагрудный/i;
const BADGE_AFTER = /^,?[^\S\n](?:badge|жетон|значок|нагрудный знак)(?:[^\S\n](?:no\.?|nr\.?|№|number))?[^\S\n]?#?\d{3,7}(?![\p{L}\d])/iu;
/** Person's nouns a name in brackets may follow (their case forms as written). */
const BRACKETED_NAME_AFTER = new Set(
  'консультант консультантка консультанта консультантом полицейский полицейского полицейскому полицейским полицейская участковый участкового участковому участковым водитель водителя водителю водителем клиент клиента клиенту клиентом клиентка клиентки клиентке хозяин хозяина хозяину хозяйка хозяйки сутенёр сутенер сутенёра сутенера me officer officers policeman client driver landlord landlady pimp boss manager consultant counsellor volunteer caseworker moderator'.split(' '),
);

/**
 * Word i right after "имени" or "им." (imeni, im.) that is no "по имени": a place, a street or a body named after someone. ("им" needs
 * its full stop: without it it is the pronoun, "а им Ольга сказала".)
 */
function namedAfter(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined) return false;
  // (And in Latin letters: "GKB im. Vinogradova", "park imeni Gorkogo".)
  if (prev.lower === 'им' || prev.lower === 'im') return text.charCodeAt(prev.end) === 0x2e;
  // (Nor "от имени", on her behalf: "жалоба от имени Касымовой А.Б.".)
  return (prev.lower === 'имени' || prev.lower === 'імені' || prev.lower === 'imeni') && !['po', 'по', 'от', 'ot', 'від'].includes(tokens[i - 2]?.lower ?? '');
}

/** Russian words for a street or a square in the cases that name it (not the locative: на улице, в сквере, на площади). */
/**
 * Whether token i is the second or third word of a name after a street's word that takes its name as it is or in the
 * genitive (проспекта Гейдара Алиева, ул. Тоголок Молдо, bd. Ștefan cel Mare, Piața Mihai Viteazul): the words between
 * are capitalised or a name's links (cel, și, de), one space apart. Not a given name: "на ул. Ибраимова Гулайым и её подругу
 * остановили" names the street, then her.
 */
function streetNamedAfterPerson(scan: PersonScan, i: number): boolean {
  const { tokens } = scan;
  // (Most words have no street's word among the three before them: told by set look-ups alone.)
  let near = false;
  for (let k = i - 1; k >= Math.max(0, i - 3) && !near; k--) near = STREET_NAMING.has(tokens[k].lower) || LATIN_STREET_WORDS.has(tokens[k].lower) || LOCATIVE_STREET_WORDS.has(tokens[k].lower);
  if (!near || scan.lexicon(i).given) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const word = tokens[k].lower;
    const gap = scan.between(tokens[k], tokens[k + 1]);
    // (A full stop only after an abbreviation, ул., bd., Sf.: "La Strada. Когда Яна пошла" is a new sentence.)
    if ((STREET_NAMING.has(word) || LATIN_STREET_WORDS.has(word)) && (gap === ' ' || (gap === '. ' && word.length <= 4))) return k < i - 1;
    // (A street's word in the locative too, with the name in the genitive after it: "на улице Самеда Вургуна"; not a given
    // name in the nominative, "на улице Анна Петрова сказала".)
    if (LOCATIVE_STREET_WORDS.has(word) && gap === ' ' && k < i - 1 && !GIVEN.has(tokens[k + 1].lower) && !scan.data.given.has(tokens[k + 1].lower)) return true;
    if (gap !== ' ' || !(tokens[k].capitalised || STREET_NAME_LINKS.has(word))) return false;
  }
  return false;
}
/** Whether token i is joined by a hyphen to the token before or after it into a place's name, in a case form or its adjective. */
function halfOfHyphenatedPlace(scan: PersonScan, i: number): boolean {
  const { text, tokens } = scan;
  const t = tokens[i];
  let compound: string | null = null;
  if (i > 0 && text.charCodeAt(t.start - 1) === 0x2d && tokens[i - 1].end === t.start - 1) compound = `${tokens[i - 1].lower}-${t.lower}`;
  else if (i + 1 < tokens.length && text.charCodeAt(t.end) === 0x2d && tokens[i + 1].start === t.end + 1) compound = `${t.lower}-${tokens[i + 1].lower}`;
  if (compound === null) return false;
  const adjective = PLACE_ADJECTIVE_ENDING.exec(compound);
  return scan.isPlace(compound) || NOT_NAMES.has(compound) || (adjective !== null && scan.isPlace(compound.slice(0, adjective.index)));
}
/** A Russian adjective's ending made from a place (Джалал-Абадский, Кара-Суйского). */
const PLACE_ADJECTIVE_ENDING = /(?:ский|ская|ское|ского|скому|ском|ской|ские|ских)$/u;
/** Street, boulevard and square words in Latin letters before a name (bd., str., ul., Piața), and a saint's (Sf. Mihail și Gavril). */
const LATIN_STREET_WORDS = new Set(['bd', 'bul', 'blvd', 'bulevardul', 'bulevar', 'str', 'strada', 'ul', 'ulica', 'ulitsa', 'calea', 'aleea', 'piața', 'piata', 'sos', 'șos', 'şos', 'prospekt', 'trg', 'náměstí', 'nám', 'plac', 'aleja', 'sf', 'sfântul', 'sfintii', 'sfinții', 'sv', 'sveti', 'svetog']);
const LOCATIVE_STREET_WORDS = new Set(['улице', 'проспекте', 'бульваре', 'переулке', 'площади', 'сквере']);
/** Short words inside a street's name after a person (Ștefan cel Mare, Sf. Mihail și Gavril, Ion de la Vrancea). */
const STREET_NAME_LINKS = new Set(['cel', 'și', 'şi', 'de', 'la', 'von', 'van', 'od', 'i', 'e']);
const STREET_NAMING = new Set([
  'ул', 'улица', 'улицу', 'улицы', 'улицей', 'пр', 'просп', 'проспект', 'проспекта', 'проспектом', 'проспекту', 'бульвар', 'бульвара', 'бульваром',
  'переулок', 'переулка', 'переулком', 'площадь', 'площадью', 'сквер', 'сквера', 'сквером', 'скверу',
]);

/** English ranks and academic titles written short, as written (a capital, then lower case): Sgt, Lt., Mag. (Austria), Ing. */
const RANK_ABBREVIATIONS = /^(?:Sgt|Lt|Ltn|Capt|Cpt|Col|Maj|Gen|Insp|Det|Cpl|Pvt|Supt|Cmdr|Const|Mag|Prof|Ing|Dipl)$/;

/**
 * A place's name that is a person's here: after a rank written short, "Lt. Sokolov"; or a surname's shape with a person's verb
 * after it, "Sokolov came" (a town's name too, Sokolov in Bohemia).
 */
function placeNamesPerson(scan: PersonScan, i: number): boolean {
  const { text, tokens } = scan;
  const t = tokens[i];
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (prev !== undefined && prev.capitalised && RANK_ABBREVIATIONS.test(prev.text) && /^\.? $/.test(scan.between(prev, t))) return true;
  // (Or with her age in apposition, maybe after her nickname in a bracket, opening a sentence or a line: "Sofia ("Sonya"),
  // 26, trans woman"; not a country in a bracket, "Марине (Армения, 52)", nor a town after "from".)
  if (t.capitalised && !/[([]\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start)) && sentenceStart(text, t.start) && AGE_AFTER.test(text.slice(t.end, t.end + 48))) return true;
  // (Or with a surname's shape, before a verb or right after a given name: "Dima Sokolov", not the Czech town.)
  // (Or after an initial: "translated by M. Sokolova".)
  const afterInitial = INITIALS_RIGHT_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start));
  const afterGiven = afterInitial || prev !== undefined && prev.capitalised && scan.between(prev, t) === ' ' && (GIVEN.has(prev.lower) || scan.data.given.has(prev.lower)) && !scan.isPlace(prev.lower);
  return t.capitalised && t.text.length >= 5 && (t.cyrillic ? SURNAME_CYR : SURNAME_LAT).test(t.text) && (afterGiven || verbFollows(text, tokens, i));
}

/** A Russian given name cut short in the vocative: Лен (Лена), Тань (Таня), Маш (Маша), Оль (Оля). */
function truncatedVocative(scan: PersonScan, w: string): boolean {
  const given = (name: string) => GIVEN.has(name) || scan.data.given.has(name);
  const stem = w.endsWith('ь') ? w.slice(0, -1) : w;
  return !given(w) && (given(`${stem}а`) || given(`${stem}я`));
}

/** Word i, a Ukrainian or Belarusian month's name, is a surname inside the sentence with its verb after it (see SLAVIC_MONTHS_AS_SURNAMES). */
function monthSurname(scan: PersonScan, i: number, before: string): boolean {
  const { text, tokens } = scan;
  const t = tokens[i];
  const prev = i > 0 ? tokens[i - 1] : undefined;
  return !sentenceStart(text, t.start) && !/\d\s*$/.test(before) && !(prev && CALENDAR_BEFORE.has(prev.lower)) && (verbFollows(text, tokens, i) || verbShaped(text, tokens, i) || VERB_WORD_AFTER.test(text.slice(t.end, t.end + 24)));
}
/** Ukrainian and Belarusian months' names that are surnames too (Листопад, Березень, Травень, Грудень), as Russian writes them. */
const SLAVIC_MONTHS_AS_SURNAMES = new Set(['листопад', 'лістапад', 'березень', 'травень', 'грудень', 'серпень', 'вересень', 'квітень', 'квитень', 'жовтень', 'липень', 'червень', 'сакавік', 'жнівень', 'снежань']);
/** A verb of the past tense within a couple of words after a word: "Листопад сам позвонил", "Листопад потом приезжал". */
const VERB_WORD_AFTER = /^\s(?:\p{Ll}+\s)?\p{Ll}+(?:ал|ил|ел|ял|ыл|ул|ала|ила|ела|яла)(?:ся)?(?![\p{L}])/u;

/** Words k-1 and k say "also known as": "он же «Шеф»", "она же «Лиса»". */
function alsoKnownAs(tokens: Token[], k: number): boolean {
  return tokens[k].lower === 'же' && k > 0 && (tokens[k - 1].lower === 'он' || tokens[k - 1].lower === 'она' || tokens[k - 1].lower === 'они');
}

/** Words for a woman or a man of the setting after which a quoted word is her or his nickname. */
const QUOTED_NICKNAME_AFTER = new Set([
  'девушка', 'девушку', 'девушкой', 'девочка', 'девочку', 'новенькая', 'новенькой', 'новенькую', 'женщина', 'женщину', 'мужчина', 'парень',
  'сутенёр', 'сутенер', 'мамка', 'постоянная', 'постоянную', 'pimp', 'newcomer', 'regular', 'lady', 'client',
  'позывной', 'позывным', 'позывного', 'позивний', 'позивним', 'callsign', 'call-sign', 'некий', 'некая', 'некоего', 'некой', 'некто', 'кент', 'кента', 'друг', 'дружок',
]);

/**
 * A nickname alone in quotes beside a name: with the name in brackets right after it («Рыжая» (Оля), «Малой» (это Карина,
 * 19), "Kitty" (real name Oana)), or listed with a name (Таню и «Кнопку», "Mimi", Diana and Oksana). Not a thing's name
 * after its word (кафе «Роза»), nor a place's.
 */
function markQuotedNicknamesBesideNames(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  // (In notes written without capitals, in lower case too: "4 girls: aknur, "snezhka", indira"; and then it is that person
  // wherever the word is written after, in any case form: «белка» (аяулым), then "белку забрал таксист".)
  const nicknames: Array<{ at: number; word: string }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (hit[i] || t.text.length < 3 || !OPENING_QUOTES.has(text.charCodeAt(t.start - 1))) continue;
    // (The closing quote right after it, or after the emoji a contact is saved with: «Лютый 😈».)
    const emoji = CLOSING_QUOTES.has(text.charCodeAt(t.end)) ? 0 : (EMOJI_BEFORE_QUOTE.exec(text.slice(t.end, t.end + 12))?.[0].length ?? -1);
    if (emoji < 0) continue;
    // (Said to be what someone is called, a place's or a word's name too: "Asia" to her friends, «Аляска» на точке; then in
    // lower case in any narrative, "малышка" (так её все зовут).)
    const calledSo = NICKNAME_PHRASE_AFTER.test(text.slice(t.end + emoji, t.end + emoji + 30));
    if (!t.capitalised && !scan.casual && !calledSo) continue;
    if (!calledSo && ((i > 0 && QUOTED_THINGS.has(tokens[i - 1].lower)) || scan.isPlace(t.lower) || scan.lexicon(i).notName || acronym(t.text))) continue;
    // (The bracket right after the closing quote holds a name within its first three words.)
    const bracketed = text.slice(t.end + 1, t.end + 3) === ' (' && [i + 1, i + 2, i + 3].some((k) => k < tokens.length && tokens[k].start - t.end <= 20 && !text.slice(t.end + 3, tokens[k].start).includes(')') && scan.named(k));
    // (Or a capitalised word alone in that bracket, the name she was given: "sunny" (Adinai), 23.)
    const givenInBracket = i + 1 < tokens.length && tokens[i + 1].start === t.end + 3 && text.slice(t.end + 1, t.end + 3) === ' (' && text[tokens[i + 1].end] === ')' && tokens[i + 1].capitalised && !scan.lexicon(i + 1).ordinary && !scan.isPlace(tokens[i + 1].lower);
    if (givenInBracket) hit[i + 1] ??= { rule: 'person.cue', confidence: 0.7 };
    // (Or opening an item of a list in notes: 3) "kitty" from ekibastuz.)
    const listItem = LIST_ITEM_QUOTE.test(text.slice(Math.max(0, t.start - 12), t.start)) && !QUOTED_THINGS.has(t.lower);
    // (A name, a comma or a conjunction, and the quote: Таню и «Кнопку»; or the other way round: "Mimi", Diana.)
    const link = (a: number, b: number) => {
      if (a < 0 || b >= tokens.length) return false;
      const gap = text.slice(tokens[a].end, tokens[b].start).replace(/^["»”“']|["«“„']$/g, '');
      // (Or the quote right after the name, one space between: Саша «Лысый», Ivan "Tank".)
      // (Or in a bracket right after it: бегимай ("беги"), Sofia ("Sonya").)
      return gap === ', ' || gap === ' & ' || gap === ' + ' || (b === a + 2 && CONJUNCTIONS.has(tokens[a + 1].lower) && gap === ` ${tokens[a + 1].text} `) || (b === a + 1 && b === i && (gap === ' ' || gap === ' ('));
    };
    const listed = (scan.named(i - 1) && link(i - 1, i)) || (i > 1 && scan.named(i - 2) && link(i - 2, i)) || (scan.named(i + 1) && link(i, i + 1)) || (i + 2 < tokens.length && scan.named(i + 2) && link(i, i + 2));
    // (Or after a name and its age, maybe with a bracket between: Dragana Savić (Драгана Савић on her ID card), 45, "Dada".)
    const afterAge = AGE_BEFORE_QUOTE.test(text.slice(Math.max(0, t.start - 8), t.start)) && namedBeforeAge(scan, i);
    // (Or right after a word for a person: девушка «Вишня», новенькая «Малышка», the girl "Kitty", a cue word.)
    const prev = tokens[i - 1];
    const afterPerson = prev !== undefined && t.start - prev.end === 2 && (QUOTED_NICKNAME_AFTER.has(prev.lower) || APPOSITION_NOUNS.has(prev.lower) || scan.cueBefore(prev.lower));
    if (bracketed || givenInBracket || listItem || listed || afterPerson || calledSo || afterAge) {
      hit[i] = { rule: 'person.nickname', confidence: 0.7 };
      if (!t.capitalised) nicknames.push({ at: i, word: t.lower });
    }
  }
  for (const { at, word } of nicknames) markLaterForms(scan, at, word);
}

/**
 * A word found to be someone's name in lower case (a nickname that is a word, a name in a list) is hers wherever it is
 * written after, as it is or, in Cyrillic, with another case ending: «белка», then "белку забрал таксист".
 */
function markLaterForms(scan: PersonScan, at: number, word: string): void {
  const { tokens, hit } = scan;
  for (let k = at + 1; k < tokens.length; k++) {
    const w = tokens[k].lower;
    if (hit[k] || w.length !== word.length || !w.startsWith(word.slice(0, -1)) || (w !== word && !tokens[k].cyrillic)) continue;
    hit[k] = { rule: 'person.coreference', confidence: 0.6 };
  }
}

/** The start of a list's item and an opening quote: "3) "", "- «". */
const LIST_ITEM_QUOTE = /(?:^|\n)[^\S\n]*(?:\d{1,2}[).]|[-–—•*])[^\S\n]*["«“„]$/;
/** An age right after a word: "(24)", ", 24,", ", 24 года". */
const AGE_RIGHT_AFTER = /^(?:\s?\(\d{2}(?:\)|,|\s?(?:лет|года|год|г\.|y\.\s?o\.|years?)(?![\p{L}]))|,\s\d{2}(?:,|\s(?:лет|года|год|y\.o\.|years)))/u;
const AGE_BEFORE_QUOTE = /,\s\d{1,2},\s["«“„']$/;
/** The words before word i's ", 45, " end with a name, or with a bracket right after one (up to twelve words back). */
function namedBeforeAge(scan: PersonScan, i: number): boolean {
  const { tokens } = scan;
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
    if (!scan.named(k)) continue;
    // (The name before the bracket, or the last one inside it.)
    return /^(?:\s?\([^()]{0,60}\)|[^()]{0,60}\))?,\s\d{1,2},\s["«“„']$/.test(scan.between(tokens[k], tokens[i]));
  }
  return false;
}

/** After a nickname's closing quote: who calls her so ("Asia" to her friends, «Кнопка» для своих, «Аляска» на точке). */
const EMOJI_BEFORE_QUOTE = /^\s?[\p{Extended_Pictographic}\u200d\ufe0f]+(?=["»”'])/u;
const NICKNAME_PHRASE_AFTER =
  /^["»”'](?:\s?\((?:так\s+)?(?:её|ее|его)\s+(?:все\s+)?(?:так\s+)?(?:зовут|называют)|\s?[—–-]\s(?:так\s+)?(?:её|ее|его)\s+(?:все\s+)?(?:так\s+)?(?:зовут|называют|записала|записал|записали|сохранила)|\s?\((?:as|so)\s+(?:everyone|everybody|all|the girls)\s+call)|^["»”']\s(?:to (?:her|his|their|the) (?:friends|colleagues|clients|girls|family|regulars)|for short|on the (?:street|strip|point)|among (?:the )?(?:girls|women|friends)|для (?:своих|подруг|друзей|девочек|клиентов)|на (?:точке|трассе|улице|районе)|среди (?:своих|девочек|подруг))\b/u;

/**
 * A term of respect or kinship written after the name (Shakhnoza-opa, Нодира-опа, Madina opa, Рустам ака) is redacted with
 * it: writers differ on whether it belongs to the name, and inside the span it leaves no half-hidden name either way.
 * (Not "aka" before another name or a quote: "Rustam aka Ruslan" is "also known as".)
 */
function withHonorific(text: string, span: Span): Span {
  const after = honorificAfter(text.slice(span.end, span.end + 16), 'extends');
  if (after === null) return span;
  // (Not "aka" before a name on the same line, "Dilya aka Rose": also known as. A tab ends a table's cell: "Dilnoza opa\tRegistan".)
  if (after[0][0] !== '-' && /^\s(?:aka|ака)$/iu.test(after[0]) && /^[ \u00a0]+[\p{Lu}"«“']/u.test(text.slice(span.end + after[0].length, span.end + after[0].length + 3))) return span;
  return { ...span, end: span.end + after[0].length };
}

/** A name that is one initial takes its full stop: "сократила Ю.", "пометка И.:". */
function withInitialsDot(text: string, data: PackData, span: Span): Span {
  if (text.charCodeAt(span.end) !== 0x2e) return span;
  // (Or a transliteration's initial of two or three letters last after a name: «Marat Dzh.», "Aigul Zh.".)
  const last = span.end - span.start === 1 ? null : LAST_WORD.exec(text.slice(Math.max(span.start, span.end - 5), span.end));
  // (Or the span is such an initial alone, before its name: "Sz. Gábor".)
  // (Or the last of two initials, "D. C.'s home address", "After the hearing, D. C. received".)
  // (Or any such short form that no sentence ends at, a colon, a comma or a word in lower case after it: "Лена Кр.: не давай",
  // "Лена Кр. сказала"; not "…met Anna Kim. She", nor a street's word written short, "Haseki Sultan Mah., Cerrahpaşa Cad.".)
  const shortForm = last !== null && SHORT_FORM_GOES_ON.test(text.slice(span.end, span.end + 4)) && !data.address.street.has(last[1].toLowerCase()) && !data.address.unit.has(last[1].toLowerCase());
  return span.end - span.start === 1 || (last !== null && DIGRAPH_INITIAL.test(last[1])) || shortForm || DIGRAPH_INITIAL.test(text.slice(span.start, span.end)) || LAST_OF_INITIALS.test(text.slice(span.start, span.end)) ? { ...span, end: span.end + 1 } : span;
}
const LAST_OF_INITIALS = /^\p{Lu}\p{Ll}?\.[^\S\n]?\p{Lu}$/u;
const LAST_WORD = /\s(\p{Lu}\p{Ll}{1,2})$/u;
// (Not before a comma and a number: a street's word written short after its name, "Namık Kemal Mah., 1453. Sk.".)
const SHORT_FORM_GOES_ON = /^\.(?:[:;]|,[^\S\n]?\p{L}|[^\S\n]\p{Ll})/u;

/**
 * The rest of a name's word broken over a line with a hyphen, as a document read from a photo breaks it: "Курманғалиева
 * Дана Ерла-⏎новна", "Зарины Рустам-⏎овны". Only letters in lower case after the break.
 */
function withWordBrokenOverLine(text: string, span: Span): Span {
  if (text.charCodeAt(span.end) !== 0x2d || text.charCodeAt(span.end + 1) !== 0x0a) return span;
  const rest = BROKEN_WORD_REST.exec(text.slice(span.end + 2, span.end + 24));
  return rest ? { ...span, end: span.end + 2 + rest[0].length } : span;
}
const BROKEN_WORD_REST = /^\p{Ll}{2,}(?![\p{L}-])/u;

/** A nickname's adjective joined to a name by a hyphen, part of what she is called: светка-рыжая, Лена-большая, sveta-ryzhaya. */
function withEpithet(text: string, span: Span): Span {
  if (text.charCodeAt(span.end) !== 0x2d) return span;
  const epithet = EPITHET_AFTER.exec(text.slice(span.end, span.end + 16));
  return epithet ? { ...span, end: span.end + epithet[0].length } : span;
}
// (Or transliterated: natasha-ryzhaya, sveta-malenkaya.)
const EPITHET_AFTER = /^-(?:[а-яё]{2,}(?:ая|яя|ый|ий|ой)|[a-z]{2,}(?:aya|yaya|yy|iy|oy|yj|ij))(?![\p{L}-])/u;

/**
 * What follows a name's apostrophe and is the name's: the apostrophe of a nickname whose last vowel is elided before its
 * closing quote ("Grasu'", «Толсты'»), or a Turkish case suffix (Emine'ye).
 */
function withElision(text: string, span: Span): Span {
  if (text.charCodeAt(span.end) !== 0x27 && text.charCodeAt(span.end) !== 0x2019) return span;
  if (/^['’]["”»]/.test(text.slice(span.end, span.end + 2))) return { ...span, end: span.end + 1 };
  // (A Turkish or Azerbaijani case suffix after an apostrophe is part of the name's form, as a Russian ending is: Emine'ye,
  // Ahmet'in, Ayşe'den; not the English 's.)
  const suffix = TURKIC_SUFFIX_AFTER_APOSTROPHE.exec(text.slice(span.end, span.end + 6));
  return suffix ? { ...span, end: span.end + suffix[0].length } : span;
}
const TURKIC_SUFFIX_AFTER_APOSTROPHE = /^['’](?:y?[aeə]|n?[iıuüİ]n|y?[iıuü]|[dt][aeə]n?|yl[aeə]|l[aeə]|ler|lar)(?![\p{L}])/u;

/** Word i joined by "and" or a comma to a capitalised name found before it (Kim and Park, Ким и Пак). */
function listedWithName(scan: PersonScan, i: number): boolean {
  const { tokens, hit } = scan;
  const before = tokens[i - 1];
  const name = tokens[i - 2];
  return before !== undefined && name !== undefined && CONJUNCTIONS.has(before.lower) && hit[i - 2] !== null && hit[i - 2] !== undefined && name.capitalised;
}

/** Particles inside Arabic names (Khalid Al Mansoori, Rashid bin Saeed): the name goes on after them. */
const NAME_PARTICLES = new Set(['Al', 'al', 'El', 'el', 'bin', 'bint', 'ibn', 'Bin', 'Bint', 'Ibn', 'Abu', 'Аль', 'аль', 'бин', 'ибн']);
/** The first word of an Arabic kunya or a name by descent, before a name (Abu Saif, Umm Khalid, Абу Али): part of the name. */
const KUNYA = new Set(['Abu', 'Abou', 'Ebu', 'Umm', 'Um', 'Omm', 'Ibn', 'Bint', 'Абу', 'Умм', 'Ибн']);

/**
 * A name goes on after a particle of an Arabic name and the capitalised word after it (Khalid Al Mansoori, Rashid Obaid Al
 * Ketbi), and after a surname of a pack's list in the short syllables of a given name (Пак Сон Хо, Kim Min Ji).
 */
function markNameParticles(scan: PersonScan): void {
  const { text, tokens, hit, data } = scan;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!hit[i - 1] || hit[i] || !NAME_PARTICLES.has(tokens[i].text) || !/^[ -]$/.test(scan.between(tokens[i - 1], tokens[i]))) continue;
    const next = tokens[i + 1];
    if (!next.capitalised || !/^[ -]$/.test(scan.between(tokens[i], next)) || scan.isPlace(next.lower) || scan.lexicon(i + 1).notName) continue;
    hit[i] = { rule: 'person.particle', confidence: 0.7 };
    hit[i + 1] ??= { rule: 'person.particle', confidence: 0.7 };
  }
  // (A kunya's first word before a name found: Abu Saif, not Abu Dhabi, whose second word is a place and no name.)
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (hit[i] || !hit[i + 1] || !KUNYA.has(tokens[i].text) || !/^[ -]$/.test(scan.between(tokens[i], tokens[i + 1]))) continue;
    hit[i] = { rule: 'person.particle', confidence: 0.7 };
  }
  // (The surname too, even where it is a word, Park, Пак, Ли: the syllables after it say it is a name; Он after Ким is one.)
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!tokens[i].capitalised || tokens[i].text.length > 5 || !data.surnames.has(tokens[i].lower)) continue;
    let k = i + 1;
    for (; k <= i + 2 && k < tokens.length; k++) {
      const t = tokens[k];
      // (Not an initial: Ким А.С.)
      if (!t.capitalised || t.text.length > 4 || text.charCodeAt(t.end) === 0x2e || !/^[ -]$/.test(scan.between(tokens[k - 1], t)) || scan.calendar(t) || scan.isPlace(t.lower)) break;
    }
    if (k === i + 1) continue;
    // (Marked so over a rule of shape alone too, which the run filter for bodies would drop: Пак Сон Хо is no institution.)
    for (let m = i; m < k; m++) if (!hit[m] || SHAPE_RULES.has(hit[m]!.rule)) hit[m] = { rule: 'person.korean-given', confidence: 0.6 };
  }
  markVietnameseNames(scan);
}

/**
 * A Vietnamese full name, the family name first, then a middle name and the given name (Phạm Thị Thu, Vũ Văn Dũng, Nguyễn
 * Thị Lan, Đỗ Thị Hương, Lê Văn Phúc), or two given names (Lê Thị Thanh Tâm, Nguyễn Thị Lan Anh); in a passport's capitals
 * (LE THI THANH TAM) or in Cyrillic (Фам Тхи Хоа, Чан Ван Минь): the whole name, whichever of its words the other rules
 * found. A family name that is a word too (Le, Do, Ho, Ла, До) only before a woman's Thị or a man's Văn.
 */
function markVietnameseNames(scan: PersonScan): void {
  const { tokens, hit } = scan;
  if (!VIETNAMESE_TEST.test(scan.text)) return;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const family = vietnameseWord(tokens[i].text);
    if (!VIETNAMESE_FAMILY.has(family) && !VIETNAMESE_FAMILY_AMBIGUOUS.has(family)) continue;
    const middle = vietnameseWord(tokens[i + 1].text);
    const gendered = VIETNAMESE_GENDERED_MIDDLE.has(middle);
    if (!gendered && (VIETNAMESE_FAMILY_AMBIGUOUS.has(family) || !VIETNAMESE_MIDDLE.has(middle))) continue;
    // (A Russian preposition capitalised at a sentence's start is no family name: "До Ван Дамма далеко".)
    if (tokens[i].cyrillic && VIETNAMESE_FAMILY_AMBIGUOUS.has(family) && sentenceStart(scan.text, tokens[i].start)) continue;
    if (scan.between(tokens[i], tokens[i + 1]) !== ' ' || !vietnameseGiven(scan, i + 2)) continue;
    // (A second given name after the first: Thanh Tâm, Lan Anh; no word of the dictionary, "Nguyen Van Minh Street".)
    const fourth = vietnameseGiven(scan, i + 3) && !scan.lexicon(i + 3).notName && (!scan.lexicon(i + 3).ordinary || (acronym(tokens[i].text) && acronym(tokens[i + 3].text)));
    const last = fourth ? i + 3 : i + 2;
    for (let m = i; m <= last; m++) if (!hit[m] || SHAPE_RULES.has(hit[m]!.rule)) hit[m] = { rule: 'person.vietnamese', confidence: 0.7 };
  }
}

/** A word as the lists hold it: a passport's capitals in title case (THI → Thi). */
function vietnameseWord(word: string): string {
  return acronym(word) ? word[0] + word.slice(1).toLowerCase() : word;
}

/** Whether token k is a short capitalised given name right after the one before it: no place's name. */
function vietnameseGiven(scan: PersonScan, k: number): boolean {
  const t = scan.tokens[k];
  return t !== undefined && t.capitalised && t.text.length <= 6 && scan.between(scan.tokens[k - 1], t) === ' ' && !scan.isPlace(t.lower);
}

/** The commonest Vietnamese family names, with and without their marks, and in Cyrillic. */
const VIETNAMESE_FAMILY = new Set(['Nguyễn', 'Nguyen', 'Trần', 'Tran', 'Phạm', 'Pham', 'Hoàng', 'Hoang', 'Huỳnh', 'Huynh', 'Phan', 'Vũ', 'Võ', 'Vo', 'Đặng', 'Dang', 'Bùi', 'Bui', 'Đỗ', 'Ngô', 'Ngo', 'Dương', 'Duong', 'Lê', 'Lý', 'Đinh', 'Dinh', 'Trịnh', 'Trinh', 'Đoàn', 'Doan', 'Lương', 'Luong', 'Mai', 'Cao', 'Tạ', 'Hà', 'Lưu', 'Luu', 'Vương', 'Vuong', 'Trương', 'Truong', 'Quách', 'Quach', 'Đào', 'Triệu', 'Trieu', 'Kiều', 'Kieu', 'Châu', 'Lâm', 'Thái', 'Нгуен', 'Чан', 'Фам', 'Хоанг', 'Хюинь', 'Фан', 'Данг', 'Дэнг', 'Буй', 'Нго', 'Зыонг', 'Зуонг', 'Лыонг', 'Динь', 'Чинь', 'Доан', 'Май', 'Као']);
/** Those that are words of the narrative's languages too, or given names elsewhere: only with a gendered middle name. */
const VIETNAMESE_FAMILY_AMBIGUOUS = new Set(['Le', 'Do', 'Ho', 'Ly', 'Vu', 'Lam', 'Dao', 'Chau', 'Thai', 'To', 'Tô', 'Hồ', 'La', 'Ha', 'Ta', 'Ле', 'До', 'Хо', 'Ли', 'Ла', 'Ха', 'Та', 'Ву', 'Во']);
const VIETNAMESE_GENDERED_MIDDLE = new Set(['Thị', 'Văn', 'Thi', 'Van', 'Тхи', 'Ван']);
const VIETNAMESE_MIDDLE = new Set(['Quang', 'Куанг', 'Hữu', 'Huu', 'Đức', 'Duc', 'Minh', 'Ngọc', 'Ngoc', 'Thanh', 'Quốc', 'Quoc', 'Xuân', 'Xuan', 'Hồng', 'Hong', 'Kim', 'Thu', 'Thúy', 'Thuy', 'Hoài', 'Hoai', 'Công', 'Cong', 'Bảo', 'Bao', 'Gia', 'Anh', 'Thế', 'The', 'Хыу', 'Дык', 'Минь', 'Нгок', 'Тхань', 'Куок', 'Суан', 'Хонг', 'Ким', 'Тху', 'Тхюи', 'Хоай', 'Конг', 'Бао', 'Зя', 'Ань', 'Тхе']);
const VIETNAMESE_TEST = /(?:Thị|Văn|Thi|Van|Hữu|Đức|Minh|Ngọc|Thanh|Quốc|Xuân|Hồng|Kim|Thu|Thúy|Hoài|Công|Bảo|Gia|Anh|Thế|Quang|Куанг|Huu|Duc|Ngoc|Quoc|Xuan|Hong|Thuy|Hoai|Cong|Bao|The|Тхи|Ван|Хыу|Дык|Минь|Нгок|Тхань|Куок|Суан|Хонг|Ким|Тху|Хоай|Конг|Бао|Ань|Тхе) \p{Lu}|\b(?:THI|VAN) [A-Z]/u;

const FORM_LABELS = PERSON_WORDS.formLabels;
const SPEAKER_LABELS = PERSON_WORDS.speakerLabels;

/**
 * The field of a form or a list after its label and a colon (Witness: Ajsel, NUME/NAME: CEBAN-ROTARU, Mariana, Принимала:
 * Шахло): up to three capitalised words, in capitals too, that no dictionary of the narrative has as a word and that are
 * no place, month or brand ("Victim: Unknown" stays).
 */
/** Labels of a field that holds a name (not a role's: Witness, Operator). */
const NAME_LABELS = new Set([
  'name', 'surname', 'имя', 'фио', 'фамилия', 'nume', 'prenume', 'ime', 'prezime', 'imię', 'imie', 'nazwisko', 'jméno', 'příjmení', 'vardas', 'pavardė',
  'vārds', 'uzvārds', 'soyadı', 'familiya', 'ismi', 'nickname', 'alias', 'aka', 'uses', 'кличка', 'прозвище', 'псевдоним',
]);
const HANDED_TO = PERSON_WORDS.handedToLabels;
/** What a name's field holds when the name is not known: no one's name. */
const NO_NAME_VALUES = new Set(['unknown', 'none', 'not', 'anonymous', 'withheld', 'unclear', 'refused', 'n', 'na', 'no', 'неизвестно', 'нет', 'не', 'аноним', 'анонимно']);
function markFormFields(scan: PersonScan): void {
  const { tokens, hit } = scan;
  for (let i = 1; i < tokens.length; i++) {
    // (A remark in brackets may stand between the label and its colon: "Surname (for the lawyer only): Seitkali".)
    const remark = scan.text.charCodeAt(tokens[i].start - 2) === 0x3a || scan.text.charCodeAt(tokens[i].start - 1) === 0x3a ? REMARK_BEFORE_COLON.exec(scan.text.slice(Math.max(0, tokens[i].start - 48), tokens[i].start)) : null;
    const label = remark !== null ? labelBefore(tokens, i, tokens[i].start - remark[0].length) : tokens[i - 1];
    // (Or "a.k.a.:", whose last letter is the label's token.)
    const aka = label.lower === 'a' && /a\.k\.$/i.test(scan.text.slice(Math.max(0, label.start - 4), label.start)) && scan.between(label, tokens[i]).startsWith('.');
    const gap = remark !== null && label !== tokens[i - 1] ? remark[1] : aka ? scan.between(label, tokens[i]).slice(1) : scan.between(label, tokens[i]);
    if ((!FORM_LABELS.has(label.lower) && !aka) || !/^\s?:\s?(?:\d\)\s|["«“'])?$/.test(gap)) {
      // (Or a name's label and a few words of how it was learnt before the colon: "officer name she heard: Vlas".)
      // (Or a surname's word earlier in the sentence, up to six words of how it was learnt, a colon or a dash: "Фамилию Диля
      // видела на удостоверении — Луговской", "его фамилию Оксана знает из почтового ящика: Вебер".)
      const gapBefore = scan.between(tokens[i - 1], tokens[i]);
      const before = scan.text.slice(Math.max(0, tokens[i].start - 72), tokens[i].start);
      if (!(/^\s?:\s?$/.test(gapBefore) && NAME_LABEL_THEN_WORDS.test(before.slice(-40))) && !(/^\s?[:—–]\s?$/.test(gapBefore) && SURNAME_WORD_THEN_WORDS.test(before))) continue;
      const t = tokens[i];
      const lex = scan.lexicon(i);
      if (t.capitalised && t.text.length >= 2 && !acronym(t.text) && !scan.calendar(t) && !scan.isPlace(t.lower) && !lex.notName && !NO_NAME_VALUES.has(t.lower)) hit[i] ??= { rule: 'person.form-field', confidence: 0.7 };
      continue;
    }
    // (A title or a rank first is no part of the name: "Counsellor: Frau Lindner-Çakır".)
    const first = scan.titlesAndCues.has(tokens[i].lower) && i + 1 < tokens.length && /^\.? $/.test(scan.between(tokens[i], tokens[i + 1])) ? i + 1 : i;
    for (let k = first; k < Math.min(first + 3, tokens.length); k++) {
      const t = tokens[k];
      if (k > first && !/^[ -]$/.test(scan.between(tokens[k - 1], t))) break;
      const lex = scan.lexicon(k);
      // (In capitals on a form, a surname may be a word of the dictionary too, ИВАНОВА: its shape says it is a surname.)
      const surnameShaped = (t.cyrillic ? SURNAME_CYR : SURNAME_LAT).test(t.lower);
      // (After a name's own label, the word after a given name is its surname even where it is a word too: Name: Nadezhda Wolf.)
      // (So is it after a given name, or a name no dictionary has, on any person's label, even a people's name: "Client:
      // Bianca Moldovan".)
      const surnameOfName = k > first && hit[k - 1] !== null && (NAME_LABELS.has(label.lower) || givenName(scan, k - 1) || !scan.lexicon(k - 1).ordinary);
      // (A word of the dictionary is the name too where the field is the name's own: "preferred name: Molly", "Also uses: "Sally"".)
      const ownField = k === first && NAME_LABELS.has(label.lower) && !NO_NAME_VALUES.has(t.lower) && !acronym(t.text);
      // (Nor a body's acronym where a case is handed on: "Передано: ANITP".)
      if (!t.capitalised || t.text.length < 2 || scan.calendar(t) || scan.isPlace(t.lower) || (HANDED_TO.has(label.lower) && acronym(t.text)) || (lex.notName && !surnameOfName) || (lex.ordinary && !lex.given && !surnameShaped && !scan.data.given.has(t.lower) && !surnameOfName && !ownField)) break;
      hit[k] ??= { rule: 'person.form-field', confidence: 0.7 };
    }
  }
}

/** A name's label, then two or three lower-case words and a colon: "officer name she heard: ", "имя она не помнит точно: ". */
// (Not a thing's name: "the name of the street: Lenina".)
const NAME_LABEL_THEN_WORDS = /(?<![\p{L}])(?:[Nn]ame|[Ss]urname|[Ии]мя|[Фф]амилия|[Фф]амилию)(?![^\S\n]+(?:of|for|on|в|на|для|улицы)(?![\p{L}]))(?:[^\S\n]+\p{Ll}+){2,4}[^\S\n]?:[^\S\n]?$/u;
const SURNAME_WORD_THEN_WORDS = /(?<![\p{L}])(?:[Фф]амили[июя]|[Ss]urname|last name)(?:[^\S\n]+[\p{L}-]+){1,6}[^\S\n]?[:—–][^\S\n]?$/u;
/** A remark in brackets between a label and its colon, and what follows the bracket (group 1): "Surname (for the lawyer only): ". */
const REMARK_BEFORE_COLON = /[^\S\n]?\([^()\n]{1,40}\)(\s?:\s?)$/u;
/** The token before token i that ends right at `end`, where a remark starts (its label), or else the token right before i. */
function labelBefore(tokens: readonly Token[], i: number, end: number): Token {
  let k = i - 1;
  while (k >= 0 && tokens[k].start >= end) k--;
  return k >= 0 && tokens[k].end === end ? tokens[k] : tokens[i - 1];
}

/**
 * A capitalised word no list knows right before a phone's number ("Contact there: Patrycja, +48 694 117 302", "trip: Zhenis,
 * +971 52 880 1944"), or alone at a line's start with a comma and the sentence going on in lower case, a letter's greeting
 * ("Pavli, quick summary after today's meeting"): a person.
 */
function markBeforePhonesAndGreetings(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (hit[i] || !t.capitalised || t.text.length < 3 || acronym(t.text)) continue;
    const code = text.charCodeAt(t.end);
    // (A comma, a space or a colon must follow: most words are passed over here.)
    if (code !== 0x2c && code !== 0x20 && code !== 0x3a) continue;
    const beforePhone = PHONE_RIGHT_AFTER.test(text.slice(t.end, t.end + 16));
    // (A greeting's name is short: "Судмедэкспертиза, заключение № …" opens a line too.)
    const greeting = !beforePhone && code === 0x2c && t.text.length <= 9 && /^, \p{Ll}/u.test(text.slice(t.end, t.end + 3)) && /(?:^|\n)[^\S\n]*$/.test(text.slice(Math.max(0, t.start - 8), t.start));
    if (!beforePhone && !greeting) continue;
    const lex = scan.lexicon(i);
    if (lex.ordinary || lex.notName || scan.isPlace(t.lower) || scan.calendar(t) || scan.titlesAndCues.has(t.lower) || scan.data.institutions.has(t.lower)) continue;
    // (Not a town after its preposition: "her sister Nurten in Kardzhali, +359 87 541 2236".)
    if (i > 0 && PLACE_PREPOSITIONS.has(tokens[i - 1].lower) && scan.between(tokens[i - 1], t) === ' ') continue;
    hit[i] = { rule: beforePhone ? 'person.before-phone' : 'person.greeting', confidence: 0.6 };
  }
}
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'from', 'at', 'to', 'into', 'в', 'во', 'из', 'под', 'около', 'возле', 'на', 'до']);
/** A phone's number right after a word: international, or with a trunk's 0 or 8, after a comma, a colon, a space or a bracket. */
const PHONE_RIGHT_AFTER = /^(?:, ?|: ?| \(?)(?:\+\d{1,3}|0\d|8 ?\(?\d{3})[\d ()-]{6,}/;

/** The headers of a table's column that holds people's names or nicknames (a header "имя/ник" is read by its parts). */
const NAME_COLUMNS = new Set(
  `person persons name names nickname nick alias who client clients worker outreach volunteer respondent victim woman
   имя ник кличка кто клиент клиентка пострадавшая аутрич волонтер волонтёр сотрудник сотрудница девушка
   фио ф.и.о. фамилия піб прізвище surname survivor`.split(/\s+/),
);
/** The separators of a table pasted as text: a tab, a semicolon, a vertical bar. */
const TABLE_SEPARATORS = ['\t', ';', '|'];

/**
 * A table pasted as text (an outreach sheet exported with tabs, semicolons or bars) whose header names a column of people
 * ("дата;аутрич;имя/ник;точка", "date | site | person | what happened"): in each row under it, the first words of that
 * column's cell are a name or a nickname, in lower case or quotes too ("«Мармеладка»", "malina again", "jarmila"), up to a
 * word of the dictionary, a bracket or a comma. Not a place, a month or a word ("nobody met", "-").
 */
function markTableColumns(scan: PersonScan): void {
  const { text, tokens } = scan;
  if (!text.includes('\n') || !TABLE_SEPARATORS.some((sep) => text.includes(sep))) return;
  let columns: number[] = [];
  let separator = '';
  let k = 0;
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const from = lineStart;
    lineStart = lineEnd + 1;
    // (Counted from the character codes: a line is split only when it has a separator twice.)
    const sep = separatorOf(text, from, lineEnd);
    if (sep === undefined) {
      columns = [];
      continue;
    }
    const line = text.slice(from, lineEnd);
    const lineStartAt = from;
    const cells = line.split(sep);
    const named = cells.map((cell, c) => (cell.trim().toLowerCase().split(/\s*\/\s*/).some((part) => NAME_COLUMNS.has(part)) ? c : -1)).filter((c) => c >= 0);
    if (named.length > 0 && cells.every((cell) => !/\d/.test(cell))) {
      columns = named;
      separator = sep;
      continue;
    }
    if (columns.length === 0 || sep !== separator) continue;
    let cellStart = lineStartAt;
    for (let c = 0; c < cells.length; c++) {
      const cellEnd = cellStart + cells[c].length;
      if (columns.includes(c)) {
        while (k < tokens.length && tokens[k].start < cellStart) k++;
        markCellName(scan, k, cellStart, cellEnd);
      }
      cellStart = cellEnd + 1;
    }
  }
}

/**
 * A name in a passport's capitals alone after a colon, to the line's end ("Латиницей (как в паспорте): SOROCEANU AURELIA",
 * "Holder: NAZAROVA DILNOZA"): two or three words in capitals that no dictionary has in lower case and that are no place.
 * ("Status: NOT REPORTED", "Result: HIV NEGATIVE" hold words.)
 */
function markCapitalsAfterColon(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  if (!text.includes(':')) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (hit[i] || !colonBefore(text, tokens[i].start)) continue;
    let k = i;
    while (k < tokens.length && k - i < 3 && (k === i || scan.between(tokens[k - 1], tokens[k]) === ' ') && capitalsName(scan, k)) k++;
    if (k - i < 2 || !/^[^\S\n]*(?:$|\n|[,.;)])/.test(text.slice(tokens[k - 1].end, tokens[k - 1].end + 2))) continue;
    for (let m = i; m < k; m++) hit[m] ??= { rule: 'person.capitals-line', confidence: 0.7 };
  }
}
/**
 * A bulleted or numbered list whose items mostly open with a person found ("- Nurgiza (40s): …", "- Aijamal: …"): the other
 * items opening the same way, a capitalised word then a colon, a bracket or a comma, open with a person too ("- Gulkaiyr: a
 * client stole her phone"). Not a word of the dictionary, a place, a body, a title or a month ("- Police: …", "- March: …").
 */
/**
 * A chat copied with each message under a header line of its writer, maybe her town, and the time: "Марта Рига 08:03", "Галя
 * [10:31]". Two such lines at least make it a chat; the header's first word is the writer, unless a dictionary word ("Аутрич
 * Бишкек 22:00" is a heading).
 */
function markChatHeaders(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  if (!text.includes(':')) return;
  const headers = [...text.matchAll(CHAT_HEADER)];
  if (headers.length < 2) return;
  let k = 0;
  for (const header of headers) {
    const at = header.index + header[0].indexOf(header[1]);
    while (k < tokens.length && tokens[k].start < at) k++;
    if (k === tokens.length || tokens[k].start !== at) continue;
    const lex = scan.lexicon(k);
    // (A month that is a name too writes as well: "Марта Рига 08:03".)
    if (lex.given || MONTHS_ALSO_NAMES_RU.has(tokens[k].lower) || (!lex.ordinary && !lex.notName && !scan.isPlace(tokens[k].lower))) hit[k] ??= { rule: 'person.chat-writer', confidence: 0.6 };
  }
}
/**
 * A transcript's or a meeting's turns, each line opened by its speaker's word and a colon: where three labels speak and one
 * at least is found as a name, the others are named too by a word no dictionary has ("ДИЛЯ: У меня забрали", "Kesha:");
 * where two are, in Russian, by a word of the dictionary that the text capitalises elsewhere in mid-sentence too, a nickname
 * ("Лиса:" and "назвались так: Лиса, Марго"; "Рыжая:" and "| Рыжая |"). Not a role's or a note's label ("МОДЕРАТОР:", "Вопрос:").
 */
function markTranscriptSpeakers(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  if (!text.includes(':')) return;
  const turns = new Map<string, number[]>();
  let k = 0;
  for (const m of text.matchAll(TURN_LABEL)) {
    const at = m.index + m[0].indexOf(m[1]);
    while (k < tokens.length && tokens[k].start < at) k++;
    if (k === tokens.length || tokens[k].start !== at || tokens[k].end !== at + m[1].length) continue;
    const label = tokens[k].lower;
    // (A turn says something: two words at least after its colon, not a count, "- Kordai: 2".)
    if (!SPOKEN_TURN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const ks = turns.get(label);
    if (ks === undefined) turns.set(label, [k]);
    else ks.push(k);
  }
  if (turns.size < 3) return;
  const named = [...turns.values()].filter((ks) => ks.some((j) => hit[j] !== null && hit[j]!.rule !== 'person.gazetteer.ambiguous')).length;
  if (named === 0) return;
  // (Not a list of places with what each did, "Бишкек: 12 новых", "Кочкор: пять": two places among the labels make it one.)
  if ([...turns.keys()].filter((label) => scan.isPlace(label)).length >= 2) return;
  let inSentence: Set<string> | undefined;
  for (const [label, ks] of turns) {
    if (ks.some((j) => hit[j] !== null) || TURN_ROLES.has(label) || FORM_LABELS.has(label) || SPEAKER_LABELS.has(label) || scan.titlesAndCues.has(label)) continue;
    const t = tokens[ks[0]];
    const lex = scan.lexicon(ks[0]);
    if (t.text.length < 3 || lex.notName || scan.isPlace(label) || scan.calendar(t) || scan.data.institutions.has(label) || ukrainianCommonWord(t)) continue;
    // (In capitals, only a Russian word of four letters and two vowels at least, no body's letters: "ДИЛЯ", not "ГУВД", "NGO".)
    if (t.text.length > 1 && t.text === t.text.toUpperCase() && !(t.cyrillic && t.text.length >= 4 && (t.lower.match(/[аеёиоуыэюя]/g)?.length ?? 0) >= 2)) continue;
    if (lex.ordinary && !(named >= 2 && t.cyrillic && (inSentence ??= capitalisedInSentence(scan)).has(label))) continue;
    for (const j of ks) hit[j] = { rule: 'person.speaker', confidence: 0.6 };
  }
}
/** A word of Ukrainian by its letters, no given name's form and no surname's shape: "Присутні", "Рішення", not "Сергієнко". */
function ukrainianCommonWord(t: Token): boolean {
  // (By the endings of its nouns and adjectives that no name has: a noun of action with its doubled consonant before -я, which
  // Russian writes -ие, "Перенаправлення", "Рішення"; a plural's -ні, "Присутні"; -ість, -ція. Not a name the lists lack,
  // "Віра", "Гірник", "Білоус".)
  return t.cyrillic && UKRAINIAN_COMMON_END.test(t.lower) && !GIVEN.has(t.lower.replace(/і/g, 'е')) && !mayBeGivenForm(t.lower.replace(/і/g, 'е'));
}
const UKRAINIAN_COMMON_END = /(?:нн|тт|лл|дд|сс|зз|чч|жж|шш|цц)я$|(?:тні|ні|ість|ості|ція|ції)$/u;
const SPOKEN_TURN = /^[^\S\n]*["«“]?\p{L}+[^\S\n\p{L}]+["«“]?\p{L}/u;
/** A turn's label: one capitalised word at a line's start (maybe after a dash) and its colon, maybe with a bracket between. */
const TURN_LABEL = /(?:^|\n)[^\S\n]*(?:[—–-][^\S\n]*)?(\p{Lu}[\p{L}\p{M}'’-]*)((?:[^\S\n]*\([^()\n]{1,40}\))?):[^\S\n]/gu;
/** The words (in lower case) the text capitalises somewhere after a comma, a colon, a bracket, a quote, a cell's bar or a word. */
function capitalisedInSentence(scan: PersonScan): Set<string> {
  const { text, tokens } = scan;
  const out = new Set<string>();
  for (let j = 1; j < tokens.length; j++) {
    if (!tokens[j].capitalised || !tokens[j].cyrillic || text.charCodeAt(tokens[j].end) === 0x3a) continue;
    if (MID_SENTENCE_BEFORE.test(text.slice(Math.max(0, tokens[j].start - 3), tokens[j].start))) out.add(tokens[j].lower);
  }
  return out;
}
const MID_SENTENCE_BEFORE = /(?:[\p{Ll},:;(|«"“]|[,:;(|—–] ?[«"“]?|\p{Ll} ?)$/u;
const TURN_ROLES = new Set(
  'суроо жооп savol javob сұрақ жауап sual cavab голосували постановили решили слушали выступили вирішили ухвалили модератор модераторка ведущая ведущий фасилитатор фасилитаторка интервьюер интервьюерка респондент респондентка участница участник участники вопрос ответ комментарий примечание пауза все хором голос голоса смех шум переводчик переводчица юрист юристка адвокат соцработник аутрич секретарь протоколист протоколистка присутствовали присутні відсутні решение рішення итог итоги вывод повестка дата место время note comment facilitator moderator interviewer respondent participant all voices voice laughter translator interpreter question answer decision action summary agenda present absent notetaker'.split(' '),
);
/**
 * A chat copied in lower case, each line opened by its writer's name and a colon: a word that opens two lines or more, where
 * another such word does too, is a writer even where it is a word of the dictionary ("вера: скинь адрес", "angel: is joy
 * back?"); not a note's labels ("q:", "ответ:", "note:").
 */
function markLowerCaseChatWriters(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  if (!text.includes(':')) return;
  const counts = new Map<string, number>();
  for (const m of text.matchAll(LOWER_CASE_CHAT_WRITER)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  const writers = new Set([...counts].filter(([w, n]) => n >= 2 && !FORM_LABELS.has(w) && !SPEAKER_LABELS.has(w) && !NOT_CHAT_WRITERS.has(w)).map(([w]) => w));
  if (writers.size < 2) return;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (hit[k] || !writers.has(t.text) || text.charCodeAt(t.end) !== 0x3a) continue;
    const before = lineBefore(text, t.start, 40);
    if (before !== null && CHAT_WRITER_START.test(before)) hit[k] = { rule: 'person.chat-writer', confidence: 0.6 };
  }
}
const LOWER_CASE_CHAT_WRITER = new RegExp(String.raw`(?:^|\n)[ \t]*(?:${CHAT_STAMP}[ \t]*)?(\p{Ll}[\p{Ll}\p{M}-]{2,20}):[ \t]`, 'gu');
/** The words that open a note's lines before a colon, and the writer who is the documenter herself. */
const NOT_CHAT_WRITERS = new Set(
  'me you we us him her he she they them his hers он она его её ее они мы я ты вы note notes update todo answer question reply вопрос ответ примечание итог status result action outcome date time address phone tel тел адрес дата время статус итого plan план'.split(' '),
);
const CHAT_HEADER = /(?:^|\n)[ \t]*(\p{Lu}[\p{L}\p{M}-]+)(?:[ \t]+\p{Lu}[\p{L}\p{M}-]+)?[ \t]+(?:\[\d{1,2}:\d{2}\]|\d{1,2}:\d{2})[ \t]*(?=\n)/gu;


/**
 * The writer's signature on the note's last line after a dash: "— Katsiaryna", "— эля", "— Zh.M.". Up to three words, each a
 * given name, an initial, or a word no dictionary, place or calendar knows; not "— Okay", "— Outreach team". And her initial
 * signing a remark anywhere (INITIAL_SIGNING).
 */
function markSignature(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  if (text.includes('.')) {
    for (const m of text.matchAll(INITIAL_SIGNING)) {
      const k = tokenStartingAt(tokens, m.index + m[0].length - (m[1] !== undefined ? 3 : 2));
      if (k >= 0) hit[k] ??= { rule: 'person.signature', confidence: 0.6 };
    }
    // (And the initials a remark is signed with in brackets, "Comment (N.C.):", or a case is named by, "по делу К.".)
    // (The pattern is run only where its words or a bracketed initial are: a pass over every text cost more.)
    // (Or a party to a case by her initial alone, as courts write it: "потерпевшая К.", "the victim A.".)
    const named = INITIALS_IN_BRACKET.test(text) || text.includes('делу ') || text.includes('отношении ') || /case of |потерпевш|обвиняем|подсудим|подозреваем|заявител|victim|witness|defendant|complainant/i.test(text);
    // (Or initials alone as a sentence's subject, a verb of saying or coming after them, or her age: "Г.Т. пояснила", "A.K.
    // said", "One of them, G.T., 22, later …".)
    for (const m of INITIALS_SUBJECT.test(text) ? text.matchAll(INITIALS_SUBJECT_ALL) : []) {
      // (Not the second half of longer initials, nor letters of a word: tried here, a look-behind in the pattern cost more.)
      if (m.index > 0 && (isLetter(text.charCodeAt(m.index - 1)) || text.charCodeAt(m.index - 1) === 0x2e)) continue;
      for (let k = tokenStartingAt(tokens, m.index); k >= 0 && k < tokens.length && tokens[k].start < m.index + m[0].length; k++) hit[k] ??= { rule: 'person.initials', confidence: 0.6 };
    }
    for (const m of named ? text.matchAll(INITIALS_NAMING) : []) {
      const initials = m[1] ?? m[2];
      // (Capitals only: the pattern ignores case for its words, "Note (abc)" is none; without stops, no country's, body's or
      // abbreviation's, "Note (KG)", "Примечание (КР)", "(PS)".)
      if (initials !== initials.toUpperCase() || (!initials.includes('.') && NOT_INITIALS_UNDOTTED.has(initials))) continue;
      const from = m.index + m[0].length - initials.length - (m[1] !== undefined ? 1 : 0);
      for (let k = tokenStartingAt(tokens, from); k >= 0 && k < tokens.length && tokens[k].start < from + initials.length; k++) hit[k] ??= { rule: 'person.initials', confidence: 0.6 };
    }
  }
  const lastEnd = text.trimEnd().length;
  let lineStart = text.lastIndexOf('\n', lastEnd - 1) + 1;
  let dash = SIGNATURE_DASH.exec(text.slice(lineStart, lastEnd));
  // (Or after the last sentence on its line, a dash and the name closing the note: "Tired. Home 01:15. – Sead", "…
  // выброшен. — Амра".)
  const after = dash === null ? SIGNATURE_AFTER_SENTENCE.exec(text.slice(lineStart, lastEnd)) : null;
  if (after !== null) {
    lineStart += after.index + after[0].length - after[1].length;
    dash = SIGNATURE_DASH.exec(after[1]);
  }
  if (lineStart === 0 || dash === null) return;
  // (The writer's role may follow her name and a comma: "— A. M., caseworker", "— Ж.К., юрист".)
  const role = ROLE_AFTER_SIGNATURE.exec(text.slice(lineStart, lastEnd));
  const end = role === null ? lastEnd : lineStart + role.index;
  const words: number[] = [];
  for (let i = tokens.length - 1; i >= 0 && tokens[i].start >= lineStart; i--) if (tokens[i].start < end) words.unshift(i);
  if (words.length === 0 || words.length > 3 || tokens[words[0]].start !== lineStart + dash[0].length) return;
  // (Only the words, with spaces or an initial's full stop between them.)
  if (!words.every((i, k) => /^[.\s]*$/.test(text.slice(tokens[i].end, k + 1 < words.length ? tokens[words[k + 1]].start : end)))) return;
  const signs = (i: number): boolean => {
    const t = tokens[i];
    if (t.capitalised && t.text.length <= 2 && text.charCodeAt(t.end) === 0x2e) return true;
    if (t.text.length < 3 || /\d/.test(t.text) || scan.calendar(t) || scan.isPlace(t.lower) || scan.titlesAndCues.has(t.lower)) return false;
    const lex = scan.lexicon(i);
    return lex.given || (!lex.ordinary && !lex.notName);
  };
  if (!words.every(signs)) return;
  for (const i of words) hit[i] ??= { rule: 'person.signature', confidence: 0.6 };
}
// (Or a dash or "is" and the word for one after the quote: «Кошка» — прозвище, "Fox" is the nickname of Shakhnoza.)
const WORK_NAME_AFTER = /^["»”']\s?(?:\((?:рабочее имя|рабочий псевдоним|псевдоним|кличка|(?:her |his )?(?:work|working) name|nickname)\)|[—–-]\s(?:это\s)?(?:прозвищ|кличк|псевдоним)|(?:is|was)\s(?:the\s|her\s|his\s)?(?:nickname|work name|working name)\b)/iu;
// (Her other name may be quoted: "Лариса, она же «Лара».")
const ALIAS_BEFORE = /([(,—–])\s*(?:она|он|они)\s+же\s+[«"“„]?$/iu;
const ALIAS_AFTER = /^[»"”]?\s*(?:[),;.—–]|$)/u;
/**
 * Who wrote a note or a comment, named after its word before a colon: "Volunteer note (Klevisa):", "Update (Dritona):",
 * "Дополнение Марселы:". Any capitalised word there but a month's, a weekday's or one the lists say is no name ("Update
 * (November):", "Notes (English):"); a town's is taken out later with the other places ("Update (Tirana):"). Over the annotated sets 64 of 67 such words in brackets and 78 of 78 without
 * were inside a marked name.
 */
function markNoteWriters(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  if (!NOTE_WORD_TEST.test(text)) return;
  const initials = new Set<string>();
  for (const m of text.matchAll(NOTE_WRITER)) {
    const group = m.groups!.initials !== undefined ? 'initials' : m.groups!.bracketed !== undefined ? 'bracketed' : 'bare';
    const name = m.groups![group]!;
    const k = tokenStartingAt(tokens, m.indices!.groups![group]![0]);
    if (k < 0 || tokens[k].text !== name) continue;
    // (Or her initials in capitals, "Notes (YM):", "Comments (TK):", then wherever a bracket opens on them again: "Later
    // addition (YM, 02.11)", even where another rule read the first; not a country's or a body's letters, "Note (KG):".)
    if (group === 'initials' ? NOT_INITIALS_UNDOTTED.has(name) : scan.calendar(tokens[k]) || scan.lexicon(k).notName) continue;
    if (group === 'initials') initials.add(name);
    hit[k] ??= { rule: 'person.note-writer', confidence: 0.6 };
  }
  for (let k = 0; initials.size > 0 && k < tokens.length; k++) if (!hit[k] && initials.has(tokens[k].text) && text.charCodeAt(tokens[k].start - 1) === 0x28) hit[k] = { rule: 'person.note-writer', confidence: 0.6 };
}
const NOTE_WORD_TEST = /[Nn]ote|[Cc]omment|[Rr]emark|[Uu]pdate|[Пп]римечани|[Дд]ополнени|[Кк]омментари|[Зз]аметк/;
/** A note's word and its writer: her name in brackets or without, or her initials in capitals in brackets (with their offsets: `d`). */
const NOTE_WRITER = /(?<![\p{L}])(?:[Nn]otes?|[Cc]omments?|[Rr]emarks?|[Uu]pdate|[Пп]римечание|[Дд]ополнение|[Кк]омментарий|[Зз]аметка)[^\S\n](?:\((?<bracketed>\p{Lu}\p{Ll}{2,})\)|(?<bare>\p{Lu}\p{Ll}{2,})|\((?<initials>\p{Lu}{2})\))[^\S\n]?:/dgu;

/** The writer's initial signing her note: "— Ю.: передала Миле", "пометка И.: передала", "сократила Ю." at a line's end. */
const INITIAL_SIGNING = /(?:(?:^|\n)[ \t]*(?:[—–-][ \t]?|(?:пометка|примечание|комментарий|note|comment)[ \t])(\p{Lu})\.:|(?:сократила|сократил|записала|записал|перевела|перевёл|transcribed by|translated by|shortened by)[ \t](\p{Lu})\.(?=[ \t]*(?:\n|$)))/giu;
const SIGNATURE_DASH = /^[—–-]{1,2}[^\S\n]?/;
/** A sentence's end, a spaced dash and up to three words closing the line: the note's signature after its last sentence. */
const SIGNATURE_AFTER_SENTENCE = /[.!?)»"][^\S\n]+([—–-][^\S\n]+[^\s—–.!?]+(?:[^\S\n]+[^\s—–.!?]+){0,2}\.?)$/u;
// (Maybe with her office after it: "— A.M., outreach worker, Bishkek office".)
const ROLE_AFTER_SIGNATURE = /,[^\S\n]+\p{Ll}[\p{Ll}-]*(?:[^\S\n]+\p{Ll}[\p{Ll}-]*){0,2}(?:,[^\S\n]+\p{Lu}[\p{L}-]*(?:[^\S\n]+[\p{L}-]+){0,2})?\.?$/u;
/** Initials in brackets after a remark's word (group 1: "Comment (N.C.):"), or after a case's words (group 2: "по делу К.", "the case of A.B."). */
const INITIALS_NAMING = /(?:(?<![\p{L}])(?:comment|note|remark|пометка|примечание|комментарий)[ \t]*\((\p{Lu}\.[ \t]?(?:\p{Lu}\.)?|\p{Lu}{2})\)|(?<![\p{L}])(?:по делу|в отношении|the case of|case of|потерпевш\p{Ll}{1,3}|обвиняем\p{Ll}{1,3}|подсудим\p{Ll}{1,3}|подозреваем\p{Ll}{1,3}|заявител\p{Ll}{1,3}|victim|witness|defendant|complainant)[ \t]+(?!U\.[SKN]\.|E\.U\.)(\p{Lu}\.(?:[ \t]?\p{Lu}\.)?)(?![\p{L}]))/giu;

const INITIALS_IN_BRACKET = /\(\p{Lu}(?:\.|\p{Lu}{1,2}\))/u;
const INITIALS_SUBJECT_SOURCE = String.raw`(?!U\.[SKN]\.|E\.U\.)\p{Lu}\.[^\S\n]?\p{Lu}\.(?=[^\S\n](?:[а-яё]{3,}(?:ла|ил|ал|ел|ли)|said|says|told|explained|stated|came|called)(?![\p{L}])|,[^\S\n]\d{2}(?!\d|[.,]\d))`;
const INITIALS_SUBJECT = new RegExp(INITIALS_SUBJECT_SOURCE, 'u');
const INITIALS_SUBJECT_ALL = new RegExp(INITIALS_SUBJECT_SOURCE, 'gu');
/** The index of the token that starts at `at`, or -1 (the tokens are in order: a binary search). */
function tokenStartingAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = tokens[mid].start;
    if (start === at) return mid;
    if (start < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function markBulletedPeople(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  if (!BULLET_ANYWHERE.test(text)) return;
  // The first token of each bulleted line, and whether a list runs on (the item right before is on the line before).
  // (Only a token with a line's break before it, or the text's first, can open a line: each gap is read once.)
  const items: number[][] = [];
  let list: number[] = [];
  let previousItemLine = -1;
  for (let i = 0; i < tokens.length; i++) {
    const gapStart = i > 0 ? tokens[i - 1].end : 0;
    const lineBreak = text.slice(gapStart, tokens[i].start).lastIndexOf('\n');
    if (i > 0 && lineBreak < 0) continue;
    const lineStart = gapStart + lineBreak + 1;
    if (!BULLET_BEFORE.test(text.slice(lineStart, tokens[i].start))) continue;
    // (The list runs on when the line before held the previous item: one line break between their lines' starts.)
    const next = previousItemLine >= 0 ? text.indexOf('\n', previousItemLine) : -1;
    if (list.length > 0 && (next < 0 || next + 1 !== lineStart)) (items.push(list), (list = []));
    list.push(i);
    previousItemLine = lineStart;
  }
  if (list.length > 0) items.push(list);
  for (const starts of items) {
    const opening = starts.filter((i) => tokens[i].capitalised && ITEM_OPENING_AFTER.test(text.slice(tokens[i].end, tokens[i].end + 2)));
    const people = opening.filter((i) => hit[i]).length;
    const others = opening.filter((i) => !hit[i] && nameOpensItem(scan, i));
    // (One person at least, and people and such words open half the items or more.)
    if (people === 0 || (people + others.length) * 2 < opening.length) continue;
    for (const i of others) hit[i] = { rule: 'person.listed', confidence: 0.6 };
  }
}
function nameOpensItem(scan: PersonScan, i: number): boolean {
  const t = scan.tokens[i];
  const lex = scan.lexicon(i);
  // (A given name that is also a word opens an item as a name too: "2. Тина: в полиции Глдани".)
  return t.text.length >= 3 && (!lex.ordinary || lex.given) && !lex.notName && !scan.calendar(t) && !scan.isPlace(t.lower) && !scan.titlesAndCues.has(t.lower) && !scan.data.institutions.has(t.lower) && !acronym(t.text);
}
const BULLET_ANYWHERE = /(?:^|\n)[^\S\n]*(?:[-–—•*]|\d{1,2}[.)])[^\S\n]/;
const BULLET_BEFORE = /^[^\S\n]*(?:[-–—•*]|\d{1,2}[.)])[^\S\n]+["«“]?$/;
/** What follows the word that opens a list's item: a colon, a comma, a bracket or a dash ("3. Турсунай — ВИЧ+"). */
const ITEM_OPENING_AFTER = /^(?:[:,]|[^\S\n][(—–-]|["»”]?[:,])/;

/** A colon right before `at`, maybe with spaces or tabs between (read from the character codes). */
function colonBefore(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k--;
  return k >= 0 && text.charCodeAt(k) === 0x3a;
}
/** Word k is in capitals, three letters or more, no word of a dictionary in lower case, no place. */
function capitalsName(scan: PersonScan, k: number): boolean {
  const t = scan.tokens[k];
  return t.text.length >= 3 && t.text === t.text.toUpperCase() && t.text !== t.lower && !scan.lexicon(k).ordinary && !scan.isPlace(t.lower) && !scan.titlesAndCues.has(t.lower) && !scan.calendar(t);
}

/** The separator a line of text[from, to) has two or more of: a tab, a semicolon or a vertical bar. */
function separatorOf(text: string, from: number, to: number): string | undefined {
  let tabs = 0;
  let semicolons = 0;
  let bars = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x09) tabs++;
    else if (c === 0x3b) semicolons++;
    else if (c === 0x7c) bars++;
  }
  return tabs >= 2 ? '\t' : semicolons >= 2 ? ';' : bars >= 2 ? '|' : undefined;
}

/** The name that opens a table's cell, its words from word k on (the cell is text[cellStart, cellEnd)): see markTableColumns. */
function markCellName(scan: PersonScan, k: number, cellStart: number, cellEnd: number): void {
  const { text, tokens, hit } = scan;
  for (let m = k; m < tokens.length && tokens[m].end <= cellEnd && m < k + 3; m++) {
    const t = tokens[m];
    // (Only the words that open the cell, after its spaces or opening quote, joined by a space or a hyphen.)
    if (m === k ? !/^[\s"«“„']*$/.test(text.slice(cellStart, t.start)) : !/^[ -]$/.test(scan.between(tokens[m - 1], t))) break;
    const lex = scan.lexicon(m);
    const quoted = OPENING_QUOTES.has(text.charCodeAt(t.start - 1));
    if (t.text.length < 2 || scan.calendar(t) || scan.isPlace(t.lower) || scan.titlesAndCues.has(t.lower) || PERSON_WORDS.honorificsAfter.has(t.lower) || acronym(t.text)) break;
    if (lex.ordinary && !lex.given && !scan.data.given.has(t.lower) && !quoted) break;
    hit[m] ??= { rule: 'person.table-column', confidence: 0.65 };
  }
}

/** Word k is a given name of the lists or the dictionaries. */
function givenName(scan: PersonScan, k: number): boolean {
  return scan.lexicon(k).given || scan.data.given.has(scan.tokens[k].lower);
}

/** ", surname unknown", "(фамилия неизвестна)" right after a capitalised word: that word is a given name or nickname (2. Nemanja, surname unknown). */
// (Or a nickname's: "Bobby", real name unknown; «Малой», настоящее имя неизвестно.)
const SURNAME_UNKNOWN =
  /^["»”']?,?\s?\(?(?:(?:surname|last name|family name|first name|given name|(?:real |full )?name)\s+(?:unknown|not known|unclear|not given|withheld)|(?:фамили[яюи]|отчество|звание|должность|(?:настоящее |полное )?имя)\s+(?:неизвестн|не известн|не знает|не знаю|не знаем|не назвал|не сказал)|(?:фамили[яюи]|(?:настоящее |полное )?имя|имени)\s+не\s+(?:назвала|назвал|знаем|знает|знаю|сказала|сказал))/iu;
const SURNAME_WORD = /surname|last name|family name|name\s+(?:unknown|not known)|фамили|имени\s+не|(?:имя|отчество|звание|должность)\s+(?:неизв|не изв)/i;
/**
 * A list of people after its label, on the label's line: "девочки: гулкайыр, асема, рахат, «зайка»", "Team: Crina and Tibi",
 * "Присутствовали: Бегимай, Кыз-Жибек". Each item of one word is a name, in any case and even a word of the dictionary
 * (рахат); items of more words ("our driver Ulugbek") are left to the other rules, and the writer ("me", "я") is no one.
 */
function markPeopleLists(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  if (!PEOPLE_LIST_LABEL_WORD.test(text)) return;
  const laterForms: Array<{ at: number; word: string }> = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!PEOPLE_LIST_LABELS.has(tokens[i].lower) || !/^[^\S\n]?:[^\S\n]?["«“„]?$/.test(scan.between(tokens[i], tokens[i + 1]))) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 12; k++) {
      const t = tokens[k];
      const before = scan.between(tokens[k - 1], t);
      if (before.includes('\n') || !LIST_ITEM_BEFORE.test(before)) break;
      if (!LIST_ITEM_AFTER.test(text.slice(t.end, t.end + 6))) continue;
      if (hit[k] || WRITERS.has(t.lower) || /\d/.test(t.text) || t.text.length < 2 || scan.calendar(t) || scan.isPlace(t.lower)) continue;
      // (Nor a body or a word for people, "present: police, social services"; in Latin letters no word of the dictionary
      // that is no given name: Russian lists write nicknames that are words, English ones seldom do.)
      const lex = scan.lexicon(k);
      if (NOT_NAMES.has(t.lower) || lex.notName || scan.titlesAndCues.has(t.lower) || scan.data.institutions.has(t.lower) || LIST_WORDS.has(t.lower)) continue;
      if (!t.cyrillic && lex.ordinary && !lex.given && !scan.data.given.has(t.lower)) continue;
      hit[k] = { rule: 'person.listed', confidence: 0.6 };
      if (!t.capitalised && scan.lexicon(k).ordinary) laterForms.push({ at: k, word: t.lower });
    }
  }
  for (const { at, word } of laterForms) markLaterForms(scan, at, word);
}
/**
 * The name after a rank or a role and its service's letters: "por. SG Dominik Szulc", "кпт. SG Wiśniewski", "Следователь VSAT
 * Бальчюнас" (the letters stand between the cue and the name). Up to two capitalised words, no place, month or word of the
 * lists' own; not the service's own name after them.
 */
function markAfterRankAndService(scan: PersonScan): void {
  const { tokens, hit } = scan;
  for (let i = 2; i < tokens.length; i++) {
    const service = tokens[i - 1];
    if (hit[i] || !tokens[i].capitalised || service.text.length < 2 || service.text.length > 5 || !acronym(service.text) || scan.between(service, tokens[i]) !== ' ') continue;
    if (!rankBeforeService(scan, i - 1) || NUMBER_WORDS.has(tokens[i].lower)) continue;
    for (let k = i; k < i + 2 && k < tokens.length && tokens[k].capitalised && (k === i || scan.between(tokens[k - 1], tokens[k]) === ' '); k++) {
      const t = tokens[k];
      if (hit[k] || acronym(t.text) || scan.isPlace(t.lower) || scan.calendar(t) || scan.titlesAndCues.has(t.lower) || scan.lexicon(k).notName || scan.data.institutions.has(t.lower)) break;
      hit[k] = { rule: 'person.cue', confidence: 0.65 };
    }
  }
}

const NUMBER_WORDS = new Set(['no', 'nr', 'n', 'number', 'nos']);

/**
 * A rank or a role right before word k, a service's letters: "por. SG", "Следователь VSAT". (A full stop only after a rank
 * written short: after a word it ends the sentence, "called our lawyer. ERDR No".)
 */
function rankBeforeService(scan: PersonScan, k: number): boolean {
  const rank = scan.tokens[k - 1];
  if (rank === undefined || !scan.titlesAndCues.has(rank.lower)) return false;
  const gap = scan.between(rank, scan.tokens[k]);
  return gap === ' ' || (gap === '. ' && rank.text.length <= 4);
}

/**
 * Initials alone (two letters, each with its full stop, no surname after them) are a person's, wherever they stand: as an
 * item of a list ("Присутствовали: Люба, Таисия, Ж.К., Оля П.", "Задержанные (инициалы): Б.К., А.А., Ж.М."), in a table's
 * cell ("| 2 | А.Ж. | 07.02 |"), opening an entry ("06.09 — Д.У., рынок"), as a subject ("O.M. took a photo"). Not the
 * abbreviations written so (P.S., N.B., I.D., U.S., a.m.).
 */
function markInitialsAlone(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  // One initial alone where only a person's could stand: with her "'s", opening a numbered item before a bracket, a dash or
  // a comma, after "by" or "from" before the sentence goes on ("N.'s new number", "4. L. (Timișoara), Moldovan citizen",
  // "sent by R. on 2 August").
  if (ONE_INITIAL_CONTEXT.test(text)) {
    for (const m of text.matchAll(ONE_INITIAL)) {
      // (The initial ends the match: one capital, or two letters of a transliteration, "Zh.", and its full stop.)
      const initial = INITIAL_AT_END.exec(m[0])![0];
      const k = tokenStartingAt(tokens, m.index + m[0].length - initial.length);
      if (k >= 0 && !NOT_INITIALS.has(initial)) hit[k] ??= { rule: 'person.initials', confidence: 0.55 };
    }
  }
  markCourtInitials(scan);
  if (!TWO_INITIALS.test(text)) return;
  for (const m of text.matchAll(TWO_INITIALS_ALL)) {
    // (Not the last letters of a word or of longer initials, "Е.В.А.", nor before a capitalised word: its surname, read elsewhere.)
    if (m.index > 0 && (isLetter(text.charCodeAt(m.index - 1)) || text.charCodeAt(m.index - 1) === 0x2e)) continue;
    const end = m.index + m[0].length;
    // (Nor an abbreviation's letters, "N.B.", "E.g.", unless a person's label or verb says they are hers: "Client: N.B. (asked
    // us not to write her name)", "N.B. was stopped".)
    // (Or her name quoted in a bracket after them: "D.C. ("Dana")".)
    if (CAPITAL_AFTER.test(text.slice(end, end + 3)) || (NOT_INITIALS.has(m[0].replace(/\s/g, '').toUpperCase()) && !PERSON_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) && !PERSON_VERB_AFTER.test(text.slice(end, end + 10)) && !QUOTED_NAME_IN_BRACKET_AFTER.test(text.slice(end, end + 5)))) continue;
    // (Three or four close are an acronym, "K.G.B.", "D.O.B.", unless a person's word or verb says they are hers, or other
    // initials are listed beside them: "Injured person A.M.D.", "statements of A.M.D., R.I., S.F."; "M.C.F. is still in contact".)
    if (m[0].length >= 6 && !/\s/.test(m[0]) && NOT_INITIALS.has(m[0].toUpperCase())) continue;
    if (m[0].length >= 6 && !/\s/.test(m[0]) && !INJURED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && !PERSON_VERB_AFTER.test(text.slice(end, end + 10)) && !INITIALS_LISTED_BESIDE.test(text.slice(Math.max(0, m.index - 12), m.index)) && !INITIALS_LISTED_AFTER.test(text.slice(end, end + 9))) continue;
    for (let k = tokenStartingAt(tokens, m.index); k >= 0 && k < tokens.length && tokens[k].start < end; k++) hit[k] ??= { rule: 'person.initials', confidence: 0.6 };
  }
}
/**
 * One initial and a capitalised word right after a person's word or a form's label: the word is her surname, even a word of
 * the dictionary ("Сотрудник: М. Гайдамак", "врач М. Бондарь", "Записала М. Сокол.", "the officer, S. Wolf, said").
 */
function markSurnamesAfterCuedInitial(scan: PersonScan): void {
  const { tokens, hit } = scan;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!(ONE_INITIAL_LETTERS.test(t.text) || TWO_LETTER_INITIAL.test(t.text)) || scan.between(t, tokens[i + 1]) !== '. ') continue;
    const cue = tokens[i - 1].lower;
    // (A title's full stop too: "badge said Dr. J. Liepa".)
    const gap = scan.between(tokens[i - 1], t);
    if (!(CUE_GAP.test(gap) && (FORM_LABELS.has(cue) || scan.titlesAndCues.has(cue))) && !(gap === '. ' && scan.titlesAndCues.has(cue) && ABBREVIATED_TITLES.has(cue))) continue;
    const next = tokens[i + 1];
    // (Or a Korean surname of two letters, as Central Asia's Koreans write theirs: "with lawyer V. Li", "адвокат В. Ли".)
    // (After a title's initial a month's word is a surname too: "Dr. J. Liepa".)
    if (!next.capitalised || (next.text.length < 3 && !SHORT_SURNAMES.has(next.lower)) || acronym(next.text) || scan.isPlace(next.lower) || (scan.calendar(next) && !ABBREVIATED_TITLES.has(cue)) || scan.titlesAndCues.has(next.lower) || scan.lexicon(i + 1).notName) continue;
    hit[i] ??= { rule: 'person.initials', confidence: 0.6 };
    hit[i + 1] ??= { rule: 'person.initials', confidence: 0.6 };
  }
}
/**
 * One initial opening a sentence or a line before a verb or her age, as notes write the woman they are about: "Г. просит не
 * передавать её данные", "Д. 29 лет, вернулась", "G. asked us not to". Not an abbreviation's letter before another's, "Т. к.".
 */
function markInitialsOpeningSentences(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (hit[i] || t.text.length !== 1 || !t.capitalised || scan.between(t, tokens[i + 1]) !== '. ' || !SENTENCE_OR_LINE_BEFORE.test(text.slice(Math.max(0, t.start - 3), t.start))) continue;
    const next = tokens[i + 1];
    const verb = !next.capitalised && next.text.length >= 3 && (PERSON_VERBS.has(next.text) || VERB_ENDING.test(next.text));
    if (verb || AGE_WITHOUT_COMMA.test(text.slice(t.end + 1, t.end + 12))) hit[i] = { rule: 'person.initials', confidence: 0.55 };
  }
}
const SENTENCE_OR_LINE_BEFORE = /(?:^|[.!?]\s|\n[^\S\n]*)$/;
const AGE_WITHOUT_COMMA = /^ \d{1,2} (?:лет|года?|years?)(?![\p{L}])/u;

const SHORT_SURNAMES = new Set(['li', 'ли', 'ni', 'ни', 'em', 'эм', 'an', 'ан', 'ko', 'ко']);
/** Between a person's word and her initial: a space, maybe after a colon or a comma. */
const CUE_GAP = /^[:,]? $/;
/** Titles written short with their full stop, after which an initial and a surname follow: "Dr. J. Liepa", "Mrs. K. White". */
const ABBREVIATED_TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'insp', 'sgt', 'lt', 'capt', 'adv', 'mgr', 'judr', 'mudr', 'д-р', 'проф', 'г-н', 'г-жа']);

/**
 * A person's initials in capitals in a bracket right after her name, as logs sign their entries: "Operator: Ainura T. (AT)",
 * "Operator Ioana (IP)"; and the same letters wherever else they stand alone ("14:20 AT asked", "Follow-up (AT):"). The
 * letters must start with her name's, and the second with her surname's where it is written, or follow an operator's word.
 */
function markInitialsInBrackets(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  if (!BRACKETED_CAPITALS_TEST.test(text) && !INTERVIEWER_INITIALS_TEST.test(text)) return;
  const signs = new Set<string>();
  // (Or listed after a team's word without names, "Workers: ZV, AL", then signing entries, "03.10 (ZV) IN …"; not a list of
  // abbreviations or countries only, "Team: UK, US", "Workers: HIV, TB", "Team: KZ, UZ".)
  const listed = new Set<string>();
  for (const m of TEAM_WORD_TEST.test(text) ? text.matchAll(TEAM_INITIALS) : []) {
    if (m[1].split(/,[^\S\n]*/).every((letters) => NOT_TEAM_INITIALS.has(letters))) continue;
    for (let k = tokenStartingAt(tokens, m.index + m[0].length - m[1].length); k >= 0 && k < tokens.length && tokens[k].start < m.index + m[0].length; k++) {
      if (!INITIALS_IN_CAPITALS.test(tokens[k].text)) continue;
      signs.add(tokens[k].text);
      listed.add(tokens[k].text);
      hit[k] ??= { rule: 'person.initials', confidence: 0.6 };
    }
  }
  // (Or an interviewer's initials after her label, then heading her turns: "Interviewer: RV.", "RV: Can you say …".)
  // (These, and the initials spelled by a name before them, only where they head a turn elsewhere: "RV:", "SD:".)
  const speakers = new Set<string>();
  for (const m of text.includes(':') ? text.matchAll(INTERVIEWER_INITIALS) : []) {
    const k = tokenStartingAt(tokens, m.index + m[0].length - m[1].length);
    if (k < 0 || NOT_INITIALS_UNDOTTED.has(m[1])) continue;
    signs.add(m[1]);
    speakers.add(m[1]);
    hit[k] ??= { rule: 'person.initials', confidence: 0.6 };
  }
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (hit[i] || !INITIALS_IN_CAPITALS.test(t.text) || text.charCodeAt(t.start - 1) !== 0x28 || text.charCodeAt(t.end) !== 0x29) continue;
    // (The name right before the bracket: its last word and maybe the surname's initial, "Ainura T. (AT)", "Rūta (RŠ)".)
    let k = i - 1;
    if (!/^\.? \($/.test(text.slice(tokens[k].end, t.start)) && text.slice(tokens[k].end, t.start) !== ' (') continue;
    const surnameInitial = tokens[k].text.length === 1 && text.charCodeAt(tokens[k].end) === 0x2e ? tokens[k].text : null;
    if (surnameInitial !== null) k--;
    // (Or the two initials of the name and surname before it: "Saule Dzhaksybekova (SD)", "Rimma Volkava (RV)".)
    if (surnameInitial === null && t.text.length === 2 && k >= 1 && initialsOfName(scan, k - 1, k) === t.text) {
      signs.add(t.text);
      speakers.add(t.text);
      hit[i] = { rule: 'person.initials', confidence: 0.6 };
      continue;
    }
    if (k < 0 || !hit[k] || tokens[k].text[0] !== t.text[0]) continue;
    if (surnameInitial !== null ? t.text[1] !== surnameInitial : !OPERATOR_BEFORE.test(text.slice(Math.max(0, tokens[k].start - 64), tokens[k].start))) continue;
    signs.add(t.text);
    hit[i] = { rule: 'person.initials', confidence: 0.6 };
  }
  if (signs.size === 0) return;
  // (One letter, "Blerta (B)", only where it stands in a bracket again: "23:14 Mon (B) — …"; a letter alone is a list's too.)
  // (Letters from a team's list, and one letter, only in a bracket where a log signs its entry, after a time, a weekday or a
  // date or opening a line: "03.10 (ZV) IN …", "23:14 Mon (B) — …"; not "Options: (A) shelter, (B) lawyer", "Plan (B)".)
  for (let i = 0; i < tokens.length; i++) {
    if (hit[i] || !signs.has(tokens[i].text)) continue;
    if (speakers.has(tokens[i].text) && !(text.charCodeAt(tokens[i].end) === 0x3a && TURN_START_BEFORE.test(text.slice(Math.max(0, tokens[i].start - 16), tokens[i].start)))) continue;
    if ((tokens[i].text.length === 1 || listed.has(tokens[i].text)) && !(text.charCodeAt(tokens[i].start - 1) === 0x28 && text.charCodeAt(tokens[i].end) === 0x29 && LOG_SIGN_BEFORE.test(text.slice(Math.max(0, tokens[i].start - 16), tokens[i].start - 1)))) continue;
    hit[i] = { rule: 'person.initials', confidence: 0.6 };
  }
}
/** The first letters of the found words from..to, a space between each, or null. */
function initialsOfName(scan: PersonScan, from: number, to: number): string | null {
  let letters = '';
  for (let k = from; k <= to; k++) {
    if (!scan.hit[k] || !scan.tokens[k].capitalised || (k > from && scan.between(scan.tokens[k - 1], scan.tokens[k]) !== ' ')) return null;
    letters += scan.tokens[k].text[0];
  }
  return letters;
}
/**
 * One initial standing for a woman in the middle of prose, as notes shorten the names of those they protect: before a word
 * in lower case ("talk to F. tomorrow", "передала Д. на утро", "R. describes"), before a bracket that describes her ("K.
 * (Lithuanian, the tall one) says", "A. (Anisa, 23, from Kukës)"), defined ("D. = Daryna"), after a person's word
 * ("консультант Д., 13.06"), signing a message ("Thanks, M."), or listed beside a name or another such initial ("R., G.,
 * Lauryna"). Not a letter after a capitalised word (a name's own initial or an abbreviation, read elsewhere) or after a word
 * that labels things by letters ("block C. then", "vitamin D. she"), nor one of two initials ("A. B.").
 */
function markInitialsInProse(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  if (!ONE_INITIAL_ANYWHERE.test(text)) return;
  const initial = (i: number): boolean => {
    const t = tokens[i];
    return t !== undefined && ONE_INITIAL_LETTERS.test(t.text) && text.charCodeAt(t.end) === 0x2e;
  };
  const candidates: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // (One read so far only by its shape, "Yu" as a word no list knows, is asked again here: a place's rules would drop it.)
    if ((hit[i] && !SHAPE_RULES.has(hit[i]!.rule)) || !initial(i)) continue;
    const t = tokens[i];
    const prev = tokens[i - 1];
    const gap = prev === undefined ? '' : scan.between(prev, t);
    const cue = prev !== undefined && /^:? $/.test(gap) && (scan.titlesAndCues.has(prev.lower) || FORM_LABELS.has(prev.lower) || WOMAN_LABELS.has(prev.lower));
    // (Nor after an abbreviation, "Vit. D.", "Fig. A.".)
    if (prev !== undefined && !cue && (gap === '' || gap === '.' || /\d[^\S\n]*$/.test(gap) || (gap === '. ' && LETTERED_ABBREVIATIONS.has(prev.lower)) || (gap === ' ' && (LETTER_LABELS.has(prev.lower) || (prev.capitalised && !openingVerb(scan, i - 1)))))) continue;
    const after = text.slice(t.end + 1, t.end + 100);
    if (/^[^\S\n]?\p{Lu}\./u.test(after)) continue;
    candidates.push(i);
    const lower = LOWER_WORD_AFTER.exec(after);
    // (A bracket right after a lone initial says who she is, whatever it holds: "K. (Lithuanian, the tall one) says",
    // "R. ("Roza"), 29", "M. (administrator, has worked there for years)"; letters that label things were left out above.)
    const described = BRACKET_AFTER.test(after);
    // (Or opening a sentence before what describes her: "L., a citizen of Russia, did not", "Д., 19 лет, ушла".)
    const apposed = SENTENCE_OR_LINE_BEFORE.test(text.slice(Math.max(0, t.start - 3), t.start)) && APPOSITION_AFTER_INITIAL.test(after);
    const signed = SIGNING_INITIAL_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start)) && SIGN_OFF_AFTER.test(after);
    // (Or alone in a bracket with her age after her code: "IK-0244 (A., 19)"; not "Table 2 (N., 45)".)
    const aged = text.charCodeAt(t.start - 1) === 0x28 && AGE_IN_BRACKET_AFTER.test(after) && CODE_BEFORE_BRACKET.test(text.slice(Math.max(0, t.start - 16), t.start));
    // (Or alone in a table's cell with her age: "| TAS-PE-0147 | M., 24 | Art. 190 fine |".)
    const celled = /\|[^\S\n]*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && AGE_IN_CELL_AFTER.test(after);
    if (aged || celled || (lower !== null && !NOT_AFTER_INITIAL.has(lower[1]) && !enumerated(text, t)) || described || DEFINED_AFTER.test(after) || signed || apposed || (cue && CUED_INITIAL_AFTER.test(after))) hit[i] = { rule: 'person.initials', confidence: 0.5 };
  }
  // (Then those listed beside a name or another initial found so: one pass each way carries a list from a name at either
  // end, "R., G., Lauryna", "Lauryna, R., G.", "Gozel and O.".)
  const listed = (i: number, k: number): boolean => {
    if (i > k) return hit[k] !== null && hit[k] !== undefined && LISTED_BEFORE_INITIAL.test(scan.between(tokens[k], tokens[i]));
    return hit[k] !== null && hit[k] !== undefined && LISTED_AFTER_INITIAL.test(scan.between(tokens[i], tokens[k]));
  };
  const joined = (i: number, step: 1 | -1): boolean => {
    const k = i + step;
    if (k < 0 || k >= tokens.length) return false;
    if (listed(i, k)) return true;
    // (Or with "and" or "и" between, a word of its own.)
    const far = i + 2 * step;
    const link = tokens[k];
    if (far < 0 || far >= tokens.length || !AND_WORDS.has(link.lower) || !hit[far]) return false;
    return step === 1 ? /^\. $/.test(scan.between(tokens[i], link)) && scan.between(link, tokens[far]) === ' ' : scan.between(tokens[far], link) === (initial(far) ? '. ' : ' ') && scan.between(link, tokens[i]) === ' ';
  };
  for (const order of [candidates, [...candidates].reverse()]) {
    for (const i of order) if (hit[i]?.rule !== 'person.initials' && (joined(i, -1) || joined(i, 1))) hit[i] = { rule: 'person.initials', confidence: 0.5 };
  }
}
/** Abbreviations written before a letter that numbers a thing: "Vit. D.", "Fig. A.", "рис. Б.". */
const LETTERED_ABBREVIATIONS = new Set(['vit', 'fig', 'figs', 'tab', 'abb', 'app', 'art', 'sec', 'ch', 'pt', 'vol', 'ex', 'cf', 'annex', 'рис', 'табл', 'прил', 'гл', 'вит', 'разд', 'ст']);
const AND_WORDS = new Set(['and', 'и', 'і', 'și', 'si', 'i']);
/**
 * A letter among the letters that number a list's items, each before its item in lower case: "A. leave, B. stay, C. go",
 * "Варианты: А. уехать, Б. остаться" (not initials listed, "A. M., D. Kh., G. N.").
 */
function enumerated(text: string, t: Token): boolean {
  const code = t.text.charCodeAt(0);
  if (t.text.length !== 1) return false;
  const near = text.slice(Math.max(0, t.start - 160), t.end + 160);
  for (const m of near.matchAll(LIST_LETTER)) {
    const c = m[1].charCodeAt(0);
    if (c === code + 1 || c === code - 1) return true;
  }
  return false;
}
/** A list's letter: "B. остаться", "c) leave". */
const LIST_LETTER = /(?<![\p{L}\d.])(\p{L})[.)](?=[^\S\n]\p{Ll})/gu;
/** A word of the dictionary capitalised only because it opens the sentence: "Met O. and Gozel". */
function openingVerb(scan: PersonScan, k: number): boolean {
  const t = scan.tokens[k];
  return scan.lexicon(k).ordinary && !scan.lexicon(k).given && !scan.titlesAndCues.has(t.lower) && !LETTER_LABELS.has(t.lower) && SENTENCE_OR_LINE_BEFORE.test(scan.text.slice(Math.max(0, t.start - 3), t.start));
}
/** The words a report labels the woman with before her initial: "Woman: K., trans woman from Tbilisi". */
const WOMAN_LABELS = new Set(['woman', 'women', 'girl', 'victim', 'survivor', 'interviewee', 'caller', 'женщина', 'женщины', 'девушка', 'пострадавшая', 'заявительница']);
const ONE_INITIAL_ANYWHERE = /(?<![\p{L}\d.])\p{Lu}\p{Ll}?\.(?![\p{L}\d])/u;
const LOWER_WORD_AFTER = /^[^\S\n](\p{Ll}[\p{Ll}'’-]+)(?![\p{L}\d])/u;
const BRACKET_AFTER = /^[^\S\n]\([^()\n]{1,60}\)/u;
const DEFINED_AFTER = /^[^\S\n]?=[^\S\n]/;
const AGE_IN_CELL_AFTER = /^,[^\S\n](?:1[4-9]|[2-7]\d)[^\S\n]*\|/u;
const CODE_BEFORE_BRACKET = /\p{Lu}{1,5}-\d{2,6}[^\S\n]\($/u;
const AGE_IN_BRACKET_AFTER = /^,[^\S\n](?:1[4-9]|[2-7]\d)(?:\)|,|[^\S\n](?:y\.o\.|years|лет|года?)(?![\p{L}\d]))/u;
const APPOSITION_AFTER_INITIAL = /^,[^\S\n](?:a|an|her|his|who|aged|котор\p{Ll}+|\d{1,2}(?:,|[^\S\n](?:лет|года?|y\.o\.|years)))(?![\p{L}\d])/u;
const SIGNING_INITIAL_BEFORE = /(?:^|[^\p{L}])(?:[Tt]hanks|[Tt]hank you|[Bb]est|[Rr]egards|[Cc]heers|[Ll]ove|[Сс]пасибо|[Сс] уважением|[Цц]елую|[Оо]бнимаю)[,!]?\s+$/u;
const SIGN_OFF_AFTER = /^(?:!?[^\S\n]*(?:\n|$|--|—)|!?["»”])/u;
const CUED_INITIAL_AFTER = /^(?:[,;)]|[^\S\n]*(?:\n|$)|[^\S\n](?:\d|\())/u;
const LISTED_BEFORE_INITIAL = /^\.?(?:, | & )$/u;
const LISTED_AFTER_INITIAL = /^\.(?:, | & )$/u;
/** Words that label things by a letter, so that the letter after them is no initial: "block C.", "hepatitis B.", "план Б.". */
const LETTER_LABELS = new Set(['block', 'room', 'plan', 'vitamin', 'hepatitis', 'type', 'group', 'class', 'category', 'section', 'sector', 'part', 'annex', 'appendix', 'form', 'size', 'grade', 'level', 'option', 'variant', 'row', 'zone', 'gate', 'wing', 'entrance', 'building', 'flat', 'apartment', 'unit', 'tower', 'corpus', 'korpus', 'litera', 'point', 'item', 'list', 'schedule', 'exhibit', 'model', 'blood', 'step', 'stage', 'phase', 'answer', 'question', 'options', 'omega', 'rating', 'scenario', 'figure', 'table', 'chart', 'этап', 'фаза', 'шаг', 'ответ', 'вопрос', 'вариант', 'корпус', 'корп', 'литера', 'лит', 'блок', 'гепатит', 'гепатита', 'витамин', 'тип', 'группа', 'группы', 'категория', 'категории', 'класс', 'класса', 'план', 'пункт', 'часть', 'приложение', 'форма', 'формы', 'сектор', 'ряд', 'зона', 'подъезд', 'строение', 'стр']);
/** Lower-case words that follow a letter which is no one's: a Latin species' name ("E. coli") or a part of a date or sum. */
const NOT_AFTER_INITIAL = new Set(['coli', 'aureus', 'diff', 'difficile', 'pneumoniae', 'vaginalis', 'trachomatis', 'pallidum', 'albicans', 'gonorrhoeae', 'genitalium', 'hominis', 'urealyticum', 'parvum', 'pylori', 'tuberculosis', 'aeruginosa', 'pyogenes', 'agalactiae', 'glabrata', 'burgdorferi', 'typhi', 'epidermidis']);

/**
 * Two letters that name a country of the region, a union or a document rather than a person: "KZ", "EU", "UN", "ID", "OK",
 * "РФ". (Farther countries' letters, "AE", "IL", "ES", "IN", may be a team's initials: only a log's tags leave them out.)
 */
const COUNTRY_AND_BODY_LETTERS =
  'ID OK UN EU US UK TV PR KZ KG UZ TJ TM RU UA BY MD GE AZ TR DE PL CZ SK HU RO BG RS HR SI MK LT LV EE AT РФ РК КР ЕС'.split(' ');

/**
 * Initials that sign a log's entries, opening two lines or more before a date and a dash: "YP 03.04 — Met Lyaila at the bus
 * station", "YP 15.04 — side effects". Not a country's or an abbreviation's letters ("KZ 12.03 — …").
 */
function markInitialsSigningLines(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  if (!text.includes('\n')) return;
  const lines = [...text.matchAll(LINE_SIGN)];
  const counts = new Map<string, number>();
  for (const m of lines) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  for (const m of lines) {
    // (A day and a month, "03.04", not a sum, "EUR 50.00"; not a drug's, an office's or a currency's letters, "PEP 03.04 —".)
    if ((counts.get(m[1]) ?? 0) < 2 || NOT_TEAM_INITIALS.has(m[1]) || NOT_SIGNING_INITIALS.has(m[1]) || Number(m[2]) < 1 || Number(m[2]) > 31 || Number(m[3]) < 1 || Number(m[3]) > 12) continue;
    const k = tokenStartingAt(tokens, m.index + m[0].indexOf(m[1]));
    if (k >= 0) hit[k] ??= { rule: 'person.initials', confidence: 0.6 };
  }
}
/**
 * A team's two capitals where a shift's log names who wrote or handed over: closing two paragraphs or more in a bracket ("…
 * Left. (TB)"), after an entry's date ("08.04 (SB): wants to report"), around a handover's arrow ("14.04 — SB → IT") or alone
 * on a signing line ("— SB"); then the same letters wherever they stand alone ("translated by IT)").
 */
function markTeamTags(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  if (!text.includes('\n')) return;
  const tags = new Set<string>();
  const closing = text.includes('(') ? [...text.matchAll(PARAGRAPH_TAG)] : [];
  if (closing.length >= 2) for (const m of closing) tags.add(m[1]);
  for (const m of text.includes('(') ? text.matchAll(DATED_TAG) : []) tags.add(m[1]);
  for (const m of text.includes('→') || text.includes('->') ? text.matchAll(HANDOVER_TAG) : []) {
    tags.add(m[1]);
    if (m[2] !== undefined) tags.add(m[2]);
  }
  let signed = false;
  for (const m of SIGNING_TAG_TEST.test(text) ? text.matchAll(SIGNING_TAG) : []) {
    tags.add(m[1]);
    signed ||= !NOT_TAG_INITIALS.has(m[1]);
  }
  // (Not a country's, a language's, a channel's or a note's letters: "09.04 (KZ):", "12.03 — UZ → KR", "…». (RU)", "08.04
  // (ВК):", "— ОК".)
  for (const tag of tags) if (NOT_TAG_INITIALS.has(tag)) tags.delete(tag);
  // (Letters that are a subject's too, "IT", "TB", only beside a team's other letters in the same log, "(SB)", or alone on a
  // signing line, "— TB".)
  if (!signed && [...tags].every((tag) => SHARED_TAG_INITIALS.has(tag))) return;
  // (Not inside a word joined by a hyphen: "ВК-группу".)
  for (let i = 0; i < tokens.length; i++) {
    if (!hit[i] && tags.has(tokens[i].text) && text.charCodeAt(tokens[i].start - 1) !== 0x2d && text.charCodeAt(tokens[i].end) !== 0x2d) hit[i] = { rule: 'person.initials', confidence: 0.6 };
  }
}
const TAG_DATE = String.raw`\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?`;
const PARAGRAPH_TAG = /(?<=[.!?…»"”][^\S\n]{0,2})\((\p{Lu}{2})\)(?=[^\S\n]*(?:\n|$))/gu;
const DATED_TAG = new RegExp(String.raw`(?:^|\n)[^\S\n]*${TAG_DATE}[^\S\n]*\((\p{Lu}{2})\)(?::|[^\S\n][—–-][^\S\n])`, 'gu');
const HANDOVER_TAG = new RegExp(String.raw`(?:^|\n)[^\S\n]*${TAG_DATE}[^\S\n]*(?:[—–-]|:)[^\S\n]*(\p{Lu}{2})[^\S\n]*(?:→|->)[^\S\n]*(?:(\p{Lu}{2})(?![\p{L}\d])|\p{Ll}+)[^\S\n]*(?=\n|$)`, 'gu');
// (A signing line closes its entry: a blank line or the text's end after it, not a dash's list of items.)
const SIGNING_TAG_TEST = /\n[^\S\n]*[—–][^\S\n]*\p{Lu}{2}[^\S\n]*(?:\n[^\S\n]*\n|\n?$)/u;
const SIGNING_TAG = /\n[^\S\n]*[—–][^\S\n]*(\p{Lu}{2})[^\S\n]*(?=\n[^\S\n]*\n|\n?$)/gu;
// (Not the letters of a document, a body, a country, a language, a channel or a note: "(ID)", "— OK", "(UN)", "(KZ)", "(RU)",
// "(TG)", "PS".)
const NOT_TAG_INITIALS = new Set([
  ...COUNTRY_AND_BODY_LETTERS,
  ...'AE KR CN IL CY GR FR ES NL BE CH SE NO FI DK MN JP IN GB IR AF PK NB PS AM PM HQ EN TG WA FB IG VK ВК ТГ ОК ВИ'.split(' '),
]);
/** Letters a log may tag a subject with too ("IT", "TB"): a team's only beside other letters of its team. */
const SHARED_TAG_INITIALS = new Set(['IT', 'TB']);

/**
 * A name after the word a Vietnamese speaker addresses a person by, as notes keep it: "chị Loan", "anh Dũng", "bà Nga"; a
 * short capitalised word, no place's and no word of the dictionaries or the lists ("anh Taxi", "anh Honda", "anh Grab").
 */
function markVietnameseAddressed(scan: PersonScan): void {
  const { tokens, hit } = scan;
  if (!VIETNAMESE_ADDRESS_TEST.test(scan.text)) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!VIETNAMESE_ADDRESS.has(tokens[i].text) || !next.capitalised || next.text.length > 7 || scan.between(tokens[i], next) !== ' ' || scan.isPlace(next.lower) || scan.calendar(next)) continue;
    const lex = scan.lexicon(i + 1);
    if ((lex.ordinary || lex.notName) && !lex.given && !VIETNAMESE_GIVEN.has(foldDiacritics(next.lower))) continue;
    hit[i + 1] ??= { rule: 'person.vietnamese', confidence: 0.65 };
  }
}
const VIETNAMESE_ADDRESS_TEST = /(?:chị|anh|bà|ông|cô|chú|bác|dì) \p{Lu}/u;
const VIETNAMESE_ADDRESS = new Set(['chị', 'anh', 'bà', 'ông', 'cô', 'chú', 'bác', 'dì']);
/** Vietnamese given names that are words of English too (Loan, Long, Hung, Lan), without their marks. */
const VIETNAMESE_GIVEN = new Set('loan long hung lan mai hoa nam son tam thu van binh linh minh hai ha an vy my ngoc trang huong thao dung tuan hieu phuong hanh nga hong cuong duc thanh trung quang kim yen nhung hang lien tien'.split(' '));

const LINE_SIGN = /(?:^|\n)[^\S\n]*(\p{Lu}{2,3})[^\S\n]+(\d{1,2})\.(\d{1,2})(?:\.\d{2,4})?[^\S\n]*[—–-][^\S\n]/gu;
const NOT_SIGNING_INITIALS = new Set(
  'EUR USD GBP CHF RUB KZT KGS UZS TJS GEL AMD AZN TRY PLN CZK HUF RON BGN MDL UAH SEK NOK DKK PEP PREP ART OST HCV HBV STI STD GP SMS PM AM ER ICU PCR ОВД ИВС УВД ГУВД РОВД ДТП СМС ЦСМ МВД ПДН СПИД ВИЧ РУБ'.split(' '),
);

const FILE_NAME_INITIAL = /^_\p{Lu}{1,2}(?=[_./\\]|$)/u;
const BRACKETED_CAPITALS_TEST = /\(\p{Lu}{1,3}\)/u;
const INTERVIEWER_INITIALS_SOURCE = String.raw`(?<![\p{L}])(?:[Ii]nterviewer|INTERVIEWER|[Mm]oderator|[Ii]nterviewed by):[^\S\n]*([A-Z]{2})(?=[^\S\n]*(?:[.,;)]|\n|$))`;
/** A transcript's turn opens here: a line's start, maybe after its time in brackets, "[00:00:12] ". */
const TURN_START_BEFORE = /(?:^|\n)[^\S\n]*(?:\[[\d:.,\s]{4,12}\][^\S\n]*|\d{1,2}:\d{2}(?::\d{2})?[^\S\n]+)?$/u;
const INTERVIEWER_INITIALS_TEST = new RegExp(INTERVIEWER_INITIALS_SOURCE, 'u');
const INTERVIEWER_INITIALS = new RegExp(INTERVIEWER_INITIALS_SOURCE, 'gu');
const INITIALS_IN_CAPITALS = /^\p{Lu}{1,3}$/u;
// (The operator's or the team's word may stand before a list of them: "Operators: Blerta (B), Kushtrim (K)"; or who wrote a
// log's entries: "Entries by Zuzana (ZK) and Peter (PH)".)
const OPERATOR_BEFORE = /(?:operator|оператор|consultant|консультант|оп\.|workers|staff|team|interviewers|volunteers|outreach|сотрудники|аутрич|волонт[её]ры|(?:entries|entry|notes?|written|filled|signed|recorded|logged)[^\S\n]+by|записал|заполнил|вели)\p{Ll}*[:\s]*(?:\p{Lu}\p{Ll}+(?:[^\S\n]\p{Lu}\.)?[^\S\n]\(\p{Lu}{1,3}\),?[^\S\n]*(?:(?:and|и)[^\S\n]+)?)*$/iu;
const LOG_SIGN_BEFORE = /(?:^|\n|\d{1,2}[:.]\d{2}|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|(?<![\p{L}])(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Пн|Вт|Ср|Чт|Пт|Сб|Вс)\.?)[^\S\n]*$/u;
// (Abbreviations and countries' letters a team's list may hold instead of its members: "Team: KZ, UZ", "Staff: MD, RN".)
/** Two capitals without stops that are no one's initials after a note's or a writer's word: "Note (KG)", "translated by UN", "Notes by AI". */
const NOT_INITIALS_UNDOTTED = new Set([...NOT_TAG_INITIALS, ...'IT TB AI HR QA ML NA OO'.split(' ')]);
const NOT_TEAM_INITIALS = new Set([...COUNTRY_AND_BODY_LETTERS, ...'USA AM IT HIV TB STI NGO CEO RN MVD МВД ВИЧ НКО ООН'.split(' ')]);
const TEAM_WORD_TEST = /(?:workers|operators|staff|team|interviewers|volunteers|outreach|сотрудники|операторы|аутрич|волонт[её]ры):/iu;
const TEAM_INITIALS = /(?<![\p{L}])(?:[Ww]orkers|[Oo]perators|[Ss]taff|[Tt]eam|[Ii]nterviewers|[Vv]olunteers|[Oo]utreach(?:[^\S\n]workers)?|[Сс]отрудники|[Оо]ператоры|[Аа]утрич|[Вв]олонт[её]ры):[^\S\n]+(\p{Lu}{2,3}(?:,[^\S\n]*\p{Lu}{2,3})+)(?=[^\S\n]*(?:\n|$|[.;]))/gu;

/**
 * How Russian court papers anonymise a victim or a witness: one Cyrillic initial, "потерпевшую Н.", "требовал от Ж. 200 000
 * тенге", or three, "потерпевшей К.Н.А."; the prose goes on in lower case after it. One initial only where a person's noun
 * stands right before it, another initial is joined to it by "и", or the same initial stands so twice.
 */
function markCourtInitials(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  if (!COURT_INITIAL_TEST.test(text)) return;
  const found = [...text.matchAll(COURT_INITIAL)];
  const counts = new Map<string, number>();
  for (const m of found) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  for (const m of found) {
    const k = tokenStartingAt(tokens, m.index);
    if (k < 0 || hit[k]) continue;
    // (Not the label of a form's name field, "Ф.И.О.:", nor the abbreviations written so.)
    if (NOT_COURT_INITIALS.has(m[0])) continue;
    const three = m[0].length > 2;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (three || (counts.get(m[0]) ?? 0) >= 2 || COURT_PERSON_BEFORE.test(before) || /^ и \p{Lu}\./u.test(text.slice(m.index + 2, m.index + 7)) || /\p{Lu}\. и $/u.test(before)) {
      for (let j = k; j < tokens.length && tokens[j].start < m.index + m[0].length; j++) hit[j] ??= { rule: 'person.initials', confidence: 0.6 };
    }
  }
}
const NOT_COURT_INITIALS = new Set(['Ф.И.О.', 'С.Ш.А.', 'Т.Е.', 'Т.К.', 'Т.Д.', 'Т.П.']);
const COURT_INITIAL_TEST = /(?<![\p{L}.])[А-ЯЁ]\.(?:[А-ЯЁ]\.[А-ЯЁ]\.)?(?=[,;:)]|\s+[а-яё\d])/u;
const COURT_INITIAL = /(?<![\p{L}.])[А-ЯЁ]\.(?:[А-ЯЁ]\.[А-ЯЁ]\.)?(?=[,;:)]|\s+[а-яё\d])/gu;
const COURT_PERSON_BEFORE = /(?<![\p{L}])(?:потерпевш|свидетел|гражданк|гражданин|знаком|подсудим|осужденн|осуждённ|обвиняем|подозреваем|заявител|сожител|сестр|подруг|дочер|матер)\p{Ll}*[^\S\n]$/u;

// (ONE_INITIAL is run only where one of its contexts' signs stands: a numbered item, "'s", "by" or "from", "со слов" or
// "according to" whose words she told, a line ending in an initial, her age after it: "— R., 23, Tbilisi"; the text's last
// word, its writer's signature, "I will scan them tomorrow. T."; alone in a
// bracket or joined to another by "+", as a team's notes sign: "(Ж.)", "(Дж. + А.)".)
const ONE_INITIAL_CONTEXT = new RegExp(String.raw`(?:[.!?][^\S\n]+|\n[^\S\n]*)\p{Lu}\.\s*$|(?:[Cc]lient|[Кк]лиентк[аиуе]|[Rr]espondent)[^\S\n]\p{Lu}\.[,;)\s]|\n[^\S\n]*\d{1,2}[.)][^\S\n]+\p{Lu}\.|^[^\S\n]*\d{1,2}[.)][^\S\n]+\p{Lu}\.|\p{Lu}\.['’]s|(?:by|from|[Сс]о слов|[Пп]о словам|[Aa]ccording to)[^\S\n]\p{Lu}\.|[—–:][^\S\n]\p{Lu}\.[^\S\n]*(?:\n|$)|(?:\p{Lu}|${DIGRAPHS})\.,[^\S\n]\d{1,2}(?:,|[^\S\n](?:лет|года?|years?))|\((?:\p{Lu}|Дж)\.[)+ ]|\+[^\S\n]?(?:\p{Lu}|Дж)\.`, 'u');
const INITIAL_AT_END = new RegExp(String.raw`(?:${DIGRAPHS}|\p{Lu})\.$`, 'u');
/**
 * One initial (its letter and full stop end each match): see markInitialsAlone; or alone at its line's end after a label's
 * dash or colon, "Координатор — Ю.".
 */
const ONE_INITIAL =
  new RegExp(String.raw`(?:^|\n)[^\S\n]*\d{1,2}[.)][^\S\n]+\p{Lu}\.(?=[^\S\n]?(?:\(|—|–|,))|(?<=[—–:][^\S\n])\p{Lu}\.(?=[^\S\n]*(?:\n|$))|(?<![\p{L}\d.])\p{Lu}\.(?=['’]s[^\S\n])|(?<=(?:^|[^\p{L}])(?:by|from)[^\S\n])\p{Lu}\.(?=[^\S\n](?:on|at|in|and|to|for)[^\S\n])|(?<=[.!?][^\S\n]+|\n[^\S\n]*)\p{Lu}\.(?=\s*$)|(?<=(?:^|[^\p{L}])(?:[Cc]lient|[Кк]лиентк[аиуе]|[Rr]espondent)[^\S\n])\p{Lu}\.(?=[,;)]|[^\S\n][—–-])|(?<=(?:^|[^\p{L}])(?:[Сс]о слов|[Пп]о словам|[Aa]ccording to)[^\S\n])\p{Lu}\.(?=[,;)]|[^\S\n]\p{Ll})|(?<![\p{L}\d.])(?:\p{Lu}|${DIGRAPHS})\.(?=,[^\S\n]\d{1,2}(?:,|[^\S\n](?:лет|года?|years?)))|(?<=\()(?:\p{Lu}|Дж)\.(?=\)|[^\S\n]?\+)|(?<=\+[^\S\n]?)(?:\p{Lu}|Дж)\.(?=[)\s,])`, 'gu');
// (Or three or four written close, as Romanian courts anonymise the injured: "A.M.D.", "D.O.L."; not "A. B. C." of a list.)
const TWO_INITIALS_SOURCE = String.raw`(?:\p{Lu}\.){2,3}\p{Lu}\.|(?:\p{Lu}|${DIGRAPHS})\.[^\S\n]?(?:\p{Lu}|${DIGRAPHS})\.`;
const TWO_INITIALS = new RegExp(TWO_INITIALS_SOURCE, 'u');
const TWO_INITIALS_ALL = new RegExp(TWO_INITIALS_SOURCE, 'gu');
const CAPITAL_AFTER = /^[^\S\n]?\p{Lu}/u;
/** Abbreviations written as two capitals with full stops, which no one is called. */
const NAME_LABEL_BEFORE = /(?:[Cc]lient|[Nn]ame|[Rr]espondent|[Aa]pplicant|[Vv]ictim|[Кк]лиент\p{Ll}{0,2}|ФИО|[Пп]отерпевш\p{Ll}{2})[^\S\n]*:[^\S\n]*$/u;
const INJURED_BEFORE = /(?:injured(?:[^\S\n]+(?:person|party))?|victim|witness|defendant|minor|statements?[^\S\n]+of|persoana[^\S\n]+vătămată|vătămat\p{Ll}*|потерпевш\p{Ll}*|свидетел\p{Ll}*|обвиняем\p{Ll}*|несовершеннолетн\p{Ll}*|\|)[^\S\n]*:?[^\S\n]*$/iu;
const INITIALS_LISTED_BESIDE = /(?:\p{Lu}\.){2,4},?[^\S\n](?:and[^\S\n]|и[^\S\n])?$/u;
const INITIALS_LISTED_AFTER = /^,?[^\S\n](?:and[^\S\n]|и[^\S\n])?(?:\p{Lu}\.){2}/u;
const PERSON_LABEL_BEFORE = /(?:[Cc]lient|[Pp]atient|[Nn]ame|[Ww]om[ae]n|[Кк]лиентк\p{Ll}|[Пп]ациентк\p{Ll}|[Жж]енщин\p{Ll})[^\S\n]*:?[^\S\n]*$/u;
const QUOTED_NAME_IN_BRACKET_AFTER = /^[^\S\n]\(["«“']\p{Lu}/u;
const PERSON_VERB_AFTER = /^[^\S\n](?:is|was|has|had|says|said|told|asked|wants|went|came|called)(?![\p{L}])/u;
const NOT_INITIALS = new Set('Ф.И.О. K.G.B. F.B.I. I.O.M. S.B.U. O.S.C.E. P.O.W. T.B.C. R.G.N.R. U.S.A. U.S.S.R. С.С.С.Р. D.O.B. N.G.O. A.S.A.P. N.K.V.D. Н.К.В.Д. D.N.A. R.I.P. P.T.O. S.R.L. S.R.O. P.P.S. U.S. U.K. U.N. E.U. P.S. N.B. I.D. A.M. P.M. D.C. L.A. B.C. A.D. T.V. O.K. I.E. E.G. С.Ш. Т.Е. Т.К. Т.Д. Т.П. Н.Э. П.С. Ч.П.'.split(' '));

const PEOPLE_LIST_LABELS = new Set(['girls', 'women', 'team', 'crew', 'present', 'participants', 'девочки', 'девушки', 'женщины', 'присутствовали', 'выезжали', 'участники', 'команда']);
const PEOPLE_LIST_LABEL_WORD = /girls|women|team|crew|present|participants|девочки|девушки|женщины|присутствовали|выезжали|участники|команда/i;
const LIST_ITEM_BEFORE = /^(?:[^\S\n]?:[^\S\n]?|,[^\S\n]|[^\S\n](?:и|and|&|\+)[^\S\n]|[^\S\n]?\+[^\S\n]?)["«“„]?$/u;
const LIST_ITEM_AFTER = /^["»”“]?(?:,|[^\S\n](?:и|and|&|\+)[^\S\n]|[^\S\n]?\+|[^\S\n]?\(|\.(?!\p{L})|[^\S\n]*(?:\n|$))/u;
const LIST_WORDS = PERSON_WORDS.listWords;
const WRITERS = PERSON_WORDS.selfWords;

const ORDINALS = PERSON_WORDS.ordinals;
function markBeforeSurnameUnknown(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  // (One look for the words in the whole text first: most narratives have neither.)
  if (!SURNAME_WORD.test(text)) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (hit[i] || !t.capitalised || t.text.length < 2 || !/^["»”']?[, ]/.test(text.slice(t.end, t.end + 2))) continue;
    // (Nor a town after its preposition: "новенькая из Чуста, имени не сказала".)
    if (!SURNAME_UNKNOWN.test(text.slice(t.end, t.end + 34)) || scan.titlesAndCues.has(t.lower) || scan.isPlace(t.lower) || ORDINALS.has(t.lower) || (i > 0 && PLACE_BEFORE.has(tokens[i - 1].lower))) continue;
    hit[i] = { rule: 'person.cue', confidence: 0.7 };
  }
}

/**
 * The name read off a uniform, a badge or a name tag, or said to be the real one: "whose tag reads Kiss", "his name on the
 * uniform was ΓΕΩΡΓΙΟΥ", "фамилия на нашивке листопад", "snezhka (real name sandugash". The word right after, in any case
 * and even a word of the dictionary, and a capitalised word after it that no dictionary has.
 */
const NAME_TAG =
  /(?:(?:real|true|full|passport)\s+name(?:\s+is)?|(?:настоящее|реальное|полное)\s+имя|(?:name\s?tag|tag|badge|uniform|name\s?plate)\s+(?:reads?|said|says|showed|shows)|name\s+on\s+(?:(?:his|her|the)\s+)?(?:tag|badge|uniform|vest|chest|ticket|fine|receipt|protocol|report|card|paper)(?:\s+(?:was|is|reads?|said)|\s*:)|(?:^|[^\p{L}])(?:нашивк[еаи]|бейдж\p{Ll}{0,3})(?:\s+(?:было|написано|стоит|стояло))?)\s*:?\s*["«“„']?$/iu;
const NAME_TAG_WORD = /tag|badge|uniform|plate|нашивк|бейдж|name|имя/i;
// (Or "his name is", or "surname" right before, capitalised: not "her name is written"; "the sergeant, surname Lapin".)
const NAME_TAG_BARE = /(?:name\s+on\s+(?:(?:his|her|the)\s+)?(?:tag|badge|uniform|vest|chest|name\s?tag)|(?:his|her|their)\s+name\s+(?:is|was)|(?<![\p{L}])(?:surname|фамилия|фамилию))\s+$/iu;
const NOT_ON_TAG = PERSON_WORDS.notOnTag;
/** The words NAME_TAG and NAME_TAG_BARE end with (and бейдж in its cases): only after one are the patterns tried. */
const NAME_TAG_LAST_WORDS = new Set(
  'name is имя tag nametag badge uniform plate nameplate reads read said says showed shows vest chest ticket fine receipt protocol report card paper was нашивке нашивка нашивки было написано стоит стояло surname фамилия фамилию'.split(' '),
);
function markAfterNameTag(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  // (One look for the words in the whole text first: most narratives have none.)
  if (!NAME_TAG_WORD.test(text)) return;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    // (Not a verb in lower case before its colon, "фамилию на нашивке запомнила: Kask": the name comes after.)
    // (Nor a title before the name, "badge said Dr. J. Liepa": see markSurnamesAfterCuedInitial.)
    if (hit[i] || /\d/.test(t.text) || NOT_ON_TAG.has(t.lower) || scan.titlesAndCues.has(t.lower) || t.start - tokens[i - 1].end > 4 || (!t.capitalised && text.charCodeAt(t.end) === 0x3a)) continue;
    const last = tokens[i - 1].lower;
    if (!NAME_TAG_LAST_WORDS.has(last) && !last.startsWith('бейдж')) continue;
    const before = text.slice(Math.max(0, t.start - 48), t.start);
    // (Without "was" or a colon, "name on his tag Moroz", only a capitalised word.)
    if (!NAME_TAG.test(before) && !(t.capitalised && NAME_TAG_BARE.test(before))) continue;
    hit[i] = { rule: 'person.cue', confidence: 0.7 };
    const next = tokens[i + 1];
    if (next !== undefined && next.capitalised && scan.between(t, next) === ' ' && !scan.lexicon(i + 1).ordinary && !scan.isPlace(next.lower)) hit[i + 1] ??= { rule: 'person.cue', confidence: 0.7 };
  }
  // (Or a word in capitals after a colon that closes a sentence about a name tag: "She read the name tag of the one who hit
  // her: BĂLAN.")
  for (const m of text.matchAll(NAME_TAG_COLON)) {
    const k = tokenStartingAt(tokens, m.index + m[0].length - m[1].length);
    if (k >= 0 && !NOT_ON_TAG.has(tokens[k].lower) && !scan.isPlace(tokens[k].lower)) hit[k] ??= { rule: 'person.cue', confidence: 0.7 };
  }
}
const NAME_TAG_COLON = /(?:name\s?tag|badge|name\s?plate|нашивк\p{Ll}*|бейдж\p{Ll}*)[^.!?\n:]{0,40}:[^\S\n]*(\p{Lu}[\p{Lu}\p{M}'-]{2,})(?![\p{L}])/gu;

/** Word k is a naming cue ("named", "called", "зовут"); "by" only after "goes" or "known" (not "paid by Kaspi"). */
function namingCue(tokens: Token[], k: number): boolean {
  const w = tokens[k].lower;
  return NAMING_CUES.has(w) && (w !== 'by' || (k > 0 && BY_NAMING.has(tokens[k - 1].lower)));
}
const BY_NAMING = new Set(['goes', 'go', 'went', 'going', 'known']);

/** Token i comes right after "звали", "зовут" or "кличут", maybe with a pronoun between and in quotes: "его звали бек", "звали его хромой". */
function calledBefore(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  // (Maybe in quotes: "все зовут её «мышка»".)
  if (prev === undefined || !(tokens[i].start - prev.end === 1 || (tokens[i].start - prev.end === 2 && OPENING_QUOTES.has(text.charCodeAt(tokens[i].start - 1))))) return false;
  if (CALLED.has(prev.lower)) return true;
  const before = tokens[i - 2];
  return before !== undefined && CALLED_PRONOUNS.has(prev.lower) && CALLED.has(before.lower) && prev.start - before.end === 1;
}
const CALLED = PERSON_WORDS.calledVerbs;
const CALLED_PRONOUNS = PERSON_WORDS.calledPronouns;
const NOT_CALLED = PERSON_WORDS.notCalled;

/** The word and the capitalised word before or after it, one space between, are a town's two-word name of the packs. */
function inTwoWordPlace(scan: PersonScan, i: number): boolean {
  const { tokens, data } = scan;
  const t = tokens[i];
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  return (prev !== undefined && prev.capitalised && scan.between(prev, t) === ' ' && data.places.has(`${prev.lower} ${t.lower}`)) || (next !== undefined && next.capitalised && scan.between(t, next) === ' ' && data.places.has(`${t.lower} ${next.lower}`));
}

/** Word i alone, with the words and quotes right around it. */
function wordHit(scan: PersonScan, i: number): Hit {
  const { text, tokens, data, casual } = scan;
  const t = tokens[i];
  const w = t.lower;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const prevWord = prev ? prev.lower : '';
  if (t.text.length < 2) return null;
  // (A title or a rank is no name, except in quotes after a naming word: "девочки называют «Майор»", called "Captain".)
  if (scan.titlesAndCues.has(w)) return t.capitalised && quotedAfterNamingCue(scan, i) ? { rule: 'person.cue', confidence: 0.7 } : null;
  // (Nor "Слава" of "Слава богу", thank God.)
  if ((w === 'слава' || w === 'slava') && THANK_GOD.test(text.slice(t.end, t.end + 9))) return null;
  // (What the word's own surroundings settle at once: see settledHit.)
  const settled = settledHit(scan, i);
  if (settled !== undefined) return settled;
  // (Nor an honorific in lower case after a name: "Gülşen abla", "Rustam aka"; capitalised it may be a name, Jan.)
  if (!t.capitalised && HONORIFICS_AFTER.has(w)) return null;
  // (Nor the British National Insurance number's short name: see detectPersons.)
  if (t.text === 'NINo') return null;
  // (Nor a code's part in capitals between hyphens before its digits: "ALA" of "KZ-ALA-2024-117".)
  if (text.charCodeAt(t.start - 1) === 0x2d && text.charCodeAt(t.end) === 0x2d && t.text === t.text.toUpperCase() && isDigitCode(text.charCodeAt(t.end + 1))) return null;
  // (Nor a word of a town's two-word name, even a given name's: "Banja Luka", "Nor Nork".)
  if (t.capitalised && inTwoWordPlace(scan, i)) return null;
  // (Two initials before a capitalised word: its surname, even a Russian word's, "юриста Д. А. Бережной"; not "U. S. Army",
  // nor the sentence after a surname and its initials, "Исмагулова Р.К. Прокурор", nor "T.C. Kimlik No".)
  if (t.capitalised && t.text.length >= 3 && !acronym(t.text) && TWO_INITIALS_RIGHT_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)) && !NAME_BEFORE_INITIALS.test(text.slice(Math.max(0, t.start - 40), t.start)) && !scan.isPlace(w) && (t.cyrillic || !scan.lexicon(i).ordinary)) return { rule: 'person.initials', confidence: 0.8 };
  // (Nor a form's or a record's label before its colon: "Суддя: Коваль Н.І.", "Witness: Yes.")
  if (text.charCodeAt(t.end) === 0x3a && (FORM_LABELS.has(w) || SPEAKER_LABELS.has(w))) return null;
  // Most words: lower case, in a narrative written with capitals, with no cue word or opening quote right before.
  // None of the rules below marks such a word, so none of them is tried (the same answers, found sooner).
  // (A nickname in lower case right after the word for one, even a word of the dictionary: "по кличке хромой", "nicknamed
  // shorty"; not a pronoun or a preposition, "кличка у него", "nickname of".)
  if (!t.capitalised && prev !== undefined && NICKNAME_NOUNS.has(prevWord) && scan.between(prev, t) === ' ' && t.text.length >= 3 && !NOT_ON_TAG.has(w) && !scan.titlesAndCues.has(w) && !PRONOUN_OR_PREPOSITION.has(w)) {
    return { rule: 'person.nickname', confidence: 0.6 };
  }
  // (A name or nickname in lower case that ends the clause after "звали", "зовут", maybe with a pronoun between, even a word of
  // the dictionary or of respect: "его звали бек.", "третьего звали его хромой,"; not "их звали домой.".)
  if (!t.capitalised && t.cyrillic && t.text.length >= 3 && calledBefore(text, tokens, i) && /^(?:$|[.,;!?)\n»"”])/.test(text.slice(t.end, t.end + 1)) && !PRONOUN_OR_PREPOSITION.has(w) && !NOT_ON_TAG.has(w) && !NOT_CALLED.has(w) && !/(?:ть|ться|ти|чь)$/.test(w) && !(w.length >= 5 && /[иые]$/.test(w) && russianLexicon().has(w))) {
    return { rule: 'person.nickname', confidence: 0.6 };
  }
  // (Her other name in a bracket or between commas after "она же", "он же" (also known as), even in lower case: "таня (она
  // же тата)", "Рустам, он же кузя, пришёл"; not the particle, "она же не знала".)
  if (prevWord === 'же' && t.text.length >= 3 && !NOT_ON_TAG.has(w)) {
    const alias = ALIAS_BEFORE.exec(text.slice(Math.max(0, t.start - 13), t.start));
    // (In a bracket closed right after it any word; between commas one no dictionary holds, "он же сказал" is the particle.)
    if (alias !== null && (alias[1] === '(' ? text.charCodeAt(t.end) === 0x29 : ALIAS_AFTER.test(text.slice(t.end, t.end + 3)) && (t.capitalised || !scan.lexicon(i).ordinary))) return { rule: 'person.alias', confidence: 0.6 };
  }
  // (A word in quotes that a bracket calls her work name, even a word of the dictionary: «Кошка» (рабочее имя).)
  if (OPENING_QUOTES.has(text.charCodeAt(t.start - 1)) && WORK_NAME_AFTER.test(text.slice(t.end, t.end + 28))) return { rule: 'person.nickname', confidence: 0.7 };
  // (A surname in lower case after a rank or a role, even a word's form: "капитан петров не отпускает".)
  if (!t.capitalised && t.cyrillic && prev !== undefined && RANKS_RU.has(prevWord) && scan.between(prev, t) === ' ' && t.text.length >= 5 && SURNAME_CYR.test(t.text) && !NOT_ON_TAG.has(w)) {
    return { rule: 'person.cue', confidence: 0.6 };
  }
  // (A short given name's case form in notes written without capitals, before a verb, "юлю забрали", or before what befalls a
  // person in the dative, even a form the dictionary has of another word: "юле удалось выйти", not a spinning top's.)
  if (casual && !t.capitalised && t.cyrillic && w.length <= 4 && i + 1 < tokens.length && tokens[i + 1].start === t.end + 1) {
    const next = tokens[i + 1].lower;
    if ((DATIVE_PREDICATES.has(next) && shortGivenForm(w, true)) || (VERB_ENDING.test(next) && shortGivenForm(w))) return { rule: 'person.gazetteer.lower', confidence: 0.6 };
  }
  // (A cue is a cue word, or "as" or a noun for a person and a comma, read by cuesBefore: "knows as gio", "the women, jeren,".)
  if (!t.capitalised && !casual && !(prev && (scan.cueBefore(prevWord) || prevWord === 'as' || APPOSITION_NOUNS.has(prevWord))) && !OPENING_QUOTES.has(text.charCodeAt(t.start - 1))) return lowerCaseNameHit(scan, i);
  // A two-letter initial of a transliteration (Ye. B. Tursynbekov) is read with the name after it, not as a name alone.
  // (Asked of two letters before a full stop only.)
  if (t.text.length === 2 && text.charCodeAt(t.end) === 0x2e && DIGRAPH_INITIAL.test(t.text) && /^\.\s?\p{Lu}/u.test(text.slice(t.end, t.end + 3))) return null;
  // A street's name written as one word with its street word (Kurfürstenstraße, Hauptstr.): a place even without a number.
  if (t.capitalised && data.address.streetEnding?.test(t.text)) return null;
  const lex = scan.lexicon(i);
  const given = lex.given || data.given.has(w) || (t.cyrillic && t.capitalised && !lex.ordinary && affectionateForm(w)) || (t.capitalised && !lex.ordinary && givenWithUzbekSuffix(w, data)) || (t.cyrillic && t.capitalised && givenWithKazakhSuffix(w, data)) || (t.cyrillic && t.capitalised && w.length <= 4 && (!sentenceStart(text, t.start) || (i + 1 < tokens.length && DATIVE_PREDICATES.has(tokens[i + 1].lower))) && shortGivenForm(w, true));
  // (A word with what only a person has after its possessive is a person, even a given name that is a word or a city:
  // "Mica's number", "Sofia's EGN", "Roza's husband"; not a country's passport, nor a word, "Employer's son".)
  if (t.capitalised && text.charCodeAt(t.end) !== 0x20 && PERSONS_OWN_AFTER.test(text.slice(t.end, t.end + 14)) && (!scan.isPlace(w) || given) && (!lex.ordinary || given) && !lex.notName) return { rule: 'person.possessive', confidence: 0.7 };
  // (After "St" a given name or any word not shaped like a surname, alone, or a town is a saint's or a city's, "St Stephen's
  // Day", "our slava (St Nicholas)", "St Petersburg"; a surname after it is a rank's, "St. Petrenko", and a name of two
  // words a person's.)
  // (Not after a street's name, whose word "St." ends it: "on Sherif Khimshiashvili St. Nata told us".)
  if (prev !== undefined && prev.text === 'St' && /^\.? $/.test(scan.between(prev, t)) && !(given && i >= 2 && tokens[i - 2].capitalised && scan.between(tokens[i - 2], prev) === ' ' && !sentenceStart(text, tokens[i - 2].start)) && (given || scan.isPlace(w) || !(t.cyrillic ? SURNAME_CYR : SURNAME_LAT).test(t.text)) && !(tokens[i + 1] !== undefined && tokens[i + 1].capitalised && scan.between(t, tokens[i + 1]) === ' ')) return null;
  // (After a naming cue, or a role or kinship word right before it, a place's name is a person's: "подруга Ливия", not Libya.)
  // (Nor a place's or a word's name in quotes, a few words after a naming word: зовут его «Сомони», все зовут её «Одесса».)
  const quotedName = t.capitalised && quotedAfterNamingCue(scan, i);
  // (A town that is a given name too, with a person's verb after it and no preposition of place before it, is the woman: "Sofia
  // said", "Later Sofia called", "София звонила"; not "in Sofia said", nor "Moscow said", which is no given name.)
  if (t.capitalised && GIVEN.has(w) && (verbFollows(text, tokens, i) || (t.cyrillic && verbShaped(text, tokens, i))) && !(prev !== undefined && PLACE_PREPOSITIONS.has(prevWord)) && scan.isPlace(w)) return { rule: 'person.verb-after', confidence: 0.65 };
  // (Nor after a rank written short, "Lt. Sokolov"; nor a surname's shape with a person's verb after it, "Sokolov came": a
  // town's name too, Sokolov in Bohemia.)
  // (The naming word right before it, not across a bracket or a comma: "Malvina (work name), Vitebsk".)
  // (Or after a comma, with her age after it or ending the sentence, where the place is a given name too: "a daughter, Sofia,
  // 3", "afraid for her daughter, Sofia.".)
  // (A town that is a given name, in apposition after a noun for a person and followed by "who": "a third woman, Sofia, who is
  // still in Berlin".)
  if (t.capitalised && GIVEN.has(w) && prev !== undefined && APPOSITION_NOUNS.has(prevWord) && scan.between(prev, t) === ', ' && RELATIVE_AFTER_COMMA.test(text.slice(t.end, t.end + 12))) return { rule: 'person.cue', confidence: 0.65 };
  if (scan.isPlace(w) && !quotedName && !(prev && ((namingCue(tokens, i - 1) && /^[\s:"«“„']*$/.test(scan.between(prev, t))) || (scan.cueBefore(prevWord) && t.capitalised && (scan.between(prev, t) === ' ' || (/^(?:dr|mr|mrs|ms)$/.test(prevWord) && scan.between(prev, t) === '. ') || (scan.between(prev, t) === ', ' && GIVEN.has(w) && (AGE_AFTER.test(text.slice(t.end, t.end + 48)) || /^(?:,\s\d{1,2}\s[—–]\s(?!\d)|[.;](?:\s|$)|[^\S\n]*(?:\n|$))/.test(text.slice(t.end, t.end + 8)))))))) && !placeNamesPerson(scan, i)) return null;
  // (Russian writes its months in lower case: Марта, Мая capitalised inside a sentence, not after a day's number as in
  // "8 Марта", are the names Marta and Maya, in any case form, Марту, Мае.)
  const monthName = t.cyrillic && t.capitalised ? MONTHS_ALSO_NAMES_RU.get(w) : undefined;
  // (Or opening a list's item with a dash after it, who and then what happened: "- Марта — клиент не заплатил".)
  // (Not the month itself, in the nominative: "• Март — вылет из Бухары".)
  // (Or opening a sentence so: "Марта — новенькая, с 8 марта у нас".)
  const listItemName = monthName !== undefined && w !== 'март' && w !== 'май' && /^[^\S\n][—–][^\S\n]/.test(text.slice(t.end, t.end + 3)) && (/(?:^|\n)[^\S\n]*[-–—•*][^\S\n]*$/.test(text.slice(Math.max(0, t.start - 6), t.start)) || sentenceStart(text, t.start));
  if (monthName !== undefined && (!sentenceStart(text, t.start) || listItemName || verbFollows(text, tokens, i) || verbShaped(text, tokens, i) || AGE_AFTER.test(text.slice(t.end, t.end + 44))) && !/\d\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) {
    // (At a sentence's start it is read as a name too, once found so inside one: markCalendarNames.)
    return { rule: 'person.gazetteer', confidence: 0.7 };
  }
  // (So is a word of another language's calendar between commas after a noun for a person: "That man, Nisan, came".)
  const betweenCommas = prev !== undefined && t.capitalised && APPOSITION_NOUNS.has(prevWord) && scan.between(prev, t) === ', ' && text.charCodeAt(t.end) === 0x2c && !CALENDAR.has(w);
  // A brand or place word after "named", "представилась" is a name (Лада).
  // (So is a chat message's writer: "Lada K: they're here again".)
  // (A pack's given name is a name even where a Turkic case's suffix reads it as a place's or a word's form: Hanka is no
  // "han" with "-ka".)
  const packGiven = lex.notName && data.given.has(w) && !NOT_NAMES.has(w) && !NOT_NAMES.has(foldDiacritics(w));
  // (Or a brand's or a town's word that is a given name too, before a person's verb: "Лада сказала", "Sofia asked"; no car
  // or town speaks.)
  const givenSpeaks = lex.notName && t.capitalised && lex.given && verbFollows(text, tokens, i);
  // (A nationality after a person's word and a comma is hers, not her name: "(volunteer, Vietnamese community)".)
  if (lex.notName && !packGiven && !givenSpeaks && !betweenCommas && !quotedName && !(t.capitalised && scan.chat && chatWriter(text, t)) && !(t.capitalised && scan.isPlace(w) && placeNamesPerson(scan, i)) && !(prev && (namingCue(tokens, i - 1) || scan.cueBefore(prevWord)) && t.capitalised && /^[\s,"«“„']+$/.test(scan.between(prev, t)) && !(scan.between(prev, t).includes(',') && NATIONALITY_ENDING.test(w)))) return null;
  if (insideHandle(text, t)) return null;
  // (Nor the second or third word of a street's, a square's or a park's name after its word: "проспекта Гейдара Алиева",
  // "bd. Ștefan cel Mare", "ул. Тоголок Молдо".)
  if (t.capitalised && streetNamedAfterPerson(scan, i)) return null;
  // (Nor half of a place's name joined by a hyphen: "в Бат-Яме", "в Чолпон-Ату", "Джалал-Абадский суд", "Бен-Гурион".)
  if (halfOfHyphenatedPlace(scan, i)) return null;
  // (Nor an English prefix before its hyphen and a word: "the Register of Pre-Trial Investigations", Anti-Trafficking.)
  if (!t.cyrillic && text.charCodeAt(t.end) === 0x2d && i + 1 < tokens.length && tokens[i + 1].start === t.end + 1 && prefixedEnglish(`${w}-${tokens[i + 1].lower}`)) return null;
  const cap = t.capitalised;
  const before = text.slice(Math.max(0, t.start - 3), t.start);

  const { cue, quotedCue, quotedBeforeVerb, appositive } = cuesBefore(scan, i, before);
  const appositiveName = appositive && !lex.ordinary && (!scan.calendar(t) || betweenCommas);
  const cued = cue || quotedCue || appositiveName;
  // (Nor a case form of a place of the packs that is a given name too, after a preposition of place: "в Вене", "из Софии".)
  if (t.cyrillic && cap && !cued && prev !== undefined && PLACE_PREPOSITIONS.has(prevWord) && scan.between(prev, t) === ' ' && lex.lemmas.some((l) => l !== w && scan.isPlace(l))) return null;

  // (A month's name with initials after it is a surname: Капитан Листопад Р.С.; so is a Ukrainian or Belarusian month's name
  // capitalised inside a Russian sentence, with a verb after it: "Вечером Листопад сам позвонил", "которого Листопад называл".)
  if (cap && t.cyrillic && SLAVIC_MONTHS_AS_SURNAMES.has(w) && monthSurname(scan, i, before)) return { rule: 'person.surname', confidence: 0.7 };
  // (Cyrillic languages write their months in lower case: a given name's form capitalised inside a sentence is the name, "у
  // Юли", though юли is July in Bulgarian.)
  const cyrillicNameInside = t.cyrillic && cap && given && !sentenceStart(text, t.start);
  if (scan.calendar(t) && !lex.ambiguous && !cued && !cyrillicNameInside && !(cap && TWO_INITIALS_AFTER.test(text.slice(t.end, t.end + 7)))) return null;
  // (Nor a month that is also a name in a range of months, "Jan-Jun".)
  if (lex.ambiguous && scan.calendarRange(t)) return null;
  if (lex.ambiguous) return ambiguousNameHit(scan, i, lex, cued);
  if (quotedNickname(scan, i)) return { rule: 'person.nickname', confidence: 0.6 };
  // (Not after a street's word: "на проспекте Мира", "улица Ленина" name a street.)
  // (But a given name in the nominative after a street's word in the locative is the sentence's subject, "на улице Анна
  // Петрова сказала": a street takes the genitive, улица Анны Ахматовой; unless it is a word too, "на проспекте Мира".)
  const subjectAfterLocative = t.cyrillic && !STREET_NAMING.has(prevWord) && (GIVEN.has(w) || data.given.has(w)) && !lex.ordinary;
  if (given && afterStreetWord(scan, i) && !cued && !subjectAfterLocative) return null;
  // (In lower case right after a sum it is its currency: "20 000 dinara", "100 lari".)
  // (A pack's given name that is a word too is read as one in lower case: "stay till morning", "she gave her besa".)
  // (Capitalised at a sentence's start before a time's or a unit's word it is the preposition: "Per week she pays 500", "Till
  // morning".)
  // (Nor, in lower case, after a cue: "a police officer, per the girls".)
  // (Nor "Per" opening a sentence before a name and a colon or a comma: "Per Marine: she was taken", according to her.)
  if (given && PREPOSITION_NAMES.has(w) && (!cap || (!cued && sentenceStart(text, t.start))) && (PREPOSITION_OBJECT.test(text.slice(t.end, t.end + 12)) || (w === 'per' && /^ \p{Lu}[\p{L}'’-]+[:,]/u.test(text.slice(t.end, t.end + 24))))) return null;
  if (given && !cap && AMBIGUOUS_NAMES.has(w)) return ambiguousNameHit(scan, i, lex, cued);
  if (given && (cap || casual || cued) && (cap || !afterSum(text, t.start))) return { rule: 'person.gazetteer', confidence: cap ? 0.9 : 0.75 };
  // (A bare -ич inside a sentence only when no dictionary has the word: кирпич, аутрич are words.)
  if ((cap || casual) && PATRONYMIC.test(t.text) && (FULL_PATRONYMIC.test(t.text) || (!sentenceStart(text, t.start) && !lex.ordinary))) return { rule: 'person.patronymic', confidence: 0.9 };
  // Only read with a capital or in casual notes: the patterns are tried only then.
  // (Or a surname of a pack's ending in capitals, as a name tag or a form prints it: PETRAUSKAS, BERZIŅŠ.)
  const surname =
    (cap || casual) &&
    t.text.length >= 5 &&
    // (Not a people's name of the dictionary with -yan after a vowel, Paraguayan, Uruguayan, Malayan: Armenian surnames have a
    // consonant there, Petrosyan, Hakobyan.)
    !(lex.ordinary && VOWEL_YAN.test(w)) &&
    ((t.cyrillic ? SURNAME_CYR : SURNAME_LAT).test(t.text) || (t.text.length >= 6 && acronym(t.text) && (data.nameEndings?.test(t.text) ?? false) && !lex.ordinary && !lex.notName && !scan.isPlace(w)));
  // (Not a street, park or station named after a person, улица Панфилова; nor a district's adjective, Киевский райотдел.)
  // (Nor a town's genitive after its preposition, "из Иванова": a feminine surname's shape too.)
  const placeNamed =
    afterStreetWord(scan, i) ||
    (PLACE_ADJECTIVE_NOMINATIVE.test(t.text) && nextIsPlaceWord(scan, i)) ||
    // (Or a monument's person, "у памятника Пушкину", "the statue of Lenin".)
    (prev !== undefined && MONUMENT_WORDS.has(prevWord) && scan.between(prev, t) === ' ') ||
    // (Or a town with a surname's ending after "in", "near", "into" or "outside" in English: "my dad in Sabinov".)
    (!t.cyrillic && prev !== undefined && ENGLISH_PLACE_PREPOSITIONS.has(prevWord) && scan.between(prev, t) === ' ' && !/^['’]s/.test(text.slice(t.end, t.end + 2))) ||
    (t.cyrillic && FEMININE_SURNAME.test(w) && lex.lemmas.some((l) => l !== w && NOT_NAMES.has(l)) && placeContext(text, tokens, i, data));
  // (A surname's shape that is a word's form too, "кочетов", at a sentence's start: with a person's verb after it or alone in
  // quotes, "Кочетов сказал", «Кочетов».)
  if (surname && cap && !placeNamed && !adjectiveBeforeBody(scan, i) && !sentenceStartCommonWord(t.text) && (!sentenceStart(text, t.start) || (STRONG_SURNAME.test(t.text) && (!(lex.ordinary && scan.capitalisedCounts.get(w) === 1) || verbFollows(text, tokens, i) || (quotedAlone(text, t) && !(prev !== undefined && QUOTED_THINGS.has(prevWord))))))) {
    return { rule: 'person.surname', confidence: 0.8 };
  }
  // (Not a Russian word written in Latin letters with a surname's ending: testov, domov.)
  if (surname && casual && !t.cyrillic && !scan.russianInLatin(i)) return { rule: 'person.surname.casual', confidence: 0.6 };
  // (In apposition, not a people's or a language's name: "client, Uzbek national".)
  if (((cue || (appositiveName && !lex.notName)) && cap && !acronym(t.text) && !scan.titlesAndCues.has(w)) || (quotedCue && (cap || (casual && !lex.ordinary) || quotedBeforeVerb || quotedRightAfterNaming(scan, i)))) return { rule: 'person.cue', confidence: 0.7 };
  // A surname of a pack's list that is also a word (Park, Lee, Пак, Song) inside a sentence, not beside a place's word.
  // (Where it is also a word of the dictionary, Park, Song, only with a person's verb after it or another name beside it:
  // "Kim and Park both worked", not "Gorky Park", "the Park Hotel".)
  if (cap && data.surnames.has(w) && !sentenceStart(text, t.start) && !placeContext(text, tokens, i, data) && !nextIsPlaceWord(scan, i) && (!lex.ordinary || verbFollows(text, tokens, i) || listedWithName(scan, i))) {
    return { rule: 'person.surname-listed', confidence: 0.6 };
  }
  // (A word of the dictionary capitalised inside a sentence after a given name and "and", before a colon or a bracket: her
  // nickname, "Aigerim and Cherry: the patrol"; not a plural, a place or a body, "Anna and Partners", nor "Anna and Security
  // refused".)
  if (cap && lex.ordinary && !t.cyrillic && !sentenceStart(text, t.start) && t.text.length >= 3 && !acronym(t.text) && !w.endsWith('s') && !lex.notName && listedWithName(scan, i) && (tokens[i - 1].lower === 'and' || tokens[i - 1].lower === 'и') && text.slice(tokens[i - 2].end, t.start) === ` ${tokens[i - 1].text} ` && /^(?::|\s\()/.test(text.slice(t.end, t.end + 2)) && !scan.titlesAndCues.has(w) && givenName(scan, i - 2) && !scan.isPlace(w) && !nextIsPlaceWord(scan, i) && !(tokens[i + 1] !== undefined && tokens[i + 1].capitalised && scan.between(t, tokens[i + 1]) === ' ')) {
    return { rule: 'person.listed', confidence: 0.55 };
  }
  // (Or one ordinary only as two words joined, capitalised inside a sentence: "with Jamshed" is no jam shed.)
  // (Not a street's or a square's name after its word: "рядом с проспектом Руставели", "площадью Ленина".)
  if (cap && (!lex.ordinary || (!t.cyrillic && !sentenceStart(text, t.start) && compoundOnly(w))) && !afterStreetWord(scan, i) && unknownCapitalisedIsName(scan, i)) {
    // Not a word of either dictionary, nor a place, institution or brand: a name the lists do not hold.
    return { rule: 'person.unknown-word', confidence: 0.6 };
  }
  // (Nor a holiday's ordinal before its month, "к Первому мая", "Восьмое марта"; nor a word capitalised after a semicolon
  // as after a full stop, "отменено; Приказ № 535".)
  if (cap && russianCapitalisedIsName(scan, i, lex, before) && !afterStreetWord(scan, i)) {
    // Russian capitalises nothing but proper nouns inside a sentence: Жук, Лев, Роза.
    return { rule: 'person.capitalised', confidence: 0.5 };
  }
  // (In hurried notes a naming word right before it is a cue too, even for a short name: "name ivo or maybe ivaylo".)
  const namedRightAfter = casual && i > 0 && namingCue(tokens, i - 1) && scan.between(tokens[i - 1], t) === ' ';
  if (!cap && (casual || cue || appositiveName) && lowerCaseUnknownIsName(scan, i, lex, cue || appositiveName || namedRightAfter)) {
    // Hurried notes without capitals: a word no dictionary knows is taken for a name.
    return { rule: 'person.unknown-word.lower', confidence: 0.5 };
  }
  // (Not a country's code in capitals before an age: "Tamuna (GE, 29)".)
  if (cap && !(acronym(t.text) && t.text.length <= 3) && contextSaysName(scan, i, lex, before)) return { rule: 'person.context', confidence: 0.65 };
  return null;
}

/**
 * What word i's own surroundings settle before the other rules are asked (out of wordHit, which must stay small enough for
 * the optimising compiler): a name, no name (null), or nothing settled (undefined).
 */
function settledHit(scan: PersonScan, i: number): Hit | undefined {
  const { text } = scan;
  const t = scan.tokens[i];
  const w = t.lower;
  const next = text.charCodeAt(t.end);
  // A word before "(her real name", "(имя настоящее)" is a name, even a place's or a word's: "Caller: Sofia (her real name, 24)".
  // (Asked only where a bracket follows.)
  if (t.capitalised && (next === 0x28 || text.charCodeAt(t.end + 1) === 0x28) && REAL_NAME_AFTER.test(text.slice(t.end, t.end + 24))) return { rule: 'person.cue', confidence: 0.8 };
  // A given name cut short to call someone, at the start of what is said: «Лен, привет», "Тань, ты где", "Маш, слушай".
  if (t.capitalised && t.cyrillic && next === 0x2c && w.length >= 2 && w.length <= 6 && truncatedVocative(scan, w) && (OPENING_QUOTES.has(text.charCodeAt(t.start - 1)) || text.charCodeAt(t.start - 1) === 0xab || sentenceStart(text, t.start))) {
    return { rule: 'person.vocative', confidence: 0.7 };
  }
  // A chat message's writer is a name, even a word's (Весна 21:14:, [08.05 23:02] Мая:), unless a role's or a header's word
  // (Outreach:, Консультант:, Note:, Interviewer:). A word of the dictionary only with its time before or after it: not a
  // note's label between the messages, "Steps: …", "Sender: …".
  // (Not a word of Ukrainian, which no dictionary here holds, heading a meeting's lines: "Присутні:", "Рішення:"; a surname
  // of Ukrainian shape is one, "Сергієнко:".)
  if (t.capitalised && scan.chat && !CHAT_ROLES.has(w) && !scan.titlesAndCues.has(w) && !acronym(t.text) && !ukrainianCommonWord(t) && chatWriter(text, t) && (!scan.lexicon(i).ordinary || scan.lexicon(i).given || stampedChatWriter(text, t) || /^[ \t]\d{1,2}:\d{2}/.test(text.slice(t.end, t.end + 7)) || (scan.bracketChatNamed && BRACKET_STAMP_AFTER.test(text.slice(t.end, t.end + 24))) || headsLines(text, t.text) >= 2)) return { rule: 'person.chat-writer', confidence: 0.75 };
  // (In lower case too, right after the message's time stamp, even a word: "[01:04] малая: я ушла", "[02.11 01:14] kisa: girls".)
  if (!t.capitalised && scan.chat && !CHAT_ROLES.has(w) && !WRITERS.has(w) && !scan.titlesAndCues.has(w) && stampedChatWriter(text, t)) return { rule: 'person.chat-writer', confidence: 0.7 };
  // (Nor a Korean district's or road's name before its suffix: Mapo-gu, Itaewon-dong, Sinchon-ro, Suwon-si.)
  if (next === 0x2d && KOREAN_PLACE_SUFFIX.test(text.slice(t.end, t.end + 8))) return null;
  return undefined;
}

/**
 * The cues right before word i that say it is a name: a cue word (or a rank written short), an opening quote after a
 * naming cue, or a noun for a person and a comma before it. (Out of wordHit, which grew too large to optimise cheaply.)
 */
function cuesBefore(scan: PersonScan, i: number, before: string): { cue: boolean; quotedCue: boolean; quotedBeforeVerb: boolean; appositive: boolean } {
  const { text, tokens, data } = scan;
  const t = tokens[i];
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const prevWord = prev ? prev.lower : '';
  const cap = t.capitalised;
  const cue =
    prev !== undefined &&
    !namedAfter(text, tokens, i) &&
    ((scan.cueBefore(prevWord) &&
      // (Not across a line's end: "name not known" ending a list's line, "On the night" starting the next.)
      // (Nor "known" and a comma, which is known to the team: "Cornelia (known, Romanian, …)".)
      ((/^(?:[^\S\n]|["«“'(,\-–—])*$/.test(scan.between(prev, t)) && !(prevWord === 'known' && scan.between(prev, t).includes(','))) || (/^\.\s$/.test(scan.between(prev, t)) && (/^(dr|mr|mrs|ms)$/.test(prevWord) || (data.titles.has(prevWord) && prevWord.length <= 5 && !afterNumber(text, prev.start)))))) ||
      // A rank written short, as ranks are (Sgt Kovac, Lt. Orlov, Det. Insp. Horvat): not "lt." ending a domain, nor LT a country's code.
      (prev.text.length <= 4 && prev.capitalised && RANK_ABBREVIATIONS.test(prev.text) && /^\.? $/.test(scan.between(prev, t))) ||
      // (Or a German rank's feminine "'in", which the words split off: "KHK'in Braun", "OStA'in Hartmann".)
      (prevWord === 'in' && i >= 2 && t.capitalised && scan.between(prev, t) === ' ' && /^['’]$/.test(scan.between(tokens[i - 2], prev)) && data.titles.has(tokens[i - 2].lower)));
  // An opening quote (not a closing one) right before the word, after a naming cue.
  // (A nickname is short: its quote closes within a few words, "«Клоп»", not "«Без патента, Мирочка»".)
  const openingQuote = /(?:^|[\s(])["«“„']$/.test(before);
  const beforeVerb = openingQuote && PERSON_VERBS.has(NICKNAME_THEN_WORD.exec(text.slice(t.end, t.end + 24))?.[1] ?? '');
  const quotedCue =
    openingQuote &&
    // (Emoji a contact is saved with count as nothing: "Venca 🚓", «Лютый 😈», «Янис полиция 🚨».)
    /^(?:[\s-][\p{L}\p{M}.']+|\s?[\p{Extended_Pictographic}\u200d\ufe0f]+){0,3}["»”“']/u.test(text.slice(t.end, t.end + 40)) &&
    // (Four words back for a verb of saving a contact: записан у неё как «Янис».)
    ([i - 4, i - 3, i - 2, i - 1].some((k) => k >= 0 && (((k >= i - 3 && namingCue(tokens, k)) || PERSON_WORDS.quoteNamingVerbs.has(tokens[k].lower) || (k >= i - 3 && alsoKnownAs(tokens, k))))) ||
      // (Or one word in quotes that a person's verb follows, a nickname doing what people do: «Жирафа» сказал, "Captain" hit her,
      // «малая» говорит; in lower case only in Cyrillic, where a quote is no scare quote's: 'the "sponsor" paid'.)
      // (Nor a role in quotes: «модератор» требовал плату.)
      (beforeVerb && (cap || (t.cyrillic && t.text.length >= 4 && !FORM_LABELS.has(t.lower) && !scan.titlesAndCues.has(t.lower)))));
  // (Or after "as" where it names: "known as Robin", "she knows him as Gary", "introduced himself as Berg", "saved as Dima".)
  // (In lower case too, "one she knows as gio": then only a word no dictionary has, or a given name.)
  // (Not a rank written short, "introduced himself as Maj. Zhaksybekov": the name is after it.)
  // (Nor a number's sign: "registered as No. 4-1129".)
  const namedAs = prev !== undefined && prevWord === 'as' && !(RANK_ABBREVIATIONS.test(t.text) && text.charCodeAt(t.end) === 0x2e) && !(NUMBER_SIGN_WORDS.has(t.text) && /^\.?\s?\d/.test(text.slice(t.end, t.end + 3))) && /^:? $/.test(scan.between(prev, t)) && AS_NAMES.test(text.slice(Math.max(0, prev.start - 26), prev.start));
  // (Or in apposition after a noun for a person and a comma: "another woman, Mimi, who".)
  // (In lower case only between commas, "one of the women, jeren, has left": then only a word no dictionary has.)
  const appositive = prev !== undefined && (cap || text.charCodeAt(t.end) === 0x2c) && APPOSITION_NOUNS.has(prevWord) && scan.between(prev, t) === ', ';
  // (Or what she asks to be called, or they call her: "call me Barbie", "they call her Nika"; not a day, "call her Monday".)
  // (Or what everyone says for her name: "his name Kanybek but everyone says Kana".)
  const callMe =
    cap &&
    prev !== undefined &&
    i >= 2 &&
    (CALLED_WHOM.has(prevWord) ? CALL_VERBS.has(tokens[i - 2].lower) : (prevWord === 'says' || prevWord === 'say') && EVERYONE.has(tokens[i - 2].lower)) &&
    scan.between(tokens[i - 2], prev) === ' ' &&
    scan.between(prev, t) === ' ' &&
    !scan.calendar(t);
  // (Or a Russian rank and its service before the name: "капитан полиции Бережной", "майор юстиции Ким".)
  const rankOfService =
    cap && prev !== undefined && i >= 2 && SERVICES_AFTER_RANK.has(prevWord) && scan.between(prev, t) === ' ' && RANKS_RU.has(tokens[i - 2].lower) && scan.between(tokens[i - 2], prev) === ' ';
  return { cue: cue || namedAs || rankOfService || callMe, quotedCue, quotedBeforeVerb: quotedCue && beforeVerb, appositive };
}
const RELATIVE_AFTER_COMMA = /^,\s(?:who|whose|которая|который|которой|которую)\s/;
const CALLED_WHOM = new Set(['me', 'her', 'him']);
const CALL_VERBS = new Set(['call', 'calls', 'calling', 'called']);
const EVERYONE = new Set(['everyone', 'everybody', 'all', 'girls']);
/** A line's start, maybe with a chat's time in brackets: where a chat's writer stands. */
const STAMPED_LINE_START = /(?:^|\n)[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*)?$/;
const NICKNAME_THEN_WORD = /^["»”][^\S\n]+(\p{L}+)/u;
/**
 * A signature as protocols copy it, a surname between slashes: "Подпись лица /Шаплыко/. Инспектор /Д.А. Заяц/." With
 * initials, or after a word for a signature or a signer, even a word of the dictionary; otherwise only a word no dictionary has.
 */
function slashedSignatures(text: string): Span[] {
  if (!text.includes('/')) return [];
  const out: Span[] = [];
  SLASHED_NAME.lastIndex = 0;
  for (let m = SLASHED_NAME.exec(text); m !== null; m = SLASHED_NAME.exec(text)) {
    const value = m[1];
    const initials = /^\p{Lu}\./u.test(value);
    const signer = SIGNER_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
    const word = value.toLowerCase();
    if (!initials && !signer && (russianLexicon().has(word) || englishLexicon().has(word) || englishLexicon().has(value))) continue;
    out.push({ start: m.index + 1, end: m.index + 1 + value.length, type: 'PERSON', rule: 'person.signature', confidence: 0.7 });
  }
  return out;
}
const SLASHED_NAME = /(?=\/)(?<=^|\s)\/((?:\p{Lu}\.\s?){0,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\/(?=[\s.,;]|$)/gu;
const SIGNER_BEFORE = /(?:подпись|подписал\p{Ll}*|лица|инспектор\p{Ll}*|сотрудник\p{Ll}*|участков\p{Ll}*|signature|signed|officer|inspector)[\s:]*$/iu;

/** A number right before (a statute's code, "231 kk.", is no title). */
function afterNumber(text: string, at: number): boolean {
  return /\d\s?$/.test(text.slice(Math.max(0, at - 2), at));
}
/** The words before an "as" that names a person: known as, knows (him) as, introduced himself as, saved (in her phone) as. */
const AS_NAMES = /(?<![\p{L}])(?:known|knows?|knew|introduc\p{Ll}*|present\p{Ll}*|sav\p{Ll}*|listed|registered|signs?|signed|goes|went|going)(?:\s+(?:him|her|them|himself|herself|themselves|only|just|simply)){0,2}(?:\s+in\s+(?:her|his|the)\s+(?:phone|contacts))?\s+$/u;

/**
 * A capitalised Cyrillic word inside a sentence: Russian capitalises nothing but proper nouns there. Not a holiday's
 * ordinal before its month, "к Первому мая", "Восьмое марта"; nor a word capitalised after a semicolon as after a full
 * stop, "отменено; Приказ № 535".
 */
function russianCapitalisedIsName(scan: PersonScan, i: number, lex: Lexicon, before: string): boolean {
  const { text, tokens, data } = scan;
  const t = tokens[i];
  const w = t.lower;
  // (Nor "день" starting a holiday's name, "перед Днём независимости"; nor an adjective of the dictionary starting a body's
  // name before its noun in lower case, "Пограничная стража", "Глобальный фонд": a surname shaped so is followed by its
  // verb, "Толстая сказала".)
  if (DAY_FORMS.has(w) || (lex.ordinary && RUSSIAN_ADJECTIVE.test(w) && nounFollows(scan, i)) || adjectiveBeforeBody(scan, i)) return false;
  // (Nor a word of Ukrainian before a label's colon: "Перенаправлення: до юристки".)
  if (text.charCodeAt(t.end) === 0x3a && !scan.turkicLetters && ukrainianCommonWord(t)) return false;
  return (
    t.cyrillic && !sentenceStart(text, t.start) && !/[«"“„]\s*$/.test(before) && !acronym(t.text) && !placeContext(text, tokens, i, data) && !placeAdjective(t, () => lex) && !(lex.ordinary && COMPASS_COMPOUND.test(text.slice(Math.max(0, t.start - 10), t.start))) && !MONTH_GENITIVE_AFTER.test(text.slice(t.end, t.end + 10)) && !EVERYDAY.has(w) && !(lex.ordinary && /;\s*$/.test(before)) &&
    // (Nor a word of the dictionary before a colon, a form's label on a line of several: "Дата: 15.01   Консультант: Гулнара".)
    !(lex.ordinary && text.charCodeAt(t.end) === 0x3a) &&
    // (Nor one after a full stop, whatever the word before it: "скрины. Заявление писать не хотят"; a rank written short is a
    // cue, read before this.)
    // (But an initial before it is a name's: "О. Мельник", "Н. Сокол".)
    // (Unless that initial closes a surname's, "получатель Абдуллаев С. Сумма 85 000": the sentence starts after it.)
    !(lex.ordinary && /\.\s+$/.test(before) && (!/(?:^|[^\p{L}])\p{Lu}\. $/u.test(text.slice(Math.max(0, t.start - 4), t.start)) || initialAfterSurname(scan, i - 1))) &&
    // (Nor a law's name after its article's number: "ст. 51 Конституции".)
    !(lex.ordinary && ARTICLE_NUMBER_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) &&
    // (Nor a word of the dictionary after a capitalised adjective of the dictionary: a place's name of two words, "в Красном
    // Селе", "у Каменной Горки".)
    !(lex.ordinary && placeAdjectiveBefore(scan, i))
  );
}

/** Token k is an initial right after a name found that is no given name: "Абдуллаев С.", not "Ирина С." nor "Допрашивал О.". */
function initialAfterSurname(scan: PersonScan, k: number): boolean {
  const { tokens, hit } = scan;
  return k >= 1 && tokens[k].text.length === 1 && hit[k - 1] !== null && hit[k - 1] !== undefined && tokens[k - 1].text.length > 1 && scan.between(tokens[k - 1], tokens[k]) === ' ' && !givenName(scan, k - 1);
}
/** A possessive and what only a person has: her number, her husband, her passport. */
const PERSONS_OWN_AFTER = /^['’]s (?:number|phone|mobile|passport|egn|iin|pin|id|husband|boyfriend|partner|pimp|mother|father|sister|brother|daughter|son|children|kids|debts?|landlord|landlady|visa|friend|cousin|aunt)(?![\p{L}])/iu;
/** The service a Russian or Ukrainian rank names after it (капитан полиции, майор юстиции, лейтенант поліції). */
const SERVICES_AFTER_RANK = new Set(['полиции', 'милиции', 'юстиции', 'таможенной', 'налоговой', 'поліції', 'міліції', 'юстиції']);
// (Or a list of them: "ст. 2, 5, 12 и 15 Конвенции", "ст. 3, 5 § 1, 6 § 1 Конвенции".)
const ARTICLE_NUMBER_BEFORE = /(?:^|[^\p{L}])(?:ст|статьи|статья|статье|статей|ч|п)\.?\s?\d+(?:[.-]\d+)*(?:\s§\s\d+)?(?:(?:,\s?|\sи\s)\d+(?:[.-]\d+)*(?:\s§\s\d+)?)*\s$/u;
/** Word i follows, after a space, a capitalised Russian adjective of the dictionary in any case (Красном, Каменной, Новое). */
function placeAdjectiveBefore(scan: PersonScan, i: number): boolean {
  const prev = scan.tokens[i - 1];
  // (Not at a sentence's start, where any word is capitalised: "Потом Толстая сказала".)
  return prev !== undefined && prev.cyrillic && prev.capitalised && scan.between(prev, scan.tokens[i]) === ' ' && RUSSIAN_ADJECTIVE_ANY_CASE.test(prev.lower) && !sentenceStart(scan.text, prev.start) && scan.lexicon(i - 1).ordinary;
}
const RUSSIAN_ADJECTIVE_ANY_CASE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их|ом|ем|ей)$/;

const DAY_FORMS = new Set(['день', 'дня', 'дню', 'днём', 'днем', 'дне']);
/** A place's adjective in -ский before its body's words in lower case: "Гюмрийский медицинский центр", "Бишкекский городской суд". */
function adjectiveBeforeBody(scan: PersonScan, i: number): boolean {
  const t = scan.tokens[i];
  return t.cyrillic && SKIY_ADJECTIVE.test(t.lower) && nounFollows(scan, i) && (RUSSIAN_ADJECTIVE.test(scan.tokens[i + 1].lower) || BODY_NOUNS.has(scan.tokens[i + 1].lower));
}
const BODY_NOUNS = new Set(['суд', 'суда', 'суде', 'центр', 'центра', 'центре', 'рынок', 'рынке', 'вокзал', 'вокзале', 'район', 'районе', 'университет', 'институт', 'диспансер', 'диспансере', 'госпиталь', 'отдел', 'отделе', 'роддом', 'морг', 'изолятор', 'приют', 'фонд', 'филиал']);
const SKIY_ADJECTIVE = /(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|ом|ую|им|их|ому)$/;
const RUSSIAN_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их)$/;
/** A lower-case Cyrillic word of the dictionary right after word i that is no verb's form: the noun an adjective qualifies. */
function nounFollows(scan: PersonScan, i: number): boolean {
  const next = scan.tokens[i + 1];
  if (next === undefined || !next.cyrillic || next.capitalised || scan.between(scan.tokens[i], next) !== ' ') return false;
  const w = next.lower;
  // (Past tense and the third person end so: пришла, стоит, бьют.)
  return scan.lexicon(i + 1).ordinary && !VERB_FORM.test(w) && !INFINITIVE.test(w) && !/(?:л|ла|ло|ли|ет|ит|ут|ют|ат|ят)$/.test(w);
}

/**
 * A lower-case word in hurried notes (or after a cue) that no dictionary knows: a name. Not a Russian word in Latin
 * letters, a verb's form, a street's name after its preposition ("на кирова", "с гоголевской": a person takes another
 * case, "с кировым"), nor a currency after a sum.
 */
function lowerCaseUnknownIsName(scan: PersonScan, i: number, lex: Lexicon, cue: boolean): boolean {
  const { text, tokens } = scan;
  const t = tokens[i];
  const w = t.lower;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const prevWord = prev ? prev.lower : '';
  const streetAfterPreposition = t.cyrillic && prev !== undefined && STREET_PREPOSITIONS.has(prevWord) && FEMININE_SURNAME.test(w);
  // (Nor the adverb of a language, "по-казахски": the dictionary has it with its prefix only.)
  if (t.cyrillic && prevWord === 'по' && text.charCodeAt(t.start - 1) === 0x2d) return false;
  // (After a cue, a word ordinary only as two words joined is a name too: "husband jamshed".)
  // (The Russian dictionary's look-ups last: they cost the most.)
  // (Nor a word cut short, as terse notes write them: "конд", "сопр", "подтв" begin консультация, сопровождение, подтвердить.)
  return (!lex.ordinary || (cue && !t.cyrillic && compoundOnly(w))) && !lex.notName && w.length >= 3 && (cue || w.length >= 4 || ageFollows(text, t.end) || properNounOfRussian(t)) && !(t.cyrillic && (VERB_FORM.test(w) || (w.length >= 6 && INFINITIVE.test(w)) || (w.length >= 7 && PAST_TENSE.test(w)))) && !streetAfterPreposition && !afterSum(text, t.start) && !(t.cyrillic && (russianDerivedWord(w) || (!scan.turkicLetters && (ukrainianWord(w) || inUkrainianLine(text, t))) || (!cue && w.length <= 6 && russianLexicon().beginsAWord(w, 3)))) && !scan.russianInLatin(i) && (t.cyrillic || !scan.foreignPhrase(i));
}

/**
 * A Russian word the dictionary lacks but builds from one it has, as chats write them: a short prefix before a word
 * (соцработницы, юрклиники, медсестричка), or a woman's -ка form of a man's word (юристки, аутричка). No name is built so.
 */
function russianDerivedWord(w: string): boolean {
  const ru = russianLexicon();
  const prefix = DERIVING_PREFIX.exec(w);
  if (prefix && w.length - prefix[0].length >= 4) {
    const rest = w.slice(prefix[0].length);
    if (ru.has(rest) || FEMININE_KA.test(rest) && ru.has(rest.replace(FEMININE_KA, ''))) return true;
  }
  return w.length >= 7 && FEMININE_KA.test(w) && ru.has(w.replace(FEMININE_KA, ''));
}
const DERIVING_PREFIX = /^(?:соц|юр|мед|гос|спец|нарко|психо|фото|видео|авто|мини|супер|горсуд|райсуд|гор|рай|обл)/;
/** The -ка (-ки, -ке, -ку, -кой) of a woman's word made from a man's: юристка, юристки, аутричкой. */
const FEMININE_KA = /(?:ка|ки|ке|ку|кой|кам|ками)$/;

/**
 * What follows a capitalised word says it is a name: a suffix cue (-ака, -апа), initials, an age; or it is addressed at
 * the start of quoted speech ("Ivka, you know the price": a word no dictionary knows, then a comma).
 */
function contextSaysName(scan: PersonScan, i: number, lex: Lexicon, before: string): boolean {
  const { text } = scan;
  const t = scan.tokens[i];
  const after = text.slice(t.end, t.end + 12);
  const suffixCue = honorificAfter(after, 'evidence') !== null;
  const initials = /^\s?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)?/.test(after) && !/^\s?[A-ZА-Я]\.[a-zа-я]/.test(after);
  // (A bracket after it may run longer than the look-ahead: "Dora (the one from Sisak, 22)"; so may what describes her in
  // it, "Rumyana (regular)", "Miluška (Czech, 50s, …)".)
  const bracket = text.charCodeAt(t.end + 1) === 0x28 || text.charCodeAt(t.end) === 0x28;
  const ageAfter = AGE_AFTER.test(bracket ? text.slice(t.end, t.end + 48) : after) || (bracket && !acronym(t.text) && !lex.notName && DESCRIBED_IN_BRACKET.test(text.slice(t.end, t.end + 48)));
  // (Or one or two initials before a word no dictionary knows, as slips and forms type a surname in capitals: "T. JIKIA",
  // "М. ДЖУРАЕВА"; and after one, "DJORDJEVIC M.", a surname even where a sentence or a quote starts.)
  const unknownWord = !lex.ordinary && !lex.notName && t.text.length >= 3;
  const initialsBefore = unknownWord && !(acronym(t.text) && t.text.length < 4) && INITIALS_RIGHT_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start));
  // (Or addressed at the start of quoted speech: "Ivka, you know the price" — a word no dictionary knows, then a comma.)
  const vocative = t.text.length >= 3 && /^,\s/.test(after) && /["«“„]\s?$/.test(before) && !lex.ordinary && !lex.notName && !acronym(t.text);
  // (Or a bracket after it that says it is what she is called or signs with, even a word's: "Лиса (так она подписывается)".)
  const calledInBracket = !acronym(t.text) && text.charCodeAt(t.end) === 0x20 && text.charCodeAt(t.end + 1) === 0x28 && NAMED_IN_BRACKETS.test(text.slice(t.end, t.end + 40));
  return suffixCue || (initials && (!sentenceStart(text, t.start) || unknownWord)) || initialsBefore || ageAfter || vocative || calledInBracket;
}
/** One or two capital initials, each with its full stop, right before a word on the same line (at its start, a bracket's, or after a space). */
const INITIALS_RIGHT_BEFORE = /(?:^|[\s("«“„'])\p{Lu}\.[ \t]?(?:\p{Lu}\.[ \t]?)?$/u;
const TWO_INITIALS_RIGHT_BEFORE = /(?:^|[\s("«“„'])\p{Lu}\.[ \t]?\p{Lu}\.[ \t]?$/u;
/** A capitalised word, or Turkey's T.C., right before the two initials: they are that surname's, or no initials at all. */
const NAME_BEFORE_INITIALS = /(?:\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]|(?<![\p{L}])T\.C\.[ \t]?)\p{Lu}\.[ \t]?\p{Lu}\.[ \t]?$|T\.C\.[ \t]?$/u;

/**
 * A capitalised word no dictionary knows: a name unless it is an abbreviation,
 * a place or its adjective, or a proper noun of English at a sentence's start;
 * at the start of a sentence only with something more that says name (its
 * shape or ending, a list of surnames, the word capitalised again, a name, a
 * person's verb or a quote around it).
 */
function unknownCapitalisedIsName(scan: PersonScan, i: number): boolean {
  const { text, tokens, data } = scan;
  const t = tokens[i];
  if (acronym(t.text) || placeContext(text, tokens, i, data) || placeAdjective(t, () => scan.lexicon(i))) return false;
  // (Nor a place's adjective the lists cannot derive, before its body's words in lower case: "Гюмрийский медицинский
  // центр", "Бишкекский городской суд"; a surname so shaped is followed by its verb, "Завадский ударил".)
  if (adjectiveBeforeBody(scan, i)) return false;
  // (Nor a German noun by its ending, in an English or Russian narrative: Fiktionsbescheinigung, Terminwohnung, Beweismittel.)
  if (!t.cyrillic && germanNoun(t.text)) return false;
  // (A word of a town's two-word name, Fushë Kosovë, Tel Aviv, never gets here: see inTwoWordPlace in wordHit.)
  if (properNounOfEnglish(t) && (sentenceStart(text, t.start) || DEMONYM.test(t.lower))) return false;
  // (Nor a word of Ukrainian opening a sentence or a label, which no dictionary here holds: "Мова обговорення", "Присутні:".)
  if (!scan.turkicLetters && ukrainianCommonWord(t) && (sentenceStart(text, t.start) || text.charCodeAt(t.end) === 0x3a) && !(tokens[i + 1] !== undefined && tokens[i + 1].capitalised && scan.between(t, tokens[i + 1]) === ' ')) return false;
  if (!sentenceStart(text, t.start)) return true;
  // At a sentence's start only what else says it is a name, and no Russian word in Latin letters in a narrative that writes
  // Russian so (Vchera, Telefon; asked last, its look-ups cost the most).
  return (
    (nameShaped(t.text) ||
      (t.text.length >= 5 && (data.nameEndings?.test(t.text) ?? false)) ||
      data.surnames.has(t.lower) ||
      capitalisedAgain(scan.capitalisedCounts, t) ||
      NAMED_IN_BRACKETS.test(text.slice(t.end, t.end + 40)) ||
      // (Or her code in the programme in a bracket: "Agnė (VLN-F-0622), Vilnius".)
      CODE_IN_BRACKET_AFTER.test(text.slice(t.end, t.end + 24)) ||
      // (Or her age after it, in a bracket too: "Sopo (Georgian, new, about 30) says".)
      ((text.charCodeAt(t.end) === 0x2c || text.charCodeAt(t.end + 1) === 0x28 || text.charCodeAt(t.end) === 0x28) && AGE_AFTER.test(text.slice(t.end, t.end + 48))) ||
      appositionFollows(scan, i) ||
      RELATIVE_WHO.test(text.slice(t.end, t.end + 12)) ||
      // (Or a letter's signature alone on its line after the thanks: "Thanks,\nGohar".)
      SIGN_OFF_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) ||
      // (Or with the writer: "Ljupka and I went", "Dana and me".)
      WITH_THE_WRITER_AFTER.test(text.slice(t.end, t.end + 8)) ||
      nameFollows(text, tokens, i) ||
      quotedAlone(text, t) ||
      (scan.chat && (chatWriter(text, t) || chatVocative(text, t))) ||
      verbFollows(text, tokens, i) ||
      verbShaped(text, tokens, i) ||
      pairInBracket(scan, i)) &&
    !scan.russianInLatinAtStart(i)
  );
}

/** Opening a bracket that holds two names joined, the other no word of the dictionary: "very young (Nikoleta & Vanesa)". */
function pairInBracket(scan: PersonScan, i: number): boolean {
  const { text, tokens } = scan;
  if (text.charCodeAt(tokens[i].start - 1) !== 0x28) return false;
  const pair = BRACKETED_PAIR_AFTER.exec(text.slice(tokens[i].end, tokens[i].end + 40));
  // (The other is the next word, or the one after "and".)
  const k = pair === null ? -1 : [i + 1, i + 2].find((j) => tokens[j] !== undefined && tokens[j].start === tokens[i].end + pair[0].length - pair[1].length - 1) ?? -1;
  return k > 0 && !scan.lexicon(k).ordinary && !scan.isPlace(tokens[k].lower);
}
const BRACKETED_PAIR_AFTER = /^[^\S\n](?:&|\+|and|и)[^\S\n](\p{Lu}\p{Ll}+)\)/u;

/**
 * A lower-case word in a narrative written with capitals, with no cue before
 * it: only a Russian given name or diminutive written so (светка, с любкой),
 * a name no dictionary has, or one that is also a word (вера) with a person's
 * verb right after it; a short one right after a preposition (у юры, с олей,
 * к ане), whose case form has a stem of two letters.
 */
function lowerCaseNameHit(scan: PersonScan, i: number): Hit {
  const { text, tokens } = scan;
  const t = tokens[i];
  const w = t.lower;
  // (A given name of the lists in lower case with her age right after it, in either script: "victoria (24) refused".)
  // (Asked only where a bracket or a comma follows.)
  const after = text.charCodeAt(t.end);
  if ((after === 0x2c || after === 0x28 || (after === 0x20 && text.charCodeAt(t.end + 1) === 0x28)) && w.length >= 3 && (GIVEN.has(w) || scan.data.given.has(w)) && AGE_RIGHT_AFTER.test(text.slice(t.end, t.end + 12))) {
    return { rule: 'person.gazetteer.lower', confidence: 0.6 };
  }
  // (Or before a term of respect written after a name, in either script: "mahalla raisi g'ulom aka said", "спроси у гули апа".)
  if (w.length >= 3 && after === 0x20 && i + 1 < tokens.length && HONORIFICS_AFTER.has(tokens[i + 1].lower) && tokens[i + 1].start === t.end + 1 && (GIVEN.has(w) || scan.data.given.has(w))) {
    return { rule: 'person.gazetteer.lower', confidence: 0.6 };
  }
  // (Or a Latin one no dictionary has, written so twice or more in a note that capitalises its other names: "met ketino and
  // lali under the bridge. ketino: patrol car…", "lali called back"; or once before a person's verb or her age described in a
  // bracket, "malika says a patrol came", "23:40 firuza (new, 19?) asked".)
  if (!t.cyrillic && w.length >= 4 && (GIVEN.has(w) || scan.data.given.has(w)) && !AMBIGUOUS_NAMES.has(w) && !scan.lexicon(i).ordinary && !scan.lexicon(i).notName && !afterSum(text, t.start) && !scan.foreignPhrase(i) && (verbFollows(text, tokens, i) || AGE_AFTER.test(text.slice(t.end, t.end + 44)) || DESCRIBED_IN_BRACKET.test(text.slice(t.end, t.end + 48)) || verbAfterBracket(text, tokens, i) || (scan.lowerCaseCounts.get(w) ?? 0) >= 2)) {
    return { rule: 'person.gazetteer.lower', confidence: 0.55 };
  }
  if (!t.cyrillic) return null;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (w.length <= 4 && prev !== undefined && SHORT_FORM_PREPOSITIONS.has(prev.lower) && text.slice(prev.end, t.start) === ' ' && shortGivenForm(w)) {
    return { rule: 'person.gazetteer.lower', confidence: 0.6 };
  }
  if (w.length >= 4 && mayBeGivenForm(w) && lowerCaseGiven(scan.lexicon(i), text, tokens, i)) return { rule: 'person.gazetteer.lower', confidence: 0.6 };
  return null;
}

const MODAL_VERBS = PERSON_WORDS.modalVerbs;
/**
 * A word no list knows between two parts of a name is a part too: "ABENA SERWAA ASANTE", "Эстер Осарумвенсе Игбинидион";
 * and a word in capitals beside a name in capitals, as a passport prints it, "в паспорте WANG FANG". Not a word of the
 * dictionary, a place's or a body's.
 */
function markInsideNames(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  const person = (k: number) => k >= 0 && k < tokens.length && hit[k] !== null && hit[k] !== undefined;
  const glued = (a: number, b: number) => text.slice(tokens[a].end, tokens[b].start) === ' ';
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (hit[i] || !t.capitalised || t.text.length < 3 || t.cyrillic !== tokens[i - 1].cyrillic) continue;
    const between = person(i - 1) && person(i + 1) && glued(i - 1, i) && glued(i, i + 1) && t.cyrillic === tokens[i + 1].cyrillic;
    // (A name in capitals is a word, not a code's letters glued to its digits: not "UIC" before "MASA0795".)
    const word = (k: number) => acronym(tokens[k].text) && !isDigitCode(text.charCodeAt(tokens[k].end)) && !isDigitCode(text.charCodeAt(tokens[k].start - 1));
    const capitals = word(i) && /[AEIOUYАЕЁИОУЫЭЮЯ]/u.test(t.text) && ((person(i - 1) && glued(i - 1, i) && word(i - 1)) || (person(i + 1) && glued(i, i + 1) && word(i + 1)));
    if (!between && !capitals) continue;
    const lex = scan.lexicon(i);
    if (lex.ordinary || lex.notName || scan.isPlace(t.lower) || scan.titlesAndCues.has(t.lower)) continue;
    hit[i] = { rule: 'person.inside-name', confidence: 0.6 };
  }
}

/**
 * A form's label before its colon is no name, whatever rule reached it: the next field's label after a value, "Imię: Ewa
 * Nazwisko: Nowak", "Nome: Giulia, cognome: Bianchi".
 */
function dropFormLabels(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  for (let k = 0; k < tokens.length; k++) if (hit[k] && FORM_LABELS.has(tokens[k].lower) && text.charCodeAt(tokens[k].end) === 0x3a) hit[k] = null;
}
const NUMBER_SIGN_WORDS = new Set(['No', 'Nr', 'Nos', 'NO', 'Nº']);
const TIMELINE_ITEM_BEFORE = /^[^\S\n]*[-–—•*][^\S\n]*$/;
const ATTRIBUTIVE_BEFORE = new Set(['the', 'this', 'that', 'last', 'next', 'every', 'early', 'late', 'mid']);
/** A name that is also a word (Вера, Hope, May, Роза): a name only where nothing says it is the word, a month or a street. */
function ambiguousNameHit(scan: PersonScan, i: number, lex: Lexicon, cued: boolean): Hit {
  const { text, tokens, data } = scan;
  const t = tokens[i];
  const w = t.lower;
  const cap = t.capitalised;
  const prevWord = i > 0 ? tokens[i - 1].lower : '';
  // (Nor a currency after its sum: "20 Lev".)
  if (/\d\s?$/.test(text.slice(Math.max(0, t.start - 2), t.start)) && CURRENCY_WORD.test(w)) return null;
  // (Not a street or place named so: "на проспекте Мира"; nor the saints' day of Faith, Hope and Love: "праздника Веры, Надежды и Любови".)
  if (!cued && placeContext(text, tokens, i, data)) return null;
  if (cap && VIRTUES_DAY.test(text.slice(Math.max(0, t.start - 20), t.end + 24)) && VIRTUES_DAY.exec(text.slice(Math.max(0, t.start - 20), t.end + 24))!.index <= Math.min(20, t.start)) return null;
  // In lower case only after a cue or before a person's verb ("надежда говорит"); never a modal verb, which a verb follows
  // too, even after a word that names people ("our client may also be reached").
  // (Or, in notes written without capitals, with a possessive: "roza's new num".)
  const possessive = scan.casual && /^['’]s\s/.test(text.slice(t.end, t.end + 3));
  // (Or before a term of respect written after a name: "хозяйка квартиры роза апай".)
  const respected = !cap && i + 1 < tokens.length && tokens[i + 1].start === t.end + 1 && HONORIFICS_AFTER.has(tokens[i + 1].lower);
  // (Or, in notes written without capitals, right after a word for a woman or a man: "met suzana and a new girl roza".)
  const afterPersonNoun = scan.casual && !cap && i > 0 && APPOSITION_NOUNS.has(prevWord) && scan.between(tokens[i - 1], t) === ' ' && !MONTHS.has(w);
  // (Or after a verb done to a person, "met mane at the bus station", "call mane on 094…"; or before a verb's form, "mane lives".)
  // (In Russian, a verb's form after a name that is no virtue: "роза вышла сама"; "надежда была" is hope.)
  const virtue = VIRTUES.some((v) => lex.lemmas.includes(v) || w === v);
  const personsVerb = scan.casual && !cap && ((i > 0 && PERSON_OBJECT_VERBS.has(prevWord) && scan.between(tokens[i - 1], t) === ' ') || ((!t.cyrillic || !virtue) && verbShaped(text, tokens, i)));
  // (Or, in the genitive, after what a person has: "телефон розы", "инстаграм розы"; or a message's sender before its time, "от
  // розы 02:14".)
  const owner = scan.casual && !cap && t.cyrillic && w !== lex.lemmas[lex.lemmas.length - 1] && i > 0 && scan.between(tokens[i - 1], t) === ' ' && (POSSESSION_NOUNS.has(prevWord) || (prevWord === 'от' && /^[^\S\n]\d{1,2}:\d{2}(?!\d)/.test(text.slice(t.end, t.end + 7))));
  if (!cap && (MODAL_VERBS.has(w) || (!cued && !possessive && !respected && !afterPersonNoun && !personsVerb && !owner && !verbFollows(text, tokens, i)))) return null;
  const after = text.slice(t.end, t.end + 12);
  const nextWord = i + 1 < tokens.length ? tokens[i + 1].lower : '';
  // (Or a heading's or a note's month between a comma or a colon and a full stop or a comma: "Budapest, case log, June.",
  // "Follow-up: April, with the draft"; not after a word for a person, "her friend, May, said".)
  const headingMonth =
    MONTHS.has(w) && i > 0 && /^[,:] $/.test(scan.between(tokens[i - 1], t)) && /^[.,](?:\s|$)/.test(after) && !scan.cueBefore(prevWord) && !APPOSITION_NOUNS.has(prevWord) && !verbFollows(text, tokens, i);
  // (Or alone on its line, a heading: "April\n— 2 detentions", "MAY\nNo new incidents".)
  // (Or a heading's last part after a slash or a bar: "Yerevan / peer volunteers / April", "DNIPRO | Incident form | April".)
  const lineMonth =
    MONTHS.has(w) && (/(?:^|\n)[^\S\n]*$/.test(text.slice(Math.max(0, t.start - 4), t.start)) || /[^\S\n][/|][^\S\n]$/.test(text.slice(Math.max(0, t.start - 3), t.start))) && /^[^\S\n]*:?[^\S\n]*(?:\n|$)/.test(after);
  // (Or a timeline's item, "- April: Arman's uncle came"; or a month describing a noun after "the", "the June statement".)
  const itemMonth = MONTHS.has(w) && TIMELINE_ITEM_BEFORE.test(lineBefore(text, t.start, 6) ?? '') && after.startsWith(':');
  const attributiveMonth = MONTHS.has(w) && ATTRIBUTIVE_BEFORE.has(prevWord) && i + 1 < tokens.length && !tokens[i + 1].capitalised && scan.between(t, tokens[i + 1]) === ' ' && !verbFollows(text, tokens, i) && !verbShaped(text, tokens, i);
  const monthLike = MONTHS.has(w) && (MONTH_BEFORE.has(prevWord) || /^\s*\d/.test(after) || /^\s[Dd]ay\b/.test(after) || monthBeside(scan, i) || headingMonth || lineMonth || itemMonth || attributiveMonth);
  // (Capitalised inside a sentence it is a name: Russian and English capitalise no virtue there, "забрал Веру в отдел".)
  const wordLike = virtue && (!cap || sentenceStart(text, t.start)) && /^\s+(в|во|к|на|in|of|that|for)\s/i.test(after) && !cued && !['говорит', 'said', 'says'].includes(nextWord);
  // At the start of a sentence, the word unless a name, a verb or an age follows ("Надежда только на записи", "Любовь этого отдела").
  // (Not the name itself before a comma, "Joy, a trans woman who ...": the word in a case form, "Надежды, что ..."; nor
  // before "из" or "from" and a town, "— Надежда из Николаева"; nor
  // before her work name in brackets or her phone after a colon, "Вера (рабочее имя Ева)", "Вера: тел. +7 928 …".)
  const wordAtStart =
    virtue && cap && sentenceStart(text, t.start) && !cued && !(VIRTUES.includes(w) && after.startsWith(',')) && !/^\s?\(\s?\p{Lu}/u.test(after) && !/^:\s?(?:тел|tel|phone|моб|mob)/iu.test(after) && !NAMED_IN_BRACKETS.test(text.slice(t.end, t.end + 40)) && !/^ (?:and|и|из|from) \p{Lu}/u.test(after) && !nameFollows(text, tokens, i) && !verbFollows(text, tokens, i) && !verbShaped(text, tokens, i);
  // (A chat message's writer is a name: "Вера 23:10: плохо".)
  if (cap && scan.chat && chatWriter(text, t)) return { rule: 'person.gazetteer', confidence: 0.8 };
  if (monthLike || wordLike || wordAtStart) return null;
  // (After a cue it is a name for certain, and the words beside it are read as its other parts: officer Mark Baker. Not a
  // month's or a virtue's name, whose other mentions are often the word's: a nickname "April", then "since April 2022";
  // подруга Надежда, then "Надежда на прокуратуру".)
  if (cued && cap && !MONTHS.has(w) && !virtue) return { rule: 'person.gazetteer', confidence: 0.8 };
  return { rule: 'person.gazetteer.ambiguous', confidence: 0.7 };
}


/** Prepositions that are given names too. */
const PREPOSITION_NAMES = new Set(['per', 'till']);
/** A time's or a unit's word after a preposition that is a name too (per, till). */
const PREPOSITION_OBJECT = /^\s(?:week|day|month|hour|night|year|shift|visit|session|client|person|head|cent|capita|annum|se|diem|kg|now|then|late|morning|evening|midnight|noon|the|a|an|each|every)(?![\p{L}])/iu;

/** Word i opens brackets right after a name: another name for the same person, "Роза (Розалия Хасанова)", «Бек» (Омаров Берик). */
function bracketAlias(scan: PersonScan, i: number): boolean {
  const { text, tokens } = scan;
  return i > 0 && !!scan.hit[i - 1] && /^["»”']?\s?\($/.test(text.slice(tokens[i - 1].end, tokens[i].start));
}

/**
 * A capitalised word right after or before a known part of a name is part of
 * it (Vladimir Pak, Ким А.С.), and so is another name for the same person in
 * brackets.
 */
const TWO_INITIALS_AFTER = /^\s?\p{Lu}\.\s?\p{Lu}\./u;

/** An age in apposition right after a word: "Nisan, 29, works", "Айгуль (Гуля), 24 года". */
// (Or an age in the bracket after it, among other words: "Мадона (из Кутаиси, около 40)", "Sopo (Georgian, new, about 30)",
// "Cholpon (28, from Naryn)", "Shpresa (Ashkali, 38)".)
/** A bracket right after a word that describes a woman: her decade, or her standing with the team or her kin. */
const DESCRIBED_IN_BRACKET =
  /^\s?\((?:[^()\n]{0,30}?[,\s])?(?:\d0-?s|\d0-е|\d0-х)(?![\p{L}\d])|^\s?\((?:the\s+)?(?:regular|new|new girl|newcomer|client|friend|sister|cousin|neighbou?r|flatmate|roommate|roma|romni|young|older|постоянная|новая|новенькая|подруга|сестра|соседка|клиентка|ромка|цыганка)(?:[,);]|\s(?:one|girl|woman|lady|client|from|here|женщина|девушка))/iu;
const AGE_AFTER =
  /^\s*(?:\([^)]{1,40}\)\s*|["«“„'][^"»”“'\n]{1,30}["»”“']\s*)?(?:,\s*|\s[—–]\s)\d{1,2}\s*(?:,|год|лет|жаста|years|y\.o\.|\))|^\s?\([^()\n]{1,40}?,\s?(?:около|примерно|about|aged|approx\.?|~)\s?\d{2}(?!\d)|^\s?\((?:[^()\n]{0,40}?[,\s])?\d{2}\s?(?:лет|года|год|y\.\s?o\.|years?)(?![\p{L}\d])|^\s?\(\d{2},\s|^\s?\([^()\n,]{1,30},\s?\d{2}\??\)|^\s?\((?:лет|годам|aged|age)\s?~?\d{2}(?!\d)/u;

/** Words before a month or a weekday that say it is one: "in May", "every May", "on Friday", "с пятницы". */
const CALENDAR_BEFORE = new Set([
  ...MONTH_BEFORE, 'on', 'during', 'after', 'before', 'в', 'во', 'с', 'со', 'до', 'по', 'к', 'на', 'после', 'перед', 'накануне', 'каждый', 'каждую', 'каждое',
]);

const THANK_GOD = /^\s(?:богу|bogu|аллаху|allahu|allahga)(?![\p{L}])/iu;

/** A Russian month in the genitive right after a word: a date's or a holiday's ("Первому мая", "Восьмое марта"). */
const MONTH_GENITIVE_AFTER = /^\s(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![\p{L}])/iu;

/** The word "month" after a month's name: "Мая месяца", "May month". */
const MONTH_WORD_AFTER = /^\s(?:месяц|month)/iu;

/** Word i, a month's or weekday's word, is used as one here: a word before it says so, or a date's number beside it. */
function calendarUse(scan: PersonScan, i: number, notHere: ReadonlySet<string> = NONE): boolean {
  const { text, tokens } = scan;
  const t = tokens[i];
  // (A time right before is no date's day: "at around 23:00 Mai called".)
  if (/\d:\d\d\s?$/.test(text.slice(Math.max(0, t.start - 6), t.start)) && !(i > 0 && CALENDAR_BEFORE.has(tokens[i - 1].lower))) return /^\s*\d/.test(text.slice(t.end, t.end + 3));
  const before = i > 0 ? tokens[i - 1].lower : '';
  return (CALENDAR_BEFORE.has(before) && !notHere.has(before)) || /^\s*\d/.test(text.slice(t.end, t.end + 3)) || MONTH_WORD_AFTER.test(text.slice(t.end, t.end + 8)) || monthBeside(scan, i);
}
const NONE: ReadonlySet<string> = new Set();
/** Words before a month's word that lead to a person as often: "on", "of", "to", "by", "к", "на", "с", "по". */
const PERSON_OR_DATE_BEFORE = new Set(['on', 'of', 'to', 'by', 'к', 'на', 'с', 'по']);
const PERSON_OR_DATE_BEFORE_OF_DAYS = new Set([...PERSON_OR_DATE_BEFORE].filter((w) => w !== 'on'));
const ENGLISH_WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * A month's or weekday's word that is a person's name here (Mai Kask, Nisan Yılmaz, "Nisan, 29, a trans woman"): right
 * before a surname, or with an age in apposition after it, and nothing beside it that makes it a date. markMentions then
 * finds its other mentions, where they are not dates either ("Mai says", not "born in May").
 */
const ARTICLES = PERSON_WORDS.articles;
function markCalendarNames(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  // The Russian names that are months' forms found so far (Маю inside a sentence), by their nominative.
  for (let k = 0; k < tokens.length; k++) {
    const monthName = tokens[k].cyrillic && scan.named(k) ? MONTHS_ALSO_NAMES_RU.get(tokens[k].lower) : undefined;
    if (monthName !== undefined) scan.calendarNames.add(monthName);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // (The packs' words of public bodies are kept with their months: Piața Victoriei is a square. Their common words are read
    // here as the months are, since several are surnames too: "Elena Karar", "Ion Freier".)
    if (hit[i] || !t.capitalised || t.text.length < 3 || !(scan.calendar(t) || MONTHS_ALSO_NAMES_RU.has(t.lower)) || scan.data.institutions.has(t.lower) || scan.data.institutions.has(foldDiacritics(t.lower)) || (!t.cyrillic && germanNoun(t.text))) continue;
    const next = tokens[i + 1];
    const beforeSurname = next !== undefined && scan.between(t, next) === ' ' && SURNAME_RULES.has(hit[i + 1]?.rule ?? '') && !scan.calendar(next);
    // (Before a surname, a word that leads to a person as well as to a date does not make it one: "attack on Nisan Yılmaz",
    // "on behalf of Mai Tamm"; "In March Kowalski paid" is a date.)
    // ("On Friday Novak came": a weekday takes "on" as its own.)
    if (beforeSurname ? calendarUse(scan, i, ENGLISH_WEEKDAYS.has(t.lower) ? PERSON_OR_DATE_BEFORE_OF_DAYS : PERSON_OR_DATE_BEFORE) : calendarUse(scan, i)) continue;
    // (A Russian name that is a month's form, found inside a sentence, starts one too: "Встретила Маю. Мая приехала".)
    const foundInside = t.cyrillic && scan.calendarNames.has(MONTHS_ALSO_NAMES_RU.get(t.lower) ?? '');
    // (Or a person's verb right after it, "Mai worked", "Nisan told us"; not one a month or a day does too, "Friday came".)
    // (Nor after an article: "the Zuhälter called himself Timo" names a role.)
    // (A month of another language than the narrative's lists is no time that comes: "Mai arrived in May".)
    const foreign = !CALENDAR.has(t.lower);
    const personVerb = (verbFollows(text, tokens, i) || (foreign && verbShaped(text, tokens, i) && /(?:ed|ла|л)$/.test(tokens[i + 1].lower))) && (!PERSON_WORDS.timeVerbs.has(tokens[i + 1].lower) || foreign) && !(i > 0 && ARTICLES.has(tokens[i - 1].lower) && scan.between(tokens[i - 1], t) === ' ');
    // (A Russian month's form is written in lower case in a date: capitalised inside a sentence, with no date beside it, it is
    // her name, "Принимала: Марта (социальный работник)".)
    // (After a label's colon too: a date is never written so.)
    const capitalisedInside = t.cyrillic && MONTHS_ALSO_NAMES_RU.has(t.lower) && (!sentenceStart(text, t.start) || /\p{L}:[^\S\n]$/u.test(text.slice(Math.max(0, t.start - 3), t.start)));
    // (Or a month of another language listed after a name, with no date's number after it: "Team: Rasa, Julius." (július in
    // Hungarian), not "Anna, Friday night", "Anna, május 2024".)
    const listed = foreign && i > 0 && hit[i - 1] !== null && tokens[i - 1].capitalised && scan.between(tokens[i - 1], t) === ', ' && !dateBeside(text, t) && !DIGIT_AFTER.test(text.slice(t.end, t.end + 4));
    if (beforeSurname || foundInside || personVerb || capitalisedInside || listed || AGE_AFTER.test(text.slice(t.end, t.end + 12))) {
      hit[i] = { rule: 'person.calendar-name', confidence: 0.6 };
      scan.calendarNames.add(t.lower);
    }
  }
}
const DIGIT_AFTER = /^[^\S\n]*\d/;
/**
 * A word alone in a bracket right after a full name, the short form she goes by, even one a dictionary holds: "Agnieszka
 * Zielińska (Aga)", "Катержина Дворжакова (Катка)". Not a place, a role or a title.
 */
function shortFormAfterFullName(scan: PersonScan, i: number): boolean {
  const { text, tokens, hit } = scan;
  const t = tokens[i];
  return i > 1 && t.capitalised && hit[i - 2] !== null && scan.between(tokens[i - 2], tokens[i - 1]) === ' ' && text.charCodeAt(t.end) === 0x29 && !scan.isPlace(t.lower) && !scan.titlesAndCues.has(t.lower) && !scan.lexicon(i).notName;
}
/**
 * The word in a bracket right after a name is its short form, even a word: it starts with the name's first two letters and
 * the bracket closes after it ("Шахноза (Шаха)", "Магомед (Мага)").
 */
function shortFormOf(scan: PersonScan, name: number, k: number): boolean {
  const { text, tokens } = scan;
  const t = tokens[k];
  return t.capitalised && t.text.length >= 3 && text.charCodeAt(t.end) === 0x29 && tokens[name].lower.length > t.lower.length && tokens[name].lower.startsWith(t.lower.slice(0, 2)) && !scan.isPlace(t.lower);
}
const INITIALS_RIGHT_AFTER = /^ \p{Lu}\.\s?\p{Lu}\.(?!\p{L})/u;
const SURNAME_RULES = new Set(['person.surname', 'person.unknown-word', 'person.surname-listed', 'person.patronymic']);

/** A word in a script without capitals (Hangul, Georgian) or in Armenian letters. */
const OTHER_SCRIPT_WORD = /^[\uac00-\ud7a3\u10d0-\u10ff\u0531-\u0587]+$/u;

/** Peoples' names that are common surnames too (Romanian, Hungarian, Czech, South Slavic). */
const DEMONYM_SURNAMES = new Set(['moldovan', 'rusu', 'sârbu', 'sarbu', 'grecu', 'turcu', 'ungureanu', 'bulgaru', 'horvat', 'horváth', 'horvath', 'németh', 'nemeth', 'tóth', 'toth', 'orosz', 'lengyel', 'török', 'torok', 'cseh', 'rácz', 'racz', 'němec', 'nemec', 'polák', 'polak', 'rus', 'litvak', 'tatar', 'tatarov', 'nemets']);
function markBesideNames(scan: PersonScan): void {
  const { text, tokens, hit, data } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (hit[i]) continue;
    const t = tokens[i];
    const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
    const nextHit = next !== undefined && hit[i + 1] !== null && scan.between(t, next) === ' ' && PATRONYMIC.test(next.text);
    // A nickname in quotes in brackets right after a name is one, even a word or a place: Ermal Shehu ("Mali"), Roxana P. ("Roxy").
    const inQuotesInBrackets = (k: number) => (tokens[k].text.length === 1 ? /^\.?\s?\(\s?["«“']$/ : /^\s?\(\s?["«“']$/).test(scan.between(tokens[k], t)) && /^["»”']\s?\)/.test(text.slice(t.end, t.end + 3));
    // (After her surname's initial too, read with the name later: Roxana P. ("Roxy").)
    const initialAfterName = (k: number) => k > 0 && tokens[k].text.length === 1 && tokens[k].capitalised && hit[k - 1] !== null && hit[k - 1] !== undefined && scan.between(tokens[k - 1], tokens[k]) === ' ';
    // (The name written again in another script in a bracket right after it: "Kanykei Abdrakhmanova (카니케이 압드라흐마노바)".)
    // (No more words than the name has, and in Georgian letters as many, with the name's first letter: not a place, "Nino
    // Beridze (თბილისი)"; Hangul writes a name in one word, "Чхве Ён Гилем (최영길)".)
    if (i > 0 && hit[i - 1] && OTHER_SCRIPT_WORD.test(t.text) && scan.between(tokens[i - 1], t) === ' (') {
      let k = i;
      while (k + 1 < tokens.length && k - i < 3 && scan.between(tokens[k], tokens[k + 1]) === ' ' && OTHER_SCRIPT_WORD.test(tokens[k + 1].text)) k++;
      let first = i - 1;
      while (first > 0 && hit[first - 1] && scan.between(tokens[first - 1], tokens[first]) === ' ') first--;
      const georgian = /^[\u10d0-\u10ff]/.test(t.text);
      if (text.charCodeAt(tokens[k].end) === 0x29 && (georgian ? k - i === i - 1 - first && foldDiacritics(t.text)[0] === tokens[first].lower[0] : k - i <= i - 1 - first)) {
        for (let m = i; m <= k; m++) hit[m] ??= { rule: 'person.adjacent', confidence: 0.6 };
        continue;
      }
    }
    if (t.capitalised && i > 0 && (hit[i - 1] || initialAfterName(i - 1)) && inQuotesInBrackets(i - 1)) {
      hit[i] = { rule: 'person.adjacent', confidence: 0.6 };
      continue;
    }
    // (The second word of a chat's writer after a name, even a word or a brand: "Вова Газель: ты где" is a contact's name.)
    if (scan.chat && t.capitalised && i > 0 && scan.named(i - 1) && scan.between(tokens[i - 1], t) === ' ' && chatWriter(text, tokens[i - 1], t)) {
      hit[i] = { rule: 'person.adjacent', confidence: 0.6 };
      continue;
    }
    // (A people's name that is a common surname too, right after a given name and before no noun it would describe: "My
    // sister, Alina Moldovan, picked me up", "Elena-Cristina Moldovan, CNP"; not "Alina, Moldovan citizen".)
    if (t.capitalised && i > 0 && hit[i - 1] !== null && scan.between(tokens[i - 1], t) === ' ' && DEMONYM_SURNAMES.has(t.lower) && givenName(scan, i - 1) && !(next !== undefined && !next.capitalised && scan.between(t, next) === ' ')) {
      hit[i] = { rule: 'person.adjacent', confidence: 0.6 };
      continue;
    }
    // (A place only when its name is exact: Kranjc after Nataša is no form of Kranj.)
    // (Nor letters with digits right after them, a document's series: НАЗАРОВА ДИЛНОЗА FA1234567.)
    // (Nor a German noun by its ending, Beschwerdestelle, Gewaltschutzambulanz, unless a given name is right before it: "Anna
    // Steinhäuser".)
    if (!t.capitalised || (NOT_NAMES.has(t.lower) && !nextHit) || t.text.length < 2 || (!t.cyrillic && germanNoun(t.text) && !(i > 0 && hit[i - 1] !== null && givenName(scan, i - 1))) || isDigitCode(text.charCodeAt(t.end)) || exactPlace(data, t.lower) || PLACE_AFTER.has(t.lower) || data.address.afterName.has(t.lower) || PERSON_WORDS.honorificsAfter.has(t.lower)) continue;
    // After a space, or a hyphen (the second half of a double surname: Popescu-Lupu).
    // (In capitals, after a surname, only a word no dictionary has or a given name goes on the name: not the angry sentence
    // after it, "КАСЫМОВ ОПЯТЬ ПРИЕЗЖАЛ".)
    const shoutedWord = i > 0 && hit[i - 1]?.rule === 'person.surname' && t.text.length >= 2 && t.text === t.text.toUpperCase() && scan.lexicon(i).ordinary && !scan.lexicon(i).given && !data.given.has(t.lower);
    const prevHit = i > 0 && hit[i - 1] !== null && /^[ -]$/.test(scan.between(tokens[i - 1], t)) && hit[i - 1]!.rule !== 'person.gazetteer.ambiguous' && !shoutedWord;
    // Another name for the same person in brackets: Ядвигой (Ядзей), Кориной Ротарь (Corina Rotari).
    // (A nickname in quotes there may be a word: Гасанов («Усатый»), Parvina («Pari»).)
    // (Not a country's or a group's code in capitals: "Dana (BG)", "Кристийна (ESTL)".)
    // (Nor a place of two words the packs hold, her district: "Ферида (Шуто Оризари)".)
    const alias =
      i > 0 &&
      hit[i - 1] !== null &&
      (/^["»”']?\s?\($/.test(scan.between(tokens[i - 1], t))
        ? (/^["»”']/.test(scan.between(tokens[i - 1], t)) ? text.charCodeAt(t.end) === 0x29 && !scan.calendar(t) : true) &&
          (!scan.lexicon(i).ordinary || shortFormAfterFullName(scan, i) || shortFormOf(scan, i - 1, i)) && !(acronym(t.text) && t.text.length <= 4) && !(next !== undefined && data.places.has(foldDiacritics(`${t.lower} ${next.lower}`)))
        : inQuotesInBrackets(i - 1));
    // (Before a patronymic's shape, not a word of the dictionary that starts a sentence: "Результат Омерович показал", where
    // -ович is a Balkan surname's ending; a given name that is a word too stays, "Вера Петровна".)
    const wordBeforeSurname = nextHit && scan.lexicon(i).ordinary && !scan.lexicon(i).given && !data.given.has(t.lower) && sentenceStart(text, t.start);
    // (Or a surname no dictionary has before her initials, even one read as a place's case form: "судья Сургутова Е.Н.",
    // "magistrate Sokolova E.V.".)
    const beforeInitials = next !== undefined && INITIALS_RIGHT_AFTER.test(text.slice(t.end, t.end + 8)) && t.text.length >= 4 && (!scan.lexicon(i).ordinary || (t.cyrillic && i > 0 && !sentenceStart(text, t.start))) && !exactPlace(data, t.lower);
    if ((prevHit && !sentenceStart(text, t.start)) || (nextHit && !wordBeforeSurname) || alias || beforeInitials || fullNameInBracketAfter(scan, i)) hit[i] = { rule: 'person.adjacent', confidence: 0.6 };
  }
}

/**
 * A word no dictionary has right before a bracket that holds a full name of two or three words and nothing else: her
 * nickname, however the sentence starts, "the loan: Ďuro (Juraj Mižigár), who lends"; or her name before the bracket of her
 * short name, her surname after it.
 */
function fullNameInBracketAfter(scan: PersonScan, i: number): boolean {
  const { text, tokens, hit } = scan;
  if (i + 2 >= tokens.length || scan.between(tokens[i], tokens[i + 1]) !== ' (' || !hit[i + 1] || scan.lexicon(i).ordinary || scan.isPlace(tokens[i].lower) || acronym(tokens[i].text)) return false;
  let k = i + 1;
  while (k + 1 < tokens.length && k - i < 3 && hit[k + 1] && scan.between(tokens[k], tokens[k + 1]) === ' ') k++;
  if (text.charCodeAt(tokens[k].end) !== 0x29) return false;
  // (Or of one given name, with her surname after the bracket: "Габриэлла (Габи) Пап".)
  return k > i + 1 || (givenName(scan, i + 1) && k + 1 < tokens.length && hit[k + 1] !== null && scan.between(tokens[k], tokens[k + 1]) === ') ');
}

/** Her year of birth right after her name: "Ткач Алина Сергеевна, 2002 г.р.". */
const BIRTH_YEAR_AFTER = /^,?[^\S\n](?:19|20)\d\d[^\S\n]?г\.?[^\S\n]?р\./u;
/** A surname that is an adjective's form, and the adjectives of a letter's address that are none (see markBeforeNames). */
const ADJECTIVE_SURNAME = /[\p{L}]{3}(?:ая|яя|ий|ой|ый)$/u;
/** A surname in -ов, -ев, -ин in a case that agrees with the patronymic after the given name: "на Орлову Валерию Сергеевну". */
const SURNAME_IN_CASE = /[\p{L}]{2}(?:ов|ев|ёв|ин|ын)(?:а|у|ой|ым|ом|е)$/u;
// (Not a participle or a role written as an adjective, "Оперуполномоченный", "Потерпевшая", "Дежурный", "Понятой".)
const ADDRESSING_ADJECTIVE = /^(?:глубоко|много)?уважаем|^дорог|^мил|^любим|^родн|^бедн|^покойн|^незабвенн|^светл|^добр|^ув\.|^дежурн|^участков|^главн|^ответственн|^понят|(?:вш|нн|ем|им|ущ|ющ|ащ|ящ|ов|ев|ш|ч|щ)(?:ая|ий|ый|ой)$/u;

/**
 * Russian words for a body, a project, a business or kin that may stand before a given name in a cell: "| Фонд Анна |",
 * "| Мама Алина |". The packs' businesses and forms of address, and these.
 */
const NOT_SURNAME_IN_CELL = unionOf(
  unionOf(PERSON_WORDS.businesses, TITLE_WORDS),
  new Set('фонд проект центр программа операция озеро клуб бар салон компания агентство магазин рынок пансионат санаторий курорт мама папа сестра брат подруга друг бабушка дочь сын муж жена'.split(' ')),
);
/** The last word of the name that word k opens: the words found after it, a space between each. */
function lastOfName(scan: PersonScan, k: number): number {
  while (k + 1 < scan.tokens.length && scan.hit[k + 1] && scan.between(scan.tokens[k], scan.tokens[k + 1]) === ' ') k++;
  return k;
}
/** The text from start to end fills a cell of a table whose cells a bar, a semicolon or a tab divides (a remark in brackets may follow). */
function nameFillsCell(text: string, start: number, end: number): boolean {
  const before = CELL_OPENS.exec(text.slice(Math.max(0, start - 8), start));
  const after = CELL_CLOSES.exec(text.slice(end, end + 40));
  return before !== null && after !== null && (before[1] !== undefined || after[1] !== undefined);
}
const CELL_OPENS = /(?:^|\n|([|;\t]))[^\S\n]*$/;
const CELL_CLOSES = /^[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?(?:([|;\t])|\n|$)/;

/**
 * Right to left, so that each word passes its hit on to the one before: a word
 * the dictionaries do not know before a given name (Szabó Renáta,
 * Kovács-Horváth Zsófia: surname first), before the second half of a double
 * surname, or before a name in a list (Jeca, Ceca and Beba), even at the start
 * of a sentence; or a capitalised word inside a sentence before a surname,
 * even one the dictionary has ("her colleague Sultana Memedova").
 */
function markBeforeNames(scan: PersonScan): void {
  const { text, tokens, hit, data } = scan;
  for (let i = tokens.length - 2; i >= 0; i--) {
    const t = tokens[i];
    // (A surname of two letters the packs hold, before a given name found: "Свидетель: Ли Ольга", "Ли Марина".)
    if (t.text.length === 2 && !hit[i] && hit[i + 1] && t.capitalised && t.text[1] !== t.text[1].toUpperCase() && data.surnames.has(t.lower) && (t.cyrillic || !englishLexicon().has(t.lower)) && scan.between(t, tokens[i + 1]) === ' ' && givenName(scan, i + 1)) {
      hit[i] = { rule: 'person.surname-first', confidence: 0.7 };
      continue;
    }
    // Most words: no name right after them, nor a conjunction (asked first: it costs least).
    // (An abbreviation is no name, unless the name after it is in capitals too, as a passport writes it: HNATIUK OKSANA.)
    if (hit[i] || !t.capitalised || (!hit[i + 1] && !CONJUNCTIONS.has(tokens[i + 1].lower)) || t.text.length < 3 || (acronym(t.text) && !(t.text.length >= 4 && hit[i + 1] && allCapitals(tokens[i + 1].text)))) continue;
    const gap = scan.between(t, tokens[i + 1]);
    // (A word before a given name and a patronymic is the surname, written first as Russian papers write a name; a word's
    // only after a form's label: "ФИО по паспорту: Соловей Екатерина Михайловна", not "Уважаемая Ольга Викторовна".)
    const fio =
      gap === ' ' && hit[i + 1] && i + 2 < tokens.length && hit[i + 2] && t.cyrillic === tokens[i + 1].cyrillic && scan.between(tokens[i + 1], tokens[i + 2]) === ' ' && FULL_PATRONYMIC.test(tokens[i + 2].text);
    // (Or with her age after the patronymic: "Мельник Алина Сергеевна, 27 лет".)
    // (Or a surname that is an adjective, "Бережная Тамара Ивановна", not a form of address, "Уважаемая Ольга Викторовна".)
    // (Or alone with the given name, and its patronymic, in a table's cell: "| Жук Татьяна | 1988 |", "ODS-160 | Мельник Наталія
    // Вікторівна |".)
    // (A word of the English dictionary so only with a patronymic after the given name, a Russian one that is no role's, body's
    // or business's ("| Жук Татьяна |", a surname that is a word): not "| Свидетель Алина |", "| Фонд Анна |", "| Witness Lola |".)
    const last = lastOfName(scan, i + 1);
    if (gap === ' ' && hit[i + 1] && givenName(scan, i + 1) && (fio || last > i + 1 || !scan.lexicon(i).ordinary || (t.cyrillic && !NOT_SURNAME_IN_CELL.has(t.lower) && !scan.data.institutions.has(t.lower))) && nameFillsCell(text, t.start, tokens[last].end) && !ADDRESSING_ADJECTIVE.test(t.lower) && !scan.isPlace(t.lower) && !scan.titlesAndCues.has(t.lower) && !scan.calendar(t) && !FORM_LABELS.has(t.lower)) {
      hit[i] = { rule: 'person.surname-first', confidence: 0.75 };
      continue;
    }
    if (fio && (!scan.lexicon(i).ordinary || /:[^\S\n]*$/.test(text.slice(Math.max(0, t.start - 4), t.start)) || (ADJECTIVE_SURNAME.test(t.lower) && !ADDRESSING_ADJECTIVE.test(t.lower)) || (SURNAME_IN_CASE.test(t.lower) && t.lower.at(-1) === tokens[i + 2].lower.at(-1)) || ((AGE_AFTER.test(text.slice(tokens[i + 2].end, tokens[i + 2].end + 14)) || BIRTH_YEAR_AFTER.test(text.slice(tokens[i + 2].end, tokens[i + 2].end + 16))) && !VERB_ENDING.test(t.lower))) && !scan.isPlace(t.lower) && !scan.titlesAndCues.has(t.lower) && !scan.calendar(t)) {
      hit[i] = { rule: 'person.surname-first', confidence: 0.8 };
      continue;
    }
    // "Jeca and Beba": the conjunction is a word between the two.
    const listed = CONJUNCTIONS.has(tokens[i + 1].lower) && gap === ' ' && i + 2 < tokens.length && scan.between(tokens[i + 1], tokens[i + 2]) === ' ' && scan.named(i + 2);
    const next = hit[i + 1];
    const kind = !scan.named(i + 1)
      ? listed
        ? 'list'
        : null
      : gap === '-'
        ? 'double'
        : gap === ' ' && next!.rule === 'person.gazetteer'
          ? 'given'
          : gap === ' ' && (next!.rule === 'person.surname' || (next!.rule === 'person.unknown-word' && (!plainDictionaryWord(t.lower) || AGE_AFTER.test(text.slice(tokens[i + 1].end, tokens[i + 1].end + 12))))) && (!sentenceStart(text, t.start) || bracketAlias(scan, i) || (next!.rule === 'person.surname' && AGE_AFTER.test(text.slice(tokens[i + 1].end, tokens[i + 1].end + 44))))
            ? 'before-surname'
            : gap === ', '
              ? 'list'
              : null;
    // (A given name that is also a place's, Sofia, Florence, Adelaide, right before a surname is a name, even at a
    // sentence's start: "Sofia Petrova was detained", "Sofia Argyrou, lawyer" (a word no dictionary has); not after a preposition of place, which placeContext asks below.)
    const givenPlace =
      gap === ' ' &&
      scan.named(i + 1) &&
      (next!.rule === 'person.surname' ||
        (next!.rule === 'person.unknown-word' && (AGE_AFTER.test(text.slice(tokens[i + 1].end, tokens[i + 1].end + 12)) || (tokens[i + 1].text.length >= 5 && !scan.lexicon(i + 1).ordinary)))) &&
      (GIVEN.has(t.lower) || data.given.has(t.lower) || (t.cyrillic && mayBeGivenForm(t.lower))) &&
      scan.isPlace(t.lower);
    if (givenPlace) {
      if (!placeContext(text, tokens, i, data)) hit[i] = { rule: 'person.adjacent', confidence: 0.6 };
      continue;
    }
    if (kind === null || NOT_NAMES.has(t.lower) || scan.cueBefore(t.lower) || TITLE_WORDS.has(t.lower) || scan.isPlace(t.lower)) continue;
    const lex = scan.lexicon(i);
    // (A surname that is also a word's form, before the given name: Омаров Берик, not the lobsters' genitive.)
    // (Or a Hungarian surname written first that is a word of English, after a rank: "r. törm. Kiss Gábor", "officer Nagy Anna".)
    const surnameFirst =
      (kind === 'given' && t.cyrillic && SURNAME_CYR.test(t.text) && (!sentenceStart(text, t.start) || bracketAlias(scan, i))) ||
      (kind === 'given' && !t.cyrillic && i > 0 && !sentenceStart(text, t.start) && (scan.cueBefore(tokens[i - 1].lower) || TITLE_WORDS.has(tokens[i - 1].lower) || /^\.\s$/.test(scan.between(tokens[i - 1], t))));
    if (lex.notName || (lex.ordinary && kind !== 'before-surname' && !surnameFirst) || scan.calendar(t) || placeContext(text, tokens, i, data)) continue;
    hit[i] = { rule: 'person.adjacent', confidence: 0.6 };
  }
}

/**
 * A given name that is also a word (вера, надежда), in lower case, listed with
 * a name ("вера и надя", "надя, вера"), or a word no dictionary knows listed
 * so ("Met pepa, Gergana and Lili"); and a word no dictionary knows, in lower
 * case, with the writer: "me and goca", "goca and me", "мы с гоцей", "я и зуза".
 */
function markListedAndWithWriter(scan: PersonScan): void {
  // (Twice where the first pass found one: a list's first name is known by the names found after it, "darima, seseg and
  // aital came".)
  if (markListedAndWithWriterOnce(scan)) markListedAndWithWriterOnce(scan);
}
function markListedAndWithWriterOnce(scan: PersonScan): boolean {
  const { text, tokens, hit } = scan;
  let found = false;
  for (let i = 0; i < tokens.length; i++) {
    if (hit[i] || tokens[i].capitalised) continue;
    const listedAfter = (i + 2 < tokens.length && scan.named(i + 2) && listLink(text, tokens, i)) || (i + 1 < tokens.length && scan.named(i + 1) && scan.between(tokens[i], tokens[i + 1]) === ', ');
    const listedBefore = (i >= 2 && scan.named(i - 2) && listLink(text, tokens, i - 2)) || (i >= 1 && scan.named(i - 1) && scan.between(tokens[i - 1], tokens[i]) === ', ');
    if ((listedAfter || listedBefore) && !scan.titlesAndCues.has(tokens[i].lower) && (scan.lexicon(i).ambiguous || (scan.lexicon(i).given && !scan.lexicon(i).ordinary) || (scan.unknownLowerCase(i) && (tokens[i].cyrillic || !scan.foreignPhrase(i)))) && !scan.isPlace(tokens[i].lower) && !scan.data.notNames.has(tokens[i].lower)) {
      hit[i] = { rule: 'person.gazetteer.listed', confidence: 0.6 };
      found = true;
    } else if ((withWriter(text, tokens, i - 2, i) || withWriter(text, tokens, i, i + 2)) && scan.unknownLowerCase(i) && !scan.titlesAndCues.has(tokens[i].lower) && (tokens[i].cyrillic || !scan.foreignPhrase(i))) hit[i] = { rule: 'person.with-writer', confidence: 0.6 };
  }
  return found;
}

/**
 * Words of speech quoted in Armenian letters, which write a name with a capital: a word in lower case ("ասում", "կսպանի"),
 * and a capitalised word that opens a quote before one in lower case without a comma between («Սպասիր վաղը …»); not a
 * given name of the lists, nor a surname's "-յան".
 */
function dropArmenianSpeech(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  if (!ARMENIAN_LETTER.test(text)) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!hit[i] || !ARMENIAN_WORD.test(t.text) || givenName(scan, i) || ARMENIAN_SURNAME.test(t.lower)) continue;
    // (Not a name a quote opens with and its comma, as speech calls a person: «Լիլիթ, արի».)
    const opensSpeech = t.capitalised && i + 1 < tokens.length && text.charCodeAt(t.end) !== 0x2c && ARMENIAN_LOWER_START.test(tokens[i + 1].text) && SPEECH_OPENS.test(text.slice(Math.max(0, t.start - 3), t.start));
    if (!t.capitalised || opensSpeech) hit[i] = null;
  }
}
const ARMENIAN_LETTER = /[\u0531-\u0587]/u;
const ARMENIAN_WORD = /^[\u0531-\u0587]+$/u;
const ARMENIAN_LOWER_START = /^[\u0561-\u0587]/u;
const ARMENIAN_SURNAME = /յան$|յանց$/u;
const SPEECH_OPENS = /[«"“„]$/u;

/**
 * Two or more words no dictionary knows, in lower case, side by side: a phrase
 * of another language ("javnom redu", "rodné číslo"), in Latin letters and
 * none of them shaped like a name ("yaryna tkachuk", "ярина ткачук" stay
 * names); or one beside a lower-case word of a public body of the packs
 * ("mestská polícia", "prekršajni sud").
 */
function dropForeignPhrases(scan: PersonScan): void {
  const { tokens, hit, data } = scan;
  const lowerUnknown = (k: number) => hit[k] !== null && hit[k]!.rule === 'person.unknown-word.lower';
  for (let i = 0; i + 1 < tokens.length; i++) {
    let j = i;
    while (j + 1 < tokens.length && lowerUnknown(j) && lowerUnknown(j + 1) && scan.between(tokens[j], tokens[j + 1]) === ' ') j++;
    // (In Latin letters; or in Cyrillic with a Kazakh letter among them and no given name, a Kazakh phrase quoted in a note:
    // "ақшаны әкелсін".)
    const run = tokens.slice(i, j + 1);
    const phrase =
      j > i &&
      (run.every((t) => !t.cyrillic && !nameShaped(t.text) && !(data.nameEndings?.test(t.text) ?? false)) ||
        (run.every((t, k) => t.cyrillic && !scan.lexicon(i + k).given && !data.given.has(t.lower)) && run.some((t) => KAZAKH_LETTER.test(t.text))));
    if (phrase) hit.fill(null, i, j + 1);
    else if (lowerUnknown(i)) {
      // (Not a conjunction beside it, which joins names: "she and balnur paid".)
      const beside = (k: number) => k >= 0 && k < tokens.length && !tokens[k].capitalised && scan.between(tokens[Math.min(i, k)], tokens[Math.max(i, k)]) === ' ' && scan.lexicon(k).notName && !NAME_JOINING.has(tokens[k].lower);
      // (Nor a word with a Turkic given name's ending: "the owner is bolotbek".)
      if ((beside(i - 1) || beside(i + 1)) && !GIVEN_ENDING.test(tokens[i].lower)) hit[i] = null;
    }
    i = j;
  }
}

const GIVEN_ENDING = new RegExp(`^\\p{L}{3,}(?:${[...GIVEN_NAME_ENDINGS.latin, ...GIVEN_NAME_ENDINGS.cyrillic].join('|')})$`, 'u');
/** A letter Kazakh writes and Russian does not. */
const KAZAKH_LETTER = /[әғқңөұүһі]/u;
/** The words of the vocabularies' kinds these rules read (see data/person-vocabulary.ts). */
const SETTLEMENT_OF = PERSON_WORDS.settlementsOf;
const RANKS_RU = PERSON_WORDS.ranks;
/** "'s Day" after a word: a holiday named after a saint or a person (Valentine's Day). */
const POSSESSIVE_DAY_AFTER = /^['’]s (?:Day|day)(?![\p{L}])/u;
const NICKNAME_NOUNS = PERSON_WORDS.nicknameNouns;
const PRONOUN_OR_PREPOSITION = PERSON_WORDS.notNicknames;
const NAME_JOINING = PERSON_WORDS.nameJoining;
const ENGLISH_PLACE_PREPOSITIONS = PERSON_WORDS.townPrepositions;
const MONUMENT_WORDS = PERSON_WORDS.monumentWords;
/** An age and a comma right before a word: the town a list of who came writes next ("Zorica, 45, Doljevac", "(27, Giurgiu"). */
/**
 * Word i comes after a house's number and a comma, a street's word before it or its name, and the sentence goes on in lower
 * case after it: "ul. Abaya 12, Kasymov and his men", "Abaya street 12, Nurlanova rents"; not a town that ends the address,
 * "Lenina street 12, Kurchatov, near the market".
 */
function afterHouseNumber(scan: PersonScan, i: number): boolean {
  const { text, tokens, data } = scan;
  if (i < 2 || !HOUSE_NUMBER_THEN_COMMA.test(text.slice(tokens[i - 1].end, tokens[i].start)) || !/^[^\S\n]\p{Ll}/u.test(text.slice(tokens[i].end, tokens[i].end + 2))) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (STREET_BEFORE.has(tokens[k].lower) || (tokens[k].lower.length > 1 && data.address.street.has(tokens[k].lower))) return true;
  return false;
}
const HOUSE_NUMBER_THEN_COMMA = /^[^\S\n]\d{1,4}[\p{Ll}]?(?:\/\d{1,4})?,[^\S\n]$/u;
const AGE_THEN_TOWN = /(?:^|[\s(—–-])\d{2}(?:\s(?:лет|года|год|y\.\s?o\.|years))?[,;]\s(?:с\.\s|пос\.\s)?$/u;

/** Coreference: every other mention of a name found above (case forms, lower case, the other script). */
function markMentions(scan: PersonScan): void {
  const { text, tokens, hit, casual } = scan;
  // (A month's word found in a name, Kamil Lipiec, is that name elsewhere too, where it is no date: "whether Lipiec is".)
  for (let k = 0; k < tokens.length; k++) {
    if (!tokens[k].capitalised || !scan.named(k)) continue;
    if (scan.calendar(tokens[k])) scan.calendarNames.add(tokens[k].lower);
  }
  // (A pack's surname before a given name of two syllables, "Park Young-gil", names her elsewhere too: "Park then said".)
  for (const span of scan.hyphenatedNames) {
    const k = tokenStartingAt(tokens, span.start);
    if (k >= 0 && hit[k] === null && scan.data.surnames.has(tokens[k].lower) && tokens[k].end < span.end) hit[k] = { rule: 'person.hyphenated-given', confidence: 0.85 };
  }
  // (Not a Vietnamese name's middle, Văn or Thị, which says a man or a woman and names no one: "Van Gogh" is no mention.)
  const names = hit.map((h, k) => h !== null && h.rule !== 'person.gazetteer.ambiguous' && !(h.rule === 'person.vietnamese' && (VIETNAMESE_GENDERED_MIDDLE.has(tokens[k].text) || VIETNAMESE_MIDDLE.has(tokens[k].text))));
  // A name that is also a word, where a surname or another name stands right beside it (Вера Кузьмина, Roza Abdullayeva),
  // is that person's name in the same form elsewhere too ("(Вера)", "roza (Roza Abdullayeva)"); in lower case only where
  // no dictionary has the word ("любовь к работе" stays a word).
  // (Or listed with such a name, or with another name: "Вера, Любовь Сергеевна"; then in any case form, Веру.)
  const ambiguous = (k: number) => hit[k]?.rule === 'person.gazetteer.ambiguous';
  const confirmedAt = new Set<number>();
  for (let k = 0; k < tokens.length; k++) if (ambiguous(k) && besideName(scan, k)) confirmedAt.add(k);
  // (Or joined by "and": "Hope and Angel, two trans women".)
  const listedWith = (k: number, j: number) => j >= 0 && j < tokens.length && /^(?:, | and | и )$/.test(scan.between(tokens[Math.min(k, j)], tokens[Math.max(k, j)])) && (scan.named(j) || confirmedAt.has(j));
  for (let k = 0; k < tokens.length; k++) if (ambiguous(k) && !confirmedAt.has(k) && (listedWith(k, k + 1) || listedWith(k, k - 1))) confirmedAt.add(k);
  const confirmed = new Set<string>();
  // (Or named so after a cue: "женщина по имени Вера", then "Вера после этого сказала".)
  // (Or after a form of address or a kin word: "your aunt Roza", then "roza's name".)
  const namedByCue = (k: number) => k > 0 && (NAMING_CUES.has(tokens[k - 1].lower) || scan.cueBefore(tokens[k - 1].lower) || TITLE_WORDS.has(tokens[k - 1].lower)) && scan.between(tokens[k - 1], tokens[k]) === ' ';
  for (let k = 0; k < tokens.length; k++) if (hit[k] && tokens[k].capitalised && scan.lexicon(k).ambiguous && (!ambiguous(k) || namedByCue(k))) confirmedAt.add(k);
  for (const k of confirmedAt) for (const lemma of scan.lexicon(k).lemmas) confirmed.add(lemma);
  const adjectiveLemmas = new Set([...confirmedAt].filter((k) => /(?:ая|яя)$/.test(tokens[k].lower)).flatMap((k) => scan.lexicon(k).lemmas));
  if (confirmed.size > 0) {
    // (A form of a confirmed name starts with two letters of one of its lemmas: other words are not looked up.)
    const starts = new Set([...confirmed].map((lemma) => lemma.slice(0, 2)));
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (!starts.has(t.lower.slice(0, 2))) continue;
      // (Nor the word before its preposition, "Надежда на прокуратуру небольшая", "Вера в бога".)
      if (hit[k] || !scan.lexicon(k).lemmas.some((lemma) => confirmed.has(lemma)) || (!t.capitalised && scan.lexicon(k).ordinary) || (VIRTUES.includes(t.lower) && WORD_BEFORE_PREPOSITION.test(text.slice(t.end, t.end + 7)))) continue;
      // (A nickname's adjective only in an adjective's form: not "Больше ничего не скажу" after "Ира Большая".)
      if (!ADJECTIVE_FORM.test(t.lower) && scan.lexicon(k).lemmas.every((lemma) => !confirmed.has(lemma) || adjectiveLemmas.has(lemma))) continue;
      hit[k] = { rule: 'person.coreference', confidence: 0.6 };
    }
  }
  let nameLemmas: Set<string> | undefined;
  let fullNameParts: Set<string> | undefined;
  for (const i of linkMentions(tokens, names, (k) => scan.lexicon(k).notName || scan.lexicon(k).ordinary)) {
    const t = tokens[i];
    // (A pack's surname that is a word, "Park", is a mention only where it stands alone: see surnameAlone.)
    if (scan.data.surnames.has(t.lower) && scan.lexicon(i).ordinary && !surnameAlone(scan, i)) continue;
    if (insideHandle(text, t) || (scan.calendar(t) && !(t.capitalised && scan.calendarNames.has(t.lower) && !calendarUse(scan, i))) || (scan.isPlace(t.lower) && !surnameOfFullName(scan, i, (fullNameParts ??= partsOfFullNames(scan)))) || halfOfHyphenatedPlace(scan, i)) continue;
    // (Nor a business, a saint or a holiday named so: "Sauna Lyudmila" beside "nobody called Lyudmila", "Valentine's Day".)
    if (businessNamed(scan, i, i) || saintOrHoliday(scan, i, i) || POSSESSIVE_DAY_AFTER.test(text.slice(t.end, t.end + 8))) continue;
    // (Nor a saint's word before a capitalised word, "Santa Maria Maggiore", "Sankt Georgen", beside a woman called Santa.)
    if (PERSON_WORDS.saints.has(t.lower) && i + 1 < tokens.length && tokens[i + 1].capitalised && scan.between(t, tokens[i + 1]) === ' ') continue;
    // (Nor a name of a market, a street or a station: "the Aziz Market" beside "Aziz drove".)
    if (t.capitalised && nextIsPlaceWord(scan, i)) continue;
    // (Nor a pronoun or another word of the gazetteer's own list, however close to a name: "She" is no form of Shehu.)
    if (NON_NAME_SET.has(t.lower)) continue;
    // (Nor a particle or a kunya's first word alone: "Abu" of Abu Saif in Abu Dhabi.)
    if (KUNYA.has(t.text) || NAME_PARTICLES.has(t.text)) continue;
    // (Nor a street named so: "на проспекте Мира", "на ул. Мира" beside "Мира пришла"; nor a later word of its name, "str.
    // Ștefan cel Mare".)
    if (afterStreetWord(scan, i, true)) continue;
    // (Nor a street's word in Latin letters, or the word right after one: "drove towards Strada Mihai Eminescu", "Piața Vasile
    // Alecsandri" beside "inspector Vasile Turcanu".)
    if (LATIN_STREET_WORDS.has(t.lower) || (i > 0 && LATIN_STREET_WORDS.has(tokens[i - 1].lower) && /^\.? $/.test(text.slice(tokens[i - 1].end, t.start)))) continue;
    if (t.capitalised && streetNamedAfterPerson(scan, i)) continue;
    // (A word of the dictionary in lower case, in a narrative written with capitals, is the word: "мира и покоя" after Мира.)
    if (!t.capitalised && !casual && scan.lexicon(i).ordinary) continue;
    // (Nor a comparative opening a sentence, only like a name's word: "Больше ничего не скажу" after "Ира Большая".)
    if (t.cyrillic && COMPARATIVE.test(t.lower) && scan.lexicon(i).ordinary && !scan.lexicon(i).given && !mayBeGivenForm(t.lower) && sentenceStart(text, t.start) && !nameForm(scan, i, (nameLemmas ??= lemmasOfNames(scan)))) continue;
    if (!scan.lexicon(i).notName || t.capitalised) hit[i] = { rule: 'person.coreference', confidence: 0.6 };
  }
}

/**
 * The words found here as a later part of a full name, as written: "Sokolova" of "Inna Sokolova" (a town's name too, the
 * Czech Sokolov's genitive).
 */
function partsOfFullNames(scan: PersonScan): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < scan.tokens.length; k++) if (scan.hit[k] !== null && scan.hit[k - 1] !== null && scan.tokens[k].capitalised && scan.tokens[k - 1].capitalised && scan.between(scan.tokens[k - 1], scan.tokens[k]) === ' ') out.add(scan.tokens[k].text);
  return out;
}
/**
 * Word i, a place's name too, is written as a surname found here in a full name, with a surname's shape, and no preposition of a town comes before
 * it: the person's again ("Inna Sokolova …, by Sokolova's partner"; not "from Cahul" after "Nicu Cahul", a contact's name and town).
 */
function surnameOfFullName(scan: PersonScan, i: number, parts: ReadonlySet<string>): boolean {
  const t = scan.tokens[i];
  // (Only a surname's shape: a contact's name and town, "Dasha Zaporizhzhia", "Marina Split", names no one "Split" elsewhere.)
  return parts.has(t.text) && (t.cyrillic ? SURNAME_CYR : SURNAME_LAT).test(t.text) && !(i > 0 && (ENGLISH_PLACE_PREPOSITIONS.has(scan.tokens[i - 1].lower) || PLACE_PREPOSITIONS.has(scan.tokens[i - 1].lower)));
}

/** The lemmas of the words found as names (and their own forms). */
function lemmasOfNames(scan: PersonScan): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < scan.hit.length; k++) {
    if (scan.hit[k] === null || !scan.tokens[k].cyrillic) continue;
    out.add(scan.tokens[k].lower);
    for (const lemma of scan.lexicon(k).lemmas) out.add(lemma);
    // (And an adjective's stem, for a nickname's other cases: "Рыжей", then "Рыжая".)
    if (ADJECTIVE_FORM.test(scan.tokens[k].lower)) out.add(`~${scan.tokens[k].lower.replace(ADJECTIVE_FORM, '')}`);
  }
  return out;
}
/** Word i is a form of a word found in a name: one of its lemmas, or an adjective's case of the same stem. */
function nameForm(scan: PersonScan, i: number, lemmas: Set<string>): boolean {
  const w = scan.tokens[i].lower;
  return scan.lexicon(i).lemmas.some((lemma) => lemmas.has(lemma)) || (ADJECTIVE_FORM.test(w) && lemmas.has(`~${w.replace(ADJECTIVE_FORM, '')}`));
}
/** A Russian comparative's ending: больше, меньше, дальше, позже. */
const COMPARATIVE = /(?:ше|же)$/u;
/** A Russian adjective's ending in the feminine or another case: Большая, Большую, Большой. */
const ADJECTIVE_FORM = /(?:ая|яя|ой|ей|ую|юю|ий|ый|ого|его|ым|им)$/u;

/**
 * A pack's surname that is a word too, capitalised with no capitalised word beside it: a mention of the person named so in
 * full, "Park then said" after "Park Young-gil"; not "Olympic Park", "Park Avenue".
 */
function surnameAlone(scan: PersonScan, i: number): boolean {
  const { tokens } = scan;
  const t = tokens[i];
  return t.capitalised && scan.data.surnames.has(t.lower) && !(i > 0 && tokens[i - 1].capitalised && scan.between(tokens[i - 1], t) === ' ') && !(i + 1 < tokens.length && tokens[i + 1].capitalised && scan.between(t, tokens[i + 1]) === ' ');
}

/** Word i in quotes right after a naming word (зовут «лысый», called "shorty"): a nickname even in lower case and a word. */
function quotedRightAfterNaming(scan: PersonScan, i: number): boolean {
  const prev = scan.tokens[i - 1];
  // (Not after "as" alone: took the condoms as "evidence"; nor a preposition opening a phrase, представлялись «из поликлиники».)
  return prev !== undefined && NAMING_CUES.has(prev.lower) && !LOOSE_NAMING.has(prev.lower) && !QUOTE_PREPOSITIONS.has(scan.tokens[i].lower) && !ENGLISH_PHRASE_OPENERS.has(scan.tokens[i].lower) && /^\s?["«“„']$/.test(scan.between(prev, scan.tokens[i]));
}

const LOOSE_NAMING = new Set(['as', 'как', 'by', 'под']);
/** English words that open a quoted phrase, not a nickname (the Russian prepositions are QUOTE_PREPOSITIONS). */
const ENGLISH_PHRASE_OPENERS = new Set(['from', 'of', 'in', 'at', 'the']);

/** A sum right before (20 000 dinara, 100 lari), not a time or a date (в 23:10 лев отписался). */
function afterSum(text: string, at: number): boolean {
  return SUM_BEFORE.test(text.slice(Math.max(0, at - 24), at));
}
// (Maybe with its millions or thousands between: "2 mln soum", "5 тыс. сом"; its thousands maybe set off by a full stop or a
// comma, "5.000 dinara".)
// (On the same line, and not the end of a handle or a code: "@lyazzat_pvl_77" then "oksana" on the next line.)
const SUM_BEFORE = /(?<![\p{L}\d:./_])\d{1,3}(?:[ \u00a0.,]?\d{3})*[^\S\n](?:(?:mln|million|млн|тыс\.?|тысяч\p{L}*|thousand)[^\S\n])?$/u;

/** A virtue's word in the nominative before its preposition: the word, not the name ("Надежда на", "Вера в"; not "Веру в субботу задержали"). */
const WORD_BEFORE_PREPOSITION = /^\s+(?:в|во|к|на|in|of|that|for)\s/i;

/** Word k has another part of a name right beside it, one space away: a given name with its surname, a name with its patronymic. */
function besideName(scan: PersonScan, k: number): boolean {
  const { tokens } = scan;
  return (k + 1 < tokens.length && scan.named(k + 1) && scan.between(tokens[k], tokens[k + 1]) === ' ') || (k > 0 && scan.named(k - 1) && scan.between(tokens[k - 1], tokens[k]) === ' ');
}

/** Runs of name words (with initials, a hyphen, a patronymic particle) as spans, with the hyphenated given names and quoted initials. */
// (Not the Turkish "ev", home: "Hüseyin ev" is his home's number.)
/**
 * What follows name word i at `end` and belongs to the name, in characters: a surname's ending split from it by a
 * transcription or a careless hand ("Gunay Hasan ova", "Nino Beri dze"); or a word of Russian in lower case joined to a
 * given name by a hyphen, her nickname's ("Люба-татарка", "Ира-админ"), not a particle ("Люба-то знала") nor a term of
 * respect ("Магомеда-хаджи", "Руслане-аге").
 */
function nameTail(scan: PersonScan, i: number, end: number): number {
  const { text, tokens } = scan;
  const t = tokens[i];
  if (!t.capitalised) return 0;
  const c = text.charCodeAt(end);
  if (c === 0x20) return DETACHED_SURNAME_ENDING.exec(text.slice(end, end + 9))?.[0].length ?? 0;
  // (A Tuvan name's or patronymic's "-оол" after its hyphen: "Кара-оолом", "Эрес-ооловна".)
  if (c === 0x2d && (text.charCodeAt(end + 1) === 0x43e || text.charCodeAt(end + 1) === 0x6f)) {
    const ool = TUVAN_OOL.exec(text.slice(end, end + 12));
    if (ool !== null) return ool[0].length;
  }
  if (c !== 0x2d || !givenName(scan, i)) return 0;
  // (In Latin letters, "Zhanna-kazashka", "Feruza-kichkina"; or her town's or her district's name, capitalised: "Оля-Ош",
  // "Наташа-Салтовка", "Юля-Сибирь".)
  const rest = text.slice(end, end + 24);
  const nickname = (t.cyrillic ? NICKNAME_AFTER_HYPHEN : LATIN_NICKNAME_AFTER_HYPHEN).exec(rest) ?? PLACE_NICKNAME_AFTER_HYPHEN.exec(rest);
  if (nickname === null) return 0;
  const word = nickname[0].slice(1).toLowerCase();
  // (Not an English word joined to a name: "Rose-gold", "Victoria-inspired".)
  if (!t.cyrillic && englishLexicon().has(word)) return 0;
  return !HONORIFICS_AFTER.has(word) && !HONORIFIC_DECLINED_AFTER.test(nickname[0]) && !CALENDAR.has(word) ? nickname[0].length : 0;
}
const LATIN_NICKNAME_AFTER_HYPHEN = /^-(?!(?:based|like|style|led|owned|era|born|type|related|free|friendly|speaking|year|years|old|aged|ish|esque)(?![a-z]))[a-z]{3,14}(?![\p{L}\p{M}\d'’-])/u;
const PLACE_NICKNAME_AFTER_HYPHEN = /^-\p{Lu}\p{Ll}{1,14}(?![\p{L}\p{M}\d'’-])/u;
const TUVAN_OOL = /^-(?:оол|ool)(?:\p{Ll}{1,7})?(?![\p{L}\p{M}\d'’-])/u;
const DETACHED_SURNAME_ENDING = /^ (?:ova|eva|yeva|ov|dze|adze|shvili|yan|ian|ovna|evna|ovich|evich|ова|ева|ов|ев|дзе|швили|ян|овна|евна|ович|евич)(?![\p{L}\p{M}\d'’-])/u;
const MONGOLIAN_ELEMENT_BEFORE = /(?<![\p{L}\p{M}-])(?:Bat|Gan|Enkh|Erdene|Bold|Altan|Munkh|Mönkh|Sukh|Tsend|Otgon|Naran|Oyun|Bayar|Tuvshin|Tumur|Бат|Ган|Энх|Эрдэнэ|Болд|Алтан|Мөнх|Мунх|Сүх|Сух|Отгон|Наран|Оюун|Баяр)-$/u;
const MAMA_BEFORE = /(?<![\p{L}])(?<!(?:[Mm]y|[Hh]er|[Hh]is|[Oo]ur|[Tt]heir) )(?:Mama|Mamma|Mami|Mamá|Momma) $/u;
// (Not a verb glued on, "Зарина-сказала".)
const NICKNAME_AFTER_HYPHEN = /^-(?!(?:то|ка|таки|либо|нибудь|де|с|ко)(?![а-яё]))[а-яё]{1,}[а-яё](?<!л[аои]?|ть|ся|сь)(?![\p{L}\p{M}\d-])/u;
/**
 * A Korean name in Hangul among English or Russian words: a common surname's syllable and a given name of two, "최영수",
 * "박정호" (a contact saved so, an account's holder). Not a word that ends as places, languages, titles and polite forms do
 * (서울시, 한국어, 사장님, 원곡로).
 */
function hangulNames(text: string): Span[] {
  if (!HANGUL_TEST.test(text)) return [];
  const out: Span[] = [];
  for (const m of text.matchAll(HANGUL_NAME)) if (!NOT_A_HANGUL_NAME_END.includes(m[0][2])) out.push({ start: m.index, end: m.index + 3, type: 'PERSON', rule: 'person.hangul', confidence: 0.6 });
  return out;
}
const HANGUL_TEST = /[\uac00-\ud7a3]/u;
const HANGUL_NAME = /(?<![\uac00-\ud7a3])[김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용][\uac00-\ud7a3]{2}(?![\uac00-\ud7a3])/gu;
const NOT_A_HANGUL_NAME_END = '시도구동군읍면리로길역어님씨요다관소청국회점사실과장부방인기을를에일';

function spansOf(scan: PersonScan): Span[] {
  const { text, tokens, hit, casual } = scan;
  const spans: Span[] = [...scan.hyphenatedNames, ...quotedInitials(text), ...namedInitials(text, scan.tokens), ...slashedSignatures(text), ...spelledNames(text), ...hangulNames(text)];
  for (let i = 0; i < tokens.length; i++) {
    const h = hit[i];
    if (!h) continue;
    let start = tokens[i].start;
    let end = tokens[i].end;
    let confidence = h.confidence;
    // Initials before: "А.С. Ким"
    // (An initial may be two letters in a transliteration: "Ye. B. Tursynbekov", "Zh. Abenova".)
    const pre = (casual ? INITIALS_BEFORE_CASUAL : INITIALS_BEFORE).exec(text.slice(Math.max(0, start - 9), start));
    // (Not "e.g." or "i.e." before a name: "e.g. Alina's code".)
    if (pre && !/^(?:e\.\s?g|i\.\s?e)\.\s?$/i.test(pre[1])) start -= pre[1].length;
    // ("Mama" capitalised before her name is her nickname's, as Russian writes it too: "whom everyone calls Mama Lola".)
    else if (text.charCodeAt(start - 1) === 0x20) start -= MAMA_BEFORE.exec(text.slice(Math.max(0, start - 14), start))?.[0].length ?? 0;
    // (A Mongolian name's first element before its hyphen: "Bat-Ochir", "Бат-Эрдэнэ".)
    else if (text.charCodeAt(start - 1) === 0x2d) start -= MONGOLIAN_ELEMENT_BEFORE.exec(text.slice(Math.max(0, start - 10), start))?.[0].length ?? 0;
    // A double surname or given name joined by a hyphen (Popescu-Ionescu, Anna-Maria) is one name.
    // (And the Dutch 't after its apostrophe: van 't Hoff.)
    while (i + 1 < tokens.length && hit[i + 1] && (/^[ -]$/.test(text.slice(end, tokens[i + 1].start)) || (hit[i + 1]!.rule === 'person.particle' && particleGap(scan, i, i + 1)))) {
      i++;
      end = tokens[i].end;
      confidence = Math.max(confidence, hit[i]!.confidence);
    }
    // (With her nickname in brackets between her given name and her surname, one name: "Alexandra (Sașa) Rotaru", "Dumitru
    // (Dima) Lozovan".)
    if (i + 2 < tokens.length && hit[i + 1] && hit[i + 2] && text.slice(end, tokens[i + 1].start) === ' (' && text.slice(tokens[i + 1].end, tokens[i + 2].start) === ') ' && tokens[i + 2].capitalised) {
      i += 2;
      end = tokens[i].end;
      while (i + 1 < tokens.length && hit[i + 1] && /^[ -]$/.test(text.slice(end, tokens[i + 1].start))) end = tokens[++i].end;
    }
    // (A name's initial after an underscore in a file's or a folder's name: "Beridze_N_statement.pdf", "Lysenko_NO_scan".)
    const fileInitial = text.charCodeAt(end) === 0x5f ? FILE_NAME_INITIAL.exec(text.slice(end, end + 5)) : null;
    if (fileInitial) end += fileInitial[0].length;
    // (Of any alphabet's capitals, Dauren Ö.; or of two letters of a transliteration, Gulnar Zh.)
    const initials = INITIALS_AFTER.exec(text.slice(end, end + 10));
    if (initials && !/^\s?\p{Lu}\.\p{Ll}/u.test(text.slice(end, end + 4))) end += initials[0].replace(/\s+$/, '').length;
    // (Or a surname's initial without its full stop, as chats and payment slips write it: "Aruzhan K: …", "to FERUZA X, 1 500 000".)
    else if (bareInitialAt(text, end)) end += 2;
    // (Or, in notes typed without capitals, a lower-case initial after a lower-case name: "natasha b. wants a lawyer".)
    // (In any note, after a name typed so: "lena b. and her cousin"; or with no full stop before a word, "tanya k says".)
    else if (/^\p{Ll}/u.test(tokens[i].text) && LOWER_INITIAL_AFTER.test(text.slice(end, end + 4))) end += 3;
    // (Not a preposition of Russian typed in Latin letters, "veru v otdel": v, s, k, u and o only before an English word.)
    else if (/^\p{Ll}/u.test(tokens[i].text) && LOWER_BARE_INITIAL_AFTER.test(text.slice(end, end + 6)) && (!'vskuo'.includes(text[end + 1]) || (i + 2 < tokens.length && scan.lexicon(i + 2).ordinary))) end += 2;
    // (The full stop of an initial that the run ends with: GULNAR ZH., Сафаров Дж.)
    // (And the initial after it: Lipatov Ya.R.)
    // (Or initials alone taken before it: "К. Л. В., Т. А. и Ким".)
    else if (text.charCodeAt(end) === 0x2e && tokens[i].text.length <= 2 && ((i > 0 && hit[i - 1]) || start < tokens[i].start) && ONE_INITIAL_LETTERS.test(tokens[i].text)) {
      end++;
      const next = /^[^\S\n]?\p{Lu}\.(?!\p{Ll})/u.exec(text.slice(end, end + 4));
      if (next) end += next[0].length;
    }
    // A surname in capitals, a comma and the given name, as files write them (ABDULLAEV, Ruslan; ИВАНОВА, Анна Петровна): one name.
    // (Or a surname, a comma and a given name of the lists after a form's label: "Client: Sidorova, Jelena".)
    if (text.slice(end, end + 2) === ', ' && i + 1 < tokens.length && hit[i + 1] && tokens[i + 1].start === end + 2 && ((allCapitals(tokens[i].text) && !allCapitals(tokens[i + 1].text)) || (start === tokens[i].start && !givenName(scan, i) && givenName(scan, i + 1) && NAME_LABEL_BEFORE.test(text.slice(Math.max(0, start - 14), start))))) {
      i++;
      end = tokens[i].end;
      while (i + 1 < tokens.length && hit[i + 1] && /^[ -]$/.test(text.slice(end, tokens[i + 1].start))) end = tokens[++i].end;
    }
    // (A surname's ending split off, or a nickname joined by a hyphen: see nameTail.)
    const tail = nameTail(scan, i, end);
    if (tail > 0) {
      end += tail;
      while (i + 1 < tokens.length && tokens[i + 1].start < end) i++;
    }
    // A Kazakh, Kyrgyz or Uzbek patronymic particle after the father's name (Aigerim Bakyt kyzy, Азамат Нурлан уулу) is part of the name.
    const particle = PATRONYMIC_PARTICLE.exec(text.slice(end, end + 10));
    if (particle) {
      end += particle[0].length;
      // (And the given name's initial after it, as lists write a name father's first: Таалай уулу А.)
      const initial = INITIALS_AFTER.exec(text.slice(end, end + 10));
      if (initial && !/^\s?\p{Lu}\.\p{Ll}/u.test(text.slice(end, end + 4))) end += initial[0].replace(/\s+$/, '').length;
      // (With the surname found after it: Лейла Вагиф кызы Гусейнова, Aygün Rasim qızı Həsənova, one name.)
      const k = i + 2;
      if (k < tokens.length && tokens[i + 1].end === end && hit[k] && text.slice(end, tokens[k].start) === ' ') {
        i = k;
        end = tokens[i].end;
        confidence = Math.max(confidence, hit[i]!.confidence);
        while (i + 1 < tokens.length && hit[i + 1] && text.slice(end, tokens[i + 1].start) === '-') end = tokens[++i].end;
      }
    }
    spans.push({ start, end, type: 'PERSON', rule: h.rule, confidence });
  }
  return spans;
}

/**
 * A Russian adjective alone in «…» used as a noun after a verb or a companion's word, the way the police are named by
 * nickname ("подъехал «Рыжий» из РУВД", "с ним «Бурый»"): not after a preposition, a body's abbreviation or a number (ОП № 7
 * «Ленинский», в «Детском»), and not a car, which no such adjective names.
 */
function quotedNickname(scan: PersonScan, i: number): boolean {
  const { text, tokens } = scan;
  const t = tokens[i];
  if (!t.cyrillic || !t.capitalised || text.charCodeAt(t.start - 1) !== 0xab || text.charCodeAt(t.end) !== 0xbb) return false;
  const prev = tokens[i - 1];
  // (A noun too, after a verb of what a person does to her or a message from him: "приходил «Кабан»", "«Кабан» пришёл",
  // "Сообщение от «Нурика»"; not after a preposition of place or a thing's word: ходила в «Магнит», гостиница «Космос».)
  if (!NICKNAME_ADJECTIVE.test(t.lower)) {
    if (t.text.length < 3 || scan.isPlace(t.lower) || scan.lexicon(i).notName || (prev !== undefined && QUOTED_THINGS.has(prev.lower))) return false;
    const next = tokens[i + 1];
    const messageFrom = prev !== undefined && prev.lower === 'от' && i > 1 && PERSON_WORDS.messageWords.has(tokens[i - 2].lower);
    return messageFrom || (prev !== undefined && text.slice(prev.end, t.start) === ' «' && PERSON_ACTS.test(prev.lower)) || (next !== undefined && text.slice(t.end, next.start) === '» ' && PERSON_ACTS.test(next.lower));
  }
  if (prev === undefined || prev.capitalised || !prev.cyrillic || text.slice(prev.end, t.start) !== ' «' || QUOTE_PREPOSITIONS.has(prev.lower) || QUOTED_THINGS.has(prev.lower)) return false;
  return NICKNAME_BEFORE.test(prev.lower);
}
/** Verbs of what a person did to her, in the past: a quoted noun beside one is a nickname ("приходил «Кабан»"). */
const PERSON_ACTS = /^(?:при(?:шёл|шел|шла|ходил|ходила|ехал|ехала|езжал|езжала|вёз|вез)|(?:по)?звонил[аи]?|сказал[аи]?|забрал[аи]?|избил[аи]?|ударил[аи]?|угрожал[аи]?|(?:на)?писал[аи]?|требовал[аи]?|(?:от|у|вы)в[её]з(?:ла|ли)?|встретил[аи]?|бил[аи]?)$/;
/** The nominative of a masculine or feminine adjective: Рыжий, Бурый, Лысый, Седой, Хромая. */
const NICKNAME_ADJECTIVE = /^[а-яё]{3,}(?:ый|ий|ой|ая|яя)$/;
/** A verb in the past (подъехал, пришла, забрали) or a companion's word (с ним, с ней, и, а) before the nickname. */
// (Or in the present: "собирает «Малая»", "ходит «Рыжий»".)
const NICKNAME_BEFORE = /^(?:[а-яё]{2,}(?:л|ла|ли|лся|лась)|[а-яё]{3,}(?:ает|яет|ует|ит|ет)|ним|ней|ними|и|а|тоже|ещё|еще|был|была|это)$/;

/** Word i alone in quotes, opened right before it, with a naming word among the three words before (называют «Майор»). */
function quotedAfterNamingCue(scan: PersonScan, i: number): boolean {
  const { text, tokens } = scan;
  const t = tokens[i];
  if (!OPENING_QUOTES.has(text.charCodeAt(t.start - 1)) || !CLOSING_QUOTES.has(text.charCodeAt(t.end))) return false;
  return tokens.slice(Math.max(0, i - 3), i).some((p) => NAMING_CUES.has(p.lower) || PERSON_WORDS.quoteNamingVerbs.has(p.lower));
}
const CLOSING_QUOTES = new Set([0x22, 0xbb, 0x201d, 0x201c, 0x27]);

/** Russian verb forms no name has (the reflexive -ся, the second person, the third person plural): a misspelt verb in notes (жаловатся). */
const VERB_FORM = /(?:тся|ться|лся|лась|лось|лись|ешь|ишь|ает|яет|еет|ует|ают|яют|еют|уют)$/;
/** A Russian infinitive (перевыпустить, отработать), in a word of six letters or more: no name ends so. */
const INFINITIVE = /(?:ить|ать|ять|еть|уть)$/;
/** A Russian verb in the past tense (сфоткала, приходили), in a word of seven letters or more: fewer names end so than verbs. */
/** What ends a clause between two words: a sentence's or a clause's mark, a bracket, a quote, a line's end. */
const CLAUSE_END = /[.!?;:()"«»“”\n]/;
const PAST_TENSE = /(?:ала|ила|ела|яла|ыла|ула|али|или|ели|яли|ыли|ули)$/;
/** Right after a word, a bracket that says it is what people call her: "Чоке (так её зовут подруги)", "Beka (as the girls call her)". */
const NAMED_IN_BRACKETS = /^["»”']?\s?\((?:рабочее имя|рабочий псевдоним|псевдоним|(?:her |his )?(?:work|working) name|(?:в|по) паспорту?|в документах|in (?:her|his) (?:passport|documents|papers)|real name|настоящее имя|полное имя|full name|так\s+(?:её|ее|его|их)\s+(?:все\s+)?(?:зовут|называют|звали)|так\s+(?:она|он)\s+(?:подписывается|представляется|представилась|представился)|(?:её|ее|его)\s+(?:все\s+)?так\s+(?:зовут|называют|звали)|as\s+(?:\S+\s+){1,3}calls?\s+(?:her|him|them)|(?:she|he)\s+is\s+called|so\s+(?:\S+\s+){1,2}calls?\s+(?:her|him))/iu;
/** A compass or size prefix joined by a hyphen before the word (Юго-Западная, Северо-Восточный): a place's name. */
const COMPASS_COMPOUND = /(?:^|[^\p{L}])(?:юго|северо|восточно|западно|ново|старо|верхне|нижне|средне|южно|северно)-$/iu;

/** ", her landlord," or ", его водитель," right after the word: a role said of it, so it is a person ("Slobodan, her landlord, ..."). */
function appositionFollows(scan: PersonScan, i: number): boolean {
  const m = APPOSITION.exec(scan.text.slice(scan.tokens[i].end, scan.tokens[i].end + 40));
  return m !== null && scan.cueBefore((m[1] ?? m[2]).toLowerCase());
}
// (In Russian without one too: "Коваль, напарник Бондаря".)
const APPOSITION = /^,\s(?:(?:her|his|their|my|our|the|a|an|её|ее|его|их|наш|наша|мой|моя)\s(\p{L}+)|(\p{Script=Cyrillic}+))[,\s]/iu;
const SIGN_OFF_BEFORE = /(?:thanks|thank you|regards|best wishes|cheers|спасибо|с уважением)[,!.]?[^\S\n]*\n[^\S\n]*$/iu;
const WITH_THE_WRITER_AFTER = /^ (?:and I|and me|и я)(?![\p{L}])/u;
/** ", who" or ", которая" right after the word: only a person is "who" (Mher, who runs the stand; Гулкайыр, которая стояла). */
const RELATIVE_WHO = /^,?\s(?:who|whom|whose|который|которая|которые|которого|которой|которому|которую|которым)(?![\p{L}])/u;

/** The next word names a place or a body (Market, street, РУВД) and follows with only a space or a hyphen. */
function nextIsPlaceWord(scan: PersonScan, i: number): boolean {
  const next = i + 1 < scan.tokens.length ? scan.tokens[i + 1] : undefined;
  // (Or a district's short word, "Талгарский р-н".)
  return next !== undefined && (PLACE_AFTER.has(next.lower) || scan.data.address.afterName.has(next.lower) || (next.lower === 'р' && scan.text.startsWith('-н', next.end))) && /^[\s-]$/.test(scan.between(scan.tokens[i], next));
}

/** A word of three capitals or more and no lower-case letter (ABDULLAEV, ИВАНОВА). */
const allCapitals = (w: string) => w.length >= 3 && w === w.toUpperCase() && w !== w.toLowerCase();
/** Initials after a name: capitals of any alphabet, or two letters of a transliteration, each with its full stop. */
/** A space and one capital letter at `at`, then a colon, a comma, a quote, a bracket, a line's or the text's end. */
function bareInitialAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0x20 || !/^\p{Lu}$/u.test(text[at + 1] ?? '')) return false;
  return at + 2 === text.length || BARE_INITIAL_END.test(text[at + 2]);
}
const BARE_INITIAL_END = /^[:,;"»”)\n]$/;
const LOWER_INITIAL_AFTER = /^ \p{Ll}\.(?![\p{L}\d])/u;
/** A Latin letter alone after a lower-case name, before a word: not "a" nor "i", which are words. */
const LOWER_BARE_INITIAL_AFTER = /^ [b-hj-z](?= \p{Ll}{2}| \(|[,;:])/u;
const ONE_INITIAL_LETTERS = new RegExp(String.raw`^(?:\p{Lu}|${DIGRAPHS}|${DIGRAPHS_CAPS})$`, 'u');
// (A double given name's initials joined by a hyphen count as one: "Ciobanu A.-M.".)
const INITIALS_AFTER = new RegExp(String.raw`^[^\S\n]?(?:(?:\p{Lu}|${DIGRAPHS}|${DIGRAPHS_CAPS}|Sch)\.(?:-\p{Lu}\.)?[^\S\n]?){1,2}`, 'u');
// (Bulgarian and Latvian names are shortened to two letters too: "мл. инспектор Ст. Андонов", "Хр. Стоянова", "Dz. Stepiņa".)
const TWO_LETTER_INITIALS = 'Ст|Хр|Цв|Вл|Бл|Кр|Пл|Тр|Ил|Dz';
const TWO_LETTER_INITIAL = new RegExp(`^(?:${TWO_LETTER_INITIALS})$`);
const INITIALS_BEFORE = new RegExp(String.raw`(?:^|[\s("«])((?:(?:\p{Lu}|${DIGRAPHS}|${DIGRAPHS_HUNGARIAN}|${DIGRAPHS_CAPS}|${TWO_LETTER_INITIALS})\.[^\S\n]?){1,2})$`, 'u');
/** In notes without capitals, an initial may be lower case too. */
const INITIALS_BEFORE_CASUAL = new RegExp(String.raw`(?:^|[\s("«])((?:(?:\p{L}|${DIGRAPHS}|${DIGRAPHS_HUNGARIAN}|${DIGRAPHS_CAPS})\.[^\S\n]?){1,2})$`, 'u');

/** A word either dictionary has as it is, or an everyday word: not merely a compound of two (Vitalie is vita + lie). */
export function plainDictionaryWord(w: string): boolean {
  return englishLexicon().has(w) || russianLexicon().has(w) || EVERYDAY.has(w);
}

/** "me and X", "X and me", "мы с X", "я и X": token `a` and token `b` two apart, one of them the writer. */
function withWriter(text: string, tokens: Token[], a: number, b: number): boolean {
  if (a < 0 || b >= tokens.length) return false;
  // (Most words: no "and", "и" or "с" right after them; asked first, as it costs least.)
  const mid = tokens[a + 1].lower;
  if (mid !== 'and' && mid !== 'и' && mid !== 'с' && mid !== 'with') return false;
  const pair = `${tokens[a].lower} ${tokens[a + 1].lower} ${tokens[b].lower}`;
  if (text.slice(tokens[a].end, tokens[b].start) !== ` ${tokens[a + 1].text} `) return false;
  return /^(?:me and \S+|\S+ and me|мы с \S+|я и \S+|я с \S+|\S+ и я|(?:go|went|going|come|came|meet|met|again|together) with \S+)$/.test(pair);
}

/** Whether tokens i and i + 2 are joined by a conjunction as items of a list: "вера и надя", "надя или вера". */
function listLink(text: string, tokens: Token[], i: number): boolean {
  const mid = tokens[i + 1];
  if (CONJUNCTIONS.has(mid.lower) && text.slice(tokens[i].end, mid.start) === ' ' && text.slice(mid.end, tokens[i + 2].start) === ' ') return true;
  return false;
}

/** Rules that read only the shape or the capital of a word (no list of names): what a place or an institution can trip. */
const SHAPE_RULES = new Set(['person.unknown-word', 'person.adjacent', 'person.capitalised', 'person.surname', 'person.context']);

/**
 * Runs of name words that are places or institutions after all, decided on the
 * whole run: followed by a street, district or institution word (Baitursynov
 * street, Amir Temur avenue, Vyborgsky district), three words or more that no
 * list or ending gives away (Független Rendészeti Panasz Testület), a word no
 * list knows followed by a lower-case word of no dictionary of the narrative's
 * languages (Valsts policija, Zaštitnik građana), or a Russian surname-shaped
 * word right after "на" (сауна на Жандосова: a street named after a person).
 */
function dropPlacesAndInstitutions(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  dropHolidays(scan);
  for (let i = 0; i < tokens.length; i++) {
    if (!hit[i]) continue;
    let j = i;
    while (j + 1 < tokens.length && hit[j + 1] && /^[ -]$/.test(text.slice(tokens[j].end, tokens[j + 1].start))) j++;
    const rules = hit.slice(i, j + 1).map((h) => h!.rule);
    const shapeOnly = rules.every((r) => SHAPE_RULES.has(r));
    // Right after "имени" (not "по имени"): a place or a body named after the person (аэропорт имени Гейдара Алиева).
    if (namedAfter(text, tokens, i)) {
      hit.fill(null, i, j + 1);
      i = j;
      continue;
    }
    if (runIsPlaceOrBody(scan, i, j, rules, shapeOnly)) {
      hit.fill(null, i, j + 1);
    } else {
      const prev = tokens[i - 1];
      // A street named after a person, in Russian: "на" and a surname-shaped word (not a given name), alone; not with initials
      // after it, "оформлен на Гайдамак И. П.".
      if (i === j && prev && prev.lower === 'на' && tokens[i].cyrillic && SHAPE_RULES.has(rules[0]) && text.slice(prev.end, tokens[i].start) === ' ' && !TWO_INITIALS_AFTER.test(text.slice(tokens[i].end, tokens[i].end + 7))) hit[i] = null;
      else if (i < j && prev && prev.lower === 'на' && tokens[i].cyrillic && SHAPE_RULES.has(rules[0]) && text.slice(prev.end, tokens[i].start) === ' ' && hit[i + 1]!.rule === 'person.gazetteer') hit[i] = null;
    }
    i = j;
  }
}

/**
 * A holiday that is also a given name, after a preposition of a date, is the holiday, even before a name: "On Nooruz
 * Bajram drove her", "После Навруза Курбан увёз"; and the word for its day after such a holiday, "На Новруз Байрамы"; and
 * the holiday before "holidays", "Navruz holidays".
 */
function dropHolidays(scan: PersonScan): void {
  const { text, tokens, hit } = scan;
  // (And Eve after its holiday: Christmas Eve, New Year's Eve.)
  for (let k = 1; k < tokens.length; k++) {
    if (hit[k] && tokens[k].lower === 'eve' && EVE_OF.test(text.slice(Math.max(0, tokens[k].start - 12), tokens[k].start))) hit[k] = null;
  }
  for (let k = 1; k < tokens.length; k++) {
    if (hit[k] && holidayAt(scan, k)) hit[k] = null;
  }
  for (let k = 1; k < tokens.length; k++) {
    if (!PERSON_WORDS.dayAfter.has(tokens[k].lower) || !HOLIDAYS_ALSO_NAMES.has(tokens[k - 1].lower) || text.slice(tokens[k - 1].end, tokens[k].start) !== ' ') continue;
    hit[k] = null;
    hit[k - 1] = null;
  }
}

const EVE_OF = /(?:christmas|year['’]?s|easter|hallows|midsummer) $/i;

/** Whether the run of name words i..j is a place's, a street's or a body's name after all (see dropPlacesAndInstitutions). */
function runIsPlaceOrBody(scan: PersonScan, i: number, j: number, rules: string[], shapeOnly: boolean): boolean {
  return judgmentName(scan, i, j) || footballClub(scan, i, j) || hyphenatedPlace(scan, i, j) || placeOrForeignPhraseAfter(scan, i, j, rules, shapeOnly) || namedPlaceAround(scan, i, j, rules, shapeOnly) || townBeforeItsCountry(scan, i, j) || historicalEpithet(scan, i, j) || businessAfterThe(scan, i, j) || businessWordLast(scan, i, j);
}

/** A football club, after who supports it or a match or a stadium, or before its fans: "supports Steaua", "болеет за Зенит", "стадиона Интера". */
function footballClub(scan: PersonScan, i: number, j: number): boolean {
  const { text, tokens } = scan;
  // (Not a given name: "she supports Aigerim", "болеет за Айдоса" are a person's.)
  if (scan.lexicon(i).given || scan.data.given.has(tokens[i].lower)) return false;
  return CLUB_BEFORE.test(text.slice(Math.max(0, tokens[i].start - 28), tokens[i].start)) || CLUB_AFTER.test(text.slice(tokens[j].end, tokens[j].end + 16));
}
const CLUB_BEFORE = /(?<![\p{L}])(?:supports|supporting|supporter of|supporters of|fan of|fans of|ultras of|болеет за|болела за|болел за|болеют за|болельщи\p{Ll}+|фанат\p{Ll}*|ультрас|стадион\p{Ll}{0,3}|матч\p{Ll}{0,3}|stadium of|match against|матч против)[^\S\n]«?$/iu;
const CLUB_AFTER = /^»?[^\S\n](?:fans?|ultras|supporters|stadium|фанат\p{Ll}*|ультрас|болельщик\p{Ll}*)(?![\p{L}])/iu;

/**
 * A judgment's name, cited after its applicant, before "v." and the State: "Opuz v. Turkey", "M.C. v. Bulgaria",
 * "«Туникова и другие против России»", "cf tkhelidze v georgia". Published case law, no person of the narrative.
 */
function judgmentName(scan: PersonScan, i: number, j: number): boolean {
  const m = JUDGMENT_AFTER.exec(scan.text.slice(scan.tokens[j].end, scan.tokens[j].end + 48));
  if (m === null || !(/^\p{Lu}/u.test(m[1]) || scan.isPlace(m[1].toLowerCase()))) return false;
  // (Initials alone name a published judgment's anonymised applicant only where the list has them with that State, "M.C. v.
  // Bulgaria": "N.G. v. Georgia" in a draft is her own application; a surname too only the judgments' list's: "Petrosyan v.
  // Armenia" is the organisation's own client's application.)
  const words = scan.tokens.slice(i, j + 1);
  if (words.every((t) => t.text.length === 1)) {
    // (Each initial is asked alone: the applicant's are all the initials joined by full stops around it.)
    const before = /(?:\p{Lu}\.[^\S\n]?)*$/u.exec(scan.text.slice(Math.max(0, scan.tokens[i].start - 12), scan.tokens[i].start))![0];
    const after = /^(?:\.[^\S\n]?\p{Lu})*/u.exec(scan.text.slice(scan.tokens[j].end, scan.tokens[j].end + 12))![0];
    const initials = `${before}${scan.text.slice(scan.tokens[i].start, scan.tokens[j].end)}${after}`.replace(/[.\s]/g, '').toLowerCase();
    return JUDGMENT_INITIALS.has(`${initials} ${m[1].toLowerCase()}`);
  }
  return words.some((t) => JUDGMENT_NAMES.has(t.lower));
}
const JUDGMENT_NAMES = PERSON_WORDS.judgmentNames;
/** The European Court's judgments on violence and trafficking whose applicants are known by initials, with the State. */
const JUDGMENT_INITIALS = new Set(['mc bulgaria', 'sz bulgaria', 'vc italy', 'bs spain', 'le greece', 'tm moldova', 'cm moldova', 'sm croatia', 'vt france', 'jl italy', 'ks bulgaria', 'ee turkey', 'ia turkey', 'ei bulgaria', 'ya russia', 'jo russia']);
const JUDGMENT_AFTER = /^(?:\.?[^\S\n]?\p{Lu}\.)*\.?(?:,?[^\S\n](?:and|и)[^\S\n](?:others|Others|другие))?[^\S\n](?:v\.?|vs\.?|против)[^\S\n](?:the[^\S\n])?(\p{L}+)/u;

/** A name's words whose last is a business's, capitalised as part of it: "Tashir Pizza", "Sultan Travel". */
function businessWordLast(scan: PersonScan, i: number, j: number): boolean {
  const last = scan.tokens[j];
  return j > i && last.capitalised && PERSON_WORDS.businessesAfterName.has(last.lower);
}

/** "The" and a name before a business's word: the business's name ("the Doina bakery", "the Solomiia kiosk", "the Bovary club"). */
function businessAfterThe(scan: PersonScan, i: number, j: number): boolean {
  const { tokens } = scan;
  const prev = tokens[i - 1];
  const next = tokens[j + 1];
  return prev !== undefined && next !== undefined && prev.lower === 'the' && scan.between(prev, tokens[i]) === ' ' && scan.between(tokens[j], next) === ' ' && (PERSON_WORDS.businesses.has(next.lower) || PERSON_WORDS.businessesAfterName.has(next.lower));
}


/**
 * A ruler's name with its epithet, which streets, schools and monuments carry: Ștefan cel Mare, Штефан чел Маре, Cuza Vodă;
 * the name and the epithet's word are no one's in the narrative.
 */
function historicalEpithet(scan: PersonScan, i: number, j: number): boolean {
  const { text, tokens } = scan;
  const before = text.slice(Math.max(0, tokens[i].start - 5), tokens[i].start);
  return EPITHET_FOLLOWS.test(text.slice(tokens[j].end, tokens[j].end + 12)) || EPITHET_PARTICLE_BEFORE.test(before) || (i === j && EPITHET_WORD.test(tokens[i].text));
}
const EPITHET_FOLLOWS = /^ (?:(?:cel|чел) \p{Lu}|Vod[ăa](?![\p{L}])|Водэ(?![\p{L}]))/u;
const EPITHET_PARTICLE_BEFORE = /(?:^|[^\p{L}])(?:cel|чел) $/u;
const EPITHET_WORD = /^(?:Vod[ăa]|Водэ)$/u;

/** One word after "from" or "in" and before a comma and a country: her town, even a given name ("from Mary, Turkmenistan"). */
function townBeforeItsCountry(scan: PersonScan, i: number, j: number): boolean {
  const { text, tokens, data } = scan;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    i === j && prev !== undefined && next !== undefined && FROM_OR_IN.has(prev.lower) && scan.between(prev, tokens[i]) === ' ' &&
    text.slice(tokens[i].end, next.start) === ', ' && next.capitalised && data.countryNames.has(next.lower)
  );
}
const FROM_OR_IN = new Set(['from', 'in', 'из', 'в']);

/** Word k, beside a word with `gap` between, is a capitalised place of the packs listed with it (a comma, "and", "и"). */
function placeListedAt(scan: PersonScan, k: number, t: Token | undefined, gap: string): boolean {
  return t !== undefined && t.capitalised && /^(?:, | and | и | or | или )$/.test(gap) && !scan.hit[k] && scan.isPlace(t.lower);
}

/** The run is a part of a place's name the packs hold with a hyphen, its other part across the hyphen (Jalal-Abad, Кара-Суу). */
function hyphenatedPlace(scan: PersonScan, i: number, j: number): boolean {
  const { text, tokens, data } = scan;
  const before = tokens[i - 1];
  const after = tokens[j + 1];
  const whole = (a: Token, b: Token) => text.slice(a.end, b.start) === '-' && data.places.has(foldDiacritics(text.slice(a.start, b.end)));
  return (before !== undefined && whole(before, tokens[j])) || (after !== undefined && whole(tokens[i], after));
}

/** A place's word after the run, three words or more no list gives away, or a phrase of another language (see dropPlacesAndInstitutions). */
function placeOrForeignPhraseAfter(scan: PersonScan, i: number, j: number, rules: string[], shapeOnly: boolean): boolean {
  const { text, tokens, hit, casual, data } = scan;
  const next = tokens[j + 1];
  // (A closing quote may come first: the "Laguna" sauna.)
  const spaceAfter = next !== undefined && /^["»”]?[ -]$/.test(text.slice(tokens[j].end, next.start));
  // (Or one lower-case word before it: Didube bus station, Charité emergency department.)
  const afterNext = tokens[j + 2];
  const placeAfter = (t: Token | undefined) => t !== undefined && (PLACE_AFTER.has(t.lower) || data.address.afterName.has(t.lower));
  // (Not a given name's case form, which no body or place is named with: "по делу Татьяны суд отменил".)
  const givenCaseForm = i === j && tokens[i].cyrillic && rules[0] === 'person.gazetteer' && !GIVEN.has(tokens[i].lower) && scan.lexicon(i).given;
  // (Nor a given name with the word her contact was saved with, a chat's writer or in quotes: "Vasile hotel: …", saved as
  // "Dl. Vasile hotel".)
  const contactTag =
    i === j &&
    next !== undefined &&
    scan.lexicon(i).given &&
    (/^["»”]/.test(text.slice(next.end, next.end + 1)) || (/^[ \t]*:[ \t]/.test(text.slice(next.end, next.end + 3)) && STAMPED_LINE_START.test(text.slice(Math.max(0, tokens[i].start - 40), tokens[i].start))));
  const placeWord =
    spaceAfter &&
    !givenCaseForm &&
    !contactTag &&
    (placeAfter(next) ||
      (PLACE_MODIFIERS.has(next.text) && text.slice(next.end, afterNext?.start ?? next.end) === ' ' && placeAfter(afterNext)) ||
      // (Or a capitalised word no rule took for a name between: Nikola Tesla Airport, Alisher Navoi metro.)
      (next.capitalised && !hit[j + 1] && text.slice(next.end, afterNext?.start ?? next.end) === ' ' && placeAfter(afterNext)));
  // (Not a double surname, nor words with the endings of names: Evija Bērziņa-Kalniņa.)
  // (Not set off by commas as an apposition, "the owner of the flat, Gülşen Öztürk Karaca, said": a person's name.)
  const apposition = /,\s$/.test(text.slice(Math.max(0, tokens[i].start - 2), tokens[i].start)) && /^,/.test(text.slice(tokens[j].end, tokens[j].end + 1));
  // (Nor a name with its nickname quoted in a bracket after it, or in a bracket after another name: "Yuleisy Carolina
  // Martínez Rojas ("Yuli")", "Doña Mirta (Mirta Benítez Ocampo)".)
  const aliased = QUOTED_ALIAS_AFTER.test(text.slice(tokens[j].end, tokens[j].end + 4)) || bracketAlias(scan, i);
  // (Russian writes a body's name with one capital, Центр помощи женщинам: three capitalised words are a full name,
  // "Эстер Осарумвенсе Игбинидион"; not a foreign name in quotes or after a preposition of place, «Лэнд Крузер Прадо», "на
  // Шейх Зайед Роуд".)
 // (Asked last, only of runs of three words or more; and only with a word no dictionary has: "Государственная Миграционная
  // Служба", "Комиссия По Делам Несовершеннолетних" written with capitals are bodies.)
  const russianFullName = () =>
    tokens.slice(i, j + 1).every((t) => t.cyrillic && !acronym(t.text)) &&
    tokens.slice(i, j + 1).some((_, n) => !scan.lexicon(i + n).ordinary) &&
    !(i > 0 && PLACE_PREPOSITIONS.has(tokens[i - 1].lower) && text.slice(tokens[i - 1].end, tokens[i].start) === ' ') &&
    !insideQuote(text, tokens[i].start);
  const institution =
    shapeOnly && j - i >= 2 && !apposition && !aliased && !rules.includes('person.surname') && !/-/.test(text.slice(tokens[i].start, tokens[j].end)) && tokens.slice(i, j + 1).every((t) => !nameShaped(t.text) && !(data.nameEndings?.test(t.text) ?? false) && !data.surnames.has(t.lower)) && !russianFullName();
  const foreignPhrase =
    shapeOnly && !casual && next !== undefined && text.slice(tokens[j].end, next.start) === ' ' && !tokens[j].cyrillic && !next.capitalised && !PERSON_WORDS.honorificsAfter.has(next.lower) && !PATRONYMIC_PARTICLE.test(` ${next.text}`) && next.text.length >= 4 && !next.cyrillic && !insideQuote(text, tokens[i].start) && /^\p{Ll}+$/u.test(next.text) && !scan.lexicon(j + 1).ordinary && !scan.lexicon(j + 1).given && !scan.lexicon(j + 1).notName;
  return placeWord || institution || foreignPhrase;
}

const VOWEL_YAN = /[aeiu]yan$/;
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
const QUOTED_ALIAS_AFTER = /^ ?\(["«“']/u;

/** A street's, a body's, a district's, a business's or a holiday's name, by the words around the run (see dropPlacesAndInstitutions). */
function namedPlaceAround(scan: PersonScan, i: number, j: number, rules: string[], shapeOnly: boolean): boolean {
  const { text, tokens, hit, data } = scan;
  // A pack's street word inside the run (Kemeraltı Caddesi, Brīvības Iela); or, even after a given name, the last part of
  // names joined by hyphens (Rosa-Luxemburg-Platz, Goethe-Universität, Karl-Marx-Allee): a place or a body named after people.
  const lastPart = tokens[j].lower;
  const street =
    (shapeOnly && tokens.slice(i, j + 1).some((t) => data.address.afterName.has(t.lower) || (t.lower.length > 3 && data.address.street.has(t.lower)))) ||
    (j > i && text.charCodeAt(tokens[j].start - 1) === 0x2d && (data.address.endings.has(lastPart) || data.address.street.has(lastPart) || data.institutions.has(lastPart)));
  // After an abbreviation of a body (PS Palilula, MVD Konkovo, ОМВД «Чертаново»), or in quotes right after a preposition
  // (у «Дордоя», в «Пироговой»): the name of a unit, shop, hospital or market. Nicknames in quotes follow a name or a cue.
  const prev = tokens[i - 1];
  const lead = prev ? text.slice(prev.end, tokens[i].start) : '';
  // (Not a surname: "Сотрудник ОВМ Прохорова сказала", a person of that body.)
  // (Nor after a rank or a role before the body's letters: "por. SG Dominik Szulc" is the officer.)
  const afterAcronym = shapeOnly && !rules.includes('person.surname') && prev !== undefined && acronym(prev.text) && prev.text.length <= 5 && prev.lower !== 'id' && /^ «?$/.test(lead) && !rankBeforeService(scan, i - 1);
  // Right after a pack's word of a public body or place (Stanica Policije Stari Grad, Piața Unirii, Dworzec Centralny).
  // (Not after a rank and its service: "лейтенант поліції Гончаренко" is the officer.)
  const afterInstitution = shapeOnly && prev !== undefined && lead === ' ' && data.institutions.has(prev.lower) && !rankBeforeService(scan, i - 1);
  // Right after a city's name, one word no list knows and of no surname's shape: its district (Ljubljana Šiška, Beograd Zvezdara).
  const district = shapeOnly && i === j && !rules.includes('person.surname') && prev !== undefined && prev.capitalised && lead === ' ' && exactPlace(data, prev.lower);
  // (Nor the adjective of a town's name of two words before the known second: Moravská Ostrava, Banská Bystrica.)
  const townsAdjective = shapeOnly && i === j && TOWN_ADJECTIVE.test(tokens[i].text) && tokens[i + 1] !== undefined && tokens[i + 1].capitalised && text.slice(tokens[i].end, tokens[i + 1].start) === ' ' && exactPlace(data, tokens[i + 1].lower);
  // (Nor words no list holds after "the": English gives a person no article, "on the Riva", "the Kadriorg side", "the
  // Pilsner Urquell gate"; a family by its surname is read by its shape, "the Petrovs".)
  const afterArticle = shapeOnly && !rules.includes('person.surname') && prev !== undefined && prev.lower === 'the' && lead === ' ';
  // (Nor a town after an age, maybe with "from", as lists of who came write them: "Ausra, 22, from Alytus", "(29, from
  // Kaštela)", "Zorica, 45, Doljevac", "Жамиля — 33, Базар-Коргон", "snezana 39 from futog".)
  // (Not a name and a surname after a house's number: "Kenesary street 56, from Zhumabek Turlybekov".)
  // (Nor a surname after an address's house number, which is no age: "ul. Abaya 12, Kasymov and his men".)
  const townAfterAge =
    shapeOnly &&
    !(j > i && rules.includes('person.surname')) &&
    !(rules.includes('person.surname') && afterHouseNumber(scan, i)) &&
    prev !== undefined &&
    ((prev.lower === 'from' && lead === ' ' && /(?:^|[\s(])\d{2},?\s$/.test(text.slice(Math.max(0, prev.start - 6), prev.start))) ||
      AGE_THEN_TOWN.test(text.slice(Math.max(0, tokens[i].start - 18), tokens[i].start)));
  // (Nor one word no list holds where a journey goes or where she is from: "plans to move to Marianka", "drove towards Strada",
  // "took her to Hegyeshalom", "her friend Jadzia from Łańcut", "EGN 9203154421, from Asenovgrad", "хочет в Игналину", "не в
  // Абовян"; a person after "в" is rare, "влюбилась в Тимура", and a given name or initials after the word keep it.)
  const placeOfJourney = shapeOnly && i === j && prev !== undefined && lead === ' ' && !scan.lexicon(i).given && !scan.data.given.has(tokens[i].lower) && journeyTo(scan, i);
  // (After a word for a place or a thing, or an abbreviation, even a given name: сауна «Султан», кафе «Айгуль», ТЦ «Мадина».)
  const quotedAfterPreposition = quotedPlace(text, tokens[i].start, tokens[j].end, !shapeOnly);
  // Right after a pack's street word, maybe with the Albanian article of the genitive (Rruga e Kavajës, Ulica Ivana Gundulića).
  const articled = prev !== undefined && ALBANIAN_ARTICLES.has(prev.text) && lead === ' ' ? tokens[i - 2] : undefined;
  const streetWord = articled ?? prev;
  const afterStreet =
    (shapeOnly && streetWord !== undefined && streetWord.capitalised && streetWord.lower.length > 3 && data.address.street.has(streetWord.lower) && (articled ? text.slice(articled.end, prev!.start) === ' ' : lead === ' ')) ||
    // (A full name after a Russian street's or square's word that names it: площадь Амира Темура, проспект Абая Кунанбаева; not
    // after one in the locative, where the sentence's subject may follow: "на улице Анна Петрова сказала", "в парке …".)
    (j > i && tokens[i].cyrillic && prev !== undefined && STREET_NAMING.has(prev.lower) && lead === ' ') ||
    // (Or its surname alone, the given name before it already read as the street's, in the genitive: на проспекте Абая
    // Кунанбаева; a given name in the nominative there is a subject, and found.)
    (tokens[i].cyrillic && prev !== undefined && i >= 2 && !hit[i - 1] && lead === ' ' && scan.lexicon(i - 1).given && prev.capitalised && afterStreetWord(scan, i - 1)) ||
    // (After a street's word written short, ул. Малышева, bul. Hristo Botev, ul. Majka Tereza, St. Olaf; not one written after
    // its street's name, which may end a sentence: "on Sverdlova st. Natasha came"; or a whole name after a pack's street
    // word in full in Latin letters, ulica Ivana Gundulića; nor a transliteration's two-letter initial, "lawyer Sh. Mirzoeva",
    // though sh. is a shosse's word.)
    (prev !== undefined && lead === '. ' && prev.text.length >= 2 && prev.text.length <= 4 && prev.text !== prev.text.toUpperCase() && !DIGRAPH_INITIAL.test(prev.text) && (STREET_NAMING.has(prev.lower) || data.address.street.has(prev.lower)) &&
      !(i >= 2 && tokens[i - 2].capitalised && text.slice(tokens[i - 2].end, prev.start) === ' ' && !scan.lexicon(i - 2).ordinary) &&
      // (St. is a saint's before a given name, St. Olaf; before a surname it may be a rank, "St. Petrenko, the duty officer".)
      (prev.lower !== 'st' || scan.lexicon(i).given || data.given.has(tokens[i].lower))) ||
    (j > i && !tokens[i].cyrillic && prev !== undefined && lead === ' ' && prev.lower.length > 3 && data.address.street.has(prev.lower));
  const business = businessNamed(scan, i, j);
  // A saint, or the day, church or street named after one (Saint George's Day, Sf. Maria, Santa Maria Day), or a holiday
  // (День Победы, Novruz Bayramı).
  const holiday = saintOrHoliday(scan, i, j);
  // (Nor one word no list holds listed with a place, "Kaskelen, Talgar and Esik", "в Сарань, Шахтинск и Абай".)
  // (A place on one side and the list going on on the other: not "her mother in Khujand, Mavjuda".)
  const next = tokens[i + 1];
  const gapAfter = next ? text.slice(tokens[i].end, next.start) : '';
  const listGoesOn = (t: Token | undefined, gap: string) => t !== undefined && t.capitalised && /^(?:, | and | и | or | или )$/.test(gap);
  const listedWithPlace =
    shapeOnly && i === j && ((placeListedAt(scan, i - 1, prev, lead) && listGoesOn(next, gapAfter) && !hit[i + 1]) || (placeListedAt(scan, i + 1, next, gapAfter) && listGoesOn(prev, lead) && !hit[i - 1]));
  return street || afterAcronym || afterInstitution || district || townsAdjective || afterArticle || townAfterAge || placeOfJourney || listedWithPlace || quotedAfterPreposition || afterStreet || business || holiday;
}

/**
 * Whether word i (after a space) is where a journey goes or where someone comes from: after "to" or "towards" with a word of
 * going before it, after "from" with a name, a comma or a word of coming before it, or after the Russian "в" or "во" with
 * nothing after it that makes it a person (initials, a capitalised word).
 */
function journeyTo(scan: PersonScan, i: number): boolean {
  const { text, tokens, hit } = scan;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // (Or "в сторону", towards: "повёз в сторону Абовяна".)
  if (prev.lower === 'сторону' && i >= 2 && tokens[i - 2].lower === 'в') return true;
  if (prev.lower === 'в' || prev.lower === 'во') {
    return !TWO_INITIALS_AFTER.test(text.slice(tokens[i].end, tokens[i].end + 7)) && !(next !== undefined && next.capitalised && text.slice(tokens[i].end, next.start) === ' ');
  }
  const before = text.slice(Math.max(0, prev.start - 24), prev.start);
  if (prev.lower === 'to' || prev.lower === 'towards') return GOING_BEFORE.test(before);
  if (prev.lower !== 'from') return false;
  const byName = i >= 2 && hit[i - 2] !== null && text.slice(tokens[i - 2].end, prev.start) === ' ';
  return byName || /,\s$/.test(before) || COMING_BEFORE.test(before);
}
const GOING_BEFORE = /(?:^|[^\p{L}])(?:go|goes|going|went|gone|move|moves|moved|moving|travel\p{L}*|drive|drives|drove|driving|driven|head\p{L}*|return\p{L}*|fly|flies|flew|flying|relocat\p{L}*|pilgrimage|trip|journey|bus|train|ticket|back|deported|sent|send|sends|take|takes|took|taken|taking|bring|brings|brought)\s+(?:(?:her|him|them|us|me)\s+)?(?:back\s+|home\s+)?$/iu;
const COMING_BEFORE = /(?:^|[^\p{L}])(?:is|are|was|were|comes?|came|coming|originally|moved|returned|fled|escaped|arrived|deported|all|both|girls?|wom[ae]n|workers)\s+$/iu;

/** The endings of a town's adjective in Czech and Slovak (Moravská, Banská, Nové, Dolní). */
const TOWN_ADJECTIVE = /\p{Ll}(?:ská|ské|ský|cká|cké|ná|né|ní)$/u;
const BUSINESSES = PERSON_WORDS.businesses;
const BUSINESSES_QUOTED = unionOf(PERSON_WORDS.businessesQuoted, BUSINESSES);
const OPENING_QUOTE_LEAD = /^ ?["«“„']$/;
const CLOSING_QUOTE = /^["»”“']/;

/**
 * A run of at most three words right after a word for a business, or in quotes after one: the business's name, even a
 * given name (Sauna Lyudmila, Pizzeria Šef, the kiosk "Mirela", [Кафе «Соломия»). A word that names a business only with
 * quotes (bar, shop, магазин) needs them: "at the bar Dana said" names a person.
 */
function businessNamed(scan: PersonScan, i: number, j: number): boolean {
  const { text, tokens } = scan;
  const prev = tokens[i - 1];
  // (Bare, only one word after the business's word written as part of its name, with a capital: "at the sauna Gulnara told
  // me", "В кафе Айгуль работала", "Sauna Lyudmila Petrova manages" name people.)
  if (j === i + 1 && BUSINESSES.has(tokens[i].lower) && tokens[i].capitalised) return true;
  if (prev === undefined || j - i > 2) return false;
  const lead = text.slice(prev.end, tokens[i].start);
  if (lead === ' ') return i === j && prev.capitalised && BUSINESSES.has(prev.lower) && !sentenceStart(text, prev.start);
  // (Or a word of what it sells between: "в салоне красоты «Айтен»".)
  const business = BUSINESSES_QUOTED.has(prev.lower) || (i >= 2 && !prev.capitalised && BUSINESSES_QUOTED.has(tokens[i - 2].lower) && scan.between(tokens[i - 2], prev) === ' ');
  return OPENING_QUOTE_LEAD.test(lead) && business && CLOSING_QUOTE.test(text.slice(tokens[j].end, tokens[j].end + 1));
}

/** A holiday that is also a given name, after a preposition of a date or a date itself ("после Нооруза", "21 марта, Новруз"). */
function holidayAt(scan: PersonScan, k: number): boolean {
  const { text, tokens } = scan;
  const prev = tokens[k - 1];
  if (!HOLIDAYS_ALSO_NAMES.has(tokens[k].lower) || prev === undefined) return false;
  // (Or after a day's or a holiday's word: "в первый день Наурыза", "праздник Навруз", "the Nowruz holiday".)
  const dayOf = (DAY_FORMS.has(prev.lower) || HOLIDAY_WORD.test(prev.lower)) && text.slice(prev.end, tokens[k].start) === ' ';
  return dayOf || (PERSON_WORDS.datePrepositions.has(prev.lower) && text.slice(prev.end, tokens[k].start) === ' ') || DATE_BEFORE.test(text.slice(Math.max(0, tokens[k].start - 20), tokens[k].start));
}
const HOLIDAY_WORD = /^(?:праздник\p{Ll}{0,3}|празднован\p{Ll}{1,3}|holiday|festival|feast|day)$/u;
const DATE_BEFORE = /(?:\d{1,2}\.?\s\p{L}{3,9}|\d{1,2}\.\d{1,2}(?:\.\d{2,4})?|\p{L}{3,9}\s\d{1,2}),\s$/u;

const HOLIDAYS_ALSO_NAMES = PERSON_WORDS.holidaysAlsoNames;

/**
 * "Bajram" (and the Albanian "Bajrami") after the feast's own word only: Kurban Bajram, Ramazanski Bajram; "Bajrami" is a
 * common Albanian surname too, "Client: Djeneta Bajrami". Any other day's word takes any word before it.
 */
function bajramOf(word: Token, day: Token): boolean {
  return !/^b[ae][jy]ram/.test(day.lower) || FEAST_BEFORE_BAJRAM.test(word.lower);
}
const FEAST_BEFORE_BAJRAM = /^(?:kurban|qurban|kurbanski|ramazan|ramadan|ramazanski|šećer|secer|sheqer|šeker|şeker|seker|sheker|fitr|fitër|fiter|madh|vogël|vogel|novruz|nowruz|cumhuriyet|zafer)/u;

function saintOrHoliday(scan: PersonScan, i: number, j: number): boolean {
  const { text, tokens } = scan;
  const prev = tokens[i - 1];
  const lead = prev ? text.slice(prev.end, tokens[i].start) : '';
  const next = tokens[j + 1];
  const dayAfter = next !== undefined && PERSON_WORDS.dayAfter.has(next.lower) && /^(?:['’]s?)? $/.test(text.slice(tokens[j].end, next.start));
  const given = (k: number) => scan.lexicon(k).given || scan.data.given.has(tokens[k].lower);
  // One given name after a saint's word, as a day ("on Sf. Maria", "Saint George's Day"), never a surname or a full name
  // ("St. Petrov, the duty officer", "Sv. Petar Ilic"), nor a name after a street's abbreviation ("Abay St. Ivanov").
  if (i === j && prev !== undefined && PERSON_WORDS.saints.has(prev.lower) && prev.capitalised && /^\.? $/.test(lead) && given(i)) {
    const before = tokens[i - 2];
    if (dayAfter || (before !== undefined && PERSON_WORDS.datePrepositions.has(before.lower) && text.slice(before.end, prev.start) === ' ')) return true;
  }
  // (A saint's word written out, then a name: a saint, whatever the case of the word, "Дня святого Иштвана", "на Сфынта Марию",
  // "ulica Svetog Petra Cetinjskog".)
  // (The Italian and Spanish "San" is the word written out: San Lorenzo, San Siro.)
  if (prev !== undefined && PERSON_WORDS.saints.has(prev.lower) && (prev.text.length > 3 || prev.text === 'San') && lead === ' ') return true;
  // (A saint's abbreviation alone is no name: Sv, Sf.)
  if (i === j && PERSON_WORDS.saints.has(tokens[i].lower) && tokens[i].text.length <= 3) return true;
  // (A saint's word written out, capitalised, with the name after it: a saint, a place or a church, never a person:
  // Sveti Stefan, Sankt Georgen, Szent István. Its abbreviations may be a street's: "Abay St. Ivanov".)
  // (Not a form's value, nor before a surname's shape: Santa is a Latvian given name too, "Client: Santa Kalniņa-Petrova".)
  const surnameAfter = () => scan.hit[i]?.rule === 'person.form-field' || tokens.slice(i + 1, j + 1).some((t) => (scan.data.nameEndings?.test(t.text) ?? false) || SURNAME_LAT.test(t.text));
  if (j > i && tokens[i].capitalised && (tokens[i].text.length > 3 || tokens[i].text === 'San') && PERSON_WORDS.saints.has(tokens[i].lower) && /^ $/.test(text.slice(tokens[i].end, tokens[i + 1].start)) && !surnameAfter()) return true;
  // (Santa Maria Day, Saint George's Day; День Победы, a day's word and one word that is no given name.)
  if (j === i + 1 && PERSON_WORDS.saints.has(tokens[i].lower) && dayAfter) return true;
  if (j === i + 1 && PERSON_WORDS.dayBefore.has(tokens[i].lower) && tokens[i].capitalised && !given(j)) return true;
  // (Or the words after a capitalised day's word: "На День Всех Святых", "День Независимости".)
  // (Not a given name after them: "День Победы Азамат провёл с ней".)
  if (prev !== undefined && PERSON_WORDS.dayBefore.has(prev.lower) && prev.capitalised && lead === ' ' && tokens.slice(i, j + 1).every((_, k) => !given(i + k))) return true;
  // (Not a name in the dative before "айт", "say": «Жылдызга айт» is "tell Zhyldyz", no holiday.)
  if (i === j && dayAfter && !given(i) && bajramOf(tokens[i], next) && !(next.lower === 'айт' && /(?:га|ға|ка|қа|ге|ке)$/.test(tokens[i].lower))) return true;
  // (A holiday and its day's word, Kurban Bayram, Victory Day; not a given name and a surname Day, "Maria Day, a social worker".)
  if (j === i + 1 && PERSON_WORDS.dayAfter.has(tokens[j].lower) && /^ $/.test(text.slice(tokens[i].end, tokens[j].start)) && (!given(i) || HOLIDAYS_ALSO_NAMES.has(tokens[i].lower)) && bajramOf(tokens[i], tokens[j])) return true;
  // (A saint's day named by a given name's possessive: "Татьянин день", "Todorov Den".)
  if (i === j && dayAfter && /(?:ин|ын|ов|ев|ov|ev)$/.test(tokens[i].lower)) return true;
  // (The given names of two holidays' figures: "Ивана Купалы", "Деда Мороза".)
  if (i === j && next !== undefined && /^купал[аыеу]$/.test(next.lower) && text.slice(tokens[j].end, next.start) === ' ') return true;
  if ((prev !== undefined && /^дед[аеуо]?м?$/.test(prev.lower) && /^мороз/.test(tokens[i].lower) && lead === ' ') || (j === i + 1 && /^дед[аеуо]?м?$/.test(tokens[i].lower) && /^мороз/.test(tokens[j].lower))) return true;
  // (A holiday that is also a given name after a preposition of a date: "после Нооруза", "before Navruz"; "translated by Bajram"
  // names the translator.)
  if (i === j && holidayAt(scan, i)) return true;
  return i === j && prev !== undefined && prev.text.charCodeAt(0) === 0x0414 && PERSON_WORDS.dayBefore.has(prev.lower) && lead === ' ' && !given(i);
}

/** The articles of the Albanian genitive between a street word and its name (Rruga e Kavajës, Bulevardi i Ri). */
const ALBANIAN_ARTICLES = new Set(['e', 'i', 'të', 'së']);

/** Prepositions before a quoted name of a place, shop or body (у «Дордоя», в «Пироговой», на «Нексии»). */
const QUOTE_PREPOSITIONS = new Set(['у', 'в', 'во', 'на', 'из', 'от', 'к', 'ко', 'до', 'около', 'возле', 'при', 'под', 'за', 'через', 'с', 'со', 'по', 'для', 'над', 'про']);

const QUOTED_THINGS = PERSON_WORDS.quotedThings;
/** Prepositions of going into or out of a place: a quoted name after them is the place's or body's, even a given name (в «Шах-Айым»). */
const QUOTE_PLACE_PREPOSITIONS = new Set(['в', 'во', 'из', 'изо']);

/**
 * Inside «…» opened right after a preposition or an abbreviation (у «Дордоя», ТЦ «Достык Плаза»): a name of a place or a body.
 * With `anyName`, asked of a run found by a list too: only after a word for a place or a thing (сауна «Султан»).
 */
function quotedPlace(text: string, start: number, end: number, anyName = false): boolean {
  // (Looked for within 40 characters before and 120 after: a search through the whole text for each name was quadratic.)
  const from = Math.max(0, start - 40);
  const window = text.slice(from, Math.min(text.length, end + 120));
  const openAt = window.lastIndexOf('«', start - from);
  if (openAt < 0 || window.lastIndexOf('»', start - from) > openAt) return false;
  const open = from + openAt;
  const closeAt = window.indexOf('»', openAt);
  const close = closeAt < 0 ? -1 : from + closeAt;
  if (close < end) return false;
  const before = /(?:^|[\s([])([\p{L}]{1,12})\s$/u.exec(text.slice(Math.max(0, open - 14), open));
  if (before === null) return false;
  const word = before[1].toLowerCase();
  // (For any name, a given name too, only a word for a place or a thing, and a short name without a comma: not quoted speech.)
  if (anyName) return (QUOTED_THINGS.has(word) || QUOTE_PLACE_PREPOSITIONS.has(word)) && close - open <= 30 && !/[,.!?]/.test(text.slice(open, close));
  return QUOTE_PREPOSITIONS.has(word) || QUOTED_THINGS.has(word) || acronym(before[1]);
}

/** Whether a position is inside quoted speech that opened earlier on its line (an odd number of straight quotes, or « not yet closed). */
function insideQuote(text: string, at: number): boolean {
  // (Only the last 300 characters are read, so that a text without line breaks is not read back to its start at every word.)
  const seg = text.slice(Math.max(0, at - 300), at);
  const line = seg.slice(seg.lastIndexOf('\n') + 1);
  const straight = (line.match(/"/g)?.length ?? 0) % 2 === 1;
  return straight || line.lastIndexOf('«') > line.lastIndexOf('»') || line.lastIndexOf('„') > Math.max(line.lastIndexOf('“'), line.lastIndexOf('”'));
}

/** "and" in the region's languages: names in a list (Jeca i Beba, Bakha and Sanjar). */
const CONJUNCTIONS = new Set(['and', 'or', 'и', 'или', 'та', 'і', 've', 'és', 'și', 'si', 'i', 'a', 'ir', 'un', 'ja', 'dhe']);

/** Conjunctions and dashes between two months: "March and April", "April–May", "май или июнь". */
const MONTH_JOIN = /^\s*(?:,|and|or|to|till|until|through|[-–—/]|и|или|до|по)\s*$/iu;
/** A month written next to another calendar word ("in March and April") or after a day's number ("5 April"): not a person. */
function monthBeside(scan: PersonScan, i: number): boolean {
  const { text, tokens } = scan;
  const calendar = (t: Token) => scan.calendar(t);
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (/\d\s?$/.test(text.slice(Math.max(0, tokens[i].start - 2), tokens[i].start))) return true;
  if (prev && tokens[i].start - prev.end <= 3 && MONTH_JOIN.test(text.slice(prev.end, tokens[i].start)) && calendar(prev)) return true;
  // "March and April": the word before the conjunction.
  const before = tokens[i - 2];
  if (prev && before && /^(?:and|or|to|till|until|through|и|или|до|по)$/.test(prev.lower) && /^\s+$/.test(text.slice(before.end, prev.start)) && calendar(before)) return true;
  if (next && next.start - tokens[i].end <= 3 && /^\s*[-–—/]\s*$/.test(text.slice(tokens[i].end, next.start)) && calendar(next)) return true;
  const after = tokens[i + 2];
  return next !== undefined && after !== undefined && /^(?:and|or|to|и|или|до)$/.test(next.lower) && /^\s+$/.test(text.slice(tokens[i].end, next.start)) && calendar(after);
}

/** Russian verbs of a person right after a lower-case name that is also a word ("вера сказала"). */
function lowerCaseGiven(lex: Lexicon, text: string, tokens: Token[], i: number): boolean {
  if (!lex.given || lex.notName) return false;
  // (Only the dictionary itself says it is a word: a diminutive -ка looks like a Turkic suffix on a Russian stem.)
  if (!lex.ambiguous && !russianLexicon().has(tokens[i].lower) && !EVERYDAY.has(tokens[i].lower)) return true;
  return verbFollows(text, tokens, i);
}

/** A case form of a short given name (юры → Юра, олей → Оля) that is no word of the dictionary. */
function shortGivenForm(w: string, capitalisedInside = false): boolean {
  if (GIVEN.has(w) || EVERYDAY.has(w) || NOT_NAMES.has(w)) return false;
  for (const [ending, bases] of CASE_ENDINGS) {
    if (w.length !== ending.length + 2 || !w.endsWith(ending)) continue;
    for (const base of bases) {
      const name = w.slice(0, -ending.length) + base;
      // (A name that is also a common word, and any form the dictionary has of another word, is not enough: с ней.)
      // (Nor a dictionary word in -е, the case of so many nouns: о рае.)
      // (Capitalised inside a Russian sentence, a form of the dictionary too: "у Юли", not the verb юли.)
      const word = !capitalisedInside && russianLexicon().has(w);
      if (GIVEN.has(name) && !AMBIGUOUS_NAMES.has(name) && !(word && (ending === 'е' || !russianLexicon().has(name)))) return true;
    }
  }
  return false;
}

const PERSON_OBJECT_VERBS = PERSON_WORDS.personObjectVerbs;
const POSSESSION_NOUNS = PERSON_WORDS.possessionNouns;
const DATIVE_PREDICATES = PERSON_WORDS.dativePredicates;

/** Prepositions after which a short given name in lower case, in a case form (юры, ане, олей), is read as a name. */
const SHORT_FORM_PREPOSITIONS = new Set(['у', 'с', 'со', 'к', 'ко', 'от', 'для', 'про', 'без', 'о', 'об', 'при']);

/** The quotes the quoted-cue rule looks for right before a word (see quotedCue in detectPersons). */
const OPENING_QUOTES = new Set(['"', '«', '“', "'"].map((q) => q.charCodeAt(0)));

/** Two capitals or more (OP, MVD, IX, КоАП, DIICOT): an abbreviation, not a name. */
function acronym(word: string): boolean {
  // A word of basic Latin and Russian letters only: its capitals counted from the codes (it has no hyphen).
  let capitals = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) || c === 0x401) capitals++;
    else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f) || c === 0x451)) return (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/^\p{Lu}\p{Ll}+-\p{Lu}/u.test(word);
  }
  return capitals >= 2;
}

/** Words after which a capitalised word names a place: in Antalya, в Стамбуле, из Кордая. */
const PLACE_BEFORE = PERSON_WORDS.placeBefore;
/** A venue's word: the capitalised words right after it are its name (club Pacha, кафе «Жулдыз», рынка Алтын Орда). */
const VENUE_WORDS = new Set(
  `club nightclub bar pub disco cafe café restaurant hotel motel hostel sauna casino market bazaar
   hospital clinic school university quarter barracks nemocnica nemocnice bolnica bolnicu spital spitalul kórház больница больницу больнице больницы клиника клинику клинике клиники госпиталь госпиталя мбал школа школу школе университет квартал квартала квартале
   клуб клуба клубе клубом бар бара баре кафе ресторан ресторана ресторане гостиница гостиницы гостинице отель отеля отеле сауна сауны сауне
   рынок рынка рынке рынку базар базара базаре`.split(/\s+/),
);
/** Words after which it names a place, an institution or a street: Texas Street, Dordoi bazaar, Свердловского РУВД (and each pack's street words, Atatürk caddesi). */
const PLACE_AFTER = PERSON_WORDS.placeAfter;
function placeContext(text: string, tokens: Token[], i: number, data: PackData): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // (Or "the village of Krasnoye", "the town of Ózd".)
  if (prev && prev.lower === 'of' && i >= 2 && SETTLEMENT_OF.has(tokens[i - 2].lower) && text.slice(prev.end, tokens[i].start) === ' ') return true;
  // (Or a village's or a district's short word before it, "с. Ларга", "р-н Хынчешть": "с" in lower case with its full stop
  // only, "с Анной" is "with", "С. Ли" an initial.)
  if (prev && ((prev.text === 'с' && text.slice(prev.end, tokens[i].start) === '. ') || (prev.lower === 'н' && i >= 2 && tokens[i - 2].lower === 'р' && text.slice(tokens[i - 2].end, prev.start) === '-' && text.slice(prev.end, tokens[i].start) === ' '))) return true;
  // (A full stop only after an abbreviation, "str. Pushkin": after a whole word it ends the sentence, "VIII district. Kovácsné".)
  if (prev && PLACE_BEFORE.has(prev.lower) && /^[\s.]+$/.test(text.slice(prev.end, tokens[i].start)) && (prev.text.length <= 4 || !text.slice(prev.end, tokens[i].start).includes('.'))) return true;
  const prev2 = tokens[i - 2];
  // (Or the second half of a name joined by a hyphen after such a word: "ул. Бухар-Жырау", "str. Mihai-Viteazu".)
  if (prev2 && prev && text.slice(prev.end, tokens[i].start) === '-' && PLACE_BEFORE.has(prev2.lower) && /^[\s.]+$/.test(text.slice(prev2.end, prev.start)) && (prev2.text.length <= 4 || !text.slice(prev2.end, prev.start).includes('.'))) return true;
  // (A venue's word two words back, a name of two words after it: "the club Black Rose", "рынка Алтын Орда", «Белая Роза».)
  if (prev2 && prev && prev.capitalised && VENUE_WORDS.has(prev2.lower) && /^[\s"«“„']+$/.test(text.slice(prev2.end, prev.start)) && text.slice(prev.end, tokens[i].start) === ' ') return true;
  // (One word back only the nominative, "администратор сауны Стасик" is its manager's name; and not a given name, nor a word
  // before a surname: "The hotel Nadira Saidova manages".)
  const surnameNext = next !== undefined && next.capitalised && text.slice(tokens[i].end, next.start) === ' ' && next.text.length >= 5 && (next.cyrillic ? SURNAME_CYR : SURNAME_LAT).test(next.text);
  if (prev && PERSON_WORDS.venuesNamed.has(prev.lower) && /^\s?["«“„']?$/.test(text.slice(prev.end, tokens[i].start).trimStart()) && !GIVEN.has(tokens[i].lower) && !data.given.has(tokens[i].lower) && !surnameNext) return true;
  return next !== undefined && (PLACE_AFTER.has(next.lower) || data.address.afterName.has(next.lower) || (next.lower === 'р' && text.startsWith('-н', next.end))) && /^[\s-]+$/.test(text.slice(tokens[i].end, next.start));
}

/** The nominative of such an adjective (Киевский, Советская): a surname too, so a place only before a place's word. */
const PLACE_ADJECTIVE_NOMINATIVE = /\p{Script=Cyrillic}(?:ский|цкий|ская|цкая|ское|ской)$/u;
/** Capitalised Russian adjectives of places and bodies (Первомайского, Алматинской): not surnames in the nominative. */
const PLACE_ADJECTIVE = /\p{Script=Cyrillic}(?:ского|ской|ском|скому|ских|ного|ной|ном|ному|нского|нской)$/u;
/** The -н- forms of them (Центральной, Зелёной) only where the dictionary has the word: a name's instrumental ends so too (Миленой, Шкельзеном). */
const PLACE_ADJECTIVE_N = /(?:ного|ной|ном|ному)$/u;
function placeAdjective(t: Token, lex: () => Lexicon): boolean {
  return PLACE_ADJECTIVE.test(t.text) && (!PLACE_ADJECTIVE_N.test(t.lower) || /(?:ск|цк)(?:ого|ой|ом|ому)$/.test(t.lower) || lex().ordinary);
}

/** A lower-case word whose capitalised form is a proper noun of the Russian dictionary (юры → Юра's, гриши). */
function properNounOfRussian(t: Token): boolean {
  return t.cyrillic && russianLexicon().has(t.lower[0].toUpperCase() + t.lower.slice(1));
}

/** Nationalities, months and days: capitalised in English, never people. */
/** A nationality's or a language's ending (Vietnamese, Kazakh, Polish, Czech, Thai): not a weekday's, Sunday is a name too. */
const NATIONALITY_ENDING = /(?:an|ans|ian|ians|ese|ish|i|ic|ch|kh)$/;
const DEMONYM = /(?:ans|ians|an|ian|ese|ish|i|ic|ary|ber|day|days)$/;

/** A capitalised entry of the English dictionary (July, American, Texas) that is not a given name the lists hold. */
function properNounOfEnglish(t: Token): boolean {
  return !t.cyrillic && englishLexicon().has(t.text);
}

/** A Latin word that is a word of the Russian dictionary under one of the common transliteration schemes (zhivet, mesyac). */
function readsAsRussian(w: string): boolean {
  return w.length >= 3 && someReadingIsRussian(w);
}

/** The same with the soft signs that such writing drops: at the end after a consonant (opyat for опять), after l before a consonant (bolshe for больше). */
function readsAsRussianWithoutSoftSigns(w: string): boolean {
  if (w.length < 3) return false;
  if (LATIN_CONSONANT_END.test(w) && someReadingIsRussian(`${w}'`)) return true;
  const softL = w.replace(L_BEFORE_CONSONANT, "l'");
  return softL !== w && someReadingIsRussian(softL);
}
const LATIN_CONSONANT_END = /[bcdfghklmnpqrstvxz]$/;
const L_BEFORE_CONSONANT = /l(?=[bcdfghkmnpqstvxz])/g;
function someReadingIsRussian(w: string): boolean {
  for (const reading of cyrillicReadings(w)) if (russianLexicon().has(reading)) return true;
  return false;
}

/** ", 22" or " 22" right after a word: a person's age. */
function ageFollows(text: string, end: number): boolean {
  return /^,?\s\d{2}(?!\d|[.:/-]\d)/.test(text.slice(end, end + 6));
}

/** Capitalised Russian words with surname-like endings that are common at the start of a sentence. */
const COMMON_OV = PERSON_WORDS.sentenceStartWords;
function sentenceStartCommonWord(word: string): boolean {
  return COMMON_OV.has(lower(word));
}
