import ExcelJS from 'exceljs';
import type { ReportResult } from './report-builder';
import { BREAKDOWNS } from './report-params';
import { textOf, type ReportText } from './report-text';
import type { PublishedCount } from './suppression';

export const CSV_HEADER = ['table', 'row_key', 'row_label', 'column_key', 'column_label', 'respondents', 'incidents', 'pct_respondents', 'base_respondents', 'suppressed', 'sd_respondents', 'sd_pct_points'];

export { REPORT_TEXT, textOf, type ReportText } from './report-text';

interface Line {
  table: string;
  rowKey: string;
  rowLabel: string;
  columnKey: string;
  columnLabel: string;
  count: PublishedCount;
  /** The base of the percentage (null when withheld). */
  base: number | null;
}

/** Every published number of a report, one line each, in a fixed order. */
export function reportLines(report: ReportResult): Line[] {
  const lines: Line[] = [];
  const { crossTab } = report;
  const totalBase = report.total.respondents;
  const columnBase = (c: number) => crossTab.columnBases?.[c]?.respondents ?? totalBase;
  crossTab.rows.forEach((row, r) =>
    crossTab.columns.forEach((col, c) =>
      lines.push({ table: 'crosstab', rowKey: row.key, rowLabel: row.label, columnKey: col.key, columnLabel: col.label, count: crossTab.cells[r][c], base: columnBase(c) }),
    ),
  );
  crossTab.rows.forEach((row, r) =>
    lines.push({ table: 'crosstab_row_total', rowKey: row.key, rowLabel: row.label, columnKey: '', columnLabel: '', count: crossTab.rowTotals[r], base: crossTab.rowBase?.respondents ?? totalBase }),
  );
  crossTab.columns.forEach((col, c) =>
    lines.push({ table: 'crosstab_column_total', rowKey: '', rowLabel: '', columnKey: col.key, columnLabel: col.label, count: crossTab.columnTotals[c], base: columnBase(c) }),
  );
  for (const b of BREAKDOWNS) {
    for (const row of report.breakdowns[b]?.rows ?? []) lines.push({ table: `by_${b}`, rowKey: row.key, rowLabel: row.label, columnKey: '', columnLabel: '', count: row, base: totalBase });
  }
  const comparison = report.comparison;
  if (comparison) {
    comparison.units.forEach((unit, u) => {
      lines.push({ table: `compare_${comparison.dimension}_total`, rowKey: unit.key, rowLabel: unit.label, columnKey: '', columnLabel: '', count: comparison.totals[u], base: totalBase });
      comparison.columns.forEach((col, c) =>
        lines.push({
          table: `compare_${comparison.dimension}`,
          rowKey: unit.key,
          rowLabel: unit.label,
          columnKey: col.key,
          columnLabel: col.label,
          count: comparison.cells[u][c],
          base: comparison.bases[u][c].respondents,
        }),
      );
    });
  }
  lines.push({ table: 'total', rowKey: '', rowLabel: '', columnKey: '', columnLabel: '', count: report.total, base: totalBase });
  return lines;
}

/** The description as label/value pairs, in the report's language: the CSV header block and the XLSX description sheet. */
export function descriptionLines(report: ReportResult): Array<[string, string]> {
  const t = textOf(report.lang);
  const d = report.description;
  if (!d) return [[t.generated, report.generatedAt]];
  return [
    [t.title, d.title],
    ...d.filters.map((f): [string, string] => [`${t.filters}: ${f.name}`, f.value]),
    [t.period, d.period],
    [t.bases, d.bases],
    [t.policy, d.policy],
    [t.rule, report.rule.description],
    [t.extracted, d.extractedAt],
    [t.dataVersion, d.dataVersion],
    [t.casebookVersion, d.casebookVersion],
  ];
}

/** A character that makes a spreadsheet read the text after it as a formula. */
const FORMULA_START = '[=+\\-@\\t\\r]';
/** Formula starts at the beginning of a cell, even behind spaces or quotes (a cell `"=1"` is still one). */
const LEADING_FORMULA = new RegExp(`^[ "]*${FORMULA_START}`);
/**
 * Formula starts behind a separator a spreadsheet may split at: a comma or a
 * semicolon (the list separator in many locales, e.g. Russian Excel), or a
 * line break — so a cell split apart by a reader that ignores quoting yields
 * no formula either.
 */
const INNER_FORMULA = new RegExp(`([,;\\r\\n][ "]*)(?=${FORMULA_START})`, 'g');

/**
 * Text made inert for spreadsheets (OWASP's CSV-injection guidance, applied
 * at every place a reader may start a cell): a leading apostrophe where a
 * formula would start — at the start, and after each comma, semicolon and
 * line break. Pure.
 */
