/**
 * A reader of Hunspell dictionaries (`.aff` + `.dic`) that answers one
 * question: can this exact surface form be generated from an entry? It applies
 * one suffix and, where the entry allows it, one prefix, checking flags and
 * conditions as Hunspell does; compounding and two-level affixes are ignored.
 * Case matters: "Lada" comes only from a capitalised entry (a proper noun),
 * "lada" only from a lower-case one (an ordinary word).
 */
interface AffixRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp | null;
  crossProduct: boolean;
}

/** The white space of a .dic line (as /\s/ for the characters such files hold: tab, space, CR, no-break space). */
const WHITE_SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0xfeff, 0x2028, 0x2029, 0x1680, 0x202f, 0x205f, 0x3000, ...Array.from({ length: 11 }, (_, k) => 0x2000 + k)]);

/**
 * The entries of a `.dic` file, looked up without a string per entry: the
 * text stays as read, and an open-addressing hash table holds each entry's
 * offsets in it. A Russian dictionary has 146,000 lines; a `Map` of them costs
 * a string and a map entry each, which is most of the time of reading it when
 * a process starts (and garbage to collect afterwards).
 */
class EntryTable {
  /** Where each entry's word starts and ends, and where its flags end (they start after the slash after the word). */
  private readonly wordStart: Int32Array;
  private readonly wordEnd: Int32Array;
  private readonly flagsEnd: Int32Array;
  /** Entry number + 1 per slot, 0 for an empty one; linear probing, so a word's entries are met in the file's order. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private count = 0;

  constructor(
    private readonly dic: string,
    lines: number,
  ) {
    this.wordStart = new Int32Array(lines);
    this.wordEnd = new Int32Array(lines);
    this.flagsEnd = new Int32Array(lines);
    let size = 16;
    while (size < lines * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The entries by their word's first three letters, made the first time a word's beginning is asked (see beginsAWord). */
  private byStart: Map<string, number[]> | undefined;

  /** Whether some entry's word starts with `prefix` (three letters or more) and goes on for `more` letters at least. */
  beginsAWord(prefix: string, more: number): boolean {
    if (this.byStart === undefined) {
      this.byStart = new Map();
      for (let n = 0; n < this.count; n++) {
        if (this.wordEnd[n] - this.wordStart[n] < 3) continue;
        const key = this.dic.slice(this.wordStart[n], this.wordStart[n] + 3).toLowerCase();
        const list = this.byStart.get(key);
        if (list) list.push(n);
        else this.byStart.set(key, [n]);
      }
    }
    for (const n of this.byStart.get(prefix.slice(0, 3)) ?? []) {
      if (this.wordEnd[n] - this.wordStart[n] >= prefix.length + more && this.dic.startsWith(prefix, this.wordStart[n])) return true;
    }
    return false;
  }

  /** Adds the entry whose word is dic[start, end) and whose flags are dic[end + 1, flagsEnd) (none when equal). */
  add(start: number, end: number, flagsEnd: number): void {
    const n = this.count++;
    this.wordStart[n] = start;
    this.wordEnd[n] = end;
    this.flagsEnd[n] = flagsEnd;
    let slot = hashOf(this.dic, start, end) & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = n + 1;
  }

  /**
   * Whether the word is an entry whose flags (those of all its lines together) include `flag` and, if given, `also`;
   * with no flag, whether it is an entry at all. Read in place: no string is made.
   */
  hasFlags(word: string, flag: string | null, also: string | null): boolean {
    let hasFlag = flag === null;
    let hasAlso = also === null;
    let found = false;
    for (let slot = hashOf(word, 0, word.length) & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const n = this.slots[slot] - 1;
      const start = this.wordStart[n];
      if (this.wordEnd[n] - start !== word.length || !this.dic.startsWith(word, start)) continue;
      found = true;
      if (!hasFlag) hasFlag = this.flagIn(n, flag!);
      if (!hasAlso) hasAlso = this.flagIn(n, also!);
      if (hasFlag && hasAlso) return true;
    }
    return found && hasFlag && hasAlso;
  }

  /** Whether entry n's flags include the flag (one character, or a longer one). */
  private flagIn(n: number, flag: string): boolean {
    const from = this.wordEnd[n] + 1;
    const to = this.flagsEnd[n];
    if (to < from) return false;
    if (flag.length === 1) {
      const code = flag.charCodeAt(0);
      for (let i = from; i < to; i++) if (this.dic.charCodeAt(i) === code) return true;
      return false;
    }
    const at = this.dic.indexOf(flag, from);
    return at >= 0 && at + flag.length <= to;
  }
}

