import type { Token } from './document';
import { carWordBefore } from './plate.detector';
import type { Span } from './types';

/**
 * Phone numbers dictated in words, as a hotline or a voice message writes them down: "his number is eight seven oh one,
 * 455, 21 09", "на номер ноль пять пять пять, семьдесят два, сорок, ноль шесть", "продиктовала словами: восемь семьсот
 * семь, двести один, сорок, шестьдесят три". A run of at least three number words (with digits, a plus, "double")
 * that spells nine to thirteen digits: nine need a word about a number or a call a few words before; ten or more said
 * in five words or more count anywhere, unless the words count up or down. Four to eight digits said right after a badge's,
 * a passport's or a record's word are that document's number.
 */
export function detectSpokenPhones(text: string, tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Only where a run of number words starts (one word at a time: a set's look-up, no pattern over the whole text).
    if (!STARTS.has(t.lower) || (out.length > 0 && out[out.length - 1].end > t.start)) continue;
    if (i > 0 && STARTS.has(tokens[i - 1].lower) && /^[\s,.\-–]{1,3}$/.test(text.slice(tokens[i - 1].end, t.start))) continue;
    RUN_AT.lastIndex = t.start;
    const run = RUN_AT.exec(text);
    if (!run) continue;
    // (With the digits or the plus written before the first word: "+7 seven zero one …", "8 707 двести тридцать четыре".)
    const lead = LEAD.exec(text.slice(Math.max(0, t.start - 24), t.start));
    let start = t.start - (lead ? lead[0].length : 0);
    let read = readSpoken(text.slice(start, t.start + run[0].length));
    // (Without the digits before it where they are the same number written first, or the end of another: "it's 0709 31 44
    // 52, oh-seven-oh-nine, …", "8 (926) 418-35-07. Восемь девятьсот …".)
    if (lead && (read === null || read.digits.length > 13)) {
      start = t.start;
      read = readSpoken(text.slice(start, t.start + run[0].length));
    }
    if (read === null || read.digits.length > 13) continue;
    // (Four to eight digits said after a badge's, a document's or a record's word are its number: "she read his badge number
    // zero four one seven two".)
    if (read.digits.length >= 4 && read.digits.length <= 8 && ID_CUE.test(text.slice(Math.max(0, start - 40), start))) {
      out.push({ start, end: t.start + run[0].length, type: 'IDNUM', rule: 'id.spoken', confidence: 0.7 });
      continue;
    }
    if (read.digits.length < 9) continue;
    const plain = read.digits.length >= 10 && read.values.length >= 5 && !counting(read.values);
    if (!plain && !CUE.test(text.slice(Math.max(0, start - WINDOW), start))) continue;
    out.push({ start, end: t.start + run[0].length, type: 'PHONE', rule: 'phone.spoken', confidence: 0.7 });
  }
  return out;
}

/** Digit groups, a plus or its word right before a dictated number's first word. */
const LEAD = /(?:(?:\+\s?|(?<![\p{L}])(?:plus|плюс)\s)?(?<![\p{L}\d])\d{1,4}[\s,.\-–]{1,3})+$|(?:\+\s?|(?<![\p{L}])(?:plus|плюс)\s)$/iu;
/** Four number words or more in a row that go up or down by one: counting, not a number said ("one two three four", "три, два, один"). */
function counting(values: readonly number[]): boolean {
  let run = 1;
  for (let k = 1; k < values.length; k++) {
    run = Math.abs(values[k] - values[k - 1]) === 1 && (k < 2 || values[k] - values[k - 1] === values[k - 1] - values[k - 2]) ? run + 1 : 1;
    if (run >= 4) return true;
  }
  return false;
}

/** How far after its cue a dictated number may start: "his number is", "подруга продиктовала словами:". */
const WINDOW = 80;

const CUE = /(?<![\p{L}])(?:number|phone|mobile|tel|call(?:ed|s)?|sim|whats\s?app|viber|nomer\p{L}*|raqam\p{L}*|telefon\p{L}*|номер\p{L}*|телефон\p{L}*|тел|звон\p{L}*|позвон\p{L}*|продиктова\p{L}*|ватсап\p{L}*|вайбер\p{L}*)(?![\p{L}])/iu;

