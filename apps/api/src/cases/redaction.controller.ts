import type { Actor } from '@casebook/authz';
import { InjectQueue } from '@nestjs/bullmq';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { etagOf, expectedVersion } from '../http/etag';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDefined, IsIn, IsInt, Matches, Min, ValidateNested } from 'class-validator';
import type { Queue } from 'bullmq';
import { RedactionService } from '@casebook/review';
import { DomainError } from '@casebook/common';
import { QUEUES, type RequeueRedactionJobData } from '@casebook/queues';
import { PII_TYPES, type PiiType } from '@casebook/redaction';
import { Can, CurrentActor } from '../auth/access.decorators';
import { IdParam } from '../users/users.dto';
import { RedactionApprovedResponseDto, RedactionReviewResponseDto, RequeueAcceptedResponseDto, RequeueStatusResponseDto, ReviewQueueResponseDto } from './redaction-response.dto';

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
  @ApiOkResponse({ type: RedactionReviewResponseDto })
  async review(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Res({ passthrough: true }) reply: FastifyReply): Promise<RedactionReviewResponseDto> {
    const review = await this.redaction.review(actor, id);
    void reply.header('etag', etagOf(review.version));
    return review;
  }

  /**
   * Replaces the spans: add, remove or retype. With If-Match (the ETag of the
   * review), a change made meanwhile by another admin answers 412 with the
   * current version instead of being overwritten.
   */
  @Can('review', 'Case')
  @Put('cases/:id/redaction')
  @ApiOkResponse({ type: RedactionReviewResponseDto })
  async edit(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() body: EditSpansDto, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<RedactionReviewResponseDto> {
    const review = await this.redaction.editSpans(actor, id, body.spans, expectedVersion(ifMatch));
    void reply.header('etag', etagOf(review.version));
    return review;
  }

  /** Applies the placeholders, stores the redacted narrative and publishes the case (If-Match as for edits). */
  @Can('publish', 'Case')
  @Post('cases/:id/redaction/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: RedactionApprovedResponseDto })
  approve(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Headers('if-match') ifMatch: string | undefined): Promise<RedactionApprovedResponseDto> {
    return this.redaction.approve(actor, id, expectedVersion(ifMatch));
  }

  /** Cases waiting for redaction review, oldest first, with failed redactions and their reasons. */
  @Can('review', 'Case')
  @Get('redaction/queue')
  @ApiOkResponse({ type: ReviewQueueResponseDto })
  queue(): Promise<ReviewQueueResponseDto> {
    return this.redaction.queue();
  }

  /** Re-queues redaction of every unpublished, unreviewed case (after a detector upgrade). Resumable. */
  @Can('manage', 'Redaction')
  @Post('redaction/requeue')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: RequeueAcceptedResponseDto })
  requeue(@CurrentActor() actor: Actor): Promise<RequeueAcceptedResponseDto> {
    return this.redaction.requestRequeue(actor);
  }

  @Can('manage', 'Redaction')
  @Get('redaction/requeue/:jobId')
  @ApiOkResponse({ type: RequeueStatusResponseDto })
  async requeueStatus(@Param() { jobId }: RequeueJobParam): Promise<RequeueStatusResponseDto> {
    const job = await this.maintenance.getJob(jobId);
    if (!job && (await this.redaction.requeueWaiting(jobId))) return { jobId, state: 'queued', progress: 0, attemptsMade: 0, failedReason: null };
    if (!job) throw new DomainError('not-found', 'No such requeue job');
    return { jobId, state: await job.getState(), progress: job.progress, attemptsMade: job.attemptsMade, failedReason: job.failedReason ?? null };
  }
}
