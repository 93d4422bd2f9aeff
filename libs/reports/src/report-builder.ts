import { BREAKDOWN_VOCABULARY, BREAKDOWNS, type Breakdown, type ReportParams } from './report-params';
import { type PerturbationSettings, perturb, pTableFor, subtractKeys } from './perturbation';
import { describeReport, type ReportDescription } from './report-description';
import { reportNumber } from './report-numbers';
import { PERPETRATOR_QUESTION } from '@casebook/database';
import type { ReleasePrivacy } from './privacy/release-privacy';
import { type Count, isSmall, type PublishedCount, roundSd, suppressCrossTab, suppressOneWay, type SuppressedCrossTab } from './suppression';

/** A true count with its cell key (the sum of its cases' record keys, modulo 2^32). */
export interface KeyedCount extends Count {
  cellKey: number;
}

/** Raw aggregates from the database, before any disclosure control. */
export interface RawAggregates {
  crossTab: Array<{ row: string; col: string } & KeyedCount>;
  rowTotals: Array<{ row: string } & KeyedCount>;
  columnTotals: Array<{ col: string } & KeyedCount>;
  total: KeyedCount;
  /** Per question (abuse group, "perpetrators"): the respondents who were not asked it or declined. */
  unasked: Array<{ question: string } & KeyedCount>;
  breakdowns: Record<Breakdown, Array<{ key: string } & KeyedCount>>;
  /** With compareBy: per unit (country, region or group), its respondents, its cells per column and its unasked. */
  comparison?: {
    units: Array<{ unit: string } & KeyedCount>;
    cells: Array<{ unit: string; col: string } & KeyedCount>;
    unasked: Array<{ unit: string; question: string } & KeyedCount>;
  };
  /** Read from releases: the variance of a figure that is absent (a published 0), for the scope, each breakdown and the comparison's units. */
  zeroVariance?: Partial<Record<'scope' | 'comparison' | Breakdown, number>>;
}

/** The abuses per unit, SWAN's way: for each country (region, group) the respondents who suffered each, over those asked. */
export interface Comparison {
  dimension: string;
  units: Labelled[];
  columns: Labelled[];
  /** Respondents per unit (its total). */
  totals: PublishedCount[];
  /** [unit][column]: respondents, with the percentage of the unit's base for that column. */
  cells: PublishedCount[][];
  /** [unit][column]: the base of the percentage. */
  bases: PublishedBase[][];
}

/** A published base: the respondents asked a question, or null when suppressed. */
export interface PublishedBase {
  respondents: number | null;
  suppressed: boolean;
  /** The base's standard deviation (figures read from releases). */
  sd?: number | null;
}

export interface Labelled {
  key: string;
  label: string;
}

export interface DisclosureRule {
  k: number;
  /** The rule in words, in the report's language. */
  description: string;
  perturbation: (PerturbationSettings & { method: string }) | null;
  /** The protection of a report read from releases: ρ spent (and ε at δ); null for an admin's exact report. */
  privacy: ReleasePrivacy | null;
}

export interface ReportResult {
  lang: string;
  generatedAt: string;
  params: ReportParams;
  rule: DisclosureRule;
  total: PublishedCount;
  /** What the report covers, in words: for every export, so a file passed on keeps its meaning. */
  description: ReportDescription;
  crossTab: {
    rowDimension: string;
    columnDimension: string;
    rows: Labelled[];
    columns: Labelled[];
    /** Each column's base: the respondents asked that column's question (its percentages are of this). */
    columnBases: PublishedBase[];
    /** The rows' base: the respondents asked who the perpetrators were. */
    rowBase: PublishedBase;
  } & SuppressedCrossTab;
  breakdowns: Record<Breakdown, { rows: Array<Labelled & PublishedCount>; total: PublishedCount }>;
  comparison?: Comparison;
}

const en = (value: number) => reportNumber('en', value);
const ru = (value: number) => reportNumber('ru', value);

