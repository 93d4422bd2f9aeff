import type { Language } from '@casebook/database';
import type { PerturbationSettings } from './perturbation';

/** What a researcher or admin asks for. Validated by the API's DTO. */
export interface ReportParams {
  countries?: string[];
  from?: string; // YYYY-MM, incident period
  to?: string;
  genders?: string[];
  ageBands?: string[];
  workSettings?: string[];
  /** Admins only. */
  organisationId?: string;
  perpetrators: 'type' | 'group';
  abuses: 'type' | 'group';
  lang: Language;
  /** At least the disclosure policy's k (a requester may ask for more protection, never less). */
  k: number;
  /**
   * The perturbation in force when the report was requested (from the
   * disclosure policy); null only for an admin's exact report.
   */
  perturbation: PerturbationSettings | null;
}

export const BREAKDOWNS = ['country', 'year', 'gender', 'age_band', 'work_setting', 'location_type'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** Which vocabulary labels each breakdown's keys. */
export const BREAKDOWN_VOCABULARY: Record<Breakdown, string | null> = {
  country: null,
  year: null,
  gender: 'gender',
  age_band: 'age_band',
  work_setting: 'work_setting',
  location_type: 'location_type',
};
