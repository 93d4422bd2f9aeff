/**
 * Redaction throughput.
 * 1. The detector alone: MB of narrative text per second on one core.
 * 2. End to end with one worker process: from the moment the outbox rows of N
 *    submitted cases are written → proposals stored, for N narratives of about 1 KB, against a
 *    BullMQ no-op job measured on the same Redis in the same run (N jobs,
 *    the same concurrency). Prints narratives/s for both and, as its last
 *    line, the ratio end-to-end / no-op.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Queue, Worker } from 'bullmq';
import { Pool } from 'pg';
import { Keyring } from '../libs/crypto/src/keyring';
import { narrativeContext } from '../libs/crypto/src/encryption-contexts';
import { redactionJobId } from '../libs/cases/src/redaction-jobs';
import { detectPii } from '../libs/redaction/src/detect';
import { DETECTOR_VERSION } from '../libs/redaction/src/types';
import { redisOptionsFromUrl } from '../libs/queues/src/redis-options';
import { benchEnv, fmt, ROOT, startProcess, stopProcess } from './support';

const N = Number(process.env.BENCH_NARRATIVES ?? 2000);
/** The redaction worker's concurrency (RedactionProcessor); the no-op worker gets the same. */
const CONCURRENCY = 128;

/** ~1 KB narratives made from the dev set's texts (annotations removed). */
function narratives(): string[] {
  const source = readFileSync(join(ROOT, 'tests/redaction/devset.txt'), 'utf8').replace(/\[\[[A-Z]+:([^\]]+)\]\]/g, '$1');
  const docs = source.split(/^###.*$/m).map((d) => d.trim()).filter(Boolean);
  return docs.map((d) => (d + ' ' + d).slice(0, 1024));
}

async function detectorThroughput(texts: string[]): Promise<number> {
  const corpus = Array.from({ length: 2000 }, (_, i) => texts[i % texts.length]);
  const bytes = corpus.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  for (const t of corpus.slice(0, 200)) detectPii(t); // warm-up
  const start = performance.now();
  for (const t of corpus) detectPii(t);
  return bytes / 1e6 / ((performance.now() - start) / 1000);
}

async function noopRate(redisUrl: string): Promise<number> {
  const connection = redisOptionsFromUrl(redisUrl, 'queue');
  const name = `bench-noop-${randomUUID()}`;
  const queue = new Queue(name, { connection, prefix: '{casebook}' });
  let done = 0;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const worker = new Worker(name, async () => undefined, { connection, prefix: '{casebook}', concurrency: CONCURRENCY });
  worker.on('completed', () => {
    if (++done === N) finish();
  });
  await worker.waitUntilReady();
  const start = performance.now();
  await queue.addBulk(Array.from({ length: N }, (_, i) => ({ name: 'noop', data: { caseId: randomUUID(), i }, opts: { jobId: `noop-${i}` } })));
  await finished;
  const rate = N / ((performance.now() - start) / 1000);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return rate;
}

async function endToEndRate(pg: Pool, keyring: Keyring, texts: string[], env: Record<string, string>): Promise<number> {
  const [{ id: orgId }] = (await pg.query(`INSERT INTO organisations (name) VALUES ($1) RETURNING id`, [`Bench ${randomUUID()}`])).rows;
  const [{ id: userId }] = (
    await pg.query(`INSERT INTO users (email, display_name, role, organisation_id) VALUES ($1, 'Bench', 'interviewer', $2) RETURNING id`, [`b-${randomUUID()}@example.org`, orgId])
  ).rows;
  const worker = await startProcess('worker', env);
  try {
    const ids: string[] = [];
    // Submissions as the API writes them: the submitted case and its narrative (the outbox rows follow at the start).
    for (let i = 0; i < N; i += 50) {
      const client = await pg.connect();
      try {
        await client.query('BEGIN');
        for (let j = i; j < Math.min(N, i + 50); j++) {
          const id = randomUUID();
          ids.push(id);
          await client.query(
            `INSERT INTO cases (id, reference, organisation_id, interviewer_id, status, interview_month, country, consent_research, consent_advocacy,
               consent_quotation, consent_recorded_on, gender, age_band, work_setting, migrant_status, redaction_status, submitted_at)
             VALUES ($1, $2, $3, $4, 'submitted', '2026-09-01', 'KZ', true, true, false, '2026-09-10', 'female', '25_34', 'street', 'not_migrant', 'pending', now())`,
            [id, `KZ-${id.replace(/-/g, '').toUpperCase()}`, orgId, userId],
          );
          const sealed = keyring.seal(texts[j % texts.length], narrativeContext(id));
          await client.query(`INSERT INTO narratives (case_id, key_id, ciphertext) VALUES ($1, $2, $3)`, [id, sealed.keyId, sealed.data]);
        }
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    }
    // Progress is read from the audit log (each proposal writes its event in the same statement), past the last
    // event before the start: a primary-key range scan, so polling takes next to nothing from the system measured.
    const [{ from }] = (await pg.query(`SELECT coalesce(max(seq), 0) AS from FROM audit_events`)).rows;
    const stored = async () =>
      (await pg.query(`SELECT count(*)::int AS n FROM audit_events WHERE seq > $1 AND action = 'case.redaction.proposed'`, [from])).rows[0].n as number;
    // The outbox rows of all N submissions arrive in one statement (its trigger wakes the relay, as a submission's does).
    const start = performance.now();
    await pg.query(`INSERT INTO outbox (queue, name, job_id, payload) SELECT 'redaction', 'propose', job_id, payload FROM unnest($1::text[], $2::jsonb[]) AS t(job_id, payload)`, [
      ids.map((id) => redactionJobId(id, 1)),
      ids.map((id) => JSON.stringify({ caseId: id, narrativeVersion: 1, detectorVersion: DETECTOR_VERSION })),
    ]);
    const proposals = async () => (await pg.query(`SELECT count(*)::int AS n FROM redaction_proposals WHERE case_id = ANY($1)`, [ids])).rows[0].n as number;
    // The cheap count first; then every case must have its proposal (jobs left in Redis by an interrupted
    // earlier run can add events of their own).
    for (let n = 0; n < N || (await proposals()) < N; ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (n < N) n = await stored();
      if (process.env.BENCH_TRACE) console.error(`${fmt(performance.now() - start)} ms: ${n} proposals`);
    }
    const elapsed = performance.now() - start;
    return N / (elapsed / 1000);
  } finally {
    await stopProcess(worker);
  }
}

async function main() {
  const env = benchEnv();
  const pg = new Pool({ connectionString: env.DATABASE_URL, max: 4 });
  const keyring = new Keyring(env.NARRATIVE_KEYS);
  const texts = narratives();
  try {
    const mbs = await detectorThroughput(texts);
    const noop = await noopRate(env.REDIS_URL);
    const e2e = await endToEndRate(pg, keyring, texts, env);
    console.log(`redaction benchmark: ${N} narratives of ~1 KB, one worker (concurrency ${CONCURRENCY}, proposals stored in batches of up to 32)`);
    console.log(`detector: ${fmt(mbs, 2)} MB/s on one core (target >= 1)`);
    console.log(`BullMQ no-op jobs: ${fmt(noop)} jobs/s`);
    console.log(`end to end (submitted -> proposal stored): ${fmt(e2e)} narratives/s`);
    console.log(`ratio end-to-end/no-op: ${fmt(e2e / noop, 2)}`);
  } finally {
    await pg.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
