import type { Language } from '@casebook/database';
import type { PerturbationSettings } from './perturbation';

/** What a researcher or admin asks for. Validated by the API's DTO. */
export interface ReportParams {
  countries?: string[];
  /** ISO 3166-2 region codes (where it happened; else, at home, where the respondent lives or works). */
  regions?: string[];
  /** Admins' region groups ("siberia"). */
  regionGroups?: string[];
  /** Set by Casebook at request time: the regions plus the groups' members then, the filter actually applied. */
  regionFilter?: string[];
  from?: string; // YYYY-MM, incident period
  to?: string;
  /** Only incidents by these perpetrator types ("violence by police"). Counted from the facts. */
  perpetratorTypes?: string[];
  /** A table of the abuses per country, region or region group, each with its own bases: what SWAN's figures show. */
  compareBy?: CompareBy;
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
  /**
   * Where the counts come from: 'release' (every researcher report, and an
   * admin's unless exact) or 'exact' (admins only, never reused for a release
   * report). With the ids of the releases in force when it was asked (a new
   * release makes a new question).
   */
  source?: 'release' | 'exact';
  releases?: string[];
}

export const COMPARE_BY = ['country', 'region', 'region_group'] as const;
export type CompareBy = (typeof COMPARE_BY)[number];

export const BREAKDOWNS = ['country', 'region', 'region_group', 'year', 'gender', 'age_band', 'work_setting', 'location_type'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** Which vocabulary labels each breakdown's keys. */
export const BREAKDOWN_VOCABULARY: Record<Breakdown, string | null> = {
  country: 'country',
  region: 'region',
  region_group: 'region_group',
  year: null,
  gender: 'gender',
  age_band: 'age_band',
  work_setting: 'work_setting',
  location_type: 'location_type',
};
