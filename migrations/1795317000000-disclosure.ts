import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ReportRollups1795314000000 } from './1795314000000-report-rollups';
import { rebuildRollups } from './rollup-rebuild';

/**
 * Disclosure control that holds against a researcher who asks many questions
 * (see libs/reports/src/perturbation.ts):
 *
 * - report_record_keys: every case gets a random record key when it is first
 *   published (60 random bits from gen_random_uuid(), a strong generator),
 *   unique, never shown, kept when a case is unpublished, so a republished
 *   case keeps it. Being unique, it stands for its case in counts.
 * - report_facts.record_key: the key beside each fact, so that a count taken
 *   from the facts can also take the sum of its distinct cases' keys.
 * - report_rollup_*.key_sum: the sum of the record keys of the cases counted
 *   in a row, modulo 2^32, kept by the same function as the counts. A cell's
 *   key is the sum of its rows' key sums, modulo 2^32.
 * - disclosure_policy: one row, set by admins: the threshold k (never below
 *   3), the perturbation's bound and variance, and each researcher's budget
 *   of distinct reports per window of days.
 */
const M = '4294967296';
const NEW_KEY = `('x' || substr(md5(gen_random_uuid()::text), 1, 15))::bit(60)::bigint`;

/** The functions as this migration leaves them; a later migration that replaces them restores these in its down(). */
export const CONTRIBUTIONS_V2 = `
      CREATE FUNCTION report_rollup_contributions(case_ids uuid[])
      RETURNS TABLE (organisation_id uuid, gender text, age_band text, work_setting text, single boolean, country character(2), year smallint,
                     kind text, key1 text, key2 text, respondents bigint, incidents bigint, key_sum bigint)
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
                 count(DISTINCT incident_id) AS incidents,
                 min(record_key) % ${M} AS key_sum
            FROM report_facts
           WHERE case_id = ANY(case_ids)
           GROUP BY case_id, organisation_id, gender, age_band, work_setting,
                    GROUPING SETS ((perpetrator_type, abuse_category), (perpetrator_type, abuse_group), (perpetrator_group, abuse_category),
                                   (perpetrator_group, abuse_group), (perpetrator_type), (perpetrator_group), (abuse_category), (abuse_group),
                                   (country), (year), (location_type), ())
        ), keyed AS (
          SELECT organisation_id, gender, age_band, work_setting, single, country, year, kind, key1, key2, incidents, key_sum FROM per_case
          UNION ALL
          SELECT p.organisation_id, p.gender, p.age_band, p.work_setting, p.single, p.country, p.year, k.kind, k.key1, '', p.incidents, p.key_sum
            FROM per_case p CROSS JOIN LATERAL (VALUES ('gender', p.gender), ('age_band', p.age_band), ('work_setting', p.work_setting)) AS k(kind, key1)
           WHERE p.kind = 'total'
        )
        SELECT organisation_id, gender, age_band, work_setting, single, country, year, kind, key1, key2, 1::bigint, incidents, key_sum FROM keyed
      $$`;
export const ROLLUPS_APPLY_V2 = `
      CREATE FUNCTION report_rollups_apply(case_ids uuid[], sign integer) RETURNS void LANGUAGE sql AS $$
        WITH c AS (
          SELECT * FROM report_rollup_contributions(case_ids)
        ), profile AS (
          INSERT INTO report_rollup_profile AS r (organisation_id, gender, age_band, work_setting, kind, key1, key2, respondents, incidents, key_sum)
          SELECT organisation_id, gender, age_band, work_setting, kind, key1, key2, sign * sum(respondents), sign * sum(incidents),
                 mod(mod(sign * sum(key_sum), ${M}) + ${M}, ${M})::bigint
            FROM c GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
          ON CONFLICT (organisation_id, gender, age_band, work_setting, kind, key1, key2)
          DO UPDATE SET respondents = r.respondents + EXCLUDED.respondents, incidents = r.incidents + EXCLUDED.incidents,
                        key_sum = mod(r.key_sum + EXCLUDED.key_sum, ${M})
        )
        INSERT INTO report_rollup_slice AS r (organisation_id, country, year, kind, key1, key2, respondents, incidents, key_sum)
        SELECT organisation_id, country, year, kind, key1, key2, sign * sum(respondents), sign * sum(incidents),
               mod(mod(sign * sum(key_sum), ${M}) + ${M}, ${M})::bigint
          FROM c WHERE single GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (organisation_id, country, year, kind, key1, key2)
        DO UPDATE SET respondents = r.respondents + EXCLUDED.respondents, incidents = r.incidents + EXCLUDED.incidents,
                      key_sum = mod(r.key_sum + EXCLUDED.key_sum, ${M})
      $$`;
