import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Messages for BullMQ, written in the same transaction as the change that
 * causes them; a relay in the worker publishes them, so nothing is lost while
 * Redis is away. Payloads carry ids only, never text.
 */
@Entity({ name: 'outbox' })
@Index('outbox_pending_idx', ['availableAt', 'id'], { where: 'published_at IS NULL' })
// On payload->>'caseId' (the reconciler's lookup): an expression TypeORM cannot describe, kept by the migration.
@Index('outbox_case_idx', { synchronize: false })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'outbox_pkey' })
  id!: string;

  /** The BullMQ queue. */
  @Column({ type: 'text' })
  queue!: string;

  /** The job name. */
  @Column({ type: 'text' })
  name!: string;

  /** The BullMQ job id: duplicates collapse. */
  @Column({ name: 'job_id', type: 'text' })
  jobId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** A relay leases a message until then; an expired lease can be taken again. */
  @Column({ name: 'available_at', type: 'timestamptz', default: () => 'now()' })
  availableAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;
}
