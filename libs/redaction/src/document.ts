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
}

const WORD = /[\p{L}][\p{L}\p{M}]*/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const SENTENCE_END = /[.!?\n]/;

export class TextDocument {
  private words?: Token[];

  constructor(
    readonly text: string,
    readonly lang?: string,
  ) {}

  /** The words (letters and combining marks), in order. */
  get tokens(): Token[] {
    if (!this.words) this.words = tokenize(this.text);
    return this.words;
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

function tokenize(text: string): Token[] {
  // Lower-cased once for the whole text, unless that changes its length (İ): then word by word.
  const lowered = text.toLowerCase();
  const sameLength = lowered.length === text.length;
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    tokens.push({ text: m[0], lower: sameLength ? lowered.slice(start, end) : m[0].toLowerCase(), start, end, cyrillic: CYRILLIC.test(m[0]) });
  }
  return tokens;
}
