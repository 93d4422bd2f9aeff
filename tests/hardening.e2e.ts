import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { http, startApi, type RunningApi } from './support/api';
import { caseBody } from './support/cases';
import { ensureRelease } from './support/reports';
import { randomClientIp, signIn, type SignedIn } from './support/identity';

/**
 * The inputs and behaviours an attacker found against the demo, each as a
 * regression test: 4xx naming the field and nothing stored, never a 5xx;
 * security headers on every route; quotas that hold across API processes.
 */
describe('hardening', () => {
  let api: RunningApi;
  let db: DataSource;
  let admin: SignedIn;
  let interviewer: SignedIn;

  const call = (who: SignedIn | undefined, path: string, init: { method?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}) =>
    http(`${api.url}${path}`, { ...init, token: who?.accessToken, headers: { 'content-type': 'application/json', ...(init.headers ?? {}) } });
  const count = async (table: string) => (await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    admin = await signIn(api, 'admin', 'Hardening NGO');
    interviewer = await signIn(api, 'interviewer', 'Hardening NGO');
  });
  afterAll(() => api.close());

  it('refuses a cursor of the right old shape with an impossible time or a malformed id, and an impossible date', async () => {
    for (const value of [['2026-02-30T25:61:00.000000', randomUUID()], ['2026-01-01T00:00:00.000000', 'not-a-uuid'], ['x', 'y']]) {
      const cursor = Buffer.from(JSON.stringify(value)).toString('base64url');
      const response = await call(admin, `/api/v1/cases?cursor=${cursor}`);
      expect(response.status).toBe(422);
      expect(response.body.errors).toEqual([expect.objectContaining({ parameter: 'cursor' })]);
      expect((await call(admin, `/api/v1/audit?cursor=${cursor}`)).status).toBe(422);
    }
    for (const from of ['2024-02-30T00:00:00Z', '2023-02-29T00:00:00Z', '2024-13-01T00:00:00Z', '2024-01-01T24:30:00Z']) {
      const response = await call(admin, `/api/v1/audit?from=${encodeURIComponent(from)}`);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ parameter: 'from' })]);
    }
    expect((await call(admin, `/api/v1/audit?from=${encodeURIComponent('2024-02-29T00:00:00Z')}`)).status).toBe(200);
  });

  it('refuses NUL in every text field that reaches PostgreSQL, naming the field, storing nothing', async () => {
    const before = { cases: await count('cases'), users: await count('users'), organisations: await count('organisations'), terms: await count('taxonomy_terms') };
    const incident = caseBody().incidents[0];
    const attempts: Array<[SignedIn, string, string, unknown, string]> = [
      [interviewer, 'POST', '/api/v1/cases', caseBody({ region: 'Almaty\u0000Region' }), '/region'],
      [interviewer, 'POST', '/api/v1/cases', caseBody({ city: '\u0000' }), '/city'],
      [interviewer, 'POST', '/api/v1/cases', caseBody({ incidents: [{ ...incident, place: 'Al\u0000maty' }] }), '/incidents/0/place'],
      [interviewer, 'POST', '/api/v1/cases', caseBody({ narrative: 'text with \u0000 inside' }), '/narrative'],
      [admin, 'POST', '/api/v1/users', { email: `n-${randomUUID()}@example.org`, displayName: 'A\u0000B', role: 'researcher', organisationId: (await db.query(`SELECT organisation_id FROM users WHERE id = $1`, [admin.id]))[0].organisation_id }, '/displayName'],
      [admin, 'POST', '/api/v1/organisations', { name: 'NGO\u0000', country: 'KZ' }, '/name'],
      [admin, 'POST', '/api/v1/taxonomy/gender/terms', { code: 'nul_probe', labels: { en: 'Bad\u0000label' } }, '/labels/en'],
    ];
    for (const [who, method, path, body, pointer] of attempts) {
      const response = await call(who, path, { method, body });
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    }
    const query = await call(admin, '/api/v1/cases?country=K%00');
    expect(query.status).toBe(400);
    expect(query.body.errors[0].parameter).toBe('country');
    expect({ cases: await count('cases'), users: await count('users'), organisations: await count('organisations'), terms: await count('taxonomy_terms') }).toEqual(before);
  });

  it('refuses half a surrogate pair (it would be stored changed) and keys such as "constructor" (the DTO would drop them), naming each, storing nothing', async () => {
    const before = await count('cases');
    const response = await call(interviewer, '/api/v1/cases', {
      body: caseBody({ narrative: 'she said x\ud800y', questions: { constructor: 'declined', toString: 'declined', hasOwnProperty: 'declined' } }),
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/narrative', message: expect.stringMatching(/surrogate/) }),
        expect.objectContaining({ pointer: '/questions/constructor', message: 'is not an allowed property' }),
        expect.objectContaining({ pointer: '/questions/toString' }),
        expect.objectContaining({ pointer: '/questions/hasOwnProperty' }),
      ]),
    );
    expect(await count('cases')).toBe(before);
    // A whole pair (an emoji) passes.
    expect((await call(interviewer, '/api/v1/cases', { body: caseBody({ narrative: 'she sent 😀 and left' }) })).status).toBe(201);
  });

  it('refuses control and invisible formatting characters in coarse text fields', async () => {
    const before = await count('cases');
    for (const region of ['\u202eAlmaty', 'Almaty\u0007', 'Al\u001b[31mmaty', 'Alm\u200baty', '\u2066Almaty\u2069']) {
      const response = await call(interviewer, '/api/v1/cases', { body: caseBody({ region }) });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ pointer: '/region', message: expect.stringMatching(/control or invisible/) })]));
    }
    expect((await call(admin, '/api/v1/taxonomy/gender/terms', { body: { code: 'bidi_probe', labels: { en: 'x\u202e' } } })).status).toBe(400);
    expect((await call(admin, '/api/v1/organisations', { body: { name: 'Bell\u0007 NGO', country: 'KZ' } })).status).toBe(400);
    expect(await count('cases')).toBe(before);
    // Ordinary names in other scripts pass.
    expect((await call(interviewer, '/api/v1/cases', { body: caseBody({ region: 'Алматинская область', city: 'Łódź' }) })).status).toBe(201);
  });

  it('refuses JSON nested 20,000 levels deep before anything recursive reads it', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const deepObject = `{"a":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`;
    for (const [who, path, raw] of [
      [interviewer, '/api/v1/cases', deep],
      [interviewer, '/api/v1/cases', deepObject],
      // A public route takes a few kilobytes: nested deep within them.
      [undefined, '/api/v1/auth/login', `{"a":${'{"a":'.repeat(600)}1${'}'.repeat(600)}}`],
    ] as const) {
      const response = await call(who, path, { method: 'POST', raw });
      expect(response.status).toBe(400);
      expect(response.body.type).toBe('urn:casebook:problem:json-too-deep');
    }
    // A real case (body → incidents → perpetrators → one) is far from the limit.
    expect((await call(interviewer, '/api/v1/cases', { body: caseBody() })).status).toBe(201);
  });

  it('sends the security headers on every route of the OpenAPI document, and no-store under /api/v1', async () => {
    const doc = (await http(`${api.url}/docs/openapi.json`)).body;
    const routes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) => Object.keys(ops).map((m) => [m.toUpperCase(), path]));
    expect(routes.length).toBeGreaterThan(40);
    const checked: string[] = [];
    for (const [method, path] of [...routes, ['GET', '/docs'], ['GET', '/docs/openapi.json'], ['GET', '/no/such/route']]) {
      if (path.endsWith('/logout')) continue;
      const url = path.replace(/\{[^}]+\}/g, randomUUID());
      for (const who of [undefined, admin]) {
        const response = await call(who, url, { method, body: method === 'GET' ? undefined : {} });
        const h = response.headers;
        const label = `${method} ${path} (${response.status})`;
        expect({ label, nosniff: h.get('x-content-type-options') }).toEqual({ label, nosniff: 'nosniff' });
        expect({ label, frame: h.get('x-frame-options') }).toEqual({ label, frame: 'DENY' });
        expect({ label, referrer: h.get('referrer-policy') }).toEqual({ label, referrer: 'no-referrer' });
        const csp = h.get('content-security-policy') ?? '';
        // The API's responses load nothing; the web app's pages (any other path, when it is built) load only their own files.
        const api = /^\/(api|health|metrics)(\/|$)/.test(url) ? /default-src 'none'/.test(csp) : /default-src ('none'|'self')/.test(csp);
        expect({ label, csp: /frame-ancestors 'none'/.test(csp) && api && !/unsafe-eval/.test(csp) && !/script-src[^;]*unsafe-inline/.test(csp) }).toEqual({ label, csp: true });
        if (url.startsWith('/api/')) expect({ label, cache: h.get('cache-control') }).toEqual({ label, cache: 'no-store' });
        expect(h.get('strict-transport-security')).toBeNull();
        checked.push(label);
      }
    }
    expect(checked.length).toBeGreaterThan(80);
    // The docs page runs Swagger UI's own scripts, nothing inline, nothing from elsewhere.
    const docs = await http(`${api.url}/docs`);
    expect(docs.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    // HSTS when a trusted proxy says the request came over HTTPS.
    const tls = await http(`${api.url}/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(tls.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
  });

  describe('quotas across two API processes', () => {
    let second: RunningApi;
    let first: RunningApi;
    const strict = { QUOTA_CASE_WRITES: '5/60', QUOTA_CASE_WRITES_NETWORK: '8/60', QUOTA_REPORTS: '3/60', QUOTA_REPORTS_NETWORK: '50/60', QUOTA_AUTH_NETWORK: '4/60', QUOTA_QUEUED_REPORTS: '2' };
    beforeAll(async () => {
      first = await startApi(strict);
      second = await startApi(strict);
    });
    afterAll(async () => {
      await first.close();
      await second.close();
    });

    const post = (target: RunningApi, who: SignedIn | undefined, path: string, body: unknown, headers: Record<string, string>) =>
      http(`${target.url}/api/v1${path}`, { body, token: who?.accessToken, headers });

    it('counts case writes per account wherever they land, lets retries of one Idempotency-Key through, answers 429 with Retry-After', async () => {
      const writer = await signIn(first, 'interviewer', 'Quota NGO');
      const ip = randomClientIp();
      const before = await count('cases');
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const key = `quota-${randomUUID()}`;
        const body = caseBody();
        // A phone's retries of one submission: the same key, sent to either process, counted once.
        for (const target of [first, second, first]) statuses.push((await post(target, writer, '/cases', body, { 'x-forwarded-for': ip, 'idempotency-key': key })).status);
      }
      expect(statuses.filter((s) => s === 429)).toEqual([]);
      const refused = await post(second, writer, '/cases', caseBody(), { 'x-forwarded-for': ip });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect(await count('cases')).toBe(before + 5);
      // Another account on the same network still has its own quota, until the network's (8) is spent.
      const colleague = await signIn(first, 'interviewer', 'Quota NGO');
      const more = [];
      for (let i = 0; i < 4; i++) more.push((await post(i % 2 ? first : second, colleague, '/cases', caseBody(), { 'x-forwarded-for': ip })).status);
      expect(more).toEqual([201, 201, 201, 429]);
    });

    it('counts a reused Idempotency-Key with another body or on another route as a new request', async () => {
      const writer = await signIn(first, 'interviewer', 'Quota NGO');
      const ip = randomClientIp();
      const key = `reused-${randomUUID()}`;
      const body = caseBody();
      const statuses: number[] = [];
      const headers = { 'x-forwarded-for': ip, 'idempotency-key': key };
      const created = await post(first, writer, '/cases', body, headers);
      statuses.push(created.status);
      // A true retry (same account, route, body, key) is not counted again.
      statuses.push((await post(second, writer, '/cases', body, headers)).status);
      // The same key with another body: refused as before (422), and counted.
      statuses.push((await post(first, writer, '/cases', caseBody(), headers)).status);
      // The same key on another route (PATCH has no idempotency semantics): every edit counts.
      let etag = created.headers.get('etag')!;
      for (const city of ['Astana', 'Shymkent', 'Karaganda']) {
        const edited = await http(`${(city === 'Shymkent' ? second : first).url}/api/v1/cases/${body.id}`, {
          method: 'PATCH',
          body: { city },
          token: writer.accessToken,
          headers: { ...headers, 'if-match': etag },
        });
        statuses.push(edited.status);
        etag = edited.headers.get('etag') ?? etag;
      }
      const refused = await http(`${second.url}/api/v1/cases/${body.id}`, { method: 'PATCH', body: { city: 'Almaty' }, token: writer.accessToken, headers: { ...headers, 'if-match': etag } });
      statuses.push(refused.status);
      expect(statuses).toEqual([201, 201, 422, 200, 200, 200, 429]);
      expect((await db.query(`SELECT city FROM cases WHERE id = $1`, [body.id]))[0].city).toBe('Karaganda');
    });

    it('ignores the Idempotency-Key on the public password-reset route: one key with random tokens is counted each time', async () => {
      const ip = randomClientIp();
      const key = `reset-${randomUUID()}`;
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const token = randomUUID().replace(/-/g, '');
        statuses.push((await post(i % 2 ? first : second, undefined, '/auth/password-reset', { token, newPassword: 'long enough password here' }, { 'x-forwarded-for': ip, 'idempotency-key': key })).status);
      }
      expect(statuses.slice(0, 4).every((s) => s !== 429)).toBe(true);
      expect(statuses.slice(4)).toEqual([429, 429]);
      // And the same body with the same key again is no retry either.
      const again = { token: 'z'.repeat(32), newPassword: 'long enough password here' };
      const other = randomClientIp();
      const repeated: number[] = [];
      for (let i = 0; i < 5; i++) repeated.push((await post(first, undefined, '/auth/password-reset', again, { 'x-forwarded-for': other, 'idempotency-key': key })).status);
      expect(repeated[4]).toBe(429);
    });

    it('limits report requests per account and the reports one account may have waiting', async () => {
      const reader = await signIn(first, 'researcher', 'Quota NGO');
      await ensureRelease(first, { periods: ['2026'] });
      const ip = randomClientIp();
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await post(i % 2 ? first : second, reader, '/reports', { countries: [['KZ', 'KG', 'TJ', 'UZ'][i]] }, { 'x-forwarded-for': ip })).status);
      // No worker runs here: the first two wait, the third is one too many waiting, the fourth is over the rate.
      expect(statuses).toEqual([202, 202, 429, 429]);
    });

    it('puts sign-in under the network quota too', async () => {
      const ip = randomClientIp();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await post(i % 2 ? first : second, undefined, '/auth/login', { email: `nobody-${i}@example.org`, password: 'not the password at all' }, { 'x-forwarded-for': ip })).status);
      expect(statuses).toEqual([401, 401, 401, 401, 429]);
    });

    it('limits the public refresh and password-reset routes per client network', async () => {
      const ip = randomClientIp();
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await post(first, undefined, '/auth/refresh', { refreshToken: 'x'.repeat(43) }, { 'x-forwarded-for': ip })).status);
      for (let i = 0; i < 2; i++) statuses.push((await post(second, undefined, '/auth/password-reset', { token: 'y'.repeat(32), newPassword: 'long enough password here' }, { 'x-forwarded-for': ip })).status);
      expect(statuses.slice(0, 4).every((s) => s !== 429)).toBe(true);
      expect(statuses[4]).toBe(429);
    });
  });
});
