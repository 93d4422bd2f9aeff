import { http, type RunningApi } from './api';
import type { SignedIn } from './identity';
import { eventually } from './worker';

/** Requests a report over HTTP (expects 202) and waits until the worker has computed it; the finished report view. */
export async function requestReport(api: RunningApi, who: SignedIn, body: object, deadlineMs = 30_000) {
  const created = await http(`${api.url}/api/v1/reports`, { body, token: who.accessToken });
  if (created.status !== 202) throw new Error(`report refused: ${created.status} ${JSON.stringify(created.body)}`);
  return eventually(async () => {
    const r = await http(`${api.url}/api/v1/reports/${created.body.id}`, { token: who.accessToken });
    return r.body.status === 'done' ? r.body : null;
  }, deadlineMs, 100);
}
