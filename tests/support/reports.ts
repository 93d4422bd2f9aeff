import { ReleasesService } from '@casebook/reports';
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

/**
 * Researchers' reports read protected releases: creates one for every year
 * with published cases no release has counted yet (an increment where the
 * year has one), with room in the budget for the test's releases.
 */
export async function ensureRelease(api: RunningApi, budget: { periodRho?: string; totalRho?: string; periods?: string[] } = {}) {
  const service = api.app.get(ReleasesService);
  const admin = { id: null as unknown as string, role: 'admin' };
  const current = await service.budget();
  await service.updateBudget(admin, { periodRho: budget.periodRho ?? current.periodRho, totalRho: budget.totalRho ?? '100000' });
  const made = await service.releasePending(null);
  // Years asked for by name get a release even without cases (a release of nothing is noise only).
  const released = new Set((await service.list()).items.map((r) => r.period));
  for (const period of budget.periods ?? []) if (!released.has(period)) made.push(await service.create(null, period));
  return made;
}
