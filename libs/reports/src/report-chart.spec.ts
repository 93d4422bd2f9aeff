import { buildReport, type RawAggregates } from './report-builder';
import { contrastRatio, heatFill, inkOn, SERIES, toSvg } from './report-chart';
import { BREAKDOWNS } from './report-params';

const count = (respondents: number, cellKey = respondents * 13) => ({ respondents, incidents: respondents, cellKey });

function report(lang: 'en' | 'ru') {
  const raw: RawAggregates = {
    crossTab: [
      { row: 'police', col: 'physical_violence', ...count(9) },
      { row: 'police', col: 'rape', ...count(2) },
      { row: 'client', col: 'physical_violence', ...count(30) },
    ],
    rowTotals: [{ row: 'police', ...count(10) }, { row: 'client', ...count(30) }],
    columnTotals: [{ col: 'physical_violence', ...count(38) }, { col: 'rape', ...count(2) }],
    total: count(60),
    unasked: [{ question: 'physical', ...count(5) }],
    breakdowns: { ...(Object.fromEntries(BREAKDOWNS.map((b) => [b, []])) as unknown as RawAggregates['breakdowns']), country: [{ key: 'KG', ...count(60) }] },
  };
  const names: Record<string, string> = { police: 'Police', client: 'Client', physical_violence: 'Physical violence', rape: 'Rape', KG: 'Kyrgyzstan' };
  return buildReport(raw, { perpetrators: 'type', abuses: 'type', lang, k: 5, perturbation: null, countries: ['KG'] }, (_v, code) => names[code] ?? code, {}, new Date('2026-11-26T00:00:00Z'), {
    abuseGroupOf: (c) => (c === 'rape' ? 'sexual' : 'physical'),
    casebookVersion: '9.9.9',
    dataVersion: '7',
  });
}

describe('the report chart', () => {
  it('keeps every figure on the heat map at 4.5:1 contrast or more, across the whole scale', () => {
    for (let i = 0; i <= 100; i++) {
      const fill = heatFill(i / 100);
      expect(contrastRatio(inkOn(fill), fill)).toBeGreaterThanOrEqual(4.5);
    }
    // Bars are non-text: 3:1 against the white page.
    for (const colour of SERIES) expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('is titled, names things instead of coding them, states bases, marks suppression, and never writes under 11 px', () => {
    const svg = toSvg(report('en'));
    expect(svg).toContain('<title>Human-rights violations against sex workers documented in Casebook</title>');
    // 38 of the 55 asked about physical violence (5 were not asked), not of all 60.
    expect(svg).toContain('69.1% (38 of 55)');
    expect(svg).toContain('Kyrgyzstan');
    expect(svg).not.toMatch(/>(KG|physical_violence|police)</);
    expect(svg).toMatch(/class="cell"[^>]*fill="#e8e8e8"><title>Police \/ Rape: suppressed<\/title>/);
    expect(svg).toContain('Source: Casebook 9.9.9');
    for (const size of svg.matchAll(/font-size="(\d+)"/g)) expect(Number(size[1])).toBeGreaterThanOrEqual(11);
  });

  it('is Russian throughout in a Russian report', () => {
    const svg = toSvg(report('ru'));
    expect(svg).toContain('Респонденты, пострадавшие от каждого вида нарушений');
    // Figures in Russian format: decimal comma, a no-break space before %.
    expect(svg).toContain('69,1\u00a0% (38 из 55)');
    expect(svg).not.toContain('69.1');
    expect(svg).not.toMatch(/>[^<]*\b(of|suppressed|Respondents|Source)\b[^<]*</);
  });
});
