import type { INestApplicationContext } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { redactionJobId } from '@casebook/cases';
import { RedactionService } from '@casebook/review';
import { DETECTOR_VERSION } from '@casebook/redaction';
import { QUEUE_PREFIX, QUEUES, redisOptionsFromUrl } from '@casebook/queues';
import { http, startApi, type RunningApi } from './support/api';
import { caseBody } from './support/cases';
import { signIn, type SignedIn } from './support/identity';
import { startProcess, stopProcess } from './support/processes';
import { TcpProxy } from './support/tcp-proxy';
import { eventually, startWorker } from './support/worker';
import { OutboxRelayService } from '@casebook/outbox';
import { RedactionReconcilerService } from '../apps/worker/src/redaction/redaction-reconciler.service';

const countBy = async (db: DataSource, ids: string[]) =>
  (
    await db.query(
      `SELECT (SELECT count(*) FROM cases WHERE id = ANY($1) AND status = 'in_review')::int AS in_review,
              (SELECT count(*) FROM redaction_proposals WHERE case_id = ANY($1))::int AS proposals,
              (SELECT count(*) FROM audit_events WHERE action = 'case.redaction.proposed' AND target_id = ANY($1::text[]))::int AS proposed_events`,
      [ids],
    )
  )[0] as { in_review: number; proposals: number; proposed_events: number };

