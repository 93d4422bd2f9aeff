import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';

export type Policy = Schemas['DisclosurePolicyResponseDto'];

/** Query keys of the disclosure-policy endpoint. */
export const policyKeys = { current: ['disclosure-policy'] as const };

export function usePolicy() {
  return useQuery({
    queryKey: policyKeys.current,
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/disclosure-policy');
      if (!response.ok || !data) throw new Error(String(response.status));
      return data;
    },
  });
}
