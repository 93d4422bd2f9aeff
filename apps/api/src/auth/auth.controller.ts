import type { Actor } from '@casebook/authz';
import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthService, type TokenPair } from '@casebook/identity';
import { AllowWithoutMfa, Can, Public, type CasebookRequest, CurrentActor } from './access.decorators';
import { LoginDto, PasswordResetDto, RefreshDto, TokenPairDto } from './auth.dto';
import { LocalAuthGuard } from './local-auth.guard';
import { answerWithCookie, clearCookie, isWebClient, refreshTokenOf } from './refresh-cookie';
import { Quota } from '../quotas/quota';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Signs in with e-mail and password (plus a TOTP or recovery code when MFA is on). */
  @Public()
  @Quota('auth')
  @UseGuards(LocalAuthGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  login(@Body() _body: LoginDto, @Req() request: CasebookRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return answerWithCookie(request, reply, request.user as unknown as TokenPair);
  }

  /** Exchanges a refresh token (in the body, or the web client's cookie) for a new pair; the old one stops working. */
  @Public()
  @Quota('auth')
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  async refresh(@Body() body: RefreshDto, @Req() request: CasebookRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return answerWithCookie(request, reply, await this.auth.refresh(refreshTokenOf(request, body.refreshToken), request.ip));
  }

  /** Ends this session: its access and refresh tokens stop working. */
  @ApiBearerAuth()
  @AllowWithoutMfa()
  @Can('update', 'Me')
  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentActor() actor: Actor, @Req() request: CasebookRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout({ id: actor.id, role: actor.role, ip: actor.ip }, actor.sessionId);
    if (isWebClient(request)) clearCookie(reply);
  }

  /** Sets a new password with the one-time token an admin handed over. */
  @Public()
  @Quota('auth')
  @Post('password-reset')
  @HttpCode(204)
  async resetPassword(@Body() body: PasswordResetDto, @Req() request: CasebookRequest): Promise<void> {
    await this.auth.resetPassword(body.token, body.newPassword, request.ip);
  }
}
