import { createHash } from 'node:crypto';
import { discreteGaussian, type Rational, type UniformSource } from './discrete-gaussian';
import { makeConsistent, type LevelUnits, type UnitTables } from './consistency';

/**
 * One protected release of a period: a fixed hierarchy of tables
 * (all → country → region, each unit with its total, its partitions by
 * gender, age band and work setting, perpetrator types and groups, abuse
 * types and groups and their crossings, the respondents not asked each
 * question, the location types), every count plus discrete Gaussian noise
 * (zero-concentrated differential privacy), then post-processed into
 * consistent non-negative integers (consistency.ts). Every report is computed
 * from releases only. Pure apart from the random source.
 *
 * Privacy accounting (zCDP, Bun and Steinke 2016): adding N_Z(0, σ²) to a
 * query of L2 sensitivity Δ is ρ-zCDP with ρ = Δ²/(2σ²); queries compose by
 * adding their ρ. One respondent is in one unit per level (the country and
 * region of most of their incidents in the period), in one key of each
 * partition (Δ² = 1 each, and 1 for the total), and in at most
 * CONTRIBUTION_CAP keys of every other table (more are dropped, the first
 * ones in code order kept; Δ² = the cap). A level's sensitivity D is the sum
 * of its tables' Δ²; every table of the level gets the same σ², so the level
 * spends ρ_level = D/(2σ²).
 *
 * The split rule: a release of ρ spends ρ/2 on the whole data set, 3ρ/10 on
 * the countries and ρ/5 on the regions (national figures, SWAN's headline,
 * are the most precise; a region's are the least).
 */
export const RELEASE_LEVELS = ['all', 'country', 'region'] as const;
export type ReleaseLevel = (typeof RELEASE_LEVELS)[number];

export const LEVEL_SHARES: Record<ReleaseLevel, Rational> = { all: { p: 1n, q: 2n }, country: { p: 3n, q: 10n }, region: { p: 1n, q: 5n } };

/** Tables whose keys partition the respondents (plus the total itself). */
export const PARTITION_TABLES = ['gender', 'age_band', 'work_setting'] as const;
export const MULTI_TABLES = ['perp_type', 'perp_group', 'abuse_type', 'abuse_group', 'cell_tt', 'cell_tg', 'cell_gt', 'cell_gg', 'unasked', 'location_type'] as const;
export type ReleaseTable = 'total' | (typeof PARTITION_TABLES)[number] | (typeof MULTI_TABLES)[number];

/** The regions' level leaves out the tables by abuse type (about 1,100 regions × hundreds of cells): region figures are by abuse group. */
export const LEVEL_TABLES: Record<ReleaseLevel, readonly ReleaseTable[]> = {
  all: ['total', ...PARTITION_TABLES, ...MULTI_TABLES],
  country: ['total', ...PARTITION_TABLES, ...MULTI_TABLES],
  region: ['total', ...PARTITION_TABLES, 'perp_type', 'perp_group', 'abuse_group', 'cell_tg', 'cell_gg', 'unasked'],
};

/**
 * At most this many keys of a table count one respondent (bounds the
 * sensitivity). About 1 % of respondents have more (perpetrator × abuse pairs
 * in one year); which of theirs are kept is decided by a hash of the case and
 * the key, so that no category is systematically the one dropped.
 */
export const CONTRIBUTION_CAP = 8;

/** Countries outside the domain are released together under this code. */
export const OTHER_COUNTRY = 'ZZ';

/** Everything that could be counted, whatever the data (so the shape of a release reveals nothing). */
export interface ReleaseDomain {
  perpetratorTypes: string[];
  perpetratorGroups: string[];
  abuseTypes: string[];
  abuseGroups: string[];
  genders: string[];
  ageBands: string[];
  workSettings: string[];
  locationTypes: string[];
  questions: string[];
  countries: string[];
  /** Each country's ISO 3166-2 regions ('' — not recorded — is added). */
  regions: Record<string, string[]>;
}

/** One respondent of the period, as the release sees them. */
export interface ReleaseRespondent {
  /** The case's id (only to choose fairly which keys to keep beyond the cap). */
  caseId?: string;
  country: string;
  region: string;
  gender: string;
  ageBand: string;
  workSetting: string;
  unasked: string[];
  facts: Array<{ perpetratorType: string; perpetratorGroup: string; abuseType: string; abuseGroup: string; locationType: string | null }>;
}

