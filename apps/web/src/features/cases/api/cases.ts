import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, dataOf, type Schemas } from '../../../lib/api/client';
import { caseKeys } from './keys';

/** A case as the API answers it (GET, and the server's side of a version conflict). */
export type CaseResponse = Schemas['CaseResponseDto'];
/** What a new case is sent as (the device adds its id, the submit flag and the withdrawal code). */
export type CreateCase = Schemas['CreateCaseDto'];
/** What an edit of a stored case is sent as. */
export type UpdateCase = Schemas['UpdateCaseDto'];
/** Whether a group of questions was asked ("asked" is the default when absent). */
export type QuestionStatus = NonNullable<Schemas['CreateCaseDto']['questions']>[string];
/** An incident while it is written: everything as the API takes it, except that its year may not be chosen yet. */
export type IncidentDraft = Omit<Schemas['IncidentDto'], 'year'> & Partial<Pick<Schemas['IncidentDto'], 'year'>>;
/**
 * A case while it is written, in the shape the API takes (so the server's field errors point at
 * the form's fields): the create DTO without what the device adds when it sends, and with its
 * incidents still drafts. Codes not chosen yet are empty strings (left out by `createBody`).
 */
export type CaseDraft = Omit<Schemas['CreateCaseDto'], 'id' | 'organisationId' | 'submit' | 'withdrawalCode' | 'incidents'> & { incidents: IncidentDraft[] };

/** A status a sent case can have (every case status but draft), from the schema. */
export type SentStatus = Exclude<Schemas['CaseResponseDto']['status'], 'draft'>;

/** Drafts kept on the server (returned ones among them): few, one page of 100. */
export function useServerDrafts(enabled: boolean) {
  return useQuery({
    queryKey: [...caseKeys.list, 'drafts'],
    queryFn: async () => (await dataOf(api.GET('/api/v1/cases', { params: { query: { status: 'draft', limit: 100 } } }))).items,
    enabled,
    retry: false,
  });
}

/** What the server takes as a reference search (the start of a reference, with or without its country). */
export const REFERENCE_PREFIX = /^[A-Z0-9][A-Z0-9-]{0,11}$/;

/** The reference search as typed, made what the server takes: trimmed, upper case; undefined when empty; null when it cannot be the start of a reference. */
export function referencePrefix(typed: string): string | undefined | null {
  const wanted = typed.trim().toUpperCase();
  if (!wanted) return undefined;
  return REFERENCE_PREFIX.test(wanted) ? wanted : null;
}

/** Whether a reference matches a search as the server matches it: it starts with the search, or its part after the country does. */
export function referenceMatches(reference: string | null | undefined, prefix: string | undefined): boolean {
  if (!prefix) return true;
  const ref = (reference ?? '').toUpperCase();
  return ref.startsWith(prefix) || ref.slice(ref.indexOf('-') + 1).startsWith(prefix);
}

/**
 * Every case you may see, newest first, a page at a time (the server's cursor), optionally of one status
 * and with references starting with a prefix: the server searches all of them, not only the pages loaded.
 */
export function useServerCasePages(enabled: boolean, status: SentStatus | undefined, reference?: string, limit = 20) {
  return useInfiniteQuery({
    queryKey: [...caseKeys.list, 'pages', status ?? 'all', reference ?? '', limit],
    queryFn: async ({ pageParam }) =>
      dataOf(api.GET('/api/v1/cases', { params: { query: { limit, ...(status ? { status } : {}), ...(reference ? { reference } : {}), ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
    retry: false,
  });
}

/** A stored case and its narrative (empty when it has none or it may not be read). */
export async function fetchCaseWithNarrative(id: string): Promise<{ stored: CaseResponse; narrative: string }> {
  const [stored, narrative] = await Promise.all([
    dataOf(api.GET('/api/v1/cases/{id}', { params: { path: { id } } })),
    api.GET('/api/v1/cases/{id}/narrative', { params: { path: { id } } }),
  ]);
  return { stored, narrative: narrative.response.ok && narrative.data ? narrative.data.narrative : '' };
}

/** The server's current version of a case (asked for on a version conflict; undefined when it cannot be read). */
export async function fetchCase(id: string): Promise<CaseResponse | undefined> {
  return (await api.GET('/api/v1/cases/{id}', { params: { path: { id } } })).data;
}

/** Sends a new case; the Idempotency-Key makes a retry of a cut-off send store it once. */
export const createCase = (body: CreateCase, idempotencyKey: string) => api.POST('/api/v1/cases', { body, headers: { 'idempotency-key': idempotencyKey } });

/** Sends an edit of a stored case, made from the given version (412 when someone changed it meanwhile). */
export const updateCase = (id: string, version: number, body: UpdateCase) =>
  api.PATCH('/api/v1/cases/{id}', { params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body });

export const submitCase = (id: string) => api.POST('/api/v1/cases/{id}/submit', { params: { path: { id } } });
