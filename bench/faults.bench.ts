/**
 * Fault runs against the demo installation (BENCH_ENV_FILE=.env; they stop
 * its Redis and stop and start its PostgreSQL cluster), with one API and one worker:
 *
 * 1. Redis stopped for a minute during steady submissions: every acknowledged
 *    submission must exist and reach review after Redis is back.
 * 2. PostgreSQL stopped for 15 s during submissions, then started: readiness
 *    answers 503 while it is down, the API recovers without a restart, no
 *    acknowledged submission is lost.
 *
 * Bounded in time; loopback only. Prints the figures; the last line is the
 * number of acknowledged submissions lost (must be 0).
 */
import { execFile, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Pool } from 'pg';
import { benchCaseBody, benchEnv, createBenchInterviewer, ROOT, sleep, startProcess, stopProcess } from './support';

const PORT = 3195;
const REDIS_DOWN_MS = Number(process.env.FAULT_REDIS_DOWN_MS ?? 60_000);
const PG_DOWN_MS = Number(process.env.FAULT_PG_DOWN_MS ?? 15_000);
const execFileAsync = promisify(execFile);

const countBy = (values: number[]) => values.reduce<Record<number, number>>((out, v) => ({ ...out, [v]: (out[v] ?? 0) + 1 }), {});

const NARRATIVE = 'Two officers stopped her near the market and took 20000 tenge. Her friend Dana called 8 701 555 12 34.';

/** Submits one case every `everyMs` until stopped; records acknowledged ids and status codes. */
function submitter(url: string, token: string, everyMs: number) {
  const acked: string[] = [];
  const statuses: Record<number, number> = {};
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      try {
        const response = await fetch(`${url}/api/v1/cases`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() },
          body: JSON.stringify(benchCaseBody(NARRATIVE)),
          signal: AbortSignal.timeout(10_000),
        });
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        if (response.status === 201) acked.push(((await response.json()) as { id: string }).id);
        else await response.arrayBuffer();
      } catch {
        statuses[0] = (statuses[0] ?? 0) + 1;
      }
      await sleep(Math.max(0, everyMs - (Date.now() - started)));
    }
  })();
  return { acked, statuses, stop: async () => ((running = false), await loop) };
}

async function main() {
  const env = benchEnv();
  const pg = new Pool({ connectionString: env.DATABASE_URL, max: 2 });
  // Idle connections are cut when PostgreSQL restarts: expected here.
  pg.on('error', () => undefined);
  const api = await startProcess('api', { ...env, PORT: String(PORT) });
  const worker = await startProcess('worker', env);
  const url = `http://127.0.0.1:${PORT}`;
  let lost = 0;
  try {
    const { email } = await createBenchInterviewer(pg, 'Fault', 'fault run password ok');
    const login = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'fault run password ok' }) });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const inReview = async (ids: string[]) => Number((await pg.query(`SELECT count(*) FROM cases WHERE id = ANY($1) AND status = 'in_review'`, [ids])).rows[0].count);
    const existing = async (ids: string[]) => Number((await pg.query(`SELECT count(*) FROM cases WHERE id = ANY($1)`, [ids])).rows[0].count);

    // 1. Redis away for a minute.
    const redisPort = new URL(env.REDIS_URL).port || '6379';
    const s1 = submitter(url, accessToken, 100);
    await sleep(5_000);
    execFileSync('redis-cli', ['-p', redisPort, 'shutdown', 'nosave'], { env: { ...process.env, REDISCLI_AUTH: decodeURIComponent(new URL(env.REDIS_URL).password) }, stdio: 'ignore' });
    const downAt = Date.now();
    await sleep(REDIS_DOWN_MS);
    execFileSync('bash', [join(ROOT, 'scripts/services.sh')], { env: { ...process.env, ...env }, stdio: 'ignore' });
    const upAt = Date.now();
    await sleep(5_000);
    await s1.stop();
    let drainedAt = 0;
    for (let i = 0; i < 600; i++) {
      if ((await inReview(s1.acked)) === s1.acked.length) {
        drainedAt = Date.now();
        break;
      }
      await sleep(500);
    }
    const lost1 = s1.acked.length - (await existing(s1.acked));
    lost += lost1;
    console.log(`redis down ${((upAt - downAt) / 1000).toFixed(0)} s: ${s1.acked.length} acknowledged, statuses ${JSON.stringify(s1.statuses)}, lost ${lost1}, ` +
      `all in review ${drainedAt ? `${((drainedAt - upAt) / 1000).toFixed(1)} s after Redis returned` : 'NOT within 300 s'}`);

    // 2. PostgreSQL stopped for a while, then started (run asynchronously, so the probe and the load go on meanwhile).
    const s2 = submitter(url, accessToken, 100);
    await sleep(3_000);
    const readiness: Array<{ at: number; status: number }> = [];
    let probing = true;
    const probe = (async () => {
      while (probing) {
        let status = 0;
        try {
          status = (await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(3_000) })).status;
        } catch {
          status = 0;
        }
        readiness.push({ at: Date.now(), status });
        await sleep(200);
      }
    })();
    const stopAt = Date.now();
    await execFileAsync('pg_ctlcluster', ['15', 'main', 'stop', '-m', 'fast']);
    const stoppedAt = Date.now();
    await sleep(PG_DOWN_MS);
    const startAt = Date.now();
    await execFileAsync('pg_ctlcluster', ['15', 'main', 'start']);
    const startedAt = Date.now();
    // Recovery without a restart of the API: readiness 200 again.
    let readyAgainAt = 0;
    for (let i = 0; i < 300 && !readyAgainAt; i++) {
      await sleep(100);
      const last = readiness.at(-1);
      if (last && last.at > startAt && last.status === 200) readyAgainAt = readiness.find((r) => r.at > startAt && r.status === 200)!.at;
    }
    await sleep(3_000);
    probing = false;
    await probe;
    await s2.stop();
    const lost2 = s2.acked.length - (await existing(s2.acked));
    lost += lost2;
    const whileDown = readiness.filter((r) => r.at > stoppedAt && r.at < startAt);
    console.log(
      `postgres stopped ${((startAt - stopAt) / 1000).toFixed(1)} s (start took ${((startedAt - startAt) / 1000).toFixed(1)} s): ` +
        `readiness while down ${JSON.stringify(countBy(whileDown.map((r) => r.status)))}, ` +
        `ready again ${readyAgainAt ? `${((readyAgainAt - startAt) / 1000).toFixed(1)} s after the start command` : 'NOT within 30 s'}; ` +
        `${s2.acked.length} acknowledged, statuses ${JSON.stringify(s2.statuses)}, lost ${lost2}`,
    );
    console.log(`acknowledged submissions lost: ${lost}`);
  } finally {
    await stopProcess(worker);
    await stopProcess(api);
    await pg.end().catch(() => undefined);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
