import { http, startApi, type RunningApi } from './support/api';
import { createUser, login, uniqueEmail } from './support/identity';

describe('brute-force protection', () => {
  let a: RunningApi;
  let b: RunningApi;
  beforeAll(async () => {
    a = await startApi();
    b = await startApi();
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('locks an account after 5 failures, across two API instances sharing Redis', async () => {
    const user = await createUser(a, 'interviewer');
    for (let i = 0; i < 5; i++) {
      const api = i % 2 === 0 ? a : b;
      expect((await login(api, user.email, {}, `wrong password number ${i}`)).status).toBe(401);
    }
    // The correct password no longer helps, on either instance.
    for (const api of [a, b]) {
      const locked = await login(api, user.email);
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(locked.body.type).toBe('urn:casebook:problem:too-many-requests');
    }
  });

  it('locks unknown e-mails the same way (no account enumeration)', async () => {
    const email = uniqueEmail('nobody');
    for (let i = 0; i < 5; i++) expect((await login(a, email, {}, 'wrong password here')).status).toBe(401);
    expect((await login(b, email, {}, 'wrong password here')).status).toBe(429);
  });

  it('grows the lockout with further failures', async () => {
    const user = await createUser(a, 'researcher');
    for (let i = 0; i < 5; i++) await login(a, user.email, {}, 'wrong password here');
    const first = Number((await login(a, user.email)).headers.get('retry-after'));
    // Force the lock to lapse, then fail once more: the next lock is longer.
    const { Redis } = await import('ioredis');
    const redis = new Redis(process.env.REDIS_URL!);
    try {
      const keys = await redis.keys('casebook:login:account:*:lock');
      await Promise.all(keys.map((k) => redis.del(k)));
    } finally {
      await redis.quit();
    }
    expect((await login(a, user.email, {}, 'wrong password again')).status).toBe(401);
    const second = Number((await login(b, user.email)).headers.get('retry-after'));
    expect(first).toBeGreaterThanOrEqual(29);
    expect(second).toBeGreaterThan(first);
  });

  it('does not count malformed requests as attempts', async () => {
    const user = await createUser(a, 'interviewer');
    for (let i = 0; i < 6; i++) {
      expect((await http(`${a.url}/api/v1/auth/login`, { body: { email: user.email } })).status).toBe(400);
    }
    expect((await login(a, user.email)).status).toBe(200);
  });
});

describe('per-address throttling', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('locks a client address after 20 failures, whichever accounts it tries', async () => {
    const ip = '10.250.1.1';
    for (let i = 0; i < 20; i++) expect((await login(api, uniqueEmail('spray'), {}, 'wrong password here', ip)).status).toBe(401);
    const user = await createUser(api, 'interviewer');
    expect((await login(api, user.email, {}, undefined, ip)).status).toBe(429);
    expect((await login(api, user.email, {}, undefined, '10.250.1.2')).status).toBe(200);
  });
});
