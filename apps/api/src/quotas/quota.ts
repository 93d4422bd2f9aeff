import { SetMetadata } from '@nestjs/common';

export const QUOTA = 'casebook:quota';

/** The quotas a route can take from; each names the settings it reads. */
export type QuotaName = 'case-write' | 'report' | 'auth' | 'withdrawal-code';

export interface QuotaOptions {
  /**
   * The route has idempotency semantics (an Idempotency-Key makes a retry
   * return the first answer): a retry — the same account, route, body and
   * key — is counted once. On any other route the header means nothing to
   * the quota: every request counts.
   */
  idempotent?: boolean;
}

export interface QuotaMetadata extends QuotaOptions {
  name: QuotaName;
}

/** The route counts against a quota (see QuotaGuard). */
export const Quota = (name: QuotaName, options: QuotaOptions = {}) => SetMetadata(QUOTA, { name, ...options } satisfies QuotaMetadata);

export interface Limit {
  count: number;
  seconds: number;
}

/** `COUNT/SECONDS` as validated by the environment schema. Pure. */
export function parseLimit(setting: string): Limit {
  const [count, seconds] = setting.split('/').map(Number);
  return { count, seconds };
}
