import { useQuery } from '@tanstack/react-query';
import { api, dataOf, outcome, type Schemas } from '../../../lib/api/client';
import { adminKeys } from './keys';

export type DueCase = Schemas['DueCaseDto'];
export type RetentionPreview = Schemas['RetentionPreviewResponseDto'];
export type RetentionPolicy = Schemas['RetentionPolicyDto'];

/** The dry run of the next retention run: what it deletes, and when. */
export function useRetentionPreview() {
  return useQuery({ queryKey: adminKeys.retention, queryFn: () => dataOf(api.GET('/api/v1/retention-policy/preview')), refetchInterval: 60_000 });
}

/** A new retention policy (audited); empty periods are off. */
export const saveRetentionPolicy = (body: RetentionPolicy) => outcome(api.PUT('/api/v1/retention-policy', { body }));
