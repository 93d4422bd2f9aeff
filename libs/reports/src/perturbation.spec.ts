import fc from 'fast-check';
import { addKeys, buildPTable, KEY_MODULUS, perturb, perturbation, rowVariance, validatePerturbation } from './perturbation';

const settings = { maxNoise: 4, variance: 1 };
const table = buildPTable(settings);

describe('perturbation table', () => {
  it('gives every row mean 0, the documented variance above maxNoise, and nothing beyond ±maxNoise', () => {
    for (let n = 1; n < table.rows.length; n++) {
      const row = table.rows[n];
      const mean = row.values.reduce((s, d, i) => s + d * row.probabilities[i], 0);
      expect(Math.abs(mean)).toBeLessThan(1e-9);
      expect(Math.max(...row.values.map(Math.abs))).toBeLessThanOrEqual(4);
      expect(Math.min(...row.values) + n).toBeGreaterThanOrEqual(1);
    }
    expect(rowVariance(table, 100)).toBeCloseTo(1, 6);
    expect(rowVariance(table, 3)).toBeLessThanOrEqual(1 + 1e-9);
    // Thin tails: the extremes are rare, so bounds reasoning almost never pins a count.
    const top = table.rows[table.rows.length - 1];
    expect(top.probabilities[0]).toBeLessThan(0.001);
  });

  it('keeps a count of 1 at 1 (it cannot move down, and the mean must stay 0) and refuses bad settings', () => {
    expect(table.rows[1].values).toEqual([0]);
    expect(validatePerturbation({ maxNoise: 0, variance: 1 })).not.toEqual([]);
    expect(validatePerturbation({ maxNoise: 2, variance: 5 })).not.toEqual([]);
    expect(() => buildPTable({ maxNoise: 3, variance: -1 })).toThrow();
  });
});

describe('perturb', () => {
  const count = fc.integer({ min: 0, max: 100_000 });
  const key = fc.integer({ min: 0, max: KEY_MODULUS - 1 });

  it('is a function of (count, cell key): the same cell always gets the same value', () => {
    fc.assert(fc.property(count, key, (n, k) => perturb(table, n, k, 'respondents') === perturb(table, n, k, 'respondents')));
  });

  it('keeps zero at zero, never goes negative, never makes a non-zero count zero, stays within the bound', () => {
    fc.assert(
      fc.property(count, key, fc.constantFrom('respondents' as const, 'incidents' as const), (n, k, kind) => {
        const v = perturb(table, n, k, kind);
        if (n === 0) return v === 0;
        return v >= 1 && Math.abs(v - n) <= settings.maxNoise;
      }),
      { numRuns: 5000 },
    );
  });

  it('draws independently for cells whose keys differ by one case, with the documented spread', () => {
    // Two sets that differ by one case: S and S ∪ {x}. The difference of their
    // published values is |x| plus noise of variance 2·V, not |x| exactly.
    const draws = 20_000;
    let exact = 0;
    let sumSq = 0;
    let s = 12345;
    const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
    for (let i = 0; i < draws; i++) {
      const keyS = next();
      const keyX = next();
      const diff = perturb(table, 101, addKeys(keyS, keyX), 'respondents') - perturb(table, 100, keyS, 'respondents');
      if (diff === 1) exact++;
      sumSq += (diff - 1) ** 2;
    }
    expect(sumSq / draws).toBeGreaterThan(1.8);
    expect(sumSq / draws).toBeLessThan(2.2);
    // P(d1 = d2) for independent draws = Σ p², about 0.28 for this table.
    const top = table.rows[table.rows.length - 1];
    const sameDraw = top.probabilities.reduce((acc, p) => acc + p * p, 0);
    expect(exact / draws).toBeGreaterThan(sameDraw - 0.02);
    expect(exact / draws).toBeLessThan(sameDraw + 0.02);
  });

  it('spreads draws over the whole row (the hash covers every position)', () => {
    const seen = new Map<number, number>();
    for (let k = 0; k < 50_000; k++) {
      const d = perturbation(table, 50, k * 7919, 'incidents');
      seen.set(d, (seen.get(d) ?? 0) + 1);
    }
    expect(Math.abs((seen.get(0) ?? 0) / 50_000 - table.rows[5].probabilities[4])).toBeLessThan(0.02);
    expect([...seen.keys()].sort((a, b) => a - b)[0]).toBeGreaterThanOrEqual(-4);
  });
});
