import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATUSES, REDACTION_STATUSES } from '@casebook/database';
import { PII_TYPES } from '@casebook/redaction';

/** A span of personal information the detector proposed or an admin set. */
export class ProposedSpanDto {
  @ApiProperty() start!: number;
  @ApiProperty() end!: number;
  @ApiProperty({ enum: PII_TYPES }) type!: string;
  @ApiProperty({ description: 'which rule found it (or that an admin set it)' }) rule!: string;
  @ApiProperty({ description: '0..1: how sure the rule is' }) confidence!: number;
}

export class RedactionProposalDto {
  @ApiProperty({ type: [ProposedSpanDto] }) spans!: ProposedSpanDto[];
  @ApiProperty({ description: 'the narrative with the spans replaced by placeholders' }) redacted!: string;
  @ApiProperty() detectorVersion!: string;
  @ApiProperty({ description: 'an admin has edited the spans' }) reviewed!: boolean;
  @ApiProperty() approved!: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** The raw narrative and the proposed spans side by side (admins; audited; never cached). */
export class RedactionReviewResponseDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'KZ-7F3K9Q' }) reference!: string;
  @ApiProperty({ example: 'KZ' }) country!: string;
  @ApiProperty({ description: "the case's version: send it back in If-Match to edit or approve" }) version!: number;
  @ApiProperty({ enum: CASE_STATUSES }) caseStatus!: string;
  @ApiProperty({ enum: REDACTION_STATUSES }) redactionStatus!: string;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ type: Number, nullable: true }) narrativeVersion!: number | null;
  @ApiProperty({ type: String, nullable: true }) narrative!: string | null;
  @ApiProperty({ description: 'the raw narrative was dropped under the retention policy: only the approved redacted text is kept' }) rawNarrativeDropped!: boolean;
  @ApiProperty({ type: RedactionProposalDto, nullable: true }) proposal!: RedactionProposalDto | null;
}

export class RedactionApprovedResponseDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: CASE_STATUSES }) status!: string;
  @ApiProperty({ enum: REDACTION_STATUSES }) redactionStatus!: string;
}

/** A case waiting for redaction review. */
export class ReviewQueueItemDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() country!: string;
  @ApiProperty({ enum: CASE_STATUSES }) status!: string;
  @ApiProperty({ enum: REDACTION_STATUSES }) redactionStatus!: string;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) submittedAt!: string | null;
}

export class ReviewQueueResponseDto {
  @ApiProperty({ type: [ReviewQueueItemDto] }) items!: ReviewQueueItemDto[];
}

export class RequeueAcceptedResponseDto {
  @ApiProperty({ example: 'requeue-0b6f3c1e-0000-4000-8000-000000000000' }) jobId!: string;
}

export const REQUEUE_STATES = ['queued', 'completed', 'failed', 'active', 'delayed', 'prioritized', 'waiting', 'waiting-children', 'unknown'] as const;

export class RequeueStatusResponseDto {
  @ApiProperty() jobId!: string;
  @ApiProperty({ enum: REQUEUE_STATES }) state!: string;
  @ApiProperty({
    description: '0 until the job starts, then the cases done of the total',
    oneOf: [{ type: 'number' }, { type: 'object', properties: { done: { type: 'number' }, total: { type: 'number' } }, required: ['done', 'total'] }],
  })
  progress!: unknown;
  @ApiProperty() attemptsMade!: number;
  @ApiProperty({ type: String, nullable: true }) failedReason!: string | null;
}
