import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox for BullMQ, redaction proposals, and each case's redaction status. */
export class Redaction1795312045324 implements MigrationInterface {
  name = 'Redaction1795312045324';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        id           bigserial NOT NULL,
        queue        text NOT NULL,
        name         text NOT NULL,
        job_id       text NOT NULL,
        payload      jsonb NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        available_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        attempts     integer NOT NULL DEFAULT 0,
        CONSTRAINT outbox_pkey PRIMARY KEY (id)
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (available_at, id) WHERE published_at IS NULL`);

    await q.query(`CREATE TYPE redaction_status AS ENUM ('none', 'pending', 'proposed', 'failed', 'approved')`);
    await q.query(`ALTER TABLE cases ADD redaction_status redaction_status NOT NULL DEFAULT 'none'`);
    await q.query(`ALTER TABLE cases ADD redaction_error text`);

    await q.query(`
      CREATE TABLE redaction_proposals (
        case_id             uuid NOT NULL,
        narrative_version   integer NOT NULL,
        detector_version    text NOT NULL,
        spans               jsonb NOT NULL,
        reviewed_by         uuid,
        approved_at         timestamptz,
        redacted_key_id     text NOT NULL,
        redacted_ciphertext bytea NOT NULL,
        updated_at          timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT redaction_proposals_pkey PRIMARY KEY (case_id),
        CONSTRAINT redaction_proposals_case_id_fkey FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE redaction_proposals`);
    await q.query(`ALTER TABLE cases DROP COLUMN redaction_error`);
    await q.query(`ALTER TABLE cases DROP COLUMN redaction_status`);
    await q.query(`DROP TYPE redaction_status`);
    await q.query(`DROP TABLE outbox`);
  }
}
