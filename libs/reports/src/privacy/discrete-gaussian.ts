import { createHash, randomBytes } from 'node:crypto';

/**
 * Exact sampling of the discrete Gaussian N_Z(0, σ²) (Canonne, Kamath and
 * Steinke, "The Discrete Gaussian for Differential Privacy", NeurIPS 2020,
 * Algorithms 1–3), with integer and rational arithmetic only: every
 * probability is a ratio of BigInts and every coin is a uniform integer drawn
 * by rejection from random bytes. No floating point touches the noise (a
 * floating-point Gaussian or Laplace leaks through its rounding, Mironov 2012).
 * Pure apart from the random source, which is injectable (a seeded one for
 * tests; node:crypto in production).
 */

/** A source of uniform integers in [0, n). */
export interface UniformSource {
  below(n: bigint): bigint;
}

/** A positive rational p/q (p ≥ 0, q > 0). */
export interface Rational {
  p: bigint;
  q: bigint;
}

/** Uniform integers in [0, n) from a byte source, by rejection (no modulo bias). */
function fromBytes(bytes: (n: number) => Buffer): UniformSource {
  return {
    below(n: bigint): bigint {
      if (n <= 0n) throw new RangeError('below(n) needs n > 0');
      if (n === 1n) return 0n;
      if (n <= 0xffffffffn) {
        // Small bounds (nearly every draw) with 32-bit integer operations: exact, and much faster than BigInt.
        const bound = Number(n);
        const bits = 32 - Math.clz32(bound - 1);
        const length = (bits + 7) >> 3;
        const mask = bits === 32 ? 0xffffffff : (1 << bits) - 1;
        for (;;) {
          const x = (bytes(length).readUIntBE(0, length) & mask) >>> 0;
          if (x < bound) return BigInt(x);
        }
      }
      const bits = (n - 1n).toString(2).length;
      const length = (bits + 7) >> 3;
      const mask = (1n << BigInt(bits)) - 1n;
      for (;;) {
        const x = BigInt(`0x${bytes(length).toString('hex')}`) & mask;
        if (x < n) return x;
      }
    },
  };
}

/** The production source: the operating system's CSPRNG (node:crypto), read 4 KiB at a time. */
export function cryptoSource(): UniformSource {
  let pool = randomBytes(4096);
  let at = 0;
  return fromBytes((n) => {
    if (at + n > pool.length) {
      pool = randomBytes(Math.max(4096, n));
      at = 0;
    }
    at += n;
    return pool.subarray(at - n, at);
  });
}

/**
 * A deterministic source for tests: SHA-256 in counter mode over the seed.
 * Not for releases (anyone who knows the seed knows the noise).
 */
export function seededSource(seed: string): UniformSource {
  let counter = 0;
  let pool = Buffer.alloc(0);
  return fromBytes((n) => {
    while (pool.length < n) {
      pool = Buffer.concat([pool, createHash('sha256').update(`${seed}\u0000${counter++}`).digest()]);
    }
    const out = pool.subarray(0, n);
    pool = pool.subarray(n);
    return Buffer.from(out);
  });
}

/** Bernoulli(p/q). */
function bernoulli(rng: UniformSource, { p, q }: Rational): boolean {
  if (p <= 0n) return false;
  if (p >= q) return true;
  return rng.below(q) < p;
}

/** Bernoulli(exp(−γ)) for a rational γ ≥ 0 (CKS Algorithm 1). */
export function bernoulliExp(rng: UniformSource, gamma: Rational): boolean {
  const { p, q } = gamma;
  if (p < 0n || q <= 0n) throw new RangeError('γ must be a non-negative rational');
  if (p <= q) {
    let k = 1n;
    while (bernoulli(rng, { p, q: q * k })) k++;
    return k % 2n === 1n;
  }
  for (let i = 0n; i < p / q; i++) if (!bernoulliExp(rng, { p: 1n, q: 1n })) return false;
  return bernoulliExp(rng, { p: p % q, q });
}

/** Discrete Laplace with scale t (a positive integer): P(x) ∝ exp(−|x|/t) (CKS Algorithm 2). */
export function discreteLaplace(rng: UniformSource, t: bigint): bigint {
  for (;;) {
    const u = rng.below(t);
    if (!bernoulliExp(rng, { p: u, q: t })) continue;
    let v = 0n;
    while (bernoulliExp(rng, { p: 1n, q: 1n })) v++;
    const x = u + t * v;
    const negative = bernoulli(rng, { p: 1n, q: 2n });
    if (negative && x === 0n) continue;
    return negative ? -x : x;
  }
}

/** ⌊√n⌋ for a non-negative BigInt (Newton's method). */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = n;
  let y = (x + 1n) / 2n;
  while (y < x) {
    x = y;
    y = (x + n / x) / 2n;
  }
  return x;
}

/**
 * One draw of the discrete Gaussian with variance parameter σ² = p/q
 * (CKS Algorithm 3): a discrete Laplace proposal with t = ⌊σ⌋ + 1, accepted
 * with probability exp(−(|Y| − σ²/t)² / (2σ²)).
 */
export function discreteGaussian(rng: UniformSource, sigma2: Rational): bigint {
  const { p, q } = sigma2;
  if (p <= 0n || q <= 0n) throw new RangeError('σ² must be a positive rational');
  const t = isqrt(p / q) + 1n;
  for (;;) {
    const y = discreteLaplace(rng, t);
    const abs = y < 0n ? -y : y;
    // (|Y| − σ²/t)² / (2σ²) = (|Y|·t·q − p)² / (2·t²·q·p)
    const d = abs * t * q - p;
    if (bernoulliExp(rng, { p: d * d, q: 2n * t * t * q * p })) return y;
  }
}

/** A decimal string ("0.5", "12", "1e-3" is refused) as an exact rational. */
export function rationalOf(decimal: string): Rational {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!m) throw new RangeError(`not a non-negative decimal: ${decimal}`);
  const frac = m[2] ?? '';
  return { p: BigInt(m[1] + frac), q: 10n ** BigInt(frac.length) };
}
