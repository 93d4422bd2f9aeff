/**
 * Growing lockouts after repeated sign-in failures. Pure: the Redis store
 * counts failures; this decides how long to lock.
 *
 * Per account: from the 5th consecutive failure, 30 s, then doubling up to 1 h.
 * Per client address: from the 20th failure (it may be a shared NAT), the same curve.
 */
export interface LockoutPolicy {
  threshold: number;
  baseSeconds: number;
  maxSeconds: number;
  /** Failures are forgotten after this long without a new one. */
  windowSeconds: number;
}

export const ACCOUNT_LOCKOUT: LockoutPolicy = { threshold: 5, baseSeconds: 30, maxSeconds: 3600, windowSeconds: 24 * 3600 };
export const ADDRESS_LOCKOUT: LockoutPolicy = { threshold: 20, baseSeconds: 30, maxSeconds: 3600, windowSeconds: 3600 };

export function lockoutSeconds(failures: number, policy: LockoutPolicy): number {
  if (failures < policy.threshold) return 0;
  return Math.min(policy.baseSeconds * 2 ** (failures - policy.threshold), policy.maxSeconds);
}
