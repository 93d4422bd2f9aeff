import { DataSource } from 'typeorm';
import { AuditService } from '@casebook/audit';
import { SyntheticSeederService } from '@casebook/synthetic';
import { epsilonOf } from '@casebook/reports';
import { http, startApi, type RunningApi } from './support/api';
import { signIn, type SignedIn } from './support/identity';

/** Protected releases and the privacy-loss budget, through the API: accounting, refusal beyond the total, increments for late cases. */
describe('protected releases and the privacy budget', () => {
  let api: RunningApi;
  let admin: SignedIn;
  let researcher: SignedIn;
  let db: DataSource;
  let year: string;
  const call = (who: SignedIn, path: string, init: { method?: string; body?: unknown } = {}) => http(`${api.url}/api/v1${path}`, { ...init, token: who.accessToken });

  beforeAll(async () => {
    api = await startApi();
    admin = await signIn(api, 'admin', 'Release NGO');
    researcher = await signIn(api, 'researcher', 'Release NGO');
    db = api.app.get(DataSource);
    await new SyntheticSeederService(db, api.app.get(AuditService)).seed(400, 7);
    const [{ y }] = await db.query(`SELECT max(year)::text AS y FROM report_facts`);
    year = y;
  });
  afterAll(() => api.close());

  it('states the budget as ρ and as ε at δ = 1e-6; only admins change it, audited, and bad values name their field', async () => {
    const budget = await call(admin, '/privacy-budget');
    expect(budget.status).toBe(200);
    expect(budget.body).toMatchObject({ periodRho: '20', totalRho: '200', spentRho: '0', delta: 1e-6 });
    expect(budget.body.periodEpsilon).toBeCloseTo(epsilonOf(20), 2);
    expect((await call(researcher, '/privacy-budget')).status).toBe(403);
    expect((await call(researcher, '/releases', { method: 'POST', body: { period: year } })).status).toBe(403);
    const bad = await call(admin, '/privacy-budget', { method: 'PUT', body: { periodRho: '-1', totalRho: 'lots' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/periodRho', '/totalRho']);
    const tooBig = await call(admin, '/privacy-budget', { method: 'PUT', body: { periodRho: '5', totalRho: '4' } });
    expect(tooBig.status).toBe(422);
    expect(tooBig.body.errors[0].pointer).toBe('/periodRho');
    const set = await call(admin, '/privacy-budget', { method: 'PUT', body: { periodRho: '4', totalRho: '10' } });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ periodRho: '4', totalRho: '10' });
    const audit = await call(admin, '/audit?action=privacy.budget.changed');
    expect(audit.body.items[0].summary).toMatchObject({ periodRho: '20 -> 4', totalRho: '200 -> 10' });
  });

  it('creates a release that records what it spent, an increment for late cases, and refuses to exceed the total', async () => {
    const bad = await call(admin, '/releases', { method: 'POST', body: { period: '24' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/period');
    const first = await call(admin, '/releases', { method: 'POST', body: { period: year } });
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ period: year, kind: 'full', rho: '4', status: 'done' });
    expect(first.body.respondents).toBeGreaterThan(0);
    expect(first.body.epsilon).toBeCloseTo(epsilonOf(4), 2);
    expect(first.body.sd.all).toBeLessThan(first.body.sd.region);
    // Nothing new in the period: no release (it would spend budget for nothing).
    expect((await call(admin, '/releases', { method: 'POST', body: { period: year } })).status).toBe(409);
    // Late cases of the period: an increment with only them, whose cost adds up.
    await new SyntheticSeederService(db, api.app.get(AuditService)).seed(60, 8);
    const [{ late }] = await db.query(
      `SELECT count(DISTINCT case_id)::int AS late FROM report_facts f WHERE year = $1 AND NOT EXISTS (SELECT 1 FROM release_cases r WHERE r.period = $2 AND r.case_id = f.case_id)`,
      [Number(year), year],
    );
    const increment = await call(admin, '/releases', { method: 'POST', body: { period: year } });
    expect(increment.status).toBe(202);
    expect(increment.body).toMatchObject({ kind: 'increment', respondents: late });
    expect((await call(admin, '/privacy-budget')).body.spentRho).toBe('8');
    // A third release would take the total to 12 > 10: refused, nothing spent.
    const refused = await call(admin, '/releases', { method: 'POST', body: { period: String(Number(year) - 1) } });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/exceed the privacy budget/);
    const list = await call(admin, '/releases');
    expect(list.status).toBe(200);
    expect(list.body.items.map((r: { kind: string }) => r.kind)).toEqual(['full', 'increment']);
    expect(list.body.spentRho).toBe('8');
    expect(list.body.items[0].figures).toBeUndefined();
    // The budget cannot go below what is spent; every release is in the audit trail.
    const below = await call(admin, '/privacy-budget', { method: 'PUT', body: { periodRho: '4', totalRho: '7' } });
    expect(below.status).toBe(422);
    expect(below.body.errors[0].pointer).toBe('/totalRho');
    const audit = await call(admin, '/audit?action=release.created');
    expect(audit.body.items).toHaveLength(2);
    expect(audit.body.items[0].summary).toMatchObject({ period: year, rho: '4' });
  });
});
