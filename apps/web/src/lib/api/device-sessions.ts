import { api, dataOf, type Schemas } from './client';

/** A device signed in to an account: a neutral label and two dates, never a place. */
export type DeviceSession = Schemas['DeviceSessionDto'];

/** Query keys of the device-session endpoints: one's own ('me') or a user's (admins). */
export const deviceKeys = { of: (userId: string | undefined) => ['devices', userId ?? 'me'] as const };

/** The devices signed in to one's own account, or (admins) to a user's. */
export const fetchDevices = async (userId?: string) =>
  (userId ? await dataOf(api.GET('/api/v1/users/{id}/sessions', { params: { path: { id: userId } } })) : await dataOf(api.GET('/api/v1/me/sessions'))).items;

/** Cuts a device off (its store is wiped the next time it reaches the server); true when it is gone. */
export async function revokeDevice(sessionId: string, userId?: string): Promise<boolean> {
  const { response } = userId
    ? await api.DELETE('/api/v1/users/{id}/sessions/{sessionId}', { params: { path: { id: userId, sessionId } } })
    : await api.DELETE('/api/v1/me/sessions/{sessionId}', { params: { path: { sessionId } } });
  return response.ok || response.status === 404;
}
