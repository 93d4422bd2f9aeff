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

export class HunspellLexicon {
  private readonly entries = new Map<string, string>();
  private readonly suffixes = new Map<string, AffixRule[]>();
  private readonly prefixes = new Map<string, AffixRule[]>();
  private maxSuffix = 0;
  private maxPrefix = 0;
  /** No form longer than this can be generated (the longest entry with the longest prefix and suffix added). */
  private longest = 0;

  constructor(aff: string, dic: string) {
    this.readAffixes(aff);
    const lines = dic.split('\n');
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i].trim();
      if (!line) continue;
      const slash = line.indexOf('/');
      const word = slash < 0 ? line : line.slice(0, slash);
      const flags = slash < 0 ? '' : line.slice(slash + 1).split(/\s/)[0];
      this.entries.set(word, (this.entries.get(word) ?? '') + flags);
      this.longest = Math.max(this.longest, word.length);
    }
    this.longest += this.maxPrefix + this.maxSuffix;
  }

  /** Whether the exact form is an entry or an entry with one affix. */
  has(form: string): boolean {
    // Also keeps a hostile "word" of thousands of letters from costing time quadratic in its length.
    if (form.length > this.longest) return false;
    if (this.entries.has(form)) return true;
    if (this.bySuffix(form, null)) return true;
    for (let k = 1; k <= Math.min(this.maxPrefix, form.length - 1); k++) {
      for (const rule of this.prefixes.get(form.slice(0, k)) ?? []) {
        const stem = rule.strip + form.slice(k);
        if (rule.condition && !rule.condition.test(stem)) continue;
        if (this.entries.get(stem)?.includes(rule.flag)) return true;
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
        const flags = this.entries.get(stem);
        if (flags === undefined || !flags.includes(rule.flag) || (prefixFlag && !flags.includes(prefixFlag))) continue;
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
      const table = kind === 'SFX' ? this.suffixes : this.prefixes;
      const list = table.get(add) ?? [];
      list.push(rule);
      table.set(add, list);
      if (kind === 'SFX') this.maxSuffix = Math.max(this.maxSuffix, add.length);
      else this.maxPrefix = Math.max(this.maxPrefix, add.length);
    }
  }
}
