import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bernoulliExp, cryptoSource, discreteGaussian, discreteLaplace, isqrt, rationalOf, seededSource } from './discrete-gaussian';

/** The discrete Gaussian's probabilities, for checking only (floating point is fine here: it is the test, not the noise). */
function pmf(sigma2: number, range = 60): Map<number, number> {
  const w = new Map<number, number>();
  let z = 0;
  for (let x = -range; x <= range; x++) {
    const v = Math.exp(-(x * x) / (2 * sigma2));
    w.set(x, v);
    z += v;
  }
  for (const [x, v] of w) w.set(x, v / z);
  return w;
}

describe('discrete Gaussian sampler (Canonne–Kamath–Steinke 2020)', () => {
  it('draws with the right mean, variance and probabilities', () => {
    for (const [sigma2, label] of [[{ p: 9n, q: 4n }, 2.25], [{ p: 11n, q: 2n }, 5.5], [{ p: 1n, q: 4n }, 0.25]] as const) {
      const rng = seededSource(`dist-${label}`);
      const n = 20_000;
      const draws = Array.from({ length: n }, () => Number(discreteGaussian(rng, sigma2)));
      const mean = draws.reduce((s, x) => s + x, 0) / n;
      const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / n;
      const expected = pmf(label);
      const trueVariance = [...expected].reduce((s, [x, p]) => s + p * x * x, 0);
      expect(Math.abs(mean)).toBeLessThan(5 * Math.sqrt(trueVariance / n));
      expect(Math.abs(variance - trueVariance) / trueVariance).toBeLessThan(0.05);
      // Chi-square over the values with an expected count of at least 20 (the rest pooled).
      const counts = new Map<number, number>();
      for (const x of draws) counts.set(x, (counts.get(x) ?? 0) + 1);
      let chi = 0;
      let cells = 0;
      let pooledObserved = n;
      let pooledExpected = n;
      for (const [x, p] of expected) {
        if (p * n < 20) continue;
        const o = counts.get(x) ?? 0;
        chi += (o - p * n) ** 2 / (p * n);
        pooledObserved -= o;
        pooledExpected -= p * n;
        cells++;
      }
      if (pooledExpected > 5) {
        chi += (pooledObserved - pooledExpected) ** 2 / pooledExpected;
        cells++;
      }
      // The 99.9th percentile of chi-square with ≤ 30 degrees of freedom is below 60.
      expect(cells).toBeGreaterThan(2);
      expect(chi).toBeLessThan(60);
    }
  });

  it('Bernoulli(exp(−γ)) and the discrete Laplace have their exact rates', () => {
    const rng = seededSource('bern');
    const n = 20_000;
    for (const [p, q] of [[1n, 2n], [3n, 1n], [7n, 5n]] as const) {
      const hits = Array.from({ length: n }, () => bernoulliExp(rng, { p, q })).filter(Boolean).length;
      const expected = Math.exp(-Number(p) / Number(q));
      expect(Math.abs(hits / n - expected)).toBeLessThan(4 * Math.sqrt((expected * (1 - expected)) / n));
    }
    const lap = Array.from({ length: n }, () => Number(discreteLaplace(rng, 2n)));
    const zero = lap.filter((x) => x === 0).length / n;
    const expectedZero = Math.tanh(1 / 4); // (1 − e^{−1/t}) / (1 + e^{−1/t}) with t = 2
    expect(Math.abs(zero - expectedZero)).toBeLessThan(0.02);
  });

  it('is deterministic for a fixed seed and differs between seeds', () => {
    const draw = (seed: string) => {
      const rng = seededSource(seed);
      return Array.from({ length: 50 }, () => discreteGaussian(rng, { p: 11n, q: 2n }));
    };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
  });

  it('the crypto source draws uniform integers, even beyond 2^53', () => {
    const rng = cryptoSource();
    const big = 2n ** 80n + 17n;
    for (let i = 0; i < 100; i++) {
      const x = rng.below(big);
      expect(x >= 0n && x < big).toBe(true);
    }
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[Number(rng.below(3n))]++;
    for (const c of counts) expect(c).toBeGreaterThan(850);
  });

  it('helpers: integer square root and exact decimals', () => {
    for (let n = 0n; n < 2000n; n++) {
      const r = isqrt(n);
      expect(r * r <= n && (r + 1n) * (r + 1n) > n).toBe(true);
    }
    expect(rationalOf('0.25')).toEqual({ p: 25n, q: 100n });
    expect(rationalOf('12')).toEqual({ p: 12n, q: 1n });
    expect(() => rationalOf('-1')).toThrow();
    expect(() => rationalOf('1e-3')).toThrow();
  });

  it('the sampler uses neither Math.random nor floating-point arithmetic', () => {
    const sampler = readFileSync(join(__dirname, 'discrete-gaussian.ts'), 'utf8');
    expect(sampler).not.toMatch(/Math\.(exp|log|sqrt|random|pow)/);
    // Numbers appear only as exact 32-bit integers when drawing uniform integers below a small bound.
    expect(sampler.match(/Number\(/g) ?? []).toHaveLength(1);
    expect(sampler).toMatch(/const bound = Number\(n\);/);
  });
});
