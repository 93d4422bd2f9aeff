import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Editable drafts with version checks, and return reasons:
 * - cases.version and cases.updated_at change on every write to a case row,
 *   whichever code writes it (a trigger, so no raw UPDATE can leave them stale);
 *   clients send the version back in If-Match.
 * - the reason an admin gives when returning a case, encrypted like the
 *   narrative (it may quote the case), and when; cleared on resubmission.
 */
export class CaseVersions1795318000000 implements MigrationInterface {
  name = 'CaseVersions1795318000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE cases ADD COLUMN return_reason_key_id text`);
    await q.query(`ALTER TABLE cases ADD COLUMN return_reason_ciphertext bytea`);
    await q.query(`ALTER TABLE cases ADD COLUMN returned_at timestamptz`);
    await q.query(`
      CREATE FUNCTION cases_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.updated_at := clock_timestamp();
        NEW.version := OLD.version + 1;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER cases_touch BEFORE UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION cases_touch()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER cases_touch ON cases`);
    await q.query(`DROP FUNCTION cases_touch()`);
    await q.query(`ALTER TABLE cases DROP COLUMN returned_at`);
    await q.query(`ALTER TABLE cases DROP COLUMN return_reason_ciphertext`);
    await q.query(`ALTER TABLE cases DROP COLUMN return_reason_key_id`);
    await q.query(`ALTER TABLE cases DROP COLUMN version`);
  }
}
