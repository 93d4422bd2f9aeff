import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../lib/api/client';
import type { paths } from '../../lib/api/schema';
import { authFetch } from '../../lib/session';

/**
 * The admin workspace's calls. Review data (the raw narrative) is kept in
 * memory only while its screen is open: no persistence, no cache afterwards
 * (gcTime 0), and the API marks every response no-store.
 */
export type PiiType = 'PERSON' | 'PHONE' | 'EMAIL' | 'ADDRESS' | 'IDNUM' | 'PLATE' | 'HANDLE';
export const PII_TYPES: PiiType[] = ['PERSON', 'PHONE', 'EMAIL', 'ADDRESS', 'IDNUM', 'PLATE', 'HANDLE'];

export interface ReviewSpan {
  start: number;
  end: number;
  type: PiiType;
  rule?: string;
  confidence?: number;
}

/** The raw narrative and the proposed spans, as GET/PUT /cases/{id}/redaction answer. */
export type Review = Schemas['RedactionReviewResponseDto'];

export type QueueItem = Schemas['ReviewQueueItemDto'];

export interface Problem {
  status: number;
  detail?: string;
  errors?: Array<{ pointer?: string; parameter?: string; message: string }>;
  currentVersion?: number;
}

/** A JSON call with the session; a problem document on failure. */
export async function call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ ok: true; data: T; response: Response } | { ok: false; problem: Problem }> {
  const response = await authFetch(
    new Request(path, { method, headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers }, body: body === undefined ? undefined : JSON.stringify(body) }),
  );
  const text = await response.text();
  // A proxy's HTML error page is not JSON: the status alone is the problem then.
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (response.ok) return { ok: true, data: json as T, response };
  return { ok: false, problem: { status: response.status, ...(typeof json === 'object' && json ? json : {}) } };
}

async function get<T>(path: string): Promise<T> {
  const result = await call<T>('GET', path);
  if (!result.ok) throw Object.assign(new Error(String(result.problem.status)), { problem: result.problem });
  return result.data;
}

export function useReviewQueue() {
  return useQuery({ queryKey: ['admin', 'review-queue'], queryFn: () => get<Schemas['ReviewQueueResponseDto']>('/api/v1/redaction/queue'), gcTime: 0 });
}

export function useReview(caseId: string) {
  return useQuery({ queryKey: ['admin', 'review', caseId], queryFn: () => get<Review>(`/api/v1/cases/${caseId}/redaction`), gcTime: 0, staleTime: Infinity, retry: false });
}

export const saveSpans = (caseId: string, spans: ReviewSpan[], version: number) =>
  call<Review>('PUT', `/api/v1/cases/${caseId}/redaction`, { spans: spans.map(({ start, end, type }) => ({ start, end, type })) }, { 'if-match': `"${version}"` });

export const approve = (caseId: string, version: number) => call<Schemas['RedactionApprovedResponseDto']>('POST', `/api/v1/cases/${caseId}/redaction/approve`, undefined, { 'if-match': `"${version}"` });

export const returnCase = (caseId: string, reason: string) => call<unknown>('POST', `/api/v1/cases/${caseId}/return`, { reason });

export const retryFailed = () => call<Schemas['RequeueAcceptedResponseDto']>('POST', '/api/v1/redaction/requeue');

export type User = Schemas['UserResponseDto'];
export type Organisation = Schemas['OrganisationDto'];

/** Data of a typed call, or an error carrying its problem document. */
async function dataOf<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (data === undefined) throw Object.assign(new Error(String(response.status)), { problem: { status: response.status, ...(typeof error === 'object' && error ? error : {}) } });
  return data;
}

export function useUsers() {
  return useQuery({ queryKey: ['admin', 'users'], queryFn: () => get<Schemas['UserPageResponseDto']>('/api/v1/users?limit=200') });
}

export function useOrganisations() {
  return useQuery({ queryKey: ['admin', 'organisations'], queryFn: () => dataOf(api.GET('/api/v1/organisations')) });
}

export type AuditEvent = Schemas['AuditEventDto'];
export type AuditQuery = NonNullable<paths['/api/v1/audit']['get']['parameters']['query']>;

export const fetchAudit = (query: AuditQuery) => dataOf(api.GET('/api/v1/audit', { params: { query } }));
export const verifyAudit = () => dataOf(api.GET('/api/v1/audit/verify'));

export type Operations = Schemas['OperationsResponseDto'];

export type DueCase = Schemas['DueCaseDto'];

export type RetentionPreview = Schemas['RetentionPreviewResponseDto'];

/** The dry run of the next retention run: what it deletes, and when. */
export function useRetentionPreview() {
  return useQuery({ queryKey: ['admin', 'retention'], queryFn: () => get<RetentionPreview>('/api/v1/retention-policy/preview'), refetchInterval: 60_000 });
}

export function useOperations() {
  return useQuery({ queryKey: ['admin', 'operations'], queryFn: () => get<Operations>('/api/v1/operations'), refetchInterval: 15_000 });
}

export type PrivacyBudget = Schemas['PrivacyBudgetResponseDto'];

export type ReleaseRow = Schemas['ReleaseResponseDto'];

/** The privacy-loss budget and the protected releases (admins). */
export function useReleases() {
  return useQuery({
    queryKey: ['admin', 'releases'],
    queryFn: async () => ({ budget: await get<PrivacyBudget>('/api/v1/privacy-budget'), releases: (await get<Schemas['ReleaseListResponseDto']>('/api/v1/releases')).items }),
  });
}
