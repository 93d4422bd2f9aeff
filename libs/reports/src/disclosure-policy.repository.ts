import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { DisclosurePolicy, DisclosurePolicyInput } from './disclosure-policy';

interface PolicyRow {
  k: number;
  max_noise: number;
  noise_variance: number;
  report_budget: number;
  budget_window_days: number;
  updated_at: Date;
  updated_by_id: string | null;
}

const toPolicy = (r: PolicyRow): DisclosurePolicy => ({
  k: r.k,
  maxNoise: r.max_noise,
  noiseVariance: Number(r.noise_variance),
  reportBudget: r.report_budget,
  budgetWindowDays: r.budget_window_days,
  updatedAt: r.updated_at.toISOString(),
  updatedById: r.updated_by_id,
});

/** The one row of disclosure_policy, and the reports that count against a researcher's budget. */
@Injectable()
export class DisclosurePolicyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(manager: EntityManager = this.dataSource.manager): Promise<DisclosurePolicy> {
    const [row]: PolicyRow[] = await manager.query(`SELECT * FROM disclosure_policy`);
    return toPolicy(row);
  }

  async update(manager: EntityManager, input: DisclosurePolicyInput, byId: string): Promise<DisclosurePolicy> {
    // TypeORM answers an UPDATE ... RETURNING with [rows, affected].
    const [[row]]: [PolicyRow[], number] = await manager.query(
      `UPDATE disclosure_policy SET k = $1, max_noise = $2, noise_variance = $3, report_budget = $4, budget_window_days = $5, updated_at = now(), updated_by_id = $6
        RETURNING *`,
      [input.k, input.maxNoise, input.noiseVariance, input.reportBudget, input.budgetWindowDays, byId],
    );
    return toPolicy(row);
  }

  /**
   * Serialises one researcher's requests (inside the caller's transaction),
   * then counts their distinct questions in the window and says whether
   * `paramsHash` is among them and when the oldest leaves the window.
   */
  async budgetUse(
    manager: EntityManager,
    requesterId: string,
    paramsHash: string,
    windowDays: number,
  ): Promise<{ used: number; alreadyAsked: boolean; oldestAt: Date | null }> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('report-budget:' || $1))`, [requesterId]);
    const [row]: Array<{ used: number; already: boolean; oldest: Date | null }> = await manager.query(
      `SELECT count(DISTINCT params_hash)::int AS used, coalesce(bool_or(params_hash = $2), false) AS already, min(created_at) AS oldest
         FROM reports WHERE requested_by_id = $1 AND created_at > now() - make_interval(days => $3)`,
      [requesterId, paramsHash, windowDays],
    );
    return { used: row.used, alreadyAsked: row.already, oldestAt: row.oldest };
  }
}
