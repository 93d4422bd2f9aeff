import type { Actor } from '@casebook/authz';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SessionsService, UsersService } from '@casebook/identity';
import { Can, CurrentActor } from '../auth/access.decorators';
import { ChangeRoleDto, CreateUserDto, DeviceSessionListDto, IdParam, ListUsersQuery, UserSessionParams } from './users.dto';
import { CreatedUserResponseDto, PasswordResetResponseDto, UserPageResponseDto, UserResponseDto } from './user-response.dto';

/** User administration (admins). */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
  ) {}

  /** The user's signed-in devices (neutral label, first and last seen; never a place). */
  @Can('read', 'User')
  @Get(':id/sessions')
  @ApiOkResponse({ type: DeviceSessionListDto })
  listSessions(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<DeviceSessionListDto> {
    return this.sessions.list(actor.ability, id, actor.sessionId);
  }

  /** Cuts one device of the user off (a lost or seized phone); audited. Its next contact wipes its store. */
  @Can('update', 'User')
  @Delete(':id/sessions/:sessionId')
  @HttpCode(204)
  async revokeSession(@CurrentActor() actor: Actor, @Param() { id, sessionId }: UserSessionParams): Promise<void> {
    await this.sessions.revoke(actor.ability, actor, id, sessionId);
  }

  @Can('read', 'User')
  @Get()
  @ApiOkResponse({ type: UserPageResponseDto })
  list(@CurrentActor() actor: Actor, @Query() query: ListUsersQuery): Promise<UserPageResponseDto> {
    return this.users.list(actor.ability, { ...query, limit: query.limit ?? 50 });
  }

  @Can('read', 'User')
  @Get(':id')
  @ApiOkResponse({ type: UserResponseDto })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<UserResponseDto> {
    return this.users.get(actor.ability, id);
  }

  /** Creates a user and returns a one-time token to hand over, with which they set their password. */
  @Can('create', 'User')
  @Post()
  @ApiCreatedResponse({ type: CreatedUserResponseDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto): Promise<CreatedUserResponseDto> {
    return this.users.create(actor, body);
  }

  @Can('update', 'User')
  @Post(':id/disable')
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponseDto })
  disable(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<UserResponseDto> {
    return this.users.setStatus(actor, id, 'disabled');
  }

  @Can('update', 'User')
  @Post(':id/enable')
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponseDto })
  enable(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<UserResponseDto> {
    return this.users.setStatus(actor, id, 'active');
  }

  @Can('update', 'User')
  @Put(':id/role')
  @ApiOkResponse({ type: UserResponseDto })
  changeRole(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() body: ChangeRoleDto): Promise<UserResponseDto> {
    return this.users.changeRole(actor, id, body.role);
  }

  @Can('update', 'User')
  @Post(':id/mfa/reset')
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponseDto })
  resetMfa(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<UserResponseDto> {
    return this.users.resetMfa(actor, id);
  }

  /** A one-time, expiring password-reset token for the admin to hand over out of band. */
  @Can('update', 'User')
  @Post(':id/password-reset')
  @HttpCode(200)
  @ApiOkResponse({ type: PasswordResetResponseDto })
  passwordReset(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<PasswordResetResponseDto> {
    return this.users.issuePasswordReset(actor, id);
  }
}
