import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Report rollups, maintained on publish, so that the common reports read a
 * few thousand pre-counted rows instead of grouping millions of facts with
 * count(DISTINCT).
 *
 * Distinct respondents cannot be summed across groups that share a case, so
 * every rollup row counts each case once in exactly one partition:
 *
 * - report_rollup_profile is partitioned by the case's own attributes
 *   (organisation, gender, age band, work setting). Every published case lies
 *   in exactly one partition, so sums over any set of partitions are exact:
 *   reports without a country or period filter read only this table.
 * - report_rollup_slice is partitioned by organisation, country and year, and
 *   holds only cases whose facts all lie in one country and one year. For a
 *   country or period filter, Casebook sums those rows and adds the facts of
 *   the other cases (report_facts.multi_slice), counted directly; the two sets
 *   of cases are disjoint, so the totals stay exact.
 *
 * Each row is a (kind, key1, key2) count: the cells and margins of the
 * cross-tab at type and group level, the total, and every breakdown.
 */
export class ReportRollups1795314000000 implements MigrationInterface {
  name = 'ReportRollups1795314000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_facts ADD COLUMN multi_slice boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE INDEX report_facts_multi_slice_idx ON report_facts (country, year) WHERE multi_slice`);
    await q.query(`
      CREATE TABLE report_rollup_profile (
        organisation_id uuid NOT NULL,
        gender          text COLLATE "C" NOT NULL,
        age_band        text COLLATE "C" NOT NULL,
        work_setting    text COLLATE "C" NOT NULL,
        kind            text COLLATE "C" NOT NULL,
        key1            text COLLATE "C" NOT NULL,
        key2            text COLLATE "C" NOT NULL,
        respondents     integer NOT NULL,
        incidents       integer NOT NULL,
        CONSTRAINT report_rollup_profile_pkey PRIMARY KEY (organisation_id, gender, age_band, work_setting, kind, key1, key2)
      ) WITH (fillfactor = 50)`);
    await q.query(`
      CREATE TABLE report_rollup_slice (
        organisation_id uuid NOT NULL,
        country         character(2) NOT NULL,
        year            smallint NOT NULL,
        kind            text COLLATE "C" NOT NULL,
        key1            text COLLATE "C" NOT NULL,
        key2            text COLLATE "C" NOT NULL,
        respondents     integer NOT NULL,
        incidents       integer NOT NULL,
        CONSTRAINT report_rollup_slice_pkey PRIMARY KEY (organisation_id, country, year, kind, key1, key2)
      ) WITH (fillfactor = 50)`);

