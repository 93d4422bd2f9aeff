import { DomainError } from '@casebook/common';
import type { KeyedCount, RawAggregates } from '../report-builder';
import { BREAKDOWNS, type ReportParams } from '../report-params';
import { epsilonOf, STATED_DELTA } from './budget';
import type { ReleaseFigures, ReleaseLevel, ReleaseTable } from './release';
import type { ReleasePrivacy } from './release-privacy';
import { LEVEL_TABLES } from './release';

/**
 * Researchers' reports, computed from the protected releases only (post-
 * processing: it costs no privacy, and the same question always gets the same
 * answer while the releases are the same). Pure. A question the releases
 * cannot answer is refused with the field and the reason (422); a period
 * without a release is a 409.
 */

export interface ReadableRelease {
  period: string;
  rho: string;
  figures: ReleaseFigures;
}

export type { ReleasePrivacy } from './release-privacy';

type Problem = { pointer: string; message: string };

const YEAR_START = /^(\d{4})-01$/;
const YEAR_END = /^(\d{4})-12$/;

/**
 * The years a question covers, or why the releases cannot answer it. Only
 * the parameters and the released periods are looked at.
 */
export function releaseQuestion(params: ReportParams, releasedPeriods: string[]): { years: string[] } {
  const errors: Problem[] = [];
  if (params.from && !YEAR_START.test(params.from)) errors.push({ pointer: '/from', message: 'releases are per calendar year: start at January (YYYY-01); months are not released' });
  if (params.to && !YEAR_END.test(params.to)) errors.push({ pointer: '/to', message: 'releases are per calendar year: end at December (YYYY-12); months are not released' });
  const notCrossed = (pointer: string, what: string) =>
    errors.push({ pointer, message: `the releases do not cross ${what} with the other tables; leave this filter out and read the ${what} breakdown instead` });
  if (params.genders?.length) notCrossed('/genders', 'gender');
  if (params.ageBands?.length) notCrossed('/ageBands', 'age band');
  if (params.workSettings?.length) notCrossed('/workSettings', 'work setting');
  if (params.organisationId) errors.push({ pointer: '/organisationId', message: 'releases are not broken down by organisation' });
  if ((params.perpetratorTypes?.length ?? 0) > 1) {
    errors.push({ pointer: '/perpetratorTypes', message: 'one perpetrator type at a time: the releases count the respondents of each type, not of combinations of types' });
  }
  const regional = Boolean(params.regionFilter?.length) || params.compareBy === 'region' || params.compareBy === 'region_group';
  if (regional && params.abuses === 'type') {
    errors.push({ pointer: '/abuses', message: "region figures are released by abuse group only (a region's counts by type would be too noisy to bear): ask for abuses by group" });
  }
  if (errors.length) throw new DomainError('unprocessable', 'The protected releases cannot answer this question; see errors', { errors });
  const released = [...new Set(releasedPeriods)].sort();
  if (released.length === 0) throw new DomainError('conflict', 'No protected release has been made yet; an administrator creates one per period (POST /api/v1/releases)');
  const from = params.from ? params.from.slice(0, 4) : released[0];
  const to = params.to ? params.to.slice(0, 4) : released[released.length - 1];
  if (from > to) throw new DomainError('unprocessable', 'The period is empty', { errors: [{ pointer: '/to', message: 'must not be before from' }] });
  const years: string[] = [];
  for (let y = Number(from); y <= Number(to); y++) years.push(String(y));
  const missing = years.filter((y) => !released.includes(y));
  // Without a stated period, the released years are the period; a stated one must be released throughout.
  if ((params.from || params.to) && missing.length) {
    // A short answer whatever the period asked for (from 0000 would list two thousand years).
    const named = missing.length > 10 ? `${missing.slice(0, 10).join(', ')} and ${missing.length - 10} more years` : missing.join(', ');
    throw new DomainError('conflict', `No protected release for ${named}; an administrator creates one per period (POST /api/v1/releases)`, {
      periods: missing.slice(0, 10),
      periodsMissing: missing.length,
      released,
    });
  }
  return { years: years.filter((y) => released.includes(y)) };
}

type Tables = Partial<Record<ReleaseTable, Record<string, number>>>;

interface Sum {
  tables: Record<string, Record<string, number>>;
  /** Σ σ² of the summed units, the same for every key of every table. */
  variance: number;
}

