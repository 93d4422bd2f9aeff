import { randomUUID } from 'node:crypto';

/** A valid case body; override parts as needed. */
export function caseBody(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    interviewMonth: '2026-10',
    country: 'KZ',
    region: 'Almaty Region',
    city: 'Almaty',
    consent: { research: true, advocacy: true, publicQuotation: false, recordedOn: '2026-10-12' },
    respondent: { gender: 'female', ageBand: '25_34', workSetting: 'street', migrantStatus: 'internal_migrant' },
    incidents: [
      {
        year: 2026,
        month: 9,
        country: 'KZ',
        place: 'Almaty',
        locationType: 'police_station',
        perpetrators: [{ type: 'police', count: 2, involvement: 'carried_out' }],
        abuses: ['extortion', 'physical_violence', 'condom_confiscation'],
        reportedToAuthorities: 'no_fear_retaliation',
        medicalCareNeeded: true,
      },
      {
        year: 2025,
        country: 'KZ',
        locationType: 'client_home',
        perpetrators: [{ type: 'client', involvement: 'carried_out' }],
        abuses: ['rape'],
        reportedToAuthorities: 'no_distrust',
      },
    ],
    narrative:
      'In September two officers stopped her near the market, took the condoms from her bag as "evidence" and demanded money. ' +
      'When she refused they beat her in the station. Her friend Aigerim Nurlanovna (+7 701 234 5678) brought her to a doctor.',
    ...overrides,
  };
}
