import type { Actor } from '@casebook/authz';
import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { ReleasesService } from '@casebook/reports';
import { Can, CurrentActor } from '../auth/access.decorators';

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
  get() {
    return this.releases.budget();
  }

  @Can('update', 'PrivacyBudget')
  @Put()
  update(@CurrentActor() actor: Actor, @Body() body: PrivacyBudgetDto) {
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
  list() {
    return this.releases.list();
  }

  @Can('create', 'Release')
  @Post()
  @HttpCode(202)
  create(@CurrentActor() actor: Actor, @Body() body: CreateReleaseDto) {
    return this.releases.create(actor, body.period);
  }
}
