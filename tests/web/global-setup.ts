import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { UNLIMITED_QUOTAS } from '../../bench/unlimited-quotas';
import { WEB_PORT } from '../../playwright.config';
import { freshTotp, PASSWORD, ROOT, STATE_FILE, type WebState } from './support';

function readEnv(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (match) out[match[1]] = match[2];
  }
  return out;
}

/** Starts a built process detached, its output in test-results/, and waits until it is ready. */
async function started(app: 'api' | 'worker', env: NodeJS.ProcessEnv, ready: () => Promise<boolean>): Promise<number> {
  const log = openSync(join(ROOT, 'test-results', `${app}.log`), 'w');
  const child = spawn(process.execPath, [join(ROOT, `dist/apps/${app}/src/main.js`)], { env, stdio: ['ignore', log, log], detached: true });
  child.unref();
  const deadline = Date.now() + 30_000;
  while (!(await ready().catch(() => false))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${app} did not start (see test-results/${app}.log)`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return child.pid!;
}

/**
 * Before the browser tests: the built API (serving the built web app) and
 * worker on a database migrated from zero, and an admin with MFA for the
 * tests' own set-up through the API.
 */
export default async function globalSetup(): Promise<void> {
  const fileEnv = readEnv(join(ROOT, '.env.test'));
  const db = new Client({ connectionString: fileEnv.DATABASE_URL });
  await db.connect();
  await db.query('DROP SCHEMA IF EXISTS public CASCADE');
  // The keystore is a schema of its own (see the keystore migration).
  await db.query('DROP SCHEMA IF EXISTS keystore CASCADE');
  await db.query('CREATE SCHEMA public');
  await db.end();
  const env = { ...process.env, ...UNLIMITED_QUOTAS, ...fileEnv, PORT: String(WEB_PORT), NODE_ENV: 'test', LOG_LEVEL: 'warn', TRUST_PROXY: 'loopback' };
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typeorm/cli.js'), 'migration:run', '-d', join(ROOT, 'dist/migrations/typeorm-cli.data-source.js')], { env, stdio: 'ignore' });
  const { Redis } = await import('ioredis');
  const redis = new Redis(fileEnv.REDIS_URL);
  await redis.flushdb();
  await redis.quit();

  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  rmSync(join(ROOT, 'test-results', 'web-admin-token.json'), { force: true });
  const baseUrl = `http://127.0.0.1:${WEB_PORT}`;
  const apiReady = async () => (await fetch(`${baseUrl}/health/ready`)).ok;
  const logSays = (text: string) => async () => readFileSync(join(ROOT, 'test-results', 'worker.log'), 'utf8').includes(text);
  const pids = [await started('api', env, apiReady), await started('worker', { ...env, LOG_LEVEL: 'info' }, logSays('Casebook worker started'))];
  const email = `web-admin-${Date.now()}@example.org`;
  execFileSync(process.execPath, [join(ROOT, 'dist/apps/cli/src/main.js'), 'admin:create', '--email', email, '--name', 'Web Admin', '--organisation', 'Web NGO', '--password-stdin'], {
    env,
    input: PASSWORD,
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  const login = (await (await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) })).json()) as { accessToken: string };
  const enrol = (await (await fetch(`${baseUrl}/api/v1/me/mfa/enrol`, { method: 'POST', headers: { authorization: `Bearer ${login.accessToken}` } })).json()) as { secret: string };
  const confirm = await fetch(`${baseUrl}/api/v1/me/mfa/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${login.accessToken}` },
    body: JSON.stringify({ totp: await freshTotp(enrol.secret) }),
  });
  if (!confirm.ok) throw new Error(`admin MFA: ${await confirm.text()}`);
  const state: WebState = { baseUrl, databaseUrl: fileEnv.DATABASE_URL, admin: { email, password: PASSWORD, totpSecret: enrol.secret }, pids };
  writeFileSync(STATE_FILE, JSON.stringify(state));
}
