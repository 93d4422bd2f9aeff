import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from './client';

export type Term = Schemas['TermDto'];
export type Vocabularies = Schemas['TaxonomyResponseDto']['vocabularies'];
export type Region = Schemas['RegionDto'];
export type RegionGroup = Schemas['RegionGroupDto'];

/** The countries Casebook serves, for forms (their names come from the locale files): a subset of the server's region list (migrations/data/regions.json), which refuses any other. */
export const COUNTRIES = ['KZ', 'KG', 'TJ', 'UZ', 'TM', 'RU', 'UA', 'BY', 'MD', 'GE', 'AM', 'AZ', 'TR', 'KR', 'AE', 'CZ', 'SK', 'PL', 'LT', 'LV', 'EE', 'HU', 'RO', 'BG', 'MK', 'RS', 'ME', 'BA', 'HR', 'SI'];

/** The regions of one country as form options, sorted by name in the language. */
export function regionOptions(regions: Region[] | undefined, country: string, lang: string): Array<{ code: string; label: string }> {
  return (regions ?? [])
    .filter((r) => r.country === country)
    .map((r) => ({ code: r.code, label: r.name }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

/** The taxonomy in the chosen language (kept by the service worker for offline use). */
export function taxonomyQuery(lang: string) {
  return queryOptions({
    queryKey: ['taxonomy', lang],
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/taxonomy', { params: { query: { lang: lang as 'en' | 'ru' }, header: { 'accept-language': lang } } });
      if (!data) throw new Error(String(response.status));
      return data.vocabularies;
    },
    staleTime: 5 * 60_000,
  });
}

/** The regions (ISO 3166-2) of every country and the admins' groups of them, named in the chosen language; kept for offline use. */
export function regionsQuery(lang: string) {
  return queryOptions({
    queryKey: ['regions', lang],
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/regions', { params: { query: { lang }, header: { 'accept-language': lang } } });
      if (!data) throw new Error(String(response.status));
      return data;
    },
    staleTime: 60 * 60_000,
  });
}

export function useTaxonomy(lang: string) {
  return useQuery(taxonomyQuery(lang));
}

export function useRegions(lang: string) {
  return useQuery(regionsQuery(lang));
}
