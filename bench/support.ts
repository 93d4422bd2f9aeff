import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hashPassword } from '../libs/identity/src/password-hasher';
import { UNLIMITED_QUOTAS } from './unlimited-quotas';

/** The project root: the nearest folder up with a package.json (from bench/ and from dist/bench/ alike). */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const ROOT = projectRoot(__dirname);

/** The benchmark configuration: the test environment's database and Redis, or BENCH_ENV_FILE's. */
export function benchEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(join(ROOT, process.env.BENCH_ENV_FILE ?? '.env.test'), 'utf8').split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (match) env[match[1]] = match[2];
  }
  // The benchmarks are one client sending as fast as it can: quotas would measure themselves.
  return { ...UNLIMITED_QUOTAS, ...env, NODE_ENV: 'production', LOG_LEVEL: 'warn', TRUST_PROXY: 'loopback' };
}

/**
 * Starts a built process (api, worker) and resolves once it logs that it
 * started. Used by the benchmarks and by the integration tests that need
 * separate processes. BENCH_CPU_PROF=dir writes a CPU profile of it.
 */
export async function startProcess(app: 'api' | 'worker', env: NodeJS.ProcessEnv = {}): Promise<ChildProcess> {
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, join(ROOT, `dist/apps/${app}/src/main.js`)], {
    env: { ...process.env, ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${app} did not start`)), 30_000);
    const onData = (chunk: Buffer) => {
      if (/Casebook (API listening|worker started)/.test(String(chunk))) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${app} exited with ${code}`));
    });
  });
  child.stdout!.resume(); // keep draining its log lines
  return child;
}

/** Stops a child process with the signal (SIGTERM: a graceful shutdown) and waits for it to exit. */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/**
 * A case with two incidents, as a phone sends it (submitted, unless `submit`
 * is false); the narrative is the caller's.
 */
export function benchCaseBody(narrative: string, submit = true) {
  return {
    id: randomUUID(),
    interviewMonth: '2026-09',
    country: 'KZ',
    region: 'Almaty Region',
    city: 'Almaty',
    submit,
    consent: { research: true, advocacy: true, publicQuotation: false, recordedOn: '2026-09-15' },
    respondent: { gender: 'female', ageBand: '25_34', workSetting: 'street', migrantStatus: 'internal_migrant' },
    incidents: [
      { year: 2026, month: 8, country: 'KZ', place: 'Almaty', locationType: 'police_station', perpetrators: [{ type: 'police', count: 2, involvement: 'carried_out' }], abuses: ['extortion', 'physical_violence'], reportedToAuthorities: 'no_fear_retaliation', medicalCareNeeded: true },
      { year: 2026, month: 6, country: 'KZ', locationType: 'client_home', perpetrators: [{ type: 'client', involvement: 'carried_out' }], abuses: ['theft_robbery'], reportedToAuthorities: 'no' },
    ],
    narrative,
  };
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
  const email = `${label.toLowerCase()}-${randomUUID()}@example.org`;
  const [{ id: organisationId }] = (await pg.query(`INSERT INTO organisations (name) VALUES ($1) RETURNING id`, [`${label} ${randomUUID()}`])).rows;
  const hash = await hashPassword(password);
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
