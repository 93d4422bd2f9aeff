import { useQuery } from '@tanstack/react-query';
import { api, problemOf, type Schemas } from '../../../lib/api/client';
import type { paths } from '../../../lib/api/schema';
import type { Problem } from '../../../lib/session';

/** A published count: numbers, or nulls when suppressed (never a number then). */
export type Count = Schemas['PublishedCountDto'];
export type Base = Schemas['PublishedBaseDto'];
export type Labelled = Schemas['LabelledDto'];
/** A finished report as the API returns it. */
export type ReportResult = Schemas['ReportResultDto'];
export type ReportView = Schemas['ReportResponseDto'];
export type ReportSummary = Schemas['ReportSummaryDto'];
/** A question for the report builder. */
export type ReportRequest = Schemas['CreateReportDto'];
export type Format = paths['/api/v1/reports/{id}/download']['get']['parameters']['query']['format'];

export const FORMATS: readonly Format[] = ['json', 'csv', 'xlsx', 'svg', 'png'];

/** Query keys of the reports endpoints. */
export const reportKeys = {
  recent: ['reports'] as const,
  one: (id: string) => ['report', id] as const,
};

/**
 * Your recent reports (an identical question listed once, newest first). The same question asked
 * in the other language (as it is when a report is read after switching languages) is the same
 * question to the reader: listed once too, and opened in the reader's language.
 */
export function useRecentReports() {
  return useQuery({
    queryKey: reportKeys.recent,
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/reports', { params: { query: { limit: 20 } } });
      if (!response.ok || !data) throw new Error(String(response.status));
      const seen = new Set<string>();
      return data.items.filter((r) => {
        const question = JSON.stringify({ ...sameQuestionIn(r.params, 'en'), status: r.status });
        if (seen.has(question)) return false;
        seen.add(question);
        return true;
      });
    },
  });
}

/** A report, polled every second while it is queued or running. */
export function useReport(id: string) {
  return useQuery({
    queryKey: reportKeys.one(id),
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/reports/{id}', { params: { path: { id } } });
      if (!response.ok || !data) throw new Error(String(response.status));
      return data;
    },
    refetchInterval: (query) => (query.state.data && ['queued', 'running'].includes(query.state.data.status) ? 1000 : false),
  });
}

export async function requestReport(body: ReportRequest): Promise<{ ok: true; report: ReportView } | { ok: false; status: number; problem: Problem }> {
  const { data, error, response } = await api.POST('/api/v1/reports', { body });
  if (response.ok && data) return { ok: true, report: data };
  return { ok: false, status: response.status, problem: problemOf(error, response) };
}

/** A report file: fetched with the session (never a link with a token in it), kept only as a blob for the download. */
export async function fetchReportFile(id: string, format: Format): Promise<{ blob: Blob; filename: string }> {
  const { data, response } = await api.GET('/api/v1/reports/{id}/download', { params: { path: { id }, query: { format } }, parseAs: 'blob' });
  if (!response.ok || !data) throw new Error(String(response.status));
  const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `casebook-report.${format}`;
  return { blob: data, filename };
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

/** A report's language (what its descriptions and labels are written in). */
export type ReportLanguage = Schemas['CreateReportDto']['lang'];

/**
 * The same question as an earlier report, to be answered in another language: its texts (title,
 * labels, descriptions) are written by the API when it computes the report, so a report is read in
 * the reader's language by asking for it in that language (an identical question is answered from
 * the earlier result, never computed twice).
 */
export function sameQuestionIn(params: ReportView['params'], lang: ReportLanguage): ReportRequest {
  const { countries, regions, regionGroups, from, to, perpetratorTypes, compareBy, genders, ageBands, workSettings, organisationId, perpetrators, abuses, k, source } = params;
  return { countries, regions, regionGroups, from, to, perpetratorTypes, compareBy, genders, ageBands, workSettings, organisationId, perpetrators, abuses, k, lang, ...(source === 'exact' ? { exact: true } : {}) };
}
