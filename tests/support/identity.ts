import { randomUUID } from 'node:crypto';
import { generate } from 'otplib';
import type { Role } from '@casebook/database';
import { AccountsService } from '@casebook/identity';
import { http, type RunningApi } from './api';

export const PASSWORD = 'correct horse battery staple';

export interface SignedIn {
  id: string;
  email: string;
  role: Role;
  accessToken: string;
  refreshToken: string;
  /** TOTP secret, for admins (enrolled during sign-in). */
  totpSecret?: string;
}

let counter = 0;
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${++counter}-${randomUUID().slice(0, 6)}@example.org`;
}

export async function createUser(api: RunningApi, role: Role, organisation = 'Test NGO', email = uniqueEmail(role)) {
  const user = await api.app.get(AccountsService).createWithPassword({
    email,
    displayName: `Test ${role}`,
    role,
    organisation,
    password: PASSWORD,
    via: 'test',
  });
  return { id: user.id, email: user.email, organisationId: user.organisationId };
}

/** A client address of its own for each caller, so per-address throttling does not leak between tests. */
export function randomClientIp(): string {
  const byte = () => Math.floor(Math.random() * 254) + 1;
  return `10.${byte()}.${byte()}.${byte()}`;
}

export async function login(api: RunningApi, email: string, extra: Record<string, string> = {}, password = PASSWORD, ip = randomClientIp()) {
  return http(`${api.url}/api/v1/auth/login`, { body: { email, password, ...extra }, headers: { 'x-forwarded-for': ip } });
}

/** A TOTP code for a time step that has not been used yet (codes are single-use). */
export async function freshTotp(secret: string, offsetSteps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });
}

/** Creates a user and signs in; admins enrol MFA on the way, as they must. */
export async function signIn(api: RunningApi, role: Role, organisation?: string): Promise<SignedIn> {
  const user = await createUser(api, role, organisation);
  const response = await login(api, user.email);
  if (response.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(response.body)}`);
  let { accessToken, refreshToken } = response.body;
  let totpSecret: string | undefined;
  if (role === 'admin') {
    const enrol = await http(`${api.url}/api/v1/me/mfa/enrol`, { method: 'POST', token: accessToken });
    totpSecret = enrol.body.secret as string;
    const confirm = await http(`${api.url}/api/v1/me/mfa/confirm`, { body: { totp: await freshTotp(totpSecret) }, token: accessToken });
    if (confirm.status !== 200) throw new Error(`MFA confirm failed: ${JSON.stringify(confirm.body)}`);
  }
  return { ...user, role, accessToken, refreshToken, totpSecret };
}
