import { execFileSync } from 'node:child_process';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { newWithdrawalCode } from '../libs/cases/src/withdrawal-code';
import { http, startApi, type RunningApi } from './support/api';
import { caseBody } from './support/cases';
import { signIn, type SignedIn } from './support/identity';
import { rollupDrift } from './support/rollups';
import { eventually, startWorker } from './support/worker';

describe('withdrawal by code, without a name', () => {
  let api: RunningApi;
  let db: DataSource;
  let worker: INestApplicationContext;
  let interviewer: SignedIn;
  let colleague: SignedIn;
  let outsider: SignedIn;
  let admin: SignedIn;
  const call = (who: SignedIn, method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    http(`${api.url}/api/v1${path}`, { method, body, token: who.accessToken, headers });
  const withdraw = (who: SignedIn, code: string) => call(who, 'POST', '/withdrawals', { code });
  const same = (body: Record<string, unknown>) => ({ ...body, instance: '', requestId: '' });

  beforeAll(async () => {
    api = await startApi({ QUOTA_WITHDRAWAL_CODES: '6/3600', QUOTA_WITHDRAWAL_CODES_NETWORK: '1000/3600' });
    db = api.app.get(DataSource);
    worker = await startWorker();
    interviewer = await signIn(api, 'interviewer', 'Codes NGO');
    colleague = await signIn(api, 'interviewer', 'Codes NGO');
    outsider = await signIn(api, 'interviewer', 'Other Codes NGO');
    admin = await signIn(api, 'admin', 'Codes NGO');
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('the right code withdraws its case once, from any interviewer of the organisation; the code is kept only as a slow hash', async () => {
    const code = newWithdrawalCode();
    const digits = code.replace(/ /g, '');
    const body = caseBody({ withdrawalCode: code, submit: true });
    expect((await call(interviewer, 'POST', '/cases', body, { 'idempotency-key': `code-${body.id}` })).status).toBe(201);
    // A retried creation changes nothing.
    expect((await call(interviewer, 'POST', '/cases', body, { 'idempotency-key': `code-${body.id}` })).status).toBe(201);
    await eventually(async () => (await call(admin, 'GET', `/cases/${body.id}`)).body.status === 'in_review');
    expect((await call(admin, 'POST', `/cases/${body.id}/redaction/approve`)).status).toBe(200);

    const [row] = await db.query(`SELECT hash, lookup FROM withdrawal_codes WHERE case_id = $1`, [body.id]);
    expect(row.hash).toMatch(/^\$argon2id\$/);
    expect(row.lookup).toHaveLength(32);
    // Not in clear anywhere: not in any table, not in the logs, not in the stored idempotent response.
    const dump = execFileSync('pg_dump', ['--format=plain', '--no-owner', `--dbname=${process.env.DATABASE_URL}`], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    for (const form of [code, digits]) {
      expect(dump).not.toContain(form);
      expect(api.logs.join('\n')).not.toContain(form);
    }

    // Another organisation's interviewer cannot use it; the answer is that of any wrong code.
    const foreign = await withdraw(outsider, code);
    expect(foreign.status).toBe(404);

    const done = await withdraw(colleague, code.replace(/ /g, '-'));
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ withdrawn: true });
    expect((await call(admin, 'GET', `/cases/${body.id}`)).status).toBe(404);
    expect(await db.query(`SELECT 1 FROM withdrawal_codes WHERE case_id = $1`, [body.id])).toEqual([]);
    expect(await rollupDrift(db)).toBe(0);
    const again = await withdraw(colleague, code);
    expect(again.status).toBe(404);
    expect(same(again.body)).toEqual(same(foreign.body));

    const trail: Array<{ action: string; summary: unknown }> = await db.query(`SELECT action, summary FROM audit_events WHERE target_id = $1 ORDER BY seq`, [body.id]);
    expect(trail.map((e) => e.action).slice(-2)).toEqual(['case.deleted', 'case.withdraw']);
    const rejected = await db.query(`SELECT summary FROM audit_events WHERE action = 'withdrawal.code.rejected'`);
    expect(rejected.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(await db.query(`SELECT summary FROM audit_events`))).not.toContain(digits.slice(0, 8));
    expect(api.logs.join('\n')).not.toContain(digits);
  }, 60_000);

  it('wrong codes are indistinguishable, whether or not a code begins like them, and malformed ones name the field', async () => {
    const code = newWithdrawalCode();
    const body = caseBody({ withdrawalCode: code, narrative: undefined });
    expect((await call(interviewer, 'POST', '/cases', body)).status).toBe(201);
    const digits = code.replace(/ /g, '');
    // Same first six digits (the lookup finds the row; the hash says no) and an unrelated code (no row at all).
    const near = `${digits.slice(0, 6)}${((Number(digits.slice(6)) + 1) % 1e10).toString().padStart(10, '0')}`;
    let far = newWithdrawalCode().replace(/ /g, '');
    while (far.slice(0, 6) === digits.slice(0, 6)) far = newWithdrawalCode().replace(/ /g, '');
    const timed = async (c: string) => {
      const start = process.hrtime.bigint();
      const response = await withdraw(colleague, c);
      return { response, ms: Number(process.hrtime.bigint() - start) / 1e6 };
    };
    const a = await timed(near);
    const b = await timed(far);
    expect([a.response.status, b.response.status]).toEqual([404, 404]);
    expect(same(a.response.body)).toEqual(same(b.response.body));
    // Both paths verify one argon2id hash: neither is a quick "no such code".
    expect(Math.min(a.ms, b.ms)).toBeGreaterThan(5);
    expect((await call(admin, 'GET', `/cases/${body.id}`)).status).toBe(200);

    const malformed = await withdraw(colleague, '1234 5678');
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body.errors)).toContain('code');
    const badCreate = await call(interviewer, 'POST', '/cases', caseBody({ withdrawalCode: '12' }));
    expect(badCreate.status).toBe(400);
    expect(JSON.stringify(badCreate.body.errors)).toContain('withdrawalCode');
    expect(JSON.stringify(badCreate.body)).not.toContain('"12"');
  });

  it('attempts have a quota of their own: after it, 429 even for the right code', async () => {
    const guesser = await signIn(api, 'interviewer', 'Codes NGO');
    const code = newWithdrawalCode();
    const body = caseBody({ withdrawalCode: code, narrative: undefined });
    expect((await call(interviewer, 'POST', '/cases', body)).status).toBe(201);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await withdraw(guesser, newWithdrawalCode())).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 404]);
    const limited = await withdraw(guesser, code);
    expect(limited.status).toBe(429);
    expect((await call(admin, 'GET', `/cases/${body.id}`)).status).toBe(200);
    // Case writes of the same account are not affected.
    expect((await call(guesser, 'POST', '/cases', caseBody({ narrative: undefined }))).status).toBe(201);
  });
});
