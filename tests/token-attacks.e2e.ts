import { createHmac } from 'node:crypto';
import { http, startApi, type RunningApi } from './support/api';
import { createUser, login } from './support/identity';

const b64 = (value: object | string) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const decode = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
function sign(header: object, payload: object, secret: string): string {
  const body = `${b64(header)}.${b64(payload)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('access-token attacks', () => {
  let api: RunningApi;
  let valid: string;
  let claims: Record<string, unknown>;
  beforeAll(async () => {
    api = await startApi();
    const user = await createUser(api, 'researcher');
    valid = (await login(api, user.email)).body.accessToken;
    claims = decode(valid);
  });
  afterAll(() => api.close());

  const me = (token: string) => http(`${api.url}/api/v1/me`, { token });
  const secret = () => process.env.JWT_SECRET!;

  it('accepts the genuine token (the control case)', async () => {
    expect((await me(valid)).status).toBe(200);
  });

  it('rejects an expired token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now - 3600, exp: now - 1800 }, secret());
    const response = await me(expired);
    expect(response.status).toBe(401);
    expect(response.body.type).toBe('urn:casebook:problem:unauthenticated');
  });

  it('rejects a token signed with another key', async () => {
    expect((await me(sign({ alg: 'HS256', typ: 'JWT' }, claims, 'some-other-secret-of-enough-length!!'))).status).toBe(401);
  });

  it('rejects alg: none', async () => {
    expect((await me(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`)).status).toBe(401);
  });

  it('rejects a tampered role claim', async () => {
    const [header, , signature] = valid.split('.');
    expect((await me(`${header}.${b64({ ...claims, role: 'admin' })}.${signature}`)).status).toBe(401);
  });

  it('rejects a token whose lifetime exceeds 15 minutes even if correctly signed', async () => {
    const now = Math.floor(Date.now() / 1000);
    const long = sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now - 1000, exp: now + 86400 }, secret());
    expect((await me(long)).status).toBe(401);
  });

  it('rejects a revoked token', async () => {
    const user = await createUser(api, 'interviewer');
    const tokens = (await login(api, user.email)).body;
    await http(`${api.url}/api/v1/auth/logout`, { method: 'POST', token: tokens.accessToken });
    expect((await me(tokens.accessToken)).status).toBe(401);
  });

  it('rejects a garbage bearer and a missing one', async () => {
    expect((await me('not.a.token')).status).toBe(401);
    expect((await http(`${api.url}/api/v1/me`)).status).toBe(401);
  });
});
