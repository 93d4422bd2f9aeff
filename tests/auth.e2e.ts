import { DataSource } from 'typeorm';
import { http, startApi, type RunningApi } from './support/api';
import { createUser, login, PASSWORD, signIn, uniqueEmail } from './support/identity';

describe('sign-in and sessions', () => {
  let api: RunningApi;
  let db: DataSource;
  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  const auditActions = async (targetId: string): Promise<string[]> =>
    (await db.query(`SELECT action FROM audit_events WHERE target_id = $1 ORDER BY seq`, [targetId])).map((r: { action: string }) => r.action);

  it('signs in, shows the user, and never reveals whether an e-mail exists', async () => {
    const user = await createUser(api, 'interviewer');
    const ok = await login(api, user.email.toUpperCase());
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900, tokenType: 'Bearer' });
    const me = await http(`${api.url}/api/v1/me`, { token: ok.body.accessToken });
    expect(me.body).toMatchObject({ id: user.id, email: user.email, role: 'interviewer', status: 'active', mfaEnabled: false });
    expect(JSON.stringify(me.body)).not.toMatch(/hash|secret/i);

    const wrongPassword = await login(api, user.email, {}, 'not the password at all');
    const unknown = await login(api, uniqueEmail('nobody'));
    expect(wrongPassword.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrongPassword.body.detail).toBe(unknown.body.detail);
    expect(wrongPassword.body.type).toBe(unknown.body.type);
    expect(await auditActions(user.id)).toEqual(expect.arrayContaining(['auth.login.succeeded', 'auth.login.failed']));
  });

  it('takes about as long for an unknown e-mail as for a wrong password', async () => {
    const user = await createUser(api, 'researcher');
    const time = async (email: string) => {
      const start = process.hrtime.bigint();
      await login(api, email, {}, 'definitely wrong password');
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time(user.email));
      unknown.push(await time(uniqueEmail('ghost')));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1];
    // Both verify an argon2id hash; the unknown path must not be much faster.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });

  it('rotates refresh tokens; a reused one revokes the whole session and is audited', async () => {
    const user = await createUser(api, 'interviewer');
    const first = (await login(api, user.email)).body;
    const second = await http(`${api.url}/api/v1/auth/refresh`, { body: { refreshToken: first.refreshToken } });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect((await http(`${api.url}/api/v1/me`, { token: second.body.accessToken })).status).toBe(200);

    const replay = await http(`${api.url}/api/v1/auth/refresh`, { body: { refreshToken: first.refreshToken } });
    expect(replay.status).toBe(401);
    // The family is gone: the newest refresh token and the access tokens stop working too.
    expect((await http(`${api.url}/api/v1/auth/refresh`, { body: { refreshToken: second.body.refreshToken } })).status).toBe(401);
    expect((await http(`${api.url}/api/v1/me`, { token: second.body.accessToken })).status).toBe(401);
    const [reuse] = await db.query(`SELECT actor_id, summary FROM audit_events WHERE action = 'auth.refresh.reuse-detected' AND actor_id = $1`, [user.id]);
    expect(reuse.summary).toEqual({ sessionRevoked: true });
  });

  it('logout revokes the session', async () => {
    const user = await createUser(api, 'researcher');
    const tokens = (await login(api, user.email)).body;
    expect((await http(`${api.url}/api/v1/auth/logout`, { method: 'POST', token: tokens.accessToken })).status).toBe(204);
    expect((await http(`${api.url}/api/v1/me`, { token: tokens.accessToken })).status).toBe(401);
    expect((await http(`${api.url}/api/v1/auth/refresh`, { body: { refreshToken: tokens.refreshToken } })).status).toBe(401);
  });

  it('disabling a user or changing their role invalidates their tokens at once', async () => {
    const admin = await signIn(api, 'admin');
    const victim = await createUser(api, 'interviewer');
    const a = (await login(api, victim.email)).body;
    const roleChange = await http(`${api.url}/api/v1/users/${victim.id}/role`, { method: 'PUT', body: { role: 'researcher' }, token: admin.accessToken });
    expect(roleChange.status).toBe(200);
    expect(roleChange.body.role).toBe('researcher');
    expect((await http(`${api.url}/api/v1/me`, { token: a.accessToken })).status).toBe(401);

    const b = (await login(api, victim.email)).body;
    expect((await http(`${api.url}/api/v1/users/${victim.id}/disable`, { method: 'POST', token: admin.accessToken })).status).toBe(200);
    expect((await http(`${api.url}/api/v1/me`, { token: b.accessToken })).status).toBe(401);
    expect((await login(api, victim.email)).status).toBe(401);
    expect((await http(`${api.url}/api/v1/users/${victim.id}/enable`, { method: 'POST', token: admin.accessToken })).status).toBe(200);
    expect((await login(api, victim.email)).status).toBe(200);
    expect(await auditActions(victim.id)).toEqual(expect.arrayContaining(['user.role.changed', 'user.disabled', 'user.enabled']));
  });

  it('never demotes or disables the last active admin', async () => {
    const admin = await signIn(api, 'admin');
    // Leave exactly one active admin: disable every other one directly.
    await db.query(`UPDATE users SET status = 'disabled' WHERE role = 'admin' AND id <> $1`, [admin.id]);
    const demote = await http(`${api.url}/api/v1/users/${admin.id}/role`, { method: 'PUT', body: { role: 'researcher' }, token: admin.accessToken });
    expect(demote.status).toBe(409);
    expect(demote.body.detail).toMatch(/last active admin/);
    const disable = await http(`${api.url}/api/v1/users/${admin.id}/disable`, { method: 'POST', token: admin.accessToken });
    expect(disable.status).toBe(409);
    const [row] = await db.query(`SELECT role, status FROM users WHERE id = $1`, [admin.id]);
    expect(row).toEqual({ role: 'admin', status: 'active' });
  });

  it('creates users with a one-time reset token that sets their password once', async () => {
    const admin = await signIn(api, 'admin');
    const organisationId = (await db.query(`SELECT organisation_id FROM users WHERE id = $1`, [admin.id]))[0].organisation_id;
    const email = uniqueEmail('new');
    const created = await http(`${api.url}/api/v1/users`, {
      body: { email, displayName: 'New Interviewer', role: 'interviewer', organisationId },
      token: admin.accessToken,
    });
    expect(created.status).toBe(201);
    const token = created.body.passwordResetToken as string;
    expect((await login(api, email)).status).toBe(401);

    const weak = await http(`${api.url}/api/v1/auth/password-reset`, { body: { token, newPassword: 'password1234' } });
    expect(weak.status).toBe(422);
    expect(weak.body.errors).toEqual([expect.objectContaining({ pointer: '/newPassword', message: expect.stringMatching(/too common/) })]);
    expect((await http(`${api.url}/api/v1/auth/password-reset`, { body: { token, newPassword: PASSWORD } })).status).toBe(204);
    expect((await http(`${api.url}/api/v1/auth/password-reset`, { body: { token, newPassword: PASSWORD } })).status).toBe(422);
    expect((await login(api, email)).status).toBe(200);

    const [stored] = await db.query(`SELECT token_hash FROM one_time_tokens WHERE purpose = 'password_reset' ORDER BY created_at DESC LIMIT 1`);
    expect(Buffer.from(stored.token_hash).toString('utf8')).not.toContain(token);

    const duplicate = await http(`${api.url}/api/v1/users`, { body: { email, displayName: 'x', role: 'researcher', organisationId }, token: admin.accessToken });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors).toEqual([expect.objectContaining({ pointer: '/email', message: 'is already in use' })]);
  });

  it('changes a password, signing out the other sessions', async () => {
    const user = await createUser(api, 'researcher');
    const here = (await login(api, user.email)).body;
    const elsewhere = (await login(api, user.email)).body;
    const short = await http(`${api.url}/api/v1/me/password`, { body: { currentPassword: PASSWORD, newPassword: 'short' }, token: here.accessToken });
    expect(short.status).toBe(422);
    expect(short.body.errors[0].pointer).toBe('/newPassword');
    const changed = await http(`${api.url}/api/v1/me/password`, {
      body: { currentPassword: PASSWORD, newPassword: 'lantern biscuit harbour tulip' },
      token: here.accessToken,
    });
    expect(changed.status).toBe(204);
    expect((await http(`${api.url}/api/v1/me`, { token: here.accessToken })).status).toBe(200);
    expect((await http(`${api.url}/api/v1/me`, { token: elsewhere.accessToken })).status).toBe(401);
    expect((await login(api, user.email, {}, 'lantern biscuit harbour tulip')).status).toBe(200);
  });

  it('answers malformed requests with problems naming the fields', async () => {
    const bad = await http(`${api.url}/api/v1/auth/login`, { body: { email: 'not-an-email', password: 5, role: 'admin' } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { pointer: '/role', message: 'is not an allowed property', code: 'not-allowed-property', params: {}, detail: 'is not an allowed property' },
        { pointer: '/email', message: 'must be an email', code: 'not-an-email', params: {}, detail: 'must be an email' },
        { pointer: '/password', message: 'must be a string', code: 'not-a-string', params: {}, detail: 'must be a string' },
      ]),
    );
    const malformed = await http(`${api.url}/api/v1/auth/login`, { raw: '{"email":', headers: { 'content-type': 'application/json' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.type).toBe('urn:casebook:problem:malformed-json');
    const wrongType = await http(`${api.url}/api/v1/auth/login`, { raw: 'email=a', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(wrongType.status).toBe(415);
    const huge = await http(`${api.url}/api/v1/auth/login`, { body: { email: 'a@b.cd', password: 'x'.repeat(300_000) } });
    expect(huge.status).toBe(413);
    const notUuid = await http(`${api.url}/api/v1/users/not-a-uuid`, { token: (await signIn(api, 'admin')).accessToken });
    expect(notUuid.status).toBe(400);
    expect(notUuid.body.errors).toEqual([expect.objectContaining({ parameter: 'id', message: 'must be a UUID' })]);
  });
});