    // Adds (sign 1) or removes (sign -1) the given cases' contributions, read
    // from their facts. Rows are upserted in key order so that concurrent
    // publishes lock shared rows in the same order and cannot deadlock.
    // What each case contributes: one respondent and its distinct incidents
    // for every cell, margin, total and breakdown key it has, with its
    // partitions (single: all of its facts lie in one country and one year).
    await q.query(`
      CREATE FUNCTION report_rollup_contributions(case_ids uuid[])
      RETURNS TABLE (organisation_id uuid, gender text, age_band text, work_setting text, single boolean, country character(2), year smallint,
                     kind text, key1 text, key2 text, respondents bigint, incidents bigint)
      LANGUAGE sql STABLE SET work_mem = '64MB' AS $$
        WITH per_case AS (
          SELECT case_id, organisation_id, gender, age_band, work_setting, NOT bool_or(multi_slice) AS single, min(country) AS country, min(year) AS year,
                 CASE WHEN GROUPING(perpetrator_type, abuse_category) = 0 THEN 'cell_tt' WHEN GROUPING(perpetrator_type, abuse_group) = 0 THEN 'cell_tg'
                      WHEN GROUPING(perpetrator_group, abuse_category) = 0 THEN 'cell_gt' WHEN GROUPING(perpetrator_group, abuse_group) = 0 THEN 'cell_gg'
                      WHEN GROUPING(perpetrator_type) = 0 THEN 'row_t' WHEN GROUPING(perpetrator_group) = 0 THEN 'row_g'
                      WHEN GROUPING(abuse_category) = 0 THEN 'col_t' WHEN GROUPING(abuse_group) = 0 THEN 'col_g'
                      WHEN GROUPING(country) = 0 THEN 'country' WHEN GROUPING(year) = 0 THEN 'year'
                      WHEN GROUPING(location_type) = 0 THEN 'location_type' ELSE 'total' END AS kind,
                 coalesce(perpetrator_type, perpetrator_group, abuse_category, abuse_group, country::text, year::text, location_type, '') AS key1,
                 CASE WHEN GROUPING(perpetrator_type) = 0 OR GROUPING(perpetrator_group) = 0 THEN coalesce(abuse_category, abuse_group, '') ELSE '' END AS key2,
                 count(DISTINCT incident_id) AS incidents
            FROM report_facts
           WHERE case_id = ANY(case_ids)
           GROUP BY case_id, organisation_id, gender, age_band, work_setting,
                    GROUPING SETS ((perpetrator_type, abuse_category), (perpetrator_type, abuse_group), (perpetrator_group, abuse_category),
                                   (perpetrator_group, abuse_group), (perpetrator_type), (perpetrator_group), (abuse_category), (abuse_group),
                                   (country), (year), (location_type), ())
        ), keyed AS (
          SELECT organisation_id, gender, age_band, work_setting, single, country, year, kind, key1, key2, incidents FROM per_case
          UNION ALL
          -- The breakdowns by the case's own attributes.
          SELECT p.organisation_id, p.gender, p.age_band, p.work_setting, p.single, p.country, p.year, k.kind, k.key1, '', p.incidents
            FROM per_case p CROSS JOIN LATERAL (VALUES ('gender', p.gender), ('age_band', p.age_band), ('work_setting', p.work_setting)) AS k(kind, key1)
           WHERE p.kind = 'total'
        )
        SELECT organisation_id, gender, age_band, work_setting, single, country, year, kind, key1, key2, 1::bigint, incidents FROM keyed
      $$`);

    // Adds (sign 1) or removes (sign -1) the cases' contributions. Rows are
    // upserted in key order, so concurrent publishes lock shared rows in the
    // same order and cannot deadlock.
    await q.query(`
      CREATE FUNCTION report_rollups_apply(case_ids uuid[], sign integer) RETURNS void LANGUAGE sql AS $$
        WITH c AS (
          SELECT * FROM report_rollup_contributions(case_ids)
        ), profile AS (
          INSERT INTO report_rollup_profile AS r (organisation_id, gender, age_band, work_setting, kind, key1, key2, respondents, incidents)
          SELECT organisation_id, gender, age_band, work_setting, kind, key1, key2, sign * sum(respondents), sign * sum(incidents)
            FROM c GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
          ON CONFLICT (organisation_id, gender, age_band, work_setting, kind, key1, key2)
          DO UPDATE SET respondents = r.respondents + EXCLUDED.respondents, incidents = r.incidents + EXCLUDED.incidents
        )
        INSERT INTO report_rollup_slice AS r (organisation_id, country, year, kind, key1, key2, respondents, incidents)
        SELECT organisation_id, country, year, kind, key1, key2, sign * sum(respondents), sign * sum(incidents)
          FROM c WHERE single GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (organisation_id, country, year, kind, key1, key2)
        DO UPDATE SET respondents = r.respondents + EXCLUDED.respondents, incidents = r.incidents + EXCLUDED.incidents
      $$`);

