import { DataSource } from 'typeorm';
import { http, startApi, type RunningApi } from './support/api';
import { createUser, freshTotp, login, signIn } from './support/identity';

describe('multi-factor authentication', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('lets an admin without MFA do nothing but enrol', async () => {
    const admin = await createUser(api, 'admin');
    const { accessToken } = (await login(api, admin.email)).body;
    const users = await http(`${api.url}/api/v1/users`, { token: accessToken });
    expect(users.status).toBe(403);
    expect(users.body.mfaRequired).toBe(true);
    expect((await http(`${api.url}/api/v1/me`, { token: accessToken })).status).toBe(200);

    const enrol = await http(`${api.url}/api/v1/me/mfa/enrol`, { method: 'POST', token: accessToken });
    expect(enrol.status).toBe(200);
    expect(enrol.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Casebook:.*secret=/);
    const wrong = await http(`${api.url}/api/v1/me/mfa/confirm`, { body: { totp: '000000' }, token: accessToken });
    expect(wrong.status).toBe(422);
    const confirm = await http(`${api.url}/api/v1/me/mfa/confirm`, { body: { totp: await freshTotp(enrol.body.secret) }, token: accessToken });
    expect(confirm.status).toBe(200);
    expect(confirm.body.recoveryCodes).toHaveLength(10);
    // The session proved the factor while enrolling.
    expect((await http(`${api.url}/api/v1/users`, { token: accessToken })).status).toBe(200);

    const [row] = await api.app.get(DataSource).query(`SELECT mfa_secret FROM users WHERE id = $1`, [admin.id]);
    expect(row.mfa_secret).not.toContain(enrol.body.secret);
  });

  it('requires a real TOTP code at sign-in and refuses a replayed one', async () => {
    const admin = await signIn(api, 'admin');
    const withoutCode = await login(api, admin.email);
    expect(withoutCode.status).toBe(401);
    expect(withoutCode.body.mfaRequired).toBe(true);
    expect((await login(api, admin.email, { totp: '123456' })).status).toBe(401);

    const code = await freshTotp(admin.totpSecret!, 1);
    const first = await login(api, admin.email, { totp: code });
    expect(first.status).toBe(200);
    expect((await http(`${api.url}/api/v1/users`, { token: first.body.accessToken })).status).toBe(200);
    const replay = await login(api, admin.email, { totp: code });
    expect(replay.status).toBe(401);
  });

  it('accepts each recovery code once, and an admin can reset a user\'s MFA', async () => {
    const admin = await signIn(api, 'admin');
    const other = await createUser(api, 'admin');
    const t = (await login(api, other.email)).body.accessToken;
    const secret = (await http(`${api.url}/api/v1/me/mfa/enrol`, { method: 'POST', token: t })).body.secret;
    const codes: string[] = (await http(`${api.url}/api/v1/me/mfa/confirm`, { body: { totp: await freshTotp(secret) }, token: t })).body.recoveryCodes;

    expect((await login(api, other.email, { recoveryCode: codes[0] })).status).toBe(200);
    expect((await login(api, other.email, { recoveryCode: codes[0] })).status).toBe(401);

    const reset = await http(`${api.url}/api/v1/users/${other.id}/mfa/reset`, { method: 'POST', token: admin.accessToken });
    expect(reset.status).toBe(200);
    expect(reset.body.mfaEnabled).toBe(false);
    const again = await login(api, other.email);
    expect(again.status).toBe(200);
    expect((await http(`${api.url}/api/v1/users`, { token: again.body.accessToken })).status).toBe(403);
  });

  it('issues recovery codes without look-alikes, grouped; a code typed with spaces or in capitals works once and only once; older codes still work', async () => {
    const user = await createUser(api, 'admin');
    const t = (await login(api, user.email)).body.accessToken;
    const secret = (await http(`${api.url}/api/v1/me/mfa/enrol`, { method: 'POST', token: t })).body.secret;
    const codes: string[] = (await http(`${api.url}/api/v1/me/mfa/confirm`, { body: { totp: await freshTotp(secret) }, token: t })).body.recoveryCodes;
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);

    // Typed from paper: capitals, spaces instead of hyphens.
    const typed = ` ${codes[1].toUpperCase().replace(/-/g, ' ')} `;
    const first = await login(api, user.email, { recoveryCode: typed });
    expect(first.status).toBe(200);
    expect((await http(`${api.url}/api/v1/users`, { token: first.body.accessToken })).status).toBe(200);
    // Used: refused in every spelling.
    expect((await login(api, user.email, { recoveryCode: typed })).status).toBe(401);
    expect((await login(api, user.email, { recoveryCode: codes[1] })).status).toBe(401);
    expect((await login(api, user.email, { recoveryCode: codes[1].replace(/-/g, '') })).status).toBe(401);
    // Two requests with one code at once: one passes.
    const both = await Promise.all([login(api, user.email, { recoveryCode: codes[2] }), login(api, user.email, { recoveryCode: codes[2].toUpperCase() })]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 401]);

    // A code issued before (base64url, hashed exactly as shown) keeps working, as typed, once.
    const legacy = 'Ab-x_9lO0IzQ1w';
    await api.app
      .get(DataSource)
      .query(`INSERT INTO one_time_tokens (user_id, purpose, token_hash) VALUES ($1, 'mfa_recovery', sha256(convert_to($2, 'UTF8')))`, [user.id, legacy]);
    expect((await login(api, user.email, { recoveryCode: legacy.toLowerCase() })).status).toBe(401);
    expect((await login(api, user.email, { recoveryCode: legacy })).status).toBe(200);
    expect((await login(api, user.email, { recoveryCode: legacy })).status).toBe(401);
  });

  it('lets non-admins opt in, after which their sign-in needs the code', async () => {
    const user = await createUser(api, 'interviewer');
    const t = (await login(api, user.email)).body.accessToken;
    const secret = (await http(`${api.url}/api/v1/me/mfa/enrol`, { method: 'POST', token: t })).body.secret;
    expect((await http(`${api.url}/api/v1/me/mfa/confirm`, { body: { totp: await freshTotp(secret) }, token: t })).status).toBe(200);
    expect((await login(api, user.email)).status).toBe(401);
    expect((await login(api, user.email, { totp: await freshTotp(secret, 1) })).status).toBe(200);
  });
});
