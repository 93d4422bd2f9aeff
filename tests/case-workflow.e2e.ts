import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorOf } from '@casebook/authz';
import { CaseRepository, CasesService, SYSTEM_TRANSITIONS, type Transition, TRANSITIONS } from '@casebook/cases';
import type { CaseStatus } from '@casebook/database';
import { http, startApi, type RunningApi } from './support/api';
import { caseBody } from './support/cases';
import { signIn, type SignedIn } from './support/identity';
import { eventually, startWorker } from './support/worker';

/**
 * Editable drafts with version checks, return reasons, and the lifecycle and
 * repository on the real database.
 */
describe('case workflow', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;
  let db: DataSource;
  let admin: SignedIn;
  let secondAdmin: SignedIn;
  let interviewer: SignedIn;
  let otherInterviewer: SignedIn;
  let researcher: SignedIn;

  const call = (who: SignedIn, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    http(`${api.url}/api/v1${path}`, { method, body, token: who.accessToken, headers });
  const patch = (who: SignedIn, id: string, body: unknown, etag?: string | null) =>
    call(who, 'PATCH', `/cases/${id}`, body, etag === undefined || etag === null ? {} : { 'if-match': etag });
  const row = async (id: string) => (await db.query(`SELECT status, version, updated_at, returned_at FROM cases WHERE id = $1`, [id]))[0];
  const untilInReview = (id: string) => eventually(async () => (await call(admin, 'GET', `/cases/${id}`)).body.status === 'in_review');

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker();
    db = api.app.get(DataSource);
    admin = await signIn(api, 'admin', 'Workflow NGO');
    secondAdmin = await signIn(api, 'admin', 'Workflow NGO');
    interviewer = await signIn(api, 'interviewer', 'Workflow NGO');
    otherInterviewer = await signIn(api, 'interviewer', 'Workflow NGO');
    researcher = await signIn(api, 'researcher', 'Workflow NGO');
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('lets an interviewer edit a draft with If-Match, and refuses everyone and everything else', async () => {
    const body = caseBody();
    const created = await call(interviewer, 'POST', '/cases', body);
    expect(created.status).toBe(201);
    const etag = created.headers.get('etag')!;
    expect(etag).toBe('"1"');
    const before = await row(body.id);

    expect((await patch(interviewer, body.id, { region: 'Zhetysu Region' })).status).toBe(428);
    expect((await patch(interviewer, body.id, { region: 'Zhetysu Region' }, 'garbage')).status).toBe(412);
    expect((await patch(otherInterviewer, body.id, { region: 'Zhetysu Region' }, etag)).status).toBe(404);
    expect((await patch(researcher, body.id, { region: 'Zhetysu Region' }, etag)).status).toBe(403);
    // Validated exactly like creation, naming the field; nothing changes.
    const bad = await patch(interviewer, body.id, { respondent: { ...body.respondent, gender: 'no_such_gender' }, incidents: [] }, etag);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/incidents');
    const badCode = await patch(interviewer, body.id, { respondent: { ...body.respondent, gender: 'no_such_gender' } }, etag);
    expect(badCode.status).toBe(422);
    expect(badCode.body.errors).toEqual([expect.objectContaining({ pointer: '/respondent/gender' })]);
    expect((await patch(interviewer, body.id, { consent: null }, etag)).status).toBe(422);
    expect((await row(body.id)).version).toBe(before.version);

    const edited = await patch(interviewer, body.id, { region: 'Zhetysu Region', incidents: [body.incidents[1]], narrative: 'A corrected account with no names.' }, etag);
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ region: 'Zhetysu Region', hasNarrative: true });
    expect(edited.body.incidents).toHaveLength(1);
    expect(edited.headers.get('etag')).toBe(`"${edited.body.version}"`);
    const after = await row(body.id);
    expect(after.version).toBeGreaterThan(before.version);
    expect(new Date(after.updated_at).getTime()).toBeGreaterThan(new Date(before.updated_at).getTime());
    expect((await call(interviewer, 'GET', `/cases/${body.id}/narrative`)).body).toMatchObject({ narrative: 'A corrected account with no names.', version: 2 });
    // The old version's ciphertext is gone: one row, the new one.
    expect((await db.query(`SELECT count(*)::int AS n FROM narratives WHERE case_id = $1`, [body.id]))[0].n).toBe(1);
    // A stale ETag: 412 with the current version, never a silent overwrite.
    const stale = await patch(interviewer, body.id, { city: 'Taldykorgan' }, etag);
    expect(stale.status).toBe(412);
    expect(stale.body.currentVersion).toBe(edited.body.version);
    // Audited without content.
    const [event] = await db.query(`SELECT summary FROM audit_events WHERE action = 'case.updated' AND target_id = $1`, [body.id]);
    expect(event.summary.changed.sort()).toEqual(['incidents', 'narrative', 'region']);
    expect(JSON.stringify(event.summary)).not.toMatch(/Zhetysu|corrected/);

    expect((await call(interviewer, 'POST', `/cases/${body.id}/submit`)).status).toBe(200);
    expect((await patch(interviewer, body.id, { city: 'Taldykorgan' }, `"${(await row(body.id)).version}"`)).status).toBe(409);
  });

  it('lets exactly one of two concurrent edits with the same version through', async () => {
    const body = caseBody();
    const created = await call(interviewer, 'POST', '/cases', body);
    const etag = created.headers.get('etag')!;
    const results = await Promise.all([patch(interviewer, body.id, { city: 'Almaty' }, etag), patch(interviewer, body.id, { city: 'Astana' }, etag)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    const winner = results.find((r) => r.status === 200)!;
    expect((await call(interviewer, 'GET', `/cases/${body.id}`)).body.city).toBe(winner.body.city);
  });

  it('changes the version on every kind of edit: two devices editing only the narrative meet a 412', async () => {
    const body = caseBody();
    const created = await call(interviewer, 'POST', '/cases', body);
    const etag = created.headers.get('etag')!;
    // Device A and device B both loaded the case at this version.
    const a = await patch(interviewer, body.id, { narrative: 'Device A wrote this account.' }, etag);
    expect(a.status).toBe(200);
    expect(a.headers.get('etag')).not.toBe(etag);
    expect(a.body.version).toBeGreaterThan(created.body.version);
    const b = await patch(interviewer, body.id, { narrative: 'Device B wrote another account.' }, etag);
    expect(b.status).toBe(412);
    expect(b.body.currentVersion).toBe(a.body.version);
    expect((await call(interviewer, 'GET', `/cases/${body.id}/narrative`)).body.narrative).toBe('Device A wrote this account.');
    // Incidents alone, and questions alone, change it too; each stale If-Match is refused.
    let current = a.headers.get('etag')!;
    for (const edit of [{ incidents: [body.incidents[0]] }, { questions: { sexual: 'declined' } }, { consent: body.consent }, { respondent: body.respondent }]) {
      const ok = await patch(interviewer, body.id, edit, current);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('etag')).not.toBe(current);
      expect((await patch(interviewer, body.id, edit, current)).status).toBe(412);
      current = ok.headers.get('etag')!;
    }
  });

  it('returns a case with a reason the interviewer sees (not the logs), who fixes it and resubmits', async () => {
    const body = caseBody();
    await call(interviewer, 'POST', '/cases', { ...body, submit: true });
    await untilInReview(body.id);
    expect((await call(admin, 'POST', `/cases/${body.id}/return`, {})).status).toBe(400);
    expect((await call(admin, 'POST', `/cases/${body.id}/return`, { reason: 'x'.repeat(2001) })).status).toBe(400);
    const reason = 'Incident 2: the place names a street; keep it to the city. Ref marker Q7Z.';
    const returned = await call(admin, 'POST', `/cases/${body.id}/return`, { reason });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('draft');

    const mine = await call(interviewer, 'GET', `/cases/${body.id}`);
    expect(mine.body).toMatchObject({ status: 'draft', returnReason: reason });
    const list = await call(interviewer, 'GET', '/cases?status=draft&limit=200');
    expect(list.body.items.find((c: { id: string }) => c.id === body.id)).toMatchObject({ returnReason: reason, returnedAt: expect.any(String) });
    expect((await call(researcher, 'GET', `/cases/${body.id}`)).status).toBe(403);
    expect(api.logs.join('\n')).not.toContain('Q7Z');
    const [event] = await db.query(`SELECT summary FROM audit_events WHERE action = 'case.return' AND target_id = $1`, [body.id]);
    expect(JSON.stringify(event.summary)).not.toContain('Q7Z');
    // The reason is stored encrypted.
    const [stored] = await db.query(`SELECT return_reason_ciphertext FROM cases WHERE id = $1`, [body.id]);
    expect(stored.return_reason_ciphertext.toString('latin1')).not.toContain('Q7Z');

    const fixed = await patch(interviewer, body.id, { incidents: body.incidents.map((i: object) => ({ ...i, place: 'Almaty' })) }, mine.headers.get('etag')!);
    expect(fixed.status).toBe(200);
    const resubmitted = await call(interviewer, 'POST', `/cases/${body.id}/submit`);
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.returnReason).toBeNull();
    expect((await row(body.id)).returned_at).toBeNull();
  });

  it('never approves a proposal made for an older narrative: an admin edit queues a new one', async () => {
    const body = caseBody();
    await call(interviewer, 'POST', '/cases', { ...body, submit: true });
    await untilInReview(body.id);
    const review = await call(admin, 'GET', `/cases/${body.id}/redaction`);
    expect(review.body.proposal.redacted).toContain('[PERSON]');
    const etag = (await call(admin, 'GET', `/cases/${body.id}`)).headers.get('etag')!;
    const edited = await patch(admin, body.id, { narrative: 'Her friend Dana Omarova drove her to the clinic.' }, etag);
    expect(edited.status).toBe(200);
    // The second admin, still holding the old version, meets the check.
    expect((await patch(secondAdmin, body.id, { city: 'Almaty' }, etag)).status).toBe(412);
    // Until the new proposal exists, there is nothing to approve; then it is the new text's.
    const early = await call(admin, 'POST', `/cases/${body.id}/redaction/approve`);
    if (early.status !== 200) {
      expect(early.status).toBe(409);
      await eventually(async () => (await call(admin, 'GET', `/cases/${body.id}/redaction`)).body.proposal?.redacted?.includes('[PERSON] drove'));
      expect((await call(admin, 'POST', `/cases/${body.id}/redaction/approve`)).status).toBe(200);
    }
    const [p] = await db.query(`SELECT narrative_version FROM redaction_proposals WHERE case_id = $1`, [body.id]);
    expect(p.narrative_version).toBe(2);
  });

  it('audits the bulk re-queue and sends it through the outbox', async () => {
    const queued = await call(admin, 'POST', '/redaction/requeue');
    expect(queued.status).toBe(202);
    const [event] = await db.query(`SELECT actor_id FROM audit_events WHERE action = 'redaction.requeue.requested' AND target_id = $1`, [queued.body.jobId]);
    expect(event.actor_id).toBe(admin.id);
    expect(await db.query(`SELECT 1 FROM outbox WHERE job_id = $1`, [queued.body.jobId])).toHaveLength(1);
    await eventually(async () => ['completed', 'active', 'waiting'].includes((await call(admin, 'GET', `/redaction/requeue/${queued.body.jobId}`)).body.state));
  });

  describe('lifecycle and repository on the real database', () => {
    const STATUSES: CaseStatus[] = ['draft', 'submitted', 'in_review', 'published', 'archived', 'withdrawn'];

    it('allows exactly the lifecycle table: every transition from every state, for the allowed role; version and updated_at move', async () => {
      const cases = api.app.get(CasesService);
      const adminActor = actorOf({ id: admin.id, role: 'admin', organisationId: (await db.query(`SELECT organisation_id FROM users WHERE id = $1`, [admin.id]))[0].organisation_id, sessionId: 'test' }, null);
      const outcomes: string[] = [];
      for (const [transition, rule] of Object.entries(TRANSITIONS) as Array<[Transition, (typeof TRANSITIONS)[Transition]]>) {
        for (const from of STATUSES) {
          const body = caseBody({ narrative: undefined });
          await call(admin, 'POST', '/cases', body);
          // Put the case in the state under test (the test's own set-up, beside the rules).
          await db.query(`UPDATE cases SET status = $2, redaction_status = 'none' WHERE id = $1`, [body.id, from]);
          const before = await row(body.id);
          let result: string;
          try {
            await cases.transition(adminActor, body.id, transition, transition === 'return' ? 'A reason.' : undefined);
            result = 'ok';
          } catch (error) {
            result = (error as { code?: string }).code ?? 'error';
          }
          const after = await row(body.id);
          const allowed = (rule.from as readonly CaseStatus[]).includes(from);
          outcomes.push(`${transition} from ${from}: ${result}`);
          if (allowed && transition === 'withdraw') {
            // Consent withdrawn: the case is deleted (see tests/erasure.e2e.ts).
            expect({ transition, from, result, after }).toEqual({ transition, from, result: 'ok', after: undefined });
          } else if (allowed) {
            expect({ transition, from, result, status: after.status }).toEqual({ transition, from, result: 'ok', status: transition === 'submit' ? expect.stringMatching(/submitted|in_review/) : rule.to });
            expect(after.version).toBeGreaterThan(before.version);
            expect(new Date(after.updated_at).getTime()).toBeGreaterThan(new Date(before.updated_at).getTime());
          } else {
            expect({ transition, from, result }).toEqual({ transition, from, result: 'invalid-state-transition' });
            expect(after.version).toBe(before.version);
          }
        }
      }
      expect(outcomes).toHaveLength(Object.keys(TRANSITIONS).length * STATUSES.length);
    });

    it('moves only from the expected states for system transitions, bumping version and updated_at', async () => {
      const repo = api.app.get(CaseRepository);
      const ids: string[] = [];
      for (const from of STATUSES) {
        const body = caseBody({ narrative: undefined });
        await call(admin, 'POST', '/cases', body);
        await db.query(`UPDATE cases SET status = $2 WHERE id = $1`, [body.id, from]);
        ids.push(body.id);
      }
      const before = await Promise.all(ids.map(row));
      const rule = SYSTEM_TRANSITIONS.propose;
      const moved = await db.transaction((manager) => repo.moveStatus(manager, ids, rule.from, rule.to));
      expect(moved).toEqual([ids[STATUSES.indexOf('submitted')]]);
      const after = await Promise.all(ids.map(row));
      ids.forEach((_, i) => {
        if (STATUSES[i] === 'submitted') {
          expect(after[i].status).toBe('in_review');
          expect(after[i].version).toBe(before[i].version + 1);
        } else expect(after[i]).toEqual(before[i]);
      });
    });
  });
});
