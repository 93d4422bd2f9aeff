import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectAddresses } from './address.detector';
import { matchesAt, TextDocument, WORD_PATTERN } from './document';
import { detectEmails } from './email.detector';
import { ACCOUNT_CUE, BARE_USERNAME, detectHandles, FILE_NAME, wordsOnly } from './handle.detector';
import { detectPii } from './detect';
import { packData } from './pack-data';
import { COUNTRY_PACKS } from './packs';
import { transliterationPrefixes, transliterations } from './transliterate';
import { anyWordPattern } from './word-trie';
import { foldDiacritics } from './name-signals';
import { PRIORITY, resolveOverlaps } from './merge';
import { cachedWordsForTest } from './person-lexicon';
import { sentenceInitials } from './person.detector';
import type { PiiType, Span } from './types';

/**
 * The detector's shortcuts for speed must find exactly what the plain
 * patterns find. Texts: the dev set (annotations removed) and hand-made
 * edge cases.
 */
const devTexts = readFileSync(join(__dirname, '../../../tests/redaction/devset.txt'), 'utf8')
  .replace(/\[\[[A-Z]+:([^\]]+)\]\]/g, '$1')
  .split(/^###.*$/m)
  .map((d) => d.trim())
  .filter(Boolean);

describe('detector shortcuts', () => {
  it('finds the same e-mail addresses from each "@" as the plain pattern from every position', () => {
    const plain = (text: string) => [...text.matchAll(/[\p{L}0-9._%+-]+@[\p{L}0-9-]+(?:\.[\p{L}0-9-]+)*\.\p{L}{2,}/gu)].map((m) => [m.index, m.index + m[0].length]);
    const edge = [
      'a@b@c.com',
      'x@y c@d.com and @ alone, e@f.',
      'first.last+tag@sub.mail.kz, second@почта.рф;third@x.y.zz',
      '𝒜𝒷@math.org and айгерим@mail.ru',
      '@@@a@@b.cc',
      'mail me: "dana_k@mail.kz".',
    ];
    for (const text of [...devTexts, ...edge]) expect(detectEmails(text).map((s) => [s.start, s.end])).toEqual(plain(text));
  });

  it('finds the same addresses with the Latin-Cyrillic patterns as with the general ones', () => {
    // A Georgian letter at the end makes the detector use the general patterns for the whole text.
    const spans = (text: string) => detectAddresses(text).map(({ start, end, rule }) => [start, end, rule]);
    let seen = 0;
    for (const text of devTexts) {
      const fast = spans(text);
      seen += fast.length;
      expect(spans(`${text}\n\nქ`)).toEqual(fast);
    }
    expect(seen).toBeGreaterThan(30);
  });

  it('finds what a pattern that starts with a digit after no digit finds from every position, trying only the starts of digit runs', () => {
    const patterns = [
      /(?<![\p{L}0-9])\d{12}(?![\p{L}0-9])/u,
      /(?<![\p{L}0-9+\-/.]|\d )\d{2,15}(?:[ \-/]\d{1,10}){0,3}(?![\p{L}0-9]|[\-/.]\d)/u,
      /(?<![\p{L}0-9.,])(\d{3,15})(?![\p{L}0-9]|[.,]\d)/u,
      /(?<![\p{L}0-9])\d{4}(?:[ -]?\d{4}){2,3}(?:[ -]?\d{1,3})?(?![\p{L}0-9])/u,
    ];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['1', '12', '123456', '0000 1111 2222 3333', ' ', '-', '/', '.', ',', '+', 'a', 'Ж', '\n', '77 2301458836', '№'];
    const generated = Array.from({ length: 400 }, () => Array.from({ length: 1 + Math.floor(random() * 25) }, () => pieces[Math.floor(random() * pieces.length)]).join(''));
    let seen = 0;
    for (const text of [...devTexts, ...generated]) {
      const doc = new TextDocument(text);
      for (const re of patterns) {
        const plain = [...text.matchAll(new RegExp(re.source, 'gu'))].map((m) => [m.index, m[0]]);
        const fast = [...matchesAt(new RegExp(re.source, 'uy'), text, doc.digitRunStarts)].map((m) => [m.index, m[0]]);
        expect(fast).toEqual(plain);
        seen += plain.length;
      }
    }
    expect(seen).toBeGreaterThan(500);
  });

  it('finds the bare usernames from the start of each run around an underscore that the plain pattern finds from every position', () => {
    const plain = new RegExp(BARE_USERNAME.source, 'gu');
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['a', 'Z', '9', '_', '.', '@', '-', '/', ' ', 'ж', '__', 'x_y7', 'IMG_', '.pdf', 'lola', '\\', ':', ' nick ', '42'];
    let seen = 0;
    for (let k = 0; k < 5000; k++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 14) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const spans = detectHandles(text);
      const others = spans.filter((s) => s.rule !== 'handle.bare-username');
      const expected = [...text.matchAll(plain)]
        .filter((m) => !FILE_NAME.test(m[0]) && /[A-Za-z]/.test(m[0]) && (/\d/.test(m[0]) || !wordsOnly(m[0]) || ACCOUNT_CUE.test(text.slice(Math.max(0, m.index - 40), m.index))) && !others.some((s) => s.start <= m.index && m.index < s.end))
        .map((m) => [m.index, m.index + m[0].length]);
      expect(spans.filter((s) => s.rule === 'handle.bare-username').map((s) => [s.start, s.end])).toEqual(expected);
      seen += expected.length;
    }
    expect(seen).toBeGreaterThan(100);
  });

  it('folds plain words by the shortcut exactly as by Unicode decomposition', () => {
    const slow = (w: string) => w.toLowerCase().replace(/[łđıøßæœ]/g, (c) => ({ ł: 'l', đ: 'd', ı: 'i', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe' })[c]!).normalize('NFD').replace(/(?<=[a-z])[\u0300-\u036f]+/g, '').normalize('NFC');
    for (const text of devTexts) for (const [w] of text.matchAll(/[\p{L}'’-]+/gu)) expect(foldDiacritics(w)).toBe(slow(w));
  });

  it('finds the same spans when the dictionary answers are already known, and keeps no name between calls', () => {
    const first = devTexts.map((t) => detectPii(t));
    const again = devTexts.map((t) => detectPii(t));
    expect(again).toEqual(first);
    const kept = cachedWordsForTest();
    // Only words some rule reads are looked up (capitalised ones, those after a cue, all in casual notes): about 400 here.
    expect(kept.size).toBeGreaterThan(300);
    for (const name of ['aigerim', 'айгерим', 'dana', 'zhanna', 'ruslan', 'bekov', 'ospanova']) expect(kept.has(name)).toBe(false);
  });

  it('finds the first letters of sentences and lines in one pass as the plain pattern does', () => {
    // (Not after an abbreviation's full stop on the same line, "st. lt. KHAIRULLIN", nor a word in capitals: see sentenceInitials.)
    const upper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();
    const abbreviation = (before: string) => /(?:^|[^\p{L}])\p{Lu}$/u.test(before) || /(?:^|[^\p{L}])(?:dr|mr|mrs|ms|st|no|nr|art|mag|prof|ing|dipl|ул|пр|г|им|тов|гр|д|sgt|lt|ltn|capt|cpt|col|maj|gen|insp|det|cpl|pvt|supt|cmdr|const)$/iu.test(before);
    const plain = (text: string) =>
      [...text.matchAll(/(?:^|([.!?])(\s+)|\n\s*)([\p{L}])/gu)]
        .filter((m) => !(m[1] === '.' && !m[2].includes('\n') && abbreviation(text.slice(0, m.index))))
        .filter((m) => !(upper(m[3]) && upper(text[m.index + m[0].length])))
        .map((m) => m[3]);
    const edge = ['', 'a', ' a', '\nb', 'x.\u00a0Y! z?\n\n \t w', '«A». b.\n"c"', '𝒜 b. 𝒞\n𝒟', 'a.b. c', '.\n\u2028ё', '1. 2\n3 x', 'st. lt. KHAIRULLIN. dr. Valieva.\nNB ask', 'это я. Короче, A. Ким'];
    for (const text of [...devTexts, ...devTexts.map((t) => t.toLowerCase()), ...edge]) expect(sentenceInitials(text)).toEqual(plain(text));
  });

  it('finds the same words and digit runs from the character codes as the plain patterns', () => {
    const edge = ['', 'a', '1a2 b3', 'e\u0301cole \u0301x', '𝒜𝒷c d𝒞', 'x\ud800y \udc00z', 'İstanbul ǅemal ß', 'ёлка-Ёж №5', 'a1-2 3b\n\n45', "Ne'matov x'Ne'matov Xo'Ne'mat Ali'nin She's I'll 𝒜Ne'matov Mas’uda é\u0301Ma'ruf Ne'", "Dar'ya Solov’yova Tat'yana y'all guy'ya o'ya Ahmet'e Z'yo", "Ra'no We're We've Ma'am Ece'de Ali'ye Na'ni Ra'no's Ra'nı Bo'Yo Ra'nó"];
    for (const text of [...devTexts, ...edge]) {
      const doc = new TextDocument(text);
      expect(doc.tokens.map((t) => [t.start, t.end, t.text])).toEqual([...text.matchAll(WORD_PATTERN)].map((m) => [m.index, m.index + m[0].length, m[0]]));
      const runs = [...text.matchAll(/[\p{L}\d]+/gu)].map((m) => m.index);
      const digits = [...text.matchAll(/[0-9]/g)].map((m) => m.index);
      for (const reach of [4, 24, 120]) expect(doc.runStartsNear('0-9', reach)).toEqual(runs.filter((at) => digits.some((d) => d >= at && d - at <= reach)));
    }
  });

  it('tests for car words with the trie pattern as with the plain alternation', () => {
    const words = ['car', 'cars', 'van', 'camry', 'škoda', 'skoda', 'машин', 'авто', 'kia', 'kiа', 'vw', 'номер машин', 'taxi'];
    const pack = packData();
    const strings = [...devTexts, ...devTexts.flatMap((t) => t.split(/\s+/)), 'ŠKODA', 'Scar', 'AUTOBUS', 'ſkoda', 'KİA', 'Kia', 'номер  машин', 'CaMrY'];
    // (And the packs' vehicle words, as pack-data compiled them before.)
    const vehicleWords = [...new Set(COUNTRY_PACKS.flatMap((p) => p.vehicleWords ?? []).map((w) => w.toLowerCase()))];
    const plainVehicle = new RegExp(`(?:${vehicleWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'iu');
    const trie = anyWordPattern(words, 'iu');
    const plain = new RegExp(`(?:${words.join('|')})`, 'iu');
    for (const text of [...strings, ...strings.map((t) => t.toUpperCase())]) {
      expect(trie.test(text)).toBe(plain.test(text));
      expect(pack.vehicleName!.test(text)).toBe(plainVehicle.test(text));
    }
  });

  it('spells out the first letters of every transliteration without the variants', () => {
    const words = new Set<string>();
    for (const text of devTexts) for (const [w] of text.matchAll(/\p{Script=Cyrillic}+/gu)) words.add(w.toLowerCase());
    for (const w of [...words, 'джамбул', 'ксения', 'валерий', 'асем', 'ёлка', 'ъь', 'ә']) {
      const prefixes = transliterationPrefixes(w, 3);
      expect(prefixes).not.toBeNull();
      for (const v of transliterations(w)) expect(prefixes!.has(v.slice(0, 3))).toBe(true);
    }
    expect(transliterationPrefixes('kазах', 3)).toBeNull();
  });

  it('merges overlapping spans with the index exactly as by comparing with every kept span', () => {
    // The merge as written plainly: each span compared with every kept one (quadratic), what sticks out placed at once.
    const plainMerge = (spans: Span[]): Span[] => {
      const ordered = [...spans].sort((a, b) => PRIORITY[b.type] - PRIORITY[a.type] || b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: Span[] = [];
      const place = (span: Span): void => {
        const clash = kept.find((k) => span.start < k.end && k.start < span.end);
        if (!clash) kept.push({ ...span });
        else if (span.type === 'PERSON' && clash.type === 'ADDRESS' && span.start < clash.start) kept.push({ ...span, end: clash.start });
        else if (clash.type === span.type) {
          clash.start = Math.min(clash.start, span.start);
          clash.end = Math.max(clash.end, span.end);
        } else {
          // (The part after first, as the merge's stack takes it: last in, first out.)
          if (span.end > clash.end) place({ ...span, start: clash.end });
          if (span.start < clash.start) place({ ...span, end: clash.start });
        }
      };
      for (const span of ordered) place(span);
      return kept.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
    };
    const types = Object.keys(PRIORITY) as PiiType[];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * n);
    };
    for (let round = 0; round < 300; round++) {
      const width = 50 + next(2000);
      const spans: Span[] = Array.from({ length: 1 + next(60) }, () => {
        const start = next(width);
        return { start, end: start + next(next(4) === 0 ? 300 : 30), type: types[next(types.length)], rule: 'r', confidence: 0.5 };
      });
      expect(resolveOverlaps(spans.map((s) => ({ ...s })))).toEqual(plainMerge(spans.map((s) => ({ ...s }))));
    }
    // And on what the recognizers find in the dev set.
    for (const text of devTexts.slice(0, 10)) expect(resolveOverlaps(detectPii(text))).toEqual(plainMerge(detectPii(text)));
  });
});
