import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { IncidentEntity } from './incident.entity';
import { OrganisationEntity } from './organisation.entity';
import { RegionEntity } from './region.entity';
import { UserEntity } from './user.entity';

export const CASE_STATUSES = ['draft', 'submitted', 'in_review', 'published', 'archived', 'withdrawn'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
/** Whether a respondent was asked a question (an abuse group, or who the perpetrators were). */
export const QUESTION_STATUSES = ['asked', 'not_asked', 'declined'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
/** The question about perpetrators, beside the abuse groups. */
export const PERPETRATOR_QUESTION = 'perpetrators';
export const REDACTION_STATUSES = ['none', 'pending', 'proposed', 'failed', 'approved'] as const;
export type RedactionStatus = (typeof REDACTION_STATUSES)[number];

/**
 * One interview with one respondent. There is deliberately no column for a
 * name, phone, address or document number; dates are months, places coarse.
 */
@Entity({ name: 'cases' })
@Index('cases_status_created_idx', ['status', 'createdAt', 'id'])
@Index('cases_created_idx', ['createdAt', 'id'])
@Index('cases_redaction_pending_idx', ['id'], { where: "redaction_status = 'pending'" })
export class CaseEntity {
  /** A UUID; the client may choose it, so that a retried submission keeps its id. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'cases_pkey' })
  id!: string;

  /** Random public reference such as KZ-7F3K9Q: reveals nothing about volume or order. */
  @Index('cases_reference_key', { unique: true })
  @Column({ type: 'text' })
  reference!: string;

  @Index('cases_organisation_id_idx')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'cases_organisation_id_fkey' })
  organisation?: OrganisationEntity;

  @Index('cases_interviewer_id_idx')
  @Column({ name: 'interviewer_id', type: 'uuid' })
  interviewerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'interviewer_id', foreignKeyConstraintName: 'cases_interviewer_id_fkey' })
  interviewer?: UserEntity;

  @Column({ type: 'enum', enum: CASE_STATUSES, enumName: 'case_status', default: 'draft' })
  status!: CaseStatus;

  /** The first day of the interview's month. */
  @Column({ name: 'interview_month', type: 'date' })
  interviewMonth!: string;

  @Column({ type: 'char', length: 2 })
  country!: string;

  /** Free text as entered before regions were coded; kept, never counted. */
  @Column({ type: 'text', nullable: true })
  region!: string | null;

  /** Where the respondent lives or works: an ISO 3166-2 subdivision of the case's country. */
  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode!: string | null;

  @ManyToOne(() => RegionEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'cases_region_code_fkey' })
  regionRef?: RegionEntity;

  /** The free-text region could not be matched to one subdivision: an admin should set the code. */
  @Column({ name: 'region_unresolved', type: 'boolean', default: false })
  regionUnresolved!: boolean;

  /** The questions the respondent was not asked or declined (abuse groups, "perpetrators"); absent = asked. */
  @Column({ name: 'question_status', type: 'jsonb', default: {} })
  questionStatus!: Record<string, QuestionStatus>;

  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Column({ name: 'consent_research', type: 'boolean' })
  consentResearch!: boolean;

  @Column({ name: 'consent_advocacy', type: 'boolean' })
  consentAdvocacy!: boolean;

  @Column({ name: 'consent_quotation', type: 'boolean' })
  consentQuotation!: boolean;

  @Column({ name: 'consent_recorded_on', type: 'date' })
  consentRecordedOn!: string;

  @Column({ type: 'text' })
  gender!: string;

  @Column({ name: 'age_band', type: 'text' })
  ageBand!: string;

  @Column({ name: 'work_setting', type: 'text' })
  workSetting!: string;

  @Column({ name: 'migrant_status', type: 'text' })
  migrantStatus!: string;

  /** Set for respondents under 18: child-protection follow-up. */
  @Column({ name: 'child_protection_flag', type: 'boolean', default: false })
  childProtectionFlag!: boolean;

  @OneToMany(() => IncidentEntity, (incident) => incident.case)
  incidents?: IncidentEntity[];

  /** Where the narrative's redaction stands: none (no narrative or not submitted), pending, proposed, failed, approved. */
  @Column({ name: 'redaction_status', type: 'enum', enum: REDACTION_STATUSES, enumName: 'redaction_status', default: 'none' })
  redactionStatus!: RedactionStatus;

  /** Why the last redaction attempt failed (no narrative text in it). */
  @Column({ name: 'redaction_error', type: 'text', nullable: true })
  redactionError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  /** Raised by a trigger on every write to the row (with updated_at); clients send it back in If-Match. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Why an admin returned the case to its interviewer: encrypted (it may quote the case), cleared on resubmission. */
  @Column({ name: 'return_reason_key_id', type: 'text', nullable: true, select: false })
  returnReasonKeyId!: string | null;

  @Column({ name: 'return_reason_ciphertext', type: 'bytea', nullable: true, select: false })
  returnReasonCiphertext!: Buffer | null;

  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt!: Date | null;

  /** When the retention policy dropped the raw narrative (only the approved redacted text is kept). */
  @Column({ name: 'raw_dropped_at', type: 'timestamptz', nullable: true })
  rawDroppedAt!: Date | null;
}
