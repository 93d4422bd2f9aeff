import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { http, startApi, type RunningApi } from './support/api';
import { createUser, PASSWORD, randomClientIp, signIn } from './support/identity';

const WEB = { 'x-casebook-client': 'web' };
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 13; SM-A146B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36';

/** The refresh cookie of a Set-Cookie header, as a Cookie header. */
function cookieOf(headers: Headers): string {
  const set = headers.get('set-cookie') ?? '';
  const match = /cb_refresh=([^;]*)/.exec(set);
  if (!match || !match[1]) throw new Error(`no refresh cookie in ${set}`);
  return `cb_refresh=${match[1]}`;
}

describe('sessions bound to the device store', () => {
  let api: RunningApi;
  let db: DataSource;
  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  /** Signs in as the web app does: cookie mode, with a fresh device secret. */
  async function webSignIn(role: 'interviewer' | 'researcher' | 'admin' = 'interviewer') {
    const user = await createUser(api, role);
    const proof = randomBytes(32).toString('base64url');
    const response = await http(`${api.url}/api/v1/auth/login`, {
      body: { email: user.email, password: PASSWORD },
      headers: { ...WEB, 'x-casebook-device-proof': proof, 'user-agent': PHONE_UA, 'x-forwarded-for': randomClientIp() },
    });
    expect(response.status).toBe(200);
    expect(response.body.refreshToken).toBeUndefined();
    return { user, proof, cookie: cookieOf(response.headers), accessToken: response.body.accessToken as string };
  }
  const refresh = (cookie: string, proof?: string) =>
    http(`${api.url}/api/v1/auth/refresh`, { body: {}, headers: { ...WEB, cookie, ...(proof ? { 'x-casebook-device-proof': proof } : {}) } });
  const session = async (userId: string) =>
    (await db.query(`SELECT id, revoked_at, revoked_reason, device_label, device_proof_hash IS NOT NULL AS bound FROM sessions WHERE user_id = $1`, [userId]))[0];

  it('stores only the hash of the device secret and a neutral label', async () => {
    const { user, proof } = await webSignIn();
    const row = await session(user.id);
    expect(row).toMatchObject({ bound: true, device_label: 'Chrome on Android', revoked_at: null });
    const [raw] = await db.query(`SELECT encode(device_proof_hash, 'base64') AS h FROM sessions WHERE id = $1`, [row.id]);
    expect(raw.h).not.toContain(proof.slice(0, 10));
  });

  it('refreshes with the cookie and the proof', async () => {
    const { cookie, proof } = await webSignIn();
    const ok = await refresh(cookie, proof);
    expect(ok.status).toBe(200);
    expect((await http(`${api.url}/api/v1/me`, { token: ok.body.accessToken })).status).toBe(200);
  });

  it('refuses a copied cookie without the proof, and revokes the session (audited)', async () => {
    const { user, cookie, proof, accessToken } = await webSignIn();
    const copied = await refresh(cookie);
    expect(copied.status).toBe(401);
    expect(copied.body.sessionRevoked).toBe(true);
    expect((await session(user.id)).revoked_reason).toBe('device-proof');
    // The real device is cut off too (its store is wiped on this answer), and the access token stops at once.
    expect((await refresh(cookie, proof)).status).toBe(401);
    expect((await http(`${api.url}/api/v1/me`, { token: accessToken })).status).toBe(401);
    const [event] = await db.query(`SELECT summary FROM audit_events WHERE action = 'auth.refresh.device-proof-failed' AND actor_id = $1`, [user.id]);
    expect(event.summary).toEqual({ sessionRevoked: true, proofSent: false });
  });

  it('refuses a wrong proof and revokes the session', async () => {
    const { user, cookie, proof } = await webSignIn();
    const wrong = await refresh(cookie, randomBytes(32).toString('base64url'));
    expect(wrong.status).toBe(401);
    expect(wrong.body.type).toBe('urn:casebook:problem:unauthenticated');
    expect((await session(user.id)).revoked_at).not.toBeNull();
    expect((await refresh(cookie, proof)).status).toBe(401);
    const [event] = await db.query(`SELECT summary FROM audit_events WHERE action = 'auth.refresh.device-proof-failed' AND actor_id = $1`, [user.id]);
    expect(event.summary).toEqual({ sessionRevoked: true, proofSent: true });
  });

  it('refuses the cookie token sent in the body (JSON mode) without the proof', async () => {
    const { user, cookie } = await webSignIn();
    const token = decodeURIComponent(cookie.split('=')[1]);
    expect((await http(`${api.url}/api/v1/auth/refresh`, { body: { refreshToken: token } })).status).toBe(401);
    expect((await session(user.id)).revoked_reason).toBe('device-proof');
  });

  it('a lost answer: the same token again within a minute with the proof gets a new pair; without the proof it revokes', async () => {
    const { user, cookie, proof } = await webSignIn();
    const first = await refresh(cookie, proof);
    expect(first.status).toBe(200);
    const retried = await refresh(cookie, proof);
    expect(retried.status).toBe(200);
    // The pair of the lost answer no longer works; the retried one does.
    expect((await refresh(cookieOf(first.headers), proof)).status).toBe(401);
    const next = await refresh(cookieOf(retried.headers), proof);
    expect(next.status).toBe(200);
    // Reused an hour later (as if): a theft, the session ends.
    await db.query(`UPDATE refresh_tokens SET used_at = now() - interval '1 hour' WHERE used_at IS NOT NULL AND session_id = $1`, [(await session(user.id)).id]);
    expect((await refresh(cookie, proof)).status).toBe(401);
    expect((await session(user.id)).revoked_reason).toBe('refresh-token-reuse');
  });

  it('ends the session of a wiped device from its cookie alone, and says so on the next refresh', async () => {
    const { user, cookie, proof } = await webSignIn();
    const ended = await http(`${api.url}/api/v1/auth/end-session`, { body: {}, headers: { ...WEB, cookie } });
    expect(ended.status).toBe(204);
    expect(ended.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await session(user.id)).revoked_reason).toBe('device-wiped');
    const after = await refresh(cookie, proof);
    expect(after.status).toBe(401);
    expect(after.body.sessionRevoked).toBe(true);
    // Without a cookie, or an unknown one: nothing to end, no error, nothing learnt.
    expect((await http(`${api.url}/api/v1/auth/end-session`, { body: {}, headers: WEB })).status).toBe(204);
    expect((await http(`${api.url}/api/v1/auth/end-session`, { body: {}, headers: { ...WEB, cookie: 'cb_refresh=nothing-of-the-kind-here' } })).status).toBe(204);
  });

  describe('devices a user and an admin can see and cut off', () => {
    it('lists the signed-in devices with a neutral label and dates, never a place', async () => {
      const phone = await webSignIn();
      const mine = await http(`${api.url}/api/v1/me/sessions`, { token: phone.accessToken });
      expect(mine.status).toBe(200);
      expect(mine.body.items).toEqual([{ id: expect.any(String), deviceLabel: 'Chrome on Android', firstSeenAt: expect.any(String), lastSeenAt: expect.any(String), current: true }]);
      expect(JSON.stringify(mine.body)).not.toMatch(/ip|address|city|country|location/i);
    });

    it('an admin cuts a device off: audited; the device is refused and told to wipe; other devices keep working', async () => {
      const admin = await signIn(api, 'admin');
      const phone = await webSignIn();
      const laptop = await http(`${api.url}/api/v1/auth/login`, { body: { email: phone.user.email, password: PASSWORD }, headers: { 'x-forwarded-for': randomClientIp() } });
      const listed = await http(`${api.url}/api/v1/users/${phone.user.id}/sessions`, { token: admin.accessToken });
      expect(listed.status).toBe(200);
      expect(listed.body.items).toHaveLength(2);
      const target = listed.body.items.find((s: { deviceLabel: string }) => s.deviceLabel === 'Chrome on Android');
      expect(target.current).toBe(false);

      // Not someone else's session through this user's path.
      expect((await http(`${api.url}/api/v1/users/${admin.id}/sessions/${target.id}`, { method: 'DELETE', token: admin.accessToken })).status).toBe(404);
      const cut = await http(`${api.url}/api/v1/users/${phone.user.id}/sessions/${target.id}`, { method: 'DELETE', token: admin.accessToken });
      expect(cut.status).toBe(204);
      expect((await http(`${api.url}/api/v1/me`, { token: phone.accessToken })).status).toBe(401);
      const refused = await refresh(phone.cookie, phone.proof);
      expect(refused.status).toBe(401);
      expect(refused.body.sessionRevoked).toBe(true);
      expect((await http(`${api.url}/api/v1/me`, { token: laptop.body.accessToken })).status).toBe(200);
      const [event] = await db.query(`SELECT actor_id, summary FROM audit_events WHERE action = 'session.revoked' AND target_id = $1`, [target.id]);
      expect(event).toEqual({ actor_id: admin.id, summary: { userId: phone.user.id, by: 'admin' } });
      // Gone from the list; a second revocation finds nothing.
      expect((await http(`${api.url}/api/v1/users/${phone.user.id}/sessions`, { token: admin.accessToken })).body.items).toHaveLength(1);
      expect((await http(`${api.url}/api/v1/users/${phone.user.id}/sessions/${target.id}`, { method: 'DELETE', token: admin.accessToken })).status).toBe(404);
    });

    it('a user cuts off their own lost phone, but never another user\'s device', async () => {
      const phone = await webSignIn();
      const other = await webSignIn();
      const desk = (await http(`${api.url}/api/v1/auth/login`, { body: { email: phone.user.email, password: PASSWORD }, headers: { 'x-forwarded-for': randomClientIp() } })).body.accessToken;
      const otherSession = (await session(other.user.id)).id;
      expect((await http(`${api.url}/api/v1/me/sessions/${otherSession}`, { method: 'DELETE', token: desk })).status).toBe(404);
      expect((await session(other.user.id)).revoked_at).toBeNull();
      expect((await http(`${api.url}/api/v1/users/${other.user.id}/sessions`, { token: desk })).status).toBe(403);
      const lost = (await session(phone.user.id)).id;
      expect((await http(`${api.url}/api/v1/me/sessions/${lost}`, { method: 'DELETE', token: desk })).status).toBe(204);
      expect((await refresh(phone.cookie, phone.proof)).body.sessionRevoked).toBe(true);
      const [event] = await db.query(`SELECT summary FROM audit_events WHERE action = 'session.revoked' AND target_id = $1`, [lost]);
      expect(event.summary).toEqual({ userId: phone.user.id, by: 'self' });
    });
  });
});
