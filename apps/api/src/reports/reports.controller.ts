import type { Actor } from '@casebook/authz';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { LANGUAGES, type Language } from '@casebook/database';
import { COMPARE_BY, type CompareBy, DisclosurePolicyService, MIN_K, REPORT_FORMATS, type ReportFormat, ReportsService } from '@casebook/reports';
import { Can, CurrentActor } from '../auth/access.decorators';
import { Quota } from '../quotas/quota';
import { IdParam } from '../users/users.dto';
import { PageLimit } from '../http/page-limit.decorator';
import { ReportListResponseDto, ReportResponseDto } from './reports-response.dto';

const CODE = /^[a-z0-9_]{1,48}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class CreateReportDto {
  @ApiPropertyOptional({ type: [String], example: ['KZ', 'KG'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'must be ISO 3166-1 alpha-2 codes' })
  countries?: string[];
  @ApiPropertyOptional({ type: [String], example: ['RU-NVS', 'RU-OMS'], description: 'ISO 3166-2 regions (GET /api/v1/regions)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, { each: true, message: 'must be ISO 3166-2 region codes' })
  regions?: string[];
  @ApiPropertyOptional({ type: [String], example: ['siberia'], description: "admins' region groups (GET /api/v1/regions)" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-z][a-z0-9_]{1,47}$/, { each: true, message: 'must be region group codes' })
  regionGroups?: string[];
  @ApiPropertyOptional({ type: [String], example: ['police'], description: 'only incidents by these perpetrator types' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(CODE, { each: true, message: 'must be taxonomy codes' })
  perpetratorTypes?: string[];
  @ApiPropertyOptional({ enum: COMPARE_BY, description: 'adds a table (and chart) of the abuses per country, region or region group, each with its own bases' })
  @IsOptional()
  @IsIn(COMPARE_BY)
  compareBy?: CompareBy;
  @ApiPropertyOptional({
    example: '2024-01',
    description: 'First month of incidents, YYYY-MM. Reports read from protected releases, which are per calendar year: from must be a January (422 otherwise); only an admin\'s exact report takes any month.',
  })
  @IsOptional()
  @Matches(MONTH, { message: 'must be a month YYYY-MM' })
  from?: string;
  @ApiPropertyOptional({
    example: '2026-12',
    description: 'Last month of incidents, YYYY-MM. For a report read from releases it must be a December (422 otherwise); only an admin\'s exact report takes any month.',
  })
  @IsOptional()
  @Matches(MONTH, { message: 'must be a month YYYY-MM' })
  to?: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @Matches(CODE, { each: true, message: 'must be taxonomy codes' }) genders?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @Matches(CODE, { each: true, message: 'must be taxonomy codes' }) ageBands?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @Matches(CODE, { each: true, message: 'must be taxonomy codes' }) workSettings?: string[];
  @ApiPropertyOptional({ format: 'uuid', description: 'admins only' }) @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional({ enum: ['type', 'group'], default: 'type' }) @IsOptional() @IsIn(['type', 'group']) perpetrators?: 'type' | 'group';
  @ApiPropertyOptional({ enum: ['type', 'group'], default: 'type' }) @IsOptional() @IsIn(['type', 'group']) abuses?: 'type' | 'group';
  @ApiPropertyOptional({ enum: LANGUAGES, default: 'en' }) @IsOptional() @IsIn(LANGUAGES) lang?: Language;
  @ApiPropertyOptional({ minimum: MIN_K, description: "suppression threshold; at least the disclosure policy's k (its k when left out)" }) @IsOptional() @IsInt() @Min(MIN_K) @Max(100) k?: number;
  @ApiPropertyOptional({ description: 'admins only: exact counts, without perturbation' }) @IsOptional() @IsBoolean() exact?: boolean;
}

export class ListReportsQuery {
  @PageLimit(50, 20)
  limit?: number;
}

export class DownloadQuery {
  @ApiProperty({ enum: REPORT_FORMATS }) @IsIn(REPORT_FORMATS) format!: ReportFormat;
}

/** Aggregate statistics over published cases, with disclosure control. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly policy: DisclosurePolicyService,
  ) {}

  /** Queues a report (or reuses an identical one over unchanged data). Audited. */
  @Can('create', 'Report')
  @Quota('report')
  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ReportResponseDto })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateReportDto): Promise<ReportResponseDto> {
    return this.reports.request(actor, {
      countries: body.countries?.length ? [...new Set(body.countries)].sort() : undefined,
      regions: body.regions?.length ? [...new Set(body.regions)].sort() : undefined,
      regionGroups: body.regionGroups?.length ? [...new Set(body.regionGroups)].sort() : undefined,
      perpetratorTypes: body.perpetratorTypes?.length ? [...new Set(body.perpetratorTypes)].sort() : undefined,
      compareBy: body.compareBy,
      from: body.from,
      to: body.to,
      genders: body.genders?.length ? [...new Set(body.genders)].sort() : undefined,
      ageBands: body.ageBands?.length ? [...new Set(body.ageBands)].sort() : undefined,
      workSettings: body.workSettings?.length ? [...new Set(body.workSettings)].sort() : undefined,
      organisationId: body.organisationId,
      perpetrators: body.perpetrators ?? 'type',
      abuses: body.abuses ?? 'type',
      lang: body.lang ?? 'en',
      k: body.k ?? (await this.policy.get()).k,
      exact: body.exact,
    });
  }

  /** Your recent reports (researchers: their own; admins: everyone's), newest first, without results. */
  @Can('read', 'Report')
  @Get()
  @ApiOkResponse({ type: ReportListResponseDto })
  list(@CurrentActor() actor: Actor, @Query() query: ListReportsQuery): Promise<ReportListResponseDto> {
    return this.reports.list(actor, query.limit ?? 20);
  }

  @Can('read', 'Report')
  @Get(':id')
  @ApiOkResponse({ type: ReportResponseDto })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<ReportResponseDto> {
    return this.reports.get(actor, id);
  }

  /** The result as JSON, CSV (with a # header block), XLSX (with a description sheet), or the chart as SVG or PNG. Audited. */
  @Can('read', 'Report')
  @Get(':id/download')
  async download(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Query() { format }: DownloadQuery, @Res() reply: FastifyReply) {
    const file = await this.reports.download(actor, id, format);
    await reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
  }
}
