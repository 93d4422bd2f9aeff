import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
