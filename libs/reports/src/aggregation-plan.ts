import { BREAKDOWNS, type ReportParams } from './report-params';
import type { KeyedCount, RawAggregates } from './report-builder';
import { addKeys } from './perturbation';

/** A WHERE clause with its positional parameters ($1, $2, ...). */
export interface SqlFilter {
  where: string;
  values: unknown[];
}

/**
 * Where a report's counts come from (see the report-rollups migration):
 * - profile: no country or period filter; the rollup partitioned by the cases'
 *   own attributes answers it alone.
 * - slice: a country or period filter, no filter on the respondent's profile;
 *   the rollup of single-country, single-year cases over the whole years in the
 *   period, plus the facts of every other case that matches (cases spanning
 *   countries or years, and the months of partial years), counted directly.
 * - facts: both kinds of filter; counted from the facts alone.
 * The two parts of a slice plan cover disjoint sets of cases, so their counts
 * of distinct respondents add up exactly.
 */
export type AggregationPlan =
  | { source: 'profile'; rollup: SqlFilter }
  | { source: 'slice'; rollup: SqlFilter; facts: SqlFilter }
  | { source: 'facts'; facts: SqlFilter };

class FilterBuilder {
  private readonly clauses: string[] = [];
  readonly values: unknown[] = [];

  add(sql: string, value: unknown): this {
    this.values.push(value);
    this.clauses.push(sql.replace('?', `$${this.values.length}`));
    return this;
  }

  build(): SqlFilter {
    return { where: this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '', values: this.values };
  }
}

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

/** Filters on the respondent's profile and organisation: columns of both report_facts and report_rollup_profile. */
function addProfileFilters(f: FilterBuilder, params: ReportParams): FilterBuilder {
  if (params.genders?.length) f.add('gender = ANY(?)', params.genders);
  if (params.ageBands?.length) f.add('age_band = ANY(?)', params.ageBands);
  if (params.workSettings?.length) f.add('work_setting = ANY(?)', params.workSettings);
  if (params.organisationId) f.add('organisation_id = ?', params.organisationId);
  return f;
}

/** The WHERE clause over report_facts for the filters. Values go in as parameters. */
export function factFilter(params: ReportParams, only?: { partialYears: number[] }): SqlFilter {
  const f = new FilterBuilder();
  if (params.countries?.length) f.add('country = ANY(?)', params.countries);
  if (params.regionFilter) f.add('region = ANY(?)', params.regionFilter);
  if (params.perpetratorTypes?.length) f.add('perpetrator_type = ANY(?)', params.perpetratorTypes);
  addProfileFilters(f, params);
  if (params.from) f.add('year * 12 + coalesce(month, 1) - 1 >= ?', monthIndex(params.from));
  if (params.to) f.add('year * 12 + coalesce(month, 12) - 1 <= ?', monthIndex(params.to));
  if (only) f.add('(multi_slice OR year = ANY(?))', only.partialYears);
  return f.build();
}

