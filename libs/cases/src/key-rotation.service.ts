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

/**
 * Re-encrypts every narrative and TOTP secret with the newest key. Works in
 * small transactions that skip rows locked by others, so it can run while
 * Casebook serves requests and can be interrupted and started again.
 */
@Injectable()
export class KeyRotationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keyring: Keyring,
    private readonly audit: AuditService,
  ) {}

  async rotate(onProgress: (done: RotationResult) => void = () => undefined): Promise<RotationResult> {
    const current = this.keyring.currentKeyId;
    const result: RotationResult = { narratives: 0, totpSecrets: 0, currentKeyId: current };
    for (;;) {
      const n = await this.dataSource.transaction(async (manager) => {
        const rows: Array<{ case_id: string; key_id: string; ciphertext: Buffer }> = await manager.query(
          `SELECT case_id, key_id, ciphertext FROM narratives WHERE key_id <> $1 ORDER BY case_id LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [current, BATCH],
        );
        for (const row of rows) {
          const plain = this.keyring.open({ keyId: row.key_id, data: row.ciphertext }, narrativeContext(row.case_id));
          const sealed = this.keyring.seal(plain, narrativeContext(row.case_id));
          await manager.query(`UPDATE narratives SET key_id = $2, ciphertext = $3 WHERE case_id = $1`, [row.case_id, sealed.keyId, sealed.data]);
        }
        return rows.length;
      });
      result.narratives += n;
      onProgress(result);
      if (n < BATCH) break;
    }
    for (;;) {
      const n = await this.dataSource.transaction(async (manager) => {
        const rows: Array<{ case_id: string; redacted_key_id: string; redacted_ciphertext: Buffer }> = await manager.query(
          `SELECT case_id, redacted_key_id, redacted_ciphertext FROM redaction_proposals WHERE redacted_key_id <> $1 ORDER BY case_id LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [current, BATCH],
        );
        for (const row of rows) {
          const plain = this.keyring.open({ keyId: row.redacted_key_id, data: row.redacted_ciphertext }, redactedContext(row.case_id));
          const sealed = this.keyring.seal(plain, redactedContext(row.case_id));
          await manager.query(`UPDATE redaction_proposals SET redacted_key_id = $2, redacted_ciphertext = $3 WHERE case_id = $1`, [row.case_id, sealed.keyId, sealed.data]);
        }
        return rows.length;
      });
      result.narratives += n;
      if (n < BATCH) break;
    }
    for (;;) {
      const n = await this.dataSource.transaction(async (manager) => {
        const rows: Array<{ id: string; mfa_secret: string }> = await manager.query(
          `SELECT id, mfa_secret FROM users WHERE mfa_secret IS NOT NULL AND split_part(mfa_secret, ':', 1) <> $1
            ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [current, BATCH],
        );
        for (const row of rows) {
          const plain = this.keyring.openText(row.mfa_secret, totpSecretContext(row.id));
          await manager.query(`UPDATE users SET mfa_secret = $2 WHERE id = $1`, [row.id, this.keyring.sealToText(plain, totpSecretContext(row.id))]);
        }
        return rows.length;
      });
      result.totpSecrets += n;
      if (n < BATCH) break;
    }
    await this.audit.record({
      actor: { id: null, role: 'operator' },
      action: 'keys.rotated',
      summary: { currentKeyId: current, narratives: result.narratives, totpSecrets: result.totpSecrets },
    });
    return result;
  }
}
