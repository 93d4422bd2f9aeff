import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@casebook/audit';
import { type Actor, whereAccessible } from '@casebook/authz';
import { DomainError } from '@casebook/common';
import { enqueue } from '@casebook/outbox';
import { CaseKeysService, narrativeContext, redactedContext, type Sealed } from '@casebook/crypto';
import { CaseEntity, type ProposedSpan, RedactionProposalEntity } from '@casebook/database';
import { QUEUES, type RedactionJobData, type RequeueRedactionJobData } from '@casebook/queues';
import { applyRedaction, DETECTOR_VERSION, DetectorPool, type ReviewedSpan, spanProblems } from '@casebook/redaction';
import { CaseRepository, requeueRedaction, SYSTEM_TRANSITIONS, TRANSITIONS } from '@casebook/cases';

export interface RedactionReview {
  caseId: string;
  /** The case's public reference (e.g. KZ-7F3K9Q) and country: so the reviewer knows which case they approve. */
  reference: string;
  country: string;
  /** The case's version: send it back in If-Match to edit or approve. */
  version: number;
  caseStatus: string;
  redactionStatus: string;
  error: string | null;
  narrativeVersion: number | null;
  narrative: string | null;
  /** The raw narrative was dropped under the retention policy: only the approved redacted text is kept. */
  rawNarrativeDropped: boolean;
  proposal: {
    spans: ProposedSpan[];
    redacted: string;
    detectorVersion: string;
    reviewed: boolean;
    approved: boolean;
    updatedAt: string;
  } | null;
}

const SYSTEM = { id: null, role: 'worker' };

/** A change another admin made since this one loaded the review is never overwritten: 412 with the current version. */
function checkVersion(c: CaseEntity, expected: number | undefined): void {
  if (expected !== undefined && c.version !== expected) {
    throw new DomainError('precondition-failed', 'Another administrator changed this review since you loaded it; reload it to see what changed', { currentVersion: c.version });
  }
}

/** A case waiting for redaction review. */
export interface ReviewQueueItem {
  caseId: string;
  reference: string;
  country: string;
  status: string;
  redactionStatus: string;
  error: string | null;
  submittedAt: string | null;
}

export type ProposeOutcome = 'proposed' | 'no-narrative' | 'skipped';

/**
 * The redaction of narratives: proposals by the worker, review and approval
 * by admins. Researchers only ever see text an admin approved.
 */
