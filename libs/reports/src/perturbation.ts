import { createHash } from 'node:crypto';

/**
 * Cell-key perturbation (the method of the Australian Bureau of Statistics'
 * TableBuilder and of the UK's 2021 census tables). Pure functions.
 *
 * Every published case has a random record key (assigned by the database
 * when it is first published, never shown). The key of a cell is the sum of
 * the record keys of the cases in it, modulo 2^32, so the same set of cases
 * has the same cell key whichever report, filter or table it appears in, and
 * rollups can carry it as they carry counts. The published value of a count n
 * is n + d, where d is drawn from the row of the perturbation table for n at
 * a position given by a hash of the cell key. So:
 *
 * - the same set of cases always gets the same published value (asking again,
 *   or through other filters, gives no new draw to average);
 * - different sets get independent draws, also when they differ by a single
 *   case (the hash scrambles the cell key), so differencing two totals yields
 *   the difference plus noise, not the people in it;
 * - zero stays zero, a count of 1 or more stays at least 1, |d| ≤ maxNoise,
 *   d has mean 0 and variance `variance` for every n > maxNoise (less for
 *   smaller n, whose rows cannot go below 1).
 *
 * Each row is the maximum-entropy distribution on its support with mean 0 and
 * the given variance: p(d) ∝ exp(a·d + b·d²), a discrete Gaussian whose tails
 * are thin, so draws near ±maxNoise are rare.
 */
export interface PerturbationSettings {
  /** The largest |d| any count can receive. */
  maxNoise: number;
  /** The variance of d for counts above maxNoise. */
  variance: number;
}

export const KEY_MODULUS = 2 ** 32;

export interface PTableRow {
  /** The perturbations this row can give, ascending. */
  values: number[];
  probabilities: number[];
  cumulative: number[];
}

export interface PTable {
  settings: PerturbationSettings;
  /** rows[n] for n = 1 .. maxNoise + 1; every larger n uses the last row. */
  rows: PTableRow[];
}

function rowFor(values: number[], weights: number[]): PTableRow {
  const total = weights.reduce((s, w) => s + w, 0);
  const probabilities = weights.map((w) => w / total);
  let running = 0;
  const cumulative = probabilities.map((p) => (running += p));
  cumulative[cumulative.length - 1] = 1;
  return { values, probabilities, cumulative };
}

/** p(d) ∝ exp(a·d + b·d²) over `values`, computed without overflow. */
function gibbs(values: number[], a: number, b: number): number[] {
  const exps = values.map((d) => a * d + b * d * d);
  const top = Math.max(...exps);
  return exps.map((e) => Math.exp(e - top));
}

function moments(values: number[], weights: number[]): { mean: number; variance: number } {
  const total = weights.reduce((s, w) => s + w, 0);
  const mean = values.reduce((s, d, i) => s + d * weights[i], 0) / total;
  const variance = values.reduce((s, d, i) => s + (d - mean) ** 2 * weights[i], 0) / total;
  return { mean, variance };
}

function bisect(lo: number, hi: number, increasing: (x: number) => number): number {
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (increasing(mid) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** The maximum-entropy row with mean 0 and variance as close to `variance` as the support allows. */
function maxEntropyRow(values: number[], variance: number): PTableRow {
  if (values.length === 1 || values[0] === 0) return rowFor([0], [1]);
  const lo = values[0];
  const hi = values[values.length - 1];
  // A mean-0 distribution on [lo, hi] has variance at most −lo·hi (all mass at the two ends).
  const target = Math.min(variance, -lo * hi * 0.9);
  const meanZeroA = (b: number) => bisect(-60, 60, (a) => moments(values, gibbs(values, a, b)).mean);
  const b = bisect(-30, 30, (bb) => moments(values, gibbs(values, meanZeroA(bb), bb)).variance - target);
  return rowFor(values, gibbs(values, meanZeroA(b), b));
}

export function validatePerturbation(settings: PerturbationSettings): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(settings.maxNoise) || settings.maxNoise < 1 || settings.maxNoise > 10) problems.push('maxNoise must be a whole number from 1 to 10');
  if (!(settings.variance > 0) || settings.variance > settings.maxNoise ** 2 / 2) problems.push('variance must be above 0 and at most maxNoise²/2');
  return problems;
}

export function buildPTable(settings: PerturbationSettings): PTable {
  const problems = validatePerturbation(settings);
  if (problems.length) throw new Error(`Perturbation settings: ${problems.join('; ')}`);
  const D = settings.maxNoise;
  const rows: PTableRow[] = [rowFor([0], [1])]; // rows[0]: zero stays zero
  for (let n = 1; n <= D + 1; n++) {
    const values: number[] = [];
    for (let d = Math.max(-D, 1 - n); d <= D; d++) values.push(d);
    rows.push(maxEntropyRow(values, settings.variance));
  }
  return { settings, rows };
}

const tableCache = new Map<string, PTable>();
/** buildPTable, memoised per settings (building takes a few milliseconds). */
export function pTableFor(settings: PerturbationSettings): PTable {
  const id = `${settings.maxNoise}/${settings.variance}`;
  let table = tableCache.get(id);
  if (!table) tableCache.set(id, (table = buildPTable(settings)));
  return table;
}

export type CountKind = 'respondents' | 'incidents';

/** The position in [0, 1) at which a cell key reads its row: a hash, so that neighbouring keys draw independently. */
export function keyPosition(cellKey: number, kind: CountKind): number {
  const digest = createHash('sha256').update(`casebook-cell-key:${kind}:${cellKey}`).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

/** The perturbation of a count n with the given cell key. */
export function perturbation(table: PTable, count: number, cellKey: number, kind: CountKind): number {
  if (count <= 0) return 0;
  const row = table.rows[Math.min(count, table.rows.length - 1)];
  const u = keyPosition(cellKey, kind);
  const i = row.cumulative.findIndex((c) => u < c);
  return row.values[i < 0 ? row.values.length - 1 : i];
}

/** The published value of a count: the count plus its perturbation; never negative, zero only for zero. */
export function perturb(table: PTable, count: number, cellKey: number, kind: CountKind): number {
  return count + perturbation(table, count, cellKey, kind);
}

/** The variance of the perturbation a count n receives (the documented figure for n > maxNoise). */
export function rowVariance(table: PTable, count: number): number {
  const row = table.rows[Math.min(Math.max(count, 0), table.rows.length - 1)];
  return moments(row.values, row.probabilities).variance;
}

/** The sum of cell keys, modulo 2^32 (keys of disjoint sets of cases add). */
export function addKeys(a: number, b: number): number {
  return (a + b) % KEY_MODULUS;
}

/** The cell key of a set minus a subset of it. */
export function subtractKeys(a: number, b: number): number {
  return (((a - b) % KEY_MODULUS) + KEY_MODULUS) % KEY_MODULUS;
}
