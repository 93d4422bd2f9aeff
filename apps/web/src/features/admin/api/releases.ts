import { useQuery } from '@tanstack/react-query';
import { api, dataOf, outcome, type Schemas } from '../../../lib/api/client';
import { adminKeys } from './keys';

export type PrivacyBudget = Schemas['PrivacyBudgetResponseDto'];
export type ReleaseRow = Schemas['ReleaseResponseDto'];

/** The privacy-loss budget and the protected releases (admins). */
export function useReleases() {
  return useQuery({
    queryKey: adminKeys.releases,
    queryFn: async () => ({ budget: await dataOf(api.GET('/api/v1/privacy-budget')), releases: (await dataOf(api.GET('/api/v1/releases'))).items }),
  });
}

/** A protected release of one year (audited; spends privacy budget). */
export const createRelease = (period: string) => outcome(api.POST('/api/v1/releases', { body: { period } }));
