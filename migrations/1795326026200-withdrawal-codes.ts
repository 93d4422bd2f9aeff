import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Withdrawal without a name: the respondent keeps a 16-digit code (shown at
 * consent, written on a card); the server keeps only an argon2id hash of it
 * and an HMAC of its first six digits (keyed from a configured secret), so
 * that a code is found without trying every hash. The row goes with its case.
 */
export class WithdrawalCodes1795326026200 implements MigrationInterface {
  name = 'WithdrawalCodes1795326026200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE withdrawal_codes (
        case_id         uuid NOT NULL,
        organisation_id uuid NOT NULL,
        lookup          bytea NOT NULL,
        hash            text NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT withdrawal_codes_pkey PRIMARY KEY (case_id),
        CONSTRAINT withdrawal_codes_case_id_fkey FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX withdrawal_codes_lookup_idx ON withdrawal_codes (lookup)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE withdrawal_codes`);
  }
}
