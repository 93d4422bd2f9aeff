import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Env } from '@casebook/config';
import { DataSource } from 'typeorm';
import { AuditService } from '@casebook/audit';
import { type Actor } from '@casebook/authz';
import { CASEBOOK_VERSION, canonicalJson, countryName } from '@casebook/common';
import { RegionsService, TaxonomyService } from '@casebook/taxonomy';
import { DomainError } from '@casebook/common';
import { enqueue } from '@casebook/outbox';
import { type Language, ReportEntity } from '@casebook/database';
import { QUEUES } from '@casebook/queues';
import { GROUP_LABELS } from './group-labels';
import { buildReport, type Categories, type KeyedCount, type RawAggregates, relabelReport, type ReportResult } from './report-builder';
import { KEY_MODULUS } from './perturbation';
import { DisclosurePolicyRepository } from './disclosure-policy.repository';
import { ReportRepository } from './report.repository';
import { addAggregates, aggregatesFromRollup, factFilter, planAggregation, rollupKinds, type RollupRow, type SqlFilter } from './aggregation-plan';
import { BREAKDOWNS, type Breakdown, type ReportParams } from './report-params';
import { textOf, toCsv, toSvg, toXlsx } from './renderers';
import { toPng } from './report-png';
import { ReleaseRepository } from './privacy/release.repository';
import { readReleases, releaseQuestion } from './privacy/release-reader';

/**
 * A question's identity: its parameters without the language it is written in,
 * so the same question asked again in another language is the same question
 * (reused, listed once, counted once), its answer written in the new language.
 */
export function questionHash(params: ReportParams): string {
  const { lang: _lang, ...question } = params;
  return createHash('sha256').update(canonicalJson(question)).digest('hex');
}

/** The formats a report downloads as. */
export const REPORT_FORMATS = ['json', 'csv', 'xlsx', 'svg', 'png'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];


/** What a requester asks for: the parameters without the policy's part, and (admins only) exact counts. */
export type ReportRequest = Omit<ReportParams, 'perturbation'> & { exact?: boolean };

export interface ReportView {
  id: string;
  status: string;
  progress: number;
  params: ReportParams;
  createdAt: string;
  finishedAt: string | null;
  error: string | null;
  reused: boolean;
  result: ReportResult | null;
}

const view = (r: ReportEntity, reused = false): ReportView => ({
  id: r.id,
  status: r.status,
  progress: r.progress,
  params: r.params as unknown as ReportParams,
  createdAt: r.createdAt.toISOString(),
  finishedAt: r.finishedAt?.toISOString() ?? null,
  error: r.error,
  reused,
  result: r.result as ReportResult | null,
});

/**
 * A case's record key is unique to it, so distinct keys are distinct cases: counting and summing
 * the same distinct values is cheaper for PostgreSQL than distinct case ids and distinct keys.
 */
const RESPONDENTS = `count(DISTINCT record_key)::int AS respondents`;
const CELL_KEY = `mod(sum(DISTINCT record_key), ${KEY_MODULUS})::float8 AS "cellKey"`;
const keyedCount = (x: KeyedCount): KeyedCount => ({ respondents: x.respondents, incidents: x.incidents, cellKey: x.cellKey });

const ROW_COLUMN = { type: 'perpetrator_type', group: 'perpetrator_group' } as const;
const COL_COLUMN = { type: 'abuse_category', group: 'abuse_group' } as const;

