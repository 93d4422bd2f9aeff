import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

/** The benchmark configuration: the test environment's database and Redis, or BENCH_ENV_FILE's. */
export function benchEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(join(ROOT, process.env.BENCH_ENV_FILE ?? '.env.test'), 'utf8').split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (match) env[match[1]] = match[2];
  }
  return { ...env, NODE_ENV: 'production', LOG_LEVEL: 'warn', TRUST_PROXY: 'loopback' };
}

/** Starts a built process (api, worker) and resolves once it answers or logs that it started. */
export async function startProcess(app: 'api' | 'worker', env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []), join(ROOT, `dist/apps/${app}/src/main.js`)], {
    env: { ...process.env, ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${app} did not start`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (/Casebook (API listening|worker started)/.test(String(chunk))) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`${app} exited with ${code}`)));
  });
  child.stdout!.resume();
  return child;
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Runs `task` for each of `n` items with at most `concurrency` in flight. */
export async function pool<T>(n: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/**
 * A lean keep-alive HTTP client for load generation (node:http; cheaper per
 * request than fetch, so the generator takes less of the machine from the
 * server it measures).
 */
export function post(url: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export function closeHttp(): void {
  agent.destroy();
}

/** Resident memory of a process, in MB (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An interviewer to submit as, in an organisation of its own, created directly
 * in the database (benchmarks sign in through the API with the password).
 */
export async function createBenchInterviewer(
  pg: { query: (sql: string, values?: unknown[]) => Promise<{ rows: Array<Record<string, string>> }> },
  label: string,
  password: string,
): Promise<{ email: string; userId: string; organisationId: string }> {
  const argon2 = await import('argon2');
  const email = `${label.toLowerCase()}-${randomUUID()}@example.org`;
  const [{ id: organisationId }] = (await pg.query(`INSERT INTO organisations (name) VALUES ($1) RETURNING id`, [`${label} ${randomUUID()}`])).rows;
  const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const [{ id: userId }] = (
    await pg.query(`INSERT INTO users (email, display_name, role, organisation_id, password_hash) VALUES ($1, $2, 'interviewer', $3, $4) RETURNING id`, [
      email,
      label,
      organisationId,
      hash,
    ])
  ).rows;
  return { email, userId, organisationId };
}
