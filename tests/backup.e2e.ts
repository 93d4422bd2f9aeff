import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, startApi, type RunningApi } from './support/api';
import { caseBody } from './support/cases';
import { signIn } from './support/identity';
import { asSuperuser } from './support/superuser';
import { ROOT } from './support/test-env';

describe('backup and restore', () => {
  const restoredDb = `casebook_restore_${Date.now().toString(36)}`;
  const restoredUrl = () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${restoredDb}`;
    return url.toString();
  };
  let api: RunningApi | undefined;
  afterAll(async () => {
    await api?.close();
    asSuperuser(`DROP DATABASE IF EXISTS ${restoredDb} WITH (FORCE)`);
  });

  it('restores into an empty database: the right key reads every narrative, a wrong key fails closed', async () => {
    api = await startApi();
    const interviewer = await signIn(api, 'interviewer', 'Backup NGO');
    const bodies = [caseBody({ narrative: 'First narrative kept in the backup.' }), caseBody({ narrative: 'Второй рассказ в резервной копии.' })];
    for (const body of bodies) expect((await http(`${api.url}/api/v1/cases`, { body, token: interviewer.accessToken })).status).toBe(201);
    await api.close();
    api = undefined;

    const dir = mkdtempSync(join(tmpdir(), 'casebook-backup-'));
    const [file, keystore] = [join(dir, 'casebook.dump'), join(dir, 'keystore', 'keystore-now.dump')];
    execFileSync('bash', [join(ROOT, 'scripts/backup.sh'), file, keystore], { env: { ...process.env, KEYSTORE_BACKUP_DIR: join(dir, 'keystore') }, stdio: 'pipe' });
    const owner = new URL(process.env.DATABASE_URL!).username;
    asSuperuser(`CREATE DATABASE ${restoredDb} OWNER ${owner} TEMPLATE template0`);
    execFileSync('bash', [join(ROOT, 'scripts/restore.sh'), file, keystore], { env: { ...process.env, DATABASE_URL: restoredUrl() }, stdio: 'pipe' });
    // Restoring twice into the same database is refused.
    expect(spawnSync('bash', [join(ROOT, 'scripts/restore.sh'), file, keystore], { env: { ...process.env, DATABASE_URL: restoredUrl() } }).status).toBe(1);

    const verify = spawnSync(process.execPath, [join(ROOT, 'dist/apps/cli/src/main.js'), 'audit:verify'], {
      env: { ...process.env, DATABASE_URL: restoredUrl() },
      encoding: 'utf8',
    });
    expect(verify.stdout).toMatch(/Audit chain intact/);

    api = await startApi({ DATABASE_URL: restoredUrl() });
    for (const body of bodies) {
      const read = await http(`${api.url}/api/v1/cases/${body.id}/narrative`, { token: interviewer.accessToken });
      expect(read.body.narrative).toBe(body.narrative);
    }
    await api.close();

    api = await startApi({ DATABASE_URL: restoredUrl(), NARRATIVE_KEYS: `wrong:${randomBytes(32).toString('base64')}` });
    const closed = await http(`${api.url}/api/v1/cases/${bodies[0].id}/narrative`, { token: interviewer.accessToken });
    expect(closed.status).toBe(500);
    expect(closed.body.type).toBe('urn:casebook:problem:encryption-key-unavailable');
    expect(JSON.stringify(closed.body)).not.toContain('First narrative');
  });
});
