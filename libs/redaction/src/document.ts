/**
 * One narrative as every recognizer sees it: the text, its words (tokenised
 * once, on first use, and shared), and one context helper for the window of
 * text or words around a position and the bounds of its sentence. Pure; lives
 * for one call of detectPii.
 */
export interface Token {
  text: string;
  /** The text in lower case. */
  lower: string;
  start: number;
  end: number;
  cyrillic: boolean;
  /** Starts with a capital letter (\p{Lu}). */
  capitalised: boolean;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const SENTENCE_END = /[.!?\n]/;
const UPPER = /^\p{Lu}/u;
const LETTER = /^\p{L}$/u;
const letters = new Map<number, boolean>();
/** As /\p{L}/u for one code point: from the code for basic Latin and Russian letters, else asked once per code point. */
export function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  if (cp >= 0x410 && cp <= 0x44f) return true;
  let answer = letters.get(cp);
  if (answer === undefined) letters.set(cp, (answer = LETTER.test(String.fromCodePoint(cp))));
  return answer;
}

export class TextDocument {
  // (Set in the constructor, filled on first use: every document has one shape, so optimised code stays valid.)
  private words: Token[] | undefined = undefined;
  private runs: number[] | undefined = undefined;
  private digitRuns: number[] | undefined = undefined;
  private readonly near = new Map<string, number[]>();
  private readonly positions = new Map<string, number[]>();

  constructor(
    readonly text: string,
    readonly lang?: string,
  ) {}

  /** The words (letters and combining marks), in order. */
  get tokens(): Token[] {
    if (!this.words) this.words = tokenize(this.text);
    return this.words;
  }

  /** Where each run of letters and digits starts, in order. */
  get runStarts(): number[] {
    if (!this.runs) {
      // As the starts of /[\p{L}\d]+/gu matches, code point by code point.
      const runs: number[] = [];
      const text = this.text;
      let inRun = false;
      for (let i = 0; i < text.length; ) {
        const c = text.charCodeAt(i);
        let width = 1;
        let member: boolean;
        if (c < 0x80) member = (c >= 48 && c <= 57) || isLetter(c);
        else {
          const cp = text.codePointAt(i)!;
          if (cp > 0xffff) width = 2;
          member = isLetter(cp);
        }
        if (member && !inRun) runs.push(i);
        inRun = member;
        i += width;
      }
      this.runs = runs;
    }
    return this.runs;
  }

  /**
   * The starts of runs of letters and digits that have one of `chars` (a
   * character class, e.g. "0-9") at most `reach` characters on: the only
   * places where a pattern can match that starts after no letter or digit and
   * needs such a character within its first `reach` characters. Computed once
   * per class and reach.
   */
  runStartsNear(chars: string, reach: number): number[] {
    const key = `${chars}|${reach}`;
    let starts = this.near.get(key);
    if (!starts) {
      starts = [];
      const at = this.positionsOf(chars);
      let k = 0;
      if (at.length > 0) {
        for (const start of this.runStarts) {
          while (k < at.length && at[k] < start) k++;
          if (k === at.length) break;
          if (at[k] - start <= reach) starts.push(start);
        }
      }
      this.near.set(key, starts);
    }
    return starts;
  }

  /**
   * Where each run of digits starts (a digit after no digit), in order: the
   * only places a pattern that starts with a digit after no digit can match.
   */
  get digitRunStarts(): number[] {
    if (!this.digitRuns) {
      const starts: number[] = [];
      const at = this.positionsOf('0-9');
      for (let k = 0; k < at.length; k++) if (k === 0 || at[k - 1] !== at[k] - 1) starts.push(at[k]);
      this.digitRuns = starts;
    }
    return this.digitRuns;
  }

  /** Where the characters of a class occur, in order (found once per class). */
  private positionsOf(chars: string): number[] {
    let at = this.positions.get(chars);
    if (!at) {
      at = [];
      const text = this.text;
      if (chars === '0-9') {
        // (The usual class: from the character codes, without a match object per digit.)
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c >= 48 && c <= 57) at.push(i);
        }
      } else if (chars.length === 1 && chars !== '^' && chars !== '\\' && chars !== ']') {
        for (let i = text.indexOf(chars); i >= 0; i = text.indexOf(chars, i + 1)) at.push(i);
      } else {
        const find = new RegExp(`[${chars}]`, 'g');
        for (let m = find.exec(text); m !== null; m = find.exec(text)) at.push(m.index);
      }
      this.positions.set(chars, at);
    }
    return at;
  }

  /** Up to `chars` characters of text just before `at`. */
  before(at: number, chars: number): string {
    return this.text.slice(Math.max(0, at - chars), at);
  }

  /** Up to `chars` characters of text from `end` on. */
  after(end: number, chars: number): string {
    return this.text.slice(end, end + chars);
  }

  /** The text between `at` minus `chars` and `at`, but not beyond the start of the sentence `at` is in. */
  sentenceBefore(at: number, chars: number): string {
    const window = this.before(at, chars);
    let cut = window.length;
    while (cut > 0 && !SENTENCE_END.test(window[cut - 1])) cut--;
    return window.slice(cut);
  }

  /** The lower-case words within `n` words before the character offset `at`. */
  wordsBefore(at: number, n: number): string[] {
    const tokens = this.tokens;
    let hi = tokens.length;
    let lo = 0;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= at) lo = mid + 1;
      else hi = mid;
    }
    return tokens.slice(Math.max(0, lo - n), lo).map((t) => t.lower);
  }
}

