import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@casebook/database';
import { contrastRatio, type ReportResult } from '@casebook/reports';
import { MIGRATIONS } from '../migrations';
import { http, startApi, type RunningApi } from './support/api';
import { createUser, signIn, type SignedIn } from './support/identity';
import { ensureRelease, requestReport } from './support/reports';
import { readEnvFile, TEST_ENV_FILE } from './support/test-env';
import { eventually, startWorker } from './support/worker';

/**
 * SWAN's "Arrest the Violence" shape, loaded through the API: 211 respondents
 * in 10 countries, Russia in two regions, Kyrgyz respondents not all asked
 * about physical violence, no sexual violence by police in Lithuania and the
 * Czech Republic. Each country: [country, region, respondents, asked about
 * physical violence, physically assaulted by police, sexually assaulted by police].
 */
const FIXTURE: Array<[string, string, number, number, number, number]> = [
  ['KG', 'KG-GB', 19, 14, 9, 5],
  ['RU', 'RU-NVS', 20, 20, 11, 4], // Siberia
  ['RU', 'RU-SPE', 20, 20, 6, 3], // North-West
  ['LT', 'LT-VL', 15, 15, 3, 0],
  ['CZ', 'CZ-10', 20, 20, 4, 0],
  ['HU', 'HU-BU', 20, 20, 8, 2],
  ['RO', 'RO-B', 20, 20, 12, 6],
  ['RS', 'RS-00', 19, 19, 7, 3],
  ['MK', 'MK-814', 20, 20, 9, 5],
  ['UA', 'UA-30', 20, 20, 10, 4],
  ['SK', 'SK-BL', 18, 18, 7, 3],
];

function respondent(country: string, regionCode: string, opts: { asked: boolean; physical: boolean; sexual: boolean }) {
  const incident = (perpetrator: string, abuses: string[]) => ({
    year: 2023,
    month: 6,
    country,
    locationType: 'street',
    perpetrators: [{ type: perpetrator, involvement: 'carried_out' }],
    abuses,
    reportedToAuthorities: 'no_distrust',
  });
  const incidents = [incident('client', ['theft_robbery'])];
  if (opts.physical) incidents.push(incident('police', ['physical_violence']));
  if (opts.sexual) incidents.push(incident('police', ['rape']));
  return {
    id: randomUUID(),
    interviewMonth: '2024-02',
    country,
    regionCode,
    consent: { research: true, advocacy: true, publicQuotation: false, recordedOn: '2024-02-10' },
    respondent: { gender: 'female', ageBand: '25_34', workSetting: 'street', migrantStatus: 'not_migrant' },
    questions: opts.asked ? {} : { physical: 'not_asked' },
    incidents,
    submit: true,
  };
}