/** The rule applied, in words, in each report language; figures (not years) in that language's format. */
const RULE_TEXT = {
  en: {
    suppression: (k: number, complementary: boolean) =>
      `Counts from 1 to ${en(k - 1)} are not shown (marked as suppressed). ` +
      (complementary ? '' : `Zero is shown: a published 0 is a noisy release value like any other. `) +
      (!complementary ? '' : `In the cross-tab, the totals of rows and columns that hold a suppressed cell are withheld. ` +
      `In each breakdown, further cells are suppressed until no suppressed cell can be derived from the total and the other cells.`),
    perturbation: (p: PerturbationSettings) =>
      ` Every published count has been perturbed: a small amount of at most ±${en(p.maxNoise)} (variance ${en(p.variance)}) was added to it, ` +
      `the same each time the same set of cases is counted, so that comparing reports yields noise rather than individuals. ` +
      `Zero stays zero. Percentages are computed from the published counts.`,
    exact: ' The counts are exact (an administrator\'s report, without perturbation).',
    method: 'cell-key perturbation',
    privacy: (p: ReleasePrivacy) =>
      ` Every figure is read from protected releases, one per year (${p.periods.join(', ')}), computed once with zero-concentrated differential privacy: ` +
      `discrete Gaussian noise was added to every count of a fixed hierarchy of tables (all, countries, regions), which were then made consistent (totals are the sums of their parts). ` +
      `The releases read here spent ρ = ${en(p.rho)} (ε = ${en(p.epsilon)} at δ = ${en(p.delta)}). Asking more questions spends nothing and reveals nothing more. ` +
      `Each figure's standard deviation (sd) is stated beside it: the published value is within ±2 sd of the true count about 95% of the time. Percentages are computed from the published counts. ` +
      `Hiding small figures is a presentation rule, not the protection: a hidden figure may be worked out from other reports (the difference of two periods or two sets of regions); it is then a noisy release value, protected by the noise like every other figure, never the true count.`,
  },
  ru: {
    suppression: (k: number, complementary: boolean) =>
      `Значения от 1 до ${ru(k - 1)} не показываются (помечены как скрытые). ` +
      (complementary ? '' : `Ноль показывается: опубликованный 0 — такое же зашумлённое значение выпуска, как и остальные. `) +
      (!complementary ? '' : `В перекрёстной таблице итоги строк и столбцов, содержащих скрытую ячейку, не публикуются. ` +
      `В каждой разбивке скрываются дополнительные ячейки, пока ни одну скрытую ячейку нельзя вычислить из итога и остальных ячеек.`),
    perturbation: (p: PerturbationSettings) =>
      ` Каждое опубликованное значение искажено: к нему добавлена небольшая величина не более ±${ru(p.maxNoise)} (дисперсия ${ru(p.variance)}), ` +
      `одна и та же при каждом подсчёте одного и того же набора случаев, поэтому сравнение отчётов даёт шум, а не людей. ` +
      `Ноль остаётся нулём. Проценты рассчитаны по опубликованным значениям.`,
    exact: ' Значения точные (отчёт администратора без искажения).',
    method: 'искажение по ключу ячейки',
    privacy: (p: ReleasePrivacy) =>
      ` Все значения взяты из защищённых выпусков, по одному на год (${p.periods.join(', ')}), рассчитанных один раз с нуль-концентрированной дифференциальной приватностью: ` +
      `к каждому значению фиксированной иерархии таблиц (всё, страны, регионы) добавлен дискретный гауссов шум, после чего таблицы согласованы (итоги равны суммам частей). ` +
      `Использованные выпуски израсходовали ρ = ${ru(p.rho)} (ε = ${ru(p.epsilon)} при δ = ${ru(p.delta)}). Новые вопросы ничего не расходуют и ничего больше не раскрывают. ` +
      `Рядом с каждым значением указано его стандартное отклонение (sd): опубликованное значение отличается от истинного не более чем на ±2 sd примерно в 95% случаев. Проценты рассчитаны по опубликованным значениям. ` +
      `Скрытие малых значений — правило представления, а не защита: скрытое значение можно вычислить из других отчётов (разность двух периодов или двух наборов регионов); это будет зашумлённое значение выпуска, защищённое шумом, как и все остальные, а не истинное число.`,
  },
} as const;

/**
 * Those asked a question: everyone less those not asked it (or who declined).
 * Both figures are noisy in a release, so their difference can fall below
 * zero; nobody can have been asked fewer than zero times, so it is clamped
 * (post-processing of published figures: it costs no privacy).
 */
export function askedCount(all: KeyedCount, notAsked: KeyedCount, variance?: number): KeyedCount {
  return {
    respondents: Math.max(0, all.respondents - notAsked.respondents),
    incidents: Math.max(0, all.incidents - notAsked.incidents),
    cellKey: subtractKeys(all.cellKey, notAsked.cellKey),
    ...(variance !== undefined ? { variance } : {}),
  };
}

