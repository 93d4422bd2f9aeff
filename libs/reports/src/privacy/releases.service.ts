import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, type AuditActor } from '@casebook/audit';
import { DomainError } from '@casebook/common';
import { cryptoSource, rationalOf } from './discrete-gaussian';
import { computeRelease, RELEASE_LEVELS, type ReleaseLevel } from './release';
import { epsilonOf, fitsBudget, STATED_DELTA } from './budget';
import { type PrivacyBudgetRow, ReleaseRepository, type ReleaseRow } from './release.repository';

export interface PrivacyBudgetView extends PrivacyBudgetRow {
  remainingRho: string;
  delta: number;
  /** ε at δ of the per-period ρ, of the total and of what is spent (ε = ρ + 2√(ρ ln(1/δ))). */
  periodEpsilon: number;
  totalEpsilon: number;
  spentEpsilon: number;
  /** How a release's ρ is split across the hierarchy's levels. */
  split: Record<ReleaseLevel, number>;
}

export interface ReleaseView extends ReleaseRow {
  status: 'done';
  epsilon: number;
  delta: number;
  /** The noise's standard deviation at each level (before consistency). */
  sd: Record<ReleaseLevel, number>;
}

const PERIOD = /^(19|20)\d{2}$/;
const RHO = /^\d{1,6}(\.\d{1,6})?$/;
const round = (x: number, places = 3) => Math.round(x * 10 ** places) / 10 ** places;

/**
 * Protected releases and the privacy-loss budget: admins set the budget
 * (audited), create releases (audited; each spends the per-period ρ, and
 * none may take the total beyond the budget), and list them.
 */
