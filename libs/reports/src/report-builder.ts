import { BREAKDOWN_VOCABULARY, BREAKDOWNS, type Breakdown, type ReportParams } from './report-params';
import { type PerturbationSettings, perturb, pTableFor } from './perturbation';
import { type Count, isSmall, type PublishedCount, suppressCrossTab, suppressOneWay, type SuppressedCrossTab } from './suppression';

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
  breakdowns: Record<Breakdown, Array<{ key: string } & KeyedCount>>;
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
}

export interface ReportResult {
  lang: string;
  generatedAt: string;
  params: ReportParams;
  rule: DisclosureRule;
  total: PublishedCount;
  crossTab: { rowDimension: string; columnDimension: string; rows: Labelled[]; columns: Labelled[] } & SuppressedCrossTab;
  breakdowns: Record<Breakdown, { rows: Array<Labelled & PublishedCount>; total: PublishedCount }>;
}

const RULE_TEXT = {
  en: {
    suppression: (k: number) =>
      `Counts from 1 to ${k - 1} are not shown (marked as suppressed). ` +
      `In the cross-tab, the totals of rows and columns that hold a suppressed cell are withheld. ` +
      `In each breakdown, further cells are suppressed until no suppressed cell can be derived from the total and the other cells.`,
    perturbation: (p: PerturbationSettings) =>
      ` Every published count has been perturbed: a small amount of at most ±${p.maxNoise} (variance ${p.variance}) was added to it, ` +
      `the same each time the same set of cases is counted, so that comparing reports yields noise rather than individuals. ` +
      `Zero stays zero. Percentages are computed from the published counts.`,
    exact: ' The counts are exact (an administrator\'s report, without perturbation).',
    method: 'cell-key perturbation',
  },
  ru: {
    suppression: (k: number) =>
      `Значения от 1 до ${k - 1} не показываются (помечены как скрытые). ` +
      `В перекрёстной таблице итоги строк и столбцов, содержащих скрытую ячейку, не публикуются. ` +
      `В каждой разбивке скрываются дополнительные ячейки, пока ни одну скрытую ячейку нельзя вычислить из итога и остальных ячеек.`,
    perturbation: (p: PerturbationSettings) =>
      ` Каждое опубликованное значение искажено: к нему добавлена небольшая величина не более ±${p.maxNoise} (дисперсия ${p.variance}), ` +
      `одна и та же при каждом подсчёте одного и того же набора случаев, поэтому сравнение отчётов даёт шум, а не людей. ` +
      `Ноль остаётся нулём. Проценты рассчитаны по опубликованным значениям.`,
    exact: ' Значения точные (отчёт администратора без искажения).',
    method: 'искажение по ключу ячейки',
  },
} as const;

export function describeRule(params: Pick<ReportParams, 'k' | 'perturbation' | 'lang'>): DisclosureRule {
  const text = RULE_TEXT[params.lang] ?? RULE_TEXT.en;
  const p = params.perturbation;
  return {
    k: params.k,
    description: text.suppression(params.k) + (p ? text.perturbation(p) : text.exact),
    perturbation: p ? { ...p, method: text.method } : null,
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

export function buildReport(
  raw: RawAggregates,
  params: ReportParams,
  labels: (vocabulary: string, code: string) => string,
  categories: Categories = {},
  now = new Date(),
): ReportResult {
  const k = params.k;
  const zero: KeyedCount = { respondents: 0, incidents: 0, cellKey: 0 };
  const rowVocab = params.perpetrators === 'group' ? 'perpetrator_group' : 'perpetrator_type';
  const colVocab = params.abuses === 'group' ? 'abuse_group' : 'abuse_category';
  const rowKeys = union([...raw.crossTab.map((c) => c.row), ...raw.rowTotals.map((r) => r.row)], categories.rows);
  const colKeys = union([...raw.crossTab.map((c) => c.col), ...raw.columnTotals.map((c) => c.col)], categories.columns);
  const cellMap = new Map(raw.crossTab.map((c) => [`${c.row}\u0000${c.col}`, c]));
  const table = params.perturbation ? pTableFor(params.perturbation) : null;
  /** The value that would be published: perturbed by its own cell key (incidents never below respondents). */
  const pick = (count: KeyedCount | undefined): Count => {
    const c = count ?? zero;
    if (!table) return { respondents: c.respondents, incidents: c.incidents };
    const respondents = perturb(table, c.respondents, c.cellKey, 'respondents');
    return { respondents, incidents: Math.max(respondents, perturb(table, c.incidents, c.cellKey, 'incidents')) };
  };
  const total = pick(raw.total);
  // Percentages are over the published total; a withheld total gives none (it would reveal the total).
  const base = isSmall(total.respondents, k) || isSmall(total.incidents, k) ? 0 : total.respondents;
  const crossTab = suppressCrossTab(
    {
      cells: rowKeys.map((r) => colKeys.map((c) => pick(cellMap.get(`${r}\u0000${c}`)))),
      rowTotals: rowKeys.map((r) => pick(raw.rowTotals.find((t) => t.row === r))),
      columnTotals: colKeys.map((c) => pick(raw.columnTotals.find((t) => t.col === c))),
      total,
    },
    k,
    base,
  );
  const breakdowns = Object.fromEntries(
    BREAKDOWNS.map((b) => {
      const found = new Map(raw.breakdowns[b].map((r) => [r.key, r]));
      const rows = union([...found.keys()], categories[b]).map((key) => found.get(key) ?? { key, ...zero });
      const vocab = BREAKDOWN_VOCABULARY[b];
      const out = suppressOneWay({ rows: rows.map((r) => pick(r)), total }, k, base);
      return [b, { ...out, rows: out.rows.map((row, i) => ({ key: rows[i].key, label: vocab ? labels(vocab, rows[i].key) : rows[i].key, ...row })) }];
    }),
  ) as unknown as ReportResult['breakdowns'];
  const label = (vocab: string) => (key: string): Labelled => ({
    key,
    label: vocab.endsWith('_group') ? labels(vocab, key) : labels(vocab === 'perpetrator_type' ? 'perpetrator_type' : 'abuse_category', key),
  });
  return {
    lang: params.lang,
    generatedAt: now.toISOString(),
    params,
    rule: describeRule(params),
    total: crossTab.total,
    crossTab: { rowDimension: rowVocab, columnDimension: colVocab, rows: rowKeys.map(label(rowVocab)), columns: colKeys.map(label(colVocab)), ...crossTab },
    breakdowns,
  };
}