    // Publishing and unpublishing, for the trigger and for bulk loads: the
    // facts of the cases (read from their current rows) and their rollups.
    await q.query(`
      CREATE FUNCTION report_publish(case_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO report_facts (case_id, incident_id, perpetrator_type, abuse_category, perpetrator_group, abuse_group,
                                  organisation_id, country, year, month, gender, age_band, work_setting, location_type, multi_slice)
        SELECT d.*, (min(d.country) OVER w <> max(d.country) OVER w OR min(d.year) OVER w <> max(d.year) OVER w)
          FROM (SELECT DISTINCT c.id, i.id, p.type, a.category, coalesce(tp.group_code, 'other'), coalesce(ta.group_code, 'other'),
                       c.organisation_id, i.country, i.year, i.month, c.gender, c.age_band, c.work_setting, i.location_type
                  FROM cases c
                  JOIN incidents i ON i.case_id = c.id
                  JOIN incident_perpetrators p ON p.incident_id = i.id
                  JOIN incident_abuses a ON a.incident_id = i.id
                  LEFT JOIN taxonomy_terms tp ON tp.vocabulary = 'perpetrator_type' AND tp.code = p.type
                  LEFT JOIN taxonomy_terms ta ON ta.vocabulary = 'abuse_category' AND ta.code = a.category
                 WHERE c.id = ANY(case_ids)) AS d(case_id, incident_id, perpetrator_type, abuse_category, perpetrator_group, abuse_group,
                                                  organisation_id, country, year, month, gender, age_band, work_setting, location_type)
        WINDOW w AS (PARTITION BY d.case_id)
        ON CONFLICT DO NOTHING;
        PERFORM report_rollups_apply(case_ids, 1);
        PERFORM nextval('report_data_version');
      END $$`);
    await q.query(`
      CREATE FUNCTION report_unpublish(case_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM report_rollups_apply(case_ids, -1);
        DELETE FROM report_facts WHERE case_id = ANY(case_ids);
        PERFORM nextval('report_data_version');
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION report_facts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'published' AND OLD.status IS DISTINCT FROM 'published' THEN
          PERFORM report_publish(ARRAY[NEW.id]);
        ELSIF OLD.status = 'published' AND NEW.status IS DISTINCT FROM 'published' THEN
          PERFORM report_unpublish(ARRAY[NEW.id]);
        END IF;
        RETURN NEW;
      END $$`);

    // Existing published cases: flag their facts, then sum their contributions
    // batch by batch into a scratch table and insert the totals once (about two
    // minutes per million incidents; the migration CLI sets no timeout).
    await q.query(`
      UPDATE report_facts f SET multi_slice = true
        FROM (SELECT case_id FROM report_facts GROUP BY case_id HAVING count(DISTINCT country) > 1 OR count(DISTINCT year) > 1) m
       WHERE f.case_id = m.case_id`);
    await q.query(`CREATE TEMP TABLE rollup_backfill ON COMMIT DROP AS SELECT * FROM report_rollup_contributions('{}')`);
    await q.query(`
      DO $$
      DECLARE ids uuid[];
      BEGIN
        FOR ids IN SELECT array_agg(case_id) FROM (SELECT DISTINCT case_id FROM report_facts) x GROUP BY hashtext(case_id::text) % 200
        LOOP
          INSERT INTO rollup_backfill
          SELECT organisation_id, gender, age_band, work_setting, single, CASE WHEN single THEN country END, CASE WHEN single THEN year END,
                 kind, key1, key2, sum(respondents), sum(incidents)
            FROM report_rollup_contributions(ids) GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
        END LOOP;
      END $$`);
    await q.query(`
      INSERT INTO report_rollup_profile (organisation_id, gender, age_band, work_setting, kind, key1, key2, respondents, incidents)
      SELECT organisation_id, gender, age_band, work_setting, kind, key1, key2, sum(respondents), sum(incidents) FROM rollup_backfill GROUP BY 1, 2, 3, 4, 5, 6, 7`);
    await q.query(`
      INSERT INTO report_rollup_slice (organisation_id, country, year, kind, key1, key2, respondents, incidents)
      SELECT organisation_id, country, year, kind, key1, key2, sum(respondents), sum(incidents) FROM rollup_backfill WHERE single GROUP BY 1, 2, 3, 4, 5, 6`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION report_facts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await q.query(`DROP FUNCTION report_unpublish(uuid[])`);
    await q.query(`DROP FUNCTION report_publish(uuid[])`);
    await q.query(`DROP FUNCTION report_rollups_apply(uuid[], integer)`);
    await q.query(`DROP FUNCTION report_rollup_contributions(uuid[])`);
    await q.query(`DROP TABLE report_rollup_slice`);
    await q.query(`DROP TABLE report_rollup_profile`);
    await q.query(`DROP INDEX report_facts_multi_slice_idx`);
    await q.query(`ALTER TABLE report_facts DROP COLUMN multi_slice`);
  }
}