/** FNV-1a over the UTF-16 code units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class HunspellLexicon {
  private readonly entries: EntryTable;
  private readonly suffixes = new Map<string, AffixRule[]>();
  private readonly prefixes = new Map<string, AffixRule[]>();
  private maxSuffix = 0;
  private maxPrefix = 0;
  /** No form longer than this can be generated (the longest entry with the longest prefix and suffix added). */
  private longest = 0;
  /**
   * The UTF-16 code units of the entries and of the affixes' additions: a form
   * holding any other (a Latin word asked of the Russian dictionary) is
   * generated by none, and is refused at once.
   */
  private readonly alphabet = new Uint8Array(0x10000);

  constructor(aff: string, dic: string) {
    this.readAffixes(aff);
    // Line by line after the first (the count), from the character codes, with no string made per line: each line
    // trimmed of white space; the word runs to the first slash (or the line's end), the flags from there to the first
    // white space (a morphological field may follow).
    let lines = 0;
    for (let at = dic.indexOf('\n'); at >= 0; at = dic.indexOf('\n', at + 1)) lines++;
    this.entries = new EntryTable(dic, lines + 1);
    for (let from = dic.indexOf('\n') + 1; from > 0 && from < dic.length; ) {
      let to = dic.indexOf('\n', from);
      if (to < 0) to = dic.length;
      let start = from;
      let end = to;
      from = to + 1;
      while (start < end && WHITE_SPACE.has(dic.charCodeAt(start))) start++;
      while (end > start && WHITE_SPACE.has(dic.charCodeAt(end - 1))) end--;
      if (start === end) continue;
      let slash = dic.indexOf('/', start);
      if (slash < 0 || slash >= end) slash = end;
      let flagsEnd = slash;
      if (slash < end) {
        flagsEnd = slash + 1;
        while (flagsEnd < end && !WHITE_SPACE.has(dic.charCodeAt(flagsEnd))) flagsEnd++;
      }
      this.entries.add(start, slash, flagsEnd);
      for (let c = start; c < slash; c++) this.alphabet[dic.charCodeAt(c)] = 1;
      if (slash - start > this.longest) this.longest = slash - start;
    }
    this.longest += this.maxPrefix + this.maxSuffix;
  }

  /** Whether some entry's word (in lower case) starts with `prefix` and has `more` letters after it: a word cut short. */
  beginsAWord(prefix: string, more: number): boolean {
    if (prefix.length < 3) return false;
    // (Each answer kept: a note that repeats a word thousands of times scans its letters' entries once.)
    const key = `${more}:${prefix}`;
    let known = this.begun.get(key);
    if (known === undefined) {
      // (Forgotten all at once past a bound: a worker reads narratives for months.)
      if (this.begun.size >= 50_000) this.begun.clear();
      this.begun.set(key, (known = this.entries.beginsAWord(prefix, more)));
    }
    return known;
  }
  private readonly begun = new Map<string, boolean>();

  /** Whether the exact form is an entry or an entry with one affix. */
  has(form: string): boolean {
    // Also keeps a hostile "word" of thousands of letters from costing time quadratic in its length.
    if (form.length > this.longest) return false;
    for (let c = 0; c < form.length; c++) if (this.alphabet[form.charCodeAt(c)] === 0) return false;
    if (this.entries.hasFlags(form, null, null)) return true;
    if (this.bySuffix(form, null)) return true;
    for (let k = 1; k <= Math.min(this.maxPrefix, form.length - 1); k++) {
      for (const rule of this.prefixes.get(form.slice(0, k)) ?? []) {
        const stem = rule.strip + form.slice(k);
        if (rule.condition && !rule.condition.test(stem)) continue;
        if (this.entries.hasFlags(stem, rule.flag, null)) return true;
        if (rule.crossProduct && this.bySuffix(stem, rule.flag)) return true;
      }
    }
    return false;
  }

  private bySuffix(form: string, prefixFlag: string | null): boolean {
    for (let k = 0; k <= Math.min(this.maxSuffix, form.length - 1); k++) {
      const rules = this.suffixes.get(k === 0 ? '' : form.slice(-k));
      if (!rules) continue;
      const base = form.slice(0, form.length - k);
      for (const rule of rules) {
        if (prefixFlag && !rule.crossProduct) continue;
        const stem = base + rule.strip;
        // The entry first (a hash look-up, most stems are no word), the condition (a regular expression) only then.
        if (!this.entries.hasFlags(stem, rule.flag, prefixFlag || null)) continue;
        if (!rule.condition || rule.condition.test(stem)) return true;
      }
    }
    return false;
  }

  private readAffixes(aff: string): void {
    const cross = new Map<string, boolean>();
    for (const raw of aff.split('\n')) {
      const parts = raw.trim().split(/\s+/);
      if ((parts[0] !== 'SFX' && parts[0] !== 'PFX') || parts.length < 4) continue;
      const [kind, flag, third, fourth, condition] = parts;
      if (parts.length === 4 && /^\d+$/.test(fourth)) {
        cross.set(`${kind}${flag}`, third === 'Y');
        continue;
      }
      const strip = third === '0' ? '' : third;
      const add = fourth.split('/')[0] === '0' ? '' : fourth.split('/')[0];
      const rule: AffixRule = {
        flag,
        strip,
        add,
        crossProduct: cross.get(`${kind}${flag}`) ?? false,
        condition: !condition || condition === '.' ? null : new RegExp(kind === 'SFX' ? `${condition}$` : `^${condition}`, 'u'),
      };
      for (let c = 0; c < add.length; c++) this.alphabet[add.charCodeAt(c)] = 1;
      const table = kind === 'SFX' ? this.suffixes : this.prefixes;
      const list = table.get(add) ?? [];
      list.push(rule);
      table.set(add, list);
      if (kind === 'SFX') this.maxSuffix = Math.max(this.maxSuffix, add.length);
      else this.maxPrefix = Math.max(this.maxPrefix, add.length);
    }
  }
}
