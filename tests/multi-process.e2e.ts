import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@casebook/database';
import { AccountsService } from '@casebook/identity';
import { http, startApi } from './support/api';
import { caseBody } from './support/cases';
import { PASSWORD, randomClientIp, uniqueEmail } from './support/identity';
import { freePort, startProcess as start, stopProcess, verifyAuditChain } from './support/processes';
import { eventually } from './support/worker';

describe('several API and worker processes sharing PostgreSQL and Redis', () => {
  const children: ChildProcess[] = [];
  let db: DataSource;
  afterAll(async () => {
    await Promise.all(children.map((c) => stopProcess(c)));
    await db?.destroy();
  });

  it('spreads submissions over two APIs, handles each job once with two workers, keeps the audit chain and shares lockouts', async () => {
    const ports = [await freePort(), await freePort()];
    const common = { TRUST_PROXY: 'loopback' };
    for (const port of ports) children.push(await start('api', { ...common, PORT: String(port) }));
    for (let i = 0; i < 2; i++) children.push(await start('worker', common));
    const urls = ports.map((p) => `http://127.0.0.1:${p}`);
    db = new DataSource(dataSourceOptions(process.env.DATABASE_URL!, 'casebook-test-multi'));
    await db.initialize();

    // Accounts are created with the application's own service (in this process).
    const seeding = await startApi();
    const email = uniqueEmail('multi');
    await seeding.app.get(AccountsService).createWithPassword({ email, displayName: 'Multi', role: 'interviewer', organisation: 'Multi NGO', password: PASSWORD, via: 'test' });
    await seeding.close();

    const login = await http(`${urls[0]}/api/v1/auth/login`, { body: { email, password: PASSWORD }, headers: { 'x-forwarded-for': randomClientIp() } });
    const token = login.body.accessToken as string;
    // A refresh on one API and a replay on the other: the family is revoked everywhere.
    const refreshed = await http(`${urls[1]}/api/v1/auth/refresh`, { body: { refreshToken: login.body.refreshToken } });
    expect(refreshed.status).toBe(200);
    expect((await http(`${urls[0]}/api/v1/auth/refresh`, { body: { refreshToken: login.body.refreshToken } })).status).toBe(401);
    const access = (await http(`${urls[0]}/api/v1/auth/login`, { body: { email, password: PASSWORD }, headers: { 'x-forwarded-for': randomClientIp() } })).body.accessToken as string;
    void token;

    const ids: string[] = [];
    await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        const body = { ...caseBody(), submit: true };
        const key = `multi-${randomUUID()}`;
        const first = await http(`${urls[i % 2]}/api/v1/cases`, { body, token: access, headers: { 'idempotency-key': key } });
        // The phone retries the same submission through the other API process.
        const retry = await http(`${urls[(i + 1) % 2]}/api/v1/cases`, { body, token: access, headers: { 'idempotency-key': key } });
        expect([first.status, retry.status]).toEqual([201, 201]);
        expect(retry.body.id).toBe(first.body.id);
        ids.push(first.body.id);
      }),
    );
    await eventually(async () => (await db.query(`SELECT count(*)::int AS n FROM cases WHERE id = ANY($1) AND status = 'in_review'`, [ids]))[0].n === 60, 60_000);
    const [once] = await db.query(
      `SELECT (SELECT count(*) FROM redaction_proposals WHERE case_id = ANY($1))::int AS proposals,
              (SELECT count(*) FROM audit_events WHERE action = 'case.redaction.proposed' AND target_id = ANY($1::text[]))::int AS proposed,
              (SELECT count(*) FROM audit_events WHERE action = 'case.created' AND target_id = ANY($1::text[]))::int AS created`,
      [ids],
    );
    expect(once).toEqual({ proposals: 60, proposed: 60, created: 60 });

    expect(verifyAuditChain()).toBe(0);

    // Five failures spread over both processes lock the account on both.
    const victim = uniqueEmail('locked');
    for (let i = 0; i < 5; i++) await http(`${urls[i % 2]}/api/v1/auth/login`, { body: { email: victim, password: 'wrong password here' }, headers: { 'x-forwarded-for': randomClientIp() } });
    for (const url of urls) expect((await http(`${url}/api/v1/auth/login`, { body: { email: victim, password: 'wrong password here' }, headers: { 'x-forwarded-for': randomClientIp() } })).status).toBe(429);
  }, 150_000);
  it('answers every request in hand when an API is stopped with SIGTERM under load, and stores no half-done submission', async () => {
    const port = await freePort();
    const api = await start('api', { PORT: String(port) });
    children.push(api);
    const url = `http://127.0.0.1:${port}`;
    db ??= await new DataSource(dataSourceOptions(process.env.DATABASE_URL!, 'casebook-test-multi')).initialize();
    const seeding = await startApi();
    const email = uniqueEmail('drain');
    await seeding.app.get(AccountsService).createWithPassword({ email, displayName: 'Drain', role: 'interviewer', organisation: 'Drain NGO', password: PASSWORD, via: 'test' });
    await seeding.close();
    const access = (await http(`${url}/api/v1/auth/login`, { body: { email, password: PASSWORD }, headers: { 'x-forwarded-for': randomClientIp() } })).body.accessToken as string;

    const exited = new Promise<number | null>((resolve) => api.once('exit', (code) => resolve(code)));
    const bodies = Array.from({ length: 150 }, () => ({ ...caseBody(), submit: true }));
    const outcomes = bodies.map(async (body, i) => {
      await new Promise((resolve) => setTimeout(resolve, i)); // a stream of submissions, one a millisecond
      try {
        return (await http(`${url}/api/v1/cases`, { body, token: access, headers: { 'idempotency-key': `drain-${body.id}` } })).status;
      } catch {
        return 'refused'; // after the listener closed: the phone retries elsewhere
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    api.kill('SIGTERM');
    const statuses = await Promise.all(outcomes);
    expect(await exited).toBe(0);
    // 201, or 503 with Connection: close for a request that came on a kept-alive connection while draining, or refused.
    expect(statuses.filter((s) => s !== 201 && s !== 503 && s !== 'refused')).toEqual([]);
    const answered = bodies.filter((_, i) => statuses[i] === 201).map((b) => b.id);
    expect(answered.length).toBeGreaterThan(0);
    // Every acknowledged submission is stored whole; none of the others is stored at all.
    const stored = (await db.query(`SELECT id FROM cases WHERE id = ANY($1)`, [bodies.map((b) => b.id)])).map((r: { id: string }) => r.id).sort();
    expect(stored).toEqual(answered.sort());
  }, 60_000);
});