export function describeRule(params: Pick<ReportParams, 'k' | 'perturbation' | 'lang'>, privacy: ReleasePrivacy | null = null): DisclosureRule {
  const text = RULE_TEXT[params.lang] ?? RULE_TEXT.en;
  const p = params.perturbation;
  return {
    k: params.k,
    description: text.suppression(params.k, !privacy) + (privacy ? text.privacy(privacy) : p ? text.perturbation(p) : text.exact),
    perturbation: p ? { ...p, method: text.method } : null,
    privacy,
  };
}

/**
 * Turns raw aggregates into a publishable report: order and labels, cell-key
 * perturbation of every count (cells, margins, total, breakdowns; respondents
 * and incidents), then primary and complementary suppression of what would
 * be published, percentages from the published counts. Pure.
 */
/** Every category a table must show, found or not (a 0 is a finding): by cross-tab side and by breakdown. */
export type Categories = Partial<Record<'rows' | 'columns' | Breakdown, string[]>>;

const union = (found: string[], expected: string[] = []) => [...new Set([...found, ...expected])].sort();

/** What the builder needs besides the counts. */
export interface ReportContext {
  /** The group of an abuse category (the unit of the question a respondent was asked). */
  abuseGroupOf?: (category: string) => string;
  /** The data's version (report_data_version) and the Casebook version, for the description. */
  dataVersion?: string;
  casebookVersion?: string;
  /** Set when the counts were read from protected releases. */
  privacy?: ReleasePrivacy;
}

