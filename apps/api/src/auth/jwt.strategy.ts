import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Env } from '@casebook/config';
import { type AccessClaims, ACCESS_TOKEN_SECONDS, JWT_AUDIENCE, JWT_ISSUER, PrincipalService, type SessionPrincipal } from '@casebook/identity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Bearer access tokens: HS256 only (`alg: none` and others are refused),
 * issuer, audience and expiry checked, then the user and session are loaded
 * fresh, so disabling a user, changing a role or signing out takes effect at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: ConfigService<Env, true>,
    private readonly principals: PrincipalService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject: given a string or Buffer, jsonwebtoken first tries (and fails, expensively)
      // to parse it as a PEM public key on every request. passport-jwt passes it through; its
      // typings only list string | Buffer.
      secretOrKey: createSecretKey(Buffer.from(config.get('JWT_SECRET', { infer: true }), 'utf8')) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
      jsonWebTokenOptions: { maxAge: `${ACCESS_TOKEN_SECONDS}s` },
    });
  }

  async validate(claims: Partial<AccessClaims>): Promise<SessionPrincipal | false> {
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || !UUID.test(claims.sub) || !UUID.test(claims.sid)) {
      return false;
    }
    return (await this.principals.load(claims.sub, claims.sid)) ?? false;
  }
}