/** A badge's, a document's or a record's word, maybe its "number" and a verb between, at most a few words before the number. */
const ID_CUE = /(?<![\p{L}])(?:badge|жетон\p{L}*|passport|паспорт\p{L}*|id|ид|card|карт\p{L}*|record|file|протокол\p{L}*|дел[оа])(?![\p{L}])(?:\s+(?:no|number|номер|№))?(?:\s+\p{L}+){0,2}\s*[:\-–]?\s*$/iu;

/** Each number word: its value, and whether it is hundreds (3), tens (2) or a digit (1); teens close their group as tens do. */
const WORDS = new Map<string, [number, number]>();
function add(list: string, rank: number, values: (i: number) => number): void {
  list.split(' ').forEach((w, i) => WORDS.set(w, [values(i), rank]));
}
add('zero oh one two three four five six seven eight nine', 1, (i) => Math.max(0, i - 1));
// (And the letter "o" for a zero, as people say it: "o five o five".)
add('o', 1, () => 0);
add('ноль нуль один два три четыре пять шесть семь восемь девять', 1, (i) => Math.max(0, i - 1));
add('одна две', 1, (i) => i + 1);
add('ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen', 2, (i) => 10 + i);
add('десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать', 2, (i) => 10 + i);
add('twenty thirty forty fifty sixty seventy eighty ninety', 2, (i) => 20 + 10 * i);
add('двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто', 2, (i) => 20 + 10 * i);
add('сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот', 3, (i) => 100 * (i + 1));
// (And Kyrgyz, Kazakh and Uzbek in Latin letters, as voice messages are typed: "nol jeti juz, jyiyrma uch, kyrk bir", "tort
// zhuz on bir", "to'qson yetti". Their teens are a ten and a digit, "on bir" = 11; their hundred is said after its digit.)
const APOSTROPHES = ["'", '’', 'ʻ', '‘'];
const apostrophed = (words: string) => words.split(' ').flatMap((w) => (w.includes("'") ? APOSTROPHES.map((a) => w.replace("'", a)) : [w]));
/** The Turkic words (read in phones only: the addresses' spoken numbers are English and Russian, where "on" is no ten). */
const TURKIC_WORDS = new Set<string>();
const turkic = (words: string[], rank: number, value: number) => apostrophed(words.join(' ')).forEach((w) => (WORDS.set(w, [value, rank]), TURKIC_WORDS.add(w)));
[['nol'], ['bir'], ['eki', 'ikki'], ['uch', 'üch', 'ush', 'üsh'], ['tort', 'tört', "to'rt"], ['besh', 'bes'], ['alty', 'olti'], ['jeti', 'zheti', 'yetti'], ['segiz', 'sakkiz'], ['toguz', 'togyz', "to'qqiz"]].forEach((words, value) => turkic(words, 1, value));
[['on', "o'n"], ['jyiyrma', 'jyirma', 'zhiyrma', 'jiyrma', 'yigirma'], ['otuz', 'otyz', "o'ttiz"], ['kyrk', 'kyryk', 'qyryq', 'qirq'], ['elüü', 'eluu', 'elu', 'ellik'], ['altymysh', 'alpys', 'oltmish'], ['jetimish', 'zhetpis', 'jetpis', 'yetmish'], ['seksen', 'sakson'], ['toksan', 'toqson', "to'qson"]].forEach((words, k) => turkic(words, 2, 10 * (k + 1)));
/** A Turkic ten that a digit after it joins (on bir = 11), and a hundred said after its digit (jeti juz = 700). */
const TURKIC_TENS = new Set(apostrophed("on o'n"));
const HUNDREDS = new Set(['hundred', 'juz', 'jüz', 'zhuz', 'yuz']);

/** Number words said one after another, a number in words ("сто двадцать семь", "forty one"): a pattern's source. */
export const NUMBER_WORDS_SOURCE = `(?:${numberWords().join('|')})(?![\\p{L}])(?:\\s(?:${[...numberWords(), 'hundred'].join('|')})(?![\\p{L}]))*`;
/** The number words, longest first (not the letter "o", which is a zero only among digits said). */
function numberWords(): string[] {
  return [...WORDS.keys()].filter((w) => w.length > 1 && !TURKIC_WORDS.has(w)).sort((a, b) => b.length - a.length);
}

