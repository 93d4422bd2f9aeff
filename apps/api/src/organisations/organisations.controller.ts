import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { OrganisationsService } from '@casebook/identity';
import { actorOf, Can, CurrentCaller, type Caller } from '../auth/access.decorators';
import { CreateOrganisationDto, IdParam, UpdateOrganisationDto } from '../users/users.dto';

/** Partner organisations: everyone sees their own, admins manage all. */
@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Can('read', 'Organisation')
  @Get()
  list(@CurrentCaller() caller: Caller) {
    return this.organisations.list(caller.ability);
  }

  @Can('read', 'Organisation')
  @Get(':id')
  get(@CurrentCaller() caller: Caller, @Param() { id }: IdParam) {
    return this.organisations.get(caller.ability, id);
  }

  @Can('create', 'Organisation')
  @Post()
  create(@CurrentCaller() caller: Caller, @Body() body: CreateOrganisationDto) {
    return this.organisations.create(actorOf(caller), body);
  }

  @Can('update', 'Organisation')
  @Patch(':id')
  update(@CurrentCaller() caller: Caller, @Param() { id }: IdParam, @Body() body: UpdateOrganisationDto) {
    return this.organisations.update(actorOf(caller), id, body);
  }
}
