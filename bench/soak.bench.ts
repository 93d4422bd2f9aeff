/**
 * Soak run against the demo installation (BENCH_ENV_FILE=.env): one API and
 * one worker. Measures the peak submission rate for 20 s (16 in flight), then
 * submits at half of it for SOAK_MINUTES (default 10). Reports errors and the
 * resident memory of both processes at the start and the end of the soak.
 * Last line: errors during the soak (must be 0).
 */
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { benchCaseBody, benchEnv, closeHttp, createBenchInterviewer, fmt, pool, post, rssMb, sleep, startProcess, stopProcess } from './support';

const PORT = 3196;
const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);

const NARRATIVE = ('During the raid the officers filmed the women and demanded 5000 som from each. Ainura paid for two of them. ').repeat(8);
const body = () => JSON.stringify(benchCaseBody(NARRATIVE));

async function main() {
  const env = benchEnv();
  const pg = new Pool({ connectionString: env.DATABASE_URL, max: 2 });
  const api = await startProcess('api', { ...env, PORT: String(PORT), LOG_LEVEL: 'warn' });
  const worker = await startProcess('worker', { ...env, LOG_LEVEL: 'warn' });
  try {
    const { email } = await createBenchInterviewer(pg, 'Soak', 'soak run password ok');
    const login = await fetch(`http://127.0.0.1:${PORT}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'soak run password ok' }) });
    let { accessToken, refreshToken } = (await login.json()) as { accessToken: string; refreshToken: string };
    const submit = () =>
      post(`http://127.0.0.1:${PORT}/api/v1/cases`, { 'content-type': 'application/json', authorization: `Bearer ${accessToken}`, 'idempotency-key': randomUUID() }, body());

    // Peak: 20 s with 16 in flight.
    let peakCount = 0;
    const peakStart = performance.now();
    await pool(16, 16, async () => {
      while (performance.now() - peakStart < 20_000) {
        const r = await submit();
        if (r.status === 201) peakCount++;
      }
    });
    const peak = peakCount / ((performance.now() - peakStart) / 1000);
    const rate = peak / 2;
    await sleep(5_000);
    const rss0 = { api: rssMb(api.pid!), worker: rssMb(worker.pid!) };
    const errors: Record<string, number> = {};
    let sent = 0;
    const soakStart = Date.now();
    let lastRefresh = Date.now();
    const inflight = new Set<Promise<void>>();
    while (Date.now() - soakStart < MINUTES * 60_000) {
      // Access tokens live 15 minutes: refresh every 10, as a client would.
      if (Date.now() - lastRefresh > 10 * 60_000) {
        const r = await post(`http://127.0.0.1:${PORT}/api/v1/auth/refresh`, { 'content-type': 'application/json' }, JSON.stringify({ refreshToken }));
        ({ accessToken, refreshToken } = JSON.parse(r.text) as { accessToken: string; refreshToken: string });
        lastRefresh = Date.now();
      }
      const due = soakStart + (sent * 1000) / rate;
      if (Date.now() < due) await sleep(due - Date.now());
      sent++;
      const p: Promise<void> = submit().then(
        (r) => {
          if (r.status !== 201) errors[r.status] = (errors[r.status] ?? 0) + 1;
        },
        () => {
          errors.network = (errors.network ?? 0) + 1;
        },
      );
      inflight.add(p);
      void p.finally(() => inflight.delete(p));
    }
    await Promise.all(inflight);
    const rss1 = { api: rssMb(api.pid!), worker: rssMb(worker.pid!) };
    const [{ backlog }] = (await pg.query(`SELECT count(*)::int AS backlog FROM outbox WHERE published_at IS NULL`)).rows;
    const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
    console.log(`soak: peak ${fmt(peak)} submissions/s; ${MINUTES} min at ${fmt(rate)}/s = ${sent} submissions`);
    console.log(`errors: ${JSON.stringify(errors)}; outbox backlog at the end: ${backlog}`);
    console.log(`RSS MB start→end: api ${fmt(rss0.api)}→${fmt(rss1.api)}, worker ${fmt(rss0.worker)}→${fmt(rss1.worker)}`);
    console.log(`errors during soak: ${errorCount}`);
  } finally {
    closeHttp();
    await stopProcess(worker);
    await stopProcess(api);
    await pg.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
