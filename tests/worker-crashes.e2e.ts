import type { ChildProcess } from 'node:child_process';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { AuditService } from '@casebook/audit';
import { SyntheticSeederService } from '@casebook/synthetic';
import { QUEUE_PREFIX, QUEUES, redisOptionsFromUrl } from '@casebook/queues';
import { http, startApi, type RunningApi } from './support/api';
import { ensureRelease } from './support/reports';
import { caseBody } from './support/cases';
import { signIn, type SignedIn } from './support/identity';
import { startProcess, stopProcess, verifyAuditChain } from './support/processes';
import { eventually } from './support/worker';

const CASES = 400;
const KILLS = 5;
const REPORTS_PER_ROUND = 4;

/**
 * The fault run from the scale issue: worker processes killed with SIGKILL,
 * one after another, while a burst of redaction and report jobs is being
 * handled. Every job must end done exactly once in effect: one proposal and
 * one audit event per case, every report done once, nothing failed, the
 * audit chain intact.
 */
describe('worker processes killed with SIGKILL during a burst of redaction and report jobs', () => {
  let api: RunningApi;
  let db: DataSource;
  let interviewer: SignedIn;
  let researcher: SignedIn;
  const children = new Set<ChildProcess>();

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    interviewer = await signIn(api, 'interviewer', 'Crash NGO');
    researcher = await signIn(api, 'researcher', 'Crash NGO');
    await new SyntheticSeederService(api.app.get(DataSource), api.app.get(AuditService)).seed(2_000, 7);
    // Researchers' reports read protected releases: one per year of the seeded cases.
    await ensureRelease(api);
  }, 300_000);
  afterAll(async () => {
    await Promise.all([...children].map((c) => stopProcess(c)));
    await api.close();
  });

  it('ends with every job done exactly once in effect', async () => {
    // Stalled jobs (held by a killed worker, then taken back): proof that the kills hit jobs in flight.
    const connection = redisOptionsFromUrl(process.env.REDIS_URL!, 'queue');
    const stalled: Record<string, number> = { [QUEUES.redaction]: 0, [QUEUES.reports]: 0 };
    const events = [QUEUES.redaction, QUEUES.reports].map((name) => {
      const e = new QueueEvents(name, { connection, prefix: QUEUE_PREFIX });
      e.on('stalled', () => stalled[name]++);
      return e;
    });
    await Promise.all(events.map((e) => e.waitUntilReady()));
    const caseIds = await Promise.all(
      Array.from({ length: CASES }, async () => {
        const r = await http(`${api.url}/api/v1/cases`, { body: { ...caseBody(), submit: true }, token: interviewer.accessToken });
        expect(r.status).toBe(201);
        return r.body.id as string;
      }),
    );
    const reportIds: string[] = [];
    const requestReports = async (round: number) => {
      for (let i = 0; i < REPORTS_PER_ROUND; i++) {
        // Distinct requests (k differs by round), so none is answered from a stored result.
        const body = { k: 5 + round, countries: [['KZ'], ['KG'], ['KZ', 'UZ'], ['RU']][i], perpetrators: i % 2 ? 'group' : 'type' };
        const r = await http(`${api.url}/api/v1/reports`, { body, token: researcher.accessToken });
        expect(r.status).toBe(202);
        reportIds.push(r.body.id);
      }
    };
    const progress = async () =>
      (
        await db.query(
          `SELECT (SELECT count(*) FROM redaction_proposals WHERE case_id = ANY($1))::int AS proposals,
                  (SELECT count(*) FROM reports WHERE id = ANY($2) AND status = 'done')::int AS reports`,
          [caseIds, reportIds],
        )
      )[0] as { proposals: number; reports: number };

    await requestReports(0);
    for (let kill = 1; kill <= KILLS; kill++) {
      const worker = await startProcess('worker');
      children.add(worker);
      const before = await progress();
      // Killed mid-burst: once it has stored some work, never after the work has run out.
      const during = await eventually(async () => {
        const now = await progress();
        return now.proposals + now.reports >= before.proposals + before.reports + 20 ? now : null;
      }, 60_000, 10);
      await stopProcess(worker, 'SIGKILL');
      children.delete(worker);
      expect(during!.proposals).toBeLessThan(CASES);
      await requestReports(kill);
    }

    // One more worker picks up what the killed ones held (after their job locks lapse) and finishes.
    const last = await startProcess('worker');
    children.add(last);
    await eventually(async () => {
      const now = await progress();
      return now.proposals === CASES && now.reports === reportIds.length;
    }, 150_000, 500);

    const [effect] = await db.query(
      `SELECT (SELECT count(*) FROM cases WHERE id = ANY($1) AND status = 'in_review' AND redaction_status = 'proposed')::int AS in_review,
              (SELECT count(*) FROM audit_events WHERE action = 'case.redaction.proposed' AND target_id = ANY($1::text[]))::int AS proposed_events,
              (SELECT count(*) FROM reports WHERE id = ANY($2) AND status = 'done' AND result IS NOT NULL AND error IS NULL)::int AS reports_done,
              (SELECT count(*) FROM audit_events WHERE action = 'report.requested' AND target_id = ANY($2::text[]))::int AS report_events`,
      [caseIds, reportIds],
    );
    expect(effect).toEqual({ in_review: CASES, proposed_events: CASES, reports_done: reportIds.length, report_events: reportIds.length });

    await Promise.all(events.map((e) => e.close()));
    expect(stalled[QUEUES.redaction]).toBeGreaterThan(0);
    // Nothing ended in BullMQ's failed set (a job that stalled too often would be there).
    for (const name of [QUEUES.redaction, QUEUES.reports]) {
      const queue = new Queue(name, { connection, prefix: QUEUE_PREFIX });
      try {
        expect(await queue.getJobCounts('failed', 'active', 'waiting', 'delayed')).toEqual({ failed: 0, active: 0, waiting: 0, delayed: 0 });
      } finally {
        await queue.close();
      }
    }
    expect(verifyAuditChain()).toBe(0);
    await stopProcess(last);
    children.delete(last);
  }, 300_000);
});
