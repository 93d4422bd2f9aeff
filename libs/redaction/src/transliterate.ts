/**
 * Latin spellings of a Cyrillic (Russian, Kazakh, Kyrgyz, Uzbek, Tajik) word:
 * every common transliteration choice, so that "Жулдыз" also finds "Zhuldyz",
 * "Juldyz" and "Zhuldiz". Pure; capped to keep the set small.
 */
const TABLE: Record<string, string[]> = {
  а: ['a'], б: ['b'], в: ['v'], г: ['g'], д: ['d'], е: ['e', 'ye'], ё: ['yo', 'e', 'io'], ж: ['zh', 'j'], з: ['z'], и: ['i'], й: ['y', 'i', 'j', ''],
  к: ['k'], л: ['l'], м: ['m'], н: ['n'], о: ['o'], п: ['p'], р: ['r'], с: ['s'], т: ['t'], у: ['u'], ф: ['f'], х: ['kh', 'h', 'x'],
  ц: ['ts', 'c'], ч: ['ch'], ш: ['sh'], щ: ['shch', 'sch', 'sh'], ъ: [''], ы: ['y', 'i'], ь: ['', 'i'], э: ['e'], ю: ['yu', 'iu', 'ju', 'u'], я: ['ya', 'ia', 'ja', 'a'],
  ә: ['a', 'ae', 'ä'], љ: ['lj'], њ: ['nj'], ј: ['j', 'y'], ћ: ['c', 'ć'], ђ: ['dj', 'đ'], џ: ['dž', 'dz'], ѓ: ['gj'], ќ: ['kj'], ѕ: ['dz'], ї: ['yi', 'i'], є: ['ye', 'je', 'e'], ґ: ['g'], ў: ['w', 'u'], ғ: ['g', 'gh'], қ: ['k', 'q'], ң: ['n', 'ng'], ө: ['o', 'oe', 'ö'], ұ: ['u'], ү: ['u', 'ue', 'ü'], һ: ['h'], і: ['i'],
};
const MAX_VARIANTS = 48;

export function transliterations(word: string): string[] {
  let variants = [''];
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const [options, skip] = optionsAt(lower, i);
    i += skip;
    const next: string[] = [];
    for (const v of variants) for (const o of options) if (next.length < MAX_VARIANTS) next.push(v + o);
    variants = next;
  }
  return [...new Set(variants)];
}

/** The Latin options for the letter at `i` of a lower-case word, and how many letters after it they stand for too. */
function optionsAt(lower: string, i: number): [string[], number] {
  const ch = lower[i];
  // Word-initial е/ё/ю/я are usually y-/ye-; "дж" is one sound.
  if (ch === 'д' && lower[i + 1] === 'ж') return [['dzh', 'j', 'dj'], 1];
  if (ch === 'к' && lower[i + 1] === 'с') return [['ks', 'x', 'kс'.replace('с', 's')], 1];
  if (ch === 'и' && lower[i + 1] === 'й' && i + 2 === lower.length) return [['iy', 'y', 'ii', 'ij', 'i'], 1];
  if (ch === 'с' && i > 0 && i + 1 < lower.length && /[аеиоуыэюяәөүұі]/.test(lower[i - 1]) && /[аеиоуыэюяәөүұі]/.test(lower[i + 1])) return [['s', 'ss'], 0];
  if (ch === 'е' && i === 0) return [['ye', 'e'], 0];
  return [TABLE[ch] ?? [ch], 0];
}

/**
 * The first `length` characters of every transliteration (as transliterations
 * gives them, and more: without its cap), or null when the word has a
 * character the table lacks. Found without spelling out every variant.
 */
export function transliterationPrefixes(word: string, length: number): Set<string> | null {
  let prefixes = new Set(['']);
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) if (!Object.hasOwn(TABLE, lower[i])) return null;
  for (let i = 0; i < lower.length; i++) {
    let open = false;
    for (const p of prefixes) if (p.length < length) open = true;
    if (!open) break;
    const [options, skip] = optionsAt(lower, i);
    i += skip;
    const next = new Set<string>();
    for (const p of prefixes) for (const o of options) next.add(p.length < length ? (p + o).slice(0, length) : p);
    prefixes = next;
  }
  return prefixes;
}

/**
 * Russian written in Latin letters, read back: the Cyrillic spellings a
 * lower-case Latin word may stand for under the common schemes ("zhivet" →
 * живет, "uchastkovyj" → участковый, "mesyac" → месяц, "pod'ezd" → подъезд),
 * longest letter groups first (shch, zh, kh, ch, sh, ts, ya, yu, yo, ye), with
 * the few ambiguous letters (y, j, i, e, c, h, ') tried each way. Pure; capped
 * like transliterations, and empty for a word with a letter no scheme uses.
 */
export function cyrillicReadings(word: string): string[] {
  let readings = [''];
  for (let i = 0; i < word.length; ) {
    let options: readonly string[] | undefined;
    let size = 0;
    for (let n = Math.min(4, word.length - i); n >= 1 && !options; n--) {
      options = LATIN_GROUPS.get(word.slice(i, i + n));
      if (options) size = n;
    }
    if (!options) return [];
    const next: string[] = [];
    for (const r of readings) for (const o of options) if (next.length < MAX_VARIANTS) next.push(r + o);
    readings = next;
    i += size;
  }
  return readings;
}

const LATIN_GROUPS = new Map<string, readonly string[]>([
  ['shch', ['щ']], ['sch', ['щ', 'сч']], ['zh', ['ж']], ['kh', ['х']], ['ch', ['ч']], ['sh', ['ш', 'щ']], ['ts', ['ц', 'тс']], ['tz', ['ц']],
  ['ya', ['я', 'ья', 'ыа']], ['ja', ['я', 'ья']], ['yu', ['ю', 'ью']], ['ju', ['ю', 'ью']], ['yo', ['ё', 'е', 'ьо']], ['jo', ['ё', 'е']], ['ye', ['е', 'ье', 'ые']],
  ['a', ['а']], ['b', ['б']], ['v', ['в']], ['w', ['в']], ['g', ['г']], ['d', ['д']], ['e', ['е', 'э']], ['z', ['з']], ['i', ['и', 'ы', 'й']], ['j', ['й', 'ж']], ['y', ['ы', 'й', 'и']],
  ['k', ['к']], ['q', ['к']], ['l', ['л']], ['m', ['м']], ['n', ['н']], ['o', ['о']], ['p', ['п']], ['r', ['р']], ['s', ['с']], ['t', ['т']], ['u', ['у']], ['f', ['ф']],
  ['h', ['х']], ['x', ['кс', 'х']], ['c', ['ц', 'к']], ["'", ['ь', 'ъ']], ['’', ['ь', 'ъ']],
]);

/** One Latin spelling of a Russian word, letter by letter (ш → sh, е → e): enough to see an English loan (шелтер → shelter). */
export function plainLatin(word: string): string {
  let out = '';
  for (const letter of word) out += PLAIN_LATIN[letter] ?? letter;
  return out;
}
const PLAIN_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
