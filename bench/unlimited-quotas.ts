/**
 * Quotas out of the way, for load that is one client on purpose (the
 * benchmarks, and the tests whose subject is not the quotas: one test client
 * sends what a whole network would). tests/hardening.e2e.ts sets its own.
 */
export const UNLIMITED_QUOTAS: Record<string, string> = {
  QUOTA_CASE_WRITES: '1000000/60',
  QUOTA_CASE_WRITES_NETWORK: '1000000/60',
  QUOTA_REPORTS: '1000000/60',
  QUOTA_REPORTS_NETWORK: '1000000/60',
  QUOTA_AUTH_NETWORK: '1000000/60',
  QUOTA_QUEUED_REPORTS: '1000',
};
