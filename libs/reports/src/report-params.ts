import type { Language } from '@casebook/database';

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
  k: number;
  /** Differential privacy on top of suppression: ε of the geometric mechanism. */
  epsilon?: number;
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

/** Builds the WHERE clause over report_facts for the filters. Values go in as parameters. */
export function factFilter(params: ReportParams): { where: string; values: unknown[] } {
  const clauses: string[] = [];
  const values: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    values.push(value);
    clauses.push(sql.replace('?', `$${values.length}`));
  };
  if (params.countries?.length) add('country = ANY(?)', params.countries);
  if (params.genders?.length) add('gender = ANY(?)', params.genders);
  if (params.ageBands?.length) add('age_band = ANY(?)', params.ageBands);
  if (params.workSettings?.length) add('work_setting = ANY(?)', params.workSettings);
  if (params.organisationId) add('organisation_id = ?', params.organisationId);
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  if (params.from) add('year * 12 + coalesce(month, 1) - 1 >= ?', index(params.from));
  if (params.to) add('year * 12 + coalesce(month, 12) - 1 <= ?', index(params.to));
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', values };
}
