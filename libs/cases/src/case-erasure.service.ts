import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuditActor, AuditService } from '@casebook/audit';
import type { Actor } from '@casebook/authz';
import { DomainError } from '@casebook/common';
import { CaseRepository } from './case.repository';

/** What asked for a deletion (audited with it). */
export type ErasureCause = 'withdrawal' | 'admin' | 'retention' | 'withdrawal-code';

/** The reasons an admin may give for deleting a case: codes, never free text (the audit trail holds no content). */
export const DELETION_REASONS = ['consent_withdrawn', 'retention_policy', 'duplicate', 'entered_in_error', 'safety_risk', 'other'] as const;
export type DeletionReason = (typeof DELETION_REASONS)[number];

/**
 * Deleting cases for good, the one way every cause uses: `case_erase` in SQL
 * (see the case-erasure migration) destroys the case key, the rows, the facts,
 * the rollup contributions and the record key, re-counts the rollups and moves
 * the data version, in the caller's transaction; one audit event per case
 * says who, why (a code) and from which state, never what the case held.
 */
@Injectable()
export class CaseErasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly audit: AuditService,
  ) {}

  async erase(
    manager: EntityManager,
    actor: Actor | AuditActor,
    targets: Array<{ id: string; status: string }>,
    cause: ErasureCause,
    reason?: string,
  ): Promise<string[]> {
    if (targets.length === 0) return [];
    const erased = await this.cases.erase(
      manager,
      targets.map((t) => t.id),
    );
    const statusOf = new Map(targets.map((t) => [t.id, t.status]));
    for (const id of erased) {
      await this.audit.record(
        { actor, action: 'case.deleted', target: { type: 'case', id }, summary: { cause, from: statusOf.get(id) ?? null, ...(reason ? { reason } : {}) } },
        manager,
      );
    }
    return erased;
  }

  /** An admin's decision, with a reason code. The case must be visible to the admin (else 404). */
  async deleteByAdmin(actor: Actor, id: string, reason: DeletionReason): Promise<{ id: string; deleted: true }> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.cases.scoped(manager, actor.ability, 'delete').andWhere('c.id = :id', { id }).setLock('pessimistic_write').getOne();
      if (!c) throw new DomainError('not-found', 'No such case');
      await this.erase(manager, actor, [{ id, status: c.status }], 'admin', reason);
      return { id, deleted: true as const };
    });
  }
}