export function buildReport(
  raw: RawAggregates,
  params: ReportParams,
  labels: (vocabulary: string, code: string) => string,
  categories: Categories = {},
  now = new Date(),
  context: ReportContext = {},
): ReportResult {
  const k = params.k;
  // Figures read from a protected release are hidden by the primary rule only (see suppressCrossTab).
  const complementary = !context.privacy;
  const zeroOf = (part: 'scope' | 'comparison' | Breakdown): KeyedCount => {
    const variance = raw.zeroVariance?.[part] ?? raw.zeroVariance?.scope;
    return { respondents: 0, incidents: 0, cellKey: 0, ...(variance !== undefined ? { variance } : {}) };
  };
  const zero = zeroOf('scope');
  const rowVocab = params.perpetrators === 'group' ? 'perpetrator_group' : 'perpetrator_type';
  const colVocab = params.abuses === 'group' ? 'abuse_group' : 'abuse_category';
  const rowKeys = union([...raw.crossTab.map((c) => c.row), ...raw.rowTotals.map((r) => r.row)], categories.rows);
  const colKeys = union([...raw.crossTab.map((c) => c.col), ...raw.columnTotals.map((c) => c.col)], categories.columns);
  const cellMap = new Map(raw.crossTab.map((c) => [`${c.row}\u0000${c.col}`, c]));
  const table = params.perturbation ? pTableFor(params.perturbation) : null;
  /** The value that would be published: perturbed by its own cell key (incidents never below respondents). */
  const pick = (count: KeyedCount | undefined): Count => {
    const c = count ?? zero;
    if (!table) return { respondents: c.respondents, incidents: c.incidents, ...(c.variance !== undefined ? { variance: c.variance } : {}) };
    const respondents = perturb(table, c.respondents, c.cellKey, 'respondents');
    return { respondents, incidents: Math.max(respondents, perturb(table, c.incidents, c.cellKey, 'incidents')) };
  };
  const total = pick(raw.total);
  // Percentages are over the published total; a withheld total gives none (it would reveal the total).
  const base = isSmall(total.respondents, k) || isSmall(total.incidents, k) ? 0 : total.respondents;
  // A question's base: the respondents asked it (the total less those not asked or who declined), perturbed by
  // its own cell key like any count; unasked respondents never count as "no".
  const unasked = new Map(raw.unasked.map((u) => [u.question, u]));
  const askedBase = (question: string): PublishedBase => {
    const u = unasked.get(question);
    const sd = (variance?: number) => (variance !== undefined ? { sd: roundSd(variance) } : {});
    if (!u || u.respondents === 0) return base ? { respondents: total.respondents, suppressed: false, ...sd(total.variance) } : { respondents: null, suppressed: true };
    const variance = raw.total.variance !== undefined ? raw.total.variance + (u.variance ?? 0) : undefined;
    const asked = pick(askedCount(raw.total, u, variance));
    return isSmall(asked.respondents, k) ? { respondents: null, suppressed: true } : { respondents: asked.respondents, suppressed: false, ...sd(variance) };
  };
  const groupOf = context.abuseGroupOf ?? (() => 'other');
  const columnBases = colKeys.map((c) => askedBase(params.abuses === 'group' ? c : groupOf(c)));
  const rowBase = askedBase(PERPETRATOR_QUESTION);
  const baseValue = (b: PublishedBase) => b.respondents ?? 0;
  const crossTab = suppressCrossTab(
    {
      cells: rowKeys.map((r) => colKeys.map((c) => pick(cellMap.get(`${r}\u0000${c}`)))),
      rowTotals: rowKeys.map((r) => pick(raw.rowTotals.find((t) => t.row === r))),
      columnTotals: colKeys.map((c) => pick(raw.columnTotals.find((t) => t.col === c))),
      total,
    },
    k,
    { columns: columnBases.map(baseValue), rows: baseValue(rowBase), total: base },
    complementary,
  );
  const breakdowns = Object.fromEntries(
    BREAKDOWNS.map((b) => {
      const found = new Map(raw.breakdowns[b].map((r) => [r.key, r]));
      const rows = union([...found.keys()], categories[b]).map((key) => found.get(key) ?? { key, ...zeroOf(b) });
      const vocab = BREAKDOWN_VOCABULARY[b];
      const out = suppressOneWay({ rows: rows.map((r) => pick(r)), total }, k, base, complementary);
      return [b, { ...out, rows: out.rows.map((row, i) => ({ key: rows[i].key, label: vocab ? labels(vocab, rows[i].key) : rows[i].key, ...row })) }];
    }),
  ) as unknown as ReportResult['breakdowns'];
  const label = (vocab: string) => (key: string): Labelled => ({
    key,
    label: vocab.endsWith('_group') ? labels(vocab, key) : labels(vocab === 'perpetrator_type' ? 'perpetrator_type' : 'abuse_category', key),
  });
  const rule = describeRule(params, context.privacy ?? null);
  const columns = colKeys.map(label(colVocab));
  return {
    lang: params.lang,
    generatedAt: now.toISOString(),
    params,
    rule,
    total: crossTab.total,
    description: describeReport(params, rule, labels, {
      extractedAt: now.toISOString(),
      dataVersion: context.dataVersion ?? '',
      casebookVersion: context.casebookVersion ?? '',
      total: crossTab.total.respondents,
      bases: columns.map((c, i) => ({ label: c.label, respondents: columnBases[i].respondents })),
      rowBase: rowBase.respondents,
    }),
    crossTab: { rowDimension: rowVocab, columnDimension: colVocab, rows: rowKeys.map(label(rowVocab)), columns, columnBases, rowBase, ...crossTab },
    breakdowns,
    ...(raw.comparison && params.compareBy
      ? { comparison: buildComparison(raw.comparison, params, colKeys, columns, raw.columnTotals, columnBases, total, pick, k, (code) => labels(params.compareBy!, code), groupOf, complementary, zeroOf('comparison')) }
      : {}),
  };
}

/**
 * The comparison table: units (countries, regions, groups) × columns. Every
 * count is perturbed by its own cell key; a unit's base for a column is its
 * respondents less those not asked that column's question. Units partition
 * the respondents (nearly: a case with incidents in two countries counts in
 * both), so each column across units, the units' totals and the bases are
 * suppressed like a breakdown: primary and complementary suppression against
 * the published column total, so no hidden cell is a difference of shown ones.
 */
