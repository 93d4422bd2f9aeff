import { useQuery } from '@tanstack/react-query';
import { api, dataOf, outcome, type Schemas } from '../../../lib/api/client';
import { adminKeys } from './keys';

export type Operations = Schemas['OperationsResponseDto'];
export type DisclosurePolicy = Schemas['DisclosurePolicyDto'];

export function useOperations() {
  return useQuery({ queryKey: adminKeys.operations, queryFn: () => dataOf(api.GET('/api/v1/operations')), refetchInterval: 15_000 });
}

export const saveDisclosurePolicy = (body: DisclosurePolicy) => outcome(api.PUT('/api/v1/disclosure-policy', { body }));
