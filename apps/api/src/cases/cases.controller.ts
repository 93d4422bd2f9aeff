import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CasesService, type Transition } from '@casebook/cases';
import { DomainError } from '@casebook/common';
import { actorOf, Can, CurrentCaller, type Caller } from '../auth/access.decorators';
import { Quota } from '../quotas/quota';
import { IdParam } from '../users/users.dto';
import { CreateCaseDto, ListCasesQuery, WithdrawDto } from './cases.dto';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;

/** Cases: submission, reading (scoped per role in SQL), lifecycle, narrative. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  /** Submits a case. Send an Idempotency-Key so that a retry over a bad connection cannot create it twice. */
  @Can('create', 'Case')
  @Quota('case-write')
  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '8-128 characters [A-Za-z0-9._:-]' })
  async create(
    @CurrentCaller() caller: Caller,
    @Body() body: CreateCaseDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
      throw new DomainError('unprocessable', 'The Idempotency-Key header is malformed', {
        errors: [{ parameter: 'Idempotency-Key', message: 'must be 8-128 characters of A-Z a-z 0-9 . _ : -' }],
      });
    }
    const result = await this.cases.create(actorOf(caller), body, key);
    void reply.status(result.status).header('location', `/api/v1/cases/${result.body.id}`);
    return result.body;
  }

  @Can('read', 'Case')
  @Get()
  list(@CurrentCaller() caller: Caller, @Query() query: ListCasesQuery) {
    return this.cases.list(actorOf(caller), { ...query, limit: query.limit ?? 50 });
  }

  @Can('read', 'Case')
  @Get(':id')
  get(@CurrentCaller() caller: Caller, @Param() { id }: IdParam) {
    return this.cases.get(actorOf(caller), id);
  }

  /** The raw narrative: the interviewer while the case is a draft, and admins. Every read is audited. */
  @Can('read', 'Narrative')
  @Get(':id/narrative')
  narrative(@CurrentCaller() caller: Caller, @Param() { id }: IdParam) {
    return this.cases.readNarrative(actorOf(caller), id);
  }

  @Can('submit', 'Case')
  @Quota('case-write')
  @Post(':id/submit')
  @HttpCode(200)
  submit(@CurrentCaller() caller: Caller, @Param() { id }: IdParam) {
    return this.move(caller, id, 'submit');
  }

  @Can('review', 'Case')
  @Post(':id/review')
  @HttpCode(200)
  review(@CurrentCaller() caller: Caller, @Param() { id }: IdParam) {
    return this.move(caller, id, 'review');
  }

  @Can('publish', 'Case')
  @Post(':id/publish')
  @HttpCode(200)
  publish(@CurrentCaller() caller: Caller, @Param() { id }: IdParam) {
    return this.move(caller, id, 'publish');
  }

  /** Sends a submitted or in-review case back to draft for corrections. */
  @Can('review', 'Case')
  @Post(':id/return')
  @HttpCode(200)
  sendBack(@CurrentCaller() caller: Caller, @Param() { id }: IdParam) {
    return this.move(caller, id, 'return');
  }

  @Can('archive', 'Case')
  @Post(':id/archive')
  @HttpCode(200)
  archive(@CurrentCaller() caller: Caller, @Param() { id }: IdParam) {
    return this.move(caller, id, 'archive');
  }

  /** Consent withdrawn: the narrative is destroyed and the case leaves every view and statistic. */
  @Can('withdraw', 'Case')
  @Quota('case-write')
  @Post(':id/withdraw')
  @HttpCode(200)
  withdraw(@CurrentCaller() caller: Caller, @Param() { id }: IdParam, @Body() body: WithdrawDto) {
    return this.move(caller, id, 'withdraw', body.reason);
  }

  private move(caller: Caller, id: string, transition: Transition, reason?: string) {
    return this.cases.transition(actorOf(caller), id, transition, reason);
  }
}
