import type { Actor } from '@casebook/authz';
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { RetentionService } from '@casebook/cases';
import { Can, CurrentActor } from '../auth/access.decorators';
import { RetentionPolicyResponseDto, RetentionPreviewResponseDto } from './retention-response.dto';

export class RetentionPolicyDto {
  @ApiProperty({ nullable: true, type: Number, minimum: 1, maximum: 3650, description: 'delete drafts untouched for this many days (null: never)' })
  @ValidateIf((o: RetentionPolicyDto) => o.draftDays !== null)
  @IsInt()
  @Min(1)
  @Max(3650)
  draftDays!: number | null;

  @ApiProperty({ nullable: true, type: Number, minimum: 1, maximum: 3650, description: 'delete cases returned for changes and not resubmitted within this many days (null: never)' })
  @ValidateIf((o: RetentionPolicyDto) => o.returnedDays !== null)
  @IsInt()
  @Min(1)
  @Max(3650)
  returnedDays!: number | null;

  @ApiProperty({ description: 'keep raw narratives after their redacted version is approved (needs a stated purpose); false: only the redacted text is kept' })
  @IsBoolean()
  keepRawNarratives!: boolean;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 500, description: 'why raw narratives are kept (required when they are)' })
  @IsOptional()
  @ValidateIf((o: RetentionPolicyDto) => o.keepRawPurpose !== null)
  @IsString()
  @MaxLength(500)
  keepRawPurpose!: string | null;

  @ApiProperty({ nullable: true, type: Number, minimum: 1, maximum: 100, description: 'list published cases for an admin\'s review after this many years (never deleted by the job; null: never)' })
  @ValidateIf((o: RetentionPolicyDto) => o.publishedReviewYears !== null)
  @IsInt()
  @Min(1)
  @Max(100)
  publishedReviewYears!: number | null;
}

/** Retention: the policy (admins, audited) and the dry run of the next daily job. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('retention-policy')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  @Can('read', 'RetentionPolicy')
  @Get()
  @ApiOkResponse({ type: RetentionPolicyResponseDto })
  get(): Promise<RetentionPolicyResponseDto> {
    return this.retention.policy();
  }

  @Can('update', 'RetentionPolicy')
  @Put()
  @ApiOkResponse({ type: RetentionPolicyResponseDto })
  update(@CurrentActor() actor: Actor, @Body() body: RetentionPolicyDto): Promise<RetentionPolicyResponseDto> {
    return this.retention.setPolicy(actor, { ...body, keepRawPurpose: body.keepRawPurpose ?? null });
  }

  /** Exactly what the next run deletes (drafts, returned cases), which raw narratives it drops, which published cases are due for review; and when. */
  @Can('read', 'RetentionPolicy')
  @Get('preview')
  @ApiOkResponse({ type: RetentionPreviewResponseDto })
  preview(): Promise<RetentionPreviewResponseDto> {
    return this.retention.preview();
  }
}
