import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deleting a case, in one statement (`case_erase`), whatever asked for it
 * (withdrawal of consent, an admin's decision, the retention job):
 *
 * - its rollup contributions are taken out and its facts deleted (as when a
 *   case is unpublished), so the rollups still equal a recount;
 * - its record key is retired: kept, without its case, in
 *   report_retired_record_keys, and a trigger refuses it to any later case
 *   (report_publish draws again on that unique_violation), so it is never reused;
 * - its data key is destroyed in the keystore: every copy of its sealed fields
 *   (narrative, redacted text, return reason), in any backup, becomes unreadable
 *   once the keystore backups from before are gone;
 * - its rows (case, incidents, narrative, proposal, stored idempotent
 *   responses, its outbox messages) are deleted;
 * - the data version moves on, so cached reports are computed again.
 *
 * Cases already withdrawn under the old rule (kept as a row with its
 * narrative destroyed) are deleted now.
 */
export class CaseErasure1795326026100 implements MigrationInterface {
  name = 'CaseErasure1795326026100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_retired_record_keys (
        record_key bigint NOT NULL,
        retired_at date NOT NULL DEFAULT current_date,
        CONSTRAINT report_retired_record_keys_pkey PRIMARY KEY (record_key)
      )`);
    await q.query(`
      CREATE FUNCTION report_record_keys_fresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM report_retired_record_keys WHERE record_key = NEW.record_key) THEN
          RAISE EXCEPTION 'record key was retired with a deleted case' USING ERRCODE = 'unique_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER report_record_keys_fresh BEFORE INSERT OR UPDATE OF record_key ON report_record_keys
      FOR EACH ROW EXECUTE FUNCTION report_record_keys_fresh()`);
    await q.query(`
      CREATE FUNCTION case_erase(case_ids uuid[]) RETURNS SETOF uuid LANGUAGE plpgsql AS $$
      DECLARE
        erased uuid[];
        counted uuid[];
      BEGIN
        SELECT coalesce(array_agg(id), '{}') INTO erased FROM (SELECT id FROM cases WHERE id = ANY(case_ids) ORDER BY id FOR UPDATE) x;
        IF cardinality(erased) = 0 THEN RETURN; END IF;
        SELECT coalesce(array_agg(DISTINCT case_id), '{}') INTO counted FROM report_facts WHERE case_id = ANY(erased);
        IF cardinality(counted) > 0 THEN PERFORM report_unpublish(counted); END IF;
        INSERT INTO report_retired_record_keys (record_key)
        SELECT record_key FROM report_record_keys WHERE case_id = ANY(erased) ON CONFLICT DO NOTHING;
        DELETE FROM report_record_keys WHERE case_id = ANY(erased);
        DELETE FROM keystore.case_keys WHERE case_id = ANY(erased);
        DELETE FROM idempotency_keys WHERE response->>'id' = ANY(erased::text[]);
        DELETE FROM outbox WHERE payload->>'caseId' = ANY(erased::text[]);
        DELETE FROM cases WHERE id = ANY(erased);
        PERFORM nextval('report_data_version');
        RETURN QUERY SELECT unnest(erased);
      END $$`);
    await q.query(`SELECT count(*) FROM case_erase(ARRAY(SELECT id FROM cases WHERE status = 'withdrawn'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION case_erase(uuid[])`);
    await q.query(`DROP TRIGGER report_record_keys_fresh ON report_record_keys`);
    await q.query(`DROP FUNCTION report_record_keys_fresh()`);
    await q.query(`DROP TABLE report_retired_record_keys`);
  }
}
