/**
 * The text as an OCR'd form meant it: the letters that OCR reads for digits put back as digits inside numbers, and the
 * digits it reads for letters put back as letters inside words ("PESEL 9106l702846", "ПИН 21208l99600З41",
 * "тел. 0 (7O0) 32-15-88", "Mateusz Kr0l", "ОЛЕГ0ВНА"). One character for one, so every offset stays the same: the
 * detectors read this view, and the spans they find are the original text's. Pure; the text itself when nothing changes.
 */
export function ocrView(text: string): string {
  let chars: string[] | null = null;
  const n = text.length;
  // Only the runs where a letter and a digit touch are read (found by one native scan): most narratives have a few.
  MIXED.lastIndex = 0;
  for (let found = MIXED.exec(text); found !== null; found = MIXED.exec(text)) {
    let i = found.index;
    while (i > 0 && wordChar(text.charCodeAt(i - 1))) i--;
    const start = i;
    let digits = 0;
    let confusable = 0;
    let letters = 0;
    while (i < n && wordChar(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c >= 0x30 && c <= 0x39) digits++;
      else {
        letters++;
        if (AS_DIGIT.has(c)) confusable++;
      }
      i++;
    }
    // (Always past the match, so that the scan ends whatever the two sets of letters say.)
    MIXED.lastIndex = Math.max(i, found.index + 1);
    if (digits === 0 || letters === 0) continue;
    // A number with letters OCR reads for digits, and no other letter: "2l8OO47", "l5O", "1З", "O8".
    if (confusable === letters && digits >= 1) {
      chars ??= text.split('');
      for (let k = start; k < i; k++) {
        const digit = AS_DIGIT.get(text.charCodeAt(k));
        if (digit !== undefined) chars[k] = digit;
      }
      continue;
    }
    // A word of three letters or more with a digit OCR reads for a letter inside it, between two letters: "Kr0l", "ОЛЕГ0ВНА".
    // (Not a code that starts with a digit, as no word does: an Azerbaijani FIN, "5RT0KLA".)
    const c0 = text.charCodeAt(start);
    if (letters >= 3 && digits <= 2 && !(c0 >= 0x31 && c0 <= 0x39)) {
      for (let k = start + 1; k < i - 1; k++) {
        const c = text.charCodeAt(k);
        if (c !== 0x30 && c !== 0x31 && c !== 0x33) continue;
        const before = text.charCodeAt(k - 1);
        const after = text.charCodeAt(k + 1);
        if (!letter(before) || !letter(after)) continue;
        const cyrillic = before >= 0x400 && before <= 0x4ff;
        const replacement = AS_LETTER[c === 0x30 ? 0 : c === 0x31 ? 1 : 2][cyrillic ? 1 : 0];
        if (replacement === null) continue;
        chars ??= text.split('');
        chars[k] = replacement[isUpper(before) && isUpper(after) ? 1 : 0];
      }
      // (And a zero for an O at the word's edge, beside a letter: "0ksana", "0льга" (a capital, as a name starts),
      // "Бондаренк0", "P0P0V0". Only a zero: a 3 or a 1 before letters is as often a number typed without its space.)
      if (text.charCodeAt(start) === 0x30 && letter(text.charCodeAt(start + 1)) && letter(text.charCodeAt(start + 2))) {
        chars ??= text.split('');
        chars[start] = cyrillicCode(text.charCodeAt(start + 1)) ? 'О' : 'O';
      }
      if (text.charCodeAt(i - 1) === 0x30 && letter(text.charCodeAt(i - 2)) && letter(text.charCodeAt(i - 3))) {
        const before = text.charCodeAt(i - 2);
        chars ??= text.split('');
        chars[i - 1] = AS_LETTER[0][cyrillicCode(before) ? 1 : 0]![isUpper(before) ? 1 : 0];
      }
    }
  }
  // (And a letter OCR reads for a digit that stands alone among digits spaced out, as forms box them and scans space them:
  // "PESEL 9 4 0 2 l 4 0 4 5 6 7", "EGN 9 0 0 l l 2 3", "(9l6) 4O2-ll-8 9". Only capitals and "l": "o" and "о" are words.)
  SPACED_CONFUSABLE.lastIndex = 0;
  for (let found = SPACED_CONFUSABLE.exec(text); found !== null; found = SPACED_CONFUSABLE.exec(text)) {
    const end = found.index + found[0].length;
    // (With one kind of gap throughout: "1001 OO-7" is a Belarusian plate's letters.)
    const mixedGaps = found[0].includes(' ') && found[0].includes('-');
    // (Nor two Cyrillic letters between groups of digits: "Р 999 ОО 178" is a Russian plate's series.)
    const plateSeries = CYRILLIC_PAIR.test(found[0]) && isDigit(text.charCodeAt(found.index - 1)) && isDigit(text.charCodeAt(end));
    for (let k = found.index + 2; k < end - 2 && !mixedGaps && !plateSeries; k++) {
      const digit = AS_DIGIT.get(text.charCodeAt(k));
      if (digit === undefined) continue;
      chars ??= text.split('');
      chars[k] = digit;
    }
    // (The last digit may open the next such run.)
    SPACED_CONFUSABLE.lastIndex = end - 1;
  }
  return chars === null ? text : chars.join('');
}
const SPACED_CONFUSABLE = /\d[ -](?:[lIOОЗ]{1,2}[ -])+\d/g;
const CYRILLIC_PAIR = /^\d [ОЗ]{2} \d$/;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** A letter (of the ranges wordChar reads: not the signs × and ÷ among them) and a digit side by side, either way round. */
const MIXED = /[0-9][A-Za-zÀ-ÖØ-öø-ɏЀ-ӿ]|[A-Za-zÀ-ÖØ-öø-ɏЀ-ӿ][0-9]/g;

/** Letters OCR reads for digits: O and o (Latin and Cyrillic) for 0, l and I for 1, З and з for 3. */
const AS_DIGIT = new Map<number, string>([
  [0x4f, '0'], [0x6f, '0'], [0x41e, '0'], [0x43e, '0'],
  [0x6c, '1'], [0x49, '1'],
  [0x417, '3'], [0x437, '3'],
]);
/** The letter a digit stands for inside a word: [digit 0, 1, 3][Latin, Cyrillic] as [lower, upper]; none where OCR makes no such mistake. */
const AS_LETTER: ReadonlyArray<ReadonlyArray<readonly [string, string] | null>> = [
  [['o', 'O'], ['о', 'О']],
  [['l', 'I'], null],
  [null, ['з', 'З']],
];

/** A letter or a digit of a word (basic Latin, Latin-1 and Latin Extended letters, Cyrillic, digits). */
function wordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || letter(c);
}
function letter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x400 && c <= 0x4ff);
}
const cyrillicCode = (c: number) => c >= 0x400 && c <= 0x4ff;
function isUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) || c === 0x401 || (c >= 0xc0 && c <= 0xde);
}