/**
 * Aggregate reports over published cases: requested by researchers and
 * admins, computed by the worker, stored with disclosure control applied,
 * reused while the data has not changed, downloaded as JSON, CSV, XLSX or SVG.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    private readonly policies: DisclosurePolicyRepository,
    private readonly releases: ReleaseRepository,
    private readonly reports: ReportRepository,
    config: ConfigService<Env, true>,
  ) {
    this.maxQueued = config.get('QUOTA_QUEUED_REPORTS', { infer: true });
  }

  /** Reports one account may have waiting or running at once (each is worker time). */
  private readonly maxQueued: number;

  /**
   * Queues a report, or reuses an identical one over unchanged data. The
   * disclosure policy in force decides the perturbation and the lowest k; a
   * researcher's distinct questions count against the policy's budget.
   */
  async request(actor: Actor, input: ReportRequest): Promise<ReportView> {
    if (input.organisationId && actor.role !== 'admin') {
      throw new DomainError('forbidden', 'Only admins may filter reports by organisation');
    }
    if (input.exact && actor.role !== 'admin') {
      throw new DomainError('forbidden', 'Only admins may ask for exact counts');
    }
    return this.dataSource.transaction(async (manager) => {
      const policy = await this.policies.get(manager);
      if (input.k < policy.k) {
        throw new DomainError('unprocessable', `k must be at least ${policy.k}, the disclosure policy's threshold`, {
          errors: [{ pointer: '/k', message: `must be at least ${policy.k} (the disclosure policy); a larger k gives more protection` }],
        });
      }
      const { exact, ...rest } = input;
      await this.checkPerpetrators(input);
      const releaseIds = exact ? [] : await this.releases.fingerprint();
      const params: ReportParams = {
        ...rest,
        ...(await this.regionFilterOf(input)),
        perturbation: null,
        source: exact ? 'exact' : 'release',
        ...(exact ? {} : { releases: releaseIds }),
      };
      // A question the releases cannot answer is refused now, naming the field and the reason (422), or 409 without a release.
      if (!exact) releaseQuestion(params, (await this.releases.list()).map((r) => r.period));
      const paramsHash = questionHash(params);
      const [{ version }] = await manager.query(`SELECT last_value::text AS version FROM report_data_version`);
      const [{ waiting }] = await manager.query(`SELECT count(*)::int AS waiting FROM reports WHERE requested_by_id = $1 AND status IN ('queued', 'running')`, [actor.id]);
      // The same question over unchanged data, in this language if it was asked in it, else in another one (then written anew in this one).
      const done = await manager
        .createQueryBuilder(ReportEntity, 'r')
        .where(`r.params_hash = :paramsHash AND r.data_version = :version AND r.status = 'done'`, { paramsHash, version })
        .orderBy(`(r.params->>'lang') = :lang`, 'DESC')
        .addOrderBy('r.created_at', 'DESC')
        .setParameter('lang', params.lang)
        .getOne();
      const answer = done?.result ? await this.inLanguage(done.result as unknown as ReportResult, params.lang) : null;
      const report = manager.create(ReportEntity, {
        id: randomUUID(),
        requestedById: actor.id,
        params: params as unknown as Record<string, unknown>,
        paramsHash,
        dataVersion: version,
        status: done ? 'done' : 'queued',
        progress: done ? 100 : 0,
        result: (answer as unknown as Record<string, unknown>) ?? null,
        error: null,
        finishedAt: done ? new Date() : null,
      });
      if (!done && waiting >= this.maxQueued) {
        throw new DomainError('too-many-requests', `You have ${waiting} reports waiting; ask again when one is done`, { retryAfterSeconds: 10 });
      }
      await manager.save(report);
      if (!done) {
        await enqueue(manager, { queue: QUEUES.reports, name: 'compute', jobId: `report-${report.id}`, data: { reportId: report.id } });
      }
      await this.audit.record(
        {
          actor,
          action: 'report.requested',
          target: { type: 'report', id: report.id },
          summary: {
            reusedFrom: done?.id ?? null,
            paramsHash: paramsHash.slice(0, 16),
            countries: params.countries ?? [],
            regions: params.regions ?? [],
            regionGroups: params.regionGroups ?? [],
            perpetratorTypes: params.perpetratorTypes ?? [],
            compareBy: params.compareBy ?? null,
            from: params.from ?? null,
            to: params.to ?? null,
            genders: params.genders ?? [],
            ageBands: params.ageBands ?? [],
            workSettings: params.workSettings ?? [],
            organisationId: params.organisationId ?? null,
            perpetrators: params.perpetrators,
            abuses: params.abuses,
            lang: params.lang,
            k: params.k,
            policyK: policy.k,
            source: params.source ?? 'exact',
            releases: params.releases?.length ?? 0,
          },
        },
        manager,
      );
      return view(report, Boolean(done));
    });
  }

  /** A stored answer in the language asked for: as it is, or with its names and words written anew (its figures unchanged). */
  private async inLanguage(result: ReportResult, lang: Language): Promise<ReportResult> {
    return result.lang === lang ? result : relabelReport(result, lang, await this.labelsFor(lang));
  }

  private async checkPerpetrators(input: ReportRequest): Promise<void> {
    const known = (await this.taxonomy.activeCodes()).get('perpetrator_type') ?? new Set<string>();
    const errors = (input.perpetratorTypes ?? []).flatMap((p, i) => (known.has(p) ? [] : [{ pointer: `/perpetratorTypes/${i}`, message: 'is not an active perpetrator type code' }]));
    if (errors.length) throw new DomainError('unprocessable', 'The report asks for unknown perpetrator types; see errors', { errors });
  }

  /**
   * The regions a report is filtered by: the given ones and the members of the
   * given groups as they are now (kept in the parameters, so a later change of
   * a group makes a new question, never a stale answer). 422 for unknown codes.
   */
  private async regionFilterOf(input: ReportRequest): Promise<Pick<ReportParams, 'regionFilter'>> {
    if (!input.regions?.length && !input.regionGroups?.length) return {};
    const known = await this.regions.regionCountries();
    const members = await this.regions.membersOf(input.regionGroups ?? []);
    const errors: Array<{ pointer: string; message: string } | null> = [
      ...(input.regions ?? []).map((r, i) => (known.has(r) ? null : { pointer: `/regions/${i}`, message: 'is not an ISO 3166-2 region code Casebook knows' })),
      ...(input.regionGroups ?? []).map((g, i) => (members.has(g) ? null : { pointer: `/regionGroups/${i}`, message: 'is not a region group' })),
    ].filter((e) => e !== null);
    if (errors.length) throw new DomainError('unprocessable', 'The report asks for unknown regions; see errors', { errors });
    const filter = new Set([...(input.regions ?? []), ...(input.regionGroups ?? []).flatMap((g) => members.get(g) ?? [])]);
    return { regionFilter: [...filter].sort() };
  }

  /**
   * The reports the actor may read (a researcher's own), newest first, without their results; an
   * identical question asked again by the same person is listed once, as its newest asking.
   */
  async list(actor: Actor, limit: number): Promise<{ items: Array<Omit<ReportView, 'result'>> }> {
    const reports = await this.reports.listReadable(actor.ability, limit);
    return { items: reports.map((r) => ({ ...view(r), result: undefined }) as Omit<ReportView, 'result'>) };
  }

  async get(actor: Actor, id: string): Promise<ReportView> {
    const found = await this.reports.findReadable(actor.ability, id);
    if (!found) throw new DomainError('not-found', 'No such report');
    return view(found.report, found.reused);
  }

  async download(actor: Actor, id: string, format: ReportFormat): Promise<{ body: Buffer | string; contentType: string; filename: string }> {
    const report = await this.get(actor, id);
    if (report.status !== 'done' || !report.result) throw new DomainError('conflict', `The report is ${report.status}; download it when it is done`);
    await this.audit.record({ actor, action: 'report.exported', target: { type: 'report', id }, summary: { format } });
    const filename = `casebook-report-${id.slice(0, 8)}.${format}`;
    switch (format) {
      case 'csv':
        return { body: toCsv(report.result), contentType: 'text/csv; charset=utf-8', filename };
      case 'xlsx':
        return { body: await toXlsx(report.result), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename };
      case 'svg':
        return { body: toSvg(report.result), contentType: 'image/svg+xml; charset=utf-8', filename };
      case 'png':
        return { body: toPng(report.result), contentType: 'image/png', filename };
      default:
        return { body: JSON.stringify(report.result), contentType: 'application/json; charset=utf-8', filename };
    }
  }

  /** Report queries read from a replica when DATABASE_REPLICA_URLS is set (else from the primary). */
  private async onReplica<T>(sql: string, values: unknown[]): Promise<T> {
    const runner = this.dataSource.createQueryRunner('slave');
    try {
      return (await runner.query(sql, values)) as T;
    } finally {
      await runner.release();
    }
  }

  /** The cross-tab (cells, margins, total) and the breakdowns: from a rollup, from the facts, or both (see planAggregation). */
  async aggregate(params: ReportParams): Promise<RawAggregates> {
    if (params.perpetratorTypes?.length) {
      // "Violence by police, of all respondents asked": the cells count the chosen perpetrators only (from the
      // facts), while the total, the bases and the breakdowns are of every respondent in scope.
      const [cells, population] = await Promise.all([
        this.crossTabFromFacts(factFilter(params), params),
        this.aggregate({ ...params, perpetratorTypes: undefined, compareBy: undefined }),
      ]);
      const raw: RawAggregates = { ...population, crossTab: cells.crossTab, rowTotals: cells.rowTotals, columnTotals: cells.columnTotals };
      if (params.compareBy) raw.comparison = await this.comparison(params);
      return raw;
    }
    const plan = planAggregation(params);
    let raw: RawAggregates;
    switch (plan.source) {
      case 'profile':
        raw = await this.fromRollup('report_rollup_profile', plan.rollup, params);
        break;
      case 'slice':
        raw = addAggregates(await this.fromRollup('report_rollup_slice', plan.rollup, params), await this.fromFacts(plan.facts, params));
        break;
      case 'facts':
        raw = await this.fromFacts(plan.facts, params);
    }
    if (params.compareBy) raw.comparison = await this.comparison(params);
    return raw;
  }

  /** The regions in any group (few; read for every facts query that breaks down by group). */
  private async groupedRegions(): Promise<string[]> {
    const [{ grouped }]: Array<{ grouped: string[] }> = await this.onReplica(`SELECT coalesce(array_agg(DISTINCT region_code), '{}') AS grouped FROM region_group_members`, []);
    return grouped;
  }

  /**
   * The comparison table's counts, from the facts: per unit (country, region
   * or region group), its respondents and its respondents per column, and per
   * question those not asked it or declined.
   */
  private async comparison(params: ReportParams): Promise<NonNullable<RawAggregates['comparison']>> {
    const col = COL_COLUMN[params.abuses];
    const units =
      params.compareBy === 'region_group'
        ? `(SELECT f.*, m.group_code AS unit FROM report_facts f JOIN region_group_members m ON m.region_code = f.region) x`
        : `(SELECT f.*, f.${params.compareBy === 'country' ? 'country::text' : 'region'} AS unit FROM report_facts f) x`;
    const respondents = `${RESPONDENTS}, count(DISTINCT incident_id)::int AS incidents, ${CELL_KEY}`;
    // Cells with every filter; each unit's respondents and unasked without the perpetrator filter (see aggregate).
    const cells = factFilter(params);
    const population = factFilter({ ...params, perpetratorTypes: undefined });
    const gridQuery = this.onReplica<Array<{ unit: string; col: string } & KeyedCount>>(
      `SELECT unit, ${col} AS col, ${respondents} FROM (SELECT * FROM ${units} ${cells.where}) u GROUP BY unit, ${col}`,
      cells.values,
    );
    const totalsQuery = this.onReplica<Array<{ unit: string } & KeyedCount>>(
      `SELECT unit, ${respondents} FROM (SELECT * FROM ${units} ${population.where}) u GROUP BY unit`,
      population.values,
    );
    const unaskedQuery = this.onReplica<Array<{ unit: string; question: string } & KeyedCount>>(
      `SELECT unit, q.question, ${respondents} FROM (SELECT * FROM ${units} ${population.where}) u CROSS JOIN LATERAL unnest(u.unasked) AS q(question) GROUP BY unit, q.question`,
      population.values,
    );
    const [grid, totals, unasked] = await Promise.all([gridQuery, totalsQuery, unaskedQuery]);
    return {
      units: totals.map((g) => ({ unit: g.unit, ...keyedCount(g) })),
      cells: grid.map((g) => ({ unit: g.unit, col: g.col, ...keyedCount(g) })),
      unasked: unasked.map((u) => ({ unit: u.unit, question: u.question, ...keyedCount(u) })),
    };
  }


  private async fromRollup(table: 'report_rollup_profile' | 'report_rollup_slice', filter: SqlFilter, params: ReportParams): Promise<RawAggregates> {
    const kinds = rollupKinds(params).all;
    const where = `${filter.where ? `${filter.where} AND` : 'WHERE'} kind = ANY($${filter.values.length + 1})`;
    const rows: RollupRow[] = await this.onReplica(
      `SELECT kind, key1, key2, sum(respondents)::int AS respondents, sum(incidents)::int AS incidents, mod(sum(key_sum), ${KEY_MODULUS})::float8 AS "cellKey"
         FROM ${table} ${where}
        GROUP BY kind, key1, key2 HAVING sum(respondents) > 0`,
      [...filter.values, kinds],
    );
    return aggregatesFromRollup(rows, params);
  }

  /** Counted from the facts: the cross-tab with margins and total (grouping sets), the breakdowns, and the region groups with the unasked. */
  /** The cross-tab with its margins and total, from the facts, in one grouping-sets query. */
  private async crossTabFromFacts({ where, values }: SqlFilter, params: ReportParams): Promise<Pick<RawAggregates, 'crossTab' | 'rowTotals' | 'columnTotals' | 'total'>> {
    const row = ROW_COLUMN[params.perpetrators];
    const col = COL_COLUMN[params.abuses];
    const cross: Array<{ r: string | null; c: string | null; gr: number; gc: number } & KeyedCount> = await this.onReplica(
      `SELECT ${row} AS r, ${col} AS c, ${RESPONDENTS}, count(DISTINCT incident_id)::int AS incidents, ${CELL_KEY},
              GROUPING(${row})::int AS gr, GROUPING(${col})::int AS gc
         FROM report_facts ${where}
        GROUP BY GROUPING SETS ((${row}, ${col}), (${row}), (${col}), ())`,
      values,
    );
    const total = cross.find((x) => x.gr === 1 && x.gc === 1);
    return {
      crossTab: cross.filter((x) => x.gr === 0 && x.gc === 0).map((x) => ({ row: x.r!, col: x.c!, ...keyedCount(x) })),
      rowTotals: cross.filter((x) => x.gr === 0 && x.gc === 1).map((x) => ({ row: x.r!, ...keyedCount(x) })),
      columnTotals: cross.filter((x) => x.gr === 1 && x.gc === 0).map((x) => ({ col: x.c!, ...keyedCount(x) })),
      total: total ? keyedCount(total) : { respondents: 0, incidents: 0, cellKey: 0 },
    };
  }

  /** Everything a report counts from the facts: three independent scans on three connections at once (latency is the slowest). */
  private async fromFacts(filter: SqlFilter, params: ReportParams): Promise<RawAggregates> {
    const { where, values } = filter;
    const respondents = RESPONDENTS;
    const cellKey = CELL_KEY;
    const grouped = await this.groupedRegions();
    const crossQuery = this.crossTabFromFacts(filter, params);
    const byQuery = this.onReplica<Array<{ value: string; dim: Breakdown } & KeyedCount>>(
      `SELECT coalesce(country::text, year::text, gender, age_band, work_setting, location_type, region) AS value,
              CASE WHEN GROUPING(country) = 0 THEN 'country' WHEN GROUPING(year) = 0 THEN 'year' WHEN GROUPING(gender) = 0 THEN 'gender'
                   WHEN GROUPING(age_band) = 0 THEN 'age_band' WHEN GROUPING(work_setting) = 0 THEN 'work_setting'
                   WHEN GROUPING(location_type) = 0 THEN 'location_type' ELSE 'region' END AS dim,
              ${respondents}, count(DISTINCT incident_id)::int AS incidents, ${cellKey}
         FROM report_facts ${where}
        GROUP BY GROUPING SETS ((country), (year), (gender), (age_band), (work_setting), (location_type), (region))`,
      values,
    );
    // Region groups and, per question, the respondents not asked it or who declined (for the bases): from the few
    // facts that have either. A fact repeats once per group and unasked question; distinct counts and key sums do not notice.
    const extraQuery = this.onReplica<Array<{ value: string | null; dim: 'region_group' | 'unasked' } & KeyedCount>>(
      `SELECT coalesce(group_code, question) AS value, CASE WHEN GROUPING(group_code) = 0 THEN 'region_group' ELSE 'unasked' END AS dim,
              ${respondents}, count(DISTINCT incident_id)::int AS incidents, ${cellKey}
         FROM (SELECT * FROM report_facts ${where ? `${where} AND` : 'WHERE'} (unasked <> '{}' OR region = ANY($${values.length + 1}))) f
         LEFT JOIN LATERAL unnest(f.unasked) AS u(question) ON true
         LEFT JOIN region_group_members m ON m.region_code = f.region
        GROUP BY GROUPING SETS ((group_code), (question))`,
      [...values, grouped],
    );
    const [cross, by, extra] = await Promise.all([crossQuery, byQuery, extraQuery]);
    // Facts outside every group, or of respondents asked everything, leave a NULL group or question behind.
    for (const x of extra) if (x.dim === 'region_group' && x.value !== null) by.push({ ...x, value: x.value, dim: 'region_group' });
    const unasked = extra.filter((x) => x.dim === 'unasked' && x.value !== null).map((x) => ({ question: x.value!, ...keyedCount(x) }));
    return {
      ...cross,
      unasked,
      breakdowns: Object.fromEntries(BREAKDOWNS.map((b) => [b, by.filter((x) => x.dim === b).map((x) => ({ key: x.value, ...keyedCount(x) }))])) as RawAggregates['breakdowns'],
    };
  }

  /**
   * Computes a report's result with disclosure control applied: from the
   * protected releases (researchers, and admins unless exact), or exact from
   * the cases (admins only).
   */
  async build(params: ReportParams, dataVersion = ''): Promise<ReportResult> {
    const labels = await this.labelsFor(params.lang);
    const abuseGroups = await this.taxonomy.abuseGroups();
    const context = { abuseGroupOf: (category: string) => abuseGroups.get(category) ?? 'other', dataVersion, casebookVersion: CASEBOOK_VERSION };
    const categories = await this.categories(params);
    if (params.source !== 'release') {
      return buildReport(await this.aggregate(params), params, labels, categories, new Date(), context);
    }
    const { years } = releaseQuestion(params, (await this.releases.list()).map((r) => r.period));
    const stored = (await this.releases.withFigures(years)).filter((r) => !params.releases || params.releases.includes(r.id));
    const [groups, perpetratorGroups] = await Promise.all([this.regionGroupMembers(), this.perpetratorGroups()]);
    const { raw, privacy, unavailable } = readReleases(stored, params, { perpetratorGroupOf: (t) => perpetratorGroups.get(t) ?? 'other', regionGroups: groups });
    for (const u of unavailable) categories[u as keyof Categories] = [];
    // Years are the released periods the question covers.
    categories.year = years;
    return withoutIncidents(buildReport(raw, params, labels, categories, new Date(), { ...context, privacy }));
  }

  private async regionGroupMembers(): Promise<Map<string, string[]>> {
    const rows: Array<{ group_code: string; members: string[] }> = await this.dataSource.query(
      `SELECT group_code, array_agg(region_code ORDER BY region_code) AS members FROM region_group_members GROUP BY group_code`,
    );
    return new Map(rows.map((r) => [r.group_code, r.members]));
  }

  private async perpetratorGroups(): Promise<Map<string, string>> {
    const rows: Array<{ code: string; group_code: string | null }> = await this.dataSource.query(`SELECT code, group_code FROM taxonomy_terms WHERE vocabulary = 'perpetrator_type'`);
    return new Map(rows.map((r) => [r.code, r.group_code ?? 'other']));
  }

  /** Names for every code a report shows, in its language: taxonomy terms and groups, countries, regions, region groups. */
  private async labelsFor(lang: Language): Promise<(vocabulary: string, code: string) => string> {
    const taxonomy = await this.taxonomy.labels(lang);
    const groups = GROUP_LABELS[lang] ?? GROUP_LABELS.en;
    const { regions, groups: regionGroups } = await this.regions.list(lang);
    const regionNames = new Map(regions.map((r) => [r.code, r.name]));
    const regionGroupNames = new Map(regionGroups.map((g) => [g.code, g.label]));
    const notRecorded = textOf(lang).regionNotRecorded;
    return (vocabulary: string, code: string) => {
      switch (vocabulary) {
        case 'country':
          return countryName(code, lang);
        case 'region':
          return code === '' ? notRecorded : (regionNames.get(code) ?? code);
        case 'region_group':
          return regionGroupNames.get(code) ?? code;
        default:
          return vocabulary.endsWith('_group') ? (groups[code] ?? code) : (taxonomy.get(`${vocabulary}:${code}`) ?? code);
      }
    };
  }

  /**
   * What every table shows even where nothing was found (a 0 is a finding):
   * the active terms of each vocabulary (or their groups), the filtered values
   * of a filtered dimension, the requested countries and the years of the period.
   */
  private async categories(params: ReportParams): Promise<Categories> {
    const vocabularies = await this.taxonomy.vocabularies(params.lang, false);
    const codes = (vocabulary: keyof typeof vocabularies) => vocabularies[vocabulary].map((t) => t.code);
    const groupsOf = (vocabulary: keyof typeof vocabularies) => [...new Set(vocabularies[vocabulary].map((t) => t.group ?? 'other'))];
    const from = params.from ? Number(params.from.slice(0, 4)) : undefined;
    const to = params.to ? Number(params.to.slice(0, 4)) : undefined;
    return {
      // The chosen perpetrators only, when the report is about some ("violence by police").
      rows: params.perpetratorTypes?.length
        ? params.perpetrators === 'group'
          ? [...new Set(vocabularies.perpetrator_type.filter((t) => params.perpetratorTypes!.includes(t.code)).map((t) => t.group ?? 'other'))]
          : params.perpetratorTypes
        : params.perpetrators === 'group'
          ? groupsOf('perpetrator_type')
          : codes('perpetrator_type'),
      columns: params.abuses === 'group' ? groupsOf('abuse_category') : codes('abuse_category'),
      gender: params.genders ?? codes('gender'),
      age_band: params.ageBands ?? codes('age_band'),
      work_setting: params.workSettings ?? codes('work_setting'),
      location_type: codes('location_type'),
      country: params.countries ?? [],
      region: params.regions ?? [],
      region_group: params.regionGroups ?? [],
      year: from !== undefined && to !== undefined && to - from < 50 ? Array.from({ length: to - from + 1 }, (_, i) => String(from + i)) : [],
    };
  }

  /** The worker's step; idempotent (a finished report is left alone). */
  async compute(reportId: string, progress: (percent: number) => Promise<void> = async () => undefined): Promise<'done' | 'skipped'> {
    const report = await this.dataSource.getRepository(ReportEntity).findOneBy({ id: reportId });
    if (!report || report.status === 'done') return 'skipped';
    await this.dataSource.getRepository(ReportEntity).update({ id: reportId }, { status: 'running', progress: 10 });
    await progress(10);
    const result = await this.build(report.params as unknown as ReportParams, report.dataVersion);
    await progress(90);
    await this.dataSource.query(`UPDATE reports SET status = 'done', progress = 100, result = $2, finished_at = now(), error = NULL WHERE id = $1`, [
      reportId,
      JSON.stringify(result),
    ]);
    await progress(100);
    return 'done';
  }

  /** After the last retry. The requester is told it failed and what to do; the cause is in the worker's log. */
  async recordFailure(reportId: string): Promise<void> {
    await this.dataSource.getRepository(ReportEntity).update(
      { id: reportId },
      { status: 'failed', error: 'The report could not be computed; request it again later, or ask an administrator to check the worker log', finishedAt: new Date() },
    );
  }
}

/** Releases count respondents, not incidents (one person's incidents are unbounded): no incident figure is published from them. */
function withoutIncidents(result: ReportResult): ReportResult {
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if ('incidents' in o && 'suppressed' in o) o.incidents = null;
      Object.values(o).forEach(walk);
    }
  };
  walk(result.crossTab);
  walk(result.breakdowns);
  walk(result.comparison);
  walk(result.total);
  return result;
}
