import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Action, Actor, Subject } from '@casebook/authz';
import type { SessionPrincipal } from '@casebook/identity';

export const IS_PUBLIC = 'casebook:public';
export const POLICY = 'casebook:policy';
export const WITHOUT_MFA = 'casebook:without-mfa';

export interface RoutePolicy {
  action: Action;
  subject: Subject;
}

/** The route needs no sign-in. Every other route is denied unless it declares a policy. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The action and subject a route needs; record-level conditions are applied in its SQL. */
export const Can = (action: Action, subject: Subject) => SetMetadata(POLICY, { action, subject } satisfies RoutePolicy);

/** Reachable before the second factor is set up (enrolment, own profile, sign-out). */
export const AllowWithoutMfa = () => SetMetadata(WITHOUT_MFA, true);

export type CasebookRequest = FastifyRequest & { user?: SessionPrincipal; actor?: Actor };

/** The caller, as the access guard established it (once per request). */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<CasebookRequest>();
  if (!request.actor) throw new Error('CurrentActor used on a route without the access guard');
  return request.actor;
});
