import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@casebook/audit';
import { narrativeContext, redactedContext, returnReasonContext, totpSecretContext } from './encryption-contexts';
import { Keyring } from './keyring';

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

/** A bytea column sealed with the keyring (key id in a column of its own), under a context per row id. */
function sealedColumn(table: string, id: string, keyColumn: string, dataColumn: string, context: (id: string) => string): EncryptedColumn {
  return {
    select: `SELECT ${id} AS id, ${keyColumn} AS key_id, ${dataColumn} AS data FROM ${table} WHERE ${keyColumn} <> $1 ORDER BY ${id} LIMIT $2 FOR UPDATE SKIP LOCKED`,
    reencrypt: (keyring, row) => {
      const rowId = row.id as string;
      const sealed = keyring.seal(keyring.open({ keyId: row.key_id as string, data: row.data as Buffer }, context(rowId)), context(rowId));
      return { sql: `UPDATE ${table} SET ${keyColumn} = $2, ${dataColumn} = $3 WHERE ${id} = $1`, values: [rowId, sealed.keyId, sealed.data] };
    },
  };
}

const COLUMNS: Record<'narratives' | 'redacted' | 'returnReasons' | 'totp', EncryptedColumn> = {
  narratives: sealedColumn('narratives', 'case_id', 'key_id', 'ciphertext', narrativeContext),
  redacted: sealedColumn('redaction_proposals', 'case_id', 'redacted_key_id', 'redacted_ciphertext', redactedContext),
  returnReasons: sealedColumn('cases', 'id', 'return_reason_key_id', 'return_reason_ciphertext', returnReasonContext),
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
 * Re-encrypts every narrative, redacted text, return reason and TOTP secret with the newest
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
    result.narratives += await this.rotateColumn(COLUMNS.returnReasons);
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
