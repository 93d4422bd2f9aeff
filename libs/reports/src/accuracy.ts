import type { RawAggregates, ReportResult } from './report-builder';

/**
 * What perturbation costs in accuracy: for every published non-zero count of
 * respondents in a report (cells, margins, total, breakdown rows), the
 * published value minus the true one. Pure; for tests and benchmarks.
 */
export function publishedErrors(raw: RawAggregates, result: ReportResult): number[] {
  const truth = new Map<string, number>([['total', raw.total.respondents]]);
  for (const x of raw.crossTab) truth.set(`cell:${x.row}/${x.col}`, x.respondents);
  for (const x of raw.rowTotals) truth.set(`row:${x.row}`, x.respondents);
  for (const x of raw.columnTotals) truth.set(`col:${x.col}`, x.respondents);
  for (const [name, rows] of Object.entries(raw.breakdowns)) for (const x of rows) truth.set(`${name}:${x.key}`, x.respondents);
  const published: Array<[string, number | null]> = [['total', result.total.respondents]];
  const ct = result.crossTab;
  ct.rows.forEach((row, r) => {
    published.push([`row:${row.key}`, ct.rowTotals[r].respondents]);
    ct.columns.forEach((col, c) => published.push([`cell:${row.key}/${col.key}`, ct.cells[r][c].respondents]));
  });
  ct.columns.forEach((col, c) => published.push([`col:${col.key}`, ct.columnTotals[c].respondents]));
  for (const [name, table] of Object.entries(result.breakdowns)) for (const row of table.rows) published.push([`${name}:${row.key}`, row.respondents]);
  return published.filter(([, v]) => v !== null && v > 0).map(([name, v]) => v! - (truth.get(name) ?? 0));
}

export function meanAbsolute(errors: number[]): number {
  return errors.length ? errors.reduce((s, e) => s + Math.abs(e), 0) / errors.length : 0;
}
