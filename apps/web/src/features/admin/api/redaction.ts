import { useQuery } from '@tanstack/react-query';
import { api, dataOf, outcome, type Schemas } from '../../../lib/api/client';
import { adminKeys } from './keys';

/**
 * Redaction review: the queue, a case's raw narrative and proposed spans, edits, approval and
 * return. Review data (the raw narrative) is kept in memory only while its screen is open: no
 * persistence, no cache afterwards (gcTime 0), and the API marks every response no-store.
 */
export type Review = Schemas['RedactionReviewResponseDto'];
export type QueueItem = Schemas['ReviewQueueItemDto'];
export type ReviewSpan = Schemas['SpanDto'] & Partial<Pick<Schemas['ProposedSpanDto'], 'rule' | 'confidence'>>;
export type PiiType = Schemas['SpanDto']['type'];
export const PII_TYPES: PiiType[] = ['PERSON', 'PHONE', 'EMAIL', 'ADDRESS', 'IDNUM', 'PLATE', 'HANDLE'];

/** The case version a change is based on (412 when another admin changed it meanwhile). */
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

export function useReviewQueue() {
  return useQuery({ queryKey: adminKeys.reviewQueue, queryFn: () => dataOf(api.GET('/api/v1/redaction/queue')), gcTime: 0 });
}

export const fetchReview = (caseId: string) => outcome(api.GET('/api/v1/cases/{id}/redaction', { params: { path: { id: caseId } } }));

export function useReview(caseId: string) {
  return useQuery({
    queryKey: adminKeys.review(caseId),
    queryFn: () => dataOf(api.GET('/api/v1/cases/{id}/redaction', { params: { path: { id: caseId } } })),
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
  });
}

export const saveSpans = (caseId: string, spans: ReviewSpan[], version: number) =>
  outcome(api.PUT('/api/v1/cases/{id}/redaction', { params: { path: { id: caseId } }, body: { spans: spans.map(({ start, end, type }) => ({ start, end, type })) }, headers: ifMatch(version) }));

export const approve = (caseId: string, version: number) => outcome(api.POST('/api/v1/cases/{id}/redaction/approve', { params: { path: { id: caseId } }, headers: ifMatch(version) }));

export const returnCase = (caseId: string, reason: string) => outcome(api.POST('/api/v1/cases/{id}/return', { params: { path: { id: caseId } }, body: { reason } }));

export const retryFailed = () => outcome(api.POST('/api/v1/redaction/requeue'));
