import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention, set by admins (one row): untouched drafts and returned cases not
 * resubmitted are deleted after their periods; the raw narrative of an
 * approved case is dropped (only the redacted text is kept) unless raw
 * narratives are kept for a stated purpose; published cases are listed for an
 * admin's review after some years, never deleted by the job. A period left
 * empty is off: until an admin sets a policy, nothing is deleted by time.
 *
 * cases.raw_dropped_at: when the raw narrative was dropped (the review screen says so).
 * retention_runs: the daily job's runs (started, finished, what it did: counts only).
 */
export class Retention1795326026210 implements MigrationInterface {
  name = 'Retention1795326026210';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE retention_policy (
        id                       boolean NOT NULL DEFAULT true,
        draft_days               integer,
        returned_days            integer,
        keep_raw_narratives      boolean NOT NULL DEFAULT false,
        keep_raw_purpose         text,
        published_review_years   integer,
        updated_at               timestamptz NOT NULL DEFAULT now(),
        updated_by               uuid,
        CONSTRAINT retention_policy_pkey PRIMARY KEY (id),
        CONSTRAINT retention_policy_one_row CHECK (id),
        CONSTRAINT retention_policy_draft_days_check CHECK (draft_days BETWEEN 1 AND 3650),
        CONSTRAINT retention_policy_returned_days_check CHECK (returned_days BETWEEN 1 AND 3650),
        CONSTRAINT retention_policy_review_years_check CHECK (published_review_years BETWEEN 1 AND 100),
        CONSTRAINT retention_policy_purpose_check CHECK (NOT keep_raw_narratives OR length(trim(keep_raw_purpose)) > 0)
      )`);
    // Raw narratives are kept until an admin decides; every period is off.
    await q.query(`INSERT INTO retention_policy (keep_raw_narratives, keep_raw_purpose) VALUES (true, 'No retention policy set yet')`);
    await q.query(`ALTER TABLE cases ADD COLUMN raw_dropped_at timestamptz`);
    await q.query(`
      CREATE TABLE retention_runs (
        id          bigserial NOT NULL,
        started_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
        finished_at timestamptz,
        deleted     integer NOT NULL DEFAULT 0,
        raw_dropped integer NOT NULL DEFAULT 0,
        CONSTRAINT retention_runs_pkey PRIMARY KEY (id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE retention_runs`);
    await q.query(`ALTER TABLE cases DROP COLUMN raw_dropped_at`);
    await q.query(`DROP TABLE retention_policy`);
  }
}
