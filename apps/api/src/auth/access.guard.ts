import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { actorOf } from '@casebook/authz';
import { DomainError } from '@casebook/common';
import type { SessionPrincipal } from '@casebook/identity';
import { IS_PUBLIC, POLICY, WITHOUT_MFA, type CasebookRequest, type RoutePolicy } from './access.decorators';

/**
 * The global guard: every route is denied unless it is marked @Public() or
 * the caller is signed in and the route's @Can(action, subject) is allowed by
 * the caller's abilities. A route that declares nothing is denied to everyone.
 * Admins (and users who enabled MFA) must have proved a second factor, except
 * on the few routes needed to get there.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    await super.canActivate(context);
    const request = context.switchToHttp().getRequest<CasebookRequest>();
    const principal = request.user as SessionPrincipal;

    const needsMfa = principal.role === 'admin' || principal.mfaEnabled;
    const mfaDone = principal.mfaEnabled && principal.sessionMfaVerified;
    if (needsMfa && !mfaDone && !this.reflector.getAllAndOverride<boolean>(WITHOUT_MFA, targets)) {
      throw new DomainError('forbidden', 'Set up and use a second factor first (POST /api/v1/me/mfa/enrol)', { mfaRequired: true });
    }

    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(POLICY, targets);
    if (!policy) throw new DomainError('forbidden', 'This route is not open to anyone');
    const actor = actorOf(principal, request.ip);
    if (!actor.ability.can(policy.action, policy.subject)) throw new DomainError('forbidden', 'Your role may not do this');
    request.actor = actor;
    return true;
  }

  /**
   * A bad, expired or revoked token arrives as no user: 401. An error is
   * something else (the session could not be loaded, e.g. the database is
   * down) and goes to the problem-details filter (503 for an unavailable
   * database): a client told 401 would throw away a session that is fine.
   */
  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    if (!user) throw new DomainError('unauthenticated', 'A valid access token is required');
    return user;
  }
}
