/** A case as submitted (already shape-validated by the API's DTOs). */
export interface CaseInput {
  id?: string;
  interviewMonth: string; // YYYY-MM
  country: string;
  region?: string;
  /** ISO 3166-2 subdivision of `country` where the respondent lives or works; null clears it. */
  regionCode?: string | null;
  city?: string;
  /** Questions not asked or declined (abuse group codes, "perpetrators"); absent = asked. */
  questions?: Record<string, string>;
  organisationId?: string;
  consent: { research: boolean; advocacy: boolean; publicQuotation: boolean; recordedOn: string };
  respondent: { gender: string; ageBand: string; workSetting: string; migrantStatus: string };
  incidents: Array<{
    year: number;
    month?: number;
    country: string;
    place?: string;
    regionCode?: string | null;
    locationType: string;
    perpetrators: Array<{ type: string; count?: number; involvement: string }>;
    abuses: string[];
    reportedToAuthorities: string;
    medicalCareNeeded?: boolean | null;
  }>;
  narrative?: string;
  /** The respondent's withdrawal code, shown at consent; only its hash is kept (see WithdrawalCodesService). */
  withdrawalCode?: string;
}

export const NARRATIVE_MAX_LENGTH = 20_000;

/** One problem with one field, as a JSON pointer into the submitted body. */
export interface FieldProblem {
  pointer: string;
  message: string;
}
