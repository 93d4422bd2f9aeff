/**
 * The subset of ioredis options Casebook sets. A type alias (not an interface),
 * so it is assignable both to ioredis' RedisOptions and to BullMQ's
 * ConnectionOptions.
 */
export type RedisConnectionOptions = {
  host?: string;
  port?: number;
  /** Redis Sentinel: the sentinels to ask, and the name of the master set. */
  sentinels?: Array<{ host: string; port: number }>;
  name?: string;
  sentinelPassword?: string;
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
  if (url.startsWith('redis+sentinel://')) return withPurpose(sentinelOptions(url), purpose);
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
  return withPurpose(options, purpose);
}

function withPurpose(options: RedisConnectionOptions, purpose: 'client' | 'queue'): RedisConnectionOptions {
  if (purpose === 'client') {
    // Request paths fail fast instead of queueing commands while Redis is away.
    return { ...options, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 2_000 };
  }
  return { ...options, maxRetriesPerRequest: null };
}

/**
 * `redis+sentinel://[:password@]host1:26379,host2:26379/mastername[/db]`: ioredis
 * asks the sentinels for the current master and follows fail-overs. The
 * password is used for the master (and the sentinels).
 */
export function sentinelOptions(url: string): RedisConnectionOptions {
  const match = /^redis\+sentinel:\/\/(?:([^:@/]*):([^@/]*)@)?([^/]+)\/([^/]+)(?:\/(\d+))?$/.exec(url);
  if (!match) throw new Error('REDIS_URL: malformed redis+sentinel URL');
  const [, , password, hosts, name, db] = match;
  return {
    sentinels: hosts.split(',').map((h) => {
      const [host, port] = h.split(':');
      return { host, port: Number(port || 26379) };
    }),
    name,
    password: password ? decodeURIComponent(password) : undefined,
    sentinelPassword: password ? decodeURIComponent(password) : undefined,
    db: db ? Number(db) : 0,
    connectTimeout: 5_000,
    lazyConnect: false,
  };
}
