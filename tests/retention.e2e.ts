import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { RetentionService } from '../libs/cases/src';
import { QUEUES } from '../libs/queues/src';
import { http, startApi, type RunningApi } from './support/api';
import { caseBody } from './support/cases';
import { signIn, type SignedIn } from './support/identity';
import { rollupDrift } from './support/rollups';
import { eventually, startWorker } from './support/worker';

const DAY = 86_400_000;

describe('retention', () => {
  let api: RunningApi;
  let db: DataSource;
  let worker: INestApplicationContext;
  let interviewer: SignedIn;
  let admin: SignedIn;
  const call = (who: SignedIn, method: string, path: string, body?: unknown) => http(`${api.url}/api/v1${path}`, { method, body, token: who.accessToken });
  const exists = async (id: string) => (await db.query(`SELECT 1 FROM cases WHERE id = $1`, [id])).length === 1;
  const ids = (list: Array<{ id: string }>) => list.map((c) => c.id).sort();

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    worker = await startWorker();
    interviewer = await signIn(api, 'interviewer', 'Retention NGO');
    admin = await signIn(api, 'admin', 'Retention NGO');
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('deletes exactly what the dry run lists, nothing else; a run cut off is finished by the next; a second run does nothing', async () => {
    const service = api.app.get(RetentionService);
    // Until an admin sets a policy, nothing is due.
    const initial = await call(admin, 'GET', '/retention-policy');
    expect(initial.body).toMatchObject({ draftDays: null, returnedDays: null, keepRawNarratives: true, publishedReviewYears: null });

    // Bad policies: each field named, nothing changed.
    const noPurpose = await call(admin, 'PUT', '/retention-policy', { draftDays: 30, returnedDays: 14, keepRawNarratives: true, keepRawPurpose: ' ', publishedReviewYears: 5 });
    expect(noPurpose.status).toBe(422);
    expect(noPurpose.body.errors).toEqual([expect.objectContaining({ pointer: '/keepRawPurpose' })]);
    const zero = await call(admin, 'PUT', '/retention-policy', { draftDays: 0, returnedDays: 14, keepRawNarratives: false, publishedReviewYears: 5 });
    expect(zero.status).toBe(400);
    expect(JSON.stringify(zero.body.errors)).toContain('draftDays');
    const put = await call(admin, 'PUT', '/retention-policy', { draftDays: 30, returnedDays: 14, keepRawNarratives: false, keepRawPurpose: null, publishedReviewYears: 5 });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ draftDays: 30, returnedDays: 14, keepRawNarratives: false, publishedReviewYears: 5 });
    expect(await db.query(`SELECT 1 FROM audit_events WHERE action = 'retention.policy.changed' AND actor_id = $1`, [admin.id])).toHaveLength(1);

    // Three untouched drafts, one returned and never resubmitted, one in review, one published (its raw narrative goes, its redacted text stays).
    const drafts = [caseBody(), caseBody({ narrative: undefined }), caseBody()];
    for (const body of drafts) expect((await call(interviewer, 'POST', '/cases', body)).status).toBe(201);
    const returned = caseBody({ submit: true });
    const inReview = caseBody({ submit: true });
    const published = caseBody({ submit: true });
    for (const body of [returned, inReview, published]) expect((await call(interviewer, 'POST', '/cases', body)).status).toBe(201);
    for (const body of [returned, inReview, published]) await eventually(async () => (await call(admin, 'GET', `/cases/${body.id}`)).body.status === 'in_review');
    expect((await call(admin, 'POST', `/cases/${returned.id}/return`, { reason: 'Please add the month.' })).status).toBe(200);
    expect((await call(admin, 'POST', `/cases/${published.id}/redaction/approve`)).status).toBe(200);

    // The preview over HTTP: the raw narrative is due at the next run; the drafts are not yet; and when that run is.
    const preview = await call(admin, 'GET', '/retention-policy/preview');
    expect(preview.status).toBe(200);
    expect(new Date(preview.body.nextRunAt).getUTCHours()).toBe(3);
    expect(new Date(preview.body.nextRunAt).getTime()).toBeGreaterThan(Date.now());
    expect(ids(preview.body.rawNarratives)).toEqual([published.id]);
    expect(preview.body.drafts).toEqual([]);

    // In 20 days: the returned case is due (14 days), the drafts are not (30).
    const in20 = await service.preview(new Date(Date.now() + 20 * DAY));
    expect(ids(in20.returned)).toEqual([returned.id]);
    expect(in20.drafts).toEqual([]);
    expect(ids(in20.rawNarratives)).toEqual([published.id]);
    const first = await service.run(new Date(in20.nextRunAt));
    expect(first).toEqual({ deleted: 1, rawDropped: 1 });
    expect(await exists(returned.id)).toBe(false);
    for (const body of [...drafts, inReview, published]) expect(await exists(body.id)).toBe(true);

    // In 40 days: the three drafts. The run is cut off after its first deletion; the next run finishes it.
    const in40 = await service.preview(new Date(Date.now() + 40 * DAY));
    expect(ids(in40.drafts)).toEqual(ids(drafts));
    expect([in40.returned, in40.rawNarratives]).toEqual([[], []]);
    const asOf = new Date(in40.nextRunAt);
    await expect(
      service.run(asOf, () => {
        throw new Error('worker killed');
      }, 1),
    ).rejects.toThrow('worker killed');
    expect((await Promise.all(drafts.map((d) => exists(d.id)))).filter(Boolean)).toHaveLength(2);
    const [unfinished] = await db.query(`SELECT finished_at, deleted FROM retention_runs ORDER BY id DESC LIMIT 1`);
    expect(unfinished).toEqual({ finished_at: null, deleted: 1 });
    expect(await service.run(asOf, () => undefined, 1)).toEqual({ deleted: 2, rawDropped: 0 });
    for (const body of drafts) expect(await exists(body.id)).toBe(false);
    for (const body of [inReview, published]) expect(await exists(body.id)).toBe(true);
    expect(await rollupDrift(db)).toBe(0);

    // The worker's job (scheduled daily at 03:00 UTC) runs the same; now there is nothing left to do.
    const queue = worker.get<Queue>(getQueueToken(QUEUES.retention));
    const scheduler = await eventually(() => queue.getJobScheduler('retention-daily'));
    expect(scheduler).toMatchObject({ pattern: '0 3 * * *', tz: 'UTC' });
    const job = await queue.add('retention', { trigger: 'manual', asOf: asOf.toISOString() });
    const done = await eventually(async () => ((await job.isCompleted()) ? (await queue.getJob(job.id!))!.returnvalue : null));
    expect(done).toEqual({ deleted: 0, rawDropped: 0 });

    // Every deletion audited, without content.
    const audited = await db.query(`SELECT summary FROM audit_events WHERE action = 'case.deleted' AND target_id = ANY($1)`, [[...drafts, returned].map((d) => d.id)]);
    expect(audited).toHaveLength(4);
    expect(audited.map((a: { summary: { cause: string } }) => a.summary.cause)).toEqual(['retention', 'retention', 'retention', 'retention']);
  }, 120_000);

  it('raw narrative dropped after approval: the redacted text reads, the raw does not, the review says so', async () => {
    const published = (await db.query(`SELECT id FROM cases WHERE raw_dropped_at IS NOT NULL LIMIT 1`))[0]?.id as string;
    expect(published).toBeDefined();
    const raw = await call(admin, 'GET', `/cases/${published}/narrative`);
    expect(raw.status).toBe(404);
    expect(await db.query(`SELECT 1 FROM narratives WHERE case_id = $1`, [published])).toEqual([]);
    const review = await call(admin, 'GET', `/cases/${published}/redaction`);
    expect(review.status).toBe(200);
    expect(review.body).toMatchObject({ narrative: null, rawNarrativeDropped: true });
    expect(review.body.proposal.redacted).toMatch(/officers stopped her/);
    expect(review.body.proposal.redacted).not.toContain('Aigerim');
    expect((await call(admin, 'GET', `/cases/${published}`)).body.hasNarrative).toBe(false);
  });
});
