import type { DataSource } from 'typeorm';

const M = '4294967296';

/**
 * Rows where the rollups (profile and slice) differ from a recount of every
 * published case's contributions from scratch: 0 when they are right.
 */
export async function rollupDrift(db: DataSource): Promise<number> {
  const all = `report_rollup_contributions((SELECT coalesce(array_agg(DISTINCT case_id), '{}') FROM report_facts))`;
  const profile = `SELECT organisation_id, gender, age_band, work_setting, kind, key1, key2, sum(respondents)::int, sum(incidents)::int, mod(sum(key_sum), ${M})::bigint
                     FROM ${all} GROUP BY 1, 2, 3, 4, 5, 6, 7`;
  const storedProfile = `SELECT organisation_id, gender, age_band, work_setting, kind, key1, key2, respondents, incidents, key_sum FROM report_rollup_profile WHERE respondents <> 0`;
  const slice = `SELECT organisation_id, country, year, kind, key1, key2, sum(respondents)::int, sum(incidents)::int, mod(sum(key_sum), ${M})::bigint
                   FROM ${all} WHERE single GROUP BY 1, 2, 3, 4, 5, 6`;
  const storedSlice = `SELECT organisation_id, country, year, kind, key1, key2, respondents, incidents, key_sum FROM report_rollup_slice WHERE respondents <> 0`;
  const [{ drift }] = await db.query(`
    SELECT ((SELECT count(*) FROM (${profile} EXCEPT ${storedProfile}) a) + (SELECT count(*) FROM (${storedProfile} EXCEPT ${profile}) b)
          + (SELECT count(*) FROM (${slice} EXCEPT ${storedSlice}) c) + (SELECT count(*) FROM (${storedSlice} EXCEPT ${slice}) d))::int AS drift`);
  const [{ negative }] = await db.query(
    `SELECT (SELECT count(*) FROM report_rollup_profile WHERE respondents < 0 OR incidents < 0) + (SELECT count(*) FROM report_rollup_slice WHERE respondents < 0 OR incidents < 0) AS negative`,
  );
  return drift + Number(negative);
}
