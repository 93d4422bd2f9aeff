import { buildReport, type RawAggregates } from './report-builder';
import { BREAKDOWNS } from './report-params';

const count = (respondents: number, cellKey = respondents * 11) => ({ respondents, incidents: respondents, cellKey });

describe('buildReport', () => {
  it('shows every expected category, with 0 where nothing was found (a 0 is a finding, never suppressed)', () => {
    const raw: RawAggregates = {
      crossTab: [{ row: 'police', col: 'extortion', ...count(12) }],
      rowTotals: [{ row: 'police', ...count(12) }],
      columnTotals: [{ col: 'extortion', ...count(12) }],
      total: count(12),
      breakdowns: { ...(Object.fromEntries(BREAKDOWNS.map((b) => [b, []])) as unknown as RawAggregates['breakdowns']), country: [{ key: 'KZ', ...count(12) }] },
    };
    const result = buildReport(raw, { perpetrators: 'type', abuses: 'type', lang: 'en', k: 5, perturbation: { maxNoise: 4, variance: 1 } }, (_v, code) => code.toUpperCase(), {
      rows: ['client', 'police'],
      columns: ['extortion', 'rape'],
      country: ['CZ', 'KZ', 'LT'],
    });
    expect(result.crossTab.rows.map((r) => r.key)).toEqual(['client', 'police']);
    expect(result.crossTab.columns.map((c) => c.key)).toEqual(['extortion', 'rape']);
    expect(result.crossTab.cells[0]).toEqual([
      expect.objectContaining({ respondents: 0, suppressed: false, pctRespondents: 0 }),
      expect.objectContaining({ respondents: 0, suppressed: false }),
    ]);
    expect(result.crossTab.cells[1][1]).toMatchObject({ respondents: 0, suppressed: false });
    expect(result.crossTab.columnTotals[1]).toMatchObject({ respondents: 0, suppressed: false });
    const countries = result.breakdowns.country.rows;
    expect(countries.map((r) => [r.key, r.respondents])).toEqual([
      ['CZ', 0],
      ['KZ', expect.any(Number)],
      ['LT', 0],
    ]);
  });
});
