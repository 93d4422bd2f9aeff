import type { Actor } from '@casebook/authz';
import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthService, type TokenPair } from '@casebook/identity';
import { AllowWithoutMfa, Can, Public, type CasebookRequest, CurrentActor } from './access.decorators';
import { LoginDto, PasswordResetDto, RefreshDto, TokenPairDto } from './auth.dto';
import { LocalAuthGuard } from './local-auth.guard';
import { answerWithCookie, clearCookie, DEVICE_PROOF_HEADER, deviceProofOf, isWebClient, refreshTokenFromCookie, refreshTokenOf } from './refresh-cookie';
import { Quota } from '../quotas/quota';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Signs in with e-mail and password (plus a TOTP or recovery code when MFA is on). */
  @Public()
  @Quota('auth')
  @ApiHeader({ name: DEVICE_PROOF_HEADER, required: false, description: 'The web app: a secret it keeps in its encrypted store; every refresh of the session must send it again' })
  @UseGuards(LocalAuthGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  login(@Body() _body: LoginDto, @Req() request: CasebookRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return answerWithCookie(request, reply, request.user as unknown as TokenPair);
  }

  /**
   * Exchanges a refresh token (in the body, or the web client's cookie) for a new pair; the old one stops working.
   * The web client, and any session opened with a device proof, must send the proof: without it, or with a wrong
   * one, the session is revoked (401 with `sessionRevoked: true`).
   */
  @Public()
  @Quota('auth')
  @Post('refresh')
  @HttpCode(200)
  @ApiHeader({ name: DEVICE_PROOF_HEADER, required: false, description: 'The device secret sent at sign-in (required for the web client)' })
  @ApiOkResponse({ type: TokenPairDto })
  async refresh(@Body() body: RefreshDto, @Req() request: CasebookRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const pair = await this.auth.refresh(refreshTokenOf(request, body.refreshToken), request.ip, { proof: deviceProofOf(request), required: isWebClient(request) });
    return answerWithCookie(request, reply, pair);
  }

  /**
   * Ends the session of a refresh token (the body's, or the web client's cookie) with no other proof: the web app
   * calls it after wiping its device store. Always 204; the cookie is cleared.
   */
  @Public()
  @Quota('auth')
  @Post('end-session')
  @HttpCode(204)
  @ApiNoContentResponse()
  async endSession(@Body() body: RefreshDto, @Req() request: CasebookRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const token = body.refreshToken ?? refreshTokenFromCookie(request);
    if (token) await this.auth.endDeviceSession(token, request.ip);
    if (isWebClient(request)) clearCookie(reply);
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
