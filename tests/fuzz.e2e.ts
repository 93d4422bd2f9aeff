import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { http, startApi, type RunningApi } from './support/api';
import { caseBody } from './support/cases';
import { signIn, type SignedIn } from './support/identity';

const TABLES = ['cases', 'incidents', 'incident_abuses', 'narratives', 'users', 'organisations', 'reports', 'taxonomy_terms', 'outbox', 'idempotency_keys'];

/** Any JSON value, biased towards the wrong types and shapes. */
const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.double(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '../../etc/passwd', "' OR 1=1 --", '{"$gt":""}', '__proto__', 'constructor', '9'.repeat(400), 'ул. Абая 1, кв. 2'),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

/** A valid body with one to three fields replaced by junk, deleted, or added. */
function mutate(valid: Record<string, unknown>) {
  const keys = Object.keys(valid);
  return fc
    .array(fc.tuple(fc.constantFrom(...keys, '__proto__', 'extra', 'name', 'phone'), fc.constantFrom('replace', 'delete', 'nest'), junk), { minLength: 1, maxLength: 3 })
    .map((edits) => {
      const body: Record<string, unknown> = structuredClone(valid);
      for (const [key, op, value] of edits) {
        if (op === 'delete') delete body[key];
        else if (op === 'nest' && typeof body[key] === 'object' && body[key] !== null) {
          const inner = body[key] as Record<string, unknown>;
          const k = Array.isArray(inner) ? 0 : (Object.keys(inner)[0] ?? 'x');
          (inner as Record<string | number, unknown>)[k] = value;
        } else body[key] = value;
      }
      return body;
    });
}

const bodies = (valid: Record<string, unknown>) => fc.oneof({ weight: 4, arbitrary: mutate(valid) }, { weight: 1, arbitrary: junk });

describe('property-based fuzz of every write route', () => {
  let api: RunningApi;
  let db: DataSource;
  let admin: SignedIn;
  let interviewer: SignedIn;
  let researcher: SignedIn;
  let caseId: string;
  let orgId: string;
  let userId: string;

  const counts = async () =>
    Object.fromEntries(
      await Promise.all(TABLES.map(async (t) => [t, (await db.query(`SELECT count(*)::int AS n FROM ${t}`))[0].n as number])),
    ) as Record<string, number>;

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    admin = await signIn(api, 'admin', 'Fuzz NGO');
    interviewer = await signIn(api, 'interviewer', 'Fuzz NGO');
    researcher = await signIn(api, 'researcher', 'Fuzz NGO');
    const c = caseBody();
    caseId = (await http(`${api.url}/api/v1/cases`, { body: c, token: interviewer.accessToken })).body.id;
    orgId = (await db.query(`SELECT organisation_id FROM users WHERE id = $1`, [admin.id]))[0].organisation_id;
    userId = interviewer.id;
    // A term of its own to fuzz edits on, so that no real term is relabelled or retired.
    await http(`${api.url}/api/v1/taxonomy/gender/terms`, { body: { code: 'fuzz_target', labels: { en: 'Fuzz target' } }, token: admin.accessToken });
  });
  afterAll(() => api.close());

  it('answers thousands of malformed bodies with 4xx problems, never 5xx, and stores nothing for them', async () => {
    const routes: Array<{ method: string; path: string; who: () => SignedIn | undefined; valid: Record<string, unknown> }> = [
      { method: 'POST', path: '/auth/login', who: () => undefined, valid: { email: 'nobody@example.org', password: 'not the password', totp: '123456' } },
      { method: 'POST', path: '/auth/refresh', who: () => undefined, valid: { refreshToken: 'x'.repeat(43) } },
      { method: 'POST', path: '/auth/password-reset', who: () => undefined, valid: { token: 'y'.repeat(32), newPassword: 'long enough password here' } },
      { method: 'POST', path: '/cases', who: () => interviewer, valid: caseBody({ id: undefined }) as unknown as Record<string, unknown> },
      { method: 'POST', path: `/cases/${caseId}/withdraw`, who: () => researcher, valid: { reason: 'consent_withdrawn' } },
      { method: 'POST', path: '/users', who: () => admin, valid: { email: `f-${randomUUID()}@example.org`, displayName: 'F', role: 'interviewer', organisationId: orgId } },
      { method: 'PUT', path: `/users/${userId}/role`, who: () => admin, valid: { role: 'interviewer' } },
      { method: 'POST', path: '/organisations', who: () => admin, valid: { name: 'Fuzz org', country: 'KZ' } },
      { method: 'PATCH', path: `/organisations/${orgId}`, who: () => admin, valid: { name: 'Fuzz NGO', active: true } },
      { method: 'POST', path: '/taxonomy/gender/terms', who: () => admin, valid: { code: 'fuzz', labels: { en: 'Fuzz' } } },
      { method: 'PATCH', path: '/taxonomy/gender/terms/fuzz_target', who: () => admin, valid: { labels: { en: 'Fuzz target' }, order: 10, active: true } },
      { method: 'POST', path: '/reports', who: () => researcher, valid: { countries: ['KZ'], k: 5, lang: 'en' } },
      { method: 'PUT', path: `/cases/${caseId}/redaction`, who: () => admin, valid: { spans: [{ start: 0, end: 3, type: 'PERSON' }] } },
      { method: 'POST', path: '/me/password', who: () => researcher, valid: { currentPassword: 'wrong password here', newPassword: 'another long password' } },
      { method: 'POST', path: '/me/mfa/confirm', who: () => researcher, valid: { totp: '123456' } },
    ];
    const before = await counts();
    const created: Record<string, number> = {};
    const failures: string[] = [];
    let sent = 0;
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(bodies(route.valid), async (body) => {
          const response = await http(`${api.url}/api/v1${route.path}`, {
            method: route.method,
            raw: JSON.stringify(body),
            headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.77.${sent % 250}.${(sent >> 8) % 250}` },
            token: route.who()?.accessToken,
          });
          sent++;
          // Failures are collected and reported together below, with the bodies that caused them.
          if (response.status >= 500) failures.push(`${route.method} ${route.path} ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
          if (response.status >= 400) expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          if (response.status < 300) created[route.path] = (created[route.path] ?? 0) + 1;
          return true;
        }),
        { numRuns: 220, seed: 20261122, endOnFailure: true },
      );
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(3000);
    const after = await counts();
    // Only accepted requests may have written rows; rejected ones wrote nothing.
    expect(after.cases - before.cases).toBe(created['/cases'] ?? 0);
    expect(after.users - before.users).toBe(created['/users'] ?? 0);
    expect(after.organisations - before.organisations).toBe(created['/organisations'] ?? 0);
    expect(after.reports - before.reports).toBe(created['/reports'] ?? 0);
    expect(after.taxonomy_terms - before.taxonomy_terms).toBe(created['/taxonomy/gender/terms'] ?? 0);
    expect(after.idempotency_keys).toBe(before.idempotency_keys);
  }, 240_000);
});
