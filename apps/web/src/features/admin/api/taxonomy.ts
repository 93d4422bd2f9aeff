import { useQuery } from '@tanstack/react-query';
import { api, dataOf, outcome, type Schemas } from '../../../lib/api/client';
import type { paths } from '../../../lib/api/schema';
import { adminKeys } from './keys';

export type Term = Schemas['TermDto'];
export type NewTerm = Schemas['AddTermDto'];
export type TermChange = Schemas['UpdateTermDto'];
export type RegionGroupBody = Schemas['PutRegionGroupDto'];
export type Vocabulary = paths['/api/v1/taxonomy/{vocabulary}/terms']['post']['parameters']['path']['vocabulary'];

/** The vocabularies admins edit (the API's list; the compiler checks each name against it). */
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
] as const satisfies readonly Vocabulary[];

export const vocabularyOf = (name: string): Vocabulary | undefined => VOCABULARIES.find((v) => v === name);

/** Every vocabulary in one language, retired terms included (they stay readable on old cases). */
const vocabulariesIn = async (lang: 'en' | 'ru') => (await dataOf(api.GET('/api/v1/taxonomy', { params: { query: { lang, includeRetired: 'true' }, header: { 'accept-language': lang } } }))).vocabularies;

/** Both languages of every vocabulary, for editing the labels side by side. */
export function useBothLanguages() {
  return useQuery({ queryKey: adminKeys.taxonomy, queryFn: async () => ({ en: await vocabulariesIn('en'), ru: await vocabulariesIn('ru') }) });
}

export const addTerm = (vocabulary: Vocabulary, body: NewTerm) => outcome(api.POST('/api/v1/taxonomy/{vocabulary}/terms', { params: { path: { vocabulary } }, body }));

export const changeTerm = (vocabulary: Vocabulary, code: string, body: TermChange) => outcome(api.PATCH('/api/v1/taxonomy/{vocabulary}/terms/{code}', { params: { path: { vocabulary, code } }, body }));

export const putRegionGroup = (code: string, body: RegionGroupBody) => outcome(api.PUT('/api/v1/region-groups/{code}', { params: { path: { code } }, body }));
