import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { UsersService } from '@casebook/identity';
import { actorOf, Can, CurrentCaller, type Caller } from '../auth/access.decorators';
import { ChangeRoleDto, CreateUserDto, IdParam, ListUsersQuery } from './users.dto';

/** User administration (admins). */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Can('read', 'User')
  @Get()
  list(@CurrentCaller() caller: Caller, @Query() query: ListUsersQuery) {
    return this.users.list(caller.ability, { ...query, limit: query.limit ?? 50 });
  }

  @Can('read', 'User')
  @Get(':id')
  get(@CurrentCaller() caller: Caller, @Param() { id }: IdParam) {
    return this.users.get(caller.ability, id);
  }

  /** Creates a user and returns a one-time token to hand over, with which they set their password. */
  @Can('create', 'User')
  @Post()
  create(@CurrentCaller() caller: Caller, @Body() body: CreateUserDto) {
    return this.users.create(actorOf(caller), body);
  }

  @Can('update', 'User')
  @Post(':id/disable')
  @HttpCode(200)
  disable(@CurrentCaller() caller: Caller, @Param() { id }: IdParam) {
    return this.users.setStatus(actorOf(caller), id, 'disabled');
  }

  @Can('update', 'User')
  @Post(':id/enable')
  @HttpCode(200)
  enable(@CurrentCaller() caller: Caller, @Param() { id }: IdParam) {
    return this.users.setStatus(actorOf(caller), id, 'active');
  }

  @Can('update', 'User')
  @Put(':id/role')
  changeRole(@CurrentCaller() caller: Caller, @Param() { id }: IdParam, @Body() body: ChangeRoleDto) {
    return this.users.changeRole(actorOf(caller), id, body.role);
  }

  @Can('update', 'User')
  @Post(':id/mfa/reset')
  @HttpCode(200)
  resetMfa(@CurrentCaller() caller: Caller, @Param() { id }: IdParam) {
    return this.users.resetMfa(actorOf(caller), id);
  }

  /** A one-time, expiring password-reset token for the admin to hand over out of band. */
  @Can('update', 'User')
  @Post(':id/password-reset')
  @HttpCode(200)
  passwordReset(@CurrentCaller() caller: Caller, @Param() { id }: IdParam) {
    return this.users.issuePasswordReset(actorOf(caller), id);
  }
}
