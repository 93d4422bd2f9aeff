import * as vault from './vault';

/**
 * The signed-in session. The access token lives in this module's memory only
 * (never in storage); the refresh token is an HttpOnly cookie the page cannot
 * read, used by POST /api/v1/auth/refresh with the web client's header. An
 * expired access token is refreshed once, silently; when that fails the
 * person is sent to sign in again (what they typed is kept in the vault).
 *
 * The session cannot outlive the device store: at sign-in the app makes a
 * random device secret, keeps it only inside the encrypted store and sends it
 * (the server keeps its hash); every refresh must send it again. A locked app
 * cannot read it and does not try; a wiped or re-installed one no longer has
 * it, and the server revokes a session refreshed without it. After a wipe the
 * app ends the session on the server (or, offline, at the next chance, before
 * anything else).
 */
import { publicApi } from './api/public-client';
import type { components } from './api/schema';
import i18n from './i18n';

/** The signed-in user, as GET /api/v1/me answers. */
export type Me = components['schemas']['MeResponseDto'];

export const WEB_CLIENT = { 'x-casebook-client': 'web' };
const PROOF_HEADER = 'x-casebook-device-proof';
const PROOF_RECORD = 'device:proof';

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

type ProblemDetails = components['schemas']['ProblemDetails'];

/**
 * A failed call's problem document (as the OpenAPI document describes it) with its HTTP status;
 * its fields may be missing (a proxy's error page has none), and field errors stored on the phone
 * before they had codes have none. `mfaRequired` (sign-in) and `currentVersion` (412) are the
 * problem document's extension members.
 */
export type Problem = Partial<Pick<ProblemDetails, 'type' | 'title' | 'detail' | 'retryAfterSeconds'>> & {
  status: number;
  errors?: Array<Omit<components['schemas']['FieldError'], 'code'> & { code?: string }>;
  mfaRequired?: boolean;
  currentVersion?: number;
};

function newDeviceSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const SIGN_IN_TIMEOUT_MS = 30_000;

/** Signs in (the device store must be unlocked: the new session's device secret goes into it); `mfaRequired` when a second factor is needed. */
/** The second factor a sign-in sends: the authenticator's code, or one of the recovery codes. */
export type SecondFactor = { totp: string } | { recoveryCode: string };

export async function signIn(email: string, password: string, second?: SecondFactor): Promise<{ ok: true } | { ok: false; problem: Problem }> {
  if (!(await endPendingSession())) return { ok: false, problem: { status: 0 } };
  const secret = newDeviceSecret();
  await vault.put(PROOF_RECORD, secret);
  const { data, error, response } = await publicApi.POST('/api/v1/auth/login', {
    body: { email, password, ...second },
    headers: { ...WEB_CLIENT, [PROOF_HEADER]: secret },
    // A server that never answers (a bad connection) must not leave the button disabled for good.
    signal: AbortSignal.timeout(SIGN_IN_TIMEOUT_MS),
  });
  if (!response.ok || !data) return { ok: false, problem: { status: response.status, ...(typeof error === 'object' && error ? error : {}) } };
  setToken(data.accessToken);
  return { ok: true };
}

/** Ends the session the refresh cookie belongs to (no token needed: the cookie identifies it). */
const endSession = () => publicApi.POST('/api/v1/auth/end-session', { body: {}, headers: WEB_CLIENT });

/**
 * After a wipe: ends the session the wiped store belonged to (the cookie
 * alone identifies it), then forgets the marker. True when nothing is pending.
 */
export async function endPendingSession(): Promise<boolean> {
  if (!localStorage.getItem(vault.END_SESSION_MARKER)) return true;
  if (!navigator.onLine) return false;
  try {
    const { response } = await endSession();
    if (!response.ok) return false;
    localStorage.removeItem(vault.END_SESSION_MARKER);
    return true;
  } catch {
    return false;
  }
}

let onCutOff: () => void = () => undefined;
/** What to do when the server says this device's session was cut off (revoked device, failed proof): wipe. */
export function whenCutOff(handler: () => void): void {
  onCutOff = handler;
}

/**
 * A new access token from the cookie and the device secret; false when the
 * session is over, the store is locked (nothing is asked of the server then)
 * or the network is away (nothing is tried offline).
 */
export function refresh(): Promise<boolean> {
  if (!vault.isUnlocked() || !navigator.onLine) return Promise.resolve(false);
  refreshing ??= (async () => {
    try {
      if (!(await endPendingSession())) return false;
      const secret = await vault.get<string>(PROOF_RECORD).catch(() => undefined);
      if (!secret) {
        // A store without the secret (new, wiped, re-installed): whatever cookie is left must not live on.
        await endSession().catch(() => undefined);
        refused = true;
        setToken(null);
        return false;
      }
      const { data, error, response } = await publicApi.POST('/api/v1/auth/refresh', { body: {}, headers: { ...WEB_CLIENT, [PROOF_HEADER]: secret } });
      refused = response.status === 401;
      if (!response.ok || !data) {
        if (response.status === 401) {
          setToken(null);
          if (typeof error === 'object' && error && 'sessionRevoked' in error && error.sessionRevoked) onCutOff();
        }
        return false;
      }
      setToken(data.accessToken);
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
  if (vault.isUnlocked()) await vault.remove(PROOF_RECORD).catch(() => undefined);
  if (current) await publicApi.POST('/api/v1/auth/logout', { headers: { authorization: `Bearer ${current}`, ...WEB_CLIENT } }).catch(() => undefined);
}

/** Forgets the token without telling the server (quick exit, lock): the cookie session resumes after unlock. */
export function forget(): void {
  setToken(null);
}

/** fetch with the access token; a 401 is answered by one silent refresh and a retry (never while the store is locked). */
export async function authFetch(input: Request): Promise<Response> {
  const attempt = async () => {
    const request = input.clone();
    if (accessToken) request.headers.set('authorization', `Bearer ${accessToken}`);
    // Problem documents in the reader's language (field errors are also translated here from their codes).
    request.headers.set('accept-language', i18n.language);
    return fetch(request);
  };
  let response = await attempt();
  if (response.status === 401 && (await refresh())) response = await attempt();
  return response;
}
