import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  ValidationError,
} from 'class-validator';

/** postgres://user:password@host:port/database[?options] */
const POSTGRES_URL = String.raw`postgres(ql)?:\/\/[^:/@\s]+:[^@\s]+@[^/\s]+\/[^\s?]+(\?\S*)?`;

/** An integer setting with a default when unset or empty, within [min, max]. */
function IntSetting(fallback: number, min: number, max: number, message = 'must be an integer'): PropertyDecorator {
  const decorators = [
    IsOptional(),
    Transform(({ value }) => (value === undefined || value === '' ? fallback : Number(value))),
    IsInt({ message }),
    Min(min),
    Max(max),
  ];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}

/** A quota `COUNT/SECONDS` (e.g. 30/60), with a default when unset. */
function QuotaSetting(): PropertyDecorator {
  return (target, property) => {
    IsOptional()(target, property);
    Matches(/^[1-9]\d{0,6}\/[1-9]\d{0,5}$/, { message: 'must be COUNT/SECONDS, e.g. 30/60' })(target, property);
  };
}

/**
 * Every setting Casebook reads from its environment. None of the secrets has a
 * default: an installation without them does not start.
 * `.env.example` documents each variable; keep the two in step.
 */
export class Env {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'production';

  @IntSetting(3000, 1, 65535, 'must be an integer port number')
  PORT = 3000;

  /** Address the API binds to; 127.0.0.1 unless a proxy or container needs more. */
  @IsOptional()
  @Matches(/^[0-9a-fA-F.:]+$|^localhost$/, { message: 'must be an IP address to bind to' })
  HOST = '127.0.0.1';

  /**
   * Which proxies may set X-Forwarded-For, as Fastify's trustProxy: `false`
   * (default: the socket address is the client), `loopback`, a hop count, or
   * comma-separated addresses/CIDRs of the load balancers.
   */
  @IsOptional()
  @Matches(/^(false|true|loopback|\d{1,2}|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$/, {
    message: 'must be false, loopback, a hop count, or addresses/CIDRs of trusted proxies',
  })
  TRUST_PROXY = 'false';

  @Matches(new RegExp(`^${POSTGRES_URL}$`), {
    message: 'must be a postgres://user:password@host:port/database URL',
  })
  DATABASE_URL!: string;

  @Matches(/^(rediss?:\/\/(\S*@)?[^/\s]+(\/\d+)?|redis\+sentinel:\/\/(\S*@)?[^/\s]+\/[\w-]+(\/\d+)?)$/, {
    message: 'must be a redis://[:password@]host:port[/db] or redis+sentinel://[:password@]host:port,host:port/master[/db] URL',
  })
  REDIS_URL!: string;

  /** Read replicas for report queries: comma-separated postgres:// URLs. Optional. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+(,postgres(ql)?:\/\/\S+)*$/, { message: 'must be comma-separated postgres:// URLs' })
  DATABASE_REPLICA_URLS?: string;

  /**
   * Where the worker's outbox relay LISTENs for new messages (one session
   * connection): defaults to DATABASE_URL; `none` turns it off and the relay
   * only polls. Behind PgBouncer in transaction mode, point it at PostgreSQL
   * itself or set `none` (LISTEN needs a session of its own).
   */
  @IsOptional()
  @Matches(new RegExp(`^(none|${POSTGRES_URL})$`), {
    message: 'must be a postgres://user:password@host:port/database URL or none',
  })
  DATABASE_LISTEN_URL?: string;

  /** How often (ms) the idle outbox relay looks for messages when no NOTIFY arrives. */
  @IntSetting(500, 50, 60_000)
  OUTBOX_POLL_MS = 500;

  /** Connections per process (keep the sum across processes under PgBouncer's or PostgreSQL's limit). */
  @IntSetting(10, 1, 200)
  DATABASE_POOL_SIZE = 10;

  /**
   * Threads on which a worker process runs the PII detector (0: on its main
   * thread). One keeps the main thread free for Redis and PostgreSQL; more
   * help only with cores to spare.
   */
  @IntSetting(1, 0, 32)
  REDACTION_THREADS = 1;

  /** HMAC key for access tokens: at least 32 characters of random data. */
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters of random data' })
  JWT_SECRET!: string;

  /**
   * Keys the lookup of withdrawal codes (an HMAC of a code's first digits).
   * Optional: without it, a key is derived from JWT_SECRET; set it before
   * rotating JWT_SECRET, or codes issued before can no longer be found.
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters of random data' })
  WITHDRAWAL_CODE_SECRET?: string;

  /**
   * Narrative encryption keys, `id:base64key` separated by commas; each key is
   * 32 random bytes (AES-256). The last one encrypts new narratives; older ones
   * stay to decrypt until `keys:rotate` has re-encrypted everything.
   */
  @Matches(/^[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/]{43}=)*$/, {
    message: 'must be a comma-separated list of id:base64 keys of 32 bytes each',
  })
  NARRATIVE_KEYS!: string;

  /** Bearer token that protects the Prometheus endpoint. */
  @IsString()
  @MinLength(16, { message: 'must be at least 16 characters of random data' })
  METRICS_TOKEN!: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /**
   * Quotas, shared by every API process through Redis, as `COUNT/SECONDS`:
   * case writes (creation, edits, transitions) per account and per client
   * network; report requests per account and per network; the public
   * refresh and password-reset routes per network. Retries of one
   * Idempotency-Key count once.
   */
  @QuotaSetting() QUOTA_CASE_WRITES = '30/60';
  @QuotaSetting() QUOTA_CASE_WRITES_NETWORK = '120/60';
  @QuotaSetting() QUOTA_REPORTS = '10/60';
  @QuotaSetting() QUOTA_REPORTS_NETWORK = '30/60';
  @QuotaSetting() QUOTA_AUTH_NETWORK = '30/60';
  /** Withdrawal-code attempts per account and per network: codes cannot be guessed by trying. */
  @QuotaSetting() QUOTA_WITHDRAWAL_CODES = '10/3600';
  @QuotaSetting() QUOTA_WITHDRAWAL_CODES_NETWORK = '30/3600';

  /** Reports one account may have waiting or running at once. */
  @IntSetting(3, 1, 1000)
  QUOTA_QUEUED_REPORTS = 3;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, readonly problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

function firstProblem(error: ValidationError): string {
  const messages = Object.values(error.constraints ?? {});
  return messages[0]?.replace(new RegExp(`^${error.property}\\s+`), '') ?? 'is invalid';
}

/**
 * Validates the raw environment. Throws a ConfigError naming the first bad
 * variable (in the order they are declared above), never echoing its value.
 */
export function validateEnv(raw: Record<string, unknown>): Env {
  const env = plainToInstance(Env, raw, { excludeExtraneousValues: false });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false, stopAtFirstError: true });
  if (errors.length > 0) {
    const error = errors[0];
    const missing = raw[error.property] === undefined || raw[error.property] === '';
    throw new ConfigError(error.property, missing ? 'is missing' : firstProblem(error));
  }
  return env;
}
