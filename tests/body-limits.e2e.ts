import { spawn, type ChildProcess } from 'node:child_process';
import { http, startApi, type RunningApi } from './support/api';
import { caseBody } from './support/cases';
import { signIn, type SignedIn } from './support/identity';

/**
 * Work bounded before validation: a body of 20,000 unknown properties (the
 * attack that stalled the API: 1.2 MB of errors after up to 1.8 s of work)
 * is refused with a short problem document in milliseconds on every route,
 * and /health stays fast while a client floods the public routes with it.
 */
describe('body limits', () => {
  let api: RunningApi;
  let interviewer: SignedIn;
  // 20,000 distinct properties, about 200 KB: under the global limit, far over every route's.
  const wide = JSON.stringify(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`p${i}`, 0])));

  beforeAll(async () => {
    api = await startApi();
    interviewer = await signIn(api, 'interviewer', 'Limits NGO');
  });
  afterAll(() => api.close());

  /** Every route that takes a body, from the OpenAPI document the app builds (a new route is covered by itself). */
  const bodyRoutes = async () => {
    const doc = (await http(`${api.url}/docs/openapi.json`)).body as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    const routes: Array<{ method: string; path: string; public: boolean }> = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (!['post', 'put', 'patch'].includes(method)) continue;
        const concrete = path.replace(/\{[^}]+\}/g, (name) => (name === '{vocabulary}' ? 'gender' : name === '{code}' ? 'KZ-NORTH' : '00000000-0000-4000-8000-000000000000'));
        routes.push({ method: method.toUpperCase(), path: concrete, public: path.startsWith('/api/v1/auth/') && !operation.security?.length });
      }
    }
    return routes;
  };

  const timed = async (method: string, path: string, raw: string, token?: string) => {
    const started = performance.now();
    const response = await http(`${api.url}${path}`, { method, raw, token, headers: { 'content-type': 'application/json' } });
    return { ...response, ms: performance.now() - started, size: JSON.stringify(response.body ?? '').length };
  };
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

  it('refuses a 20,000-property body on every public route with a small 400 or 413, within 50 ms', async () => {
    const routes = (await bodyRoutes()).filter((r) => r.public);
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(['POST /api/v1/auth/login', 'POST /api/v1/auth/refresh', 'POST /api/v1/auth/password-reset']));
    for (const { method, path } of routes) {
      await timed(method, path, wide); // warm
      const runs = [];
      for (let i = 0; i < 5; i++) runs.push(await timed(method, path, wide));
      for (const r of runs) {
        expect([400, 413]).toContain(r.status);
        expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(r.size).toBeLessThan(1_000);
      }
      expect(median(runs.map((r) => r.ms))).toBeLessThan(50);
      // Within the byte limit, too many items or properties are refused just as fast, naming no field.
      const items = await timed(method, path, JSON.stringify({ totp: Array.from({ length: 17 }, () => 1) }));
      expect([path, items.status, items.body.type]).toEqual([path, 400, 'urn:casebook:problem:json-too-wide']);
      const props = await timed(method, path, JSON.stringify(Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`p${i}`, 0]))));
      expect([path, props.status, props.body.type]).toEqual([path, 400, 'urn:casebook:problem:json-too-wide']);
    }
  });

  it('refuses it on every other route too, signed in or not, before validation', async () => {
    const routes = (await bodyRoutes()).filter((r) => !r.public);
    expect(routes.length).toBeGreaterThan(15);
    for (const { method, path } of routes) {
      for (const token of [undefined, interviewer.accessToken]) {
        const r = await timed(method, path, wide, token);
        // Under /auth/ (logout) the public byte limit answers first.
        const expected = path.startsWith('/api/v1/auth/') ? [413, 'urn:casebook:problem:payload-too-large'] : [400, 'urn:casebook:problem:json-too-wide'];
        expect([method, path, r.status, r.body.type]).toEqual([method, path, ...expected]);
        expect(r.size).toBeLessThan(1_000);
      }
    }
    // Ordinary bodies are untouched: a full case passes.
    expect((await http(`${api.url}/api/v1/cases`, { body: caseBody(), token: interviewer.accessToken })).status).toBe(201);
  });

  it('lists at most 20 field errors, and says so', async () => {
    // 60 unknown properties: within the route's limit (64), so each is a field error; the answer lists 20.
    const body = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`unknown${i}`, i]));
    const r = await http(`${api.url}/api/v1/cases`, { body, token: interviewer.accessToken });
    expect(r.status).toBe(400);
    expect(r.body.errors).toHaveLength(20);
    expect(r.body.errorsTruncated).toBe(true);
    const small = await http(`${api.url}/api/v1/auth/login`, { body: { email: 'a@b.cd', password: 'x', extra: 1 } });
    expect(small.status).toBe(400);
    expect(small.body.errorsTruncated).toBeUndefined();
  });

  it('keeps /health under 100 ms while a client floods the public routes with such bodies', async () => {
    // The flood comes from another process, as it would, eight requests in flight at a time.
    const flood: ChildProcess = spawn(
      process.execPath,
      [
        '-e',
        `const body = JSON.stringify(Object.fromEntries(Array.from({ length: 20000 }, (_, i) => ['p' + i, 0])));
         const paths = ['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/auth/password-reset'];
         let sent = 0;
         const loop = async (n) => { for (;;) { await fetch(process.argv[1] + paths[n++ % 3], { method: 'POST', body, headers: { 'content-type': 'application/json' } }).then((r) => r.arrayBuffer()).catch(() => {}); sent++; } };
         for (let i = 0; i < 8; i++) loop(i);
         setInterval(() => process.stdout.write(sent + '\\n'), 200);`,
        api.url,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let sent = 0;
    flood.stdout!.on('data', (chunk: Buffer) => (sent = Number(String(chunk).trim().split('\n').pop())));
    try {
      await new Promise((resolve) => setTimeout(resolve, 700));
      const latencies: number[] = [];
      for (let i = 0; i < 30; i++) {
        const started = performance.now();
        const health = await fetch(`${api.url}/health`);
        await health.arrayBuffer();
        latencies.push(performance.now() - started);
        expect(health.status).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      latencies.sort((a, b) => a - b);
      expect(sent).toBeGreaterThan(50); // the flood was really running
      expect(latencies[Math.floor(latencies.length * 0.9)]).toBeLessThan(100);
    } finally {
      flood.kill();
    }
  });
});
