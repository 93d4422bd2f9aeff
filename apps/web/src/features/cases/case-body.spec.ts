import { type CaseBody, draftOf, emptyBody, toApi, toCreate } from './case-body';
import type { LocalCase } from './local-cases';

/**
 * Drafts live on phones for weeks: one stored by the first version of the app (before coded
 * regions, questions, the form position and withdrawal codes) must still open and send. These
 * literals are what that version wrote (its `server` was the API's answer as it was then).
 */
const FIRST_DRAFT = {
  caseId: '6f1c2a0e-7a51-4d0e-9a57-3f8e0f6b1c11',
  mode: 'create',
  body: {
    interviewMonth: '2026-09',
    country: 'KZ',
    region: ' Almaty region ',
    city: '',
    consent: { research: true, advocacy: false, publicQuotation: false, recordedOn: '2026-09-14' },
    respondent: { gender: 'woman', ageBand: '25_34', workSetting: 'street', migrantStatus: 'internal' },
    incidents: [
      { year: 2026, month: 8, country: 'KZ', place: ' ', locationType: 'street', perpetrators: [{ type: 'police', involvement: 'carried_out' }], abuses: ['extortion'], reportedToAuthorities: 'no', medicalCareNeeded: null },
    ],
    narrative: '  ',
  },
  submit: true,
  state: 'waiting',
  idempotencyKey: 'b0a4f7a2-3c44-4f0b-8f7e-5b2f0e1d9a10',
  errors: [{ pointer: '/interviewMonth', message: 'must not be in the future' }],
  updatedAt: '2026-09-14T10:00:00.000Z',
} satisfies LocalCase;

const FIRST_CONFLICT_SERVER = {
  id: FIRST_DRAFT.caseId,
  reference: 'KZ-7F3K9Q',
  status: 'draft',
  organisationId: '0b6f4f5e-0f43-4c1e-8d0c-9a9e1d5b2c33',
  interviewerId: '1c7e2d6f-1a54-4d2f-9e1d-0b0f2e6c3d44',
  interviewMonth: '2026-09',
  country: 'KZ',
  region: 'Almaty region',
  city: null,
  consent: { research: true, advocacy: true, publicQuotation: false, recordedOn: '2026-09-14' },
  respondent: { gender: 'woman', ageBand: '25_34', workSetting: 'street', migrantStatus: 'internal' },
  childProtectionFlag: false,
  incidents: [{ year: 2026, month: null, country: 'KZ', place: null, locationType: 'street', perpetrators: [{ type: 'police', count: null, involvement: 'carried_out' }], abuses: ['extortion'], reportedToAuthorities: 'no', medicalCareNeeded: null }],
  hasNarrative: false,
  createdAt: '2026-09-14T10:00:00.000Z',
  updatedAt: '2026-09-15T10:00:00.000Z',
  submittedAt: null,
  publishedAt: null,
  withdrawnAt: null,
  version: 3,
};

describe('a case draft on the phone', () => {
  it('sends a draft stored by the first version of the app, blanks left out', () => {
    expect(toCreate(FIRST_DRAFT)).toEqual({
      id: FIRST_DRAFT.caseId,
      submit: true,
      interviewMonth: '2026-09',
      country: 'KZ',
      region: 'Almaty region',
      consent: FIRST_DRAFT.body.consent,
      respondent: FIRST_DRAFT.body.respondent,
      incidents: [{ year: 2026, month: 8, country: 'KZ', locationType: 'street', perpetrators: [{ type: 'police', involvement: 'carried_out' }], abuses: ['extortion'], reportedToAuthorities: 'no', medicalCareNeeded: null }],
    });
  });

  it('opens the server side of a conflict stored by the first version (fields it lacked read as absent)', () => {
    // That version kept the API's answer as it was then: no questions, region codes, redaction state or return reason.
    const server = FIRST_CONFLICT_SERVER as unknown as Parameters<typeof draftOf>[0];
    const draft: CaseBody = draftOf(server);
    expect(draft.questions).toEqual({});
    expect(draft.regionCode).toBeUndefined();
    expect(draft.city).toBeUndefined();
    expect(draft.incidents[0]).toEqual({ year: 2026, month: undefined, country: 'KZ', place: undefined, regionCode: undefined, locationType: 'street', perpetrators: [{ type: 'police', count: undefined, involvement: 'carried_out' }], abuses: ['extortion'], reportedToAuthorities: 'no', medicalCareNeeded: null });
    expect(toApi(draft).incidents[0]).not.toHaveProperty('month');
  });

  it('sends a withdrawal code only when there is one, and an edit without device fields', () => {
    const body = { ...emptyBody(), interviewMonth: '2026-10', country: 'KG' };
    expect(toCreate({ caseId: 'x', body, submit: false, withdrawalCode: '4821 0937 5512 6604' }).withdrawalCode).toBe('4821 0937 5512 6604');
    expect(toCreate({ caseId: 'x', body, submit: false })).not.toHaveProperty('withdrawalCode');
    expect(Object.keys(toApi(body))).not.toEqual(expect.arrayContaining(['id', 'submit', 'withdrawalCode', 'narrative']));
  });
});
