import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededSource } from './discrete-gaussian';
import { allocateMatrix, nearestWithSum, projectToSimplex } from './consistency';
import { computeRelease, LEVEL_TABLES, levelVariances, PARTITION_TABLES, type ReleaseDomain, type ReleaseFigures, type ReleaseRespondent, releaseUnits, tableKeys, trueCounts } from './release';
import { epsilonOf, fitsBudget } from './budget';

const DOMAIN: ReleaseDomain = {
  perpetratorTypes: ['client', 'police', 'partner'],
  perpetratorGroups: ['state', 'private'],
  abuseTypes: ['physical_violence', 'rape', 'theft_robbery'],
  abuseGroups: ['physical', 'sexual', 'economic'],
  genders: ['female', 'male', 'trans_woman'],
  ageBands: ['18_24', '25_34', '35_plus'],
  workSettings: ['street', 'indoor'],
  locationTypes: ['street', 'home'],
  questions: ['physical', 'sexual', 'perpetrators'],
  countries: ['KG', 'RU', 'UA'],
  regions: { KG: ['KG-GB', 'KG-C'], RU: ['RU-NVS', 'RU-SPE', 'RU-MOW'], UA: ['UA-30'] },
};

function respondents(n: number, seed: string): ReleaseRespondent[] {
  const rng = seededSource(seed);
  const pick = <T>(xs: T[]) => xs[Number(rng.below(BigInt(xs.length)))];
  return Array.from({ length: n }, () => {
    const country = pick(DOMAIN.countries);
    const facts = Array.from({ length: 1 + Number(rng.below(3n)) }, () => {
      const pt = pick(DOMAIN.perpetratorTypes);
      const at = pick(DOMAIN.abuseTypes);
      return { perpetratorType: pt, perpetratorGroup: pt === 'police' ? 'state' : 'private', abuseType: at, abuseGroup: at === 'rape' ? 'sexual' : at === 'physical_violence' ? 'physical' : 'economic', locationType: pick(DOMAIN.locationTypes) };
    });
    return { country, region: pick(['', ...DOMAIN.regions[country]]), gender: pick(DOMAIN.genders), ageBand: pick(DOMAIN.ageBands), workSetting: pick(DOMAIN.workSettings), unasked: rng.below(5n) === 0n ? ['physical'] : [], facts };
  });
}

const value = (f: ReleaseFigures, level: keyof ReleaseFigures['levels'], unit: string, table: string, key: string) => (f.levels[level][unit] as Record<string, Record<string, number>> | undefined)?.[table]?.[key] ?? 0;

