import { PageLimit } from '../http/page-limit.decorator';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsObject,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  IsDefined,
  Length,
} from 'class-validator';
import { CASE_STATUSES, type CaseStatus } from '@casebook/database';
import { DELETION_REASONS, type DeletionReason, NARRATIVE_MAX_LENGTH, WITHDRAWAL_CODE_PATTERN } from '@casebook/cases';
import { CoarseText } from '../http/safe-text';

const CODE = /^[a-z0-9_]{1,48}$/;
const COUNTRY = /^[A-Z]{2}$/;
/**
 * The shape of a body's country: two letters. Whether it is a country Casebook
 * knows (one of the region list, upper case) is a rule of the case (422 naming
 * the field), so `XX`, `ZZ` and `kz` are refused alike.
 */
const COUNTRY_SHAPE = /^[A-Za-z]{2}$/;
const countryShape = { message: 'must be an ISO 3166-1 alpha-2 code' };
const REGION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
const regionMessage = { message: 'must be an ISO 3166-2 region code (e.g. RU-NVS); GET /api/v1/regions lists them' };
/** What may be searched for in a case reference: its start, at most as long as a whole reference (no LIKE wildcards can get through). */
const REFERENCE_PREFIX = /^[A-Za-z0-9][A-Za-z0-9-]{0,11}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Coarse place names only: no digits (street numbers, flats, phone numbers). */
const COARSE_PLACE = /^[^\d@]{1,80}$/u;
const coarse = { message: 'must be a coarse place name (a region or city, no numbers)' };

export class ConsentDto {
  @ApiProperty({ description: 'May the case be used in aggregate research?' }) @IsBoolean() research!: boolean;
  @ApiProperty({ description: 'May it be used in advocacy?' }) @IsBoolean() advocacy!: boolean;
  @ApiProperty({ description: 'May the (redacted) narrative be quoted publicly?' }) @IsBoolean() publicQuotation!: boolean;
  @ApiProperty({ example: '2026-10-14', description: 'When consent was recorded (YYYY-MM-DD)' })
  @Matches(DATE, { message: 'must be a date YYYY-MM-DD' })
  recordedOn!: string;
}

export class RespondentDto {
  @ApiProperty({ description: 'gender code' }) @Matches(CODE, { message: 'must be a taxonomy code' }) gender!: string;
  @ApiProperty({ description: 'age_band code' }) @Matches(CODE, { message: 'must be a taxonomy code' }) ageBand!: string;
  @ApiProperty({ description: 'work_setting code' }) @Matches(CODE, { message: 'must be a taxonomy code' }) workSetting!: string;
  @ApiProperty({ description: 'migrant_status code' }) @Matches(CODE, { message: 'must be a taxonomy code' }) migrantStatus!: string;
}

export class PerpetratorDto {
  @ApiProperty({ description: 'perpetrator_type code', example: 'police' }) @Matches(CODE, { message: 'must be a taxonomy code' }) type!: string;
  @ApiPropertyOptional({ description: 'how many; omit when unknown' }) @IsOptional() @IsInt() @Min(1) @Max(500) count?: number;
  @ApiProperty({ description: 'involvement code', example: 'carried_out' }) @Matches(CODE, { message: 'must be a taxonomy code' }) involvement!: string;
}

export class IncidentDto {
  @ApiProperty({ example: 2026 }) @IsInt() @Min(1990) @Max(2100) year!: number;
  @ApiPropertyOptional({ example: 9 }) @IsOptional() @IsInt() @Min(1) @Max(12) month?: number;
  @ApiProperty({ example: 'KZ', description: 'ISO 3166-1 alpha-2, one of the region list (GET /api/v1/regions)' }) @Matches(COUNTRY_SHAPE, countryShape) country!: string;
  @ApiPropertyOptional({ example: 'Almaty' }) @IsOptional() @IsString() @Matches(COARSE_PLACE, coarse) @CoarseText() place?: string;
  @ApiPropertyOptional({ type: String, example: 'KZ-75', nullable: true, description: 'ISO 3166-2 region of the incident country where it happened' })
  @IsOptional()
  @Matches(REGION, regionMessage)
  regionCode?: string | null;
  @ApiProperty({ description: 'location_type code' }) @Matches(CODE, { message: 'must be a taxonomy code' }) locationType!: string;

  @ApiProperty({ type: [PerpetratorDto] })
  @IsDefined()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PerpetratorDto)
  perpetrators!: PerpetratorDto[];

  @ApiProperty({ type: [String], description: 'abuse_category codes' })
  @IsDefined()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(CODE, { each: true, message: 'must be taxonomy codes' })
  abuses!: string[];

  @ApiProperty({ description: 'reported_to_authorities code' })
  @Matches(CODE, { message: 'must be a taxonomy code' })
  reportedToAuthorities!: string;

  @ApiPropertyOptional({ type: Boolean, description: 'needed medical care; omit or null when not stated', nullable: true })
  @IsOptional()
  @IsBoolean()
  medicalCareNeeded?: boolean | null;
}

