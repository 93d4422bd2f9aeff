import { buildReport, type RawAggregates, relabelReport } from './report-builder';
import { BREAKDOWNS } from './report-params';

const count = (respondents: number, cellKey = respondents * 11) => ({ respondents, incidents: respondents, cellKey });

describe('buildReport', () => {
  it('shows every expected category, with 0 where nothing was found (a 0 is a finding, never suppressed)', () => {
    const raw: RawAggregates = {
      crossTab: [{ row: 'police', col: 'extortion', ...count(12) }],
      rowTotals: [{ row: 'police', ...count(12) }],
      columnTotals: [{ col: 'extortion', ...count(12) }],
      total: count(12),
      unasked: [],
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

  const empty = () => Object.fromEntries(BREAKDOWNS.map((b) => [b, []])) as unknown as RawAggregates['breakdowns'];
  const groupOf = (c: string) => (c === 'rape' ? 'sexual' : 'physical');

  it('bases each column on the respondents asked its question: the unasked never count as "no"', () => {
    // KG in SWAN: 19 respondents, 5 not asked about physical violence, 9 physically assaulted.
    const raw: RawAggregates = {
      crossTab: [{ row: 'police', col: 'physical_violence', ...count(9) }, { row: 'police', col: 'rape', ...count(5) }],
      rowTotals: [{ row: 'police', ...count(12) }],
      columnTotals: [{ col: 'physical_violence', ...count(9) }, { col: 'rape', ...count(5) }],
      total: count(19),
      unasked: [{ question: 'physical', ...count(5) }, { question: 'perpetrators', ...count(2) }],
      breakdowns: empty(),
    };
    const result = buildReport(raw, { perpetrators: 'type', abuses: 'type', lang: 'en', k: 5, perturbation: null }, (_v, c) => c, {}, new Date(), { abuseGroupOf: groupOf });
    expect(result.crossTab.columnBases).toEqual([{ respondents: 14, suppressed: false }, { respondents: 19, suppressed: false }]);
    expect(result.crossTab.columnTotals[0]).toMatchObject({ respondents: 9, pctRespondents: 64.3 });
    expect(result.crossTab.cells[0][1]).toMatchObject({ respondents: 5, pctRespondents: 26.3 });
    expect(result.crossTab.rowBase).toEqual({ respondents: 17, suppressed: false });
    expect(result.crossTab.rowTotals[0]).toMatchObject({ respondents: 12, pctRespondents: 70.6 });
    expect(result.description.bases).toContain('physical_violence n = 14');
  });

  it('withholds a small base and every percentage over it; perturbs a base by the cell key of the asked', () => {
    const raw: RawAggregates = {
      crossTab: [{ row: 'police', col: 'physical_violence', ...count(6) }],
      rowTotals: [{ row: 'police', ...count(6) }],
      columnTotals: [{ col: 'physical_violence', ...count(6) }],
      total: count(40, 1000),
      unasked: [{ question: 'physical', ...count(37, 900) }],
      breakdowns: empty(),
    };
    const exact = buildReport(raw, { perpetrators: 'type', abuses: 'type', lang: 'en', k: 5, perturbation: null }, (_v, c) => c, {}, new Date(), { abuseGroupOf: groupOf });
    expect(exact.crossTab.columnBases[0]).toEqual({ respondents: null, suppressed: true });
    expect(exact.crossTab.columnTotals[0].pctRespondents).toBeNull();
    const noisy = buildReport(
      { ...raw, unasked: [{ question: 'physical', ...count(10, 900) }] },
      { perpetrators: 'type', abuses: 'type', lang: 'en', k: 5, perturbation: { maxNoise: 4, variance: 1 } },
      (_v, c) => c,
      {},
      new Date(),
      { abuseGroupOf: groupOf },
    );
    expect(Math.abs(noisy.crossTab.columnBases[0].respondents! - 30)).toBeLessThanOrEqual(4);
  });

  it('compares units with their own bases, shows zeros, and suppresses small cells so none is a difference of shown ones', () => {
    const raw: RawAggregates = {
      crossTab: [{ row: 'police', col: 'physical_violence', ...count(20) }],
      rowTotals: [{ row: 'police', ...count(20) }],
      columnTotals: [{ col: 'physical_violence', ...count(20) }, { col: 'rape', ...count(0) }],
      total: count(60),
      unasked: [{ question: 'physical', ...count(5) }],
      breakdowns: empty(),
      comparison: {
        units: [{ unit: 'KG', ...count(19) }, { unit: 'LT', ...count(15) }, { unit: 'RO', ...count(26) }],
        cells: [{ unit: 'KG', col: 'physical_violence', ...count(9) }, { unit: 'LT', col: 'physical_violence', ...count(3) }, { unit: 'RO', col: 'physical_violence', ...count(8) }],
        unasked: [{ unit: 'KG', question: 'physical', ...count(5) }],
      },
    };
    const result = buildReport(raw, { perpetrators: 'type', abuses: 'type', lang: 'en', k: 5, perturbation: null, compareBy: 'country' }, (_v, c) => c, { columns: ['physical_violence', 'rape'] }, new Date(), {
      abuseGroupOf: groupOf,
    });
    const cmp = result.comparison!;
    expect(cmp.units.map((u) => u.key)).toEqual(['KG', 'LT', 'RO']);
    expect(cmp.cells[0][0]).toMatchObject({ respondents: 9, pctRespondents: 64.3, suppressed: false });
    expect(cmp.bases[0][0]).toEqual({ respondents: 14, suppressed: false });
    // LT's 3 is suppressed, and so is the smallest other cell: 20 - 9 - 8 would give it away otherwise.
    expect(cmp.cells[1][0]).toMatchObject({ respondents: null, suppressed: true });
    expect(cmp.cells[2][0]).toMatchObject({ respondents: null, suppressed: true });
    // Nothing found is a finding: rape shows 0 everywhere.
    expect(cmp.cells.map((row) => row[1])).toEqual([0, 1, 2].map(() => expect.objectContaining({ respondents: 0, suppressed: false, pctRespondents: 0 })));
  });

  it('never publishes a negative base: noisy "not asked" above a noisy total gives a base of 0, in the table and in a comparison', () => {
    // Release figures are noisy and each is consistent within its own table; the base is a difference of two of them.
    const raw: RawAggregates = {
      crossTab: [{ row: 'police', col: 'physical_violence', ...count(0) }],
      rowTotals: [{ row: 'police', ...count(0) }],
      columnTotals: [{ col: 'physical_violence', ...count(0) }],
      total: count(8),
      unasked: [{ question: 'physical', ...count(9) }, { question: 'perpetrators', ...count(10) }],
      breakdowns: empty(),
      comparison: {
        units: [{ unit: 'KG', ...count(8) }],
        cells: [{ unit: 'KG', col: 'physical_violence', ...count(0) }],
        unasked: [{ unit: 'KG', question: 'physical', ...count(11) }],
      },
    };
    const result = buildReport(raw, { perpetrators: 'type', abuses: 'type', lang: 'en', k: 5, perturbation: null, compareBy: 'country' }, (_v, c) => c, { columns: ['physical_violence'] }, new Date(), {
      abuseGroupOf: groupOf,
    });
    expect(result.crossTab.columnBases[0]).toEqual({ respondents: 0, suppressed: false });
    expect(result.crossTab.rowBase).toEqual({ respondents: 0, suppressed: false });
    expect(result.comparison!.bases[0][0]).toMatchObject({ respondents: 0 });
    const negatives: string[] = [];
    JSON.stringify(result, (key, value) => {
      if (typeof value === 'number' && value < 0 && !/sd$/i.test(key)) negatives.push(`${key}=${value}`);
      return value;
    });
    expect(negatives).toEqual([]);
  });

  it('hides only small figures when they come from a protected release: one small cell does not withhold its column, row or breakdown total', () => {
    const raw: RawAggregates = {
      crossTab: [{ row: 'police', col: 'physical_violence', ...count(40) }, { row: 'client', col: 'physical_violence', ...count(3) }],
      rowTotals: [{ row: 'police', ...count(40) }, { row: 'client', ...count(3) }],
      columnTotals: [{ col: 'physical_violence', ...count(43) }],
      total: count(60),
      unasked: [],
      breakdowns: { ...empty(), gender: [{ key: 'female', ...count(57) }, { key: 'male', ...count(3) }] },
    };
    const params = { perpetrators: 'type', abuses: 'type', lang: 'en', k: 5, perturbation: null } as const;
    const privacy = { method: 'zCDP, discrete Gaussian', rho: 20, epsilon: 53.25, delta: 1e-6, periods: ['2024'], releases: 1 };
    const released = buildReport(raw, params, (_v, c) => c, {}, new Date(), { abuseGroupOf: groupOf, privacy });
    // Rows in key order: client, police.
    expect(released.crossTab.cells[0][0]).toMatchObject({ respondents: null, suppressed: true });
    expect(released.crossTab.cells[1][0]).toMatchObject({ respondents: 40, suppressed: false });
    expect(released.crossTab.columnTotals[0]).toMatchObject({ respondents: 43, suppressed: false });
    expect(released.crossTab.rowTotals[1]).toMatchObject({ respondents: 40, suppressed: false });
    expect(released.breakdowns.gender.rows.map((r) => r.respondents)).toEqual([57, null]);
    expect(released.rule.description).not.toContain('further cells are suppressed');
    // Exact figures keep complementary suppression: the column total would give the hidden 3 away.
    const exact = buildReport(raw, params, (_v, c) => c, {}, new Date(), { abuseGroupOf: groupOf });
    expect(exact.crossTab.columnTotals[0]).toMatchObject({ respondents: null, suppressed: true });
    expect(exact.breakdowns.gender.rows.map((r) => r.respondents)).toEqual([null, null]);
  });

  it('names a perpetrator filter in the description, in the report language, so no file reads as covering every perpetrator', () => {
    const raw: RawAggregates = { crossTab: [], rowTotals: [], columnTotals: [], total: count(60), unasked: [], breakdowns: empty() };
    const names: Record<string, string> = { police: 'Police', client: 'Client' };
    const perpetrators = (lang: 'en' | 'ru', perpetratorTypes?: string[]) =>
      buildReport(raw, { perpetrators: 'type', abuses: 'type', lang, k: 5, perturbation: null, ...(perpetratorTypes ? { perpetratorTypes } : {}) }, (_v, c) => names[c] ?? c).description.filters.find((f) => f.name === (lang === 'ru' ? 'Нарушители' : 'Perpetrators'))?.value;
    expect(perpetrators('en')).toBe('each type');
    expect(perpetrators('en', ['police', 'client'])).toBe('each type; only Police, Client');
    expect(perpetrators('ru', ['police'])).toBe('по видам; только Police');
  });
  it('gives the same answer in another language: every figure as published, every name, the rule and the description in the new language', () => {
    const raw: RawAggregates = {
      crossTab: [{ row: 'police', col: 'physical_violence', ...count(20) }, { row: 'client', col: 'rape', ...count(7) }],
      rowTotals: [{ row: 'police', ...count(20) }, { row: 'client', ...count(7) }],
      columnTotals: [{ col: 'physical_violence', ...count(20) }, { col: 'rape', ...count(7) }],
      total: count(60),
      unasked: [{ question: 'physical', ...count(5) }],
      breakdowns: { ...empty(), country: [{ key: 'KG', ...count(19) }, { key: 'LT', ...count(41) }], year: [{ key: '2025', ...count(60) }], region: [{ key: '', ...count(60) }] },
      comparison: {
        units: [{ unit: 'KG', ...count(19) }, { unit: 'LT', ...count(41) }],
        cells: [{ unit: 'KG', col: 'physical_violence', ...count(9) }, { unit: 'LT', col: 'physical_violence', ...count(11) }],
        unasked: [],
      },
    };
    const names: Record<string, Record<string, string>> = {
      en: { police: 'Police', client: 'Client', physical_violence: 'Physical violence', rape: 'Rape', KG: 'Kyrgyzstan', LT: 'Lithuania', '': 'Region not recorded' },
      ru: { police: 'Полиция', client: 'Клиент', physical_violence: 'Физическое насилие', rape: 'Изнасилование', KG: 'Кыргызстан', LT: 'Литва', '': 'Регион не указан' },
    };
    const labels = (lang: 'en' | 'ru') => (_v: string, code: string) => names[lang][code] ?? code;
    const params = { perpetrators: 'type' as const, abuses: 'type' as const, k: 5, perturbation: { maxNoise: 3, variance: 1.5 }, compareBy: 'country' as const, countries: ['KG', 'LT'] };
    const at = new Date('2026-11-01T10:00:00Z');
    const build = (lang: 'en' | 'ru') => buildReport(raw, { ...params, lang }, labels(lang), { columns: ['physical_violence', 'rape'] }, at, { abuseGroupOf: groupOf, dataVersion: '7', casebookVersion: '9.9.9' });
    const english = build('en');
    const russian = relabelReport(english, 'ru', labels('ru'));
    expect(russian).toEqual(build('ru'));
    expect(russian.crossTab.rows.map((r) => r.label)).toEqual(['Клиент', 'Полиция']);
    expect(russian.comparison!.units.map((u) => u.label)).toEqual(['Кыргызстан', 'Литва']);
    expect(russian.rule.description).toMatch(/^Значения от 1 до 4 не показываются/);
    expect(russian.description.bases).toContain('Физическое насилие n = ');
    // And back: the English answer again, unchanged.
    expect(relabelReport(russian, 'en', labels('en'))).toEqual(english);
  });
});