/** The years wholly inside the period, and the years it covers only in part. */
export function periodYears(from?: string, to?: string): { firstFull?: number; lastFull?: number; partialYears: number[] } {
  const partialYears: number[] = [];
  let firstFull: number | undefined;
  let lastFull: number | undefined;
  if (from) {
    const [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
    firstFull = month === 1 ? year : year + 1;
    if (month !== 1) partialYears.push(year);
  }
  if (to) {
    const [year, month] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
    lastFull = month === 12 ? year : year - 1;
    if (month !== 12 && !partialYears.includes(year)) partialYears.push(year);
  }
  return { firstFull, lastFull, partialYears };
}

export function planAggregation(params: ReportParams): AggregationPlan {
  const byPlace = Boolean(params.countries?.length || params.from || params.to);
  // Regions are not a partition of either rollup: a region filter is counted from the facts.
  const byProfile = Boolean(params.genders?.length || params.ageBands?.length || params.workSettings?.length || params.regionFilter);
  // Nor are perpetrators: a report of one kind of perpetrator is counted from the facts.
  if (params.regionFilter || params.perpetratorTypes?.length) return { source: 'facts', facts: factFilter(params) };
  if (!byPlace) return { source: 'profile', rollup: addProfileFilters(new FilterBuilder(), params).build() };
  if (byProfile) return { source: 'facts', facts: factFilter(params) };
  const { firstFull, lastFull, partialYears } = periodYears(params.from, params.to);
  const f = new FilterBuilder();
  if (params.countries?.length) f.add('country = ANY(?)', params.countries);
  if (params.organisationId) f.add('organisation_id = ?', params.organisationId);
  if (firstFull !== undefined) f.add('year >= ?', firstFull);
  if (lastFull !== undefined) f.add('year <= ?', lastFull);
  return { source: 'slice', rollup: f.build(), facts: factFilter(params, { partialYears }) };
}

/** The rollup kinds a report reads, for its level of perpetrators and abuses. */
export function rollupKinds(params: ReportParams): { cell: string; row: string; col: string; all: string[] } {
  const p = params.perpetrators === 'group' ? 'g' : 't';
  const a = params.abuses === 'group' ? 'g' : 't';
  const kinds = { cell: `cell_${p}${a}`, row: `row_${p}`, col: `col_${a}` };
  return { ...kinds, all: [kinds.cell, kinds.row, kinds.col, 'total', 'unasked', ...BREAKDOWNS] };
}

export interface RollupRow {
  kind: string;
  key1: string;
  key2: string;
  respondents: number;
  incidents: number;
  /** The cell key: the sum of the record keys of the cases counted, modulo 2^32. */
  cellKey: number;
}

/** Rollup rows (summed per kind and key) as raw aggregates. */
export function aggregatesFromRollup(rows: RollupRow[], params: ReportParams): RawAggregates {
  const kinds = rollupKinds(params);
  const count = (r: RollupRow) => ({ respondents: r.respondents, incidents: r.incidents, cellKey: r.cellKey });
  const total = rows.find((r) => r.kind === 'total');
  return {
    crossTab: rows.filter((r) => r.kind === kinds.cell).map((r) => ({ row: r.key1, col: r.key2, ...count(r) })),
    rowTotals: rows.filter((r) => r.kind === kinds.row).map((r) => ({ row: r.key1, ...count(r) })),
    columnTotals: rows.filter((r) => r.kind === kinds.col).map((r) => ({ col: r.key1, ...count(r) })),
    total: total ? count(total) : { respondents: 0, incidents: 0, cellKey: 0 },
    unasked: rows.filter((r) => r.kind === 'unasked').map((r) => ({ question: r.key1, ...count(r) })),
    breakdowns: Object.fromEntries(BREAKDOWNS.map((b) => [b, rows.filter((r) => r.kind === b).map((r) => ({ key: r.key1, ...count(r) }))])) as RawAggregates['breakdowns'],
  };
}

/** The sum of two aggregates over disjoint sets of cases: counts add, and so do cell keys (modulo 2^32). */
export function addAggregates(a: RawAggregates, b: RawAggregates): RawAggregates {
  const add = <T extends KeyedCount>(x: T, y: KeyedCount): T => ({ ...x, respondents: x.respondents + y.respondents, incidents: x.incidents + y.incidents, cellKey: addKeys(x.cellKey, y.cellKey) });
  const merge = <T extends KeyedCount>(x: T[], y: T[], key: (t: T) => string): T[] => {
    const out = new Map<string, T>();
    for (const t of [...x, ...y]) {
      const k = key(t);
      const seen = out.get(k);
      out.set(k, seen ? add(seen, t) : { ...t });
    }
    return [...out.values()];
  };
  return {
    crossTab: merge(a.crossTab, b.crossTab, (c) => `${c.row}\u0000${c.col}`),
    rowTotals: merge(a.rowTotals, b.rowTotals, (c) => c.row),
    columnTotals: merge(a.columnTotals, b.columnTotals, (c) => c.col),
    total: add(a.total, b.total),
    unasked: merge(a.unasked, b.unasked, (c) => c.question),
    breakdowns: Object.fromEntries(BREAKDOWNS.map((d) => [d, merge(a.breakdowns[d], b.breakdowns[d], (c) => c.key)])) as RawAggregates['breakdowns'],
  };
}