export function neutraliseCsvText(value: string): string {
  const inner = value.replace(INNER_FORMULA, "$1'");
  return LEADING_FORMULA.test(inner) ? `'${inner}` : inner;
}

/**
 * One CSV cell: text neutralised (see neutraliseCsvText), and every cell
 * holding a quote, comma, semicolon, CR or LF quoted with its quotes doubled
 * (RFC 4180). Numbers are written as numbers. Pure.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = neutraliseCsvText(value);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The CSV: a header block of lines starting with "# " that says what the
 * figures are (title, filters, period, bases, policy, extraction time,
 * versions), then one line per figure. Readers skip the block with a comment
 * character (csv-parse `bom: true, comment: '#'`, pandas `comment='#'`, R `comment.char`).
 * The block is as safe as the data for a reader that does not skip it: each
 * line is `# name: value`, the value a CSV cell (quoted and neutralised like
 * the data; labels of taxonomy terms and region groups reach it), the name
 * Casebook's own words, neutralised too.
 */
export function toCsv(report: ReportResult): string {
  const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ');
  const name = (s: string) => neutraliseCsvText(oneLine(s));
  const header = [`# ${name(textOf(report.lang).csvNote)}`, ...descriptionLines(report).map(([k, v]) => `# ${name(k)}: ${csvField(oneLine(v))}`)];
  const rows = reportLines(report).map((l) =>
    [l.table, l.rowKey, l.rowLabel, l.columnKey, l.columnLabel, l.count.respondents, l.count.incidents, l.count.pctRespondents, l.count.suppressed ? null : l.base, l.count.suppressed ? 'true' : 'false', l.count.sd ?? null, l.count.pctSd ?? null]
      .map(csvField)
      .join(','),
  );
  // A UTF-8 byte-order mark first: without it Excel on a Russian Windows reads the file as CP1251 and garbles every Cyrillic word.
  return `\uFEFF${header.join('\n')}\n${CSV_HEADER.join(',')}\n${rows.join('\n')}\n`;
}

export async function toXlsx(report: ReportResult): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Casebook';
  const t = textOf(report.lang);
  const cellValue = (c: PublishedCount) => (c.suppressed ? t.suppressed : c.respondents);
  const { crossTab } = report;

  const description = book.addWorksheet(t.sheetDescription);
  for (const [k, v] of descriptionLines(report)) description.addRow([k, v]);
  description.addRow([t.suppressedShort, t.suppressedNote]);
  description.getColumn(1).width = 34;
  description.getColumn(2).width = 120;

  const sheet = book.addWorksheet(t.sheetCrossTab);
  sheet.addRow(['', ...crossTab.columns.map((c) => c.label), t.total]);
  crossTab.rows.forEach((row, r) => sheet.addRow([row.label, ...crossTab.cells[r].map(cellValue), cellValue(crossTab.rowTotals[r])]));
  sheet.addRow([t.total, ...crossTab.columnTotals.map(cellValue), cellValue(crossTab.total)]);
  sheet.addRow([t.base, ...crossTab.columns.map((_, c) => crossTab.columnBases?.[c]?.respondents ?? t.suppressed), crossTab.rowBase?.respondents ?? '']);

  const comparison = report.comparison;
  if (comparison) {
    const compare = book.addWorksheet(t.sheetComparison);
    compare.addRow([t.breakdowns[comparison.dimension as keyof ReportText['breakdowns']] ?? comparison.dimension, t.total, ...comparison.columns.flatMap((c) => [c.label, `%`, t.base])]);
    comparison.units.forEach((unit, u) =>
      compare.addRow([
        unit.label,
        cellValue(comparison.totals[u]),
        ...comparison.columns.flatMap((_, c) => {
          const cell = comparison.cells[u][c];
          return [cellValue(cell), cell.pctRespondents ?? '', comparison.bases[u][c].respondents ?? t.suppressed];
        }),
      ]),
    );
  }

  const all = book.addWorksheet(t.sheetAll);
  all.addRow(CSV_HEADER);
  for (const l of reportLines(report)) {
    all.addRow([l.table, l.rowKey, l.rowLabel, l.columnKey, l.columnLabel, l.count.respondents, l.count.incidents, l.count.pctRespondents, l.count.suppressed ? null : l.base, l.count.suppressed, l.count.sd ?? null, l.count.pctSd ?? null]);
  }
  const rule = book.addWorksheet(t.sheetRule);
  rule.addRow([t.k, report.rule.k]);
  rule.addRow([t.rule, report.rule.description]);
  rule.addRow([t.perturbation, report.rule.perturbation ? `${report.rule.perturbation.method}: ±${report.rule.perturbation.maxNoise}, σ² ${report.rule.perturbation.variance}` : t.none]);
  rule.addRow([t.generated, report.generatedAt]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export { toSvg } from './report-chart';
