import { NAME_SHAPE_ENDINGS } from './data/name-endings';
import { transliterationPrefixes, transliterations } from './transliterate';

/**
 * Signals that carry over to names the detector has never seen: the shape of
 * names across the region, and coreference inside one narrative. Pure.
 */

const SPECIAL_FOLDS: Record<string, string> = { ł: 'l', đ: 'd', ı: 'i', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ə: 'e' };

/** Whether every character is a-z, а-я, ё, an apostrophe or a hyphen (as /^[a-z\u0430-\u044f\u0451'’-]*$/, without a regular expression). */
function plain(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f) || c === 0x451 || c === 0x27 || c === 0x2019 || c === 0x2d)) return false;
  }
  return true;
}

/** Georgian letters in Latin (national romanisation without apostrophes): ნინო → nino, a name in a quoted Georgian message. */
const GEORGIAN = 'a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h'.split(' ');
const GEORGIAN_LETTERS = 'აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ';

/** Lower case without diacritics: Dvořáková → dvorakova, Yılmaz → yilmaz, Łukasz → lukasz, ნინო → nino. Cyrillic й, ё keep their letters. */
export function foldDiacritics(word: string): string {
  // (A plain word is in lower case already: nothing to do at all.)
  if (plain(word)) return word;
  const lowered = word.toLowerCase();
  // Most words have nothing to fold: plain Latin or Cyrillic letters.
  if (plain(lowered)) return lowered;
  if (/[\u10d0-\u10f0]/.test(lowered)) return [...lowered].map((c) => { const k = GEORGIAN_LETTERS.indexOf(c); return k >= 0 ? GEORGIAN[k] : c; }).join('');
  return lowered
    .replace(/[łđıøßæœə]/g, (c) => SPECIAL_FOLDS[c])
    .normalize('NFD')
    .replace(/(?<=[a-z])[\u0300-\u036f]+/g, '')
    .normalize('NFC');
}

/** Endings and particles of names across the region (data/name-endings.ts). */
const LATIN_NAME_ENDING = new RegExp(`(?:${NAME_SHAPE_ENDINGS.latin.join('|')})$`, 'iu');
const CYRILLIC_NAME_ENDING = new RegExp(`(?:${NAME_SHAPE_ENDINGS.cyrillic.join('|')})$`, 'iu');
/** Korean given names (Min-jun, Sung-min, Mi-kyung) and other hyphenated two-syllable names. */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,6}$/u;

export function nameShaped(word: string): boolean {
  if (word.length < 4) return false;
  if (HYPHENATED_GIVEN.test(word)) return true;
  return /\p{Script=Cyrillic}/u.test(word) ? CYRILLIC_NAME_ENDING.test(word) : LATIN_NAME_ENDING.test(word);
}

export interface MentionToken {
  /** Lower case. */
  lower: string;
  cyrillic: boolean;
  capitalised: boolean;
  /** As written (when given, a name of two letters in capitals, "ID", "KZ", is taken for an abbreviation). */
  text?: string;
  /** An ordinary word of the dictionaries, or a place, institution or brand (or ask `isCommon`, read only when needed). */
  common?: boolean;
}

/** Whether two lower-case, diacritic-free words are forms of one name: case endings, Kazakh and Kyrgyz suffixes, possessives. */
export function sameName(name: string, word: string): boolean {
  if (name === word) return true;
  let p = 0;
  const max = Math.min(name.length, word.length);
  while (p < max && name[p] === word[p]) p++;
  return p >= 3 && p >= Math.min(name.length, word.length) - 2 && name.length - p <= 2 && word.length - p <= 3;
}

const variantsOf = (word: string, cyrillic: boolean): string[] =>
  cyrillic ? [foldDiacritics(word), ...transliterations(word).map(foldDiacritics)] : [foldDiacritics(word)];

/**
 * Coreference inside one narrative: once a word is known to be a name, every
 * other mention of it is too — other case forms, lower case, the other script.
 * Returns the indices of tokens that mention a known name. A common word counts
 * only when capitalised or spelt exactly like the name.
 */
