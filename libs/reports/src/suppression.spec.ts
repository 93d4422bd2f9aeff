import { suppressCrossTab, suppressOneWay, type Count } from './suppression';

const c = (respondents: number, incidents = respondents): Count => ({ respondents, incidents });

/**
 * The attacker: from everything a one-way table publishes (the total and the
 * published rows, additive when the rows partition the respondents), bound
 * each suppressed row by the linear constraints Σ suppressed = total − Σ
 * published, suppressed ≥ 1 (zeros are never suppressed) and, guessing that
 * every suppressed row is small, suppressed ≤ k − 1 (for respondents). A cell
 * is recovered when its lower and upper bounds meet.
 */
function recoverable(published: ReturnType<typeof suppressOneWay>, key: 'respondents' | 'incidents', k = 5): number[] {
  if (published.total[key] === null) return [];
  const hidden = published.rows.map((r, i) => (r.suppressed ? i : -1)).filter((i) => i >= 0);
  const rest = published.total[key]! - published.rows.reduce((s, r) => s + (r[key] ?? 0), 0);
  const n = hidden.length;
  const cap = key === 'respondents' ? k - 1 : Infinity;
  return hidden.filter(() => {
    const lower = Math.max(1, rest - (n - 1) * cap);
    const upper = Math.min(cap, rest - (n - 1));
    return lower === upper;
  });
}

describe('suppressOneWay', () => {
  it('publishes zeros and large counts, suppresses 1..k-1 with a complementary cell', () => {
    const table = { rows: [c(0), c(3), c(12), c(40)], total: c(55) };
    const out = suppressOneWay(table, 5);
    expect(out.rows.map((r) => r.respondents)).toEqual([0, null, null, 40]);
    expect(out.total.respondents).toBe(55);
    expect(recoverable(out, 'respondents')).toEqual([]);
  });

  it('adds complementary cells until the suppressed ones cannot all be 1', () => {
    const table = { rows: [c(1), c(1), c(30), c(31)], total: c(63) };
    const out = suppressOneWay(table, 5);
    expect(out.rows.filter((r) => r.suppressed)).toHaveLength(3);
    expect(recoverable(out, 'respondents')).toEqual([]);
  });

  it('withholds the total of a one-row table with a small count', () => {
    expect(suppressOneWay({ rows: [c(2)], total: c(2) }, 5)).toEqual({
      rows: [{ respondents: null, incidents: null, pctRespondents: null, suppressed: true }],
      total: { respondents: null, incidents: null, pctRespondents: null, suppressed: true },
    });
    const big = suppressOneWay({ rows: [c(9)], total: c(9) }, 5);
    expect(big.rows[0].respondents).toBe(9);
  });

  it('withholds the total when a single small cell has nothing to pair with', () => {
    const out = suppressOneWay({ rows: [c(0), c(2), c(0)], total: c(7) }, 5);
    expect(out.rows[1].suppressed).toBe(true);
    expect(out.total.suppressed).toBe(true);
  });

  it('suppresses respondents and incidents together', () => {
    const out = suppressOneWay({ rows: [c(6, 2), c(20, 25), c(30, 31)], total: c(56, 58) }, 5);
    expect(out.rows[0]).toMatchObject({ respondents: null, incidents: null, suppressed: true });
    expect(recoverable(out, 'incidents')).toEqual([]);
  });

  it('recovers nothing in many random tables', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let t = 0; t < 2000; t++) {
      const rows = Array.from({ length: 1 + Math.floor(random() * 6) }, () => c(Math.floor(random() * random() * 30)));
      const total = c(rows.reduce((s, r) => s + r.respondents, 0));
      const k = 3 + Math.floor(random() * 5);
      const out = suppressOneWay({ rows, total }, k);
      expect(recoverable(out, 'respondents', k)).toEqual([]);
      out.rows.forEach((r, i) => {
        if (!r.suppressed) expect(r.respondents).toBe(rows[i].respondents);
      });
    }
  });
});

describe('suppressCrossTab', () => {
  it('suppresses small cells and withholds the margins of their rows and columns', () => {
    const out = suppressCrossTab(
      {
        cells: [
          [c(12), c(2)],
          [c(0), c(30)],
        ],
        rowTotals: [c(13), c(30)],
        columnTotals: [c(12), c(31)],
        total: c(42),
      },
      5,
    );
    expect(out.cells.map((row) => row.map((x) => x.respondents))).toEqual([
      [12, null],
      [0, 30],
    ]);
    expect(out.rowTotals.map((x) => x.respondents)).toEqual([null, 30]);
    expect(out.columnTotals.map((x) => x.respondents)).toEqual([12, null]);
    expect(out.total.respondents).toBe(42);
    expect(out.cells[0][0].pctRespondents).toBe(28.6);
  });
});

describe('complementary suppression, upper bound', () => {
  it('suppresses further when the hidden cells must each be k − 1', () => {
    // Two age bands of 4 each (k = 5) and a total of 40: 8 hidden between two
    // cells of at most 4 pins both to 4. A third cell must be hidden.
    const table = { rows: [c(4), c(4), c(12), c(20)], total: c(40) };
    const out = suppressOneWay(table, 5);
    expect(out.rows.filter((r) => r.suppressed).length).toBeGreaterThanOrEqual(3);
    expect(recoverable(out, 'respondents', 5)).toEqual([]);
  });
});
