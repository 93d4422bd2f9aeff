import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@casebook/audit';
import type { Actor } from '@casebook/authz';
import { DomainError } from '@casebook/common';
import { CaseErasureService } from './case-erasure.service';
import { CaseRepository } from './case.repository';
import { type DueCase, type DueKind, RetentionRepository, type RetentionPolicy } from './retention.repository';

/** The daily run's time (UTC); the worker schedules it with the same pattern. */
export const RETENTION_CRON = '0 3 * * *';
export const RETENTION_HOUR_UTC = 3;

const SYSTEM = { id: null, role: 'retention' };
/** How many cases a preview lists per kind (the totals are always exact). */
const PREVIEW_LIMIT = 1000;
const BATCH = 100;

export type RetentionPolicyInput = Omit<RetentionPolicy, 'updatedAt'>;

export interface RetentionPreview {
  policy: RetentionPolicy;
  /** When the job runs next (it deletes what is listed here, as due at that moment). */
  nextRunAt: string;
  lastRun: { startedAt: string; finishedAt: string | null; deleted: number; rawDropped: number } | null;
  drafts: DueCase[];
  returned: DueCase[];
  rawNarratives: DueCase[];
  /** Listed for an admin's decision; never deleted by the job. */
  publishedForReview: DueCase[];
}

export interface RetentionRunResult {
  deleted: number;
  rawDropped: number;
}

/** The next daily run at or after `now` (03:00 UTC). Pure. */
export function nextRetentionRun(now: Date): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), RETENTION_HOUR_UTC));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/** The problems of a policy an admin sends, each naming its field. Pure. */
export function retentionPolicyProblems(p: RetentionPolicyInput): Array<{ pointer: string; message: string }> {
  const problems: Array<{ pointer: string; message: string }> = [];
  if (p.keepRawNarratives && !p.keepRawPurpose?.trim()) problems.push({ pointer: '/keepRawPurpose', message: 'say why raw narratives are kept' });
  return problems;
}

/**
 * Retention: admins set the policy (audited); the preview lists exactly what
 * the next run deletes; the run (the worker's daily job) deletes due drafts
 * and returned cases through the one deletion path, and drops raw narratives
 * after approval, in small transactions: idempotent (what is done is no longer
 * due) and resumable (a run cut off is finished by the next, or by its retry).
 */
@Injectable()
export class RetentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly retention: RetentionRepository,
    private readonly erasure: CaseErasureService,
    private readonly cases: CaseRepository,
    private readonly audit: AuditService,
  ) {}

  policy(): Promise<RetentionPolicy> {
    return this.retention.policy(this.dataSource.manager);
  }

  async setPolicy(actor: Actor, input: RetentionPolicyInput): Promise<RetentionPolicy> {
    const problems = retentionPolicyProblems(input);
    if (problems.length) throw new DomainError('unprocessable', 'The retention policy has invalid fields; see errors', { errors: problems });
    return this.dataSource.transaction(async (manager) => {
      await this.retention.setPolicy(manager, input, actor.id);
      await this.audit.record(
        {
          actor,
          action: 'retention.policy.changed',
          summary: {
            draftDays: input.draftDays,
            returnedDays: input.returnedDays,
            keepRawNarratives: input.keepRawNarratives,
            publishedReviewYears: input.publishedReviewYears,
          },
        },
        manager,
      );
      return this.retention.policy(manager);
    });
  }

  async preview(now = new Date()): Promise<RetentionPreview> {
    const manager = this.dataSource.manager;
    const policy = await this.retention.policy(manager);
    const at = nextRetentionRun(now);
    const due = (kind: DueKind) => this.retention.due(manager, kind, policy, at, PREVIEW_LIMIT);
    return {
      policy,
      nextRunAt: at.toISOString(),
      lastRun: await this.retention.lastRun(manager),
      drafts: await due('drafts'),
      returned: await due('returned'),
      rawNarratives: await due('rawNarratives'),
      publishedForReview: await due('publishedForReview'),
    };
  }

  /** One run as at `now`. `afterBatch` is called after each committed batch (tests use it to cut a run off). */
  async run(now = new Date(), afterBatch: () => void | Promise<void> = () => undefined, batch = BATCH): Promise<RetentionRunResult> {
    const runId = await this.retention.startRun(this.dataSource.manager);
    const result: RetentionRunResult = { deleted: 0, rawDropped: 0 };
    for (const kind of ['drafts', 'returned'] as const) {
      for (;;) {
        const n = await this.dataSource.transaction(async (manager) => {
          const policy = await this.retention.policy(manager);
          const due = await this.retention.due(manager, kind, policy, now, batch, true);
          const erased = await this.erasure.erase(manager, SYSTEM, due, 'retention', kind === 'drafts' ? 'untouched_draft' : 'returned_not_resubmitted');
          await this.retention.countRun(manager, runId, erased.length, 0);
          result.deleted += erased.length;
          return due.length;
        });
        if (n === 0) break;
        await afterBatch();
      }
    }
    for (;;) {
      const n = await this.dataSource.transaction(async (manager) => {
        const policy = await this.retention.policy(manager);
        const due = await this.retention.due(manager, 'rawNarratives', policy, now, batch, true);
        const dropped = due.length ? await this.cases.dropRaw(manager, due.map((d) => d.id)) : [];
        for (const id of dropped) {
          await this.audit.record({ actor: SYSTEM, action: 'case.narrative.raw-dropped', target: { type: 'case', id }, summary: { cause: 'retention' } }, manager);
        }
        await this.retention.countRun(manager, runId, 0, dropped.length);
        return dropped.length;
      });
      result.rawDropped += n;
      if (n === 0) break;
      await afterBatch();
    }
    await this.retention.finishRun(this.dataSource.manager, runId);
    await this.audit.record({ actor: SYSTEM, action: 'retention.run', summary: { deleted: result.deleted, rawDropped: result.rawDropped } });
    return result;
  }
}