/** The token's second letter is in lower case ("Lu", not "ID"); unknown without its text. */
const lowerSecond = (t: MentionToken): boolean => t.text !== undefined && t.text.length > 1 && t.text[1] !== t.text[1].toUpperCase();

export function linkMentions(tokens: MentionToken[], isName: boolean[], isCommon: (i: number) => boolean = (i) => tokens[i].common ?? false): number[] {
  const latinNames = new NameIndex();
  const cyrillicNames = new NameIndex();
  const seen = new Set<string>();
  // (A name of two letters links only its own capitalised form: "Caller: Lu (they/them)", then "Lu wrote it down"; not an
  // abbreviation in capitals, "ID", "KZ".)
  const shortNames = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (isName[i] && tokens[i].lower.length === 2 && tokens[i].capitalised && lowerSecond(tokens[i])) shortNames.add(tokens[i].lower);
    if (!isName[i] || tokens[i].lower.length < 3 || seen.has(tokens[i].lower)) continue;
    const t = tokens[i];
    seen.add(t.lower);
    (t.cyrillic ? cyrillicNames : latinNames).add(foldDiacritics(t.lower));
    if (t.cyrillic) for (const v of variantsOf(t.lower, true).slice(1)) latinNames.add(v);
  }
  if (latinNames.size === 0 && cyrillicNames.size === 0 && shortNames.size === 0) return [];
  const found: number[] = [];
  if (shortNames.size > 0) for (let i = 0; i < tokens.length; i++) if (!isName[i] && tokens[i].capitalised && lowerSecond(tokens[i]) && tokens[i].lower.length === 2 && shortNames.has(tokens[i].lower)) found.push(i);
  // `common` depends on the word alone: one answer per word, capitalised or not.
  const memo = [new Map<string, boolean>(), new Map<string, boolean>()];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isName[i] || t.lower.length < 3) continue;
    const answers = memo[t.capitalised ? 1 : 0];
    let match = answers.get(t.lower);
    if (match === undefined) {
      const folded = foldDiacritics(t.lower);
      const names = t.cyrillic ? cyrillicNames : latinNames;
      match = names.has(folded);
      if (!match && t.capitalised) {
        match = names.matches(folded);
        if (!match && t.cyrillic && latinNames.size > 0 && latinNames.mayMatchTransliteration(t.lower)) {
          for (const v of variantsOf(t.lower, true).slice(1)) if ((match = latinNames.matches(v))) break;
        }
      } else if (!match) {
        // A lower-case word: a form of a name that is no common word. The index first: asking a dictionary costs more.
        match = names.matches(folded) && !isCommon(i);
      }
      answers.set(t.lower, match);
    }
    if (match) found.push(i);
  }
  return shortNames.size > 0 ? found.sort((a, b) => a - b) : found;
}

/**
 * Names found in one narrative, indexed by their first three letters: two
 * forms of one name share at least those (see sameName), so a word is compared
 * only with the names that could match it.
 */
class NameIndex {
  private readonly names = new Set<string>();
  private readonly byPrefix = new Map<string, string[]>();

  get size(): number {
    return this.names.size;
  }

  add(name: string): void {
    if (this.names.has(name)) return;
    this.names.add(name);
    const prefix = name.slice(0, 3);
    const list = this.byPrefix.get(prefix);
    if (list) list.push(name);
    else this.byPrefix.set(prefix, [name]);
  }

  has(word: string): boolean {
    return this.names.has(word);
  }

  /**
   * Whether a transliteration of a Cyrillic word could be a form of one of the
   * names: false when none of them starts with the first three letters of one
   * (which every form of a name shares with it, see matches), asked of those
   * letters alone instead of every transliteration.
   */
  mayMatchTransliteration(word: string): boolean {
    const prefixes = transliterationPrefixes(word, 3);
    if (prefixes === null) return true;
    for (const p of prefixes) if (this.byPrefix.has(foldDiacritics(p))) return true;
    return false;
  }

  /** Whether the word is a form of one of the names. */
  matches(word: string): boolean {
    if (this.names.has(word)) return true;
    for (const name of this.byPrefix.get(word.slice(0, 3)) ?? []) if (sameName(name, word)) return true;
    return false;
  }
}
