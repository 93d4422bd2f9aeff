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
];

function report() {
  const count = (respondents: number) => ({ respondents, incidents: respondents, cellKey: respondents * 7 });
  const raw: RawAggregates = {
    crossTab: HOSTILE.map((_, i) => ({ row: `p${i}`, col: `a${i}`, ...count(10 + i) })),
    rowTotals: HOSTILE.map((_, i) => ({ row: `p${i}`, ...count(10 + i) })),
    columnTotals: HOSTILE.map((_, i) => ({ col: `a${i}`, ...count(10 + i) })),
    total: count(200),
    unasked: [],
    breakdowns: Object.fromEntries(BREAKDOWNS.map((b) => [b, []])) as unknown as RawAggregates['breakdowns'],
  };
  const labels = (_vocabulary: string, code: string) => HOSTILE[Number(code.slice(1))];
  return buildReport(raw, { perpetrators: 'type', abuses: 'type', lang: 'en', k: 5, perturbation: null }, labels);
}

describe('CSV export', () => {
  it('round-trips hostile labels through a strict parser: the same cells back, no formula, no extra row', () => {
    const csv = toCsv(report());
    // The header block (lines starting with #) is skipped the documented way.
    const rows: string[][] = parse(csv, { relax_quotes: false, relax_column_count: false, skip_empty_lines: false, bom: false, comment: '#', comment_no_infix: true });
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
    for (const hostile of HOSTILE) {
      const expected = /^[=+\-@\t\r]/.test(hostile) ? `'${hostile}` : hostile;
      expect(labels.has(expected)).toBe(true);
    }
  });

  it('quotes and neutralises cell by cell', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('x\ry')).toBe('"x\ry"');
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
