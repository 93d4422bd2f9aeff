import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@casebook/database';
import { MIGRATIONS } from '../migrations';
import { http, startApi, type RunningApi } from './support/api';
import { signIn } from './support/identity';
import { TcpProxy } from './support/tcp-proxy';
import { ROOT } from './support/test-env';

function run(script: string, env: NodeJS.ProcessEnv, opts: { killAfterMs?: number; signal?: NodeJS.Signals } = {}) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    if (opts.killAfterMs) {
      // Send the signal once the process says it started, or after the delay.
      const timer = setTimeout(() => child.kill(opts.signal ?? 'SIGTERM'), opts.killAfterMs);
      let sent = false;
      child.stdout.on('data', () => {
        if (!sent && /worker started/.test(stdout)) {
          sent = true;
          clearTimeout(timer);
          child.kill(opts.signal ?? 'SIGTERM');
        }
      });
    }
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Polls /health/ready until it answers `status` (a dependency's loss is noticed within seconds). */
async function readyUntil(url: string, status: number, deadlineMs = 10_000) {
  const start = Date.now();
  for (;;) {
    const response = await http(`${url}/health/ready`);
    if (response.status === status || Date.now() - start > deadlineMs) return response;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('foundation', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('boots and answers liveness and readiness with both dependencies up', async () => {
    expect((await http(`${api.url}/health`)).body).toEqual({ status: 'ok' });
    const ready = await http(`${api.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(ready.body.details.postgres.status).toBe('up');
    expect(ready.body.details.redis.status).toBe('up');
  });

  it('serves the OpenAPI document and its UI outside /api/v1', async () => {
    const doc = await http(`${api.url}/docs/openapi.json`);
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/health', '/health/ready']));
    const ui = await fetch(`${api.url}/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });

  it('answers unknown routes with a 404 problem and a request id', async () => {
    const response = await http(`${api.url}/api/v1/no-such-thing?x=1`, { headers: { 'x-request-id': 'req-abcdef12' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('x-request-id')).toBe('req-abcdef12');
    expect(response.body).toEqual({
      type: 'urn:casebook:problem:not-found',
      title: 'Not found',
      status: 404,
      detail: 'No such resource',
      instance: '/api/v1/no-such-thing',
      requestId: 'req-abcdef12',
    });
  });

  it('does not log Authorization headers, passwords or tokens', async () => {
    api.logs.length = 0;
    await http(`${api.url}/api/v1/nowhere?token=querysecret1`, {
      method: 'POST',
      headers: { authorization: 'Bearer supersecretbearer' },
      body: { password: 'correct horse battery staple', narrative: 'She was beaten' },
    });
    const text = api.logs.join('');
    expect(text).toContain('request completed');
    for (const secret of ['supersecretbearer', 'correct horse', 'She was beaten', 'querysecret1']) {
      expect(text).not.toContain(secret);
    }
  });

  it('reports 503 while Redis or PostgreSQL is unreachable, and recovers', async () => {
    const redisUrl = new URL(process.env.REDIS_URL!);
    const pgUrl = new URL(process.env.DATABASE_URL!);
    const redisProxy = await new TcpProxy(redisUrl.hostname, Number(redisUrl.port)).start();
    const pgProxy = await new TcpProxy(pgUrl.hostname, Number(pgUrl.port)).start();
    const proxied = await startApi({
      REDIS_URL: redisProxy.rewrite(process.env.REDIS_URL!),
      DATABASE_URL: pgProxy.rewrite(process.env.DATABASE_URL!),
    });
    try {
      expect((await http(`${proxied.url}/health/ready`)).status).toBe(200);
      const researcher = await signIn(proxied, 'researcher');

      await redisProxy.cut();
      const noRedis = await readyUntil(proxied.url, 503);
      expect(noRedis.status).toBe(503);
      expect(noRedis.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(noRedis.body.checks.redis.status).toBe('down');
      expect(noRedis.body.checks.postgres.status).toBe('up');
      await redisProxy.restore();

      await pgProxy.cut();
      const noPg = await readyUntil(proxied.url, 503);
      expect(noPg.status).toBe(503);
      expect(noPg.body.checks.postgres.status).toBe('down');
      // A signed-in caller is told the service is unavailable, not that the token is bad
      // (a phone that heard 401 would throw its session away).
      const whileDown = await http(`${proxied.url}/api/v1/me`, { token: researcher.accessToken });
      expect(whileDown.status).toBe(503);
      expect(whileDown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      await pgProxy.restore();

      // Both come back without restarting the API, and the same token works again.
      expect((await readyUntil(proxied.url, 200)).status).toBe(200);
      expect((await http(`${proxied.url}/api/v1/me`, { token: researcher.accessToken })).status).toBe(200);
    } finally {
      await proxied.close();
      await redisProxy.cut();
      await pgProxy.cut();
    }
  });

  it('applies migrations that match the entities exactly', async () => {
    const dataSource = new DataSource(dataSourceOptions(process.env.DATABASE_URL!, 'casebook-test-schema', { migrations: MIGRATIONS }));
    await dataSource.initialize();
    try {
      expect(await dataSource.showMigrations()).toBe(false);
      const diff = await dataSource.driver.createSchemaBuilder().log();
      expect(diff.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});

describe('processes', () => {
  const base = () => ({ PATH: process.env.PATH, ...pick(process.env) });
  function pick(env: NodeJS.ProcessEnv) {
    const keys = ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'NARRATIVE_KEYS', 'METRICS_TOKEN', 'NODE_ENV', 'LOG_LEVEL'];
    return Object.fromEntries(keys.map((k) => [k, env[k]]));
  }

  it.each([
    ['DATABASE_URL', undefined, 'Invalid configuration: DATABASE_URL is missing'],
    ['JWT_SECRET', 'short', 'Invalid configuration: JWT_SECRET must be at least 32 characters of random data'],
    ['REDIS_URL', 'http://localhost', 'Invalid configuration: REDIS_URL must be a redis://'],
    ['PORT', 'abc', 'Invalid configuration: PORT '],
  ])('the API refuses to start when %s is bad, naming it in one line', async (name, value, message) => {
    const env: NodeJS.ProcessEnv = { ...base(), PORT: '3199' };
    if (value === undefined) delete env[name];
    else env[name] = value;
    const result = await run('dist/apps/api/src/main.js', env);
    expect(result.code).toBe(78);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message);
    if (value) expect(result.stderr).not.toContain(value);
  });

  it('the worker starts, then stops cleanly on SIGTERM', async () => {
    const result = await run('dist/apps/worker/src/main.js', { ...base(), LOG_LEVEL: 'info' }, { killAfterMs: 15_000 });
    expect(result.stdout).toContain('Casebook worker started');
    const problems = result.stdout.split('\n').filter((line) => /"level":"(error|fatal)"/.test(line));
    expect({ code: result.code, stderr: result.stderr, problems }).toEqual({ code: 0, stderr: '', problems: [] });
  });
});
