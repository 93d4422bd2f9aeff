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

/** The alphabet of case references (as libs/cases/src/case-reference.ts draws them). */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * SQL that adds `count` published copies of a stored case (same interviewer, organisation, place and
 * answers; no incidents or narrative), each with its own id and a random reference, created a minute
 * apart before the original: fast seeding of a long case list (1,000 cases in one statement, no
 * worker jobs: nothing enters the outbox). `cases[0]` is the oldest.
 */
export function cloneCasesSql(templateId: string, country: string, count: number): { query: string; values: unknown[]; cases: Array<{ id: string; reference: string }> } {
  const references = new Set<string>();
  while (references.size < count) {
    let code = '';
    for (let i = 0; i < 6; i++) code += REFERENCE_ALPHABET[Math.floor(Math.random() * REFERENCE_ALPHABET.length)];
    references.add(`${country}-${code}`);
  }
  const cases = [...references].map((reference) => ({ id: randomUUID(), reference }));
  const query = `
    INSERT INTO cases (id, reference, organisation_id, interviewer_id, status, interview_month, country, region, region_code, city,
                       consent_research, consent_advocacy, consent_quotation, consent_recorded_on, gender, age_band, work_setting,
                       migrant_status, question_status, redaction_status, created_at, updated_at, submitted_at, published_at)
    SELECT s.id, s.reference, c.organisation_id, c.interviewer_id, 'published', c.interview_month, c.country, c.region, c.region_code, c.city,
           c.consent_research, c.consent_advocacy, c.consent_quotation, c.consent_recorded_on, c.gender, c.age_band, c.work_setting,
           c.migrant_status, c.question_status, 'approved', t.at, t.at, t.at, t.at
    FROM cases c
    CROSS JOIN unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS s(id, reference, n)
    CROSS JOIN LATERAL (SELECT c.created_at - make_interval(mins => ($4::int - s.n::int + 1)) AS at) t
    WHERE c.id = $1`;
  return { query, values: [templateId, cases.map((c) => c.id), cases.map((c) => c.reference), count], cases };
}
