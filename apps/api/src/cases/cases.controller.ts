import type { Actor } from '@casebook/authz';
import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CaseNarrativeResponseDto, CasePageResponseDto, CaseResponseDto } from './case-response.dto';
import type { FastifyReply } from 'fastify';
import { CaseErasureService, CasesService, type Transition } from '@casebook/cases';
import { DomainError } from '@casebook/common';
import { Can, CurrentActor } from '../auth/access.decorators';
import { Quota } from '../quotas/quota';
import { IdParam } from '../users/users.dto';
import { CaseDeletedDto, CreateCaseDto, DeleteCaseDto, ListCasesQuery, ReturnDto, UpdateCaseDto, WithdrawDto } from './cases.dto';
import { etagOf, versionOf } from '../http/etag';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;


/** Cases: submission, reading (scoped per role in SQL), lifecycle, narrative. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly erasure: CaseErasureService,
  ) {}

  /** Submits a case. Send an Idempotency-Key so that a retry over a bad connection cannot create it twice. */
  @Can('create', 'Case')
  @Quota('case-write', { idempotent: true })
  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '8-128 characters [A-Za-z0-9._:-]' })
  @ApiCreatedResponse({ type: CaseResponseDto, description: 'created (200 when an Idempotency-Key replays an earlier creation)' })
  @ApiOkResponse({ type: CaseResponseDto, description: 'an earlier creation with this Idempotency-Key, replayed' })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateCaseDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseResponseDto> {
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
      throw new DomainError('unprocessable', 'The Idempotency-Key header is malformed', {
        errors: [{ parameter: 'Idempotency-Key', message: 'must be 8-128 characters of A-Z a-z 0-9 . _ : -' }],
      });
    }
    const result = await this.cases.create(actor, body, key);
    void reply.status(result.status).header('location', `/api/v1/cases/${result.body.id}`).header('etag', etagOf(result.body.version));
    return result.body;
  }

  /**
   * Edits a draft (its interviewer) or any unpublished case (admins): the
   * given parts replace the current ones. Send the ETag of the version you
   * edited in If-Match: a stale one gets 412 with the current version.
   */
  @Can('update', 'Case')
  @Quota('case-write')
  @Patch(':id')
  @ApiHeader({ name: 'If-Match', required: true, description: 'the ETag of the case as last read' })
  @ApiOkResponse({ type: CaseResponseDto })
  async update(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParam,
    @Body() body: UpdateCaseDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseResponseDto> {
    if (ifMatch === undefined) {
      throw new DomainError('precondition-required', 'Send If-Match with the ETag of the case you edited', {
        errors: [{ parameter: 'If-Match', message: 'is required' }],
      });
    }
    const version = versionOf(ifMatch);
    if (version === null) {
      throw new DomainError('precondition-failed', 'The If-Match header is not an ETag of this case', { errors: [{ parameter: 'If-Match', message: 'must be an ETag such as "3"' }] });
    }
    const nulls = Object.entries(body).filter(([key, value]) => value === null && !['region', 'regionCode', 'city'].includes(key));
    if (nulls.length) throw new DomainError('unprocessable', 'These parts cannot be removed', { errors: nulls.map(([key]) => ({ pointer: `/${key}`, message: 'must not be null' })) });
    const updated = await this.cases.update(actor, id, body, version);
    void reply.header('etag', etagOf(updated.version));
    return updated;
  }

  @Can('read', 'Case')
  @Get()
  @ApiOkResponse({ type: CasePageResponseDto })
  list(@CurrentActor() actor: Actor, @Query() query: ListCasesQuery): Promise<CasePageResponseDto> {
    return this.cases.list(actor, { ...query, limit: query.limit ?? 50 });
  }

  @Can('read', 'Case')
  @Get(':id')
  @ApiOkResponse({ type: CaseResponseDto })
  async get(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Res({ passthrough: true }) reply: FastifyReply): Promise<CaseResponseDto> {
    const found = await this.cases.get(actor, id);
    void reply.header('etag', etagOf(found.version));
    return found;
  }

  /** The raw narrative: the interviewer while the case is a draft, and admins. Every read is audited. */
  @Can('read', 'Narrative')
  @Get(':id/narrative')
  @ApiOkResponse({ type: CaseNarrativeResponseDto })
  narrative(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<CaseNarrativeResponseDto> {
    return this.cases.readNarrative(actor, id);
  }

  @Can('submit', 'Case')
  @Quota('case-write')
  @Post(':id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseResponseDto })
  submit(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<CaseResponseDto> {
    return this.move(actor, id, 'submit');
  }

  @Can('review', 'Case')
  @Post(':id/review')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseResponseDto })
  review(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<CaseResponseDto> {
    return this.move(actor, id, 'review');
  }

  @Can('publish', 'Case')
  @Post(':id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseResponseDto })
  publish(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<CaseResponseDto> {
    return this.move(actor, id, 'publish');
  }

  /** Sends a submitted or in-review case back to draft, saying what to correct (shown to the interviewer, never logged). */
  @Can('review', 'Case')
  @Post(':id/return')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseResponseDto })
  sendBack(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() body: ReturnDto): Promise<CaseResponseDto> {
    return this.move(actor, id, 'return', body.reason);
  }

  @Can('archive', 'Case')
  @Post(':id/archive')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseResponseDto })
  archive(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<CaseResponseDto> {
    return this.move(actor, id, 'archive');
  }

  /** Consent withdrawn: the narrative is destroyed and the case leaves every view and statistic. */
  @Can('withdraw', 'Case')
  @Quota('case-write')
  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseResponseDto })
  withdraw(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() body: WithdrawDto): Promise<CaseResponseDto> {
    return this.move(actor, id, 'withdraw', body.reason);
  }

  /**
   * Deletes a case for good (admins, with a reason code): its key is destroyed,
   * its rows, facts and rollup contributions removed, reports recomputed.
   * Backups of the case data become unreadable once the keystore backups from
   * before the deletion have expired (KEYSTORE_BACKUP_RETENTION_DAYS).
   */
  @Can('delete', 'Case')
  @Quota('case-write')
  @Delete(':id')
  @ApiOkResponse({ type: CaseDeletedDto })
  @HttpCode(200)
  remove(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() body: DeleteCaseDto): Promise<CaseDeletedDto> {
    return this.erasure.deleteByAdmin(actor, id, body.reason);
  }

  private move(actor: Actor, id: string, transition: Transition, reason?: string): Promise<CaseResponseDto> {
    return this.cases.transition(actor, id, transition, reason);
  }
}
