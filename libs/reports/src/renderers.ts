import ExcelJS from 'exceljs';
import type { ReportResult } from './report-builder';
import { BREAKDOWNS } from './report-params';
import type { PublishedCount } from './suppression';

export const CSV_HEADER = ['table', 'row_key', 'row_label', 'column_key', 'column_label', 'respondents', 'incidents', 'pct_respondents', 'suppressed'];

/** Every word an export writes besides the data, in each report language (a test compares the two). */
export const REPORT_TEXT = {
  en: {
    suppressed: 'suppressed',
    total: 'Total',
    sheetCrossTab: 'Cross-tab',
    sheetAll: 'All figures',
    sheetRule: 'Rule',
    k: 'k (smallest count shown)',
    rule: 'rule',
    perturbation: 'perturbation',
    none: 'none',
    generated: 'generated',
    breakdowns: { country: 'Country', year: 'Year', gender: 'Gender', age_band: 'Age', work_setting: 'Work setting', location_type: 'Kind of place' },
  },
  ru: {
    suppressed: 'скрыто',
    total: 'Итого',
    sheetCrossTab: 'Перекрёстная таблица',
    sheetAll: 'Все значения',
    sheetRule: 'Правило',
    k: 'k (наименьшее показываемое значение)',
    rule: 'правило',
    perturbation: 'искажение',
    none: 'нет',
    generated: 'создан',
    breakdowns: { country: 'Страна', year: 'Год', gender: 'Гендер', age_band: 'Возраст', work_setting: 'Место работы', location_type: 'Тип места' },
  },
} as const;

export const textOf = (lang: string) => (lang === 'ru' ? REPORT_TEXT.ru : REPORT_TEXT.en);
const SUPPRESSED = { en: REPORT_TEXT.en.suppressed, ru: REPORT_TEXT.ru.suppressed } as Record<string, string>;

interface Line {
  table: string;
  rowKey: string;
  rowLabel: string;
  columnKey: string;
  columnLabel: string;
  count: PublishedCount;
}

/** Every published number of a report, one line each, in a fixed order. */
export function reportLines(report: ReportResult): Line[] {
  const lines: Line[] = [];
  const { crossTab } = report;
  crossTab.rows.forEach((row, r) =>
    crossTab.columns.forEach((col, c) =>
      lines.push({ table: 'crosstab', rowKey: row.key, rowLabel: row.label, columnKey: col.key, columnLabel: col.label, count: crossTab.cells[r][c] }),
    ),
  );
  crossTab.rows.forEach((row, r) => lines.push({ table: 'crosstab_row_total', rowKey: row.key, rowLabel: row.label, columnKey: '', columnLabel: '', count: crossTab.rowTotals[r] }));
  crossTab.columns.forEach((col, c) =>
    lines.push({ table: 'crosstab_column_total', rowKey: '', rowLabel: '', columnKey: col.key, columnLabel: col.label, count: crossTab.columnTotals[c] }),
  );
  for (const b of BREAKDOWNS) {
    for (const row of report.breakdowns[b].rows) lines.push({ table: `by_${b}`, rowKey: row.key, rowLabel: row.label, columnKey: '', columnLabel: '', count: row });
  }
  lines.push({ table: 'total', rowKey: '', rowLabel: '', columnKey: '', columnLabel: '', count: report.total });
  return lines;
}

