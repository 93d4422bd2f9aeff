import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { QuotationsService } from '@casebook/reports';
import { Can } from '../auth/access.decorators';
import { PageLimit } from '../http/page-limit.decorator';
import { QuotationPageResponseDto } from './quotations-response.dto';

export class QuotationsQuery {
  @ApiPropertyOptional({ example: 'KZ' }) @IsOptional() @Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code' }) country?: string;
  @ApiPropertyOptional({ example: 2025 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'must be a year' })
  @Min(1990)
  @Max(2100)
  year?: number;
  @ApiPropertyOptional({ description: 'opaque cursor: the nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,400}$/, { message: 'must be a cursor from a previous page' })
  cursor?: string;
  @PageLimit(100, 20)
  limit?: number;
}

/** Approved, redacted, consented narratives for quotation: country and year only, never a case. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('quotations')
export class QuotationsController {
  constructor(private readonly quotations: QuotationsService) {}

  @Can('read', 'Quotation')
  @Get()
  @ApiOkResponse({ type: QuotationPageResponseDto })
  list(@Query() query: QuotationsQuery): Promise<QuotationPageResponseDto> {
    return this.quotations.list({ ...query, limit: query.limit ?? 20 });
  }
}
