import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATUSES, type CaseStatus, REDACTION_STATUSES } from '@casebook/database';

export class PerpetratorViewDto {
  @ApiProperty({ description: 'taxonomy code', example: 'police' }) type!: string;
  @ApiProperty({ type: Number, nullable: true }) count!: number | null;
  @ApiProperty({ description: 'taxonomy code' }) involvement!: string;
}

export class IncidentViewDto {
  @ApiProperty() year!: number;
  @ApiProperty({ type: Number, nullable: true }) month!: number | null;
  @ApiProperty({ example: 'KZ' }) country!: string;
  @ApiProperty({ type: String, nullable: true }) place!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'RU-NVS' }) regionCode!: string | null;
  @ApiProperty({ description: 'taxonomy code' }) locationType!: string;
  @ApiProperty({ type: [PerpetratorViewDto] }) perpetrators!: PerpetratorViewDto[];
  @ApiProperty({ type: [String], description: 'taxonomy codes' }) abuses!: string[];
  @ApiProperty({ description: 'taxonomy code' }) reportedToAuthorities!: string;
  @ApiProperty({ type: Boolean, nullable: true }) medicalCareNeeded!: boolean | null;
}

export class ConsentViewDto {
  @ApiProperty() research!: boolean;
  @ApiProperty() advocacy!: boolean;
  @ApiProperty() publicQuotation!: boolean;
  @ApiProperty({ format: 'date' }) recordedOn!: string;
}

export class RespondentViewDto {
  @ApiProperty() gender!: string;
  @ApiProperty() ageBand!: string;
  @ApiProperty() workSetting!: string;
  @ApiProperty() migrantStatus!: string;
}

export class CaseRedactionStateDto {
  @ApiProperty({ enum: REDACTION_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
}

/** A case as interviewers (their own) and admins see it: never the narrative text itself. */
export class CaseResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'KZ-7F3K9Q' }) reference!: string;
  @ApiProperty({ enum: CASE_STATUSES }) status!: CaseStatus;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ format: 'uuid' }) interviewerId!: string;
  @ApiProperty({ example: '2025-03' }) interviewMonth!: string;
  @ApiProperty({ example: 'KZ' }) country!: string;
  @ApiProperty({ type: String, nullable: true, description: 'free text from before regions were coded (never counted)' }) region!: string | null;
  @ApiProperty({ type: String, nullable: true }) regionCode!: string | null;
  @ApiProperty({ description: 'the free-text region matched no single subdivision: an admin should set regionCode' }) regionUnresolved!: boolean;
  @ApiProperty({ type: String, nullable: true }) city!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: ['not_asked', 'declined'] },
    description: 'questions not asked or declined; absent = asked',
  })
  questions!: Record<string, string>;
  @ApiProperty({ type: ConsentViewDto }) consent!: ConsentViewDto;
  @ApiProperty({ type: RespondentViewDto }) respondent!: RespondentViewDto;
  @ApiProperty() childProtectionFlag!: boolean;
  @ApiProperty({ type: [IncidentViewDto] }) incidents!: IncidentViewDto[];
  @ApiProperty() hasNarrative!: boolean;
  @ApiProperty({ type: CaseRedactionStateDto }) redaction!: CaseRedactionStateDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) submittedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) publishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) withdrawnAt!: string | null;
  @ApiProperty({ description: 'raised on every write; send it back in If-Match to edit' }) version!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) returnedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'why an admin returned it (until it is submitted again)' }) returnReason!: string | null;
}

export class CasePageResponseDto {
  @ApiProperty({ type: [CaseResponseDto] }) items!: CaseResponseDto[];
  @ApiProperty({ type: String, nullable: true, description: 'the cursor of the next page; null on the last page' }) nextCursor!: string | null;
}

/** The raw narrative (audited read). */
export class CaseNarrativeResponseDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() narrative!: string;
  @ApiProperty() version!: number;
}
