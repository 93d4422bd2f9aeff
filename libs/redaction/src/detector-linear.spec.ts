import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectPii } from './detect';
import { resolveOverlaps } from './merge';
import type { Span } from './types';

/**
 * The detector stays linear on hostile input: each narrative below takes CPU
 * time of the same order as a realistic narrative of the same size (a pattern
 * or a merge that is quadratic takes ten times longer or more at this size).
 * Ratios, not absolute times, so that a busy machine slows both sides alike: the
 * realistic narrative's time is measured once (the best of three), each hostile
 * narrative's as the best of two runs, and a ratio over the bound is measured
 * again as the best of three interleaved rounds before it counts as a failure.
 */
const SIZE = 40_000;

const realistic = readFileSync(join(__dirname, '../../../tests/redaction/devset2.txt'), 'utf8')
  .replace(/\[\[[A-Z]+:([^\]]+)\]\]/g, '$1')
  .replace(/^###.*$/gm, '');

const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const HOSTILE: Record<string, string> = {
  'one name repeated': fill('Aigerim '),
  'one word in lower case': fill('word '),
  'one Russian name in its case forms': fill('Айгуль Айгуле Айгулью '),
  'a line without spaces': fill('a'),
  'letters, digits and dashes without spaces': fill('Ab1-'),
  'digits only': fill('1'),
  'digits and spaces': fill('12 '),
  'phone-like groups': fill('8 701 123 45 67, '),
  'capitals and digits': fill('AB 123 '),
  'hyphenated names': fill('Min-jun '),
  'street keywords': fill('ул. '),
  'at signs': fill('a@'),
  'domains and slashes': fill('a.bc/'),
  'quoted initials': fill('«Г.» '),
  'line breaks': fill('\n'),
  'full stops and spaces': fill('.  '),
  'quotes and brackets': fill('"(«'),
  'number words after a call': fill('call eight seven oh one, 455, '),
  'Russian number words': fill('номер восемь семьсот семь, двести '),
  'chat lines': fill('[12.03.2023 21:40:15] Настюха 🌸: девки где лерка\n'),
  'colons without line breaks': fill('a: '),
  'ages in apposition before quotes': fill('Ana, 30, "'),
  'one line of Ukrainian words no dictionary has': fill('і зюзякра '),
  'words of references before numbers': fill('no. AB 123/ Kassenzeichen 1.'),
  'tags that read': fill('tag reads real name '),
  'quoted words listed in notes': fill('- "x" (A), "y", '),
  'labels of lists of people': fill('девочки: аа, бб, вв, '),
  'protocols before numbers': fill('протокол об № 1234, '),
  // (Items as long as a list's usually are: a text of names alone is more work per character, not a worse order of growth.)
  'bulleted items opening with names': fill('- Nurgiza (40s): police take rent every week at the bus station.\n- Gulkaiyr: a client stole her phone in March.\n'),
  'one long bulleted line': fill('- a'),
  'record words before codes': fill('patient file no. AB-12/3 '),
  'at signs before Cyrillic words': fill('@жан_1 '),
  'names before who': fill('Mher, who '),
  'plate words before lower-case codes': fill('plate bk417tt '),
  'months joined by hyphens': fill('Jan-Jun '),
  'quoted names on one line without brackets or guillemets': fill('"Aigerim", Zhanar '),
  'chat writers on one long line': fill('Aigerim: hi, Zhanar, '),
  'protocols before statutes without numbers': fill('протокол по ст. 6.11 КоАП от 28.08, '),
  'chat headers with a town and a time': fill('Марта Рига 08:03\nок\n'),
  'numbers with offices\' letters after slashes': fill('no. 1174/НП-'),
  'dashes opening lines of initials': fill('\n— Ю.'),
  'streets without their word before houses and flats': fill('at Veveří 71-12, Brno '),
  'file words and lower-case words before numbers': fill('протокол в суде у 12-3 '),
  'number words before record words': fill('номер амб. карты 1-2 '),
  'districts and commas before street words': fill('Laleli, Ordu Cad. '),
  'lists of numbers after a sign': fill('№ 0551283, 0551284 и '),
  'numbers and years after signs': fill('no. 12/24 № 1-2/2024 nos. '),
  'hyphenated capitals before words': fill('Бат-Ям Pre-Trial '),
  'phones with slashes between them': fill('+996 705 12 88 40 / 0221 430 915 / '),
  'capitalised words before phones': fill('Zhenis, +971 52 880 '),
  'journeys to capitalised words': fill('drove back to Kordai, в Игналину, from Łańcut '),
  'numbers after номер with slashes': fill('номер 114/2187 № ТП-11/3382 No. 418277 '),
  'initials alone in a list of names': fill('Люба, Т.Б., Ира, '),
  'registers\' letters between numbers and years': fill('1 Pv 418/24/1102 212 Js '),
  'references with letters a few words after ref': fill('ref they gave TH 411/2024 '),
  'record words before number words and codes': fill('Рег. номер в центре СПИД КЛ-0219 card '),
  'houses before streets without their names': fill('у д. 165 по ул. no. 14 on '),
  'file words and words before "nr"': fill('exam nr nr ERPP Zl. '),
  'names and quotes after "зовут"': fill('звали его «зайка» зовут '),
  'street words before number words': fill('улица гоголя дом сто двадцать '),
  'number signs before codes in parts': fill('no. AB-12-CD/34 crime ref 1234 '),
  'register letters before numbers and years': fill('КЦ 12/24 Kt 2024/1 '),
  'usernames opening lines without their colon': fill('\nab.cd_ef.gh12 '),
  'numbered quarters before houses': fill('Samal-2, 58-1 '),
  'number words before long clauses without their number': fill('number she said was номер, который № '),
  'codes and treatment words without a code': fill('код ЗТ OST code AB- метадон '),
  'series before "No." and numbers with dots': fill('4620 No. 12.34.56-7/ '),
  'judgments\' "v." and names broken over lines': fill('Ab v. Cd Ef-\ngh Иванова Е.Н. '),
  'a sort code\'s word before a run of spaces': `sort${' '.repeat(SIZE - 5)}x`,
  // (A table's last cell, a signature after a dash and a diary's date before a run of spaces: a pattern with two runs of
  // spaces around an optional bar, or a look-behind over the run, tried them in the square of its length.)
  'a table\'s last cell of initials before a run of spaces': `| AB${' '.repeat(SIZE - 5)}x`,
  'a signature after a dash before a run of spaces': `Позвонила — АЖ${' '.repeat(SIZE - 15)}x`,
  'a diary\'s date before a run of spaces': `02.10.2023 PH — first${' '.repeat(SIZE - 22)}x`,
  'full names on one line without a break': fill('Анна Петрова, '),
  'a user called by a name with digits, mentioned thousands of times': `A user called ab1 posted. ${fill('ab1 ')}`.slice(0, SIZE),
  'codes in brackets after names and programme codes': fill('Agnė (VLN-F-0622), JOVA870422 '),
  'a team\'s tags, handovers and signing lines': fill('Left. (SB)\n08.04 (IT): ok\n14.04 — SB → IT\n— OM\n\n'),
  'protocol words before numbers a few words later, headings and dash lists of codes': fill('протокол по миграции 0012587, CASE NOTES — AB-0302 — x\n- CD-0412, Anna: '),
  'districts and villages before addresses, towns after them': fill('Osh region, Kara-Suu district, Papan village, Navoi st. 45, Zarbdor in '),
  // (Each a different word of the dictionary, after two speakers that are names: a meeting's labels, each weighed once.)
  'many different words heading a meeting\'s lines': fill(`Айгуль: пришла.\nМарина: да.\n${[...new Set(realistic.toLowerCase().match(/[а-яё]{5,}/g) ?? [])].map((w) => `${w[0].toUpperCase()}${w.slice(1)}: да, так.\n`).join('')}`),
  'codes in brackets after names, papers\' words before short numbers, Turkish units': fill('Жылдыз (0070), справка № 3921, Sk. No: 27, bodrum kat, PN 02-1441/24 '),
};

/** A network's export of `rows` cases under one header: a client's code, a date, the writer's initials, a plate, a note. */
function exportRows(rows: number, sep: string): string {
  const quote = sep === '","' ? '"' : '';
  const line = (cells: string[]) => `${quote}${cells.join(sep)}${quote}\n`;
  let text = line(['code', 'date', 'by', 'plate', 'note']);
  for (let row = 1; row <= rows; row++) {
    const n = String(row).padStart(4, '0');
    text += line([`VLN-F-${n}`, `0${1 + (row % 9)}.10.2023`, `${'ABKJ'[row % 4]}${'MTSP'[row % 3]}`, `KR ${n}H`, 'stopped by police near the station']);
  }
  return text;
}

function cpuMs(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The CPU time of each of two runs, the best of three interleaved rounds after one to warm up. */
function bestOfThree(first: () => unknown, second: () => unknown): [number, number] {
  second();
  let a = Infinity;
  let b = Infinity;
  for (let round = 0; round < 3; round++) {
    a = Math.min(a, cpuMs(first));
    b = Math.min(b, cpuMs(second));
  }
  return [a, b];
}

/** The CPU time of a run, the best of `rounds`. */
function best(run: () => unknown, rounds: number): number {
  let ms = Infinity;
  for (let round = 0; round < rounds; round++) ms = Math.min(ms, cpuMs(run));
  return ms;
}

describe('detector on hostile input', () => {
  const normal = fill(realistic);
  let baseline = 0;
  beforeAll(() => {
    detectPii(normal, 'en');
    baseline = best(() => detectPii(normal, 'en'), 3);
  });

  it.each(Object.keys(HOSTILE))('stays within three times a realistic narrative of the same size: %s', (name) => {
    const text = HOSTILE[name];
    expect(text.length).toBe(normal.length);
    let ratio = best(() => detectPii(text, 'en'), 2) / baseline;
    if (ratio >= 3) {
      // (A machine busy for a moment slows one side only: measure both again, interleaved, before failing.)
      const [again, hostile] = bestOfThree(() => detectPii(normal, 'en'), () => detectPii(text, 'en'));
      ratio = hostile / again;
    }
    expect(ratio).toBeLessThan(3);
  });

  // (Some inputs grow the time only past the size above: a word counted again for each of its uses. Four times the text
  // takes about four times the time, never sixteen.)
  const GROWING: Record<string, (size: number) => string> = {
    'a long list of initials with the name at the end': (size) => `We saw ${'A., '.repeat(size)}`.slice(0, size - 6) + 'Gozel.',
    'a long list of names in lower case after one capitalised': (size) => `Anna, ${'darima, '.repeat(size)}`.slice(0, size),
    // (A line's words weighed again for each unknown word on it grew so.)
    'one long line of lower-case words no dictionary has': (size) => `husband ${'zbarvo kelimu tarsi, '.repeat(size)}`.slice(0, size),
    // (An export's rows under one header, read by its columns: each row once, not the header's column again for each row.)
    'an export\'s rows under a header of plates, writers and codes': (size) => exportRows(Math.ceil(size / 60), '|').slice(0, size),
    'a CSV export\'s quoted rows': (size) => exportRows(Math.ceil(size / 60), '","').slice(0, size),
    'a CSV export\'s rows under a header of field names': (size) => exportRows(Math.ceil(size / 60), ',').slice(0, size),
  };

  it.each(Object.keys(GROWING))('takes less than eight times as long for four times the text: %s', (name) => {
    const small = GROWING[name](20_000);
    const large = GROWING[name](80_000);
    const [smallMs, largeMs] = bestOfThree(() => detectPii(small, 'en'), () => detectPii(large, 'en'));
    expect(largeMs / Math.max(smallMs, 5)).toBeLessThan(8);
  });
  it('reads the thousand and first row of an export as it reads the first', () => {
    const text = exportRows(1_001, '|');
    const found = (needle: string, type: Span['type']) => detectPii(text, 'en').some((s) => s.type === type && text.slice(s.start, s.end) === needle);
    for (const row of [1, 1_001]) {
      expect(found(`VLN-F-${String(row).padStart(4, '0')}`, 'IDNUM')).toBe(true);
      expect(found(`KR ${String(row).padStart(4, '0')}H`, 'PLATE')).toBe(true);
    }
    const spans = detectPii(text, 'en');
    expect(spans.filter((s) => s.type === 'PERSON' && /^[A-Z]{2}$/.test(text.slice(s.start, s.end))).length).toBe(1_001);
  });

  // (A run the chunker read as one address over a whole hostile line, "ul. A br. 12/23 I br. " repeated, is cut by each
  // number inside it: each cut asked every stretch of what was left, the square of the line's length.)
  it('cuts a long span by four times as many others inside it in about four times the time, not sixteen', () => {
    const cut = (n: number): Span[] => [{ start: 0, end: n * 22, type: 'ADDRESS', rule: 'r', confidence: 0.5 }, ...Array.from({ length: n }, (_, i): Span => ({ start: i * 22 + 10, end: i * 22 + 15, type: 'IDNUM', rule: 'r', confidence: 0.5 }))];
    const few = cut(4_000);
    const many = cut(16_000);
    const [small, large] = bestOfThree(() => resolveOverlaps(few), () => resolveOverlaps(many));
    expect(large / Math.max(small, 0.5)).toBeLessThan(8);
    expect(resolveOverlaps(many).filter((s) => s.type === 'IDNUM')).toHaveLength(16_000);
  });

  it('merges ten times as many spans in about ten times the time, not a hundred', () => {
    const spans = (n: number): Span[] => Array.from({ length: n }, (_, i) => ({ start: i * 5, end: i * 5 + 3 + (i % 7 === 0 ? 4 : 0), type: i % 3 ? 'PERSON' : 'ADDRESS', rule: 'r', confidence: 0.5 }));
    const few = spans(4_000);
    const many = spans(40_000);
    const [small, large] = bestOfThree(() => resolveOverlaps(few), () => resolveOverlaps(many));
    expect(large / Math.max(small, 0.5)).toBeLessThan(30);
  });
});
