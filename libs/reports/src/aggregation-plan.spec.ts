import { addAggregates, aggregatesFromRollup, factFilter, periodYears, planAggregation } from './aggregation-plan';
import type { RawAggregates } from './report-builder';
import type { ReportParams } from './report-params';

const base: ReportParams = { perpetrators: 'type', abuses: 'type', lang: 'en', k: 5, perturbation: { maxNoise: 4, variance: 1 } };

describe('periodYears', () => {
  it('splits a period into whole years and years covered in part', () => {
    expect(periodYears('2023-01', '2025-12')).toEqual({ firstFull: 2023, lastFull: 2025, partialYears: [] });
    expect(periodYears('2023-04', '2025-09')).toEqual({ firstFull: 2024, lastFull: 2024, partialYears: [2023, 2025] });
    expect(periodYears('2024-06', '2024-06')).toEqual({ firstFull: 2025, lastFull: 2023, partialYears: [2024] });
    expect(periodYears(undefined, '2024-11')).toEqual({ firstFull: undefined, lastFull: 2023, partialYears: [2024] });
    expect(periodYears('2024-02', undefined)).toEqual({ firstFull: 2025, lastFull: undefined, partialYears: [2024] });
  });
});

describe('planAggregation', () => {
  it('reads the profile rollup when no country or period is filtered', () => {
    const plan = planAggregation({ ...base, genders: ['female'], organisationId: 'o' });
    expect(plan).toEqual({ source: 'profile', rollup: { where: 'WHERE gender = ANY($1) AND organisation_id = $2', values: [['female'], 'o'] } });
    expect(planAggregation(base)).toEqual({ source: 'profile', rollup: { where: '', values: [] } });
  });

  it('adds the facts of cases the slice rollup leaves out: several countries or years, and partial years', () => {
    const plan = planAggregation({ ...base, countries: ['KZ'], from: '2023-04', to: '2025-12' });
    expect(plan.source).toBe('slice');
    if (plan.source !== 'slice') return;
    expect(plan.rollup).toEqual({ where: 'WHERE country = ANY($1) AND year >= $2 AND year <= $3', values: [['KZ'], 2024, 2025] });
    expect(plan.facts.where).toMatch(/AND \(multi_slice OR year = ANY\(\$4\)\)$/);
    expect(plan.facts.values.at(-1)).toEqual([2023]);
  });

  it('counts from the facts when both the place and the profile are filtered', () => {
    const plan = planAggregation({ ...base, countries: ['KZ'], workSettings: ['street'] });
    expect(plan).toEqual({ source: 'facts', facts: factFilter({ ...base, countries: ['KZ'], workSettings: ['street'] }) });
  });
});

describe('aggregatesFromRollup and addAggregates', () => {
  const rows = [
    { kind: 'cell_tt', key1: 'police', key2: 'extortion', respondents: 7, incidents: 9, cellKey: 7 },
    { kind: 'cell_gt', key1: 'state', key2: 'extortion', respondents: 8, incidents: 10, cellKey: 7 },
    { kind: 'row_t', key1: 'police', key2: '', respondents: 9, incidents: 12, cellKey: 7 },
    { kind: 'col_t', key1: 'extortion', key2: '', respondents: 11, incidents: 13, cellKey: 7 },
    { kind: 'total', key1: '', key2: '', respondents: 20, incidents: 30, cellKey: 7 },
    { kind: 'country', key1: 'KZ', key2: '', respondents: 20, incidents: 30, cellKey: 7 },
  ];

  it('picks the kinds of the requested level', () => {
    const a = aggregatesFromRollup(rows, base);
    expect(a.crossTab).toEqual([{ row: 'police', col: 'extortion', respondents: 7, incidents: 9, cellKey: 7 }]);
    expect(a.rowTotals).toEqual([{ row: 'police', respondents: 9, incidents: 12, cellKey: 7 }]);
    expect(a.columnTotals).toEqual([{ col: 'extortion', respondents: 11, incidents: 13, cellKey: 7 }]);
    expect(a.total).toEqual({ respondents: 20, incidents: 30, cellKey: 7 });
    expect(a.breakdowns.country).toEqual([{ key: 'KZ', respondents: 20, incidents: 30, cellKey: 7 }]);
    expect(aggregatesFromRollup(rows, { ...base, perpetrators: 'group' }).crossTab).toEqual([{ row: 'state', col: 'extortion', respondents: 8, incidents: 10, cellKey: 7 }]);
    expect(aggregatesFromRollup([], base).total).toEqual({ respondents: 0, incidents: 0, cellKey: 0 });
  });

  it('adds counts key by key and keeps keys found on one side only', () => {
    const a = aggregatesFromRollup(rows, base);
    const b: RawAggregates = {
      ...aggregatesFromRollup([], base),
      crossTab: [
        { row: 'police', col: 'extortion', respondents: 1, incidents: 2, cellKey: 2 ** 32 - 3 },
        { row: 'client', col: 'rape', respondents: 3, incidents: 3, cellKey: 11 },
      ],
      total: { respondents: 4, incidents: 5, cellKey: 100 },
    };
    const sum = addAggregates(a, b);
    expect(sum.crossTab).toEqual([
      // Cell keys add modulo 2^32, like the rollups' key sums.
      { row: 'police', col: 'extortion', respondents: 8, incidents: 11, cellKey: 4 },
      { row: 'client', col: 'rape', respondents: 3, incidents: 3, cellKey: 11 },
    ]);
    expect(sum.total).toEqual({ respondents: 24, incidents: 35, cellKey: 107 });
    expect(sum.breakdowns.country).toEqual([{ key: 'KZ', respondents: 20, incidents: 30, cellKey: 7 }]);
  });
});
