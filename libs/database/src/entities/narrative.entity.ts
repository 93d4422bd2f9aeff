import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CaseEntity } from './case.entity';

/**
 * A case's narrative, AES-256-GCM encrypted (the case id is bound as additional
 * data). Withdrawal of consent deletes the row.
 */
@Entity({ name: 'narratives' })
export class NarrativeEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid', primaryKeyConstraintName: 'narratives_pkey' })
  caseId!: string;

  @OneToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'narratives_case_id_fkey' })
  case?: CaseEntity;

  @Column({ name: 'key_id', type: 'text' })
  keyId!: string;

  /** iv ‖ tag ‖ ciphertext */
  @Column({ type: 'bytea' })
  ciphertext!: Buffer;

  /** Bumped on every change of the text; redaction jobs are keyed by it. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
