/**
 * Redaction throughput.
 * 1. The detector alone, on the realistic narratives of the four annotated dev
 *    sets as they are (annotations removed; not slices), per language: MB of
 *    text per second on one core, by the wall clock and by the CPU time of this
 *    process (other processes share the machine), each text repeated until
 *    about 1.8 MB have been read. In the same run, a reference pass over the
 *    same texts (split into words, each lower-cased and counted in a Map) gives
 *    the machine's speed at that moment: the ratio detector / reference is
 *    comparable between runs on a busy and a quiet machine.
 * 2. End to end with one worker process: from the moment the outbox rows of N
 *    submitted cases are written → proposals stored, for N narratives of about 1 KB, against a
 *    BullMQ no-op job measured on the same Redis in the same run (N jobs,
 *    the same concurrency). Prints narratives/s for both and, as its last
 *    line, the ratio end-to-end / no-op.
 * 3. The `redact` CLI cold, as issue 25 measured it, with the node options of the
 *    `redact` script: a new process per language
 *    (dictionaries read, no code optimised yet), pinned to one core with
 *    taskset where the machine has it, reading the same narratives repeated to
 *    about 1.8 MB as JSON lines; MB/s by the wall clock from spawn to exit.
 * BENCH_DETECTOR_ONLY=1 runs the first and third parts only (no database or Redis needed).
 */
import { spawnSync } from 'node:child_process';
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

/** ~1 KB narratives made from the dev set's texts (annotations removed), for the end-to-end part. */
function narratives(): string[] {
  const source = readFileSync(join(ROOT, 'tests/redaction/devset.txt'), 'utf8').replace(/\[\[[A-Z]+:([^\]]+)\]\]/g, '$1');
  const docs = source.split(/^###.*$/m).map((d) => d.trim()).filter(Boolean);
  return docs.map((d) => (d + ' ' + d).slice(0, 1024));
}

