/**
 * The signed-in session. The access token lives in this module's memory only
 * (never in storage); the refresh token is an HttpOnly cookie the page cannot
 * read, used by POST /api/v1/auth/refresh with the web client's header. An
 * expired access token is refreshed once, silently; when that fails the
 * person is sent to sign in again (what they typed is kept in the vault).
 */
export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: 'interviewer' | 'researcher' | 'admin';
  mfaEnabled: boolean;
}

export const WEB_CLIENT = { 'x-casebook-client': 'web' };

let accessToken: string | null = null;
/** Changes whenever the session does (sign-in, refresh, sign-out): what was loaded for another session is never reused. */
let generation = 0;
let refreshing: Promise<boolean> | null = null;
/** True when the last refresh was answered 401 (no session), false when it worked or never reached the server. */
let refused = false;

export function lastRefreshRefused(): boolean {
  return refused;
}
const listeners = new Set<() => void>();

export function token(): string | null {
  return accessToken;
}

export function sessionGeneration(): number {
  return generation;
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setToken(value: string | null): void {
  if ((value === null) !== (accessToken === null)) generation++;
  accessToken = value;
  listeners.forEach((l) => l());
}

export interface Problem {
  status: number;
  type?: string;
  detail?: string;
  errors?: Array<{ pointer?: string; parameter?: string; message: string }>;
  mfaRequired?: boolean;
  currentVersion?: number;
  retryAfterSeconds?: number;
}

/** Signs in; `needsTotp` when the account has a second factor and none was sent. */
export async function signIn(email: string, password: string, totp?: string): Promise<{ ok: true } | { ok: false; problem: Problem }> {
  const response = await fetch('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...WEB_CLIENT },
    body: JSON.stringify({ email, password, ...(totp ? { totp } : {}) }),
    credentials: 'same-origin',
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) return { ok: false, problem: { status: response.status, ...body } };
  setToken(body.accessToken);
  return { ok: true };
}

/** A new access token from the cookie; false when the session is over (or the network is away). */
export function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const response = await fetch('/api/v1/auth/refresh', { method: 'POST', headers: { 'content-type': 'application/json', ...WEB_CLIENT }, body: '{}', credentials: 'same-origin' });
      refused = response.status === 401;
      if (!response.ok) {
        if (response.status === 401) setToken(null);
        return false;
      }
      setToken((await response.json()).accessToken);
      return true;
    } catch {
      refused = false;
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

export async function signOut(): Promise<void> {
  const current = accessToken;
  setToken(null);
  if (current) await fetch('/api/v1/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${current}`, ...WEB_CLIENT } }).catch(() => undefined);
}

/** Forgets the token without telling the server (quick exit, lock): the cookie session resumes after unlock. */
export function forget(): void {
  setToken(null);
}

/** fetch with the access token; a 401 is answered by one silent refresh and a retry. */
export async function authFetch(input: Request): Promise<Response> {
  const attempt = async () => {
    const request = input.clone();
    if (accessToken) request.headers.set('authorization', `Bearer ${accessToken}`);
    return fetch(request);
  };
  let response = await attempt();
  if (response.status === 401 && (await refresh())) response = await attempt();
  return response;
}
