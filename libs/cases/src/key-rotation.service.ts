import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@casebook/audit';
import { Keyring } from '@casebook/crypto';
import { totpSecretContext } from '@casebook/identity';
import { narrativeContext, redactedContext } from './encryption-contexts';

export interface RotationResult {
  narratives: number;
  totpSecrets: number;
  currentKeyId: string;
}

const BATCH = 200;

/** One encrypted column: how to find rows under an old key, and how to re-encrypt one. */
interface EncryptedColumn {
  select: string;
  reencrypt: (keyring: Keyring, row: Record<string, unknown>) => { sql: string; values: unknown[] };
}

const COLUMNS: Record<'narratives' | 'redacted' | 'totp', EncryptedColumn> = {
  narratives: {
    select: `SELECT case_id, key_id, ciphertext FROM narratives WHERE key_id <> $1 ORDER BY case_id LIMIT $2 FOR UPDATE SKIP LOCKED`,
    reencrypt: (keyring, row) => {
      const id = row.case_id as string;
      const sealed = keyring.seal(keyring.open({ keyId: row.key_id as string, data: row.ciphertext as Buffer }, narrativeContext(id)), narrativeContext(id));
      return { sql: `UPDATE narratives SET key_id = $2, ciphertext = $3 WHERE case_id = $1`, values: [id, sealed.keyId, sealed.data] };
    },
  },
  redacted: {
    select: `SELECT case_id, redacted_key_id, redacted_ciphertext FROM redaction_proposals WHERE redacted_key_id <> $1 ORDER BY case_id LIMIT $2 FOR UPDATE SKIP LOCKED`,
    reencrypt: (keyring, row) => {
      const id = row.case_id as string;
      const text = keyring.open({ keyId: row.redacted_key_id as string, data: row.redacted_ciphertext as Buffer }, redactedContext(id));
      const sealed = keyring.seal(text, redactedContext(id));
      return { sql: `UPDATE redaction_proposals SET redacted_key_id = $2, redacted_ciphertext = $3 WHERE case_id = $1`, values: [id, sealed.keyId, sealed.data] };
    },
  },
  totp: {
    select: `SELECT id, mfa_secret FROM users WHERE mfa_secret IS NOT NULL AND split_part(mfa_secret, ':', 1) <> $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
    reencrypt: (keyring, row) => {
      const id = row.id as string;
      const secret = keyring.openText(row.mfa_secret as string, totpSecretContext(id));
      return { sql: `UPDATE users SET mfa_secret = $2 WHERE id = $1`, values: [id, keyring.sealToText(secret, totpSecretContext(id))] };
    },
  },
};

/**
 * Re-encrypts every narrative, redacted text and TOTP secret with the newest
 * key. Works in small transactions that skip rows locked by others, so it can
 * run while Casebook serves requests and can be interrupted and started again.
 */
@Injectable()
export class KeyRotationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keyring: Keyring,
    private readonly audit: AuditService,
  ) {}

  async rotate(onProgress: (done: RotationResult) => void = () => undefined): Promise<RotationResult> {
    const result: RotationResult = { narratives: 0, totpSecrets: 0, currentKeyId: this.keyring.currentKeyId };
    result.narratives += await this.rotateColumn(COLUMNS.narratives, (n) => onProgress({ ...result, narratives: n }));
    result.narratives += await this.rotateColumn(COLUMNS.redacted);
    result.totpSecrets = await this.rotateColumn(COLUMNS.totp);
    await this.audit.record({
      actor: { id: null, role: 'operator' },
      action: 'keys.rotated',
      summary: { currentKeyId: result.currentKeyId, narratives: result.narratives, totpSecrets: result.totpSecrets },
    });
    return result;
  }

  private async rotateColumn(column: EncryptedColumn, onProgress: (done: number) => void = () => undefined): Promise<number> {
    let done = 0;
    for (;;) {
      const n = await this.dataSource.transaction(async (manager) => {
        const rows: Array<Record<string, unknown>> = await manager.query(column.select, [this.keyring.currentKeyId, BATCH]);
        for (const row of rows) {
          const { sql, values } = column.reencrypt(this.keyring, row);
          await manager.query(sql, values);
        }
        return rows.length;
      });
      done += n;
      onProgress(done);
      if (n < BATCH) return done;
    }
  }
}
