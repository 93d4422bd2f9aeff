/**
 * The subset of ioredis options Casebook sets. A type alias (not an interface),
 * so it is assignable both to ioredis' RedisOptions and to BullMQ's
 * ConnectionOptions.
 */
export type RedisConnectionOptions = {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db: number;
  connectTimeout: number;
  lazyConnect: boolean;
  tls?: Record<string, never>;
  enableOfflineQueue?: boolean;
  maxRetriesPerRequest?: number | null;
  commandTimeout?: number;
};

/**
 * Turns REDIS_URL into ioredis options. Every connection has a connect
 * timeout; `queue` connections retry forever (BullMQ requires
 * `maxRetriesPerRequest: null` for blocking commands).
 */
export function redisOptionsFromUrl(url: string, purpose: 'client' | 'queue' = 'client'): RedisConnectionOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  const options: RedisConnectionOptions = {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: Number.isInteger(db) ? db : 0,
    connectTimeout: 5_000,
    lazyConnect: false,
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  };
  if (purpose === 'client') {
    // Request paths fail fast instead of queueing commands while Redis is away.
    return { ...options, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 2_000 };
  }
  return { ...options, maxRetriesPerRequest: null };
}
