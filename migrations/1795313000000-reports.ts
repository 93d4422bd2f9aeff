import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports: requests with their stored results, and the fact table they read,
 * kept by a trigger so that only published cases ever count.
 */
export class Reports1795313000000 implements MigrationInterface {
  name = 'Reports1795313000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE report_status AS ENUM ('queued', 'running', 'done', 'failed')`);
    await q.query(`
      CREATE TABLE reports (
        id              uuid NOT NULL,
        requested_by_id uuid NOT NULL,
        params          jsonb NOT NULL,
        params_hash     text NOT NULL,
        data_version    bigint NOT NULL,
        status          report_status NOT NULL DEFAULT 'queued',
        progress        smallint NOT NULL DEFAULT 0,
        result          jsonb,
        error           text,
        created_at      timestamptz NOT NULL DEFAULT now(),
        finished_at     timestamptz,
        CONSTRAINT reports_pkey PRIMARY KEY (id)
      )`);
    await q.query(`CREATE INDEX reports_reuse_idx ON reports (params_hash, data_version)`);
    await q.query(`CREATE INDEX reports_requested_by_idx ON reports (requested_by_id)`);

    await q.query(`
      CREATE TABLE report_facts (
        case_id           uuid NOT NULL,
        incident_id       uuid NOT NULL,
        perpetrator_type  text NOT NULL,
        abuse_category    text NOT NULL,
        perpetrator_group text NOT NULL,
        abuse_group       text NOT NULL,
        organisation_id   uuid NOT NULL,
        country           character(2) NOT NULL,
        year              smallint NOT NULL,
        month             smallint,
        gender            text NOT NULL,
        age_band          text NOT NULL,
        work_setting      text NOT NULL,
        location_type     text NOT NULL,
        CONSTRAINT report_facts_pkey PRIMARY KEY (case_id, incident_id, perpetrator_type, abuse_category)
      )`);
    await q.query(`CREATE INDEX report_facts_country_year_idx ON report_facts (country, year)`);
    await q.query(`CREATE INDEX report_facts_case_idx ON report_facts (case_id)`);

    // Bumped on every change of the facts: a stored result is reused only while it is unchanged.
    await q.query(`CREATE SEQUENCE report_data_version`);
    await q.query(`
      CREATE FUNCTION report_facts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'published' AND OLD.status IS DISTINCT FROM 'published' THEN
          INSERT INTO report_facts (case_id, incident_id, perpetrator_type, abuse_category, perpetrator_group, abuse_group,
                                    organisation_id, country, year, month, gender, age_band, work_setting, location_type)
          SELECT DISTINCT NEW.id, i.id, p.type, a.category, coalesce(tp.group_code, 'other'), coalesce(ta.group_code, 'other'),
                 NEW.organisation_id, i.country, i.year, i.month, NEW.gender, NEW.age_band, NEW.work_setting, i.location_type
            FROM incidents i
            JOIN incident_perpetrators p ON p.incident_id = i.id
            JOIN incident_abuses a ON a.incident_id = i.id
            LEFT JOIN taxonomy_terms tp ON tp.vocabulary = 'perpetrator_type' AND tp.code = p.type
            LEFT JOIN taxonomy_terms ta ON ta.vocabulary = 'abuse_category' AND ta.code = a.category
           WHERE i.case_id = NEW.id
          ON CONFLICT DO NOTHING;
          PERFORM nextval('report_data_version');
        ELSIF OLD.status = 'published' AND NEW.status IS DISTINCT FROM 'published' THEN
          DELETE FROM report_facts WHERE case_id = NEW.id;
          PERFORM nextval('report_data_version');
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER report_facts_sync AFTER UPDATE OF status ON cases FOR EACH ROW EXECUTE FUNCTION report_facts_sync()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER report_facts_sync ON cases`);
    await q.query(`DROP FUNCTION report_facts_sync()`);
    await q.query(`DROP SEQUENCE report_data_version`);
    await q.query(`DROP TABLE report_facts`);
    await q.query(`DROP TABLE reports`);
    await q.query(`DROP TYPE report_status`);
  }
}
