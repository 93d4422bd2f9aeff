import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS } from '@casebook/queues';
import { ACCOUNT_LOCKOUT, ADDRESS_LOCKOUT, type LockoutPolicy, lockoutSeconds } from './lockout';

const PREFIX = 'casebook:login';

function key(kind: 'account' | 'address', subject: string, what: 'failures' | 'lock'): string {
  // E-mail addresses are hashed: Redis holds no personal data.
  const id = createHash('sha256').update(subject.toLowerCase()).digest('hex').slice(0, 32);
  return `${PREFIX}:${kind}:${id}:${what}`;
}

/**
 * Sign-in throttling shared by every API process through Redis: failures are
 * counted per account (whether or not it exists) and per client address, and
 * a growing lock is set when a count passes its threshold.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** Seconds until the account or the address may try again; 0 when not locked. */
  async lockedFor(email: string, address: string): Promise<number> {
    const [account, client] = await Promise.all([
      this.redis.pttl(key('account', email, 'lock')),
      this.redis.pttl(key('address', address, 'lock')),
    ]);
    return Math.ceil(Math.max(account, client, 0) / 1000);
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([this.count('account', email, ACCOUNT_LOCKOUT), this.count('address', address, ADDRESS_LOCKOUT)]);
  }

  /** A successful sign-in clears the account's failures (not the address's). */
  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(key('account', email, 'failures'), key('account', email, 'lock'));
  }

  private async count(kind: 'account' | 'address', subject: string, policy: LockoutPolicy): Promise<void> {
    const failuresKey = key(kind, subject, 'failures');
    const result = await this.redis.multi().incr(failuresKey).expire(failuresKey, policy.windowSeconds).exec();
    const failures = Number(result?.[0]?.[1] ?? 0);
    const seconds = lockoutSeconds(failures, policy);
    if (seconds > 0) await this.redis.set(key(kind, subject, 'lock'), '1', 'EX', seconds);
  }
}
