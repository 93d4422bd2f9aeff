import type { Actor } from '@casebook/authz';
import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthService, MfaService, SessionsService, UsersService } from '@casebook/identity';
import { MeResponseDto, MfaEnrolmentResponseDto, RecoveryCodesResponseDto } from '../users/user-response.dto';
import { DeviceSessionListDto, SessionIdParam } from '../users/users.dto';
import { AllowWithoutMfa, Can, CurrentActor } from '../auth/access.decorators';
import { ChangePasswordDto, TotpDto } from '../auth/auth.dto';


/** The signed-in user's own account. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly auth: AuthService,
    private readonly mfa: MfaService,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
  ) {}

  /** The devices signed in to this account (neutral label, first and last seen). */
  @Can('read', 'Session')
  @Get('sessions')
  @ApiOkResponse({ type: DeviceSessionListDto })
  listSessions(@CurrentActor() actor: Actor): Promise<DeviceSessionListDto> {
    return this.sessions.list(actor.ability, actor.id, actor.sessionId);
  }

  /** Cuts one of this account's devices off (a lost phone): its next contact wipes its store. */
  @Can('delete', 'Session')
  @Delete('sessions/:sessionId')
  @HttpCode(204)
  async revokeSession(@CurrentActor() actor: Actor, @Param() { sessionId }: SessionIdParam): Promise<void> {
    await this.sessions.revoke(actor.ability, actor, actor.id, sessionId);
  }

  @AllowWithoutMfa()
  @Can('read', 'Me')
  @Get()
  @ApiOkResponse({ type: MeResponseDto })
  async me(@CurrentActor() actor: Actor): Promise<MeResponseDto> {
    const user = await this.users.self(actor.id);
    return { ...user, mfaRequired: user.role === 'admin' || user.mfaEnabled };
  }

  /** Changes one's password; other sessions are signed out. */
  @Can('update', 'Me')
  @Post('password')
  @HttpCode(204)
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(actor, actor.sessionId, body.currentPassword, body.newPassword);
  }

  /** Starts TOTP enrolment: add the secret (or the otpauth URI as a QR code) to an authenticator app. */
  @AllowWithoutMfa()
  @Can('update', 'Me')
  @Post('mfa/enrol')
  @HttpCode(200)
  @ApiOkResponse({ type: MfaEnrolmentResponseDto })
  enrol(@CurrentActor() actor: Actor): Promise<MfaEnrolmentResponseDto> {
    return this.mfa.beginEnrolment(actor);
  }

  /** Confirms enrolment with a first code; returns recovery codes, shown only this once. */
  @AllowWithoutMfa()
  @Can('update', 'Me')
  @Post('mfa/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: RecoveryCodesResponseDto })
  async confirm(@CurrentActor() actor: Actor, @Body() body: TotpDto): Promise<RecoveryCodesResponseDto> {
    return { recoveryCodes: await this.mfa.confirmEnrolment(actor, actor.sessionId, body.totp) };
  }
}
