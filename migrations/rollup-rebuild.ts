import type { QueryRunner } from 'typeorm';

const M = '4294967296';

/**
 * Recomputes both report rollups from the facts with the current
 * report_rollup_contributions(): batch by batch into a scratch table, then
 * the totals at once (about two minutes per million incidents; the migration
 * CLI sets no timeout). For migrations that change what a contribution is.
 */
export async function rebuildRollups(q: QueryRunner): Promise<void> {
  await q.query(`TRUNCATE report_rollup_profile, report_rollup_slice`);
  await q.query(`DROP TABLE IF EXISTS rollup_backfill`);
  await q.query(`CREATE TEMP TABLE rollup_backfill ON COMMIT DROP AS SELECT * FROM report_rollup_contributions('{}')`);
  await q.query(`
    DO $$
    DECLARE ids uuid[];
    BEGIN
      FOR ids IN SELECT array_agg(case_id) FROM (SELECT DISTINCT case_id FROM report_facts) x GROUP BY hashtext(case_id::text) % 200
      LOOP
        INSERT INTO rollup_backfill
        SELECT organisation_id, gender, age_band, work_setting, single, CASE WHEN single THEN country END, CASE WHEN single THEN year END,
               kind, key1, key2, sum(respondents), sum(incidents), mod(sum(key_sum), ${M})
          FROM report_rollup_contributions(ids) GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
      END LOOP;
    END $$`);
  await q.query(`
    INSERT INTO report_rollup_profile (organisation_id, gender, age_band, work_setting, kind, key1, key2, respondents, incidents, key_sum)
    SELECT organisation_id, gender, age_band, work_setting, kind, key1, key2, sum(respondents), sum(incidents), mod(sum(key_sum), ${M})
      FROM rollup_backfill GROUP BY 1, 2, 3, 4, 5, 6, 7`);
  await q.query(`
    INSERT INTO report_rollup_slice (organisation_id, country, year, kind, key1, key2, respondents, incidents, key_sum)
    SELECT organisation_id, country, year, kind, key1, key2, sum(respondents), sum(incidents), mod(sum(key_sum), ${M})
      FROM rollup_backfill WHERE single GROUP BY 1, 2, 3, 4, 5, 6`);
}
