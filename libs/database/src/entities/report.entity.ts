import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export const REPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A report request and, once computed, its (already suppressed) result. */
@Entity({ name: 'reports' })
@Index('reports_reuse_idx', ['paramsHash', 'dataVersion'])
@Index('reports_requester_created_idx', ['requestedById', 'createdAt'])
export class ReportEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'reports_pkey' })
  id!: string;

  @Index('reports_requested_by_idx')
  @Column({ name: 'requested_by_id', type: 'uuid' })
  requestedById!: string;

  @Column({ type: 'jsonb' })
  params!: Record<string, unknown>;

  /** SHA-256 of the canonical parameters: identical requests over unchanged data reuse a result. */
  @Column({ name: 'params_hash', type: 'text' })
  paramsHash!: string;

  /** The value of report_data_version when the request was made. */
  @Column({ name: 'data_version', type: 'bigint' })
  dataVersion!: string;

  @Column({ type: 'enum', enum: REPORT_STATUSES, enumName: 'report_status', default: 'queued' })
  status!: ReportStatus;

  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  @Column({ type: 'jsonb', nullable: true })
  result!: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
