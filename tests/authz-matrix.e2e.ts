import { randomUUID } from 'node:crypto';
import { http, startApi, type RunningApi } from './support/api';
import { createUser, login, signIn, type SignedIn } from './support/identity';

type Caller = 'anonymous' | 'interviewer' | 'researcher' | 'admin';
/** `public`: open to all; otherwise the roles allowed (everyone else: 401 anonymous, 403 signed in). */
type Rule = 'public' | Array<Exclude<Caller, 'anonymous'>>;

const ALL: Rule = ['interviewer', 'researcher', 'admin'];
const ADMIN: Rule = ['admin'];

/**
 * Every route the application registers, with who may call it. The list of
 * routes is read from the OpenAPI document the app builds from its
 * controllers, so a new route that is not added here fails the test.
 */
const EXPECTED: Record<string, Rule> = {
  'GET /health': 'public',
  'GET /health/ready': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/refresh': 'public',
  'POST /api/v1/auth/password-reset': 'public',
  'POST /api/v1/auth/end-session': 'public',
  'POST /api/v1/auth/logout': ALL,
  'GET /api/v1/me': ALL,
  'POST /api/v1/me/password': ALL,
  'POST /api/v1/me/mfa/enrol': ALL,
  'POST /api/v1/me/mfa/confirm': ALL,
  'GET /api/v1/me/sessions': ALL,
  'DELETE /api/v1/me/sessions/{sessionId}': ALL,
  'GET /api/v1/users': ADMIN,
  'POST /api/v1/users': ADMIN,
  'GET /api/v1/users/{id}': ADMIN,
  'POST /api/v1/users/{id}/disable': ADMIN,
  'POST /api/v1/users/{id}/enable': ADMIN,
  'PUT /api/v1/users/{id}/role': ADMIN,
  'POST /api/v1/users/{id}/mfa/reset': ADMIN,
  'POST /api/v1/users/{id}/password-reset': ADMIN,
  'GET /api/v1/users/{id}/sessions': ADMIN,
  'DELETE /api/v1/users/{id}/sessions/{sessionId}': ADMIN,
  'GET /api/v1/organisations': ALL,
  'POST /api/v1/organisations': ADMIN,
  'GET /api/v1/organisations/{id}': ALL,
  'PATCH /api/v1/organisations/{id}': ADMIN,
  'POST /api/v1/cases': ['interviewer', 'admin'],
  // Researchers get aggregates and quotations, never records.
  'GET /api/v1/cases': ['interviewer', 'admin'],
  'GET /api/v1/cases/{id}': ['interviewer', 'admin'],
  'PATCH /api/v1/cases/{id}': ['interviewer', 'admin'],
  'GET /api/v1/cases/{id}/narrative': ['interviewer', 'admin'],
  'POST /api/v1/cases/{id}/submit': ['interviewer', 'admin'],
  'POST /api/v1/cases/{id}/review': ADMIN,
  'POST /api/v1/cases/{id}/publish': ADMIN,
  'POST /api/v1/cases/{id}/return': ADMIN,
  'POST /api/v1/cases/{id}/archive': ADMIN,
  'POST /api/v1/cases/{id}/withdraw': ['interviewer', 'admin'],
  'DELETE /api/v1/cases/{id}': ADMIN,
  'POST /api/v1/withdrawals': ['interviewer', 'admin'],
  'GET /api/v1/retention-policy': ADMIN,
  'PUT /api/v1/retention-policy': ADMIN,
  'GET /api/v1/retention-policy/preview': ADMIN,
  'GET /api/v1/taxonomy': ALL,
  'POST /api/v1/taxonomy/{vocabulary}/terms': ADMIN,
  'PATCH /api/v1/taxonomy/{vocabulary}/terms/{code}': ADMIN,
  'GET /api/v1/regions': ALL,
  'GET /api/v1/regions/unresolved': ADMIN,
  'PUT /api/v1/region-groups/{code}': ADMIN,
  'DELETE /api/v1/region-groups/{code}': ADMIN,
  'GET /api/v1/cases/{id}/redaction': ADMIN,
  'PUT /api/v1/cases/{id}/redaction': ADMIN,
  'POST /api/v1/cases/{id}/redaction/approve': ADMIN,
  'POST /api/v1/redaction/requeue': ADMIN,
  'GET /api/v1/redaction/requeue/{jobId}': ADMIN,
  'GET /api/v1/redaction/queue': ADMIN,
  'GET /api/v1/operations': ADMIN,
  'POST /api/v1/reports': ['researcher', 'admin'],
  'GET /api/v1/reports': ['researcher', 'admin'],
  'GET /api/v1/reports/{id}': ['researcher', 'admin'],
  'GET /api/v1/reports/{id}/download': ['researcher', 'admin'],
  'GET /api/v1/quotations': ['researcher', 'admin'],
  'GET /api/v1/disclosure-policy': ['researcher', 'admin'],
  'PUT /api/v1/disclosure-policy': ADMIN,
  'GET /api/v1/privacy-budget': ADMIN,
  'PUT /api/v1/privacy-budget': ADMIN,
  'GET /api/v1/releases': ADMIN,
  'POST /api/v1/releases': ADMIN,
  'GET /api/v1/app-settings': 'public',
  'PUT /api/v1/app-settings': ADMIN,
  'GET /api/v1/audit': ADMIN,
  'GET /api/v1/audit/verify': ADMIN,
};

