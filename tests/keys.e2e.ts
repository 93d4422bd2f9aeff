import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Keyring, narrativeContext } from '../libs/crypto/src';
import { http, startApi, type RunningApi } from './support/api';
import { caseBody } from './support/cases';
import { signIn } from './support/identity';
import { ROOT } from './support/test-env';

describe('narrative key rotation', () => {
  let api: RunningApi;
  const oldKeys = process.env.NARRATIVE_KEYS!;
  const newKeys = `${oldKeys},rot${Date.now().toString(36).slice(-6)}:${randomBytes(32).toString('base64')}`;
  afterAll(async () => {
    process.env.NARRATIVE_KEYS = oldKeys;
    await api?.close();
    // Rotate back to the original key, so later test files can read everything again.
    const [rotated, original] = [newKeys.split(',').at(-1)!, oldKeys.split(',').at(-1)!];
    const back = spawnSync(process.execPath, [join(ROOT, 'dist/apps/cli/src/main.js'), 'keys:rotate'], {
      env: { ...process.env, NARRATIVE_KEYS: `${rotated},${original}` },
      encoding: 'utf8',
    });
    expect(back.status).toBe(0);
  });

  it('re-encrypts everything with the newest key; without the key reads fail closed', async () => {
    api = await startApi();
    const interviewer = await signIn(api, 'interviewer');
    const body = caseBody({ narrative: 'Text that must survive rotation.' });
    await http(`${api.url}/api/v1/cases`, { body, token: interviewer.accessToken });
    // A narrative written before case keys existed (sealed with the keyring itself): rotation moves it under its case key.
    const legacy = caseBody({ narrative: undefined });
    await http(`${api.url}/api/v1/cases`, { body: legacy, token: interviewer.accessToken });
    const old = new Keyring(oldKeys).seal('Written before case keys.', narrativeContext(legacy.id));
    await api.app.get(DataSource).query(`INSERT INTO narratives (case_id, key_id, ciphertext) VALUES ($1, $2, $3)`, [legacy.id, old.keyId, old.data]);
    expect((await http(`${api.url}/api/v1/cases/${legacy.id}/narrative`, { token: interviewer.accessToken })).body.narrative).toBe('Written before case keys.');
    await api.close();

    const rotate = spawnSync(process.execPath, [join(ROOT, 'dist/apps/cli/src/main.js'), 'keys:rotate'], {
      env: { ...process.env, NARRATIVE_KEYS: newKeys },
      encoding: 'utf8',
    });
    expect(rotate.stderr).not.toMatch(/error/i);
    expect(rotate.status).toBe(0);
    const newId = newKeys.split(',').at(-1)!.split(':')[0];
    expect(rotate.stdout).toContain(`with key ${newId}`);

    api = await startApi({ NARRATIVE_KEYS: newKeys });
    const db = api.app.get(DataSource);
    // Case keys are re-wrapped with the new key; the data stays sealed under its case key.
    expect(await db.query(`SELECT count(*)::int AS n FROM keystore.case_keys WHERE kek_id <> $1`, [newId])).toEqual([{ n: 0 }]);
    expect(await db.query(`SELECT count(*)::int AS n FROM narratives WHERE key_id <> '@case'`)).toEqual([{ n: 0 }]);
    const read = await http(`${api.url}/api/v1/cases/${body.id}/narrative`, { token: interviewer.accessToken });
    expect(read.body.narrative).toBe('Text that must survive rotation.');
    const moved = await http(`${api.url}/api/v1/cases/${legacy.id}/narrative`, { token: interviewer.accessToken });
    expect(moved.body.narrative).toBe('Written before case keys.');
    await api.close();

    // The old key alone can no longer read it: fail closed, no plaintext, no stack.
    api = await startApi({ NARRATIVE_KEYS: oldKeys });
    const closed = await http(`${api.url}/api/v1/cases/${body.id}/narrative`, { token: interviewer.accessToken });
    expect(closed.status).toBe(500);
    expect(JSON.stringify(closed.body)).not.toContain('survive');
    expect(closed.body.type).toBe('urn:casebook:problem:encryption-key-unavailable');
  });
});
