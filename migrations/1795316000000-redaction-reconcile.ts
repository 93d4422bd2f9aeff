import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lookups for the redaction reconciler: the few cases waiting for a
 * proposal, and a case's messages in the outbox.
 */
export class RedactionReconcile1795316000000 implements MigrationInterface {
  name = 'RedactionReconcile1795316000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX cases_redaction_pending_idx ON cases (id) WHERE redaction_status = 'pending'`);
    await q.query(`CREATE INDEX outbox_case_idx ON outbox ((payload->>'caseId'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_case_idx`);
    await q.query(`DROP INDEX cases_redaction_pending_idx`);
  }
}
