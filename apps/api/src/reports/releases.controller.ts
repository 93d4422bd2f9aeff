import type { Actor } from '@casebook/authz';
import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { ReleasesService } from '@casebook/reports';
import { Can, CurrentActor } from '../auth/access.decorators';
import { PrivacyBudgetResponseDto, ReleaseListResponseDto, ReleaseResponseDto } from './releases-response.dto';

const RHO = /^\d{1,6}(\.\d{1,6})?$/;

export class PrivacyBudgetDto {
  @ApiProperty({ example: '20', description: 'ρ (zCDP) each release of a period spends, as a decimal string' })
  @IsString()
  @Matches(RHO, { message: 'must be a positive decimal, e.g. "20"' })
  periodRho!: string;
  @ApiProperty({ example: '200', description: 'ρ all releases together may spend' })
  @IsString()
  @Matches(RHO, { message: 'must be a positive decimal, e.g. "200"' })
  totalRho!: string;
}

export class CreateReleaseDto {
  @ApiProperty({ example: '2024', description: 'the calendar year the release covers (incidents of that year)' })
  @IsString()
  @Matches(/^\d{4}$/, { message: 'must be a year YYYY' })
  period!: string;
}

/** The privacy-loss budget (admins; changes audited). */
@ApiTags('releases')
@ApiBearerAuth()
@Controller('privacy-budget')
export class PrivacyBudgetController {
  constructor(private readonly releases: ReleasesService) {}

  @Can('read', 'PrivacyBudget')
  @Get()
  @ApiOkResponse({ type: PrivacyBudgetResponseDto })
  get(): Promise<PrivacyBudgetResponseDto> {
    return this.releases.budget();
  }

  @Can('update', 'PrivacyBudget')
  @Put()
  @ApiOkResponse({ type: PrivacyBudgetResponseDto })
  update(@CurrentActor() actor: Actor, @Body() body: PrivacyBudgetDto): Promise<PrivacyBudgetResponseDto> {
    return this.releases.updateBudget(actor, body);
  }
}

/** Protected releases: every researcher report is computed from them (admins create and list them; audited). */
@ApiTags('releases')
@ApiBearerAuth()
@Controller('releases')
export class ReleasesController {
  constructor(private readonly releases: ReleasesService) {}

  @Can('read', 'Release')
  @Get()
  @ApiOkResponse({ type: ReleaseListResponseDto })
  list(): Promise<ReleaseListResponseDto> {
    return this.releases.list();
  }

  @Can('create', 'Release')
  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ReleaseResponseDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateReleaseDto): Promise<ReleaseResponseDto> {
    return this.releases.create(actor, body.period);
  }
}