describe('a protected release', () => {
  const data = respondents(300, 'data');
  const release = computeRelease(data, DOMAIN, { p: 2n, q: 1n }, seededSource('noise'));
  const units = releaseUnits(DOMAIN);
  const keys = tableKeys(DOMAIN);

  it('publishes totals that are the sums of their parts, across the hierarchy and within each unit', () => {
    for (const [level, parentLevel] of [['country', 'all'], ['region', 'country']] as const) {
      for (const table of LEVEL_TABLES[level]) {
        for (const key of keys[table]) {
          for (const parent of units[parentLevel]) {
            const children = units[level].filter((u) => u.parent === parent.unit);
            const sum = children.reduce((s, c) => s + value(release, level, c.unit, table, key), 0);
            expect([level, parent.unit, table, key, sum]).toEqual([level, parent.unit, table, key, value(release, parentLevel, parent.unit, table, key)]);
          }
        }
      }
    }
    for (const level of ['all', 'country', 'region'] as const) {
      for (const { unit } of units[level]) {
        for (const table of PARTITION_TABLES) {
          const sum = keys[table].reduce((s, k) => s + value(release, level, unit, table, k), 0);
          expect(sum).toBe(value(release, level, unit, 'total', ''));
        }
      }
    }
  });

  it('has no negative or fractional value, and is deterministic given the noise', () => {
    for (const level of Object.values(release.levels)) for (const t of Object.values(level)) for (const row of Object.values(t)) for (const v of Object.values(row!)) expect(Number.isInteger(v) && v >= 0).toBe(true);
    expect(computeRelease(data, DOMAIN, { p: 2n, q: 1n }, seededSource('noise'))).toEqual(release);
    expect(computeRelease(data, DOMAIN, { p: 2n, q: 1n }, seededSource('other'))).not.toEqual(release);
  });

  it('stays near the truth, more so where ρ is larger', () => {
    const truth = trueCounts(data, DOMAIN);
    const mae = (rho: bigint, level: 0 | 1 | 2, name: 'all' | 'country' | 'region') => {
      const r = computeRelease(data, DOMAIN, { p: rho, q: 1n }, seededSource(`acc-${rho}`));
      let s = 0;
      let n = 0;
      for (const { unit } of units[name]) for (const table of LEVEL_TABLES[name]) for (const key of keys[table]) {
        s += Math.abs(value(r, name, unit, table, key) - (truth[level].get(unit)?.[table]?.[key] ?? 0));
        n++;
      }
      return s / n;
    };
    expect(mae(200n, 0, 'all')).toBeLessThan(1);
    expect(mae(200n, 0, 'all')).toBeLessThan(mae(1n, 0, 'all'));
    expect(release.respondents).toBe(300);
  });

  it('accounts ρ by the documented split and sensitivities', () => {
    const v = levelVariances(DOMAIN, { p: 20n, q: 1n });
    // all: total + 3 partitions (1 each) + 10 tables at min(8, keys): 3+2+3+3+8+8+6+6+3+2 = 44 → D = 48; ρ_all = 10.
    expect(v.all.d).toBe(48);
    expect(Number(v.all.sigma2.p) / Number(v.all.sigma2.q)).toBeCloseTo(48 / 20);
    const rhos = (['all', 'country', 'region'] as const).map((l) => Number(v[l].rho.p) / Number(v[l].rho.q));
    expect(rhos.reduce((a, b) => a + b, 0)).toBeCloseTo(20);
    expect(epsilonOf(1, 1e-6)).toBeCloseTo(1 + 2 * Math.sqrt(Math.log(1e6)));
    expect(fitsBudget('9.5', '0.5', '10')).toBe(true);
    expect(fitsBudget('9.5', '0.6', '10')).toBe(false);
  });

  it('the release path uses neither Math.random nor floating-point noise', () => {
    for (const file of ['discrete-gaussian.ts', 'release.ts', 'consistency.ts']) {
      expect(readFileSync(join(__dirname, file), 'utf8')).not.toMatch(/Math\.random/);
    }
    const release = readFileSync(join(__dirname, 'release.ts'), 'utf8');
    expect(release).toMatch(/discreteGaussian\(rng/);
    expect(release).not.toMatch(/Math\.(exp|log|random|sqrt)/);
  });
});

describe('consistency post-processing', () => {
  it('projects onto the simplex and rounds keeping the sum', () => {
    expect(projectToSimplex([3, -2, 1], 2)).toEqual([2, 0, 0]);
    expect(nearestWithSum([2.4, 2.4, -1], 5)).toEqual([3, 2, 0]);
    expect(nearestWithSum([-3, -1], 0)).toEqual([0, 0]);
    for (let i = 0; i < 200; i++) {
      const y = Array.from({ length: 1 + (i % 7) }, (_, j) => ((i * 31 + j * 17) % 23) - 8);
      const s = i % 13;
      const x = nearestWithSum(y, s);
      expect(x.reduce((a, b) => a + b, 0)).toBe(s);
      expect(x.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
    }
  });

  it('allocates a matrix with both margins exact', () => {
    for (let i = 0; i < 100; i++) {
      const rows = Array.from({ length: 2 + (i % 4) }, (_, r) => ((i * 7 + r * 5) % 11));
      const total = rows.reduce((a, b) => a + b, 0);
      const cols = nearestWithSum([total / 3 + (i % 3), total / 3, total / 3 - (i % 3)], total);
      const noisy = rows.map((r, a) => cols.map((_, b) => ((a * 13 + b * 7 + i) % 9) - 2));
      const m = allocateMatrix(noisy, rows, cols);
      m.forEach((row, r) => expect(row.reduce((a, b) => a + b, 0)).toBe(rows[r]));
      cols.forEach((c, j) => expect(m.reduce((s, row) => s + row[j], 0)).toBe(c));
      expect(m.flat().every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
    }
  });
});
