import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CONTRIBUTIONS_V2, PUBLISH_V2 } from './1795317000000-disclosure';
import { rebuildRollups } from './rollup-rebuild';

/**
 * Regions as coded data, and per-question bases.
 *
 * - regions: the first-level ISO 3166-2 subdivisions of the countries Casebook
 *   serves, with English and Russian names (migrations/data/regions.json,
 *   written by scripts/regions-data.mjs from the iso-3166 and iso3166-2-db
 *   packages). Admins add groupings (region_groups: "Siberia" = a set of
 *   subdivisions, the way SWAN grouped them).
 * - cases.region_code (where the respondent lives or works) and
 *   incidents.region_code (where it happened); the free-text cases.region
 *   stays as it was, never counted. Existing free text that names one
 *   subdivision of the case's country unambiguously is converted; the rest is
 *   flagged (cases.region_unresolved) for an admin.
 * - cases.question_status: the questions a respondent was not asked or
 *   declined (absent = asked): keys are abuse groups and "perpetrators".
 * - report_facts.region and report_facts.unasked carry both into the facts;
 *   the rollups gain the kinds "region" and "region_group" (breakdowns) and
 *   "unasked" (per question: the respondents who were not asked it or
 *   declined), so a report's base for a question is its total minus those.
 */
const M = '4294967296';

interface RegionRow {
  code: string;
  country: string;
  en: string;
  ru: string;
}

/** Words that say what kind of subdivision a name is, dropped before comparing names. */
const KIND_WORDS =
  /(?<![\p{L}])(?:oblast|oblasti|oblysy|region|province|provinces|krai|kray|respublika|republic|autonomous|okrug|city|shaary|shahri|viloyati|county|district|kraj|voivodeship|wojewodztwo|область|обл|край|республика|регион|город|г|округ|автономный)(?![\p{L}])\.?/giu;

