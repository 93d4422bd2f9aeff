import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS } from '@casebook/queues';
import type { Limit } from './quota';

/**
 * Fixed-window counters in Redis, taken together in one script: a request
 * counts against every subject (account, network) or against none. A request
 * with a retry key (the Idempotency-Key) counts once per window however often
 * it is retried; a refused request counts nothing. Returns the seconds until
 * the spent window ends, else 0. (In a Redis Cluster the keys of one call
 * would need one hash slot; Casebook's Cluster support covers BullMQ only.)
 */
const TAKE = `
local n = #KEYS / 2
if KEYS[2] ~= '' then
  for i = 1, n do
    if redis.call('EXISTS', KEYS[2 * i]) == 1 then return 0 end
  end
end
local wait = 0
for i = 1, n do
  local used = tonumber(redis.call('GET', KEYS[2 * i - 1]) or '0')
  if used + 1 > tonumber(ARGV[2 * i - 1]) then
    local ttl = redis.call('TTL', KEYS[2 * i - 1])
    if ttl < 1 then ttl = 1 end
    if ttl > wait then wait = ttl end
  end
end
if wait > 0 then return wait end
for i = 1, n do
  if redis.call('INCR', KEYS[2 * i - 1]) == 1 then redis.call('EXPIRE', KEYS[2 * i - 1], ARGV[2 * i]) end
  if KEYS[2 * i] ~= '' then redis.call('SET', KEYS[2 * i], '1', 'EX', ARGV[2 * i]) end
end
return 0`;

const hash = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);

@Injectable()
export class QuotaService {
  private readonly logger = new Logger(QuotaService.name);

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /**
   * Takes one from each (subject, limit); the largest wait when any is spent.
   * Subjects are hashed: Redis holds no ids or addresses in clear. While Redis
   * is unreachable quotas are not enforced: a phone's submission must not fail
   * because a counter is away (sign-in throttling guards the public door).
   */
  async take(name: string, subjects: Array<{ kind: string; id: string; limit: Limit }>, retryKey?: string): Promise<number> {
    try {
      const keys = subjects.flatMap(({ kind, id }) => {
        const base = `casebook:quota:${name}:${kind}:${hash(id)}`;
        return [base, retryKey ? `${base}:retry:${hash(retryKey)}` : ''];
      });
      const limits = subjects.flatMap(({ limit }) => [limit.count, limit.seconds]);
      return Number(await this.redis.eval(TAKE, keys.length, ...keys, ...limits));
    } catch (error) {
      this.logger.warn(`quota ${name} not enforced: Redis unavailable (${(error as Error).name})`);
      return 0;
    }
  }
}