/** Reads a report's raw aggregates (published values, with their variances) from the releases of its years. */
export function readReleases(
  releases: ReadableRelease[],
  params: ReportParams,
  context: { perpetratorGroupOf: (type: string) => string; regionGroups: Map<string, string[]> },
): { raw: RawAggregates; privacy: ReleasePrivacy; unavailable: string[] } {
  const { years } = releaseQuestion(params, releases.map((r) => r.period));
  const used = releases.filter((r) => years.includes(r.period));
  const regionFilter = params.regionFilter?.length ? params.regionFilter.filter((r) => !params.countries?.length || params.countries.includes(r.slice(0, 2))) : null;
  const level: ReleaseLevel = regionFilter ? 'region' : params.countries?.length ? 'country' : 'all';

  /** The units of a level present in any release (zeros are left out of the JSON). */
  const present = (l: ReleaseLevel) => [...new Set(used.flatMap((r) => Object.keys(r.figures.levels[l])))].sort();
  const regionUnit = (code: string) => `${code.slice(0, 2)}/${code}`;
  const scopeUnits: string[] = level === 'all' ? ['*'] : level === 'country' ? [...params.countries!] : regionFilter!.map(regionUnit);
  const inScope = (regionUnitKey: string) => {
    const [country, region] = regionUnitKey.split('/');
    if (regionFilter) return regionFilter.includes(region);
    return !params.countries?.length || params.countries.includes(country);
  };

  const sum = (l: ReleaseLevel, units: string[], only?: ReadableRelease[]): Sum => {
    const tables: Record<string, Record<string, number>> = {};
    let variance = 0;
    for (const r of only ?? used) {
      variance += r.figures.variance[l] * units.length;
      for (const u of units) {
        const t: Tables = r.figures.levels[l][u] ?? {};
        for (const [table, row] of Object.entries(t)) {
          const out = (tables[table] ??= {});
          for (const [k, v] of Object.entries(row!)) out[k] = (out[k] ?? 0) + v;
        }
      }
    }
    return { tables, variance };
  };
  const count = (s: Sum, table: string, key: string): KeyedCount & { variance: number } => {
    const n = s.tables[table]?.[key] ?? 0;
    return { respondents: n, incidents: n, cellKey: 0, variance: s.variance };
  };
  const rows = (s: Sum, table: string) => Object.keys(s.tables[table] ?? {}).map((key) => ({ key, ...count(s, table, key) }));

  const scope = sum(level, scopeUnits);
  const p = params.perpetrators === 'group' ? 'g' : 't';
  const a = params.abuses === 'group' ? 'g' : 't';
  const colTable = params.abuses === 'group' ? 'abuse_group' : 'abuse_type';
  const only = params.perpetratorTypes?.length === 1 ? params.perpetratorTypes[0] : null;

  let crossTab: RawAggregates['crossTab'];
  let rowTotals: RawAggregates['rowTotals'];
  let columnTotals: RawAggregates['columnTotals'];
  if (only) {
    // "Violence by police": the row of that type (under its group's key when by group); the columns' totals are its cells.
    const table = `cell_t${a}`;
    const rowKey = params.perpetrators === 'group' ? context.perpetratorGroupOf(only) : only;
    const cells = Object.keys(scope.tables[table] ?? {})
      .filter((k) => k.startsWith(`${only}|`))
      .map((k) => ({ row: rowKey, col: k.slice(only.length + 1), ...count(scope, table, k) }));
    crossTab = cells;
    rowTotals = [{ row: rowKey, ...count(scope, 'perp_type', only) }];
    columnTotals = cells.map(({ row: _row, ...c }) => c);
  } else {
    const table = `cell_${p}${a}`;
    crossTab = Object.keys(scope.tables[table] ?? {}).map((k) => {
      const [row, col] = k.split('|');
      return { row, col, ...count(scope, table, k) };
    });
    rowTotals = rows(scope, p === 't' ? 'perp_type' : 'perp_group').map(({ key, ...c }) => ({ row: key, ...c }));
    columnTotals = rows(scope, colTable).map(({ key, ...c }) => ({ col: key, ...c }));
  }

  // Breakdowns: the scope's partitions; the places below it; the years.
  const regionUnits = present('region').filter(inScope);
  const byKey = (units: string[], keyOf: (unit: string) => string) => {
    const groups = new Map<string, string[]>();
    for (const u of units) groups.set(keyOf(u), [...(groups.get(keyOf(u)) ?? []), u]);
    return groups;
  };
  const totalsOf = (l: ReleaseLevel, groups: Map<string, string[]>) =>
    [...groups].map(([key, units]) => ({ key, ...count(sum(l, units), 'total', '') })).filter((x) => x.respondents > 0 || groups.size < 50);
  const countryRows =
    level === 'region' ? totalsOf('region', byKey(regionUnits, (u) => u.split('/')[0])) : totalsOf('country', byKey(level === 'all' ? present('country') : scopeUnits, (u) => u));
  const regionRows = totalsOf('region', byKey(regionUnits, (u) => u.split('/')[1]));
  const groupRows = totalsOf(
    'region',
    new Map([...context.regionGroups].map(([g, members]) => [g, members.map(regionUnit).filter((u) => inScope(u))] as [string, string[]]).filter(([, m]) => m.length > 0)),
  );
  const yearRows = years.map((y) => ({ key: y, ...count(sum(level, scopeUnits, used.filter((r) => r.period === y)), 'total', '') }));
  const unavailable = LEVEL_TABLES[level].includes('location_type') ? [] : ['location_type'];
  const breakdowns = Object.fromEntries(BREAKDOWNS.map((b) => [b, []])) as unknown as RawAggregates['breakdowns'];
  breakdowns.country = countryRows;
  breakdowns.region = regionRows;
  breakdowns.region_group = groupRows;
  breakdowns.year = yearRows;
  breakdowns.gender = rows(scope, 'gender');
  breakdowns.age_band = rows(scope, 'age_band');
  breakdowns.work_setting = rows(scope, 'work_setting');
  breakdowns.location_type = unavailable.length ? [] : rows(scope, 'location_type');

  const levelVariance = (l: ReleaseLevel) => used.reduce((v, r) => v + r.figures.variance[l], 0);
  const placeLevel: ReleaseLevel = level === 'region' ? 'region' : 'country';
  const raw: RawAggregates = {
    zeroVariance: {
      scope: scope.variance,
      country: levelVariance(placeLevel),
      region: levelVariance('region'),
      region_group: levelVariance('region'),
      year: levelVariance(level) * scopeUnits.length,
      comparison: levelVariance(params.compareBy === 'country' ? placeLevel : 'region'),
    },
    crossTab,
    rowTotals,
    columnTotals,
    total: count(scope, 'total', ''),
    unasked: rows(scope, 'unasked').map(({ key, ...c }) => ({ question: key, ...c })),
    breakdowns,
  };

  if (params.compareBy) {
    const groups: Map<string, string[]> =
      params.compareBy === 'country'
        ? level === 'region'
          ? byKey(regionUnits, (u) => u.split('/')[0])
          : byKey(level === 'all' ? present('country') : scopeUnits, (u) => u)
        : params.compareBy === 'region'
          ? byKey(regionUnits, (u) => u.split('/')[1])
          : new Map([...context.regionGroups].map(([g, members]) => [g, members.map(regionUnit).filter((u) => inScope(u))] as [string, string[]]).filter(([, m]) => m.length > 0));
    const unitLevel: ReleaseLevel = params.compareBy === 'country' && level !== 'region' ? 'country' : 'region';
    const comparison: NonNullable<RawAggregates['comparison']> = { units: [], cells: [], unasked: [] };
    for (const [unit, units] of groups) {
      const s = sum(unitLevel, units);
      const total = count(s, 'total', '');
      if (total.respondents === 0 && groups.size >= 50) continue;
      comparison.units.push({ unit, ...total });
      if (only) {
        for (const k of Object.keys(s.tables[`cell_t${a}`] ?? {}).filter((k) => k.startsWith(`${only}|`))) comparison.cells.push({ unit, col: k.slice(only.length + 1), ...count(s, `cell_t${a}`, k) });
      } else {
        for (const k of Object.keys(s.tables[colTable] ?? {})) comparison.cells.push({ unit, col: k, ...count(s, colTable, k) });
      }
      for (const k of Object.keys(s.tables.unasked ?? {})) comparison.unasked.push({ unit, question: k, ...count(s, 'unasked', k) });
    }
    raw.comparison = comparison;
  }

  const rho = used.reduce((s, r) => s + Number(r.rho), 0);
  return {
    raw,
    unavailable,
    privacy: { method: 'zCDP, discrete Gaussian', rho, epsilon: Math.round(epsilonOf(rho) * 100) / 100, delta: STATED_DELTA, periods: years, releases: used.length },
  };
}
