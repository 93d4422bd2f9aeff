import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { http, startApi, type RunningApi } from './support/api';
import { caseBody } from './support/cases';
import { signIn, type SignedIn } from './support/identity';
import { eventually, startWorker } from './support/worker';
import type { INestApplicationContext } from '@nestjs/common';

describe('case documentation', () => {
  let api: RunningApi;
  let db: DataSource;
  let interviewer: SignedIn;
  let otherInterviewer: SignedIn;
  let researcher: SignedIn;
  let admin: SignedIn;
  let worker: INestApplicationContext;
  const post = (path: string, who: SignedIn, body?: unknown, headers?: Record<string, string>) =>
    http(`${api.url}/api/v1${path}`, { method: 'POST', body, token: who.accessToken, headers });
  const get = (path: string, who: SignedIn) => http(`${api.url}/api/v1${path}`, { token: who.accessToken });

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    interviewer = await signIn(api, 'interviewer', 'Cases NGO');
    otherInterviewer = await signIn(api, 'interviewer', 'Cases NGO');
    researcher = await signIn(api, 'researcher', 'Cases NGO');
    admin = await signIn(api, 'admin', 'Cases NGO');
    worker = await startWorker();
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  /** Submitted → the worker proposes a redaction → in review. */
  const untilInReview = (id: string) => eventually(async () => (await get(`/cases/${id}`, admin)).body.status === 'in_review');
  const publish = async (id: string) => {
    await untilInReview(id);
    return post(`/cases/${id}/redaction/approve`, admin);
  };

  it('runs the full flow: submit, review, publish, archive; researchers never see the record', async () => {
    const body = caseBody();
    const created = await post('/cases', interviewer, body);
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/v1/cases/${body.id}`);
    expect(created.body).toMatchObject({ id: body.id, status: 'draft', country: 'KZ', interviewMonth: '2026-10', hasNarrative: true });
    expect(created.body.reference).toMatch(/^KZ-[2-9A-HJKMNP-TV-Z]{6}$/);
    expect(created.body.incidents).toHaveLength(2);
    expect(created.body.incidents[0].abuses).toEqual(['condom_confiscation', 'extortion', 'physical_violence']);

    // Rows, not just a response: the case, its incidents, perpetrators, abuses and the audit event.
    const [counts] = await db.query(
      `SELECT (SELECT count(*) FROM incidents WHERE case_id = $1)::int AS incidents,
              (SELECT count(*) FROM incident_abuses a JOIN incidents i ON i.id = a.incident_id WHERE i.case_id = $1)::int AS abuses,
              (SELECT count(*) FROM audit_events WHERE target_id = $1::text AND action = 'case.created')::int AS audited`,
      [body.id],
    );
    expect(counts).toEqual({ incidents: 2, abuses: 4, audited: 1 });

    expect((await get(`/cases/${body.id}/narrative`, interviewer)).body.narrative).toBe(body.narrative);
    expect((await post(`/cases/${body.id}/submit`, interviewer)).body.status).toBe('submitted');
    // Submitted: the interviewer can no longer read the raw narrative.
    expect((await get(`/cases/${body.id}/narrative`, interviewer)).status).toBe(404);
    expect((await get(`/cases/${body.id}`, researcher)).status).toBe(403);

    await untilInReview(body.id);
    expect((await get(`/cases/${body.id}/narrative`, admin)).body.narrative).toBe(body.narrative);
    const review = await get(`/cases/${body.id}/redaction`, admin);
    expect(review.body.narrative).toBe(body.narrative);
    expect(review.body.proposal.redacted).toContain('[PERSON]');
    expect(review.body.proposal.redacted).toContain('[PHONE]');
    expect((await post(`/cases/${body.id}/publish`, admin)).status).toBe(409);
    expect((await post(`/cases/${body.id}/redaction/approve`, admin)).body.status).toBe('published');

    // Published: still no record for researchers (aggregates and quotations only).
    expect((await get(`/cases/${body.id}`, researcher)).status).toBe(403);
    expect((await get(`/cases?status=published`, researcher)).status).toBe(403);
    expect((await post(`/cases/${body.id}/archive`, admin)).body.status).toBe('archived');

    const reads = await db.query(`SELECT actor_id FROM audit_events WHERE action = 'case.narrative.read' AND target_id = $1`, [body.id]);
    expect(reads.map((r: { actor_id: string }) => r.actor_id).sort()).toEqual([interviewer.id, admin.id].sort());
  });

  it('stores the narrative encrypted: the ciphertext never contains the plaintext', async () => {
    const body = caseBody({ narrative: 'Unique marker phrase: the officer with the scar took 20000 tenge.' });
    await post('/cases', interviewer, body);
    const [row] = await db.query(`SELECT key_id, ciphertext FROM narratives WHERE case_id = $1`, [body.id]);
    // Sealed under the case's own key, which is wrapped in the keystore by the newest narrative key.
    expect(row.key_id).toBe('@case');
    const [key] = await db.query(`SELECT kek_id, wrapped FROM keystore.case_keys WHERE case_id = $1`, [body.id]);
    expect(key.kek_id).toBe(process.env.NARRATIVE_KEYS!.split(',').at(-1)!.split(':')[0]);
    expect(key.wrapped.length).toBeGreaterThan(28);
    const bytes: Buffer = row.ciphertext;
    for (const needle of ['Unique marker', 'officer', '20000', 'tenge']) {
      expect(bytes.includes(Buffer.from(needle))).toBe(false);
      expect(bytes.toString('latin1')).not.toContain(needle);
    }
  });

  it('answers a retry with the same Idempotency-Key and body with the original response, and a different body with 422', async () => {
    const key = `retry-${randomUUID()}`;
    const body = caseBody();
    const first = await post('/cases', interviewer, body, { 'idempotency-key': key });
    const again = await post('/cases', interviewer, body, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const changed = await post('/cases', interviewer, { ...body, country: 'KG' }, { 'idempotency-key': key });
    expect(changed.status).toBe(422);
    expect(changed.body.type).toBe('urn:casebook:problem:idempotency-key-reused');
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM cases WHERE id = $1`, [body.id]);
    expect(n).toBe(1);

    // Concurrent retries of one submission (a phone resending): exactly one case.
    const burstKey = `burst-${randomUUID()}`;
    const burstBody = caseBody();
    const responses = await Promise.all(Array.from({ length: 5 }, () => post('/cases', interviewer, burstBody, { 'idempotency-key': burstKey })));
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(responses.map((r) => r.body.reference)).size).toBe(1);
    const [{ m }] = await db.query(`SELECT count(*)::int AS m FROM cases WHERE id = $1`, [burstBody.id]);
    expect(m).toBe(1);
  });

  it('refuses a country that is not in the region list (XX, ZZ, lower case) for the case and every incident, storing nothing', async () => {
    const before = (await db.query(`SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM incidents)::int AS incidents`))[0];
    for (const bad of ['XX', 'ZZ', 'kz']) {
      const base = caseBody();
      const onCase = await post('/cases', interviewer, { ...base, country: bad });
      expect([bad, onCase.status]).toEqual([bad, 422]);
      expect(onCase.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(onCase.body.errors).toEqual([expect.objectContaining({ pointer: '/country' })]);
      const onIncident = await post('/cases', interviewer, { ...base, incidents: [base.incidents[0], { ...base.incidents[1], country: bad }] });
      expect([bad, onIncident.status]).toEqual([bad, 422]);
      expect(onIncident.body.errors).toEqual([expect.objectContaining({ pointer: '/incidents/1/country' })]);
      const both = await post('/cases', interviewer, { ...base, country: bad, incidents: [{ ...base.incidents[0], country: bad }], submit: true }, { 'idempotency-key': `country-${randomUUID()}` });
      expect(both.status).toBe(422);
      expect(both.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/country', '/incidents/0/country']);
    }
    expect((await db.query(`SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM incidents)::int AS incidents`))[0]).toEqual(before);

    // An edit is held to the same rule: nothing changes, the version stays.
    const body = caseBody();
    const created = await post('/cases', interviewer, body);
    const etag = created.headers.get('etag')!;
    for (const [edit, pointer] of [
      [{ country: 'XX' }, '/country'],
      [{ country: 'kz' }, '/country'],
      [{ incidents: [{ ...body.incidents[0], country: 'ZZ' }] }, '/incidents/0/country'],
    ] as const) {
      const r = await http(`${api.url}/api/v1/cases/${body.id}`, { method: 'PATCH', body: edit, token: interviewer.accessToken, headers: { 'if-match': etag } });
      expect([pointer, r.status]).toEqual([pointer, 422]);
      expect(r.body.errors).toEqual([expect.objectContaining({ pointer })]);
    }
    const [stored] = await db.query(`SELECT country, version FROM cases WHERE id = $1`, [body.id]);
    expect(stored).toEqual({ country: 'KZ', version: created.body.version });
    expect((await db.query(`SELECT DISTINCT country FROM incidents WHERE case_id = $1`, [body.id])).map((r: { country: string }) => r.country)).toEqual(['KZ']);
    // A country of the list is accepted.
    const moved = await http(`${api.url}/api/v1/cases/${body.id}`, { method: 'PATCH', body: { country: 'KG', regionCode: null, region: null }, token: interviewer.accessToken, headers: { 'if-match': etag } });
    expect(moved.status).toBe(200);
    expect(moved.body.country).toBe('KG');
  });

  it('rejects bad input with a problem naming each field, and stores nothing', async () => {
    const before = (await db.query(`SELECT count(*)::int AS n FROM cases`))[0].n;
    const base = caseBody();
    const cases: Array<[string, unknown, number, string[]]> = [
      ['unknown code', { ...base, incidents: [{ ...base.incidents[0], abuses: ['extortion', 'not_a_code'] }] }, 422, ['/incidents/0/abuses/1']],
      ['wrong types', { ...base, country: 7, incidents: [{ ...base.incidents[0], year: 'last year' }] }, 400, ['/country', '/incidents/0/year']],
      ['no incidents', { ...base, incidents: [] }, 400, ['/incidents']],
      ['future date', { ...base, interviewMonth: '2099-01' }, 422, ['/interviewMonth']],
      ['narrative too long', { ...base, narrative: 'x'.repeat(20_001) }, 400, ['/narrative']],
      ['identifying field', { ...base, respondent: { ...base.respondent, name: 'Aigerim', phone: '+77011234567' } }, 400, ['/respondent/name', '/respondent/phone']],
      ['street address in place', { ...base, city: 'ул. Абая 15, кв. 3' }, 400, ['/city']],
    ];
    for (const [label, body, status, pointers] of cases) {
      const response = await post('/cases', interviewer, body);
      expect([label, response.status]).toEqual([label, status]);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const got = (response.body.errors as Array<{ pointer: string }>).map((e) => e.pointer);
      for (const pointer of pointers) expect([label, got]).toEqual([label, expect.arrayContaining([pointer])]);
    }
    const oversized = await post('/cases', interviewer, { ...base, narrative: 'я'.repeat(200_000) });
    expect(oversized.status).toBe(413);
    const malformed = await http(`${api.url}/api/v1/cases`, { method: 'POST', raw: '{"country":', headers: { 'content-type': 'application/json' }, token: interviewer.accessToken });
    expect(malformed.status).toBe(400);
    const wrongType = await http(`${api.url}/api/v1/cases`, { method: 'POST', raw: 'country=KZ', headers: { 'content-type': 'text/plain' }, token: interviewer.accessToken });
    expect(wrongType.status).toBe(415);
    expect((await db.query(`SELECT count(*)::int AS n FROM cases`))[0].n).toBe(before);
  });

  it('enforces lifecycle rules per role, with 409 and the reason for illegal transitions', async () => {
    const body = caseBody();
    await post('/cases', interviewer, body);
    const id = body.id;
    expect((await post(`/cases/${id}/publish`, admin)).status).toBe(409);
    expect((await post(`/cases/${id}/publish`, admin)).body.detail).toMatch(/draft cannot be published/);
    expect((await post(`/cases/${id}/submit`, otherInterviewer)).status).toBe(404);
    expect((await post(`/cases/${id}/submit`, researcher)).status).toBe(403);
    expect((await post(`/cases/${id}/review`, interviewer)).status).toBe(403);
    expect((await post(`/cases/${id}/submit`, interviewer)).status).toBe(200);
    expect((await post(`/cases/${id}/submit`, interviewer)).status).toBe(409);
    await untilInReview(id);
    expect((await post(`/cases/${id}/return`, admin, { reason: 'The second incident needs its month.' })).body.status).toBe('draft');
    // Resubmitted unchanged: back into review with the same proposal.
    expect((await post(`/cases/${id}/submit`, interviewer)).body.status).toBe('in_review');
    expect((await post(`/cases/${id}/archive`, admin)).status).toBe(409);
  });

  it('scopes reading in SQL: own cases for interviewers, all for admins, none for researchers', async () => {
    const mine = caseBody();
    const theirs = caseBody();
    await post('/cases', interviewer, mine);
    await post('/cases', otherInterviewer, theirs);
    expect((await get(`/cases/${theirs.id}`, interviewer)).status).toBe(404);
    const list = await get('/cases?limit=200', interviewer);
    const ids = list.body.items.map((c: { id: string }) => c.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect((await get(`/cases/${theirs.id}`, admin)).status).toBe(200);
    expect((await get('/cases?limit=200', researcher)).status).toBe(403);
  });

  it('paginates with a cursor and filters by perpetrator, abuse, country and period', async () => {
    const tag = { country: 'TM', incidents: [{ ...caseBody().incidents[0], country: 'TM', year: 2024, month: 3, perpetrators: [{ type: 'border_migration', involvement: 'carried_out' }], abuses: ['deportation'] }] };
    for (let i = 0; i < 5; i++) await post('/cases', admin, caseBody(tag));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await get(`/cases?country=TM&limit=2${cursor ? `&cursor=${cursor}` : ''}`, admin);
      seen.push(...page.body.items.map((c) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect((await get('/cases?country=TM&perpetratorType=border_migration&abuseCategory=deportation&from=2024-01&to=2024-06', admin)).body.items).toHaveLength(5);
    expect((await get('/cases?country=TM&from=2024-04', admin)).body.items).toHaveLength(0);
    expect((await get('/cases?cursor=bogus', admin)).status).toBe(422);
    // Opaque: a cursor decodes to no time and no id, and a forged one of the old shape is refused.
    const first = (await get('/cases?country=TM&limit=2', admin)).body.nextCursor as string;
    const decoded = Buffer.from(first, 'base64url').toString('latin1');
    expect(decoded).not.toMatch(/\d{4}-\d\d-\d\d|[0-9a-f]{8}-[0-9a-f]{4}/);
    const forged = Buffer.from(JSON.stringify(['2026-02-30T99:00:00.000000', 'not-a-uuid'])).toString('base64url');
    expect((await get(`/cases?cursor=${forged}`, admin)).status).toBe(422);
  });

  it('deletes the case on withdrawal and keeps the audit trail', async () => {
    const body = caseBody();
    await post('/cases', interviewer, body);
    await post(`/cases/${body.id}/submit`, interviewer);
    await publish(body.id);
    const withdrawn = await post(`/cases/${body.id}/withdraw`, interviewer, { reason: 'consent_withdrawn' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', hasNarrative: false });
    expect(await db.query(`SELECT 1 FROM narratives WHERE case_id = $1`, [body.id])).toEqual([]);
    expect(await db.query(`SELECT 1 FROM redaction_proposals WHERE case_id = $1`, [body.id])).toEqual([]);
    expect((await get(`/cases/${body.id}`, researcher)).status).toBe(403);
    expect((await get(`/cases/${body.id}/narrative`, admin)).status).toBe(404);
    const trail = await db.query(`SELECT action FROM audit_events WHERE target_id = $1 ORDER BY seq`, [body.id]);
    expect(trail.map((r: { action: string }) => r.action)).toEqual([
      'case.created',
      'case.submit',
      'case.redaction.proposed',
      'case.redaction.approved',
      'case.publish',
      'case.withdraw',
      'case.deleted',
    ]);
    expect((await get(`/cases/${body.id}`, admin)).status).toBe(404);
  });
});
