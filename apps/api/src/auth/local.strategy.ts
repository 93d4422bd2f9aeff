import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import { AuthService, type TokenPair } from '@casebook/identity';
import { deviceProofOf } from './refresh-cookie';

/** E-mail and password (and a second factor when enrolled): checked by AuthService, which opens the session. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false });
  }

  async validate(request: FastifyRequest, email: string, password: string): Promise<TokenPair> {
    const body = request.body as { totp?: string; recoveryCode?: string };
    return this.auth.login({ email, password, totp: body.totp, recoveryCode: body.recoveryCode }, request.ip, {
      proof: deviceProofOf(request),
      userAgent: request.headers['user-agent'],
    });
  }
}
