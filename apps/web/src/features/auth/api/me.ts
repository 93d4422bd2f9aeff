import { api } from '../../../lib/api/client';
import { publicApi } from '../../../lib/api/public-client';

/** Query keys of the signed-in user: every one under 'me' (sign-in and sign-out refresh the lot). */
export const meKeys = {
  all: ['me'] as const,
  me: (session: number, unlocked: boolean) => ['me', session, unlocked] as const,
};

/** The signed-in user, or undefined when the call fails. */
export const fetchMe = async () => {
  const { data, response } = await api.GET('/api/v1/me');
  return response.ok ? data : undefined;
};

/** A new authenticator secret (and its otpauth URI, drawn as a QR code on the device). */
export const enrolMfa = () => api.POST('/api/v1/me/mfa/enrol');

/** The first code from the authenticator: the second factor is on, and the recovery codes come back (shown once). */
export const confirmMfa = (totp: string) => api.POST('/api/v1/me/mfa/confirm', { body: { totp } });

/** A new password from a one-time link (no session: the token is the proof). */
export const resetPassword = (token: string, newPassword: string) => publicApi.POST('/api/v1/auth/password-reset', { body: { token, newPassword } });
