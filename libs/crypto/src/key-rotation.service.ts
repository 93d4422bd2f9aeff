import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@casebook/audit';
import { CASE_KEY_ID, caseKeyContext, CaseKeysService } from './case-keys.service';
import { narrativeContext, redactedContext, returnReasonContext, totpSecretContext } from './encryption-contexts';
import { Keyring } from './keyring';

export interface RotationResult {
  /** Case keys re-wrapped with the newest key-encryption key. */
  caseKeys: number;
  /** Sealed case fields still under the keyring (written before case keys) moved under their case key. */
  narratives: number;
  totpSecrets: number;
  currentKeyId: string;
}

const BATCH = 200;

/** One batch of work: select rows (locked), rewrite them; returns how many. */
type Step = (keyring: Keyring, caseKeys: CaseKeysService, manager: EntityManager) => Promise<number>;

/** A case's bytea field still sealed with the keyring: opened with it and sealed again under the case key. */
function legacyCaseField(table: string, id: string, keyColumn: string, dataColumn: string, context: (id: string) => string): Step {
  return async (keyring, caseKeys, manager) => {
    const rows: Array<{ id: string; key_id: string; data: Buffer }> = await manager.query(
      `SELECT ${id} AS id, ${keyColumn} AS key_id, ${dataColumn} AS data FROM ${table}
        WHERE ${keyColumn} <> '${CASE_KEY_ID}' ORDER BY ${id} LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [BATCH],
    );
    if (!rows.length) return 0;
    const keys = await caseKeys.load(manager, rows.map((r) => r.id), true);
    for (const row of rows) {
      const sealed = keys.seal(row.id, keyring.open({ keyId: row.key_id, data: row.data }, context(row.id)), context(row.id));
      await manager.query(`UPDATE ${table} SET ${keyColumn} = $2, ${dataColumn} = $3 WHERE ${id} = $1`, [row.id, sealed.keyId, sealed.data]);
    }
    return rows.length;
  };
}

const rewrapCaseKeys: Step = async (keyring, _caseKeys, manager) => {
  const rows: Array<{ case_id: string; kek_id: string; wrapped: Buffer }> = await manager.query(
    `SELECT case_id, kek_id, wrapped FROM keystore.case_keys WHERE kek_id <> $1 ORDER BY case_id LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [keyring.currentKeyId, BATCH],
  );
  for (const row of rows) {
    const ctx = caseKeyContext(row.case_id);
    const sealed = keyring.seal(keyring.open({ keyId: row.kek_id, data: row.wrapped }, ctx), ctx);
    await manager.query(`UPDATE keystore.case_keys SET kek_id = $2, wrapped = $3 WHERE case_id = $1`, [row.case_id, sealed.keyId, sealed.data]);
  }
  return rows.length;
};

const rotateTotp: Step = async (keyring, _caseKeys, manager) => {
  const rows: Array<{ id: string; mfa_secret: string }> = await manager.query(
    `SELECT id, mfa_secret FROM users WHERE mfa_secret IS NOT NULL AND split_part(mfa_secret, ':', 1) <> $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [keyring.currentKeyId, BATCH],
  );
  for (const row of rows) {
    const secret = keyring.openText(row.mfa_secret, totpSecretContext(row.id));
    await manager.query(`UPDATE users SET mfa_secret = $2 WHERE id = $1`, [row.id, keyring.sealToText(secret, totpSecretContext(row.id))]);
  }
  return rows.length;
};

const LEGACY = [
  legacyCaseField('narratives', 'case_id', 'key_id', 'ciphertext', narrativeContext),
  legacyCaseField('redaction_proposals', 'case_id', 'redacted_key_id', 'redacted_ciphertext', redactedContext),
  legacyCaseField('cases', 'id', 'return_reason_key_id', 'return_reason_ciphertext', returnReasonContext),
];

/**
 * Rotation of NARRATIVE_KEYS: re-wraps every case key and TOTP secret with the
 * newest key (the case data itself is not touched), and moves any case field
 * still sealed with the keyring (written before case keys) under its case key.
 * Works in small transactions that skip rows locked by others, so it can run
 * while Casebook serves requests and can be interrupted and started again.
 */
@Injectable()
export class KeyRotationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keyring: Keyring,
    private readonly caseKeys: CaseKeysService,
    private readonly audit: AuditService,
  ) {}

  async rotate(onProgress: (done: RotationResult) => void = () => undefined): Promise<RotationResult> {
    const result: RotationResult = { caseKeys: 0, narratives: 0, totpSecrets: 0, currentKeyId: this.keyring.currentKeyId };
    // Old-format data first: its new case keys are then wrapped with the newest key already.
    for (const step of LEGACY) result.narratives += await this.run(step, (n) => onProgress({ ...result, narratives: result.narratives + n }));
    result.caseKeys = await this.run(rewrapCaseKeys, (n) => onProgress({ ...result, caseKeys: n }));
    result.totpSecrets = await this.run(rotateTotp);
    await this.audit.record({
      actor: { id: null, role: 'operator' },
      action: 'keys.rotated',
      summary: { currentKeyId: result.currentKeyId, caseKeys: result.caseKeys, migratedFields: result.narratives, totpSecrets: result.totpSecrets },
    });
    return result;
  }

  private async run(step: Step, onProgress: (done: number) => void = () => undefined): Promise<number> {
    let done = 0;
    for (;;) {
      const n = await this.dataSource.transaction((manager) => step(this.keyring, this.caseKeys, manager));
      done += n;
      onProgress(done);
      if (n < BATCH) return done;
    }
  }
}