export const PUBLISH_V2 = `
      CREATE OR REPLACE FUNCTION report_publish(case_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        -- Keys are unique (a count of distinct keys is a count of distinct cases); on the
        -- rare collision of 60 random bits, draw the batch's keys again.
        LOOP
          BEGIN
            INSERT INTO report_record_keys (case_id, record_key)
            SELECT id, ${NEW_KEY} FROM unnest(case_ids) AS id
            ON CONFLICT (case_id) DO NOTHING;
            EXIT;
          EXCEPTION WHEN unique_violation THEN
          END;
        END LOOP;
        INSERT INTO report_facts (case_id, incident_id, perpetrator_type, abuse_category, perpetrator_group, abuse_group,
                                  organisation_id, country, year, month, gender, age_band, work_setting, location_type, multi_slice, record_key)
        SELECT d.*, (min(d.country) OVER w <> max(d.country) OVER w OR min(d.year) OVER w <> max(d.year) OVER w), k.record_key
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
          JOIN report_record_keys k ON k.case_id = d.case_id
        WINDOW w AS (PARTITION BY d.case_id)
        ON CONFLICT DO NOTHING;
        PERFORM report_rollups_apply(case_ids, 1);
        PERFORM nextval('report_data_version');
      END $$`;

export class Disclosure1795317000000 implements MigrationInterface {
  name = 'Disclosure1795317000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_record_keys (
        case_id    uuid NOT NULL,
        record_key bigint NOT NULL,
        CONSTRAINT report_record_keys_pkey PRIMARY KEY (case_id),
        CONSTRAINT report_record_keys_record_key_key UNIQUE (record_key),
        CONSTRAINT report_record_keys_case_id_fkey FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE
      )`);
    await q.query(`INSERT INTO report_record_keys (case_id, record_key) SELECT case_id, ${NEW_KEY} FROM (SELECT DISTINCT case_id FROM report_facts) x`);
    await q.query(`ALTER TABLE report_facts ADD COLUMN record_key bigint`);
    await q.query(`UPDATE report_facts f SET record_key = k.record_key FROM report_record_keys k WHERE k.case_id = f.case_id`);
    await q.query(`ALTER TABLE report_facts ALTER COLUMN record_key SET NOT NULL`);
    await q.query(`ALTER TABLE report_rollup_profile ADD COLUMN key_sum bigint NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE report_rollup_slice ADD COLUMN key_sum bigint NOT NULL DEFAULT 0`);

    // As in the report-rollups migration, with each case's record key (mod 2^32) beside its counts.
    await q.query(`DROP FUNCTION report_rollups_apply(uuid[], integer)`);
    await q.query(`DROP FUNCTION report_rollup_contributions(uuid[])`);
    await q.query(CONTRIBUTIONS_V2);
    await q.query(ROLLUPS_APPLY_V2);
    await q.query(PUBLISH_V2);

    // The rollups again from the facts, now with their key sums.
    await rebuildRollups(q);

    await q.query(`
      CREATE TABLE disclosure_policy (
        id                 boolean NOT NULL DEFAULT true,
        k                  integer NOT NULL DEFAULT 5,
        max_noise          integer NOT NULL DEFAULT 4,
        noise_variance     double precision NOT NULL DEFAULT 1,
        report_budget      integer NOT NULL DEFAULT 60,
        budget_window_days integer NOT NULL DEFAULT 30,
        updated_at         timestamptz NOT NULL DEFAULT now(),
        updated_by_id      uuid,
        CONSTRAINT disclosure_policy_pkey PRIMARY KEY (id),
        CONSTRAINT disclosure_policy_one_row CHECK (id),
        CONSTRAINT disclosure_policy_k CHECK (k BETWEEN 3 AND 100),
        CONSTRAINT disclosure_policy_noise CHECK (max_noise BETWEEN 1 AND 10 AND noise_variance > 0 AND noise_variance <= max_noise * max_noise / 2.0),
        CONSTRAINT disclosure_policy_budget CHECK (report_budget BETWEEN 1 AND 100000 AND budget_window_days BETWEEN 1 AND 3660),
        CONSTRAINT disclosure_policy_updated_by_id_fkey FOREIGN KEY (updated_by_id) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await q.query(`INSERT INTO disclosure_policy DEFAULT VALUES`);
    // The budget counts a researcher's distinct questions in a window.
    await q.query(`CREATE INDEX reports_requester_created_idx ON reports (requested_by_id, created_at)`);
  }

  /** Back to the report-rollups migration's functions and tables: its down() and up() again, after this one's columns are gone. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX reports_requester_created_idx`);
    await q.query(`DROP TABLE disclosure_policy`);
    const rollups = new ReportRollups1795314000000();
    await rollups.down(q);
    await q.query(`ALTER TABLE report_facts DROP COLUMN record_key`);
    await q.query(`DROP TABLE report_record_keys`);
    await rollups.up(q);
  }
}