/** The words wordBounds finds, as a pattern (for tests and readers). */
export const WORD_PATTERN =
  /[\p{L}](?:[\p{L}\p{M}]|(?<=[oOgG])['‘’ʻʼ](?=\p{L})|(?<=[\u0400-\u04ff])['’ʼ](?=[\u0400-\u04ff])|(?<=(?<![\p{L}\p{M}])[A-Z][a-z]{1,2})['’](?=[a-z]{3})(?!(?:nin|nın|nun|nün|dan|den|tan|ten|dır|dir|dur|dür|yla|yle|nda|nde|ndan|nden|daki|deki|taki|teki|ları|leri|lar|ler|yken)(?![\p{L}\p{M}]))|(?<=(?<![\p{L}\p{M}])[A-Z][a-z]{1,2})['’](?=[b-df-hj-np-tv-xz][aeiou](?![\p{L}\p{M}]))(?!(?:re|ve|de|da|te|ta|le|la|ne|na|ni|nu)(?![\p{L}\p{M}]))|(?<=[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])['’](?=y[aeiou]))*/gu;

function tokenize(text: string): Token[] {
  const bounds = wordBounds(text);
  // Lower-cased once for the whole text, unless that changes its length (İ): then word by word.
  const lowered = text.toLowerCase();
  const sameLength = lowered.length === text.length;
  const tokens: Token[] = [];
  for (let k = 0; k < bounds.length; k += 2) {
    const start = bounds[k];
    const end = bounds[k + 1];
    const word = text.slice(start, end);
    tokens.push({ text: word, lower: sameLength ? lowered.slice(start, end) : word.toLowerCase(), start, end, cyrillic: cyrillic(word), capitalised: capitalised(word) });
  }
  return tokens;
}

/**
 * Where the words start and end (in pairs): the matches of WORD_PATTERN (letters and marks, the apostrophe of
 * the Uzbek oʻ and gʻ and the Ukrainian apostrophe inside a word), found from the character codes without a match object per word.
 */
function wordBounds(text: string): number[] {
  const bounds: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    let cp = text.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff) {
      cp = text.codePointAt(i)!;
      if (cp > 0xffff) width = 2;
    }
    if (!isLetter(cp)) {
      i += width;
      continue;
    }
    const start = i;
    for (i += width; i < n; i += width) {
      cp = text.charCodeAt(i);
      width = 1;
      if (cp >= 0xd800 && cp <= 0xdbff) {
        cp = text.codePointAt(i)!;
        if (cp > 0xffff) width = 2;
      }
      if (!isLetter(cp) && !isMark(cp)) {
        // An apostrophe after o or g, before a letter, is part of an Uzbek letter (o', g'): Xo'jayeva, G‘ulomov, O'ktam.
        if (UZBEK_APOSTROPHES.has(cp) && i + 1 < n && OG.has(text.charCodeAt(i - 1)) && isLetter(text.codePointAt(i + 1)!)) continue;
        // One between two Cyrillic letters is the Ukrainian (and Belarusian) apostrophe inside a word: Мар'яна, Дар'я, В'ячеслав.
        if (CYRILLIC_APOSTROPHES.has(cp) && i + 1 < n && cyrillicCode(text.charCodeAt(i - 1)) && cyrillicCode(text.charCodeAt(i + 1))) continue;
        // The Uzbek tutuq typed as an apostrophe after a capitalised syllable, before three lower-case letters (Ne'matov, Ma'ruf,
        // Mas'uda): not an English clitic (She's, I'll), nor a Turkish suffix after a name (Ali'nin, Ece'den).
        if ((cp === 0x27 || cp === 0x2019) && tutuq(text, i)) continue;
        // A Russian soft sign written as an apostrophe after a consonant, before "y" and a vowel: Dar'ya, Solov'yova, Tat'yana.
        if ((cp === 0x27 || cp === 0x2019) && asciiConsonant(text.charCodeAt(i - 1)) && text.charCodeAt(i + 1) === 0x79 && ASCII_VOWELS.has(text.charCodeAt(i + 2))) continue;
        break;
      }
    }
    bounds.push(start, i);
  }
  return bounds;
}

