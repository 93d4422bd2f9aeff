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
    const ch = lower[i];
    // Word-initial е/ё/ю/я are usually y-/ye-; "дж" is one sound.
    let options = TABLE[ch] ?? [ch];
    if (ch === 'д' && lower[i + 1] === 'ж') {
      options = ['dzh', 'j', 'dj'];
      i++;
    } else if (ch === 'к' && lower[i + 1] === 'с') {
      options = ['ks', 'x', 'kс'.replace('с', 's')];
      i++;
    } else if (ch === 'и' && lower[i + 1] === 'й' && i + 2 === lower.length) {
      options = ['iy', 'y', 'ii', 'ij', 'i'];
      i++;
    } else if (ch === 'с' && i > 0 && i + 1 < lower.length && /[аеиоуыэюяәөүұі]/.test(lower[i - 1]) && /[аеиоуыэюяәөүұі]/.test(lower[i + 1])) {
      options = ['s', 'ss'];
    } else if (ch === 'е' && i === 0) options = ['ye', 'e'];
    const next: string[] = [];
    for (const v of variants) for (const o of options) if (next.length < MAX_VARIANTS) next.push(v + o);
    variants = next;
  }
  return [...new Set(variants)];
}