describe('statistics a network can publish (SWAN-shaped fixture)', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;
  let admin: SignedIn;
  let researcher: SignedIn;
  let interviewer: SignedIn;

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker();
    admin = await signIn(api, 'admin', 'SWAN test');
    researcher = await signIn(api, 'researcher', 'SWAN test');
    interviewer = await signIn(api, 'interviewer', 'SWAN test');
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('converts free-text regions where one subdivision matches, flags the rest for an admin', async () => {
    const env = readEnvFile(TEST_ENV_FILE);
    const db = new DataSource(dataSourceOptions(env.DATABASE_URL, 'statistics-migration', { migrations: MIGRATIONS }));
    await db.initialize();
    try {
      const user = await createUser(api, 'interviewer', 'Migration NGO');
      // Back to before the regions migration (later migrations are reverted first).
      for (;;) {
        const [last]: Array<{ name: string }> = await db.query(`SELECT name FROM schema_migrations ORDER BY id DESC LIMIT 1`);
        await db.undoLastMigration({ transaction: 'each' });
        if (last.name === 'RegionsAndBases1795320000000') break;
      }
      const texts: Array<[string, string]> = [
        ['RU', 'Новосибирская обл.'],
        ['KG', 'Bishkek'],
        ['KZ', 'Almaty'], // the city and the region around it: ambiguous
        ['RU', 'somewhere in the north'],
      ];
      const ids = texts.map(() => randomUUID());
      for (const [i, [country, region]] of texts.entries()) {
        await db.query(
          `INSERT INTO cases (id, reference, organisation_id, interviewer_id, status, interview_month, country, region, consent_research, consent_advocacy,
                              consent_quotation, consent_recorded_on, gender, age_band, work_setting, migrant_status)
           VALUES ($1, $2, $3, $4, 'draft', '2024-01-01', $5, $6, true, false, false, '2024-01-05', 'female', '25_34', 'street', 'none')`,
          [ids[i], `MIG-${i}-${ids[i].slice(0, 6)}`, user.organisationId, user.id, country, region],
        );
      }
      await db.runMigrations({ transaction: 'each' });
      const rows: Array<{ id: string; region_code: string | null; region_unresolved: boolean; region: string }> = await db.query(
        `SELECT id, region_code, region_unresolved, region FROM cases WHERE id = ANY($1)`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(ids.map((id) => [byId.get(id)!.region_code, byId.get(id)!.region_unresolved])).toEqual([
        ['RU-NVS', false],
        ['KG-GB', false],
        [null, true],
        [null, true],
      ]);
      // The free text stays as it was; the admin's list shows what is left to resolve.
      expect(byId.get(ids[3])!.region).toBe('somewhere in the north');
      const unresolved = await http(`${api.url}/api/v1/regions/unresolved`, { token: admin.accessToken });
      expect(unresolved.body.items.map((i: { caseId: string }) => i.caseId)).toEqual(expect.arrayContaining([ids[2], ids[3]]));
      expect((await http(`${api.url}/api/v1/regions/unresolved`, { token: researcher.accessToken })).status).toBe(403);
      await db.query(`DELETE FROM cases WHERE id = ANY($1)`, [ids]);
    } finally {
      await db.destroy();
    }
  }, 120_000);

  it('validates regions, questions and answers: a clear error naming each field, nothing stored', async () => {
    const good = respondent('KG', 'KG-GB', { asked: false, physical: false, sexual: true });
    const bad = {
      ...good,
      id: randomUUID(),
      regionCode: 'RU-NVS',
      questions: { physical: 'not_asked', spiritual: 'declined', sexual: 'maybe' },
      incidents: [{ ...good.incidents[0], abuses: ['physical_violence'], regionCode: 'XX-1' }],
    };
    const response = await http(`${api.url}/api/v1/cases`, { body: bad, token: interviewer.accessToken });
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(
      ['/incidents/0/abuses/0', '/incidents/0/regionCode', '/questions/sexual', '/questions/spiritual', '/regionCode'].sort(),
    );
    expect((await http(`${api.url}/api/v1/cases/${bad.id}`, { token: admin.accessToken })).status).toBe(404);
    const regions = await http(`${api.url}/api/v1/regions?country=RU&lang=ru`, { token: interviewer.accessToken });
    expect(regions.body.regions).toEqual(expect.arrayContaining([{ code: 'RU-NVS', country: 'RU', name: 'Новосибирская область' }]));
  });

  it("reproduces SWAN's table: regions, per-question bases, zeros, in every export", async () => {
    // Admins group regions the way SWAN did.
    const siberia = await http(`${api.url}/api/v1/region-groups/siberia`, {
      method: 'PUT',
      body: { country: 'RU', labelEn: 'Siberia', labelRu: 'Сибирь', members: ['RU-NVS', 'RU-OMS', 'RU-KEM', 'RU-TOM', 'RU-KYA', 'RU-ALT', 'RU-IRK'] },
      token: admin.accessToken,
    });
    expect(siberia.status).toBe(200);
    await http(`${api.url}/api/v1/region-groups/north_west`, {
      method: 'PUT',
      body: { country: 'RU', labelEn: 'North-West', labelRu: 'Северо-Запад', members: ['RU-SPE', 'RU-LEN', 'RU-KGD', 'RU-ARK', 'RU-MUR', 'RU-PSK', 'RU-NGR', 'RU-KR', 'RU-KO', 'RU-VLG'] },
      token: admin.accessToken,
    });
    const badGroup = await http(`${api.url}/api/v1/region-groups/wrong`, {
      method: 'PUT',
      body: { country: 'RU', labelEn: 'Wrong', labelRu: 'Неверно', members: ['KZ-75'] },
      token: admin.accessToken,
    });
    expect(badGroup.status).toBe(422);
    expect(badGroup.body.errors).toEqual([expect.objectContaining({ pointer: '/members/0', message: 'is not a region of RU' })]);
    expect((await http(`${api.url}/api/v1/region-groups/siberia`, { method: 'PUT', body: {}, token: researcher.accessToken })).status).toBe(403);

    // 211 respondents through the API: created, submitted, reviewed, published.
    const ids: string[] = [];
    for (const [country, region, n, asked, physical, sexual] of FIXTURE) {
      for (let i = 0; i < n; i++) {
        // The first `physical` asked respondents were assaulted; the unasked come last (never counted as "no").
        const body = respondent(country, region, { asked: i < asked, physical: i < physical, sexual: i >= n - sexual });
        const created = await http(`${api.url}/api/v1/cases`, { body, token: interviewer.accessToken });
        if (created.status !== 201) throw new Error(`${created.status} ${JSON.stringify(created.body)}`);
        ids.push(body.id);
      }
    }
    expect(ids).toHaveLength(211);
    for (const id of ids) {
      await eventually(async () => (await http(`${api.url}/api/v1/cases/${id}`, { token: admin.accessToken })).body.status === 'in_review', 60_000);
      expect((await http(`${api.url}/api/v1/cases/${id}/redaction/approve`, { method: 'POST', token: admin.accessToken })).status).toBe(200);
    }

    // The fixture's own organisation (admins may filter by it), whatever else the database holds.
    const organisationId = (await http(`${api.url}/api/v1/me`, { token: interviewer.accessToken })).body.organisationId as string;
    const scope = { countries: FIXTURE.map(([c]) => c).filter((c, i, all) => all.indexOf(c) === i), perpetratorTypes: ['police'], abuses: 'group', k: 5, organisationId };
    const exact = async (extra: object, lang = 'en'): Promise<ReportResult> => (await requestReport(api, admin, { ...scope, exact: true, lang, ...extra })).result;
    const column = (r: ReportResult, key: string) => {
      const c = r.crossTab.columns.findIndex((col) => col.key === key);
      return { ...r.crossTab.columnTotals[c], base: r.crossTab.columnBases[c].respondents };
    };

    // Kyrgyzstan: 9 of the 14 asked (64.3 %), not 9 of 19.
    const kg = await exact({ countries: ['KG'] });
    expect(kg.total.respondents).toBe(19);
    expect(column(kg, 'physical')).toMatchObject({ respondents: 9, base: 14, pctRespondents: 64.3 });
    expect(column(kg, 'sexual')).toMatchObject({ respondents: 5, base: 19, pctRespondents: 26.3 });
    // Russia's regions, by group: Siberia 11 of 20, North-West 6 of 20.
    expect(column(await exact({ countries: ['RU'], regionGroups: ['siberia'] }), 'physical')).toMatchObject({ respondents: 11, base: 20, pctRespondents: 55 });
    expect(column(await exact({ countries: ['RU'], regionGroups: ['north_west'] }), 'physical')).toMatchObject({ respondents: 6, base: 20, pctRespondents: 30 });
    // The whole table: 86 of 206 asked; every country a row, Lithuania's and the Czech Republic's zeros shown.
    const all = await exact({ compareBy: 'country' });
    expect(all.total.respondents).toBe(211);
    expect(column(all, 'physical')).toMatchObject({ respondents: 86, base: 206, pctRespondents: 41.7 });
    const comparison = all.comparison!;
    const unit = (code: string) => comparison.units.findIndex((u) => u.key === code);
    const sexual = comparison.columns.findIndex((c) => c.key === 'sexual');
    const physicalCol = comparison.columns.findIndex((c) => c.key === 'physical');
    for (const country of ['LT', 'CZ']) expect(comparison.cells[unit(country)][sexual]).toMatchObject({ respondents: 0, suppressed: false, pctRespondents: 0 });
    expect(comparison.cells[unit('KG')][physicalCol]).toMatchObject({ respondents: 9, pctRespondents: 64.3 });
    expect(comparison.bases[unit('KG')][physicalCol]).toEqual({ respondents: 14, suppressed: false });
    expect(comparison.units.map((u) => u.label)).toEqual(expect.arrayContaining(['Kyrgyzstan', 'Czechia', 'Lithuania']));
    const byGroup = await exact({ countries: ['RU'], compareBy: 'region_group' }, 'ru');
    expect(byGroup.comparison!.units.map((u) => u.label).sort()).toEqual(['Северо-Запад', 'Сибирь']);
    expect(byGroup.breakdowns.region.rows.map((r) => [r.label, r.respondents])).toEqual(
      expect.arrayContaining([
        ['Новосибирская область', 20],
        ['Санкт-Петербург', 20],
      ]),
    );

    // A researcher's figures come from the protected release of 2023 only (no organisation filter for researchers).
    const { organisationId: _own, ...open } = scope;
    expect((await http(`${api.url}/api/v1/reports`, { body: { ...open, countries: ['KG'] }, token: researcher.accessToken })).status).toBe(409);
    await ensureRelease(api);
    // SWAN's headline, all countries: police physical violence 86 of 206 (41.7 %), its standard deviation under 1.5 points at
    // the default budget, and the published figure within 4 of them of the truth. (The noise is random: a fixed bound of
    // ±3 points, about two standard deviations, failed one run in twenty; four fail one in about 16,000.)
    const headline: ReportResult = (await requestReport(api, researcher, { ...open, countries: undefined })).result;
    const police = column(headline, 'physical');
    expect(police.sd).toBeGreaterThan(0);
    expect(police.pctSd).toBeGreaterThan(0);
    expect(police.pctSd!).toBeLessThan(1.5);
    expect(Math.abs(police.pctRespondents! - 41.7)).toBeLessThanOrEqual(4 * police.pctSd! + 0.05);
    expect(headline.rule.privacy).toMatchObject({ rho: 20, periods: ['2023'], delta: 1e-6 });
    expect(headline.rule.description).toMatch(/ρ = 20 \(ε = [\d.]+ at δ = 0.000001\)/);
    expect(headline.description.policy).toMatch(/standard deviation/);
    // Kyrgyzstan: a country's figure bears more noise (its sd says how much); within 4 sd of the truth.
    const researched: ReportResult = (await requestReport(api, researcher, { ...open, countries: ['KG'] })).result;
    const truth: ReportResult = (await requestReport(api, admin, { ...open, countries: ['KG'], exact: true })).result;
    for (const key of ['physical', 'sexual']) {
      const [shown, exactly] = [column(researched, key), column(truth, key)];
      // A count that falls below k is suppressed: no number, no percentage.
      if (shown.suppressed) expect([shown.respondents, shown.pctRespondents]).toEqual([null, null]);
      else expect(Math.abs(shown.respondents! - exactly.respondents!)).toBeLessThanOrEqual(4 * shown.sd!);
      expect(exactly.sd).toBeUndefined();
    }
    // The same question, asked again, gets the same answer (the release is fixed).
    expect((await requestReport(api, researcher, { ...open, countries: ['KG'], lang: 'en' })).result.crossTab).toEqual(researched.crossTab);
    // Siberia vs North-West, by region group: read from the regions' level.
    const regional: ReportResult = (await requestReport(api, researcher, { ...open, countries: ['RU'], compareBy: 'region_group' })).result;
    expect(regional.comparison!.units.map((u) => u.key).sort()).toEqual(['north_west', 'siberia']);
    // What the releases cannot answer: refused with the field and the reason.
    const months = await http(`${api.url}/api/v1/reports`, { body: { ...open, from: '2023-03', to: '2023-12' }, token: researcher.accessToken });
    expect(months.status).toBe(422);
    expect(months.body.errors).toEqual([expect.objectContaining({ pointer: '/from', code: 'release-whole-years', message: expect.stringMatching(/calendar year/) })]);
    const byGender = await http(`${api.url}/api/v1/reports`, { body: { ...open, genders: ['female'] }, token: researcher.accessToken });
    expect(byGender.status).toBe(422);
    expect(byGender.body.errors[0]).toMatchObject({ pointer: '/genders', message: expect.stringMatching(/breakdown/) });
    expect((await http(`${api.url}/api/v1/reports`, { body: { ...open, from: '2020-01', to: '2020-12' }, token: researcher.accessToken })).status).toBe(409);
    const researcherCsv = await (await fetch(`${api.url}/api/v1/reports/${(await requestReport(api, researcher, { ...open })).id}/download?format=csv`, { headers: { authorization: `Bearer ${researcher.accessToken}` } })).text();
    const researcherRows: Array<Record<string, string>> = parse(researcherCsv, { comment: '#', comment_no_infix: true, columns: true });
    const physicalRow = researcherRows.find((r) => r.table === 'crosstab_column_total' && r.column_key === 'physical');
    expect(Number(physicalRow!.sd_respondents)).toBeGreaterThan(0);
    expect(researcherCsv).toMatch(/# .*ρ = 20/);

    // Every export says what it covers: Russian throughout, with the bases.
    const report = await requestReport(api, admin, { ...scope, exact: true, lang: 'ru', compareBy: 'country' });
    const download = (format: string) => fetch(`${api.url}/api/v1/reports/${report.id}/download?format=${format}`, { headers: { authorization: `Bearer ${admin.accessToken}` } });
    const csv = await (await download('csv')).text();
    expect(csv).toMatch(/^# .*\n# название: /);
    expect(csv).toContain('# фильтры: Страны: ');
    expect(csv).toContain('Физическое насилие n = 206');
    const rows: Array<Record<string, string>> = parse(csv, { comment: '#', comment_no_infix: true, columns: true });
    const kgPhysicalRow = rows.find((r) => r.table === 'compare_country' && r.row_key === 'KG' && r.column_key === 'physical');
    expect(kgPhysicalRow).toMatchObject({ row_label: 'Кыргызстан', respondents: '9', pct_respondents: '64.3', base_respondents: '14' });
    const json = JSON.parse(await (await download('json')).text());
    expect(json.description).toMatchObject({ title: expect.stringContaining('Casebook'), period: 'все задокументированные случаи', casebookVersion: expect.stringMatching(/^\d/) });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await (await download('xlsx')).arrayBuffer()) as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Описание', 'Перекрёстная таблица', 'Сравнение', 'Все значения', 'Правило']);
    const svg = await (await download('svg')).text();
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('64,3\u00a0% (9 из 14)');
    expect(svg).toContain('Кыргызстан');
    expect(svg).not.toMatch(/>(KG|RU|LT|CZ|physical|sexual)</);
    // Readable: no text under 11 px; every figure on a coloured cell at 4.5:1 or more.
    for (const size of svg.matchAll(/font-size="(\d+)"/g)) expect(Number(size[1])).toBeGreaterThanOrEqual(11);
    const cells = [...svg.matchAll(/<rect class="cell" [^>]*fill="(#[0-9a-f]{6})"[^>]*>(?:<title>[^<]*<\/title>)?<\/rect>\n<text [^>]*fill="(#[0-9a-f]{6})"/g)];
    expect(cells.length).toBe(all.crossTab.rows.length * all.crossTab.columns.length);
    for (const m of cells) expect(contrastRatio(m[1], m[2])).toBeGreaterThanOrEqual(4.5);
    const png = await download('png');
    expect(png.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await png.arrayBuffer());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // The PNG is the SVG at twice its size: its width is read from the IHDR chunk.
    expect(bytes.readUInt32BE(16)).toBe(2 * Number(/width="(\d+)"/.exec(svg)![1]));
  }, 600_000);
});
