import { api, type Schemas } from '../../../lib/api/client';
import type { paths } from '../../../lib/api/schema';

export type Quotation = Schemas['QuotationDto'];
export type QuotationFilter = NonNullable<paths['/api/v1/quotations']['get']['parameters']['query']>;

/** Query keys of the quotations endpoint. */
export const quotationKeys = {
  /** The pages asked for so far (cursors) of one filter. */
  list: (country: string, year: number | undefined, pages: string[]) => ['quotations', country, year, pages] as const,
};

export async function fetchQuotations(filter: QuotationFilter) {
  const { data, response } = await api.GET('/api/v1/quotations', { params: { query: filter } });
  if (!response.ok || !data) throw new Error(String(response.status));
  return data;
}
