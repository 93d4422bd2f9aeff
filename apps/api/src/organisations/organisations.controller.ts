import type { Actor } from '@casebook/authz';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { OrganisationsService } from '@casebook/identity';
import { Can, CurrentActor } from '../auth/access.decorators';
import { OrganisationDto } from './organisation-response.dto';
import { CreateOrganisationDto, IdParam, UpdateOrganisationDto } from '../users/users.dto';

/** Partner organisations: everyone sees their own, admins manage all. */
@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Can('read', 'Organisation')
  @Get()
  @ApiOkResponse({ type: [OrganisationDto] })
  list(@CurrentActor() actor: Actor): Promise<OrganisationDto[]> {
    return this.organisations.list(actor.ability);
  }

  @Can('read', 'Organisation')
  @Get(':id')
  @ApiOkResponse({ type: OrganisationDto })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<OrganisationDto> {
    return this.organisations.get(actor.ability, id);
  }

  @Can('create', 'Organisation')
  @Post()
  @ApiCreatedResponse({ type: OrganisationDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateOrganisationDto): Promise<OrganisationDto> {
    return this.organisations.create(actor, body);
  }

  @Can('update', 'Organisation')
  @Patch(':id')
  @ApiOkResponse({ type: OrganisationDto })
  update(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() body: UpdateOrganisationDto): Promise<OrganisationDto> {
    return this.organisations.update(actor, id, body);
  }
}
