import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../lib/api/client';
import { authFetch } from '../../lib/session';

/** A published count: numbers, or nulls when suppressed (never a number then). */
export type Count = Schemas['PublishedCountDto'];
export type Base = Schemas['PublishedBaseDto'];
export type Labelled = Schemas['LabelledDto'];
/** A finished report as the API returns it. */
export type ReportResult = Schemas['ReportResultDto'];
export type ReportView = Schemas['ReportResponseDto'];
export type ReportSummary = Schemas['ReportSummaryDto'];

export interface ReportRequest {
  countries?: string[];
  regions?: string[];
  regionGroups?: string[];
  perpetratorTypes?: string[];
  compareBy?: 'country' | 'region' | 'region_group';
  from?: string;
  to?: string;
  genders?: string[];
  ageBands?: string[];
  workSettings?: string[];
  perpetrators: 'type' | 'group';
  abuses: 'type' | 'group';
  lang: 'en' | 'ru';
  k: number;
}

export const FORMATS = ['json', 'csv', 'xlsx', 'svg', 'png'] as const;
export type Format = (typeof FORMATS)[number];

export type Policy = Schemas['DisclosurePolicyResponseDto'];

export function usePolicy() {
  return useQuery({
    queryKey: ['disclosure-policy'],
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/disclosure-policy');
      if (!response.ok || !data) throw new Error(String(response.status));
      return data;
    },
  });
}

export function useRecentReports() {
  return useQuery({
    queryKey: ['reports'],
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/reports', { params: { query: { limit: 20 } } });
      if (!response.ok || !data) throw new Error(String(response.status));
      return data.items;
    },
  });
}

/** A report, polled every second while it is queued or running. */
export function useReport(id: string) {
  return useQuery({
    queryKey: ['report', id],
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/reports/{id}', { params: { path: { id } } });
      if (!response.ok || !data) throw new Error(String(response.status));
      return data;
    },
    refetchInterval: (query) => (query.state.data && ['queued', 'running'].includes(query.state.data.status) ? 1000 : false),
  });
}

export async function requestReport(body: ReportRequest): Promise<{ ok: true; report: ReportView } | { ok: false; status: number; problem: { detail?: string; errors?: Array<{ pointer?: string; message: string }> } }> {
  const { data, error, response } = await api.POST('/api/v1/reports', { body });
  if (response.ok && data) return { ok: true, report: data };
  return { ok: false, status: response.status, problem: (error ?? {}) as { detail?: string; errors?: Array<{ pointer?: string; message: string }> } };
}

/** A report file: fetched with the session (never a link with a token in it), kept only as a blob for the download. */
export async function fetchReportFile(id: string, format: Format): Promise<{ blob: Blob; filename: string }> {
  const response = await authFetch(new Request(`/api/v1/reports/${encodeURIComponent(id)}/download?format=${format}`));
  if (!response.ok) throw new Error(String(response.status));
  const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `casebook-report.${format}`;
  return { blob: await response.blob(), filename };
}

export async function downloadReport(id: string, format: Format): Promise<void> {
  const { blob, filename } = await fetchReportFile(id, format);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type Quotation = Schemas['QuotationDto'];

export async function fetchQuotations(filter: { country?: string; year?: number; cursor?: string }) {
  const { data, response } = await api.GET('/api/v1/quotations', { params: { query: filter } });
  if (!response.ok || !data) throw new Error(String(response.status));
  return data;
}