/** A release's figures: per level, per unit, per table, per key; zeros left out. */
export interface ReleaseFigures {
  levels: Record<ReleaseLevel, Record<string, Partial<Record<ReleaseTable, Record<string, number>>>>>;
  /** The noise's variance σ² per level, exactly ("p/q") and as a number. */
  sigma2: Record<ReleaseLevel, string>;
  variance: Record<ReleaseLevel, number>;
  /** ρ spent per level ("p/q"); they add up to the release's ρ. */
  rho: Record<ReleaseLevel, string>;
  respondents: number;
}

const cross = (a: string[], b: string[]) => a.flatMap((x) => b.map((y) => `${x}|${y}`));

export function tableKeys(domain: ReleaseDomain): Record<ReleaseTable, string[]> {
  return {
    total: [''],
    gender: domain.genders,
    age_band: domain.ageBands,
    work_setting: domain.workSettings,
    perp_type: domain.perpetratorTypes,
    perp_group: domain.perpetratorGroups,
    abuse_type: domain.abuseTypes,
    abuse_group: domain.abuseGroups,
    cell_tt: cross(domain.perpetratorTypes, domain.abuseTypes),
    cell_tg: cross(domain.perpetratorTypes, domain.abuseGroups),
    cell_gt: cross(domain.perpetratorGroups, domain.abuseTypes),
    cell_gg: cross(domain.perpetratorGroups, domain.abuseGroups),
    unasked: domain.questions,
    location_type: domain.locationTypes,
  };
}

/** Δ² of a table: 1 for the total and the partitions, else the cap (or fewer keys). */
export function tableSensitivity2(table: ReleaseTable, keys: string[]): number {
  return table === 'total' || (PARTITION_TABLES as readonly string[]).includes(table) ? 1 : Math.min(CONTRIBUTION_CAP, keys.length);
}

/** The units of each level, with their parents. */
export function releaseUnits(domain: ReleaseDomain): Record<ReleaseLevel, Array<{ unit: string; parent: string | null }>> {
  const countries = [...new Set([...domain.countries, OTHER_COUNTRY])].sort();
  return {
    all: [{ unit: '*', parent: null }],
    country: countries.map((c) => ({ unit: c, parent: '*' })),
    region: countries.flatMap((c) => [...new Set(['', ...(domain.regions[c] ?? [])])].sort().map((r) => ({ unit: `${c}/${r}`, parent: c }))),
  };
}

/** σ² = D / (2ρ·share) for each level, exactly. */
export function levelVariances(domain: ReleaseDomain, rho: Rational): Record<ReleaseLevel, { sigma2: Rational; rho: Rational; d: number }> {
  const keys = tableKeys(domain);
  return Object.fromEntries(
    RELEASE_LEVELS.map((level) => {
      const d = LEVEL_TABLES[level].reduce((s, t) => s + tableSensitivity2(t, keys[t]), 0);
      const share = LEVEL_SHARES[level];
      const levelRho = { p: rho.p * share.p, q: rho.q * share.q };
      return [level, { d, rho: levelRho, sigma2: { p: BigInt(d) * levelRho.q, q: 2n * levelRho.p } }];
    }),
  ) as Record<ReleaseLevel, { sigma2: Rational; rho: Rational; d: number }>;
}

