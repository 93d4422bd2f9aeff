import { ApiProperty } from '@nestjs/swagger';

/** The retention policy in force (null periods: never). */
export class RetentionPolicyResponseDto {
  @ApiProperty({ type: Number, nullable: true }) draftDays!: number | null;
  @ApiProperty({ type: Number, nullable: true }) returnedDays!: number | null;
  @ApiProperty() keepRawNarratives!: boolean;
  @ApiProperty({ type: String, nullable: true }) keepRawPurpose!: string | null;
  @ApiProperty({ type: Number, nullable: true }) publishedReviewYears!: number | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** A case the next run acts on (or lists for review). */
export class DueCaseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() reference!: string;
  @ApiProperty({ example: 'draft' }) status!: string;
  @ApiProperty({ format: 'date-time', description: 'the date its period counts from (last change, return, approval or publication)' }) since!: string;
}

export class RetentionRunDto {
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) finishedAt!: string | null;
  @ApiProperty() deleted!: number;
  @ApiProperty() rawDropped!: number;
}

/** The dry run of the next retention run: what it deletes, and when. */
export class RetentionPreviewResponseDto {
  @ApiProperty({ type: RetentionPolicyResponseDto }) policy!: RetentionPolicyResponseDto;
  @ApiProperty({ format: 'date-time', description: 'when the job runs next' }) nextRunAt!: string;
  @ApiProperty({ type: RetentionRunDto, nullable: true }) lastRun!: RetentionRunDto | null;
  @ApiProperty({ type: [DueCaseDto] }) drafts!: DueCaseDto[];
  @ApiProperty({ type: [DueCaseDto] }) returned!: DueCaseDto[];
  @ApiProperty({ type: [DueCaseDto] }) rawNarratives!: DueCaseDto[];
  @ApiProperty({ type: [DueCaseDto], description: "listed for an admin's decision; never deleted by the job" }) publishedForReview!: DueCaseDto[];
}