/** The words a run may start with (not the Turkic "on", an English word). */
const STARTS = new Set([...WORDS.keys(), 'double', 'triple'].filter((w) => !TURKIC_TENS.has(w)));
const WORD = [...WORDS.keys()].sort((a, b) => b.length - a.length).join('|');
/** A run of number words and groups of digits, joined by spaces, commas, dashes or full stops (not over a line's end); a word first. */
// (A word ends where no letter or apostrophe follows: the "o" of Uzbek "o'g'li" is no zero.)
const RUN_SOURCE = `(?<![\\p{L}\\d])(?:${WORD}|double|triple)(?![\\p{L}'’ʻ‘])(?:[\\t ,.\\-–]{1,3}(?:(?:${WORD}|${[...HUNDREDS].join('|')}|double|triple)(?![\\p{L}'’ʻ‘])|\\d{1,4}(?![\\p{L}\\d])))+`;
const RUN_AT = new RegExp(RUN_SOURCE, 'iuy');

/** A number said in several words (семьсот семь = 707): its value, the rank of its last word and the rank it started with. */
interface Group {
  value: number;
  last: number;
  first: number;
}

/**
 * The digits a run spells and the values of its number words in order, or null where fewer than three of its items are
 * words (a plain number is the phone detector's).
 */
function readSpoken(run: string): { digits: string; values: number[] } | null {
  let digits = '';
  const values: number[] = [];
  /** The group being built (семьсот семь = 707). */
  let group = null as Group | null;
  let repeat = 1;
  /** The Turkic ten said last, which the digit after it joins ("on bir" = 11), or null. */
  let tenWord: string | null = null;
  const close = () => {
    // (As many digits as its first word's rank at least: двадцать = 20, семьсот семь = 707, ноль = 0.)
    if (group) digits += String(group.value).padStart(group.first, '0');
    group = null;
  };
  for (const item of run.toLowerCase().split(/([\s,.\-–]+)/)) {
    // (A comma closes a group: "jeti juz, jyiyrma uch" is 700 and 23, not 723.)
    if (/^[\s,.\-–]+$/.test(item)) {
      if (item.includes(',')) close();
      continue;
    }
    if (item === '' || item === '+' || item === 'plus' || item === 'плюс') continue;
    if (/^\+?\d+$/.test(item)) {
      close();
      digits += item.replace('+', '');
      continue;
    }
    if (item === 'double' || item === 'triple') {
      close();
      repeat = item === 'double' ? 2 : 3;
      continue;
    }
    if (HUNDREDS.has(item)) {
      // "four hundred fifty five": the digit before becomes its hundreds.
      if (group && group.last === 1 && group.first === 1) group = { value: group.value * 100, last: 3, first: 3 };
      continue;
    }
    const known = WORDS.get(item);
    if (!known) return null;
    const [value, rank] = known;
    values.push(value);
    // A ten after hundreds, a digit after a ten of twenty or more or after hundreds joins the group; anything else starts one.
    const joins = group !== null && value !== 0 && ((group.last === 3 && rank < 3) || (group.last === 2 && rank === 1 && group.value % 10 === 0 && (group.value >= 20 || tenWord !== null)));
    tenWord = TURKIC_TENS.has(item) ? item : null;
    if (joins && group) {
      group = { value: group.value + value, last: rank, first: group.first };
    } else {
      close();
      if (repeat > 1 && rank === 1) {
        digits += String(value).repeat(repeat);
        repeat = 1;
        continue;
      }
      group = { value, last: rank, first: rank };
    }
    repeat = 1;
  }
  close();
  return values.length >= 3 ? { digits, values } : null;
}

/**
 * A plate or a document's number dictated in words, letters spelled among the numbers, after a word that says what it is:
 * "the plate is zero one K G four eight two A D F", "номер машины: икс четыреста тридцать два, тэ-эм, сто девяносто шесть",
 * "паспорт эф-а, четыре-один-семь, два-три-восемь-пять". Five items or more (number words, spelled letters, digits), two
 * of them number words at least, the first a number word or a letter's name ("En, one three …" is read from "one"); the
 * plate's or the document's word at most a few words before, or the same code in characters right before. A plate's only
 * where its word or a car (plate.detector's carWordBefore) says so.
 */