function buildComparison(
  raw: NonNullable<RawAggregates['comparison']>,
  params: ReportParams,
  colKeys: string[],
  columns: Labelled[],
  columnTotals: Array<{ col: string } & KeyedCount>,
  columnBases: PublishedBase[],
  total: Count,
  pick: (count: KeyedCount | undefined) => Count,
  k: number,
  unitLabel: (code: string) => string,
  groupOf: (category: string) => string,
  complementary: boolean,
  zero: KeyedCount = { respondents: 0, incidents: 0, cellKey: 0 },
): Comparison {
  const unitKeys = [...new Set([...raw.units.map((u) => u.unit), ...(params.compareBy === 'country' ? (params.countries ?? []) : [])])].sort();
  const unitOf = new Map(raw.units.map((u) => [u.unit, u]));
  const cellOf = new Map(raw.cells.map((c) => [`${c.unit}\u0000${c.col}`, c]));
  const unaskedOf = new Map(raw.unasked.map((u) => [`${u.unit}\u0000${u.question}`, u]));
  const question = (col: string) => (params.abuses === 'group' ? col : groupOf(col));

  const unitCounts = unitKeys.map((u) => pick(unitOf.get(u) ?? zero));
  const totals = suppressOneWay({ rows: unitCounts, total }, k, 0, complementary).rows;

  const baseCounts = unitKeys.map((u) =>
    colKeys.map((col) => {
      const all = unitOf.get(u) ?? zero;
      const not = unaskedOf.get(`${u}\u0000${question(col)}`) ?? zero;
      const variance = all.variance !== undefined ? all.variance + (not.variance ?? 0) : undefined;
      return pick(askedCount(all, not, variance));
    }),
  );
  const cells: PublishedCount[][] = unitKeys.map(() => []);
  const bases: PublishedBase[][] = unitKeys.map(() => []);
  colKeys.forEach((col, c) => {
    const counts = unitKeys.map((u) => pick(cellOf.get(`${u}\u0000${col}`) ?? zero));
    const columnTotal = pick(columnTotals.find((t) => t.col === col));
    const shown = suppressOneWay({ rows: counts, total: columnTotal }, k, 0, complementary).rows;
    const baseTotal = { respondents: columnBases[c].respondents ?? 0, incidents: columnBases[c].respondents ?? 0 };
    const shownBases = suppressOneWay({ rows: baseCounts.map((row) => ({ respondents: row[c].respondents, incidents: row[c].respondents })), total: baseTotal }, k, 0, complementary).rows;
    unitKeys.forEach((_, u) => {
      const base = shownBases[u].suppressed ? null : baseCounts[u][c].respondents;
      const baseVariance = baseCounts[u][c].variance;
      bases[u][c] = { respondents: base, suppressed: base === null, ...(baseVariance !== undefined ? { sd: base === null ? null : roundSd(baseVariance) } : {}) };
      const cellVariance = counts[u].variance;
      cells[u][c] = shown[u].suppressed
        ? shown[u]
        : {
            ...shown[u],
            pctRespondents: base ? Math.round((counts[u].respondents / base) * 1000) / 10 : null,
            ...(cellVariance !== undefined ? { pctSd: base ? Math.round((Math.sqrt(cellVariance) / base) * 1000) / 10 : null } : {}),
          };
    });
  });
  return { dimension: params.compareBy!, units: unitKeys.map((key) => ({ key, label: unitLabel(key) })), columns, totals, cells, bases };
}

/**
 * The same answer in another language: every figure as it was published
 * (nothing is computed, perturbed or suppressed again), every name, the rule
 * and the description written anew in `lang`. The language is not part of a
 * question, so a question asked again in another language reuses its answer
 * through this. Pure.
 */
export function relabelReport(result: ReportResult, lang: ReportParams['lang'], labels: (vocabulary: string, code: string) => string): ReportResult {
  const params: ReportParams = { ...result.params, lang };
  const { crossTab } = result;
  const name = (vocab: string) => (item: Labelled): Labelled => ({ ...item, label: labels(vocab, item.key) });
  const rowVocab = crossTab.rowDimension;
  const colVocab = crossTab.columnDimension;
  const rule = describeRule(params, result.rule.privacy);
  const columns = crossTab.columns.map(name(colVocab));
  const breakdowns = Object.fromEntries(
    Object.entries(result.breakdowns).map(([b, table]) => {
      const vocab = BREAKDOWN_VOCABULARY[b as Breakdown];
      return [b, { ...table, rows: table.rows.map((row) => ({ ...row, label: vocab ? labels(vocab, row.key) : row.label })) }];
    }),
  ) as ReportResult['breakdowns'];
  return {
    ...result,
    lang,
    params,
    rule,
    description: describeReport(params, rule, labels, {
      extractedAt: result.description.extractedAt,
      dataVersion: result.description.dataVersion,
      casebookVersion: result.description.casebookVersion,
      total: crossTab.total.respondents,
      bases: columns.map((c, i) => ({ label: c.label, respondents: crossTab.columnBases[i]?.respondents ?? null })),
      rowBase: crossTab.rowBase.respondents,
    }),
    crossTab: { ...crossTab, rows: crossTab.rows.map(name(rowVocab)), columns },
    breakdowns,
    ...(result.comparison
      ? { comparison: { ...result.comparison, units: result.comparison.units.map(name(result.comparison.dimension)), columns } }
      : {}),
  };
}
