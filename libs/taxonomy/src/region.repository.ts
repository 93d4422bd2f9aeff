import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Language } from '@casebook/database';

export interface RegionView {
  code: string;
  country: string;
  name: string;
}

export interface RegionGroupView {
  code: string;
  country: string;
  label: string;
  labels: { en: string; ru: string };
  members: string[];
}

export interface UnresolvedRegion {
  caseId: string;
  reference: string;
  country: string;
  regionText: string;
}

/** The SQL of the region vocabulary (ISO 3166-2 subdivisions, read-only) and of the admins' region groups. */
@Injectable()
export class RegionRepository {
  regions(manager: EntityManager, lang: Language, country?: string): Promise<RegionView[]> {
    return manager.query(
      `SELECT code, country, CASE WHEN $1 = 'ru' THEN name_ru ELSE name_en END AS name
         FROM regions WHERE $2::text IS NULL OR country = $2 ORDER BY country, name`,
      [lang, country ?? null],
    );
  }

  /** Every region code with its country, for validating submissions. */
  async countries(manager: EntityManager): Promise<Map<string, string>> {
    const rows: Array<{ code: string; country: string }> = await manager.query(`SELECT code, country FROM regions`);
    return new Map(rows.map((r) => [r.code, r.country]));
  }

  groups(manager: EntityManager, lang: Language, country?: string): Promise<RegionGroupView[]> {
    return manager.query(
      `SELECT g.code, g.country, CASE WHEN $1 = 'ru' THEN g.label_ru ELSE g.label_en END AS label,
              json_build_object('en', g.label_en, 'ru', g.label_ru) AS labels,
              coalesce(array_agg(m.region_code ORDER BY m.region_code) FILTER (WHERE m.region_code IS NOT NULL), '{}') AS members
         FROM region_groups g LEFT JOIN region_group_members m ON m.group_code = g.code
        WHERE $2::text IS NULL OR g.country = $2
        GROUP BY g.code ORDER BY g.country, label`,
      [lang, country ?? null],
    );
  }

  /** The member regions of the given groups (unknown groups give none). */
  async membersOf(manager: EntityManager, groups: string[]): Promise<Map<string, string[]>> {
    const rows: Array<{ group_code: string; members: string[] }> = await manager.query(
      `SELECT group_code, array_agg(region_code ORDER BY region_code) AS members FROM region_group_members WHERE group_code = ANY($1) GROUP BY group_code`,
      [groups],
    );
    return new Map(rows.map((r) => [r.group_code, r.members]));
  }

  async groupExists(manager: EntityManager, code: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM region_groups WHERE code = $1`, [code]);
    return rows.length > 0;
  }

  /** Creates or replaces a group with its members (in the caller's transaction). */
  async putGroup(manager: EntityManager, group: { code: string; country: string; labelEn: string; labelRu: string; members: string[] }): Promise<void> {
    await manager.query(
      `INSERT INTO region_groups (code, country, label_en, label_ru) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO UPDATE SET country = EXCLUDED.country, label_en = EXCLUDED.label_en, label_ru = EXCLUDED.label_ru, updated_at = now()`,
      [group.code, group.country, group.labelEn, group.labelRu],
    );
    await manager.query(`DELETE FROM region_group_members WHERE group_code = $1`, [group.code]);
    await manager.query(`INSERT INTO region_group_members (group_code, region_code) SELECT $1, unnest($2::text[])`, [group.code, group.members]);
  }

  async deleteGroup(manager: EntityManager, code: string): Promise<boolean> {
    const [, count] = await manager.query(`DELETE FROM region_groups WHERE code = $1`, [code]);
    return count > 0;
  }

  /**
   * Membership changes and the report rollups: the published cases with an
   * incident in any of the regions are taken out of the rollups before the
   * change and put back after it (report_rollups_apply, see the
   * regions-and-bases migration), so their "region_group" rows follow the new
   * groups; the data version moves on, so no stored report is reused.
   */
  async casesIn(manager: EntityManager, regions: string[]): Promise<string[]> {
    const rows: Array<{ case_id: string }> = await manager.query(`SELECT DISTINCT case_id FROM report_facts WHERE region = ANY($1)`, [regions]);
    return rows.map((r) => r.case_id);
  }

  async membersOfGroup(manager: EntityManager, code: string): Promise<string[]> {
    const rows: Array<{ region_code: string }> = await manager.query(`SELECT region_code FROM region_group_members WHERE group_code = $1 FOR UPDATE`, [code]);
    return rows.map((r) => r.region_code);
  }

  async applyRollups(manager: EntityManager, caseIds: string[], sign: 1 | -1): Promise<void> {
    if (caseIds.length) await manager.query(`SELECT report_rollups_apply($1::uuid[], $2)`, [caseIds, sign]);
  }

  async bumpDataVersion(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT nextval('report_data_version')`);
  }

  /** Cases whose free-text region the migration could not match to one subdivision. */
  unresolved(manager: EntityManager): Promise<UnresolvedRegion[]> {
    return manager.query(
      `SELECT id AS "caseId", reference, country, region AS "regionText" FROM cases WHERE region_unresolved ORDER BY created_at LIMIT 500`,
    );
  }
}
