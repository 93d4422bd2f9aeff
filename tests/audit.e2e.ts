import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AuditService } from '@casebook/audit';
import { http, startApi, type RunningApi } from './support/api';
import { signIn, type SignedIn } from './support/identity';
import { asSuperuser } from './support/superuser';
import { ROOT } from './support/test-env';

function cli(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'dist/apps/cli/src/main.js'), ...args], { env: process.env, encoding: 'utf8' });
}

describe('audit log', () => {
  let api: RunningApi;
  let db: DataSource;
  let admin: SignedIn;
  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    admin = await signIn(api, 'admin');
  });
  afterAll(() => api.close());

  it('refuses UPDATE, DELETE and TRUNCATE from the application role', async () => {
    await expect(db.query(`UPDATE audit_events SET action = 'x' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_events WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
  });

  it('keeps the chain intact under concurrent writers', async () => {
    const audit = api.app.get(AuditService);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => audit.record({ actor: { id: null, role: 'test' }, action: 'test.concurrent', summary: { i } })),
    );
    const verify = await http(`${api.url}/api/v1/audit/verify`, { token: admin.accessToken });
    expect(verify.status).toBe(200);
    expect(verify.body).toMatchObject({ intact: true, firstBrokenSeq: null });
    expect(verify.body.checked).toBeGreaterThan(40);
    const result = cli('audit:verify');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Audit chain intact/);
  });

  it('lists events for admins, filtered, with truncated client networks', async () => {
    const list = await http(`${api.url}/api/v1/audit?action=auth.&actorId=${admin.id}&limit=5`, { token: admin.accessToken });
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    for (const item of list.body.items) {
      expect(item.action.startsWith('auth.')).toBe(true);
      if (item.clientNetwork) expect(item.clientNetwork).toMatch(/\/(24|48)$/);
    }
  });

  it('lists 1,500+ events newest first by number, and paging visits each event exactly once', async () => {
    // 1,500 events in one statement (the chain trigger numbers and links each row).
    await db.query(
      `INSERT INTO audit_events (actor_role, action, summary) SELECT 'test', 'test.bulk', jsonb_build_object('i', i) FROM generate_series(1, 1500) i`,
    );
    const [{ total, newest }] = await db.query(`SELECT count(*)::int AS total, max(seq)::text AS newest FROM audit_events`);
    expect(Number(newest)).toBeGreaterThanOrEqual(1500);

    const first = await http(`${api.url}/api/v1/audit?limit=100`, { token: admin.accessToken });
    expect(first.status).toBe(200);
    expect(first.body.items[0].seq).toBe(newest);
    expect(first.body.items[0]).toMatchObject({ action: 'test.bulk', summary: { i: 1500 } });

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { status: number; body: { items: Array<{ seq: string }>; nextCursor: string | null } } = await http(
        `${api.url}/api/v1/audit?limit=137${cursor ? `&cursor=${cursor}` : ''}`,
        { token: admin.accessToken },
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((e) => e.seq));
      cursor = page.body.nextCursor;
      pages++;
      expect(pages).toBeLessThan(100);
    } while (cursor);
    const numbers = seen.map(Number);
    expect(new Set(seen).size).toBe(seen.length);
    // Every event up to the newest at the start, once (reading the log may add events after it).
    expect(numbers.filter((n) => n <= Number(newest))).toHaveLength(total);
    // Strictly descending by number, across page boundaries (e.g. 1000 before 999).
    for (let i = 1; i < numbers.length; i++) expect(numbers[i]).toBeLessThan(numbers[i - 1]);
    expect(numbers[numbers.length - 1]).toBe(1);

    // The `before` filter compares numbers too.
    const before = await http(`${api.url}/api/v1/audit?before=1001&limit=3`, { token: admin.accessToken });
    expect(before.body.items.map((e: { seq: string }) => e.seq)).toEqual(['1000', '999', '998']);
  });

  it('reports a row altered directly in the database by a superuser, naming it', async () => {
    const [{ seq, summary }] = await db.query(`SELECT seq::text, summary::text FROM audit_events ORDER BY seq LIMIT 1 OFFSET 2`);
    asSuperuser(
      `BEGIN; SET LOCAL session_replication_role = replica; UPDATE audit_events SET summary = '{"tampered": true}' WHERE seq = ${seq}; COMMIT;`,
    );
    try {
      const verify = await http(`${api.url}/api/v1/audit/verify`, { token: admin.accessToken });
      expect(verify.body).toMatchObject({ intact: false, firstBrokenSeq: seq });
      const result = cli('audit:verify');
      expect(result.status).toBe(1);
      expect(result.stdout).toContain(`BROKEN at event ${seq}`);
    } finally {
      // Put the original content back so later test files start from an intact log.
      asSuperuser(
        `BEGIN; SET LOCAL session_replication_role = replica; UPDATE audit_events SET summary = '${summary.replace(/'/g, "''")}' WHERE seq = ${seq}; COMMIT;`,
      );
    }
  });
});

describe('audit log after repair', () => {
  it('is intact again (the tamper test restored the original content)', async () => {
    const result = cli('audit:verify');
    expect(result.stdout).toMatch(/Audit chain intact/);
    expect(result.status).toBe(0);
  });
});