describe('authorization matrix', () => {
  let api: RunningApi;
  let routes: string[];
  const callers: Partial<Record<Caller, SignedIn>> = {};

  beforeAll(async () => {
    api = await startApi();
    const doc = (await http(`${api.url}/docs/openapi.json`)).body;
    routes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    for (const role of ['interviewer', 'researcher', 'admin'] as const) callers[role] = await signIn(api, role);
  });
  afterAll(() => api.close());

  it('lists exactly the routes the application registers', () => {
    expect([...routes].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(['anonymous', 'interviewer', 'researcher', 'admin'] as Caller[])('enforces the table for %s', async (caller) => {
    const outcomes: string[] = [];
    const problems: string[] = [];
    // Sign-out revokes the caller's session, so it goes last.
    const ordered = [...routes].sort((a, b) => Number(a.endsWith('/logout')) - Number(b.endsWith('/logout')));
    for (const route of ordered) {
      const [method, path] = route.split(' ');
      const url = api.url + path.replace('{id}', randomUUID()).replace('{sessionId}', randomUUID()).replace('{vocabulary}', 'gender').replace('{code}', 'matrix_probe').replace('{jobId}', `requeue-${randomUUID()}`);
      const response = await http(url, {
        method,
        token: callers[caller as Exclude<Caller, 'anonymous'>]?.accessToken,
        body: method === 'GET' ? undefined : {},
      });
      const rule = EXPECTED[route];
      const allowed = rule === 'public' || (caller !== 'anonymous' && rule.includes(caller));
      const expected = allowed ? 'allowed' : caller === 'anonymous' ? '401' : '403';
      const actual = response.status === 401 ? '401' : response.status === 403 ? '403' : 'allowed';
      outcomes.push(`${route}: ${actual}`);
      if (actual !== expected) problems.push(`${route} as ${caller}: expected ${expected}, got ${response.status}`);
      if (response.status >= 500) problems.push(`${route} as ${caller}: ${response.status}`);
    }
    expect(problems).toEqual([]);
    expect(outcomes).toHaveLength(routes.length);
  });

  it('applies record rules in SQL: a record out of reach answers 404, like a missing one', async () => {
    const admin = await signIn(api, 'admin', 'Matrix Admin NGO');
    const other = await http(`${api.url}/api/v1/organisations`, { body: { name: `Other NGO ${randomUUID()}` }, token: admin.accessToken });
    expect(other.status).toBe(201);
    const interviewer = await createUser(api, 'interviewer', `Own NGO ${randomUUID()}`);
    const token = (await login(api, interviewer.email)).body.accessToken;

    const list = await http(`${api.url}/api/v1/organisations`, { token });
    expect(list.body.map((o: { id: string }) => o.id)).toEqual([interviewer.organisationId]);
    expect((await http(`${api.url}/api/v1/organisations/${interviewer.organisationId}`, { token })).status).toBe(200);
    const hidden = await http(`${api.url}/api/v1/organisations/${other.body.id}`, { token });
    const missing = await http(`${api.url}/api/v1/organisations/${randomUUID()}`, { token });
    expect(hidden.status).toBe(404);
    expect({ ...hidden.body, instance: '', requestId: '' }).toEqual({ ...missing.body, instance: '', requestId: '' });

    const all = await http(`${api.url}/api/v1/organisations`, { token: admin.accessToken });
    expect(all.body.length).toBeGreaterThan(1);
  });
});
