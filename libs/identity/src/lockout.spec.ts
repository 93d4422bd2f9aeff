import { ACCOUNT_LOCKOUT, ADDRESS_LOCKOUT, lockoutSeconds } from './lockout';

describe('lockoutSeconds', () => {
  it('does not lock before the threshold, then doubles up to the cap', () => {
    expect([1, 4, 5, 6, 7, 12, 30].map((n) => lockoutSeconds(n, ACCOUNT_LOCKOUT))).toEqual([0, 0, 30, 60, 120, 3600, 3600]);
    expect(lockoutSeconds(19, ADDRESS_LOCKOUT)).toBe(0);
    expect(lockoutSeconds(20, ADDRESS_LOCKOUT)).toBe(30);
  });
});
