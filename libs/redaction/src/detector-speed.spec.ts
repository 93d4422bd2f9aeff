import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectAddresses } from './address.detector';
import { detectEmails } from './pattern.detectors';
import { detectPii } from './detect';
import { foldDiacritics } from './name-signals';
import { cachedWordsForTest } from './person.detector';

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

  it('folds plain words by the shortcut exactly as by Unicode decomposition', () => {
    const slow = (w: string) => w.toLowerCase().replace(/[łđıøßæœ]/g, (c) => ({ ł: 'l', đ: 'd', ı: 'i', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe' })[c]!).normalize('NFD').replace(/(?<=[a-z])[\u0300-\u036f]+/g, '').normalize('NFC');
    for (const text of devTexts) for (const [w] of text.matchAll(/[\p{L}'’-]+/gu)) expect(foldDiacritics(w)).toBe(slow(w));
  });

  it('finds the same spans when the dictionary answers are already known, and keeps no name between calls', () => {
    const first = devTexts.map((t) => detectPii(t));
    const again = devTexts.map((t) => detectPii(t));
    expect(again).toEqual(first);
    const kept = cachedWordsForTest();
    expect(kept.size).toBeGreaterThan(500);
    for (const name of ['aigerim', 'айгерим', 'dana', 'zhanna', 'ruslan', 'bekov', 'ospanova']) expect(kept.has(name)).toBe(false);
  });
});
