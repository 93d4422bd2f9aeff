import { useQuery } from '@tanstack/react-query';
import { api, dataOf, outcome, type Schemas } from '../../../lib/api/client';
import type { Problem } from '../../../lib/session';
import { adminKeys } from './keys';

export type User = Schemas['UserResponseDto'];
export type Organisation = Schemas['OrganisationDto'];
export type NewUser = Schemas['CreateUserDto'];
type UserAction = 'disable' | 'enable' | 'mfa-reset' | 'link' | 'role';

export function useUsers() {
  return useQuery({ queryKey: adminKeys.users, queryFn: () => dataOf(api.GET('/api/v1/users', { params: { query: { limit: 200 } } })) });
}

export function useOrganisations() {
  return useQuery({ queryKey: adminKeys.organisations, queryFn: () => dataOf(api.GET('/api/v1/organisations')) });
}

/** A new account and the one-time link to set its password. */
export const createUser = (body: NewUser) => outcome(api.POST('/api/v1/users', { body }));

/** One change to an account (a role change names the new role); a new password link answers with its token. */
export async function changeUser(id: string, action: UserAction, role?: User['role']): Promise<{ ok: true; passwordResetToken?: string } | { ok: false; problem: Problem }> {
  const path = { params: { path: { id } } };
  if (action === 'role') {
    if (!role) return { ok: false, problem: { status: 422, detail: 'no role chosen' } };
    const done = await outcome(api.PUT('/api/v1/users/{id}/role', { ...path, body: { role } }));
    return done.ok ? { ok: true } : done;
  }
  if (action === 'link') {
    const done = await outcome(api.POST('/api/v1/users/{id}/password-reset', path));
    return done.ok ? { ok: true, passwordResetToken: done.data.passwordResetToken } : done;
  }
  const done = await outcome(
    action === 'mfa-reset' ? api.POST('/api/v1/users/{id}/mfa/reset', path) : action === 'disable' ? api.POST('/api/v1/users/{id}/disable', path) : api.POST('/api/v1/users/{id}/enable', path),
  );
  return done.ok ? { ok: true } : done;
}

export const createOrganisation = (name: string) => outcome(api.POST('/api/v1/organisations', { body: { name } }));

export const renameOrganisation = (id: string, name: string) => outcome(api.PATCH('/api/v1/organisations/{id}', { params: { path: { id } }, body: { name } }));
