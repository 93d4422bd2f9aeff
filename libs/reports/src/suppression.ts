/**
 * Disclosure control for Casebook's tables. Pure functions.
 *
 * Primary suppression: any count from 1 to k−1 is suppressed (a zero is
 * published: it identifies no one). Counts of respondents and of incidents of
 * the same cell are suppressed together (incidents ≥ respondents would bound
 * one by the other).
 *
 * Cross-tab: the margins are distinct counts (a respondent abused in two ways
 * counts once in the row), so they are not sums of the cells, but they bound
 * them; the margin of any row or column that holds a suppressed cell is
 * withheld too.
 *
 * One-way tables (breakdowns) whose rows partition the respondents (gender,
 * age band, work setting) are additive: a single suppressed cell could be
 * recovered as total − the rest. Complementary suppression adds the smallest
 * published non-zero cells until at least two are suppressed and their sum
 * exceeds their number (so they cannot all be known to be 1); if no cell is
 * left, the total is withheld. The same rule is applied to every breakdown.
 */
export interface Count {
  respondents: number;
  incidents: number;
  /** The variance of the noise in `respondents` (a figure read from protected releases); absent for exact counts. */
  variance?: number;
}

/** A published count: the numbers, or nulls when suppressed. */
export interface PublishedCount {
  respondents: number | null;
  incidents: number | null;
  pctRespondents: number | null;
  suppressed: boolean;
  /** The standard deviation of the figure's noise (respondents), and of its percentage in points; only for figures read from releases. */
  sd?: number | null;
  pctSd?: number | null;
}

export const MIN_K = 3;
export const DEFAULT_K = 5;

export function isSmall(value: number, k: number): boolean {
  return value >= 1 && value < k;
}

function primary(count: Count, k: number): boolean {
  return isSmall(count.respondents, k) || isSmall(count.incidents, k);
}

/** A standard deviation as published: two decimals. */
export const roundSd = (variance: number) => Math.round(Math.sqrt(variance) * 100) / 100;

export function publish(count: Count, suppressed: boolean, base: number): PublishedCount {
  const noisy = count.variance !== undefined;
  if (suppressed) return { respondents: null, incidents: null, pctRespondents: null, suppressed: true, ...(noisy ? { sd: null, pctSd: null } : {}) };
  return {
    respondents: count.respondents,
    incidents: count.incidents,
    pctRespondents: base > 0 ? Math.round((count.respondents / base) * 1000) / 10 : null,
    suppressed: false,
    ...(noisy ? { sd: roundSd(count.variance!), pctSd: base > 0 ? Math.round((Math.sqrt(count.variance!) / base) * 1000) / 10 : null } : {}),
  };
}

export interface CrossTab {
  cells: Count[][];
  rowTotals: Count[];
  columnTotals: Count[];
  total: Count;
}

export interface SuppressedCrossTab {
  cells: PublishedCount[][];
  rowTotals: PublishedCount[];
  columnTotals: PublishedCount[];
  total: PublishedCount;
}

/**
 * The bases of a cross-tab's percentages: each column's (the respondents asked
 * that column's question), the rows' (asked who the perpetrators were) and the
 * total's. A base of 0 gives no percentage.
 */
export interface CrossTabBases {
  columns: number[];
  rows: number;
  total: number;
}

/**
 * Primary suppression hides counts from 1 to k − 1; complementary suppression
 * also hides what would let one be worked out from a total. Exact figures need
 * both. Figures read from a differentially private release need neither for
 * protection (a worked-out figure is a noisy release value), so they get the
 * primary rule only, as presentation: otherwise one small cell per column
 * would withhold every column's total.
 */
export function suppressCrossTab(table: CrossTab, k: number, base: number | CrossTabBases = table.total.respondents, complementary = true): SuppressedCrossTab {
  const bases = typeof base === 'number' ? { columns: table.columnTotals.map(() => base), rows: base, total: base } : base;
  const hidden = table.cells.map((row) => row.map((cell) => primary(cell, k)));
  const rowHidden = table.rowTotals.map((t, r) => primary(t, k) || (complementary && hidden[r].some(Boolean)));
  const colHidden = table.columnTotals.map((t, c) => primary(t, k) || (complementary && hidden.some((row) => row[c])));
  const totalHidden = primary(table.total, k);
  return {
    cells: table.cells.map((row, r) => row.map((cell, c) => publish(cell, hidden[r][c], bases.columns[c]))),
    rowTotals: table.rowTotals.map((t, r) => publish(t, rowHidden[r], bases.rows)),
    columnTotals: table.columnTotals.map((t, c) => publish(t, colHidden[c], bases.columns[c])),
    total: publish(table.total, totalHidden, bases.total),
  };
}

export interface OneWay {
  rows: Count[];
  total: Count;
}

export interface SuppressedOneWay {
  rows: PublishedCount[];
  total: PublishedCount;
}

export function suppressOneWay(table: OneWay, k: number, base = table.total.respondents, complementary = true): SuppressedOneWay {
  const hidden = table.rows.map((row) => primary(row, k));
  let totalHidden = primary(table.total, k);
  const needsMore = () => {
    if (!complementary) return false;
    const idx = hidden.map((h, i) => (h ? i : -1)).filter((i) => i >= 0);
    if (idx.length === 0) return false;
    const sum = (key: 'respondents' | 'incidents') => idx.reduce((s, i) => s + table.rows[i][key], 0);
    // Both ends: all at 1, or (respondents of primary cells are at most k − 1) all at k − 1.
    return idx.length < 2 || sum('respondents') <= idx.length || sum('incidents') <= idx.length || sum('respondents') === idx.length * (k - 1);
  };
  while (!totalHidden && needsMore()) {
    // The smallest published non-zero row becomes complementary.
    let pick = -1;
    for (let i = 0; i < table.rows.length; i++) {
      if (hidden[i] || table.rows[i].respondents === 0) continue;
      if (pick < 0 || table.rows[i].respondents < table.rows[pick].respondents) pick = i;
    }
    if (pick < 0) totalHidden = true;
    else hidden[pick] = true;
  }
  return { rows: table.rows.map((row, i) => publish(row, hidden[i], base)), total: publish(table.total, totalHidden, base) };
}
