import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Action, AppAbility, Subject } from '@casebook/authz';
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

/** The caller, as the access guard established it. */
export interface Caller {
  principal: SessionPrincipal;
  ability: AppAbility;
  ip: string;
}

export type CasebookRequest = FastifyRequest & { user?: SessionPrincipal; caller?: Caller };

export const CurrentCaller = createParamDecorator((_data: unknown, ctx: ExecutionContext): Caller => {
  const request = ctx.switchToHttp().getRequest<CasebookRequest>();
  if (!request.caller) throw new Error('CurrentCaller used on a route without the access guard');
  return request.caller;
});

/** The shape services take for auditing and scoping. */
export function actorOf(caller: Caller) {
  return { id: caller.principal.id, role: caller.principal.role, ip: caller.ip, ability: caller.ability, principal: caller.principal };
}
