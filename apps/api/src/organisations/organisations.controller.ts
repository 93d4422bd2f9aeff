import type { Actor } from '@casebook/authz';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { OrganisationsService } from '@casebook/identity';
import { Can, CurrentActor } from '../auth/access.decorators';
import { CreateOrganisationDto, IdParam, UpdateOrganisationDto } from '../users/users.dto';

/** Partner organisations: everyone sees their own, admins manage all. */
@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Can('read', 'Organisation')
  @Get()
  list(@CurrentActor() actor: Actor) {
    return this.organisations.list(actor.ability);
  }

  @Can('read', 'Organisation')
  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParam) {
    return this.organisations.get(actor.ability, id);
  }

  @Can('create', 'Organisation')
  @Post()
  create(@CurrentActor() actor: Actor, @Body() body: CreateOrganisationDto) {
    return this.organisations.create(actor, body);
  }

  @Can('update', 'Organisation')
  @Patch(':id')
  update(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() body: UpdateOrganisationDto) {
    return this.organisations.update(actor, id, body);
  }
}
