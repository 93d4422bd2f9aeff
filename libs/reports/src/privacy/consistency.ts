/**
 * Post-processing of a noisy release into figures that can be published:
 * non-negative integers, consistent across the hierarchy (all → country →
 * region: every parent's value is the sum of its children's, table by table
 * and key by key) and within each unit (the parts of a partition — gender,
 * age band, work setting — sum to the unit's total). Top-down, as the Census
 * Bureau's TopDown algorithm: the parent is fixed first, then its children are
 * the nearest non-negative values (Euclidean projection onto the simplex)
 * summing to it, rounded to integers keeping the sum (largest remainders).
 * Pure and deterministic given the noisy values; post-processing costs no
 * privacy, so floating point is fine here.
 */

/** Values per table, per key (a unit's tables). */
export type UnitTables = Record<string, Record<string, number>>;

/** The nearest point (Euclidean) to `y` with x ≥ 0 and Σx = s (Duchi et al. 2008). */
export function projectToSimplex(y: number[], s: number): number[] {
  if (y.length === 0) return [];
  if (s <= 0) return y.map(() => 0);
  const u = [...y].sort((a, b) => b - a);
  let cumulative = 0;
  let theta = 0;
  for (let i = 0; i < u.length; i++) {
    cumulative += u[i];
    const t = (cumulative - s) / (i + 1);
    if (u[i] - t > 0) theta = t;
  }
  return y.map((v) => Math.max(0, v - theta));
}

/** Integers ≥ 0 summing to s, each the floor of x or one more (largest fractional parts first; ties to the earlier). */
export function roundToSum(x: number[], s: number): number[] {
  const floors = x.map((v) => Math.max(0, Math.floor(v + 1e-9)));
  let deficit = s - floors.reduce((a, b) => a + b, 0);
  const order = x.map((v, i) => ({ i, frac: v - Math.floor(v + 1e-9) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let n = 0; deficit > 0 && x.length > 0; n++, deficit--) floors[order[n % order.length].i]++;
  for (let n = order.length - 1; deficit < 0 && n >= 0; n--) {
    const i = order[n].i;
    const take = Math.min(floors[i], -deficit);
    floors[i] -= take;
    deficit += take;
  }
  return floors;
}

/** Non-negative integers summing to s, nearest to the noisy values y. */
export function nearestWithSum(y: number[], s: number): number[] {
  return roundToSum(projectToSimplex(y, s), s);
}

/**
 * A non-negative integer matrix with the given row sums and column sums
 * (Σ rows = Σ columns), near the noisy rows: rows from the smallest total
 * to the largest, each projected onto its total and rounded within what
 * the columns have left; the largest row takes what is left (its relative
 * error is the smallest).
 */
export function allocateMatrix(noisyRows: number[][], rowSums: number[], columnSums: number[]): number[][] {
  const left = [...columnSums];
  const out: number[][] = noisyRows.map(() => columnSums.map(() => 0));
  const order = rowSums.map((r, i) => ({ r, i })).sort((a, b) => a.r - b.r || a.i - b.i);
  order.forEach(({ r, i }, n) => {
    if (n === order.length - 1) {
      out[i] = [...left];
      return;
    }
    const target = projectToSimplex(noisyRows[i], r);
    const x = target.map((t, j) => Math.min(Math.floor(t + 1e-9), left[j]));
    let deficit = r - x.reduce((a, b) => a + b, 0);
    while (deficit > 0) {
      let best = -1;
      for (let j = 0; j < x.length; j++) if (x[j] < left[j] && (best < 0 || target[j] - x[j] > target[best] - x[best])) best = j;
      if (best < 0) break; // cannot happen when Σ left ≥ r
      const room = left[best] - x[best];
      const add = target[best] - x[best] > 1 ? Math.min(room, deficit, Math.floor(target[best] - x[best])) : 1;
      x[best] += add;
      deficit -= add;
    }
    out[i] = x;
    x.forEach((v, j) => (left[j] -= v));
  });
  return out;
}

/** A level of the hierarchy: its units and, below the top, each unit's parent. */
export interface LevelUnits {
  units: Array<{ unit: string; parent: string | null }>;
  /** The tables released at this level (a subset of the parent level's), and their keys. */
  tables: Record<string, string[]>;
}

/**
 * Makes a noisy release consistent, level by level. `partitions` names the
 * tables whose keys partition the respondents (their parts sum to `total`).
 */
export function makeConsistent(levels: LevelUnits[], noisy: Array<Map<string, UnitTables>>, partitions: readonly string[]): Array<Map<string, UnitTables>> {
  const out: Array<Map<string, UnitTables>> = [];
  levels.forEach((level, l) => {
    const published = new Map<string, UnitTables>();
    const value = (unit: string, table: string, key: string) => noisy[l].get(unit)?.[table]?.[key] ?? 0;
    if (l === 0) {
      for (const { unit } of level.units) {
        const t: UnitTables = {};
        const total = Math.max(0, Math.round(value(unit, 'total', '')));
        t.total = { '': total };
        for (const [table, keys] of Object.entries(level.tables)) {
          if (table === 'total') continue;
          const values = partitions.includes(table) ? nearestWithSum(keys.map((k) => value(unit, table, k)), total) : keys.map((k) => Math.max(0, Math.round(value(unit, table, k))));
          t[table] = Object.fromEntries(keys.map((k, i) => [k, values[i]]));
        }
        published.set(unit, t);
      }
    } else {
      const parents = out[l - 1];
      const children = new Map<string, string[]>();
      for (const { unit, parent } of level.units) children.set(parent!, [...(children.get(parent!) ?? []), unit]);
      for (const [parent, units] of children) {
        const p = parents.get(parent)!;
        const t = new Map(units.map((u) => [u, { total: {} } as UnitTables]));
        const totals = nearestWithSum(units.map((u) => value(u, 'total', '')), p.total['']);
        units.forEach((u, i) => (t.get(u)!.total[''] = totals[i]));
        for (const [table, keys] of Object.entries(level.tables)) {
          if (table === 'total') continue;
          let grid: number[][];
          if (partitions.includes(table)) {
            grid = allocateMatrix(units.map((u) => keys.map((k) => value(u, table, k))), totals, keys.map((k) => p[table][k]));
          } else {
            const columns = keys.map((k) => nearestWithSum(units.map((u) => value(u, table, k)), p[table][k]));
            grid = units.map((_, i) => columns.map((col) => col[i]));
          }
          units.forEach((u, i) => (t.get(u)![table] = Object.fromEntries(keys.map((k, j) => [k, grid[i][j]]))));
        }
        for (const [u, tables] of t) published.set(u, tables);
      }
    }
    out.push(published);
  });
  return out;
}