@Injectable()
export class ReleasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly releases: ReleaseRepository,
    private readonly audit: AuditService,
  ) {}

  private view(b: PrivacyBudgetRow): PrivacyBudgetView {
    const remaining = Math.max(0, Number(b.totalRho) - Number(b.spentRho));
    return {
      ...b,
      remainingRho: String(round(remaining, 6)),
      delta: STATED_DELTA,
      periodEpsilon: round(epsilonOf(Number(b.periodRho))),
      totalEpsilon: round(epsilonOf(Number(b.totalRho))),
      spentEpsilon: round(epsilonOf(Number(b.spentRho))),
      split: { all: 0.5, country: 0.3, region: 0.2 },
    };
  }

  async budget(): Promise<PrivacyBudgetView> {
    return this.view(await this.releases.budget());
  }

  async updateBudget(actor: AuditActor & { id: string }, input: { periodRho: string; totalRho: string }): Promise<PrivacyBudgetView> {
    const errors = (['periodRho', 'totalRho'] as const).flatMap((key) =>
      RHO.test(String(input[key])) && Number(input[key]) > 0 ? [] : [{ pointer: `/${key}`, message: 'must be a positive decimal ρ (up to 6 decimal places), e.g. "20"' }],
    );
    if (!errors.length && Number(input.periodRho) > Number(input.totalRho)) errors.push({ pointer: '/periodRho', message: 'must not exceed totalRho' });
    if (errors.length) throw new DomainError('unprocessable', 'The privacy budget is not valid', { errors });
    return this.dataSource.transaction(async (manager) => {
      const before = await this.releases.budget(manager, true);
      if (Number(input.totalRho) < Number(before.spentRho)) {
        throw new DomainError('unprocessable', 'The total budget cannot be below what releases have already spent', {
          errors: [{ pointer: '/totalRho', message: `must be at least ${before.spentRho}, the ρ already spent` }],
        });
      }
      await this.releases.updateBudget(manager, input.periodRho, input.totalRho, actor.id);
      const after = await this.releases.budget(manager);
      await this.audit.record(
        { actor, action: 'privacy.budget.changed', summary: { periodRho: `${before.periodRho} -> ${after.periodRho}`, totalRho: `${before.totalRho} -> ${after.totalRho}`, spentRho: after.spentRho } },
        manager,
      );
      return this.view(after);
    });
  }

  private releaseView(r: ReleaseRow & { figures?: { variance: Record<ReleaseLevel, number> } }, variance?: Record<ReleaseLevel, number>): ReleaseView {
    const v = variance ?? r.figures?.variance;
    const { figures: _figures, ...row } = r as ReleaseRow & { figures?: unknown };
    return {
      ...row,
      status: 'done',
      epsilon: round(epsilonOf(Number(r.rho))),
      delta: STATED_DELTA,
      sd: Object.fromEntries(RELEASE_LEVELS.map((l) => [l, v ? round(Math.sqrt(v[l]), 2) : 0])) as Record<ReleaseLevel, number>,
    };
  }

  async list(): Promise<{ items: ReleaseView[]; spentRho: string; totalRho: string }> {
    const [items, budget] = await Promise.all([this.releases.withFigures(), this.releases.budget()]);
    return { items: items.map((r) => this.releaseView(r)), spentRho: budget.spentRho, totalRho: budget.totalRho };
  }

  /**
   * A release of the period: its first (full), or an increment with the cases
   * published since (their cost composes: each release spends the per-period
   * ρ). 409 when the total budget would be exceeded or nothing is left to release.
   */
  async create(actor: (AuditActor & { id: string }) | null, period: string): Promise<ReleaseView> {
    if (!PERIOD.test(String(period))) {
      throw new DomainError('unprocessable', 'The period is not valid', { errors: [{ pointer: '/period', message: 'must be a year, YYYY (releases are per calendar year)' }] });
    }
    return this.dataSource.transaction(async (manager) => {
      const budget = await this.releases.budget(manager, true);
      if (!fitsBudget(budget.spentRho, budget.periodRho, budget.totalRho)) {
        throw new DomainError('conflict', `A release spends ρ = ${budget.periodRho}; ${budget.spentRho} of the total ${budget.totalRho} is spent, so it would exceed the privacy budget`, {
          spentRho: budget.spentRho,
          totalRho: budget.totalRho,
          periodRho: budget.periodRho,
        });
      }
      const earlier = await this.releases.periodHasRelease(manager, period);
      const respondents = await this.releases.unreleasedRespondents(manager, period);
      if (earlier && respondents.length === 0) {
        throw new DomainError('conflict', `Every published case of ${period} is in its releases already; nothing new to release`);
      }
      const domain = await this.releases.domain(manager);
      const figures = computeRelease(respondents, domain, rationalOf(budget.periodRho), cryptoSource());
      const release = {
        id: randomUUID(),
        period,
        kind: (earlier ? 'increment' : 'full') as 'full' | 'increment',
        rho: budget.periodRho,
        respondents: respondents.length,
        createdAt: new Date().toISOString(),
        createdById: actor?.id ?? null,
        figures,
      };
      await this.releases.insert(manager, release, respondents.map((r) => r.caseId));
      {
        await this.audit.record(
          { actor: actor ?? { id: null, role: 'cli' }, action: 'release.created', target: { type: 'release', id: release.id }, summary: { period, kind: release.kind, rho: release.rho, respondents: release.respondents, spentRho: String(round(Number(budget.spentRho) + Number(budget.periodRho), 6)) } },
          manager,
        );
      }
      return this.releaseView(release);
    });
  }

  /** Every year with published cases no release has counted yet, oldest first: a release each (full or increment). */
  async releasePending(actor: (AuditActor & { id: string }) | null): Promise<ReleaseView[]> {
    const years: Array<{ year: number }> = await this.dataSource.query(
      `SELECT DISTINCT f.year FROM report_facts f WHERE NOT EXISTS (SELECT 1 FROM release_cases rc WHERE rc.period = f.year::text AND rc.case_id = f.case_id) ORDER BY 1`,
    );
    const out: ReleaseView[] = [];
    for (const { year } of years) out.push(await this.create(actor, String(year)));
    return out;
  }
}