/** After the tutuq: Turkish suffixes on a name, written after an apostrophe (see WORD_PATTERN, which lists the same). */
const TURKISH_SUFFIXES_AFTER_APOSTROPHE = new Set(['nin', 'nın', 'nun', 'nün', 'dan', 'den', 'tan', 'ten', 'dır', 'dir', 'dur', 'dür', 'yla', 'yle', 'nda', 'nde', 'ndan', 'nden', 'daki', 'deki', 'taki', 'teki', 'ları', 'leri', 'lar', 'ler', 'yken']);
const lowerAscii = (c: number) => c >= 0x61 && c <= 0x7a;
const ASCII_VOWELS = new Set([...'aeiou'].map((c) => c.charCodeAt(0)));
/** An ASCII consonant letter, either case (y counts as one, as in WORD_PATTERN's class). */
const asciiConsonant = (c: number) => {
  const l = c | 0x20;
  return ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) && !ASCII_VOWELS.has(l);
};
/** An apostrophe at `at` after a capital and one or two lower-case letters that start a word, as WORD_PATTERN's last alternative. */
function tutuq(text: string, at: number): boolean {
  if (!lowerAscii(text.charCodeAt(at - 1)) || !lowerAscii(text.charCodeAt(at + 1)) || !lowerAscii(text.charCodeAt(at + 2))) return false;
  const capital = (k: number) => k >= 0 && text.charCodeAt(k) >= 0x41 && text.charCodeAt(k) <= 0x5a;
  const syllable = capital(at - 2) ? at - 2 : lowerAscii(text.charCodeAt(at - 2)) && capital(at - 3) ? at - 3 : -1;
  if (syllable < 0 || wordCharBefore(text, syllable)) return false;
  let end = at + 1;
  while (end < text.length && (isLetter(text.codePointAt(end)!) || isMark(text.charCodeAt(end)))) end++;
  const after = text.slice(at + 1, end);
  // (Two letters after it only as a consonant and a vowel, Ra'no, and neither an English clitic, We're, nor a Turkish suffix, Ali'de.)
  if (after.length === 2) return asciiConsonant(after.charCodeAt(0)) && after[0] !== 'y' && ASCII_VOWELS.has(after.charCodeAt(1)) && !TWO_LETTERS_AFTER_APOSTROPHE.has(after);
  return after.length > 2 && lowerAscii(text.charCodeAt(at + 3)) && !TURKISH_SUFFIXES_AFTER_APOSTROPHE.has(after);
}
/** After an apostrophe, two letters that are an English clitic (We're, We've) or a Turkish suffix on a name (Ece'de, Ali'le). */
const TWO_LETTERS_AFTER_APOSTROPHE = new Set(['re', 've', 'de', 'da', 'te', 'ta', 'le', 'la', 'ne', 'na', 'ni', 'nu']);
/** Whether a letter or a mark (as \p{L} or \p{M}) ends right before `at`. */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  const cp = code >= 0xdc00 && code <= 0xdfff && at >= 2 ? text.codePointAt(at - 2)! : code;
  return isLetter(cp) || isMark(cp);
}

/** ' ‘ ’ ʻ ʼ: how the Uzbek letters oʻ and gʻ are typed. */
const UZBEK_APOSTROPHES = new Set([0x27, 0x2018, 0x2019, 0x2bb, 0x2bc]);
const OG = new Set([0x6f, 0x4f, 0x67, 0x47]);
/** ' ’ ʼ: how the Ukrainian apostrophe is typed. */
const CYRILLIC_APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);
const cyrillicCode = (c: number) => c >= 0x400 && c <= 0x4ff;

const MARK = /^\p{M}$/u;
const marks = new Map<number, boolean>();
/** As /\p{M}/u for one code point (none below U+0300), asked once per code point. */
function isMark(cp: number): boolean {
  if (cp < 0x300) return false;
  let answer = marks.get(cp);
  if (answer === undefined) marks.set(cp, (answer = MARK.test(String.fromCodePoint(cp))));
  return answer;
}

/** A digit 0-9, from its character code. */
export const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** As /\p{Script=Cyrillic}/u.test(word), answered from the character codes for Latin and Cyrillic letters. */
function cyrillic(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x400) continue;
    if (c <= 0x484 || (c >= 0x487 && c <= 0x52f)) return true;
    return CYRILLIC.test(word);
  }
  return false;
}

/** As /^\p{Lu}/u.test(word), answered from the character code for basic Latin and Russian letters. */
export function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f)) return true;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f)) return false;
  return UPPER.test(word);
}

/**
 * The matches of a sticky pattern, as matchAll with the same pattern (global)
 * would find them, trying only the given starts (in order): exact when every
 * match can only start at one of them.
 */
export function* matchesAt(re: RegExp, text: string, starts: readonly number[]): Generator<RegExpExecArray> {
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    re.lastIndex = start;
    const m = re.exec(text);
    if (m) {
      from = start + Math.max(1, m[0].length);
      yield m;
    }
  }
}

/** Every match of a sticky pattern at the given starts, also those that start inside an earlier one. */
export function* everyMatchAt(re: RegExp, text: string, starts: readonly number[]): Generator<RegExpExecArray> {
  for (const start of starts) {
    re.lastIndex = start;
    const m = re.exec(text);
    if (m) yield m;
  }
}