/**
 * One CSV cell, following OWASP's CSV-injection guidance: text that a
 * spreadsheet would read as a formula (starting with =, +, -, @, TAB or CR)
 * gets a leading apostrophe, and every cell holding a quote, comma, CR or LF
 * is quoted with its quotes doubled (RFC 4180). Numbers are written as
 * numbers. Pure.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(report: ReportResult): string {
  const rows = reportLines(report).map((l) =>
    [l.table, l.rowKey, l.rowLabel, l.columnKey, l.columnLabel, l.count.respondents, l.count.incidents, l.count.pctRespondents, l.count.suppressed ? 'true' : 'false']
      .map(csvField)
      .join(','),
  );
  return `${CSV_HEADER.join(',')}\n${rows.join('\n')}\n`;
}

export async function toXlsx(report: ReportResult): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Casebook';
  const suppressed = SUPPRESSED[report.lang] ?? SUPPRESSED.en;
  const cellValue = (c: PublishedCount) => (c.suppressed ? suppressed : c.respondents);
  const { crossTab } = report;
  const text = textOf(report.lang);
  const sheet = book.addWorksheet(text.sheetCrossTab);
  sheet.addRow(['', ...crossTab.columns.map((c) => c.label), text.total]);
  crossTab.rows.forEach((row, r) => sheet.addRow([row.label, ...crossTab.cells[r].map(cellValue), cellValue(crossTab.rowTotals[r])]));
  sheet.addRow([text.total, ...crossTab.columnTotals.map(cellValue), cellValue(crossTab.total)]);
  const all = book.addWorksheet(text.sheetAll);
  all.addRow(CSV_HEADER);
  for (const l of reportLines(report)) {
    all.addRow([l.table, l.rowKey, l.rowLabel, l.columnKey, l.columnLabel, l.count.respondents, l.count.incidents, l.count.pctRespondents, l.count.suppressed]);
  }
  const rule = book.addWorksheet(text.sheetRule);
  rule.addRow([text.k, report.rule.k]);
  rule.addRow([text.rule, report.rule.description]);
  rule.addRow([text.perturbation, report.rule.perturbation ? `${report.rule.perturbation.method}: ±${report.rule.perturbation.maxNoise}, σ² ${report.rule.perturbation.variance}` : text.none]);
  rule.addRow([text.generated, report.generatedAt]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A heat map of the cross-tab (respondents) and bar charts of the breakdowns, labelled in the report's language. */
export function toSvg(report: ReportResult): string {
  const { crossTab } = report;
  const cell = 28;
  const left = 260;
  const top = 180;
  const max = Math.max(1, ...crossTab.cells.flat().map((c) => c.respondents ?? 0));
  const parts: string[] = [];
  const suppressed = SUPPRESSED[report.lang] ?? SUPPRESSED.en;
  crossTab.columns.forEach((col, c) => {
    const x = left + c * cell + cell / 2;
    parts.push(`<text x="${x}" y="${top - 6}" transform="rotate(-60 ${x} ${top - 6})" font-size="10">${escapeXml(col.label)}</text>`);
  });
  crossTab.rows.forEach((row, r) => {
    const y = top + r * cell;
    parts.push(`<text x="${left - 6}" y="${y + cell / 2 + 4}" text-anchor="end" font-size="10">${escapeXml(row.label)}</text>`);
    crossTab.cells[r].forEach((value, c) => {
      const x = left + c * cell;
      const fill = value.suppressed ? '#cccccc' : `rgb(${255 - Math.round(((value.respondents ?? 0) / max) * 200)},${240 - Math.round(((value.respondents ?? 0) / max) * 190)},255)`;
      const text = value.suppressed ? '·' : String(value.respondents);
      parts.push(
        `<rect x="${x}" y="${y}" width="${cell - 1}" height="${cell - 1}" fill="${fill}"><title>${escapeXml(`${row.label} / ${crossTab.columns[c].label}: ${value.suppressed ? suppressed : value.respondents}`)}</title></rect>`,
        `<text x="${x + cell / 2}" y="${y + cell / 2 + 4}" text-anchor="middle" font-size="9">${text}</text>`,
      );
    });
  });
  let y = top + crossTab.rows.length * cell + 40;
  for (const b of ['country', 'gender', 'age_band', 'work_setting'] as const) {
    const rows = report.breakdowns[b].rows;
    const bmax = Math.max(1, ...rows.map((r) => r.respondents ?? 0));
    parts.push(`<text x="10" y="${y}" font-size="12" font-weight="bold">${escapeXml(textOf(report.lang).breakdowns[b])}</text>`);
    y += 8;
    for (const row of rows) {
      const width = row.suppressed ? 0 : Math.round(((row.respondents ?? 0) / bmax) * 300);
      parts.push(
        `<text x="${left - 6}" y="${y + 12}" text-anchor="end" font-size="10">${escapeXml(row.label)}</text>`,
        `<rect x="${left}" y="${y + 2}" width="${width}" height="12" fill="#4a6fa5"/>`,
        `<text x="${left + width + 4}" y="${y + 12}" font-size="10">${row.suppressed ? escapeXml(suppressed) : row.respondents}</text>`,
      );
      y += 16;
    }
    y += 20;
  }
  const width = left + crossTab.columns.length * cell + 40;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${Math.max(width, 700)}" height="${y + 20}" font-family="sans-serif">\n<title>Casebook report</title>\n${parts.join('\n')}\n</svg>\n`;
}
