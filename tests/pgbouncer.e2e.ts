import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { http, startApi, type RunningApi } from './support/api';
import { caseBody } from './support/cases';
import { ensureRelease, requestReport } from './support/reports';
import { signIn, type SignedIn } from './support/identity';
import { freePort, stopProcess, verifyAuditChain } from './support/processes';
import { eventually, startWorker } from './support/worker';

/**
 * Casebook behind PgBouncer in transaction mode (the Debian pgbouncer, started
 * here on a free loopback port): every statement may run on another server
 * connection, so nothing may rely on session state. The API and the worker
 * go through the pooler for sign-in with MFA, idempotent submissions,
 * redaction, publication (trigger and rollups) and a report.
 */
describe('behind PgBouncer in transaction mode', () => {
  let dir: string;
  let bouncer: ChildProcess;
  let api: RunningApi;
  let worker: INestApplicationContext;

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    if (bouncer) await stopProcess(bouncer);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('signs in, submits, redacts, publishes and reports with every statement pooled', async () => {
    const direct = new URL(process.env.DATABASE_URL!);
    const port = await freePort();
    dir = mkdtempSync(join(tmpdir(), 'casebook-pgbouncer-'));
    writeFileSync(join(dir, 'userlist.txt'), `"${decodeURIComponent(direct.username)}" "${decodeURIComponent(direct.password)}"\n`, { mode: 0o600 });
    writeFileSync(
      join(dir, 'pgbouncer.ini'),
      [
        '[databases]',
        `* = host=${direct.hostname} port=${direct.port || 5432}`,
        '[pgbouncer]',
        'listen_addr = 127.0.0.1',
        `listen_port = ${port}`,
        'unix_socket_dir =',
        'auth_type = scram-sha-256',
        `auth_file = ${join(dir, 'userlist.txt')}`,
        'pool_mode = transaction',
        'default_pool_size = 4',
        'max_client_conn = 200',
        // Casebook sets statement_timeout per connection; PgBouncer must let it through.
        'ignore_startup_parameters = extra_float_digits,statement_timeout',
        `logfile = ${join(dir, 'pgbouncer.log')}`,
        `pidfile = ${join(dir, 'pgbouncer.pid')}`,
        '',
      ].join('\n'),
    );
    const program = existsSync('/usr/sbin/pgbouncer') ? '/usr/sbin/pgbouncer' : 'pgbouncer';
    // PgBouncer refuses to run as root: as root, hand its files to postgres and run it as postgres.
    if (process.getuid?.() === 0) {
      const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim()));
      for (const f of ['', 'userlist.txt', 'pgbouncer.ini']) chownSync(join(dir, f), uid, gid);
      bouncer = spawn('runuser', ['-u', 'postgres', '--', program, join(dir, 'pgbouncer.ini')], { stdio: 'ignore' });
    } else {
      bouncer = spawn(program, [join(dir, 'pgbouncer.ini')], { stdio: 'ignore' });
    }
    const pooled = new URL(direct);
    pooled.port = String(port);
    const DATABASE_URL = pooled.toString();
    await eventually(async () => {
      const probe = new DataSource({ type: 'postgres', url: DATABASE_URL });
      try {
        await probe.initialize();
        await probe.destroy();
        return true;
      } catch {
        return false;
      }
    }, 20_000, 200);

    api = await startApi({ DATABASE_URL });
    // The relay's LISTEN needs a session of its own: it goes to PostgreSQL directly, as the README says.
    worker = await startWorker({ DATABASE_URL, DATABASE_LISTEN_URL: direct.toString() });
    const db = api.app.get(DataSource);
    const admin: SignedIn = await signIn(api, 'admin', 'Pooled NGO'); // with MFA
    const interviewer = await signIn(api, 'interviewer', 'Pooled NGO');
    const researcher = await signIn(api, 'researcher', 'Pooled NGO');

    // Concurrent submissions, each sent twice with the same Idempotency-Key.
    const ids = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const body = { ...caseBody({ country: 'TJ', incidents: [{ ...caseBody().incidents[0], country: 'TJ' }] }), submit: true };
        const key = `pooled-${randomUUID()}`;
        const [a, b] = await Promise.all([0, 1].map(() => http(`${api.url}/api/v1/cases`, { body, token: interviewer.accessToken, headers: { 'idempotency-key': key } })));
        expect(a.body.id).toBe(b.body.id);
        return a.body.id as string;
      }),
    );
    await eventually(async () => (await db.query(`SELECT count(*)::int AS n FROM cases WHERE id = ANY($1) AND status = 'in_review'`, [ids]))[0].n === 20, 30_000);
    for (const id of ids.slice(0, 6)) {
      expect((await http(`${api.url}/api/v1/cases/${id}/redaction/approve`, { method: 'POST', token: admin.accessToken })).status).toBe(200);
    }
    // The researcher's report reads the protected releases; the admin's exact one counts the six published cases.
    await ensureRelease(api);
    const reportOf = (who: SignedIn, body: object) => requestReport(api, who, body);
    expect((await reportOf(researcher, { countries: ['TJ'], k: 5 })).result.rule.privacy).not.toBeNull();
    expect((await reportOf(admin, { countries: ['TJ'], k: 5, exact: true })).result.total.respondents).toBeGreaterThanOrEqual(6);
    const [{ cases }] = await db.query(`SELECT count(*)::int AS cases FROM cases WHERE id = ANY($1)`, [ids]);
    expect(cases).toBe(20);
    expect(verifyAuditChain()).toBe(0);

    // And it really went through the pooler: without it, the API is not ready.
    await stopProcess(bouncer);
    await eventually(async () => (await http(`${api.url}/health/ready`)).status === 503, 20_000, 200);
  }, 120_000);
});
