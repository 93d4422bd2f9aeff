import { SetMetadata } from '@nestjs/common';

export const QUOTA = 'casebook:quota';

/** The quotas a route can take from; each names the settings it reads. */
export type QuotaName = 'case-write' | 'report' | 'auth' | 'withdrawal-code';

/** The route counts against a quota (see QuotaGuard). */
export const Quota = (name: QuotaName) => SetMetadata(QUOTA, name);

export interface Limit {
  count: number;
  seconds: number;
}

/** `COUNT/SECONDS` as validated by the environment schema. Pure. */
export function parseLimit(setting: string): Limit {
  const [count, seconds] = setting.split('/').map(Number);
  return { count, seconds };
}
