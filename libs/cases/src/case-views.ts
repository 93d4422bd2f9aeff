import type { CaseEntity, CaseStatus, IncidentEntity } from '@casebook/database';

export interface IncidentView {
  year: number;
  month: number | null;
  country: string;
  place: string | null;
  regionCode: string | null;
  locationType: string;
  perpetrators: Array<{ type: string; count: number | null; involvement: string }>;
  abuses: string[];
  reportedToAuthorities: string;
  medicalCareNeeded: boolean | null;
}

/** What interviewers (own cases) and admins see. Never the narrative text itself. */
export interface CaseView {
  id: string;
  reference: string;
  status: CaseStatus;
  organisationId: string;
  interviewerId: string;
  interviewMonth: string;
  country: string;
  /** Free text from before regions were coded (never counted). */
  region: string | null;
  regionCode: string | null;
  /** The free-text region matched no single subdivision: an admin should set regionCode. */
  regionUnresolved: boolean;
  city: string | null;
  /** Questions not asked or declined; absent = asked. */
  questions: Record<string, string>;
  consent: { research: boolean; advocacy: boolean; publicQuotation: boolean; recordedOn: string };
  respondent: { gender: string; ageBand: string; workSetting: string; migrantStatus: string };
  childProtectionFlag: boolean;
  incidents: IncidentView[];
  hasNarrative: boolean;
  redaction: { status: string; error: string | null };
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
  withdrawnAt: string | null;
  /** Raised on every write; send it back in If-Match to edit. */
  version: number;
  /** When an admin returned the case for corrections, and why (until it is submitted again). */
  returnedAt: string | null;
  returnReason: string | null;
}

const month = (date: string) => date.slice(0, 7);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toIncidentView(incident: IncidentEntity): IncidentView {
  return {
    year: incident.year,
    month: incident.month,
    country: incident.country,
    place: incident.place,
    regionCode: incident.regionCode,
    locationType: incident.locationType,
    perpetrators: [...(incident.perpetrators ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((p) => ({ type: p.type, count: p.count, involvement: p.involvement })),
    abuses: (incident.abuses ?? []).map((a) => a.category).sort(),
    reportedToAuthorities: incident.reportedToAuthorities,
    medicalCareNeeded: incident.medicalCareNeeded,
  };
}

const incidentsOf = (c: CaseEntity) => [...(c.incidents ?? [])].sort((a, b) => a.position - b.position).map(toIncidentView);

export function toCaseView(c: CaseEntity, hasNarrative: boolean, returnReason: string | null = null): CaseView {
  return {
    id: c.id,
    reference: c.reference,
    status: c.status,
    organisationId: c.organisationId,
    interviewerId: c.interviewerId,
    interviewMonth: month(c.interviewMonth),
    country: c.country,
    region: c.region,
    regionCode: c.regionCode,
    regionUnresolved: c.regionUnresolved,
    city: c.city,
    questions: c.questionStatus ?? {},
    consent: { research: c.consentResearch, advocacy: c.consentAdvocacy, publicQuotation: c.consentQuotation, recordedOn: c.consentRecordedOn },
    respondent: { gender: c.gender, ageBand: c.ageBand, workSetting: c.workSetting, migrantStatus: c.migrantStatus },
    childProtectionFlag: c.childProtectionFlag,
    incidents: incidentsOf(c),
    hasNarrative,
    redaction: { status: c.redactionStatus, error: c.redactionError },
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    submittedAt: iso(c.submittedAt),
    publishedAt: iso(c.publishedAt),
    withdrawnAt: iso(c.withdrawnAt),
    version: c.version,
    returnedAt: iso(c.returnedAt),
    returnReason: c.returnedAt ? returnReason : null,
  };
}
