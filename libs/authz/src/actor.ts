import type { Role } from '@casebook/database';
import { type AppAbility, defineAbilityFor, type Principal } from './abilities';

/**
 * Who is calling, in one shape everywhere: built once per request from the
 * verified token (the API's access guard), passed to every service that
 * applies rules or audits. System work (the worker) audits with its own
 * `{ id: null, role: 'worker' }` and never needs an ability.
 */
export interface Actor {
  id: string;
  role: Role;
  organisationId: string;
  sessionId: string;
  /** The client address as the API saw it (the audit log keeps its network only). */
  ip: string | null;
  principal: Principal;
  ability: AppAbility;
}

export function actorOf(principal: Principal, ip: string | null): Actor {
  const plain: Principal = { id: principal.id, role: principal.role, organisationId: principal.organisationId, sessionId: principal.sessionId };
  return { ...plain, ip, principal: plain, ability: defineAbilityFor(plain) };
}
