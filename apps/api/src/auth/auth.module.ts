import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { IdentityModule } from '@casebook/identity';
import { MeController } from '../me/me.controller';
import { OrganisationsController } from '../organisations/organisations.controller';
import { UsersController } from '../users/users.controller';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';

/** Sign-in, the global access guard, and the identity routes. */
@Module({
  imports: [PassportModule.register({ session: false }), IdentityModule],
  controllers: [AuthController, MeController, UsersController, OrganisationsController],
  providers: [JwtStrategy, LocalStrategy, { provide: APP_GUARD, useClass: AccessGuard }],
})
export class AuthModule {}