export function normaliseRegionName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(KIND_WORDS, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The one region of the country a free-text name means, if exactly one matches. */
export function matchRegion(text: string, country: string, regions: RegionRow[]): string | null {
  const wanted = normaliseRegionName(text);
  if (!wanted) return null;
  const hits = regions.filter(
    (r) => r.country === country && (r.code.toLowerCase() === text.trim().toLowerCase() || normaliseRegionName(r.en) === wanted || normaliseRegionName(r.ru) === wanted),
  );
  return hits.length === 1 ? hits[0].code : null;
}

const CONTRIBUTIONS_V3 = `
      CREATE OR REPLACE FUNCTION report_rollup_contributions(case_ids uuid[])
      RETURNS TABLE (organisation_id uuid, gender text, age_band text, work_setting text, single boolean, country character(2), year smallint,
                     kind text, key1 text, key2 text, respondents bigint, incidents bigint, key_sum bigint)
      LANGUAGE sql STABLE SET work_mem = '64MB' AS $$
        -- The cases' facts, read once by the case index (joins below must not drive the plan).
        WITH mine AS MATERIALIZED (
          SELECT * FROM report_facts WHERE case_id = ANY(case_ids)
        ), per_case AS (
          SELECT case_id, organisation_id, gender, age_band, work_setting, unasked, NOT bool_or(multi_slice) AS single, min(country) AS country, min(year) AS year,
                 CASE WHEN GROUPING(perpetrator_type, abuse_category) = 0 THEN 'cell_tt' WHEN GROUPING(perpetrator_type, abuse_group) = 0 THEN 'cell_tg'
                      WHEN GROUPING(perpetrator_group, abuse_category) = 0 THEN 'cell_gt' WHEN GROUPING(perpetrator_group, abuse_group) = 0 THEN 'cell_gg'
                      WHEN GROUPING(perpetrator_type) = 0 THEN 'row_t' WHEN GROUPING(perpetrator_group) = 0 THEN 'row_g'
                      WHEN GROUPING(abuse_category) = 0 THEN 'col_t' WHEN GROUPING(abuse_group) = 0 THEN 'col_g'
                      WHEN GROUPING(country) = 0 THEN 'country' WHEN GROUPING(year) = 0 THEN 'year'
                      WHEN GROUPING(location_type) = 0 THEN 'location_type' WHEN GROUPING(region) = 0 THEN 'region' ELSE 'total' END AS kind,
                 coalesce(perpetrator_type, perpetrator_group, abuse_category, abuse_group, country::text, year::text, location_type, region, '') AS key1,
                 CASE WHEN GROUPING(perpetrator_type) = 0 OR GROUPING(perpetrator_group) = 0 THEN coalesce(abuse_category, abuse_group, '') ELSE '' END AS key2,
                 count(DISTINCT incident_id) AS incidents,
                 min(record_key) % ${M} AS key_sum
            FROM mine
           GROUP BY case_id, organisation_id, gender, age_band, work_setting, unasked,
                    GROUPING SETS ((perpetrator_type, abuse_category), (perpetrator_type, abuse_group), (perpetrator_group, abuse_category),
                                   (perpetrator_group, abuse_group), (perpetrator_type), (perpetrator_group), (abuse_category), (abuse_group),
                                   (country), (year), (location_type), (region), ())
        ), keyed AS (
          SELECT organisation_id, gender, age_band, work_setting, single, country, year, kind, key1, key2, incidents, key_sum FROM per_case
          UNION ALL
          SELECT p.organisation_id, p.gender, p.age_band, p.work_setting, p.single, p.country, p.year, k.kind, k.key1, '', p.incidents, p.key_sum
            FROM per_case p CROSS JOIN LATERAL (VALUES ('gender', p.gender), ('age_band', p.age_band), ('work_setting', p.work_setting)) AS k(kind, key1)
           WHERE p.kind = 'total'
          UNION ALL
          -- The questions the respondent was not asked or declined: each report's base for a question is its total minus these.
          SELECT p.organisation_id, p.gender, p.age_band, p.work_setting, p.single, p.country, p.year, 'unasked', u.question, '', p.incidents, p.key_sum
            FROM per_case p CROSS JOIN LATERAL unnest(p.unasked) AS u(question)
           WHERE p.kind = 'total'
          UNION ALL
          -- The region groups the case has an incident in, with its incidents there (admins change groups rarely;
          -- when they do, the cases of the old and new members are taken out and put back, see RegionsService).
          SELECT p.organisation_id, p.gender, p.age_band, p.work_setting, p.single, p.country, p.year, 'region_group', g.group_code, '', g.incidents, p.key_sum
            FROM per_case p
            JOIN (SELECT f.case_id, m.group_code, count(DISTINCT f.incident_id) AS incidents
                    FROM mine f JOIN region_group_members m ON m.region_code = f.region
                   GROUP BY f.case_id, m.group_code) g ON g.case_id = p.case_id
           WHERE p.kind = 'total'
        )
        SELECT organisation_id, gender, age_band, work_setting, single, country, year, kind, key1, key2, 1::bigint, incidents, key_sum FROM keyed
      $$`;

const PUBLISH_V3 = `
      CREATE OR REPLACE FUNCTION report_publish(case_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOOP
          BEGIN
            INSERT INTO report_record_keys (case_id, record_key)
            SELECT id, ('x' || substr(md5(gen_random_uuid()::text), 1, 15))::bit(60)::bigint FROM unnest(case_ids) AS id
            ON CONFLICT (case_id) DO NOTHING;
            EXIT;
          EXCEPTION WHEN unique_violation THEN
          END;
        END LOOP;
        INSERT INTO report_facts (case_id, incident_id, perpetrator_type, abuse_category, perpetrator_group, abuse_group,
                                  organisation_id, country, year, month, gender, age_band, work_setting, location_type, region, unasked,
                                  multi_slice, record_key)
        SELECT d.*, (min(d.country) OVER w <> max(d.country) OVER w OR min(d.year) OVER w <> max(d.year) OVER w), k.record_key
          FROM (SELECT DISTINCT c.id, i.id, p.type, a.category, coalesce(tp.group_code, 'other'), coalesce(ta.group_code, 'other'),
                       c.organisation_id, i.country, i.year, i.month, c.gender, c.age_band, c.work_setting, i.location_type,
                       -- Where it happened; else, in the respondent's own country, where the respondent lives or works.
                       coalesce(i.region_code, CASE WHEN i.country = c.country THEN c.region_code END, ''),
                       ARRAY(SELECT q.key FROM jsonb_each_text(c.question_status) AS q(key, value) WHERE q.value IN ('not_asked', 'declined') ORDER BY q.key)
                  FROM cases c
                  JOIN incidents i ON i.case_id = c.id
                  JOIN incident_perpetrators p ON p.incident_id = i.id
                  JOIN incident_abuses a ON a.incident_id = i.id
                  LEFT JOIN taxonomy_terms tp ON tp.vocabulary = 'perpetrator_type' AND tp.code = p.type
                  LEFT JOIN taxonomy_terms ta ON ta.vocabulary = 'abuse_category' AND ta.code = a.category
                 WHERE c.id = ANY(case_ids)) AS d(case_id, incident_id, perpetrator_type, abuse_category, perpetrator_group, abuse_group,
                                                  organisation_id, country, year, month, gender, age_band, work_setting, location_type, region, unasked)
          JOIN report_record_keys k ON k.case_id = d.case_id
        WINDOW w AS (PARTITION BY d.case_id)
        ON CONFLICT DO NOTHING;
        PERFORM report_rollups_apply(case_ids, 1);
        PERFORM nextval('report_data_version');
      END $$`;

export class RegionsAndBases1795320000000 implements MigrationInterface {
  name = 'RegionsAndBases1795320000000';

  async up(q: QueryRunner): Promise<void> {
    const regions: RegionRow[] = JSON.parse(readFileSync(join(__dirname, 'data', 'regions.json'), 'utf8'));
    await q.query(`
      CREATE TABLE regions (
        code    text NOT NULL,
        country character(2) NOT NULL,
        name_en text NOT NULL,
        name_ru text NOT NULL,
        CONSTRAINT regions_pkey PRIMARY KEY (code),
        CONSTRAINT regions_code CHECK (code ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$' AND left(code, 2) = country)
      )`);
    await q.query(`INSERT INTO regions (code, country, name_en, name_ru) SELECT code, country, en, ru FROM jsonb_to_recordset($1::jsonb) AS r(code text, country text, en text, ru text)`, [
      JSON.stringify(regions),
    ]);
    await q.query(`
      CREATE TABLE region_groups (
        code       text NOT NULL,
        country    character(2) NOT NULL,
        label_en   text NOT NULL,
        label_ru   text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT region_groups_pkey PRIMARY KEY (code),
        CONSTRAINT region_groups_code CHECK (code ~ '^[a-z][a-z0-9_]{1,47}$')
      )`);
    await q.query(`
      CREATE TABLE region_group_members (
        group_code  text NOT NULL,
        region_code text NOT NULL,
        CONSTRAINT region_group_members_pkey PRIMARY KEY (group_code, region_code),
        CONSTRAINT region_group_members_group_code_fkey FOREIGN KEY (group_code) REFERENCES region_groups (code) ON DELETE CASCADE,
        CONSTRAINT region_group_members_region_code_fkey FOREIGN KEY (region_code) REFERENCES regions (code)
      )`);

    await q.query(`ALTER TABLE cases ADD COLUMN region_code text`);
    await q.query(`ALTER TABLE cases ADD CONSTRAINT cases_region_code_fkey FOREIGN KEY (region_code) REFERENCES regions (code)`);
    await q.query(`ALTER TABLE cases ADD COLUMN region_unresolved boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE cases ADD COLUMN question_status jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE incidents ADD COLUMN region_code text`);
    await q.query(`ALTER TABLE incidents ADD CONSTRAINT incidents_region_code_fkey FOREIGN KEY (region_code) REFERENCES regions (code)`);

    // Free-text regions: converted where they name one subdivision unambiguously, flagged otherwise.
    const free: Array<{ id: string; country: string; region: string }> = await q.query(`SELECT id, country, region FROM cases WHERE region IS NOT NULL AND btrim(region) <> ''`);
    const matched = free.map((c) => ({ id: c.id, code: matchRegion(c.region, c.country, regions) }));
    const resolved = matched.filter((m) => m.code);
    const unresolved = matched.filter((m) => !m.code).map((m) => m.id);
    if (resolved.length) {
      await q.query(`UPDATE cases c SET region_code = m.code FROM unnest($1::uuid[], $2::text[]) AS m(id, code) WHERE c.id = m.id`, [
        resolved.map((m) => m.id),
        resolved.map((m) => m.code),
      ]);
    }
    if (unresolved.length) await q.query(`UPDATE cases SET region_unresolved = true WHERE id = ANY($1::uuid[])`, [unresolved]);

    await q.query(`ALTER TABLE report_facts ADD COLUMN region text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE report_facts ADD COLUMN unasked text[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE report_facts f SET region = coalesce(i.region_code, CASE WHEN i.country = c.country THEN c.region_code END, '')
        FROM incidents i JOIN cases c ON c.id = i.case_id
       WHERE i.id = f.incident_id`);
    await q.query(`CREATE INDEX report_facts_region_idx ON report_facts (region)`);
    await q.query(`CREATE INDEX region_group_members_region_idx ON region_group_members (region_code)`);
    await q.query(CONTRIBUTIONS_V3);
    await q.query(PUBLISH_V3);
    await rebuildRollups(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(PUBLISH_V2);
    await q.query(CONTRIBUTIONS_V2.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION'));
    await q.query(`DROP INDEX report_facts_region_idx`);
    await q.query(`ALTER TABLE report_facts DROP COLUMN unasked`);
    await q.query(`ALTER TABLE report_facts DROP COLUMN region`);
    await rebuildRollups(q);
    await q.query(`ALTER TABLE incidents DROP COLUMN region_code`);
    await q.query(`ALTER TABLE cases DROP COLUMN question_status`);
    await q.query(`ALTER TABLE cases DROP COLUMN region_unresolved`);
    await q.query(`ALTER TABLE cases DROP COLUMN region_code`);
    await q.query(`DROP TABLE region_group_members`);
    await q.query(`DROP TABLE region_groups`);
    await q.query(`DROP TABLE regions`);
  }
}
