import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DecryptionError, Keyring, type Sealed } from './keyring';

/** The key id written beside data sealed with its case's own key (a keyring key id never starts with '@'). */
export const CASE_KEY_ID = '@case';

/** Additional authenticated data of a wrapped case key: a wrapped key only unwraps for its case. */
export const caseKeyContext = (caseId: string) => `keystore:${caseId}:case-key`;

function sealWith(key: Buffer, plaintext: string, context: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { keyId: CASE_KEY_ID, data: Buffer.concat([iv, cipher.getAuthTag(), body]) };
}

function openWith(key: Buffer, sealed: Sealed, context: string): string {
  if (sealed.data.length < 28) throw new DecryptionError('ciphertext is truncated');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.data.subarray(0, 12));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(sealed.data.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.data.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    throw new DecryptionError('authentication failed (wrong key or altered data)');
  }
}

/**
 * The unwrapped keys of some cases, for one piece of work (never cached
 * beyond it: a destroyed key must stop working at once). Data written before
 * case keys existed (a keyring key id) is still read with the keyring, until
 * `keys:rotate` moves it under its case key.
 */
export class CaseKeySet {
  constructor(
    private readonly keyring: Keyring,
    private readonly keys: Map<string, Buffer>,
  ) {}

  has(caseId: string): boolean {
    return this.keys.has(caseId);
  }

  seal(caseId: string, plaintext: string, context: string): Sealed {
    const key = this.keys.get(caseId);
    if (!key) throw new Error(`No key loaded for case ${caseId}`);
    return sealWith(key, plaintext, context);
  }

  /** Fails closed: a destroyed or missing case key, a wrong key-encryption key or altered data is a DecryptionError. */
  open(caseId: string, sealed: Sealed, context: string): string {
    if (sealed.keyId !== CASE_KEY_ID) return this.keyring.open(sealed, context);
    const key = this.keys.get(caseId);
    if (!key) throw new DecryptionError('the case key does not exist (the case was deleted)');
    return openWith(key, sealed, context);
  }
}

/**
 * Per-case data keys, kept wrapped in the keystore schema (see the keystore
 * migration). Every sealed field of a case (narrative, redacted text, return
 * reason) is encrypted under its case's key; deleting the key shreds them all,
 * in every copy of the case data.
 */
@Injectable()
export class CaseKeysService {
  constructor(private readonly keyring: Keyring) {}

  /** The keys of these cases; with `create`, a new key for each case that has none. */
  async load(manager: EntityManager, caseIds: string[], create = false): Promise<CaseKeySet> {
    const ids = [...new Set(caseIds)];
    if (create && ids.length) {
      const fresh = ids.map((id) => this.keyring.seal(randomBytes(32).toString('base64'), caseKeyContext(id)));
      await manager.query(
        `INSERT INTO keystore.case_keys (case_id, kek_id, wrapped)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::bytea[]) ON CONFLICT (case_id) DO NOTHING`,
        [ids, fresh.map((s) => s.keyId), fresh.map((s) => s.data)],
      );
    }
    const rows: Array<{ case_id: string; kek_id: string; wrapped: Buffer }> = ids.length
      ? await manager.query(`SELECT case_id, kek_id, wrapped FROM keystore.case_keys WHERE case_id = ANY($1::uuid[])`, [ids])
      : [];
    const keys = new Map<string, Buffer>();
    for (const row of rows) {
      const key = Buffer.from(this.keyring.open({ keyId: row.kek_id, data: row.wrapped }, caseKeyContext(row.case_id)), 'base64');
      if (key.length !== 32) throw new DecryptionError('a wrapped case key is malformed');
      keys.set(row.case_id, key);
    }
    return new CaseKeySet(this.keyring, keys);
  }

  async seal(manager: EntityManager, caseId: string, plaintext: string, context: string): Promise<Sealed> {
    return (await this.load(manager, [caseId], true)).seal(caseId, plaintext, context);
  }

  async open(manager: EntityManager, caseId: string, sealed: Sealed, context: string): Promise<string> {
    const keys = sealed.keyId === CASE_KEY_ID ? await this.load(manager, [caseId]) : new CaseKeySet(this.keyring, new Map());
    return keys.open(caseId, sealed, context);
  }

  /** Destroys the keys of these cases (in the caller's transaction). */
  async destroy(manager: EntityManager, caseIds: string[]): Promise<number> {
    const [, n]: [unknown, number] = await manager.query(`DELETE FROM keystore.case_keys WHERE case_id = ANY($1::uuid[])`, [caseIds]);
    return n;
  }
}
