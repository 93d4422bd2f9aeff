import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { http, startApi, type RunningApi } from './support/api';
import { ensureRelease } from './support/reports';
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
    // Researchers' reports read protected releases: one (of nothing) so that a valid request is accepted.
    await ensureRelease(api, { periods: ['2026'] });
  }, 120_000);
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

  it('answers junk in every path parameter, query parameter, header and nesting depth, on every route and as every role, never with a 5xx', async () => {
    const doc = (await http(`${api.url}/docs/openapi.json`)).body as { paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>> };
    // Signing out would end the session the rest of the run needs; it is fuzzed for the anonymous caller only.
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name) })));
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('', '%00', 'a%00b', '%FF%FE', '..%2F..%2Fetc', "'%20OR%201=1--", '-1', '1e309', '9'.repeat(30), '2024-02-30T00:00:00Z', '2024-13-99', 'null', '[]', '{}', 'true'),
      fc.uuid().map((u) => u.toUpperCase()),
      fc.constantFrom(Buffer.from(JSON.stringify(['2026-02-30T99:99:99.999999', 'x'])).toString('base64url'), 'A'.repeat(60), '_-'.repeat(30)),
    );
    const encode = (v: string) => (/%[0-9A-F]{2}/i.test(v) ? v : encodeURIComponent(v));
    const header = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 20 }).map((v) => v.replace(/[^\x20-\x7e]/g, '')), fc.constantFrom('x'.repeat(200), 'Bearer', 'Bearer ' + 'a'.repeat(500), 'Basic Zm9vOmJhcg=='));
    const depth = fc.integer({ min: 1, max: 25_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`);
    const body = fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), depth, fc.constantFrom('{', '{"a":', '\u0000', '{"__proto__":{"x":1}}'));
    const request = fc.record({
      params: fc.array(text, { minLength: 4, maxLength: 4 }),
      query: fc.array(fc.tuple(fc.nat(), text), { maxLength: 4 }),
      extra: fc.option(fc.tuple(fc.constantFrom('limit', 'cursor', 'k', 'from', 'x', 'lang'), text), { nil: undefined }),
      idempotencyKey: header,
      authorization: header,
      contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', ''),
      body,
    });
    const callers: Array<[string, () => SignedIn | undefined]> = [['anonymous', () => undefined], ['interviewer', () => interviewer], ['researcher', () => researcher], ['admin', () => admin]];
    const before = await counts();
    const failures: string[] = [];
    const accepted: Record<string, number> = {};
    const statuses: Record<number, number> = {};
    let sent = 0;
    for (const route of routes) {
      for (const [role, who] of callers) {
        if (route.path.endsWith('/logout') && role !== 'anonymous') continue;
        await fc.assert(
          fc.asyncProperty(request, async (r) => {
            let i = 0;
            const path = route.path.replace(/\{[^}]+\}/g, () => encode(r.params[i++] ?? 'x'));
            const pairs = r.query.map(([n, v]) => [route.query.length ? route.query[n % route.query.length] : 'q', v] as const);
            if (r.extra) pairs.push(r.extra);
            const qs = pairs.map(([k, v]) => `${k}=${encode(v)}`).join('&');
            const headers: Record<string, string> = { 'x-forwarded-for': `10.78.${sent % 250}.${(sent >> 8) % 250}` };
            if (r.contentType) headers['content-type'] = r.contentType;
            if (r.idempotencyKey !== undefined) headers['idempotency-key'] = r.idempotencyKey;
            const token = who()?.accessToken;
            if (token) headers.authorization = `Bearer ${token}`;
            else if (r.authorization !== undefined) headers.authorization = r.authorization;
            const send = route.method !== 'GET' && r.body !== undefined;
            let status: number;
            try {
              const response = await fetch(`${api.url}${path}${qs ? `?${qs}` : ''}`, { method: route.method, headers, body: send ? r.body : undefined });
              status = response.status;
              await response.arrayBuffer();
            } catch (error) {
              failures.push(`${route.method} ${route.path} as ${role}: request failed ${(error as Error).message}`);
              return true;
            }
            sent++;
            statuses[status] = (statuses[status] ?? 0) + 1;
            if (status >= 500) failures.push(`${route.method} ${route.path} as ${role}: ${status} ${path}?${qs} ${String(r.body).slice(0, 120)}`);
            if (status < 300 && route.method !== 'GET') accepted[`${route.method} ${route.path}`] = (accepted[`${route.method} ${route.path}`] ?? 0) + 1;
            return true;
          }),
          { numRuns: 12, seed: 20261126, endOnFailure: true },
        );
      }
    }
    if (process.env.FUZZ_DEBUG) console.log({ sent, statuses, accepted });
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(2000);
    const after = await counts();
    // Nothing stored by a refused request: tables grow only through accepted writes.
    if (!accepted['POST /api/v1/cases']) expect(after.cases).toBe(before.cases);
    if (!accepted['POST /api/v1/users']) expect(after.users).toBe(before.users);
    if (!accepted['POST /api/v1/organisations']) expect(after.organisations).toBe(before.organisations);
    if (!accepted['POST /api/v1/taxonomy/{vocabulary}/terms']) expect(after.taxonomy_terms).toBe(before.taxonomy_terms);
    expect(after.idempotency_keys).toBe(before.idempotency_keys + (accepted['POST /api/v1/cases'] ?? 0));
  }, 300_000);
});
