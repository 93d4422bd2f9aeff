import type { Actor } from '@casebook/authz';
import { InjectQueue } from '@nestjs/bullmq';
import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDefined, IsIn, IsInt, Matches, Min, ValidateNested } from 'class-validator';
import type { Queue } from 'bullmq';
import { RedactionService } from '@casebook/review';
import { DomainError } from '@casebook/common';
import { QUEUES, type RequeueRedactionJobData } from '@casebook/queues';
import { PII_TYPES, type PiiType } from '@casebook/redaction';
import { Can, CurrentActor } from '../auth/access.decorators';
import { IdParam } from '../users/users.dto';

export class SpanDto {
  @ApiProperty() @IsInt() @Min(0) start!: number;
  @ApiProperty() @IsInt() @Min(1) end!: number;
  @ApiProperty({ enum: PII_TYPES }) @IsIn(PII_TYPES) type!: PiiType;
}

export class EditSpansDto {
  @ApiProperty({ type: [SpanDto] })
  @IsDefined()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => SpanDto)
  spans!: SpanDto[];
}

export class RequeueJobParam {
  @ApiProperty() @Matches(/^requeue-[0-9a-f-]{36}$/, { message: 'must be a requeue job id' }) jobId!: string;
}

/** Admin review of narrative redaction, and bulk re-redaction. */
@ApiTags('redaction')
@ApiBearerAuth()
@Controller()
export class RedactionController {
  constructor(
    private readonly redaction: RedactionService,
    @InjectQueue(QUEUES.maintenance) private readonly maintenance: Queue<RequeueRedactionJobData>,
  ) {}

  /** The raw narrative and the proposed spans side by side. Audited. */
  @Can('review', 'Case')
  @Get('cases/:id/redaction')
  review(@CurrentActor() actor: Actor, @Param() { id }: IdParam) {
    return this.redaction.review(actor, id);
  }

  /** Replaces the spans: add, remove or retype. */
  @Can('review', 'Case')
  @Put('cases/:id/redaction')
  edit(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() body: EditSpansDto) {
    return this.redaction.editSpans(actor, id, body.spans);
  }

  /** Applies the placeholders, stores the redacted narrative and publishes the case. */
  @Can('publish', 'Case')
  @Post('cases/:id/redaction/approve')
  @HttpCode(200)
  approve(@CurrentActor() actor: Actor, @Param() { id }: IdParam) {
    return this.redaction.approve(actor, id);
  }

  /** Re-queues redaction of every unpublished, unreviewed case (after a detector upgrade). Resumable. */
  @Can('manage', 'Redaction')
  @Post('redaction/requeue')
  @HttpCode(202)
  requeue(@CurrentActor() actor: Actor) {
    return this.redaction.requestRequeue(actor);
  }

  @Can('manage', 'Redaction')
  @Get('redaction/requeue/:jobId')
  async requeueStatus(@Param() { jobId }: RequeueJobParam) {
    const job = await this.maintenance.getJob(jobId);
    if (!job && (await this.redaction.requeueWaiting(jobId))) return { jobId, state: 'queued', progress: 0, attemptsMade: 0, failedReason: null };
    if (!job) throw new DomainError('not-found', 'No such requeue job');
    return { jobId, state: await job.getState(), progress: job.progress, attemptsMade: job.attemptsMade, failedReason: job.failedReason ?? null };
  }
}
