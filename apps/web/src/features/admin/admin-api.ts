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

export interface Review {
  caseId: string;
  reference: string;
  country: string;
  version: number;
  caseStatus: string;
  redactionStatus: string;
  error: string | null;
  narrative: string | null;
  rawNarrativeDropped?: boolean;
  proposal: { spans: ReviewSpan[]; redacted: string; detectorVersion: string; reviewed: boolean; approved: boolean; updatedAt: string } | null;
}

export interface QueueItem {
  caseId: string;
  reference: string;
  country: string;
  status: string;
  redactionStatus: string;
  error: string | null;
  submittedAt: string | null;
}

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
  return useQuery({ queryKey: ['admin', 'review-queue'], queryFn: () => get<{ items: QueueItem[] }>('/api/v1/redaction/queue'), gcTime: 0 });
}

export function useReview(caseId: string) {
  return useQuery({ queryKey: ['admin', 'review', caseId], queryFn: () => get<Review>(`/api/v1/cases/${caseId}/redaction`), gcTime: 0, staleTime: Infinity, retry: false });
}

export const saveSpans = (caseId: string, spans: ReviewSpan[], version: number) =>
  call<Review>('PUT', `/api/v1/cases/${caseId}/redaction`, { spans: spans.map(({ start, end, type }) => ({ start, end, type })) }, { 'if-match': `"${version}"` });

export const approve = (caseId: string, version: number) => call<{ status: string }>('POST', `/api/v1/cases/${caseId}/redaction/approve`, undefined, { 'if-match': `"${version}"` });

export const returnCase = (caseId: string, reason: string) => call<unknown>('POST', `/api/v1/cases/${caseId}/return`, { reason });

export const retryFailed = () => call<{ jobId: string }>('POST', '/api/v1/redaction/requeue');

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: 'interviewer' | 'researcher' | 'admin';
  status: 'active' | 'disabled';
  organisationId: string;
  mfaEnabled: boolean;
}
export type Organisation = Schemas['OrganisationDto'];

/** Data of a typed call, or an error carrying its problem document. */
async function dataOf<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (data === undefined) throw Object.assign(new Error(String(response.status)), { problem: { status: response.status, ...(typeof error === 'object' && error ? error : {}) } });
  return data;
}

export function useUsers() {
  return useQuery({ queryKey: ['admin', 'users'], queryFn: () => get<{ items: User[] }>('/api/v1/users?limit=200') });
}

export function useOrganisations() {
  return useQuery({ queryKey: ['admin', 'organisations'], queryFn: () => dataOf(api.GET('/api/v1/organisations')) });
}

export type AuditEvent = Schemas['AuditEventDto'];
export type AuditQuery = NonNullable<paths['/api/v1/audit']['get']['parameters']['query']>;

export const fetchAudit = (query: AuditQuery) => dataOf(api.GET('/api/v1/audit', { params: { query } }));
export const verifyAudit = () => dataOf(api.GET('/api/v1/audit/verify'));

export interface Operations {
  cases: Array<{ status: string; count: number }>;
  redactions: Array<{ status: string; count: number }>;
  queues: Array<{ name: string; waiting: number; active: number; delayed: number; failed: number }>;
  outbox: { pending: number; lagSeconds: number };
  policy: { k: number; maxNoise: number; noiseVariance: number; reportBudget: number; budgetWindowDays: number; updatedAt: string };
  reportsByRequester: Array<{ userId: string; displayName: string; reports: number; distinct: number; last: string }>;
}

export interface DueCase {
  id: string;
  reference: string;
  status: string;
  since: string;
}

export interface RetentionPreview {
  policy: { draftDays: number | null; returnedDays: number | null; keepRawNarratives: boolean; keepRawPurpose: string | null; publishedReviewYears: number | null };
  nextRunAt: string;
  lastRun: { startedAt: string; finishedAt: string | null; deleted: number; rawDropped: number } | null;
  drafts: DueCase[];
  returned: DueCase[];
  rawNarratives: DueCase[];
  publishedForReview: DueCase[];
}

/** The dry run of the next retention run: what it deletes, and when. */
export function useRetentionPreview() {
  return useQuery({ queryKey: ['admin', 'retention'], queryFn: () => get<RetentionPreview>('/api/v1/retention-policy/preview'), refetchInterval: 60_000 });
}

export function useOperations() {
  return useQuery({ queryKey: ['admin', 'operations'], queryFn: () => get<Operations>('/api/v1/operations'), refetchInterval: 15_000 });
}

export interface PrivacyBudget {
  periodRho: string;
  totalRho: string;
  spentRho: string;
  remainingRho: string;
  delta: number;
  periodEpsilon: number;
  totalEpsilon: number;
  spentEpsilon: number;
}

export interface ReleaseRow {
  id: string;
  period: string;
  kind: 'full' | 'increment';
  rho: string;
  respondents: number;
  epsilon: number;
  createdAt: string;
  sd: { all: number; country: number; region: number };
}

/** The privacy-loss budget and the protected releases (admins). */
export function useReleases() {
  return useQuery({
    queryKey: ['admin', 'releases'],
    queryFn: async () => ({ budget: await get<PrivacyBudget>('/api/v1/privacy-budget'), releases: (await get<{ items: ReleaseRow[] }>('/api/v1/releases')).items }),
  });
}
