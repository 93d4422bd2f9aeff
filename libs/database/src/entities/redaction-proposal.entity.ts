import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CaseEntity } from './case.entity';

export interface ProposedSpan {
  start: number;
  end: number;
  type: string;
  rule: string;
  confidence: number;
}

/**
 * The redaction of a case's narrative: the detector's proposal, then the
 * reviewer's edits. One per case; a newer narrative version or detector
 * replaces an unreviewed proposal. The redacted text is encrypted like the narrative.
 */
@Entity({ name: 'redaction_proposals' })
export class RedactionProposalEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid', primaryKeyConstraintName: 'redaction_proposals_pkey' })
  caseId!: string;

  @OneToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'redaction_proposals_case_id_fkey' })
  case?: CaseEntity;

  @Column({ name: 'narrative_version', type: 'integer' })
  narrativeVersion!: number;

  @Column({ name: 'detector_version', type: 'text' })
  detectorVersion!: string;

  @Column({ type: 'jsonb' })
  spans!: ProposedSpan[];

  /** Set when an admin edited the spans; the detector no longer overwrites them. */
  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  /** Set when approved: the redacted text below is what researchers may read. */
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'redacted_key_id', type: 'text' })
  redactedKeyId!: string;

  @Column({ name: 'redacted_ciphertext', type: 'bytea' })
  redactedCiphertext!: Buffer;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