export class CreateCaseDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'chosen by the client so a retry keeps its id' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: '2026-10' }) @Matches(MONTH, { message: 'must be a month YYYY-MM' }) interviewMonth!: string;
  @ApiProperty({ example: 'KZ', description: 'ISO 3166-1 alpha-2, one of the region list (GET /api/v1/regions)' }) @Matches(COUNTRY_SHAPE, countryShape) country!: string;
  @ApiPropertyOptional({ description: 'free text from before regions were coded; never counted (use regionCode)' })
  @IsOptional()
  @IsString()
  @Matches(COARSE_PLACE, coarse)
  @CoarseText()
  region?: string;

  @ApiPropertyOptional({ type: String, example: 'RU-NVS', nullable: true, description: 'ISO 3166-2 region of the case country where the respondent lives or works' })
  @IsOptional()
  @Matches(REGION, regionMessage)
  regionCode?: string | null;

  @ApiPropertyOptional({
    description: 'questions the respondent was not asked or declined: keys are abuse groups (physical, sexual, ...) or "perpetrators"; values asked, not_asked or declined (absent = asked)',
    example: { sexual: 'declined' },
    type: 'object',
    additionalProperties: { type: 'string', enum: ['asked', 'not_asked', 'declined'] },
  })
  @IsOptional()
  @IsObject({ message: 'must be an object of question → asked, not_asked or declined' })
  questions?: Record<string, string>;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(COARSE_PLACE, coarse) @CoarseText() city?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'admins only; defaults to your organisation' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiProperty({ type: ConsentDto }) @IsDefined() @ValidateNested() @Type(() => ConsentDto) consent!: ConsentDto;
  @ApiProperty({ type: RespondentDto }) @IsDefined() @ValidateNested() @Type(() => RespondentDto) respondent!: RespondentDto;

  @ApiProperty({ type: [IncidentDto] })
  @IsDefined()
  @ArrayMinSize(1, { message: 'must contain at least one incident' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IncidentDto)
  incidents!: IncidentDto[];

  @ApiPropertyOptional({ description: 'submit at once (draft → submitted) in the same request', default: false })
  @IsOptional()
  @IsBoolean()
  submit?: boolean;

  @ApiPropertyOptional({ maxLength: NARRATIVE_MAX_LENGTH, description: 'free text; encrypted at rest' })
  @IsOptional()
  @IsString()
  @MaxLength(NARRATIVE_MAX_LENGTH)
  narrative?: string;

  @ApiPropertyOptional({
    example: '4821 0937 5512 6604',
    description: 'the withdrawal code shown to the respondent at consent (16 digits, groups of 4); only a slow hash of it is kept, never the code',
  })
  @IsOptional()
  @Matches(WITHDRAWAL_CODE_PATTERN, { message: 'must be 16 digits, in groups of 4' })
  withdrawalCode?: string;
}

export class ListCasesQuery {
  @ApiPropertyOptional({ enum: CASE_STATUSES }) @IsOptional() @IsIn(CASE_STATUSES) status?: CaseStatus;
  @ApiPropertyOptional() @IsOptional() @Matches(COUNTRY, { message: 'must be an ISO 3166-1 alpha-2 code' }) country?: string;
  @ApiPropertyOptional({ description: 'incidents from this month (YYYY-MM)' }) @IsOptional() @Matches(MONTH, { message: 'must be a month YYYY-MM' }) from?: string;
  @ApiPropertyOptional({ description: 'incidents up to this month (YYYY-MM)' }) @IsOptional() @Matches(MONTH, { message: 'must be a month YYYY-MM' }) to?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(CODE, { message: 'must be a taxonomy code' }) perpetratorType?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(CODE, { message: 'must be a taxonomy code' }) abuseCategory?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional({
    description: 'cases whose reference starts with this (case-insensitive), with or without the country: "KZ-7F3" and "7f3" both find KZ-7F3K9Q',
    maxLength: 12,
    example: 'KZ-7F3',
  })
  @IsOptional()
  @Matches(REFERENCE_PREFIX, { message: 'must be the start of a case reference (letters, digits and -)' })
  reference?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
  @PageLimit(200, 50)
  limit?: number;
}

/** An edit: any of the case's parts, each replacing the current one (incidents as a whole list). */
export class UpdateCaseDto extends PartialType(OmitType(CreateCaseDto, ['id', 'organisationId', 'submit', 'withdrawalCode'] as const)) {}

export class ReturnDto {
  @ApiProperty({ maxLength: 2000, description: 'what the interviewer should correct; shown to them, never logged' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class WithdrawDto {
  @ApiPropertyOptional({ description: 'why (a code, no personal data)', example: 'consent_withdrawn' })
  @IsOptional()
  @Matches(CODE, { message: 'must be a short code' })
  reason?: string;
}

export class DeleteCaseDto {
  @ApiProperty({ enum: DELETION_REASONS, description: 'why the case is deleted (a code: the audit trail holds no content)' })
  @IsIn(DELETION_REASONS)
  reason!: DeletionReason;
}

export class CaseDeletedDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: [true] })
  deleted!: true;
}

export class WithdrawalByCodeDto {
  @ApiProperty({ example: '4821 0937 5512 6604', description: 'the code on the respondent\'s card (16 digits; spaces or dashes allowed)' })
  @IsString()
  @Matches(WITHDRAWAL_CODE_PATTERN, { message: 'must be 16 digits, in groups of 4' })
  code!: string;
}

export class WithdrawnByCodeDto {
  @ApiProperty({ enum: [true] })
  withdrawn!: true;
}
