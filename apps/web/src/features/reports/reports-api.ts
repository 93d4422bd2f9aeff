import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import { authFetch } from '../../lib/session';

/** A published count: numbers, or nulls when suppressed (never a number then). */
export interface Count {
  respondents: number | null;
  incidents: number | null;
  pctRespondents: number | null;
  suppressed: boolean;
  /** Read from protected releases: the standard deviation of the figure's noise, and of its percentage (points). */
  sd?: number | null;
  pctSd?: number | null;
}
export interface Base {
  respondents: number | null;
  suppressed: boolean;
}
export interface Labelled {
  key: string;
  label: string;
}

/** A finished report as the API returns it (libs/reports ReportResult). */
export interface ReportResult {
  lang: string;
  generatedAt: string;
  rule: { k: number; description: string; perturbation: { maxNoise: number; variance: number; method: string } | null };
  total: Count;
  description: {
    title: string;
    filters: Array<{ name: string; value: string; open?: boolean }>;
    period: string;
    bases: string;
    policy: string;
    extractedAt: string;
    dataVersion: string;
    casebookVersion: string;
    source: string;
  };
  crossTab: {
    rows: Labelled[];
    columns: Labelled[];
    cells: Count[][];
    rowTotals: Count[];
    columnTotals: Count[];
    total: Count;
    columnBases: Base[];
    rowBase: Base;
  };
  breakdowns: Record<string, { rows: Array<Labelled & Count>; total: Count }>;
  comparison?: { dimension: string; units: Labelled[]; columns: Labelled[]; totals: Count[]; cells: Count[][]; bases: Base[][] };
}

export interface ReportView {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  params: Record<string, unknown> & { countries?: string[]; from?: string; to?: string; lang?: string; k?: number; compareBy?: string };
  createdAt: string;
  finishedAt: string | null;
  error: string | null;
  reused: boolean;
  result?: ReportResult | null;
}

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

export interface Policy {
  k: number;
  maxNoise: number;
  noiseVariance: number;
  reportBudget: number;
  budgetWindowDays: number;
}

export function usePolicy() {
  return useQuery({
    queryKey: ['disclosure-policy'],
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/disclosure-policy');
      if (!response.ok) throw new Error(String(response.status));
      return data as unknown as Policy;
    },
  });
}

export function useRecentReports() {
  return useQuery({
    queryKey: ['reports'],
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/reports', { params: { query: { limit: 20 } } });
      if (!response.ok) throw new Error(String(response.status));
      return (data as unknown as { items: ReportView[] }).items;
    },
  });
}

/** A report, polled every second while it is queued or running. */
export function useReport(id: string) {
  return useQuery({
    queryKey: ['report', id],
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/reports/{id}', { params: { path: { id } } });
      if (!response.ok) throw new Error(String(response.status));
      return data as unknown as ReportView;
    },
    refetchInterval: (query) => (query.state.data && ['queued', 'running'].includes(query.state.data.status) ? 1000 : false),
  });
}

export async function requestReport(body: ReportRequest): Promise<{ ok: true; report: ReportView } | { ok: false; status: number; problem: { detail?: string; errors?: Array<{ pointer?: string; message: string }> } }> {
  const { data, error, response } = await api.POST('/api/v1/reports', { body: body as never });
  if (response.ok) return { ok: true, report: data as unknown as ReportView };
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

export interface Quotation {
  country: string;
  year: number;
  text: string;
}

export async function fetchQuotations(filter: { country?: string; year?: number; cursor?: string }) {
  const { data, response } = await api.GET('/api/v1/quotations', { params: { query: filter } });
  if (!response.ok) throw new Error(String(response.status));
  return data as unknown as { items: Quotation[]; nextCursor: string | null; k: number };
}
