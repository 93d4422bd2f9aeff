import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { http, startApi, type RunningApi } from './support/api';
import { caseBody } from './support/cases';
import { signIn, type SignedIn } from './support/identity';
import { requestReport } from './support/reports';
import { rollupDrift } from './support/rollups';
import { asSuperuser } from './support/superuser';
import { ROOT } from './support/test-env';
import { eventually, startWorker } from './support/worker';

const mn = (overrides: Record<string, unknown> = {}) =>
  caseBody({ country: 'ME', region: undefined, city: undefined, incidents: [{ ...caseBody().incidents[0], country: 'ME', place: undefined }], ...overrides });

/** Which tables of a plain SQL dump hold a line with `needle`. */
function tablesHolding(dump: string, needle: string): string[] {
  const tables = new Set<string>();
  let table: string | null = null;
  for (const line of dump.split('\n')) {
    const copy = /^COPY (\S+) /.exec(line);
    if (copy) table = copy[1];
    else if (line === '\\.') table = null;
    else if (line.includes(needle)) tables.add(table ?? 'schema');
  }
  return [...tables].sort();
}

describe('deleting a case holds in every copy', () => {
  let api: RunningApi | undefined;
  let worker: INestApplicationContext;
  let db: DataSource;
  let interviewer: SignedIn;
  let admin: SignedIn;
  const restored: string[] = [];
  const urlOf = (name: string) => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const dumpOf = (url: string) => execFileSync('pg_dump', ['--format=plain', '--no-owner', `--dbname=${url}`], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const dir = mkdtempSync(join(tmpdir(), 'casebook-erasure-'));
  const keystoreDir = join(dir, 'keystore');
  const backup = (name: string) => {
    const file = join(dir, `${name}.dump`);
    const keystore = join(keystoreDir, `keystore-${name}.dump`);
    execFileSync('bash', [join(ROOT, 'scripts/backup.sh'), file, keystore], {
      env: { ...process.env, KEYSTORE_BACKUP_DIR: keystoreDir, KEYSTORE_BACKUP_RETENTION_DAYS: '35' },
      stdio: 'pipe',
    });
    return { file, keystore };
  };
  const restore = (file: string, keystore: string) => {
    const name = `casebook_erasure_${Date.now().toString(36)}_${restored.length}`;
    asSuperuser(`CREATE DATABASE ${name} OWNER ${new URL(process.env.DATABASE_URL!).username} TEMPLATE template0`);
    restored.push(name);
    execFileSync('bash', [join(ROOT, 'scripts/restore.sh'), file, keystore], { env: { ...process.env, DATABASE_URL: urlOf(name) }, stdio: 'pipe' });
    return urlOf(name);
  };
  const call = (who: SignedIn, method: string, path: string, body?: unknown) => http(`${api!.url}/api/v1${path}`, { method, body, token: who.accessToken });
  const publish = async (body: ReturnType<typeof mn>) => {
    expect((await call(interviewer, 'POST', '/cases', { ...body, submit: true })).status).toBe(201);
    await eventually(async () => (await call(admin, 'GET', `/cases/${body.id}`)).body.status === 'in_review');
    expect((await call(admin, 'POST', `/cases/${body.id}/redaction/approve`)).status).toBe(200);
  };
  const respondents = async () => (await requestReport(api!, admin, { countries: ['ME'], k: 5, exact: true })).result.total.respondents;

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    worker = await startWorker();
    interviewer = await signIn(api, 'interviewer', 'Erasure NGO');
    admin = await signIn(api, 'admin', 'Erasure NGO');
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    for (const name of restored) asSuperuser(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('withdrawal and an admin deletion: gone from every table, rollups recounted, reports recomputed; old backups unreadable once the keystore backups expire', async () => {
    const withdrawn = mn({ narrative: 'Withdrawn-narrative: she asked us to forget this, Zarina from the market.' });
    const deleted = mn({ narrative: 'Admin-deleted narrative about the checkpoint on the highway.' });
    const draft = mn({ narrative: 'A draft that an admin deletes as entered in error.' });
    const kept = [mn({ narrative: 'A kept narrative that must still read after every restore.' }), ...[1, 2, 3, 4].map(() => mn({ narrative: undefined }))];
    for (const body of [withdrawn, deleted, ...kept]) await publish(body);
    expect((await call(interviewer, 'POST', '/cases', draft)).status).toBe(201);
    expect(await respondents()).toBe(7);
    expect(await rollupDrift(db)).toBe(0);
    const [{ key: withdrawnRecordKey }] = await db.query(`SELECT record_key::text AS key FROM report_record_keys WHERE case_id = $1`, [withdrawn.id]);

    const before = backup('before');
    const [{ v: versionBefore }] = await db.query(`SELECT last_value::text AS v FROM report_data_version`);

    // Withdrawal of consent by the interviewer.
    const w = await call(interviewer, 'POST', `/cases/${withdrawn.id}/withdraw`, { reason: 'consent_withdrawn' });
    expect(w.status).toBe(200);
    expect(w.body).toMatchObject({ id: withdrawn.id, status: 'withdrawn', hasNarrative: false });
    expect(await rollupDrift(db)).toBe(0);
    expect(await respondents()).toBe(6);

    // An admin's decision, with a reason code; free text is refused, other roles are not allowed (see the authz matrix).
    const free = await call(admin, 'DELETE', `/cases/${deleted.id}`, { reason: 'she told us' });
    expect(free.status).toBe(400);
    expect(JSON.stringify(free.body.errors)).toContain('reason');
    expect((await call(interviewer, 'DELETE', `/cases/${deleted.id}`, { reason: 'duplicate' })).status).toBe(403);
    const d = await call(admin, 'DELETE', `/cases/${deleted.id}`, { reason: 'safety_risk' });
    expect(d.status).toBe(200);
    expect(d.body).toEqual({ id: deleted.id, deleted: true });
    expect((await call(admin, 'DELETE', `/cases/${deleted.id}`, { reason: 'safety_risk' })).status).toBe(404);
    expect((await call(admin, 'DELETE', `/cases/${draft.id}`, { reason: 'entered_in_error' })).status).toBe(200);
    expect(await rollupDrift(db)).toBe(0);
    expect(await respondents()).toBe(5);
    const [{ v: versionAfter }] = await db.query(`SELECT last_value::text AS v FROM report_data_version`);
    expect(BigInt(versionAfter)).toBeGreaterThan(BigInt(versionBefore));

    for (const body of [withdrawn, deleted, draft]) {
      expect((await call(admin, 'GET', `/cases/${body.id}`)).status).toBe(404);
      expect((await call(admin, 'GET', `/cases/${body.id}/narrative`)).status).toBe(404);
      const [left] = await db.query(
        `SELECT (SELECT count(*) FROM cases WHERE id = $1)::int + (SELECT count(*) FROM incidents WHERE case_id = $1)::int
              + (SELECT count(*) FROM narratives WHERE case_id = $1)::int + (SELECT count(*) FROM redaction_proposals WHERE case_id = $1)::int
              + (SELECT count(*) FROM report_facts WHERE case_id = $1)::int + (SELECT count(*) FROM report_record_keys WHERE case_id = $1)::int
              + (SELECT count(*) FROM keystore.case_keys WHERE case_id = $1)::int AS n`,
        [body.id],
      );
      expect(left.n).toBe(0);
      // Audited: who and why (codes), never what the case held.
      const events: Array<{ action: string; summary: unknown }> = await db.query(`SELECT action, summary FROM audit_events WHERE target_id = $1 ORDER BY seq`, [body.id]);
      expect(events.map((e) => e.action)).toContain('case.deleted');
      expect(JSON.stringify(events)).not.toMatch(/narrative about|forget this|entered as/i);
    }
    // The record key is retired and can never be drawn again.
    expect(await db.query(`SELECT 1 FROM report_retired_record_keys WHERE record_key = $1::bigint`, [withdrawnRecordKey])).toHaveLength(1);
    await expect(db.query(`INSERT INTO report_record_keys (case_id, record_key) VALUES ($1, $2::bigint)`, [kept[1].id, withdrawnRecordKey])).rejects.toThrow(/retired/);

    // In the live database, the deleted cases' ids remain only in the audit trail.
    const live = dumpOf(process.env.DATABASE_URL!);
    for (const body of [withdrawn, deleted, draft]) expect(tablesHolding(live, body.id)).toEqual(['public.audit_events']);

    const after = backup('after');

    // The old case data with the current keystore: the withdrawn case's narrative fails closed, the kept one reads.
    await api!.close();
    api = await startApi({ DATABASE_URL: restore(before.file, after.keystore) });
    const closed = await call(admin, 'GET', `/cases/${withdrawn.id}/narrative`);
    expect(closed.status).toBe(500);
    expect(closed.body.type).toBe('urn:casebook:problem:encryption-key-unavailable');
    expect(JSON.stringify(closed.body)).not.toContain('forget this');
    expect((await call(admin, 'GET', `/cases/${deleted.id}/narrative`)).status).toBe(500);
    expect((await call(admin, 'GET', `/cases/${kept[0].id}/narrative`)).body.narrative).toBe(kept[0].narrative);
    const restoredDump = dumpOf(urlOf(restored.at(-1)!));
    expect(restoredDump).not.toContain('forget this');
    expect(restoredDump).not.toContain('checkpoint on the highway');
    expect(tablesHolding(restoredDump, withdrawn.id)).not.toContain('keystore.case_keys');
    await api.close();

    // With the keystore backup from before the deletion it still reads: the documented window.
    api = await startApi({ DATABASE_URL: restore(before.file, before.keystore) });
    expect((await call(admin, 'GET', `/cases/${withdrawn.id}/narrative`)).body.narrative).toBe(withdrawn.narrative);
    await api.close();
    api = undefined;

    // 36 days later the next backup deletes that keystore backup; every keystore backup left is younger than the deletion.
    const old = new Date(Date.now() - 36 * 86_400_000);
    utimesSync(before.keystore, old, old);
    backup('later');
    expect(existsSync(before.keystore)).toBe(false);
    const left = readdirSync(keystoreDir);
    expect(left).toHaveLength(2);
    for (const file of left) {
      const keys = execFileSync('pg_restore', ['--file=-', join(keystoreDir, file)], { encoding: 'utf8' });
      expect(keys).toContain(kept[0].id);
      expect(keys).not.toContain(withdrawn.id);
      expect(keys).not.toContain(deleted.id);
    }
  }, 240_000);
});