/** The dev sets' narratives as they are, with their language. */
function devNarratives(): Array<{ lang: string; text: string }> {
  const out: Array<{ lang: string; text: string }> = [];
  for (const set of ['devset', 'devset2', 'devset-cee', 'devset3']) {
    const source = readFileSync(join(ROOT, `tests/redaction/${set}.txt`), 'utf8');
    for (const part of source.split(/^(?=### )/m)) {
      const m = /^### \S+ (\w+)\n([\s\S]*)$/.exec(part);
      if (m) out.push({ lang: m[1], text: m[2].replace(/\[\[[A-Z]+:([^\]]+)\]\]/g, '$1').trim() });
    }
  }
  return out;
}

/** The reference pass: words lower-cased and counted, a fixed amount of plain string work per byte. */
function reference(text: string): number {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const w = m[0].toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts.size;
}

interface Rate {
  wall: number;
  cpu: number;
}

/** MB/s of `run` over the texts, repeated until about `target` bytes were read (after one warm-up pass). */
function rate(texts: string[], run: (text: string) => unknown, target = 1.8e6): Rate {
  for (const t of texts) run(t);
  let bytes = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  while (bytes < target) {
    for (const t of texts) {
      run(t);
      bytes += Buffer.byteLength(t);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  return { wall: bytes / 1e6 / ((performance.now() - start) / 1000), cpu: bytes / 1e6 / ((cpu.user + cpu.system) / 1e6) };
}

function detectorThroughput(): Array<{ lang: string; docs: number; kb: number; detector: Rate; reference: Rate }> {
  const docs = devNarratives();
  return ['en', 'ru'].map((lang) => {
    const texts = docs.filter((d) => d.lang === lang).map((d) => d.text);
    // Best of three rounds each, interleaved, so that a burst of load on the machine hits both alike.
    let detector: Rate = { wall: 0, cpu: 0 };
    let ref: Rate = { wall: 0, cpu: 0 };
    for (let round = 0; round < 3; round++) {
      const d = rate(texts, (t) => detectPii(t, lang));
      const r = rate(texts, reference, 6e6);
      if (d.wall > detector.wall) detector = d;
      if (r.wall > ref.wall) ref = r;
    }
    return { lang, docs: texts.length, kb: texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1000, detector, reference: ref };
  });
}

/**
 * The node options of package.json's `redact` script (--no-regexp-tier-up: every pattern compiled to machine code on
 * first use, not interpreted first; a smaller budget for optimising and inlining, which a one-off run spends compiling
 * rather than detecting), so that part 3 times the CLI as operators run it.
 */
function redactNodeOptions(): string[] {
  const script: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.redact;
  const options = /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+dist\/libs\/redaction\/src\/redact-cli\.js/.exec(script);
  if (!options) throw new Error('the redact script no longer runs dist/libs/redaction/src/redact-cli.js with node');
  return options[1].split(/\s+/).filter(Boolean);
}

/** Part 3: the redact CLI in a new process, on one core where taskset can pin it. */
function cliColdRates(): Array<{ lang: string; mbps: number; pinned: boolean }> {
  const docs = devNarratives();
  const cli = join(ROOT, 'dist/libs/redaction/src/redact-cli.js');
  const nodeOptions = redactNodeOptions();
  const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  return ['en', 'ru'].map((lang) => {
    const texts = docs.filter((d) => d.lang === lang);
    const lines: string[] = [];
    let bytes = 0;
    while (bytes < 1.8e6) {
      for (const d of texts) {
        lines.push(JSON.stringify({ id: String(lines.length), text: d.text, lang }));
        bytes += Buffer.byteLength(d.text);
      }
    }
    const [command, args] = pinned ? ['taskset', ['-c', '0', process.execPath, ...nodeOptions, cli]] : [process.execPath, [...nodeOptions, cli]];
    const start = performance.now();
    const run = spawnSync(command, args, { input: `${lines.join('\n')}\n`, maxBuffer: 256 * 1024 * 1024 });
    const seconds = (performance.now() - start) / 1000;
    if (run.status !== 0) throw new Error(`the redact CLI failed: ${run.stderr.toString().slice(0, 500)}`);
    return { lang, mbps: bytes / 1e6 / seconds, pinned };
  });
}

function printCli(results: ReturnType<typeof cliColdRates>): void {
  for (const r of results) console.log(`redact CLI ${r.lang}, cold${r.pinned ? ', one core (taskset -c 0)' : ' (not pinned: no taskset)'}: ${fmt(r.mbps, 2)} MB/s wall`);
}

function printDetector(results: ReturnType<typeof detectorThroughput>): void {
  for (const r of results) {
    console.log(
      `detector ${r.lang}: ${r.docs} dev-set narratives (${fmt(r.kb)} KB) ${fmt(r.detector.wall, 2)} MB/s wall, ${fmt(r.detector.cpu, 2)} MB/s per CPU-second (target >= 1); ` +
        `reference ${fmt(r.reference.wall, 1)} MB/s; ratio detector/reference ${fmt(r.detector.wall / r.reference.wall, 3)}`,
    );
  }
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
  const detector = detectorThroughput();
  const cli = cliColdRates();
  if (process.env.BENCH_DETECTOR_ONLY) {
    printDetector(detector);
    printCli(cli);
    return;
  }
  const env = benchEnv();
  const pg = new Pool({ connectionString: env.DATABASE_URL, max: 4 });
  const keyring = new Keyring(env.NARRATIVE_KEYS);
  const texts = narratives();
  try {
    const noop = await noopRate(env.REDIS_URL);
    const e2e = await endToEndRate(pg, keyring, texts, env);
    console.log(`redaction benchmark: ${N} narratives of ~1 KB, one worker (concurrency ${CONCURRENCY}, proposals stored in batches of up to 32)`);
    printDetector(detector);
    printCli(cli);
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