export function detectSpokenCodes(text: string, tokens: readonly Token[]): Span[] {
  if (!SPOKEN_CODE_CUE_TEST.test(text)) return [];
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // (Starting with a number word or a letter's name: a capital or digits alone start too much of any text to ask.)
    if (!(WORDS.has(tokens[i].lower) || LETTER_NAMES.has(tokens[i].lower)) || (out.length > 0 && out[out.length - 1].end > tokens[i].start)) continue;
    const cue = SPOKEN_CODE_CUE.exec(text.slice(Math.max(0, tokens[i].start - 48), tokens[i].start));
    if (cue === null) continue;
    // The items one after another, a space, a comma, a hyphen or a dash's word between them.
    let j = i;
    let words = 0;
    let items = 0;
    let letters = 0;
    for (; j < tokens.length; j++) {
      const t = tokens[j];
      if (j > i && !/^(?:[\t ,\-–]{1,3}|[\t ,]*(?:dash|slash|тире|дробь)[\t ,]*)$/iu.test(text.slice(tokens[j - 1].end, t.start))) break;
      if (!codeItem(t)) break;
      items++;
      if (WORDS.has(t.lower)) words++;
      else if (!/^\d/.test(t.text)) letters++;
    }
    // (Digits written among them count as items too: "fourteen dash 22 78".)
    // (After a plain "number" or "номер", only with a letter spelled among them: numbers alone are a phone's, read above.)
    // (Or the same code written in characters right before, then said: "01KG 482 ADF, zero one K G …", "N13472851. En, one …".)
    // (Not a letter's name that is a word too at its end: "… ноль два я на камеру сняла".)
    while (j - 1 > i && WORD_LETTERS.has(tokens[j - 1].text)) {
      j--;
      items--;
      letters--;
    }
    if (items < 5 || words < 2 || (cue[2] !== undefined && letters === 0)) continue;
    const plate = cue[1] !== undefined || ((cue[2] !== undefined || cue[3] !== undefined) && carWordBefore(text.slice(Math.max(0, tokens[i].start - 80), tokens[i].start)));
    out.push({ start: tokens[i].start, end: tokens[j - 1].end, type: plate ? 'PLATE' : 'IDNUM', rule: plate ? 'plate.spoken' : 'id.spoken', confidence: 0.65 });
    i = j - 1;
  }
  return out;
}
const WORD_LETTERS = new Set(['я', 'а', 'и', 'о', 'у', 'е', 'a']);
/** A number word, a letter spelled (one Latin capital, a Russian letter's name) or a run of digits. */
function codeItem(t: Token): boolean {
  return WORDS.has(t.lower) || t.lower === 'hundred' || LETTER_NAMES.has(t.lower) || t.text === 'a' || (t.text.length === 1 && /^[A-Z]$/.test(t.text)) || /^\d{1,4}$/.test(t.text) || (t.text.length === 2 && /^(?:En|Em|Ef|Es|Ex)$/.test(t.text));
}
/** Russian letters' names as they are said: "эф-а", "тэ-эм", "икс", "эс". */
// (And the Latin letters' names as Russian and English say them: "эй эн зет", "em ka a".)
const LETTER_NAMES = new Set(
  'а бэ вэ гэ дэ е жэ зэ и ка эл эм эн о пэ эр эс тэ у эф ха цэ че ша э ю я икс игрек кей джи эй би си ди зет зэт зед вай уай оу кью эйч экс пи ти ви ай джей em en ef es ex ka kay el ar jay zed zee vee bee dee gee pee tee cee ay aitch'.split(' '),
);
const SPOKEN_CODE_CUE_TEST = /plate|номер|number|passport|паспорт|badge|жетон|\bID\b|card|карт|document|документ|госномер|пинфл|pinfl|инн|iin|иин|пин|\d[.,] |\d\p{L}{1,3}[.,] /iu;
/** The cue a few words before: a plate's (group 1) or a document's word. */
const SPOKEN_CODE_CUE =
  /(?:(plates?|plate number|registration|reg\.?|номер\p{L}{0,2}\s+машин\p{L}{0,2}|госномер\p{L}{0,2}|номера)|passport|паспорт\p{L}{0,2}|badge|жетон\p{L}{0,2}|\bID\b|card|карт\p{L}{1,2}|document|документ\p{L}{0,2}|пинфл|pinfl|инн|iin|иин|пин|(number|номер\p{L}{0,2})|(?<![\p{L}\d])([\p{L}\d]*\d[\p{L}\d]*(?:[ -№][\p{L}\d]{1,7}){0,3}[.,]))(?:[\s:,.…—–-]+[\p{L}\d'’]+){0,4}[\s:,.…—–-]+$/iu;