@Injectable()
export class RedactionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly caseKeys: CaseKeysService,
    private readonly audit: AuditService,
    private readonly detector: DetectorPool,
    private readonly cases: CaseRepository,
  ) {}

  /**
   * The worker's step: decrypt, detect, store the proposal, move the case to
   * in_review. Idempotent: a second run for the same narrative and detector
   * version changes nothing; stale or reviewed work is skipped.
   */
  async propose(job: RedactionJobData): Promise<ProposeOutcome> {
    const [outcome] = await this.proposeMany([job]);
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }

  /**
   * propose() for several jobs in one transaction: one lock statement, one
   * write, one commit (and one turn of the audit chain's lock) for all of
   * them. Returns an outcome per job, in order; a job whose narrative cannot
   * be opened gets its error while the others are stored.
   */
  async proposeMany(jobs: RedactionJobData[]): Promise<Array<ProposeOutcome | Error>> {
    return this.dataSource.transaction(async (manager) => {
      // Locked in id order, so concurrent batches cannot deadlock.
      const rows: Array<{
        id: string;
        status: string;
        version: number | null;
        key_id: string;
        ciphertext: Buffer;
        p_version: number | null;
        p_detector: string | null;
        p_locked: boolean;
      }> = await manager.query(
        `SELECT c.id, c.status, n.version, n.key_id, n.ciphertext, p.narrative_version AS p_version, p.detector_version AS p_detector,
                (p.reviewed_by IS NOT NULL OR p.approved_at IS NOT NULL) AS p_locked
           FROM cases c
           LEFT JOIN narratives n ON n.case_id = c.id
           LEFT JOIN redaction_proposals p ON p.case_id = c.id
          WHERE c.id = ANY($1::uuid[])
          ORDER BY c.id
            FOR UPDATE OF c`,
        [[...new Set(jobs.map((j) => j.caseId))]],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      const keys = await this.caseKeys.load(manager, rows.map((r) => r.id), true);
      const seen = new Set<string>();
      const unchanged: string[] = [];
      const withoutNarrative: string[] = [];
      const opened: Array<{ index: number; text: string }> = [];
      const outcomes = jobs.map((job, index): ProposeOutcome | Error => {
        const row = byId.get(job.caseId);
        if (!row || !['submitted', 'in_review'].includes(row.status) || seen.has(job.caseId)) return 'skipped';
        seen.add(job.caseId);
        if (row.version === null) {
          withoutNarrative.push(job.caseId);
          return 'no-narrative';
        }
        if (row.version !== job.narrativeVersion) return 'skipped';
        if (row.p_locked || (row.p_version === job.narrativeVersion && row.p_detector === job.detectorVersion)) {
          unchanged.push(job.caseId);
          return 'skipped';
        }
        try {
          opened.push({ index, text: keys.open(job.caseId, { keyId: row.key_id, data: row.ciphertext }, narrativeContext(job.caseId)) });
          return 'proposed';
        } catch (error) {
          return error instanceof Error ? error : new Error(String(error));
        }
      });
      // All the batch's narratives in one detector task (on a thread of its own when configured).
      const found = await this.detector.detectMany(opened.map((o) => o.text));
      const proposals: Array<{ job: RedactionJobData; spans: ProposedSpan[]; sealed: Sealed }> = [];
      opened.forEach(({ index, text }, i) => {
        const spans = found[i];
        const job = jobs[index];
        if ('error' in spans) outcomes[index] = new Error(`detector failed: ${spans.error}`);
        else proposals.push({ job, spans, sealed: keys.seal(job.caseId, applyRedaction(text, spans), redactedContext(job.caseId)) });
      });
      // A resubmitted case whose proposal still fits goes straight back into review.
      const intoReview = (ids: string[]) => this.cases.moveStatus(manager, ids, SYSTEM_TRANSITIONS.propose.from, SYSTEM_TRANSITIONS.propose.to);
      // (Every one of them, also those already in review: a requeue set them "pending", and a case already in review
      // that moves nowhere was left waiting for good.)
      if (unchanged.length) {
        await intoReview(unchanged);
        await this.cases.setRedactionState(manager, unchanged, { status: 'proposed', error: null });
      }
      if (withoutNarrative.length) {
        await intoReview(withoutNarrative);
        await this.cases.setRedactionState(manager, withoutNarrative, { status: 'none', error: null });
        for (const caseId of withoutNarrative) {
          await this.audit.record({ actor: SYSTEM, action: 'case.redaction.not-needed', target: { type: 'case', id: caseId } }, manager);
        }
      }
      if (proposals.length) {
        // One statement: the proposals, the cases' new state and their audit events.
        await manager.query(
          `WITH input AS (
             SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::jsonb[], $5::text[], $6::bytea[], $7::jsonb[])
                        AS t(case_id, narrative_version, detector_version, spans, key_id, ciphertext, summary)
           ), p AS (
             INSERT INTO redaction_proposals (case_id, narrative_version, detector_version, spans, redacted_key_id, redacted_ciphertext)
             SELECT case_id, narrative_version, detector_version, spans, key_id, ciphertext FROM input
             ON CONFLICT (case_id) DO UPDATE SET narrative_version = EXCLUDED.narrative_version, detector_version = EXCLUDED.detector_version,
               spans = EXCLUDED.spans, redacted_key_id = EXCLUDED.redacted_key_id, redacted_ciphertext = EXCLUDED.redacted_ciphertext, updated_at = now()
             WHERE redaction_proposals.reviewed_by IS NULL AND redaction_proposals.approved_at IS NULL
           )
           INSERT INTO audit_events (actor_id, actor_role, action, target_type, target_id, summary)
           SELECT NULL, 'worker', 'case.redaction.proposed', 'case', case_id::text, summary FROM input`,
          [
            proposals.map((x) => x.job.caseId),
            proposals.map((x) => x.job.narrativeVersion),
            proposals.map((x) => x.job.detectorVersion),
            proposals.map((x) => JSON.stringify(x.spans)),
            proposals.map((x) => x.sealed.keyId),
            proposals.map((x) => x.sealed.data),
            proposals.map((x) => JSON.stringify({ spans: x.spans.length, detectorVersion: x.job.detectorVersion, narrativeVersion: x.job.narrativeVersion })),
          ],
        );
        const proposed = proposals.map((x) => x.job.caseId);
        await intoReview(proposed);
        await this.cases.setRedactionState(manager, proposed, { status: 'proposed', error: null });
      }
      return outcomes;
    });
  }

  /** After the last retry: the failure is shown to admins on the case. The reason never contains narrative text. */
  async recordFailure(caseId: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.cases.setRedactionState(manager, [caseId], { status: 'failed', error: reason.slice(0, 500) });
      await this.audit.record({ actor: SYSTEM, action: 'case.redaction.failed', target: { type: 'case', id: caseId }, summary: { reason: reason.slice(0, 200) } }, manager);
    });
  }

  private async lockForReview(manager: EntityManager, actor: Actor, caseId: string): Promise<CaseEntity> {
    const qb = whereAccessible(manager.getRepository(CaseEntity).createQueryBuilder('c'), actor.ability, 'review', 'Case')
      .andWhere('c.id = :caseId', { caseId })
      .setLock('pessimistic_write');
    const c = await qb.getOne();
    if (!c) throw new DomainError('not-found', 'No such case');
    return c;
  }

  /** The raw narrative and the proposed spans side by side, for an admin. Audited as a narrative read. */
  async review(actor: Actor, caseId: string): Promise<RedactionReview> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.lockForReview(manager, actor, caseId);
      await this.audit.record({ actor, action: 'case.redaction.viewed', target: { type: 'case', id: caseId } }, manager);
      return this.reviewOf(manager, c);
    });
  }

  private async reviewOf(manager: EntityManager, c: CaseEntity): Promise<RedactionReview> {
    const n = await this.cases.narrative(manager, c.id);
    const p = await manager.findOneBy(RedactionProposalEntity, { caseId: c.id });
    const keys = await this.caseKeys.load(manager, [c.id]);
    const [{ raw_dropped }] = await manager.query(`SELECT raw_dropped_at IS NOT NULL AS raw_dropped FROM cases WHERE id = $1`, [c.id]);
    return {
      caseId: c.id,
      reference: c.reference,
      country: c.country,
      version: await this.cases.versionOf(manager, c.id),
      caseStatus: c.status,
      redactionStatus: c.redactionStatus,
      error: c.redactionError,
      narrativeVersion: n?.version ?? null,
      narrative: n ? keys.open(c.id, { keyId: n.keyId, data: n.ciphertext }, narrativeContext(c.id)) : null,
      rawNarrativeDropped: raw_dropped === true,
      proposal: p
        ? {
            spans: p.spans,
            redacted: keys.open(c.id, { keyId: p.redactedKeyId, data: p.redactedCiphertext }, redactedContext(c.id)),
            detectorVersion: p.detectorVersion,
            reviewed: p.reviewedBy !== null,
            approved: p.approvedAt !== null,
            updatedAt: p.updatedAt.toISOString(),
          }
        : null,
    };
  }

  /** Replaces the spans with the reviewer's (added, removed, retyped). */
  async editSpans(actor: Actor, caseId: string, spans: ReviewedSpan[], expectedVersion?: number): Promise<RedactionReview> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.lockForReview(manager, actor, caseId);
      checkVersion(c, expectedVersion);
      if (c.status !== 'in_review') throw new DomainError('invalid-state-transition', `A case that is ${c.status.replace('_', ' ')} is not under review`);
      const n = await this.cases.narrative(manager, caseId);
      if (!n) throw new DomainError('conflict', 'This case has no narrative to redact');
      const keys = await this.caseKeys.load(manager, [caseId], true);
      const text = keys.open(caseId, { keyId: n.keyId, data: n.ciphertext }, narrativeContext(caseId));
      const problems = spanProblems(spans, text.length);
      if (problems.length) throw new DomainError('unprocessable', 'The spans are not valid', { errors: problems });
      const reviewed: ProposedSpan[] = [...spans].sort((a, b) => a.start - b.start).map((s) => ({ ...s, rule: 'reviewer', confidence: 1 }));
      const sealed = keys.seal(caseId, applyRedaction(text, reviewed as ReviewedSpan[]), redactedContext(caseId));
      await manager.query(
        `INSERT INTO redaction_proposals (case_id, narrative_version, detector_version, spans, reviewed_by, redacted_key_id, redacted_ciphertext)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (case_id) DO UPDATE SET narrative_version = EXCLUDED.narrative_version, spans = EXCLUDED.spans, reviewed_by = EXCLUDED.reviewed_by,
           redacted_key_id = EXCLUDED.redacted_key_id, redacted_ciphertext = EXCLUDED.redacted_ciphertext, approved_at = NULL, updated_at = now()`,
        [caseId, n.version, DETECTOR_VERSION, JSON.stringify(reviewed), actor.id, sealed.keyId, sealed.data],
      );
      await this.cases.setRedactionState(manager, [caseId], { status: 'proposed', error: null });
      await this.audit.record({ actor, action: 'case.redaction.edited', target: { type: 'case', id: caseId }, summary: { spans: reviewed.length } }, manager);
      return this.reviewOf(manager, { ...c, redactionStatus: 'proposed', redactionError: null } as CaseEntity);
    });
  }

  /** Cases submitted or in review, oldest submission first, with their redaction state (failed ones with the reason). */
  async queue(): Promise<{ items: ReviewQueueItem[] }> {
    return { items: await this.cases.reviewQueue(this.dataSource.manager, 200) };
  }

  /** Approves the redaction: the redacted text becomes what researchers may read, and the case is published. */
  async approve(actor: Actor, caseId: string, expectedVersion?: number): Promise<{ caseId: string; status: string; redactionStatus: string }> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.lockForReview(manager, actor, caseId);
      checkVersion(c, expectedVersion);
      if (c.status !== 'in_review') {
        throw new DomainError('invalid-state-transition', `A case that is ${c.status.replace('_', ' ')} cannot be approved; allowed from: in_review`);
      }
      const n = await this.cases.narrative(manager, caseId);
      if (n) {
        const p = await manager.findOneBy(RedactionProposalEntity, { caseId });
        if (!p) throw new DomainError('conflict', 'There is no redaction to approve yet');
        if (p.narrativeVersion !== n.version) throw new DomainError('conflict', 'The narrative changed after this redaction; wait for the new proposal');
        await manager.update(RedactionProposalEntity, { caseId }, { approvedAt: () => 'now()', reviewedBy: p.reviewedBy ?? actor.id });
      }
      const redactionStatus = n ? 'approved' : 'none';
      const rule = TRANSITIONS.publish;
      await this.cases.moveStatus(manager, [caseId], rule.from, rule.to, { published_at: new Date(), redaction_status: redactionStatus });
      await this.audit.record({ actor, action: 'case.redaction.approved', target: { type: 'case', id: caseId } }, manager);
      await this.audit.record({ actor, action: 'case.publish', target: { type: 'case', id: caseId }, summary: { from: 'in_review', to: 'published' } }, manager);
      return { caseId, status: 'published', redactionStatus };
    });
  }

  /** Approved redacted texts of published cases, for the researcher view. */
  async approvedTexts(caseIds: string[]): Promise<Map<string, string>> {
    if (caseIds.length === 0) return new Map();
    const rows: Array<{ case_id: string; redacted_key_id: string; redacted_ciphertext: Buffer }> = await this.dataSource.query(
      `SELECT p.case_id, p.redacted_key_id, p.redacted_ciphertext
         FROM redaction_proposals p JOIN cases c ON c.id = p.case_id
        WHERE p.case_id = ANY($1) AND p.approved_at IS NOT NULL AND c.status = 'published' AND c.redaction_status = 'approved'`,
      [caseIds],
    );
    const keys = await this.caseKeys.load(this.dataSource.manager, rows.map((r) => r.case_id));
    return new Map(rows.map((r) => [r.case_id, keys.open(r.case_id, { keyId: r.redacted_key_id, data: r.redacted_ciphertext }, redactedContext(r.case_id))]));
  }

  /**
   * Cases waiting for a proposal ('pending') whose redaction message left the
   * outbox more than `publishedSecondsAgo` ago, or was purged: their job should
   * have run by now. The reconciler checks Redis for each.
   */
  async pendingLongAgo(publishedSecondsAgo: number, limit: number): Promise<Array<{ caseId: string; narrativeVersion: number; jobId: string | null }>> {
    const rows: Array<{ id: string; version: number; job_id: string | null }> = await this.dataSource.query(
      `SELECT c.id, n.version,
              (SELECT o.job_id FROM outbox o
                WHERE o.queue = 'redaction' AND o.payload->>'caseId' = c.id::text AND o.payload->>'narrativeVersion' = n.version::text
                ORDER BY o.id DESC LIMIT 1) AS job_id
         FROM cases c JOIN narratives n ON n.case_id = c.id
        WHERE c.redaction_status = 'pending' AND c.status IN ('submitted', 'in_review')
          AND NOT EXISTS (
            SELECT 1 FROM outbox o
             WHERE o.queue = 'redaction' AND o.payload->>'caseId' = c.id::text
               AND (o.published_at IS NULL OR o.published_at > now() - make_interval(secs => $1)))
        ORDER BY c.id LIMIT $2`,
      [publishedSecondsAgo, limit],
    );
    return rows.map((r) => ({ caseId: r.id, narrativeVersion: r.version, jobId: r.job_id }));
  }

  /**
   * Queues a case's redaction again through the outbox, under a job id no
   * earlier job holds (its job was lost, or Redis holds a completed job of
   * that id from another life of the database), audited.
   */
  async requeueLost(caseId: string, narrativeVersion: number, reason: 'job missing from the queue' | 'job completed but the case still waits' = 'job missing from the queue'): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await requeueRedaction(manager, caseId, narrativeVersion);
      await this.audit.record({ actor: SYSTEM, action: 'case.redaction.requeued', target: { type: 'case', id: caseId }, summary: { reason } }, manager);
    });
  }

  /** An admin asks for every unreviewed narrative to be redacted again (after a detector upgrade): queued through the outbox, audited. */
  async requestRequeue(actor: Actor): Promise<{ jobId: string }> {
    const jobId = `requeue-${randomUUID()}`;
    const data: RequeueRedactionJobData = { requestedBy: actor.id };
    await this.dataSource.transaction(async (manager) => {
      await enqueue(manager, { queue: QUEUES.maintenance, name: 'requeue-redaction', jobId, data });
      await this.audit.record({ actor, action: 'redaction.requeue.requested', target: { type: 'job', id: jobId } }, manager);
    });
    return { jobId };
  }

  /** Whether a requeue job is still waiting in the outbox (not yet in the queue). */
  async requeueWaiting(jobId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM outbox WHERE job_id = $1 AND published_at IS NULL`, [jobId]);
    return rows.length > 0;
  }

  /**
   * One batch of a bulk re-redaction after a detector upgrade: queues every
   * unpublished case with a narrative and no reviewed proposal, after `after`.
   */
  async requeueBatch(after: string | undefined, limit: number): Promise<{ queued: number; last: string | undefined; total: number }> {
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string; version: number }> = await manager.query(
        `SELECT c.id, n.version FROM cases c JOIN narratives n ON n.case_id = c.id
           LEFT JOIN redaction_proposals p ON p.case_id = c.id
          WHERE c.status IN ('submitted', 'in_review') AND p.reviewed_by IS NULL AND p.approved_at IS NULL
            AND ($1::uuid IS NULL OR c.id > $1::uuid)
          ORDER BY c.id LIMIT $2`,
        [after ?? null, limit],
      );
      // Under a job id no earlier job holds: the first proposal's job, with the same detector version, has completed and
      // is kept, and a job added under its id again would never run (the cases stayed "pending").
      for (const row of rows) await requeueRedaction(manager, row.id, row.version);
      await this.cases.setRedactionState(manager, rows.map((r) => r.id), { status: 'pending', error: null });
      const [{ total }] = await manager.query(
        `SELECT count(*)::int AS total FROM cases c JOIN narratives n ON n.case_id = c.id WHERE c.status IN ('submitted', 'in_review')`,
      );
      return { queued: rows.length, last: rows.at(-1)?.id ?? after, total };
    });
  }
}
