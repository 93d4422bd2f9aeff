import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PERPETRATOR_QUESTION } from '@casebook/database';
import type { ReleaseDomain, ReleaseFigures, ReleaseRespondent } from './release';

export interface PrivacyBudgetRow {
  periodRho: string;
  totalRho: string;
  spentRho: string;
  updatedAt: string;
  updatedById: string | null;
}

export interface ReleaseRow {
  id: string;
  period: string;
  kind: 'full' | 'increment';
  rho: string;
  respondents: number;
  createdAt: string;
  createdById: string | null;
}

export interface StoredRelease extends ReleaseRow {
  figures: ReleaseFigures;
}

const decimal = (x: string) => String(Number(x));

const toRelease = (r: { id: string; period: string; kind: 'full' | 'increment'; rho: string; respondents: number; created_at: Date; created_by_id: string | null }): ReleaseRow => ({
  id: r.id,
  period: r.period,
  kind: r.kind,
  rho: decimal(r.rho),
  respondents: r.respondents,
  createdAt: r.created_at.toISOString(),
  createdById: r.created_by_id,
});

/** The SQL of releases and of the privacy budget. */
@Injectable()
export class ReleaseRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The budget and what all releases spent; `lock` serialises releases (inside the caller's transaction). */
  async budget(manager: EntityManager = this.dataSource.manager, lock = false): Promise<PrivacyBudgetRow> {
    const [row]: Array<{ period_rho: string; total_rho: string; updated_at: Date; updated_by_id: string | null }> = await manager.query(
      `SELECT * FROM privacy_budget ${lock ? 'FOR UPDATE' : ''}`,
    );
    const [{ spent }]: Array<{ spent: string }> = await manager.query(`SELECT coalesce(sum(rho), 0)::text AS spent FROM releases`);
    return { periodRho: decimal(row.period_rho), totalRho: decimal(row.total_rho), spentRho: decimal(spent), updatedAt: row.updated_at.toISOString(), updatedById: row.updated_by_id };
  }

  async updateBudget(manager: EntityManager, periodRho: string, totalRho: string, byId: string): Promise<void> {
    await manager.query(`UPDATE privacy_budget SET period_rho = $1, total_rho = $2, updated_at = now(), updated_by_id = $3`, [periodRho, totalRho, byId]);
  }

  async list(): Promise<ReleaseRow[]> {
    const rows = await this.dataSource.query(`SELECT id, period, kind, rho::text, respondents, created_at, created_by_id FROM releases ORDER BY period, created_at`);
    return rows.map(toRelease);
  }

  /** The releases of the given periods (all when none given), with their figures. */
  async withFigures(periods?: string[]): Promise<StoredRelease[]> {
    const rows = await this.dataSource.query(
      `SELECT id, period, kind, rho::text, respondents, created_at, created_by_id, figures FROM releases ${periods ? 'WHERE period = ANY($1)' : ''} ORDER BY period, created_at`,
      periods ? [periods] : [],
    );
    return rows.map((r: Parameters<typeof toRelease>[0] & { figures: ReleaseFigures }) => ({ ...toRelease(r), figures: r.figures }));
  }

  /** The ids of the current releases (a report over them is the same while none is added). */
  async fingerprint(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM releases ORDER BY period, created_at`);
    return rows.map((r) => r.id);
  }

  /** Everything a release could count, from the vocabularies (retired terms too) and the regions: independent of the cases. */
  async domain(manager: EntityManager): Promise<ReleaseDomain> {
    const terms: Array<{ vocabulary: string; code: string; group_code: string | null }> = await manager.query(
      `SELECT vocabulary, code, group_code FROM taxonomy_terms ORDER BY vocabulary, code`,
    );
    const codes = (v: string) => terms.filter((t) => t.vocabulary === v).map((t) => t.code);
    const groups = (v: string) => [...new Set(terms.filter((t) => t.vocabulary === v).map((t) => t.group_code ?? 'other'))].sort();
    const regions: Array<{ code: string; country: string }> = await manager.query(`SELECT code, country::text AS country FROM regions ORDER BY code`);
    const byCountry: Record<string, string[]> = {};
    for (const r of regions) (byCountry[r.country] ??= []).push(r.code);
    const abuseGroups = groups('abuse_category');
    return {
      perpetratorTypes: codes('perpetrator_type'),
      perpetratorGroups: groups('perpetrator_type'),
      abuseTypes: codes('abuse_category'),
      abuseGroups,
      genders: codes('gender'),
      ageBands: codes('age_band'),
      workSettings: codes('work_setting'),
      locationTypes: codes('location_type'),
      questions: [...new Set([...abuseGroups, PERPETRATOR_QUESTION])].sort(),
      countries: Object.keys(byCountry).sort(),
      regions: byCountry,
    };
  }

  /**
   * The published cases with an incident in the period that no release of
   * the period has counted yet: one row per respondent, placed in the country
   * and region of most of their incidents of the period.
   */
  async unreleasedRespondents(manager: EntityManager, period: string, onlyUnreleased = true): Promise<Array<ReleaseRespondent & { caseId: string }>> {
    const rows: Array<{ case_id: string; place: string; gender: string; age_band: string; work_setting: string; unasked: string; facts: Array<{ pt: string; pg: string; at: string; ag: string; loc: string | null }> }> =
      await manager.query(
        `SELECT f.case_id, mode() WITHIN GROUP (ORDER BY f.country::text || '/' || f.region) AS place,
                min(f.gender) AS gender, min(f.age_band) AS age_band, min(f.work_setting) AS work_setting,
                min(array_to_string(f.unasked, ',')) AS unasked,
                json_agg(json_build_object('pt', f.perpetrator_type, 'pg', f.perpetrator_group, 'at', f.abuse_category, 'ag', f.abuse_group, 'loc', f.location_type)) AS facts
           FROM report_facts f
          WHERE f.year = $1 AND ($3 = false OR NOT EXISTS (SELECT 1 FROM release_cases rc WHERE rc.period = $2 AND rc.case_id = f.case_id))
          GROUP BY f.case_id`,
        [Number(period), period, onlyUnreleased],
      );
    return rows.map((r) => {
      const [country, region] = r.place.split('/');
      return {
        caseId: r.case_id,
        country,
        region: region ?? '',
        gender: r.gender,
        ageBand: r.age_band,
        workSetting: r.work_setting,
        unasked: r.unasked ? r.unasked.split(',') : [],
        facts: r.facts.map((f) => ({ perpetratorType: f.pt, perpetratorGroup: f.pg, abuseType: f.at, abuseGroup: f.ag, locationType: f.loc })),
      };
    });
  }

  async periodHasRelease(manager: EntityManager, period: string): Promise<boolean> {
    const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM releases WHERE period = $1`, [period]);
    return n > 0;
  }

  async insert(manager: EntityManager, release: StoredRelease, caseIds: string[]): Promise<void> {
    await manager.query(`INSERT INTO releases (id, period, kind, rho, respondents, figures, created_by_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      release.id,
      release.period,
      release.kind,
      release.rho,
      release.respondents,
      JSON.stringify(release.figures),
      release.createdById,
    ]);
    if (caseIds.length) {
      await manager.query(`INSERT INTO release_cases (period, case_id, release_id) SELECT $1, unnest($2::uuid[]), $3`, [release.period, caseIds, release.id]);
    }
  }
}
