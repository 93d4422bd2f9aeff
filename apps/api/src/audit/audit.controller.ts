import type { Actor } from '@casebook/authz';
import { Controller, Get, Query } from '@nestjs/common';
import { PageLimit } from '../http/page-limit.decorator';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AuditPageDto, ChainCheckDto } from './audit-response.dto';
import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { AuditService } from '@casebook/audit';
import { Can, CurrentActor } from '../auth/access.decorators';

export class AuditQuery {
  @ApiPropertyOptional({ description: 'an action, or a prefix ending with "." such as "case."' })
  @IsOptional()
  @Matches(/^[a-z0-9_.-]{1,80}$/, { message: 'must be an action name or prefix' })
  action?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() actorId?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z_]{1,40}$/, { message: 'must be a target type' }) targetType?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[A-Za-z0-9_:.-]{1,80}$/, { message: 'must be a target id' }) targetId?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true, strictSeparator: true }, { message: 'must be a real date and time (ISO 8601)' }) from?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true, strictSeparator: true }, { message: 'must be a real date and time (ISO 8601)' }) to?: string;
  @ApiPropertyOptional({ description: 'opaque cursor: the nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,400}$/, { message: 'must be a cursor from a previous page' })
  cursor?: string;
  @ApiPropertyOptional({ description: 'events before this sequence number' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'must be a sequence number' })
  before?: string;
  @PageLimit(500, 100)
  limit?: number;
}

/** The audit log (admins): append-only and hash-chained. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Can('read', 'AuditEvent')
  @Get()
  @ApiOkResponse({ type: AuditPageDto })
  list(@Query() query: AuditQuery): Promise<AuditPageDto> {
    return this.audit.list({ ...query, limit: query.limit ?? 100 });
  }

  /** Recomputes the whole chain and names the first broken link. */
  @Can('verify', 'AuditEvent')
  @Get('verify')
  @ApiOkResponse({ type: ChainCheckDto })
  async verify(@CurrentActor() actor: Actor): Promise<ChainCheckDto> {
    const result = await this.audit.verifyChain();
    await this.audit.record({
      actor: { id: actor.id, role: actor.role, ip: actor.ip },
      action: 'audit.verified',
      summary: { intact: result.intact, checked: result.checked },
    });
    return result;
  }
}
