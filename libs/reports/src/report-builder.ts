import { BREAKDOWN_VOCABULARY, BREAKDOWNS, type Breakdown, type ReportParams } from './report-params';
import {
  type Count,
  geometricNoise,
  type PublishedCount,
  suppressCrossTab,
  suppressOneWay,
  type SuppressedCrossTab,
} from './suppression';

/** Raw aggregates from the database, before any disclosure control. */
export interface RawAggregates {
  crossTab: Array<{ row: string; col: string } & Count>;
  rowTotals: Array<{ row: string } & Count>;
  columnTotals: Array<{ col: string } & Count>;
  total: Count;
  breakdowns: Record<Breakdown, Array<{ key: string } & Count>>;
}

export interface Labelled {
  key: string;
  label: string;
}

export interface ReportResult {
  lang: string;
  generatedAt: string;
  params: ReportParams;
  rule: { k: number; description: string; differentialPrivacy: { epsilon: number; mechanism: string } | null };
  total: PublishedCount;
  crossTab: { rowDimension: string; columnDimension: string; rows: Labelled[]; columns: Labelled[] } & SuppressedCrossTab;
  breakdowns: Record<Breakdown, { rows: Array<Labelled & PublishedCount>; total: PublishedCount }>;
}

const RULE_EN = (k: number) =>
  `Counts from 1 to ${k - 1} are suppressed (shown as suppressed, never as a number or percentage). ` +
  `In the cross-tab, the totals of rows and columns that hold a suppressed cell are withheld. ` +
  `In each breakdown, further cells are suppressed until no suppressed cell can be derived from the total and the other cells.`;

/**
 * Turns raw aggregates into a publishable report: order and labels, primary
 * and complementary suppression, optional geometric noise. Pure apart from
 * the randomness it is given.
 */
export function buildReport(
  raw: RawAggregates,
  params: ReportParams,
  labels: (vocabulary: string, code: string) => string,
  uniform: () => number,
  now = new Date(),
): ReportResult {
  const k = params.k;
  const zero: Count = { respondents: 0, incidents: 0 };
  const rowVocab = params.perpetrators === 'group' ? 'perpetrator_group' : 'perpetrator_type';
  const colVocab = params.abuses === 'group' ? 'abuse_group' : 'abuse_category';
  const rowKeys = [...new Set(raw.crossTab.map((c) => c.row))].sort();
  const colKeys = [...new Set(raw.crossTab.map((c) => c.col))].sort();
  const cellMap = new Map(raw.crossTab.map((c) => [`${c.row}\u0000${c.col}`, c]));
  const noisy = (count: Count): Count => {
    if (!params.epsilon) return count;
    const n = (v: number) => Math.max(0, v + geometricNoise(params.epsilon!, uniform));
    return { respondents: n(count.respondents), incidents: n(count.incidents) };
  };
  const pick = (count: Count | undefined): Count => noisy(count ? { respondents: count.respondents, incidents: count.incidents } : zero);
  const total = pick(raw.total);
  const crossTab = suppressCrossTab(
    {
      cells: rowKeys.map((r) => colKeys.map((c) => pick(cellMap.get(`${r}\u0000${c}`)))),
      rowTotals: rowKeys.map((r) => pick(raw.rowTotals.find((t) => t.row === r))),
      columnTotals: colKeys.map((c) => pick(raw.columnTotals.find((t) => t.col === c))),
      total,
    },
    k,
    total.respondents,
  );
  const breakdowns = Object.fromEntries(
    BREAKDOWNS.map((b) => {
      const rows = [...raw.breakdowns[b]].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
      const vocab = BREAKDOWN_VOCABULARY[b];
      const table = suppressOneWay({ rows: rows.map((r) => pick(r)), total }, k, total.respondents);
      return [b, { ...table, rows: table.rows.map((row, i) => ({ key: rows[i].key, label: vocab ? labels(vocab, rows[i].key) : rows[i].key, ...row })) }];
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
    rule: {
      k,
      description: RULE_EN(k),
      differentialPrivacy: params.epsilon ? { epsilon: params.epsilon, mechanism: 'two-sided geometric noise on every count, before suppression' } : null,
    },
    total: crossTab.total,
    crossTab: { rowDimension: rowVocab, columnDimension: colVocab, rows: rowKeys.map(label(rowVocab)), columns: colKeys.map(label(colVocab)), ...crossTab },
    breakdowns,
  };
}