/** The keys one respondent counts in, per table (capped, in code order). */
export function respondentKeys(r: ReleaseRespondent, domain: ReleaseDomain): Record<ReleaseTable, string[]> {
  const keys = tableKeys(domain);
  const known = (table: ReleaseTable) => new Set(keys[table]);
  const capped = (table: ReleaseTable, values: string[]) => {
    const k = known(table);
    const distinct = [...new Set(values)].filter((v) => k.has(v)).sort();
    if (distinct.length <= CONTRIBUTION_CAP) return distinct;
    const rank = (v: string) => createHash('sha256').update(`${r.caseId ?? ''}\u0000${v}`).digest('hex');
    return distinct
      .map((v) => [rank(v), v] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .slice(0, CONTRIBUTION_CAP)
      .map(([, v]) => v)
      .sort();
  };
  const one = (table: ReleaseTable, value: string) => (known(table).has(value) ? [value] : []);
  const f = r.facts;
  return {
    total: [''],
    gender: one('gender', r.gender),
    age_band: one('age_band', r.ageBand),
    work_setting: one('work_setting', r.workSetting),
    perp_type: capped('perp_type', f.map((x) => x.perpetratorType)),
    perp_group: capped('perp_group', f.map((x) => x.perpetratorGroup)),
    abuse_type: capped('abuse_type', f.map((x) => x.abuseType)),
    abuse_group: capped('abuse_group', f.map((x) => x.abuseGroup)),
    cell_tt: capped('cell_tt', f.map((x) => `${x.perpetratorType}|${x.abuseType}`)),
    cell_tg: capped('cell_tg', f.map((x) => `${x.perpetratorType}|${x.abuseGroup}`)),
    cell_gt: capped('cell_gt', f.map((x) => `${x.perpetratorGroup}|${x.abuseType}`)),
    cell_gg: capped('cell_gg', f.map((x) => `${x.perpetratorGroup}|${x.abuseGroup}`)),
    unasked: capped('unasked', r.unasked),
    location_type: capped('location_type', f.flatMap((x) => (x.locationType ? [x.locationType] : []))),
  };
}

/** The true counts, per level and unit (only what is non-zero). */
export function trueCounts(respondents: ReleaseRespondent[], domain: ReleaseDomain): Array<Map<string, UnitTables>> {
  const units = releaseUnits(domain);
  const countryOf = new Set(units.country.map((u) => u.unit));
  const regionOf = new Set(units.region.map((u) => u.unit));
  const out = RELEASE_LEVELS.map(() => new Map<string, UnitTables>());
  for (const r of respondents) {
    const country = countryOf.has(r.country) ? r.country : OTHER_COUNTRY;
    const region = regionOf.has(`${country}/${r.region}`) ? `${country}/${r.region}` : `${country}/`;
    const keys = respondentKeys(r, domain);
    RELEASE_LEVELS.forEach((level, l) => {
      const unit = level === 'all' ? '*' : level === 'country' ? country : region;
      const tables = out[l].get(unit) ?? {};
      for (const table of LEVEL_TABLES[level]) {
        const t = (tables[table] ??= {});
        for (const k of keys[table]) t[k] = (t[k] ?? 0) + 1;
      }
      out[l].set(unit, tables);
    });
  }
  return out;
}

/**
 * The release: true counts of the respondents, noise on every cell of the
 * domain (zeros too), then consistency. `rho` is what the release spends.
 */
export function computeRelease(respondents: ReleaseRespondent[], domain: ReleaseDomain, rho: Rational, rng: UniformSource): ReleaseFigures {
  const keys = tableKeys(domain);
  const units = releaseUnits(domain);
  const variances = levelVariances(domain, rho);
  const truth = trueCounts(respondents, domain);
  const noisy = RELEASE_LEVELS.map((level, l) => {
    const sigma2 = variances[level].sigma2;
    const out = new Map<string, UnitTables>();
    for (const { unit } of units[level]) {
      const t: UnitTables = {};
      for (const table of LEVEL_TABLES[level]) {
        const row: Record<string, number> = {};
        for (const k of keys[table]) {
          const exact = BigInt(truth[l].get(unit)?.[table]?.[k] ?? 0);
          row[k] = Number(exact + discreteGaussian(rng, sigma2));
        }
        t[table] = row;
      }
      out.set(unit, t);
    }
    return out;
  });
  const levels: LevelUnits[] = RELEASE_LEVELS.map((level) => ({
    units: units[level],
    tables: Object.fromEntries(LEVEL_TABLES[level].map((t) => [t, keys[t]])),
  }));
  const published = makeConsistent(levels, noisy, PARTITION_TABLES);
  const sparse = (tables: UnitTables) =>
    Object.fromEntries(
      Object.entries(tables)
        .map(([t, row]) => [t, Object.fromEntries(Object.entries(row).filter(([, v]) => v !== 0))] as const)
        .filter(([, row]) => Object.keys(row).length > 0),
    );
  const ratio = (r: Rational) => `${r.p}/${r.q}`;
  return {
    levels: Object.fromEntries(RELEASE_LEVELS.map((level, l) => [level, Object.fromEntries([...published[l]].map(([u, t]) => [u, sparse(t)]).filter(([, t]) => Object.keys(t).length > 0))])) as ReleaseFigures['levels'],
    sigma2: Object.fromEntries(RELEASE_LEVELS.map((l) => [l, ratio(variances[l].sigma2)])) as Record<ReleaseLevel, string>,
    variance: Object.fromEntries(RELEASE_LEVELS.map((l) => [l, ratioValue(variances[l].sigma2)])) as Record<ReleaseLevel, number>,
    rho: Object.fromEntries(RELEASE_LEVELS.map((l) => [l, ratio(variances[l].rho)])) as Record<ReleaseLevel, string>,
    respondents: respondents.length,
  };
}

/** A rational as a number (for display and the standard deviations stated beside figures; never for noise). */
export function ratioValue(r: Rational): number {
  return Number((r.p * 1_000_000n) / r.q) / 1_000_000;
}
