import type { Count, PublishedCount } from './suppression';
import type { RawAggregates, ReportResult } from './report-builder';

/**
 * Every figure of a report by a name that is the same in every report
 * (`total`, `cell:police/extortion`, `row:police`, `col:extortion`,
 * `gender:female`, ...): as published, and as counted before disclosure
 * control. Pure; for tests, benchmarks and attackers' tests.
 */
export function publishedFigures(result: ReportResult): Map<string, PublishedCount> {
  const out = new Map<string, PublishedCount>([['total', result.total]]);
  const ct = result.crossTab;
  ct.rows.forEach((row, r) => {
    out.set(`row:${row.key}`, ct.rowTotals[r]);
    ct.columns.forEach((col, c) => out.set(`cell:${row.key}/${col.key}`, ct.cells[r][c]));
  });
  ct.columns.forEach((col, c) => out.set(`col:${col.key}`, ct.columnTotals[c]));
  for (const [name, table] of Object.entries(result.breakdowns)) for (const row of table.rows) out.set(`${name}:${row.key}`, row);
  return out;
}

export function rawFigures(raw: RawAggregates): Map<string, Count> {
  const out = new Map<string, Count>([['total', raw.total]]);
  for (const x of raw.crossTab) out.set(`cell:${x.row}/${x.col}`, x);
  for (const x of raw.rowTotals) out.set(`row:${x.row}`, x);
  for (const x of raw.columnTotals) out.set(`col:${x.col}`, x);
  for (const [name, rows] of Object.entries(raw.breakdowns)) for (const x of rows) out.set(`${name}:${x.key}`, x);
  return out;
}

/**
 * What perturbation costs in accuracy: for every published non-zero count of
 * respondents, the published value minus the true one.
 */
export function publishedErrors(raw: RawAggregates, result: ReportResult): number[] {
  const truth = rawFigures(raw);
  return [...publishedFigures(result)]
    .filter(([, v]) => v.respondents !== null && v.respondents > 0)
    .map(([name, v]) => v.respondents! - (truth.get(name)?.respondents ?? 0));
}

export function meanAbsolute(errors: number[]): number {
  return errors.length ? errors.reduce((s, e) => s + Math.abs(e), 0) / errors.length : 0;
}
