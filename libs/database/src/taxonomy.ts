/**
 * The controlled vocabularies. Their terms live in the `taxonomy_terms` table
 * (seeded by a migration from shared/taxonomy.md); admins add terms, edit
 * labels and retire terms. A code never changes and is never reused.
 */
export const VOCABULARIES = [
  'perpetrator_type',
  'abuse_category',
  'gender',
  'age_band',
  'work_setting',
  'location_type',
  'reported_to_authorities',
  'involvement',
  'migrant_status',
] as const;
export type Vocabulary = (typeof VOCABULARIES)[number];

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