describe('redaction pipeline', () => {
  let api: RunningApi;
  let db: DataSource;
  let interviewer: SignedIn;
  let researcher: SignedIn;
  let admin: SignedIn;
  const submit = (body = caseBody()) =>
    http(`${api.url}/api/v1/cases`, { body: { ...body, submit: true }, token: interviewer.accessToken }).then((r) => {
      expect(r.status).toBe(201);
      return r.body.id as string;
    });

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    interviewer = await signIn(api, 'interviewer', 'Pipeline NGO');
    researcher = await signIn(api, 'researcher', 'Pipeline NGO');
    admin = await signIn(api, 'admin', 'Pipeline NGO');
  });
  afterAll(() => api.close());

  it('keeps submissions while Redis is unreachable and processes every one when it is back', async () => {
    const url = new URL(process.env.REDIS_URL!);
    const proxy = await new TcpProxy(url.hostname, Number(url.port)).start();
    const worker = await startWorker({ REDIS_URL: proxy.rewrite(process.env.REDIS_URL!) });
    try {
      await proxy.cut();
      const ids = await Promise.all(Array.from({ length: 30 }, () => submit()));
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect((await countBy(db, ids)).in_review).toBe(0);
      const [{ pending }] = await db.query(`SELECT count(*)::int AS pending FROM outbox WHERE published_at IS NULL AND payload->>'caseId' = ANY($1)`, [ids]);
      expect(pending).toBe(30);

      await proxy.restore();
      await eventually(async () => (await countBy(db, ids)).in_review === 30, 60_000);
      expect(await countBy(db, ids)).toEqual({ in_review: 30, proposals: 30, proposed_events: 30 });
    } finally {
      await worker.close();
      await proxy.cut();
    }
  });

  it('ends with exactly one proposal per case when a worker is killed with SIGKILL mid-burst', async () => {
    // Enough jobs that the worker is still busy when the kill lands (it stores up to 128 at a time).
    const BURST = 400;
    const ids = await Promise.all(Array.from({ length: BURST }, () => submit()));
    const first = await startProcess('worker');
    await eventually(async () => (await countBy(db, ids)).proposals > 0, 30_000, 20);
    await stopProcess(first, 'SIGKILL');
    expect((await countBy(db, ids)).proposals).toBeLessThan(BURST);

    const second = await startProcess('worker');
    try {
      await eventually(async () => (await countBy(db, ids)).in_review === BURST, 90_000, 500);
      expect(await countBy(db, ids)).toEqual({ in_review: BURST, proposals: BURST, proposed_events: BURST });
    } finally {
      await stopProcess(second);
    }
  }, 150_000);

  it('finishes the jobs in hand when a worker is stopped with SIGTERM mid-burst: none fails, none is done twice', async () => {
    const BURST = 400;
    const ids = await Promise.all(Array.from({ length: BURST }, () => submit()));
    const first = await startProcess('worker'); // detector on a thread, as in production
    await eventually(async () => (await countBy(db, ids)).proposals > 0, 30_000, 10);
    const exited = new Promise<number | null>((resolve) => first.once('exit', (code) => resolve(code)));
    await stopProcess(first);
    expect(await exited).toBe(0);
    expect((await countBy(db, ids)).proposals).toBeLessThan(BURST); // it was stopped mid-burst

    const queue = new Queue(QUEUES.redaction, { connection: redisOptionsFromUrl(process.env.REDIS_URL!, 'queue'), prefix: QUEUE_PREFIX });
    try {
      // A job cut short by the shutdown would have failed an attempt: a reason and a stack trace stay on it.
      const jobs = (await Promise.all(ids.map((id) => queue.getJob(redactionJobId(id, 1))))).filter((job) => job !== undefined);
      expect(jobs.length).toBe(BURST);
      expect(jobs.filter((job) => job.failedReason || job.stacktrace?.length).map((job) => job.failedReason)).toEqual([]);
    } finally {
      await queue.close();
    }
    const second = await startProcess('worker');
    try {
      await eventually(async () => (await countBy(db, ids)).in_review === BURST, 60_000, 200);
      expect(await countBy(db, ids)).toEqual({ in_review: BURST, proposals: BURST, proposed_events: BURST });
    } finally {
      await stopProcess(second);
    }
  }, 120_000);

  it('wakes the relay with NOTIFY, and listens again after its session is cut', async () => {
    // Polling once a minute: a job published within seconds came through the notification.
    const worker = await startWorker({ OUTBOX_POLL_MS: '60000' });
    const listenerPid = async () =>
      (await db.query(`SELECT pid FROM pg_stat_activity WHERE application_name = 'casebook-outbox-listen' AND query ILIKE 'LISTEN%'`))[0]?.pid as number | undefined;
    try {
      const first = await eventually(listenerPid, 10_000, 100);
      await new Promise((resolve) => setTimeout(resolve, 300)); // the relay's start-up pass is over; it now waits
      const a = await submit();
      await eventually(async () => (await countBy(db, [a])).proposals === 1, 20_000, 100);

      await db.query(`SELECT pg_terminate_backend($1)`, [first]);
      const second = await eventually(async () => {
        const pid = await listenerPid();
        return pid !== undefined && pid !== first ? pid : undefined;
      }, 20_000, 100);
      expect(second).not.toBe(first);
      const b = await submit();
      await eventually(async () => (await countBy(db, [b])).proposals === 1, 20_000, 100);
    } finally {
      await worker.close();
    }
    expect(await listenerPid()).toBeUndefined(); // closed with the worker
  });

  it('queues again a redaction whose job Redis lost, records one that failed unrecorded, and touches nothing else', async () => {
    const lost = await submit(); // no worker yet: their messages wait in the outbox
    const failed = await submit();
    // As if the relay had published both, and then a Redis fail-over had lost the first job...
    await db.query(`UPDATE outbox SET published_at = now() - interval '20 minutes' WHERE payload->>'caseId' = ANY($1)`, [[lost, failed]]);
    // ...and the second had failed for good in a worker that died before recording it.
    const connection = redisOptionsFromUrl(process.env.REDIS_URL!, 'queue');
    const queue = new Queue(QUEUES.redaction, { connection, prefix: QUEUE_PREFIX });
    const failing = new Worker(QUEUES.redaction, async () => Promise.reject(new Error('detector crashed')), { connection, prefix: QUEUE_PREFIX, autorun: false });
    try {
      const job = await queue.add('propose', { caseId: failed, narrativeVersion: 1, detectorVersion: DETECTOR_VERSION }, { jobId: redactionJobId(failed, 1), attempts: 1 });
      const done = new Promise((resolve) => failing.once('failed', resolve));
      void failing.run();
      await done;
      expect(await job.getState()).toBe('failed');
    } finally {
      await failing.close();
      await queue.close();
    }

    const worker = await startWorker();
    try {
      const recent = await submit();
      await eventually(async () => (await countBy(db, [recent])).proposals === 1);
      expect((await countBy(db, [lost, failed])).proposals).toBe(0);

      const reconciler = worker.get(RedactionReconcilerService);
      const first = await reconciler.reconcileOnce();
      expect(first.requeued).toBeGreaterThanOrEqual(1);
      expect(first.failed).toBeGreaterThanOrEqual(1);
      await eventually(async () => (await countBy(db, [lost])).proposals === 1);
      const [failedCase] = await db.query(`SELECT redaction_status, redaction_error FROM cases WHERE id = $1`, [failed]);
      expect(failedCase).toEqual({ redaction_status: 'failed', redaction_error: 'detector crashed' });
      expect(await reconciler.reconcileOnce()).toEqual({ requeued: 0, failed: 0 });
      const actions = await db.query(
        `SELECT target_id, action FROM audit_events WHERE action IN ('case.redaction.requeued', 'case.redaction.failed') AND target_id = ANY($1::text[]) ORDER BY action`,
        [[lost, failed, recent]],
      );
      expect(actions).toEqual([
        { target_id: failed, action: 'case.redaction.failed' },
        { target_id: lost, action: 'case.redaction.requeued' },
      ]);
    } finally {
      await worker.close();
    }
  });

  it('redacts every case of a database restored from a backup while Redis holds completed jobs for its cases', async () => {
    const worker = await startWorker();
    try {
      // The cases are submitted and redacted: Redis now holds a completed job for each.
      const ids = await Promise.all(Array.from({ length: 12 }, () => submit()));
      await eventually(async () => (await countBy(db, ids)).proposals === ids.length, 30_000);
      const connection = redisOptionsFromUrl(process.env.REDIS_URL!, 'queue');
      const queue = new Queue(QUEUES.redaction, { connection, prefix: QUEUE_PREFIX });
      try {
        for (const id of ids) expect(await (await queue.getJob(redactionJobId(id, 1)))!.getState()).toBe('completed');
      } finally {
        await queue.close();
      }

      // The database is restored from a backup taken after their submission, before their redaction
      // (as the backup had them): submitted, waiting for a proposal, their messages published long ago.
      await db.query(`DELETE FROM redaction_proposals WHERE case_id = ANY($1)`, [ids]);
      await db.query(`UPDATE cases SET status = 'submitted', redaction_status = 'pending', redaction_error = NULL WHERE id = ANY($1)`, [ids]);
      await db.query(`UPDATE outbox SET published_at = now() - interval '20 minutes' WHERE payload->>'caseId' = ANY($1)`, [ids]);

      // Queuing under the old ids would do nothing (BullMQ: an existing job id is done); the reconciler queues fresh ids.
      const reconciler = worker.get(RedactionReconcilerService);
      const pass = await reconciler.reconcileOnce();
      expect(pass.requeued).toBeGreaterThanOrEqual(ids.length);
      await eventually(async () => (await countBy(db, ids)).in_review === ids.length, 30_000);
      expect((await countBy(db, ids)).proposals).toBe(ids.length);
      const fresh: Array<{ job_id: string; id: string }> = await db.query(
        `SELECT job_id, id::text FROM outbox WHERE payload->>'caseId' = ANY($1) AND job_id LIKE '%-o%' ORDER BY id`,
        [ids],
      );
      expect(fresh).toHaveLength(ids.length);
      for (const row of fresh) expect(row.job_id.endsWith(`-o${row.id}`)).toBe(true);
      const reasons = await db.query(`SELECT DISTINCT summary->>'reason' AS reason FROM audit_events WHERE action = 'case.redaction.requeued' AND target_id = ANY($1::text[])`, [ids]);
      expect(reasons).toEqual([{ reason: 'job completed but the case still waits' }]);

      // Restored once more (the same backup again): the latest job of each case is the one looked up, and queued afresh again.
      await db.query(`DELETE FROM redaction_proposals WHERE case_id = ANY($1)`, [ids]);
      await db.query(`UPDATE cases SET status = 'submitted', redaction_status = 'pending' WHERE id = ANY($1)`, [ids]);
      await db.query(`UPDATE outbox SET published_at = now() - interval '20 minutes' WHERE payload->>'caseId' = ANY($1)`, [ids]);
      expect((await reconciler.reconcileOnce()).requeued).toBeGreaterThanOrEqual(ids.length);
      await eventually(async () => (await countBy(db, ids)).proposals === ids.length, 30_000);
      // Once redacted, nothing more to do for them.
      const after = await reconciler.reconcileOnce(0);
      expect(after.failed).toBe(0);
      expect((await db.query(`SELECT count(*)::int AS n FROM cases WHERE id = ANY($1) AND redaction_status = 'pending'`, [ids]))[0].n).toBe(0);
    } finally {
      await worker.close();
    }
  });

  describe('with a worker', () => {
    let worker: INestApplicationContext;
    beforeAll(async () => {
      worker = await startWorker();
    });
    afterAll(() => worker.close());

    it('deletes published outbox rows after 30 days, never unpublished ones', async () => {
      const insert = (jobId: string, created: string, published: string | null) =>
        db.query(
          `INSERT INTO outbox (queue, name, job_id, payload, created_at, available_at, published_at)
           VALUES ('maintenance', 'noop', $1, '{}', now() - $2::interval, now() + interval '1 day', now() - $3::interval) RETURNING id`,
          [jobId, created, published],
        );
      const [[old], [middle], [recent], [stuck]] = await Promise.all([
        insert(`purge-old-${Date.now()}`, '40 days', '40 days'),
        insert(`purge-middle-${Date.now()}`, '20 days', '20 days'),
        insert(`purge-recent-${Date.now()}`, '2 days', '1 day'),
        insert(`purge-unpublished-${Date.now()}`, '40 days', null),
      ]);
      const relay = worker.get(OutboxRelayService);
      const left = async () => (await db.query(`SELECT id FROM outbox WHERE id = ANY($1::bigint[])`, [[old.id, middle.id, recent.id, stuck.id]])).map((r: { id: string }) => r.id).sort();
      // The default keeps 30 days (the relay's own periodic purge may have got there first).
      await relay.purgePublished();
      expect(await left()).toEqual([middle.id, recent.id, stuck.id].sort());
      expect(await relay.purgePublished(10)).toBe(1);
      expect(await left()).toEqual([recent.id, stuck.id].sort());
      await db.query(`DELETE FROM outbox WHERE id = ANY($1::bigint[])`, [[recent.id, stuck.id]]);
    });

    it('never lets a researcher read an unapproved narrative', async () => {
      const body = caseBody();
      const id = await submit(body);
      const forResearcher = () => http(`${api.url}/api/v1/cases/${id}`, { token: researcher.accessToken });
      await eventually(async () => (await http(`${api.url}/api/v1/cases/${id}`, { token: admin.accessToken })).body.status === 'in_review');
      expect((await forResearcher()).status).toBe(403);
      expect((await http(`${api.url}/api/v1/cases/${id}/narrative`, { token: researcher.accessToken })).status).toBe(403);
      expect((await http(`${api.url}/api/v1/cases/${id}/redaction`, { token: researcher.accessToken })).status).toBe(403);
      const list = await http(`${api.url}/api/v1/cases?limit=200`, { token: researcher.accessToken });
      expect(list.status).toBe(403);
      expect(JSON.stringify(list.body)).not.toContain('Aigerim');

      // The admin edits the spans: removes one, adds one, retypes one.
      const review = await http(`${api.url}/api/v1/cases/${id}/redaction`, { token: admin.accessToken });
      const text: string = review.body.narrative;
      const spans = review.body.proposal.spans.map(({ start, end, type }: { start: number; end: number; type: string }) => ({ start, end, type }));
      const market = text.indexOf('market');
      const edited = [...spans, { start: market, end: market + 'market'.length, type: 'ADDRESS' }];
      const saved = await http(`${api.url}/api/v1/cases/${id}/redaction`, { method: 'PUT', body: { spans: edited }, token: admin.accessToken });
      expect(saved.status).toBe(200);
      expect(saved.body.proposal.redacted).toContain('near the [ADDRESS]');
      const overlapping = await http(`${api.url}/api/v1/cases/${id}/redaction`, {
        method: 'PUT',
        body: { spans: [{ start: 0, end: 10, type: 'PERSON' }, { start: 5, end: 12, type: 'PERSON' }] },
        token: admin.accessToken,
      });
      expect(overlapping.status).toBe(422);
      expect(overlapping.body.errors[0].pointer).toBe('/spans/1');
      expect((await forResearcher()).status).toBe(403);
      // A second admin's edit against the version before the first one's save: 412 with the current version, nothing stored.
      expect(saved.headers.get('etag')).toBe(`"${saved.body.version}"`);
      const stale = await http(`${api.url}/api/v1/cases/${id}/redaction`, { method: 'PUT', body: { spans }, token: admin.accessToken, headers: { 'if-match': `"${review.body.version}"` } });
      expect(stale.status).toBe(412);
      expect(stale.body.currentVersion).toBe(saved.body.version);
      const notAnEtag = await http(`${api.url}/api/v1/cases/${id}/redaction`, { method: 'PUT', body: { spans }, token: admin.accessToken, headers: { 'if-match': 'yesterday' } });
      expect([notAnEtag.status, notAnEtag.body.errors[0].parameter]).toEqual([412, 'If-Match']);
      expect((await http(`${api.url}/api/v1/cases/${id}/redaction/approve`, { method: 'POST', token: admin.accessToken, headers: { 'if-match': `"${review.body.version}"` } })).status).toBe(412);
      expect((await http(`${api.url}/api/v1/cases/${id}/redaction`, { token: admin.accessToken })).body.proposal.redacted).toContain('near the [ADDRESS]');

      expect((await http(`${api.url}/api/v1/cases/${id}/redaction/approve`, { method: 'POST', token: admin.accessToken })).status).toBe(200);
      // Published, the record stays closed to researchers; the approved text is the edited one.
      expect((await forResearcher()).status).toBe(403);
      const approved = (await api.app.get(RedactionService).approvedTexts([id])).get(id)!;
      expect(approved).toContain('near the [ADDRESS]');
      expect(approved).not.toMatch(/Aigerim|Nurlanovna|701/);
      const actions = (await db.query(`SELECT action FROM audit_events WHERE target_id = $1 ORDER BY seq`, [id])).map((r: { action: string }) => r.action);
      expect(actions).toEqual(expect.arrayContaining(['case.redaction.proposed', 'case.redaction.viewed', 'case.redaction.edited', 'case.redaction.approved']));
    });

    it('collapses duplicate outbox messages into one job', async () => {
      const id = await submit();
      await eventually(async () => (await countBy(db, [id])).proposals === 1);
      // Publish the same job again, as a relay that crashed after publishing would.
      await db.query(`INSERT INTO outbox (queue, name, job_id, payload) SELECT queue, name, job_id, payload FROM outbox WHERE payload->>'caseId' = $1`, [id]);
      await eventually(async () => (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE payload->>'caseId' = $1 AND published_at IS NULL`, [id]))[0].n === 0);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await countBy(db, [id])).toEqual({ in_review: 1, proposals: 1, proposed_events: 1 });
    });

    it('re-queues redaction in bulk with visible progress, and every case requeued is proposed again', async () => {
      const ids = await Promise.all(Array.from({ length: 5 }, () => submit()));
      // Their first proposals are done: their jobs, under the same detector version, have completed.
      await eventually(async () => (await countBy(db, ids)).proposed_events === 5, 30_000);
      const started = await http(`${api.url}/api/v1/redaction/requeue`, { method: 'POST', token: admin.accessToken });
      expect(started.status).toBe(202);
      const status = await eventually(async () => {
        const s = await http(`${api.url}/api/v1/redaction/requeue/${started.body.jobId}`, { token: admin.accessToken });
        return s.body.state === 'completed' ? s.body : null;
      });
      expect(status.progress.done).toBeGreaterThanOrEqual(5);
      expect(status.progress.total).toBeGreaterThanOrEqual(status.progress.done);
      // None is left waiting. An outside tester found cases stuck at "Being redacted": the job id of the first proposal
      // was taken again, so no job ran, and a job that finds its proposal current left a case in review "pending".
      const waiting = async () => (await db.query(`SELECT count(*)::int AS n FROM cases WHERE id = ANY($1) AND redaction_status <> 'proposed'`, [ids]))[0].n as number;
      await eventually(async () => (await waiting()) === 0, 30_000);
      expect(await countBy(db, ids)).toEqual({ in_review: 5, proposals: 5, proposed_events: 5 });
    });
  });
});
