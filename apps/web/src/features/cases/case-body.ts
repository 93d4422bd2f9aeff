import type { CaseDraft, CaseResponse, CreateCase, IncidentDraft } from './api/cases';

/**
 * A case while it is written, and how it goes to and comes from the API (pure: no device, no
 * network). Drafts are kept on the phone in this shape; one stored by an earlier version of the app
 * must still open (case-body.spec.ts keeps one of the first drafts ever stored).
 */

/** A case while it is written (the form edits this shape directly, so server errors point at form fields). */
export type CaseBody = CaseDraft;

export function emptyBody(): CaseBody {
  return {
    interviewMonth: new Date().toISOString().slice(0, 7),
    country: '',
    consent: { research: false, advocacy: false, publicQuotation: false, recordedOn: new Date().toISOString().slice(0, 10) },
    respondent: { gender: '', ageBand: '', workSetting: '', migrantStatus: '' },
    incidents: [emptyIncident()],
    narrative: '',
  };
}

export function emptyIncident(): IncidentDraft {
  return { year: new Date().getFullYear(), country: '', locationType: '', perpetrators: [{ type: '', involvement: 'carried_out' }], abuses: [], reportedToAuthorities: '', medicalCareNeeded: null };
}

/** What the API takes of a draft (a new case's body without what the device adds, or a whole edit): empty optional fields left out, numbers as numbers. */
export function toApi(body: CaseBody): Omit<CreateCase, 'id' | 'organisationId' | 'submit' | 'withdrawalCode'> {
  const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== undefined)) as T;
  return clean({
    ...body,
    region: body.region?.trim() || undefined,
    city: body.city?.trim() || undefined,
    narrative: body.narrative?.trim() ? body.narrative : undefined,
    incidents: body.incidents.map(({ year, ...i }) =>
      // Only a complete case is sent (the form asks for the year first); a year still missing would be named as a bad field.
      clean({ ...i, year: year ?? 0, place: i.place?.trim() || undefined, perpetrators: i.perpetrators.map((p) => clean({ ...p, count: p.count || undefined })) }),
    ),
  });
}

/** A new case as the API takes it: the draft, with its id, whether to submit it and its withdrawal code. */
export const toCreate = (item: { caseId: string; body: CaseBody; submit: boolean; withdrawalCode?: string }): CreateCase => ({
  ...toApi(item.body),
  id: item.caseId,
  submit: item.submit,
  ...(item.withdrawalCode ? { withdrawalCode: item.withdrawalCode } : {}),
});

/** A stored case as a draft the form edits: the API's nulls become absent fields. */
export function draftOf(c: CaseResponse, narrative = ''): CaseDraft {
  return {
    interviewMonth: c.interviewMonth,
    country: c.country,
    region: c.region ?? undefined,
    regionCode: c.regionCode ?? undefined,
    city: c.city ?? undefined,
    questions: c.questions ?? {},
    consent: c.consent,
    respondent: c.respondent,
    incidents: c.incidents.map((i) => ({
      ...i,
      month: i.month ?? undefined,
      place: i.place ?? undefined,
      regionCode: i.regionCode ?? undefined,
      perpetrators: i.perpetrators.map((p) => ({ ...p, count: p.count ?? undefined })),
    })),
    narrative,
  };
}
