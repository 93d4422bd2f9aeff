import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '@casebook/common';
import { CursorCodec } from '@casebook/common';
import { truncateIp } from './client-ip';

/** Who did it, as far as the audit log is concerned. */
export interface AuditActor {
  id: string | null;
  role: string | null;
  ip?: string | null;
}

export interface AuditEventInput {
  actor: AuditActor;
  /** Dotted verb, e.g. `auth.login.failed`, `user.role.changed`, `case.submitted`. */
  action: string;
  target?: { type: string; id: string };
  /** Codes, ids and counts only: never names, narratives or credentials. */
  summary?: Record<string, string | number | boolean | null | string[]>;
}

export interface AuditFilter {
  /** An exact action, or a prefix ending with a dot (`case.`). */
  action?: string;
  actorId?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
  before?: string;
  /** An opaque cursor: the nextCursor of the previous page. */
  cursor?: string;
  limit: number;
}

export interface AuditEventView {
  seq: string;
  occurredAt: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  clientNetwork: string | null;
  summary: Record<string, unknown>;
  hash: string;
}

export interface ChainCheck {
  intact: boolean;
  checked: number;
  /** Sequence number of the first row whose hash or link is wrong. */
  firstBrokenSeq: string | null;
  headHash: string | null;
}

/**
 * Writes audit events. Pass the EntityManager of the transaction that makes the
 * change, so the event and the change commit or roll back together. The
 * database trigger assigns the sequence number and the hash chain.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cursors: CursorCodec,
  ) {}

  async record(event: AuditEventInput, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_events (actor_id, actor_role, action, target_type, target_id, client_ip, summary)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        event.actor.id,
        event.actor.role,
        event.action,
        event.target?.type ?? null,
        event.target?.id ?? null,
        truncateIp(event.actor.ip),
        JSON.stringify(event.summary ?? {}),
      ],
    );
  }

  /** Audit events, newest first, with filters; the cursor seals the last `seq` seen. */
  async list(filter: AuditFilter): Promise<{ items: AuditEventView[]; nextCursor: string | null }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.action) add(filter.action.endsWith('.') ? `action LIKE ? || '%'` : 'action = ?', filter.action);
    if (filter.actorId) add('actor_id = ?', filter.actorId);
    if (filter.targetType) add('target_type = ?', filter.targetType);
    if (filter.targetId) add('target_id = ?', filter.targetId);
    if (filter.from) add('occurred_at >= ?', filter.from);
    if (filter.to) add('occurred_at < ?', filter.to);
    if (filter.before) add('e.seq < ?::bigint', filter.before);
    if (filter.cursor) {
      const seq = this.cursors.open('audit', filter.cursor);
      if (typeof seq !== 'string' || !/^\d{1,18}$/.test(seq)) {
        throw new DomainError('unprocessable', 'The cursor is not valid', { errors: [{ parameter: 'cursor', message: 'is not a cursor from a previous page' }] });
      }
      add('e.seq < ?::bigint', seq);
    }
    params.push(filter.limit + 1);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      // seq goes out as text (a bigint may exceed JS numbers) under another name: ORDER BY
      // on the output column `seq::text AS seq` would sort '999' after '1000'.
      `SELECT e.seq::text AS seq_text, occurred_at, actor_id, actor_role, action, target_type, target_id, client_ip, summary, encode(hash, 'hex') AS hash
         FROM audit_events e ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY e.seq DESC LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, filter.limit).map((r) => ({
      seq: r.seq_text as string,
      occurredAt: (r.occurred_at as Date).toISOString(),
      actorId: r.actor_id as string | null,
      actorRole: r.actor_role as string | null,
      action: r.action as string,
      targetType: r.target_type as string | null,
      targetId: r.target_id as string | null,
      clientNetwork: r.client_ip as string | null,
      summary: r.summary as Record<string, unknown>,
      hash: r.hash as string,
    }));
    return { items, nextCursor: rows.length > filter.limit ? this.cursors.seal('audit', items[items.length - 1].seq) : null };
  }

  /** Recomputes every hash and link in order and names the first broken row. */
  async verifyChain(): Promise<ChainCheck> {
    const [row] = await this.dataSource.query(`
      WITH chain AS (
        SELECT seq, hash,
               hash = audit_event_hash(e) AS hash_ok,
               prev_hash = coalesce(lag(hash) OVER (ORDER BY seq), '\\x0000000000000000000000000000000000000000000000000000000000000000'::bytea) AS link_ok,
               seq = row_number() OVER (ORDER BY seq) AS seq_ok
          FROM audit_events e
      )
      SELECT count(*)::int AS checked,
             min(seq) FILTER (WHERE NOT (hash_ok AND link_ok AND seq_ok))::text AS first_broken,
             (SELECT encode(hash, 'hex') FROM audit_events ORDER BY seq DESC LIMIT 1) AS head
        FROM chain`);
    return { intact: row.first_broken === null, checked: row.checked, firstBrokenSeq: row.first_broken, headHash: row.head };
  }
}
