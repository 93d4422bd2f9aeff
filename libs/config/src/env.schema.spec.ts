import { ConfigError, validateEnv } from './env.schema';

const valid = {
  DATABASE_URL: 'postgres://casebook:s3cret@127.0.0.1:5432/casebook',
  REDIS_URL: 'redis://:pw@127.0.0.1:6379/0',
  JWT_SECRET: 'x'.repeat(40),
  NARRATIVE_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')},k2:${Buffer.alloc(32, 2).toString('base64')}`,
  METRICS_TOKEN: 'm'.repeat(20),
};

function problem(raw: Record<string, unknown>): string {
  try {
    validateEnv(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('validateEnv', () => {
  it('accepts a complete environment and applies non-secret defaults', () => {
    const env = validateEnv(valid);
    expect(env.PORT).toBe(3000);
    expect(env.NODE_ENV).toBe('production');
    expect(env.DATABASE_URL).toBe(valid.DATABASE_URL);
  });

  it.each(Object.keys(valid))('names %s when it is missing', (name) => {
    const raw: Record<string, unknown> = { ...valid };
    delete raw[name];
    expect(problem(raw)).toBe(`Invalid configuration: ${name} is missing`);
  });

  it('names a malformed variable without echoing its value', () => {
    const message = problem({ ...valid, DATABASE_URL: 'mysql://root:hunter2@db/x' });
    expect(message).toMatch(/^Invalid configuration: DATABASE_URL must be a postgres:/);
    expect(message).not.toContain('hunter2');
  });

  it('rejects a port that is not a number and a short secret', () => {
    expect(problem({ ...valid, PORT: 'eighty' })).toMatch(/^Invalid configuration: PORT /);
    expect(problem({ ...valid, JWT_SECRET: 'short' })).toMatch(/^Invalid configuration: JWT_SECRET must be at least 32/);
  });

  it('rejects narrative keys that are not 32 bytes', () => {
    expect(problem({ ...valid, NARRATIVE_KEYS: `k1:${Buffer.alloc(16).toString('base64')}` })).toMatch(
      /^Invalid configuration: NARRATIVE_KEYS /,
    );
  });

  it('takes the worker settings with their defaults and limits', () => {
    const env = validateEnv(valid);
    expect([env.DATABASE_LISTEN_URL, env.OUTBOX_POLL_MS, env.REDACTION_THREADS]).toEqual([undefined, 500, 1]);
    expect(validateEnv({ ...valid, DATABASE_LISTEN_URL: 'none', REDACTION_THREADS: '0' })).toMatchObject({ DATABASE_LISTEN_URL: 'none', REDACTION_THREADS: 0 });
    expect(problem({ ...valid, DATABASE_LISTEN_URL: 'postgres://nopassword@db/x' })).toMatch(/^Invalid configuration: DATABASE_LISTEN_URL must be a postgres:.* or none$/);
    expect(problem({ ...valid, OUTBOX_POLL_MS: '10' })).toMatch(/^Invalid configuration: OUTBOX_POLL_MS /);
    expect(problem({ ...valid, REDACTION_THREADS: '-1' })).toMatch(/^Invalid configuration: REDACTION_THREADS /);
  });
});
