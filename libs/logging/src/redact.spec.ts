import { Writable } from 'node:stream';
import { createLogger, safeError } from './logger';
import { REDACTED, redactSecrets } from './redact';

describe('redactSecrets', () => {
  it('replaces sensitive keys at any depth and keeps the rest', () => {
    const input = {
      user: 'u1',
      password: 'hunter2hunter2',
      nested: { refreshToken: 'abc', list: [{ narrative: 'She said…', ok: 1 }] },
      headers: { Authorization: 'Bearer x', 'x-request-id': 'r1' },
      clientSecret: 's',
    };
    expect(redactSecrets(input)).toEqual({
      user: 'u1',
      password: REDACTED,
      nested: { refreshToken: REDACTED, list: [{ narrative: REDACTED, ok: 1 }] },
      headers: { Authorization: REDACTED, 'x-request-id': 'r1' },
      clientSecret: REDACTED,
    });
    expect(input.password).toBe('hunter2hunter2');
  });

  it('survives cycles', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    expect(() => JSON.stringify(redactSecrets(a))).not.toThrow();
  });
});

describe('createLogger', () => {
  it('writes JSON lines without secret values', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ name: 'test' }, sink);
    logger.info({ body: { email: 'a@b.c', password: 'correct horse battery' }, token: 't0k3n' }, 'signed in');
    await new Promise((resolve) => setImmediate(resolve));
    const entry = JSON.parse(lines[0]);
    expect(entry.msg).toBe('signed in');
    expect(entry.level).toBe('info');
    expect(lines[0]).not.toContain('correct horse');
    expect(lines[0]).not.toContain('t0k3n');
  });
});

describe('safeError', () => {
  it('keeps what an operator needs and drops query parameters and driver details', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "users_email_key"'), {
      name: 'QueryFailedError',
      code: '23505',
      query: 'INSERT INTO users ...',
      parameters: ['aigerim@example.org', '$argon2id$secret-hash'],
      driverError: { code: '23505', constraint: 'users_email_key', detail: 'Key (email)=(aigerim@example.org) already exists.' },
    });
    const logged = JSON.stringify(safeError(error));
    expect(logged).toContain('users_email_key');
    expect(logged).toContain('23505');
    expect(logged).not.toContain('aigerim@example.org');
    expect(logged).not.toContain('argon2id');
  });
});
