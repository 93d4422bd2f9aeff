import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@casebook/common';
import { RequestValidationError } from '../http/problem-details';
import { REFRESH_TOKEN_SECONDS, type TokenPair } from '@casebook/identity';

/**
 * The web client's session: its refresh token lives in an HttpOnly, Secure,
 * SameSite=Strict cookie scoped to /api/v1/auth, so a script injected into the
 * page can never read it; the access token stays in the page's memory. Other
 * clients keep the JSON mode (refresh token in the body).
 *
 * CSRF: the cookie is sent only with same-site requests (SameSite=Strict), and
 * cookie-mode refresh and logout also need the X-Casebook-Client header, which
 * a cross-site page cannot send without a CORS preflight the API never grants.
 */
export const WEB_CLIENT_HEADER = 'x-casebook-client';
/** The web app's device secret (kept only in its encrypted store), sent at sign-in and with every refresh. */
export const DEVICE_PROOF_HEADER = 'x-casebook-device-proof';
const COOKIE = 'cb_refresh';
const PATH = '/api/v1/auth';

export function isWebClient(request: FastifyRequest): boolean {
  return request.headers[WEB_CLIENT_HEADER] === 'web';
}

export function refreshTokenFromCookie(request: FastifyRequest): string | undefined {
  if (!isWebClient(request)) return undefined;
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** In cookie mode: the refresh token goes into the cookie and out of the body. */
export function answerWithCookie(request: FastifyRequest, reply: FastifyReply, pair: TokenPair): TokenPair | Omit<TokenPair, 'refreshToken'> {
  if (!isWebClient(request)) return pair;
  void reply.header('set-cookie', `${COOKIE}=${encodeURIComponent(pair.refreshToken)}; Path=${PATH}; Max-Age=${REFRESH_TOKEN_SECONDS}; HttpOnly; Secure; SameSite=Strict`);
  const { refreshToken: _kept, ...rest } = pair;
  return rest;
}

export function clearCookie(reply: FastifyReply): void {
  void reply.header('set-cookie', `${COOKIE}=; Path=${PATH}; Max-Age=0; HttpOnly; Secure; SameSite=Strict`);
}

/** The refresh token of a request: the body's, else (web client) the cookie's. */
export function refreshTokenOf(request: FastifyRequest, fromBody: string | undefined): string {
  const token = fromBody ?? refreshTokenFromCookie(request);
  if (token) return token;
  // The web client without its cookie has no session; any other client left out a required field.
  if (isWebClient(request)) throw new DomainError('unauthenticated', 'No session: sign in again');
  throw new RequestValidationError([{ pointer: '/refreshToken', message: 'is required' }]);
}

/** The device proof of a request, if one was sent (a single value of at most 256 characters). */
export function deviceProofOf(request: FastifyRequest): string | undefined {
  const value = request.headers[DEVICE_PROOF_HEADER];
  return typeof value === 'string' && value.length > 0 && value.length <= 256 ? value : undefined;
}
