import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import type { Env } from '@casebook/config';
import { AccountsService } from './accounts.service';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { MfaService } from './mfa.service';
import { OrganisationsService } from './organisations.service';
import { PrincipalService } from './principal.service';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { JWT_AUDIENCE, JWT_ISSUER, TokenService } from './token.service';
import { UsersService } from './users.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<Env, true>) => ({
        secret: config.get('JWT_SECRET', { infer: true }),
        signOptions: { algorithm: 'HS256', issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
        verifyOptions: { algorithms: ['HS256'], issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
      }),
    }),
  ],
  providers: [AccountsService, AuthService, LoginThrottleService, MfaService, OrganisationsService, PrincipalService, SessionsRepository, SessionsService, TokenService, UsersService],
  exports: [AccountsService, AuthService, MfaService, OrganisationsService, PrincipalService, SessionsService, TokenService, UsersService, JwtModule],
})
export class IdentityModule {}
