import type { Vocabulary } from '@casebook/database';
import type { CaseInput } from './case-input';
import type { ActiveCodes } from '@casebook/taxonomy';
import { caseProblems } from './case-rules';

const codes: ActiveCodes = new Map<Vocabulary, Set<string>>([
  ['gender', new Set(['female'])],
  ['age_band', new Set(['25_34'])],
  ['work_setting', new Set(['street'])],
  ['migrant_status', new Set(['not_migrant'])],
  ['location_type', new Set(['street'])],
  ['reported_to_authorities', new Set(['no'])],
  ['perpetrator_type', new Set(['police'])],
  ['involvement', new Set(['carried_out'])],
  ['abuse_category', new Set(['extortion', 'physical_violence'])],
]);

const valid = (): CaseInput => ({
  interviewMonth: '2026-10',
  country: 'KZ',
  consent: { research: true, advocacy: false, publicQuotation: false, recordedOn: '2026-10-02' },
  respondent: { gender: 'female', ageBand: '25_34', workSetting: 'street', migrantStatus: 'not_migrant' },
  incidents: [
    {
      year: 2026,
      month: 9,
      country: 'KZ',
      locationType: 'street',
      perpetrators: [{ type: 'police', involvement: 'carried_out' }],
      abuses: ['extortion'],
      reportedToAuthorities: 'no',
    },
  ],
});
const now = new Date('2026-11-22T12:00:00Z');
const context = { regionCountries: new Map([['KZ-75', 'KZ'], ['KG-GB', 'KG']]), abuseGroups: new Map<string, string>() };

describe('caseProblems', () => {
  it('accepts only countries of the region list, for the case and each incident', () => {
    for (const bad of ['XX', 'ZZ', 'kz', 'Kz', 'DE', '']) {
      const input = valid();
      input.country = bad;
      input.incidents = [{ ...input.incidents[0], country: bad }, { ...input.incidents[0], country: 'KG' }];
      expect(caseProblems(input, codes, now, context).filter((p) => p.pointer.endsWith('country'))).toEqual([
        { pointer: '/country', message: 'is not an ISO 3166-1 alpha-2 country code of the region list' },
        { pointer: '/incidents/0/country', message: 'is not an ISO 3166-1 alpha-2 country code of the region list' },
      ]);
    }
    // Without a region list nothing is a known country: refused, never let through.
    expect(caseProblems(valid(), codes, now).map((p) => p.pointer)).toEqual(['/country', '/incidents/0/country']);
  });

  it('accepts a valid case', () => {
    expect(caseProblems(valid(), codes, now, context)).toEqual([]);
  });

  it('names each unknown code by its pointer', () => {
    const input = valid();
    input.incidents[0].abuses = ['extortion', 'flying'];
    input.incidents[0].perpetrators[0].type = 'aliens';
    input.respondent.gender = 'robot';
    expect(caseProblems(input, codes, now, context)).toEqual([
      { pointer: '/respondent/gender', message: 'is not an active gender code' },
      { pointer: '/incidents/0/perpetrators/0/type', message: 'is not an active perpetrator type code' },
      { pointer: '/incidents/0/abuses/1', message: 'is not an active abuse category code' },
    ]);
  });

  it('rejects future months and dates, and missing research consent', () => {
    const input = valid();
    input.interviewMonth = '2026-12';
    input.incidents[0].year = 2027;
    input.consent.recordedOn = '2026-11-23';
    input.consent.research = false;
    expect(caseProblems(input, codes, now, context).map((p) => p.pointer)).toEqual([
      '/interviewMonth',
      '/consent/recordedOn',
      '/consent/research',
      '/incidents/0/month',
    ]);
    const badDate = valid();
    badDate.consent.recordedOn = '2026-02-30';
    expect(caseProblems(badDate, codes, now, context)).toEqual([{ pointer: '/consent/recordedOn', message: 'must be a valid date' }]);
  });
});
