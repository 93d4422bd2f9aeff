import { describeReport } from './report-description';
import { reportNumber, reportPercent } from './report-numbers';
import type { ReportParams } from './report-params';

describe('figures in a report\'s words', () => {
  it('are written the Russian way in Russian: decimal comma, thousands apart by a no-break space, a space before %', () => {
    expect(reportNumber('ru', 0.5)).toBe('0,5');
    expect(reportNumber('ru', 0.000001)).toBe('0,000001');
    expect(reportNumber('ru', 12345.25)).toBe('12\u00a0345,25');
    expect(reportPercent('ru', 64.3)).toBe('64,3\u00a0%');
    expect(reportPercent('ru', 57.1)).toBe('57,1\u00a0%');
  });

  it('and the English way in English, with every digit a figure has', () => {
    expect(reportNumber('en', 0.5)).toBe('0.5');
    expect(reportNumber('en', 0.000001)).toBe('0.000001');
    expect(reportNumber('en', 0.123456789)).toBe('0.123456789');
    expect(reportNumber('en', 12345)).toBe('12,345');
    expect(reportPercent('en', 64.3)).toBe('64.3%');
  });

  it('in a description: ρ, ε, δ, k and the bases in the report\'s language', () => {
    const params = { lang: 'ru', k: 5, perpetrators: 'type', abuses: 'type' } as unknown as ReportParams;
    const privacy = { method: 'zcdp', rho: 0.5, epsilon: 4.25, delta: 0.000001, periods: ['2025'], releases: 1 };
    const facts = { extractedAt: 'x', dataVersion: 'v', casebookVersion: '9.9.9', total: 12345, rowBase: 1000, bases: [{ label: 'Физическое насилие', respondents: 23456 }] };
    const ru = describeReport(params, { k: 5, privacy }, (_v, c) => c, facts);
    expect(ru.policy).toContain('ρ = 0,5, ε = 4,25 при δ = 0,000001');
    expect(ru.bases).toContain('Всего респондентов: 12\u00a0345');
    expect(ru.bases).toContain('Физическое насилие n = 23\u00a0456');
    const en = describeReport({ ...params, lang: 'en' }, { k: 5, privacy }, (_v, c) => c, facts);
    expect(en.policy).toContain('ρ = 0.5, ε = 4.25 at δ = 0.000001');
    expect(en.bases).toContain('Total respondents: 12,345');
  });
});
