/**
 * A pattern that tells whether a text holds any of some literal words (as a
 * substring, with the given flags, e.g. "iu"), written as a trie (c(?:ar|amry|obalt)|…)
 * instead of one alternative per word: V8 then tries the few branches of the
 * character at hand rather than every word at every position. For `test` only:
 * a word that holds another of the words is left out (the shorter one is found
 * wherever the longer one is), so where a match starts and ends may differ.
 */
export function anyWordPattern(words: readonly string[], flags: string): RegExp {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  const kept = unique.filter((w) => !unique.some((v) => v !== w && w.includes(v)));
  return new RegExp(trie(kept), flags);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function trie(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  let end = false;
  for (const w of words) {
    if (w.length === 0) {
      end = true;
      continue;
    }
    // (By code point: a letter beyond U+FFFF stays whole.)
    const first = String.fromCodePoint(w.codePointAt(0)!);
    const rest = byFirst.get(first);
    if (rest) rest.push(w.slice(first.length));
    else byFirst.set(first, [w.slice(first.length)]);
  }
  const branches = [...byFirst].map(([first, rest]) => escape(first) + trie(rest));
  if (branches.length === 0) return '';
  // (Words are never prefixes of one another here, so `end` only arises for a word that is one: kept as optional.)
  return `(?:${branches.join('|')})${end ? '?' : ''}`;
}
