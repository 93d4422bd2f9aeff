import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface RetentionPolicy {
  draftDays: number | null;
  returnedDays: number | null;
  keepRawNarratives: boolean;
  keepRawPurpose: string | null;
  publishedReviewYears: number | null;
  updatedAt: string;
}

export interface DueCase {
  id: string;
  reference: string;
  status: string;
  /** The date its period counts from (last change, return, approval or publication). */
  since: string;
}

export type DueKind = 'drafts' | 'returned' | 'rawNarratives' | 'publishedForReview';

/** Which cases are due under a policy at a moment, as SQL conditions on `c` (a case) with $1 = now. */
function dueWhere(kind: DueKind, p: RetentionPolicy): { where: string; since: string; args: unknown[] } | null {
  switch (kind) {
    case 'drafts':
      return p.draftDays === null
        ? null
        : { where: `c.status = 'draft' AND c.returned_at IS NULL AND c.updated_at < $1::timestamptz - make_interval(days => $2)`, since: 'c.updated_at', args: [p.draftDays] };
    case 'returned':
      return p.returnedDays === null
        ? null
        : { where: `c.status = 'draft' AND c.returned_at IS NOT NULL AND c.returned_at < $1::timestamptz - make_interval(days => $2)`, since: 'c.returned_at', args: [p.returnedDays] };
    case 'rawNarratives':
      return p.keepRawNarratives
        ? null
        : {
            where: `c.status IN ('published', 'archived') AND c.redaction_status = 'approved' AND c.published_at < $1::timestamptz
                    AND EXISTS (SELECT 1 FROM narratives n WHERE n.case_id = c.id)
                    AND EXISTS (SELECT 1 FROM redaction_proposals rp WHERE rp.case_id = c.id AND rp.approved_at IS NOT NULL)`,
            since: 'c.published_at',
            args: [],
          };
    case 'publishedForReview':
      return p.publishedReviewYears === null
        ? null
        : { where: `c.status = 'published' AND c.published_at < $1::timestamptz - make_interval(years => $2)`, since: 'c.published_at', args: [p.publishedReviewYears] };
  }
}

/** The SQL of retention: the policy row, what is due, dropping raw narratives, the runs. */
@Injectable()
export class RetentionRepository {
  async policy(manager: EntityManager): Promise<RetentionPolicy> {
    const [row] = await manager.query(
      `SELECT draft_days, returned_days, keep_raw_narratives, keep_raw_purpose, published_review_years, updated_at FROM retention_policy`,
    );
    return {
      draftDays: row.draft_days,
      returnedDays: row.returned_days,
      keepRawNarratives: row.keep_raw_narratives,
      keepRawPurpose: row.keep_raw_purpose,
      publishedReviewYears: row.published_review_years,
      updatedAt: new Date(row.updated_at).toISOString(),
    };
  }

  async setPolicy(manager: EntityManager, p: Omit<RetentionPolicy, 'updatedAt'>, by: string): Promise<void> {
    await manager.query(
      `UPDATE retention_policy SET draft_days = $1, returned_days = $2, keep_raw_narratives = $3, keep_raw_purpose = $4,
              published_review_years = $5, updated_at = now(), updated_by = $6`,
      [p.draftDays, p.returnedDays, p.keepRawNarratives, p.keepRawNarratives ? p.keepRawPurpose : null, p.publishedReviewYears, by],
    );
  }

  /** The cases of one kind due at `now`, oldest first (at most `limit`; locked and skipping locked ones with `lock`). */
  async due(manager: EntityManager, kind: DueKind, p: RetentionPolicy, now: Date, limit: number, lock = false): Promise<DueCase[]> {
    const w = dueWhere(kind, p);
    if (!w) return [];
    const rows: Array<{ id: string; reference: string; status: string; since: Date }> = await manager.query(
      `SELECT c.id, c.reference, c.status, ${w.since} AS since FROM cases c WHERE ${w.where}
        ORDER BY ${w.since}, c.id LIMIT ${Number(limit)}${lock ? ' FOR UPDATE OF c SKIP LOCKED' : ''}`,
      [now.toISOString(), ...w.args],
    );
    return rows.map((r) => ({ id: r.id, reference: r.reference, status: r.status, since: new Date(r.since).toISOString() }));
  }

  async startRun(manager: EntityManager): Promise<string> {
    const [{ id }] = await manager.query(`INSERT INTO retention_runs DEFAULT VALUES RETURNING id::text AS id`);
    return id;
  }

  async countRun(manager: EntityManager, runId: string, deleted: number, rawDropped: number): Promise<void> {
    await manager.query(`UPDATE retention_runs SET deleted = deleted + $2, raw_dropped = raw_dropped + $3 WHERE id = $1::bigint`, [runId, deleted, rawDropped]);
  }

  async finishRun(manager: EntityManager, runId: string): Promise<void> {
    await manager.query(`UPDATE retention_runs SET finished_at = clock_timestamp() WHERE id = $1::bigint`, [runId]);
  }

  async lastRun(manager: EntityManager): Promise<{ startedAt: string; finishedAt: string | null; deleted: number; rawDropped: number } | null> {
    const [row] = await manager.query(`SELECT started_at, finished_at, deleted, raw_dropped FROM retention_runs ORDER BY id DESC LIMIT 1`);
    return row
      ? { startedAt: new Date(row.started_at).toISOString(), finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null, deleted: row.deleted, rawDropped: row.raw_dropped }
      : null;
  }
}
