/**
 * A flood of bad bodies against the public routes: how fast /health answers
 * while one client keeps FLOOD_CONCURRENCY requests in flight, each a JSON body
 * of 20,000 unknown properties (about 200 KB; default 4 in flight, as in the
 * attack seen in issue 23) to POST /auth/login, /auth/refresh
 * and /auth/password-reset — the request that once stalled the API — compared
 * with /health on an idle API, in the same run. One API process (built), the
 * test database and Redis. The last line is the /health p95 under the flood
 * (the budget is 100 ms).
 */
import { benchEnv, fmt, sleep, startProcess, stopProcess } from './support';

const FLOOD_MS = Number(process.env.FLOOD_MS ?? 10_000);
const CONCURRENCY = Number(process.env.FLOOD_CONCURRENCY ?? 4);
const PUBLIC_ROUTES = ['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/auth/password-reset'];
const BODY = JSON.stringify(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`p${i}`, 0])));

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
};

/** /health latencies (ms), one request every 20 ms, for `ms`. */
async function probeHealth(base: string, ms: number): Promise<number[]> {
  const latencies: number[] = [];
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const started = performance.now();
    const response = await fetch(`${base}/health`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`/health answered ${response.status}`);
    latencies.push(performance.now() - started);
    await sleep(20);
  }
  return latencies;
}

const summary = (label: string, values: number[]) =>
  `${label}: n=${values.length} p50 ${fmt(percentile(values, 0.5))} ms, p95 ${fmt(percentile(values, 0.95))} ms, max ${fmt(Math.max(...values))} ms`;

async function main() {
  const env = benchEnv();
  const port = Number(process.env.BENCH_PORT ?? env.PORT ?? 3197);
  const base = `http://127.0.0.1:${port}`;
  const api = await startProcess('api', { ...env, PORT: String(port) });
  try {
    await probeHealth(base, 1_000); // warm up
    const idle = await probeHealth(base, FLOOD_MS / 2);

    let running = true;
    const statuses: Record<number, number> = {};
    let bytesBack = 0;
    const floodLatencies: number[] = [];
    const flooder = async (n: number) => {
      while (running) {
        const started = performance.now();
        try {
          const response = await fetch(`${base}${PUBLIC_ROUTES[n++ % PUBLIC_ROUTES.length]}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY });
          bytesBack += (await response.arrayBuffer()).byteLength;
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        } catch {
          statuses[0] = (statuses[0] ?? 0) + 1;
        }
        floodLatencies.push(performance.now() - started);
      }
    };
    const floodStarted = performance.now();
    const flooders = Array.from({ length: CONCURRENCY }, (_, i) => flooder(i));
    await sleep(500);
    const flooded = await probeHealth(base, FLOOD_MS);
    running = false;
    await Promise.all(flooders);
    const seconds = (performance.now() - floodStarted) / 1000;
    const sent = Object.values(statuses).reduce((a, b) => a + b, 0);

    console.log(`flood: ${CONCURRENCY} in flight, ${sent} bad requests of ${fmt(BODY.length / 1024, 0)} KB in ${fmt(seconds)} s (${fmt(sent / seconds, 0)}/s), statuses ${JSON.stringify(statuses)}`);
    console.log(`flood answers: mean ${fmt(bytesBack / Math.max(sent, 1), 0)} bytes, p50 ${fmt(percentile(floodLatencies, 0.5))} ms, p95 ${fmt(percentile(floodLatencies, 0.95))} ms`);
    console.log(summary('/health idle   ', idle));
    console.log(summary('/health flooded', flooded));
    console.log(`/health p95 under flood: ${fmt(percentile(flooded, 0.95))} ms (idle ${fmt(percentile(idle, 0.95))} ms; budget 100 ms)`);
  } finally {
    await stopProcess(api);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
