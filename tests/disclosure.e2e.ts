import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { prng, syntheticCase } from '@casebook/synthetic';
import { ReleaseRepository, type ReportResult, trueCounts } from '@casebook/reports';
import { http, startApi, type RunningApi } from './support/api';
import { requestReport } from './support/reports';
import { signIn, type SignedIn } from './support/identity';
import { eventually, startWorker } from './support/worker';

/**
 * The reconstruction attack of issue 24, through the HTTP API with researcher
 * accounts and nothing else, on a SWAN-sized data set (211 respondents in 11
 * countries and their regions, one year): many reports with random subsets
 * of countries and regions, one perpetrator type or all, abuses by type or
 * group, compared by country or region; then the exact posterior of every
 * small count (1 to k − 1) given everything published, using the published
 * noise distribution (a discrete Gaussian with the stated sd). The true counts
 * come from the database, so the test knows exactly what the attacker must
 * not learn. One researcher, three colluding, and all of them together.
 */
const K = 5;
const YEAR = 2025;
const COUNTRY_SIZES: Record<string, number> = { KZ: 30, KG: 19, TJ: 15, UZ: 20, RU: 40, UA: 25, MD: 12, GE: 15, AM: 10, AZ: 10, BY: 15 };
const COUNTRIES = Object.keys(COUNTRY_SIZES).sort();
const PERPETRATORS = ['police', 'client', 'partner'];

/** One published figure: what the attacker sees (null when suppressed) and the sd the report states for it. */
interface Observation {
  value: number | null;
  sd: number | null;
}

/** P(n | everything observed) for n = 0..max, uniform prior: the discrete Gaussian likelihood of the figure (or of 1..k−1 when suppressed). */
function posterior(obs: Observation, sd: number, max = 250): number[] {
  const pmf = (x: number) => Math.exp(-(x * x) / (2 * sd * sd));
  const like = Array.from({ length: max + 1 }, (_, n) => {
    if (obs.value !== null) return pmf(obs.value - n);
    let s = 0;
    for (let v = 1; v < K; v++) s += pmf(v - n);
    return s;
  });
  const z = like.reduce((a, b) => a + b, 0);
  return like.map((l) => l / z);
}

describe('disclosure control against researchers who reconstruct small counts', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;
  let db: DataSource;
  let researchers: SignedIn[];
  let interviewer: SignedIn;
  let admin: SignedIn;
  let regionsOf: Record<string, string[]>;

  const asJson = (who: SignedIn, path: string, init: { method?: string; body?: unknown } = {}) => http(`${api.url}/api/v1${path}`, { ...init, token: who.accessToken });

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker();
    db = api.app.get(DataSource);
    researchers = [await signIn(api, 'researcher', 'Disclosure NGO'), await signIn(api, 'researcher', 'Disclosure NGO'), await signIn(api, 'researcher', 'Other NGO')];
    interviewer = await signIn(api, 'interviewer', 'Disclosure NGO');
    admin = await signIn(api, 'admin', 'Disclosure NGO');
    // 211 respondents through the API, all in one year: submitted by an interviewer, through the redaction step, approved by an admin.
    const random = prng(211);
    const bodies = COUNTRIES.flatMap((country) =>
      Array.from({ length: COUNTRY_SIZES[country] }, () => {
        const c = syntheticCase(random, new Date(Date.UTC(2026, 5, 1)), false);
        const incidents = c.incidents.map((i, n) => ({
          ...i,
          year: YEAR,
          regionCode: undefined,
          // One in ten respondents also reports an incident in a neighbouring country.
          country: n > 0 && random() < 0.1 ? COUNTRIES[(COUNTRIES.indexOf(country) + 1) % COUNTRIES.length] : country,
        }));
        return { ...c, id: crypto.randomUUID(), country, regionCode: c.country === country ? c.regionCode : null, incidents, submit: true };
      }),
    );
    expect(bodies).toHaveLength(211);
    for (let i = 0; i < bodies.length; i += 8) {
      await Promise.all(
        bodies.slice(i, i + 8).map(async (body) => {
          const created = await asJson(interviewer, '/cases', { body });
          if (created.status !== 201) throw new Error(`case refused: ${JSON.stringify(created.body)}`);
        }),
      );
    }
    for (let i = 0; i < bodies.length; i += 8) {
      await Promise.all(
        bodies.slice(i, i + 8).map(async (body) => {
          await eventually(async () => (await asJson(admin, `/cases/${body.id}`)).body.status === 'in_review', 60_000, 100);
          expect((await asJson(admin, `/cases/${body.id}/redaction/approve`, { method: 'POST' })).status).toBe(200);
        }),
      );
    }
    // The admin publishes the year's protected release at the default budget.
    const release = await asJson(admin, '/releases', { method: 'POST', body: { period: String(YEAR) } });
    expect(release.status).toBe(202);
    expect(release.body.respondents).toBe(211);
    const rows: Array<{ region: string }> = await db.query(`SELECT DISTINCT region FROM report_facts WHERE region <> '' ORDER BY 1`);
    regionsOf = {};
    for (const { region } of rows) (regionsOf[region.slice(0, 2)] ??= []).push(region);
  }, 300_000);

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('pins no small count, alone or colluding, and guesses them no better than reading their own figures', async () => {
    const random = prng(24);
    const pick = <T>(xs: T[], share: number) => xs.filter(() => random() < share);
    const allRegions = Object.values(regionsOf).flat();
    expect(allRegions.length).toBeGreaterThan(11);

    /** Every figure seen, by the count it measures: level|unit|table|key; and who saw it. */
    const seen = new Map<string, Observation & { by: Set<number> }>();
    const levelSd: Record<string, number> = {};
    let inconsistent = 0;
    let refused = 0;
    const observe = (who: number, level: string, unit: string, table: string, key: string, figure: { respondents: number | null; suppressed: boolean; sd?: number | null }) => {
      const id = `${level}|${unit}|${table}|${key}`;
      const value = figure.suppressed ? null : figure.respondents;
      if (figure.sd) levelSd[level] = figure.sd;
      const before = seen.get(id);
      // A release is fixed: asking again (in any report, by anyone) gives the same figure, so it adds nothing.
      // (Complementary suppression depends on the table, so a figure hidden in one report may be shown in another: the attacker keeps the number.)
      if (before && before.value !== null && value !== null && before.value !== value) inconsistent++;
      const entry = before ?? { value, sd: figure.sd ?? null, by: new Set<number>() };
      if (value !== null && entry.value === null) Object.assign(entry, { value, sd: figure.sd ?? entry.sd });
      entry.by.add(who);
      seen.set(id, entry);
    };
    const record = (who: number, result: ReportResult, body: Record<string, unknown>) => {
      const c = result.comparison!;
      const level = body.compareBy === 'country' ? 'country' : 'region';
      const only = (body.perpetratorTypes as string[] | undefined)?.[0];
      const a = body.abuses === 'group' ? 'g' : 't';
      c.units.forEach((u, i) => {
        const unit = level === 'country' ? u.key : `${u.key.slice(0, 2)}/${u.key}`;
        observe(who, level, unit, 'total', '', c.totals[i]);
        c.columns.forEach((col, j) => {
          const [table, key] = only ? [`cell_t${a}`, `${only}|${col.key}`] : [a === 'g' ? 'abuse_group' : 'abuse_type', col.key];
          observe(who, level, unit, table, key, c.cells[i][j]);
        });
      });
    };

    // The attackers' questions: random halves of the countries (by type) and of the regions (by group), one perpetrator or all.
    const perResearcher = 14;
    for (let who = 0; who < researchers.length; who++) {
      for (let q = 0; q < perResearcher; q++) {
        const perpetratorTypes = random() < 0.5 ? [PERPETRATORS[Math.floor(random() * PERPETRATORS.length)]] : undefined;
        const byRegion = q % 2 === 1;
        const body: Record<string, unknown> = byRegion
          ? { regions: pick(allRegions, 0.5), compareBy: 'region', abuses: 'group', perpetratorTypes, k: K }
          : { countries: pick(COUNTRIES, 0.5), compareBy: 'country', abuses: q % 4 === 0 ? 'group' : 'type', perpetratorTypes, k: K, ...(random() < 0.5 ? { from: `${YEAR}-01`, to: `${YEAR}-12` } : {}) };
        if ((body.regions as string[] | undefined)?.length === 0 || (body.countries as string[] | undefined)?.length === 0) continue;
        record(who, (await requestReport(api, researchers[who], body, 60_000)).result, body);
      }
      // What the releases cannot answer is refused, naming why: months, and a gender crossed with the tables.
      for (const body of [{ from: `${YEAR}-02`, to: `${YEAR}-12` }, { genders: ['male'] }]) {
        const r = await asJson(researchers[who], '/reports', { body: { ...body, k: K } });
        expect(r.status).toBe(422);
        refused++;
      }
    }
    expect(inconsistent).toBe(0);
    expect(refused).toBe(6);

    // Differencing gives nothing: the total of a set of countries is the sum of their own figures, exactly.
    const some = COUNTRIES.slice(0, 6);
    const whole = (await requestReport(api, researchers[0], { countries: some, k: K })).result as ReportResult;
    const parts = await Promise.all(some.map(async (c) => ((await requestReport(api, researchers[0], { countries: [c], k: 1 + K })).result as ReportResult).total.respondents));
    if (parts.every((p) => p !== null) && whole.total.respondents !== null) expect(parts.reduce((s, p) => s! + p!, 0)).toBe(whole.total.respondents);

    // The truth, counted the way the release counts (each respondent in the country and region of most incidents).
    const repository = api.app.get(ReleaseRepository);
    const [respondents, domain] = await Promise.all([repository.unreleasedRespondents(db.manager, String(YEAR), false), repository.domain(db.manager)]);
    const truth = trueCounts(respondents, domain);
    const levels = ['all', 'country', 'region'];
    const trueOf = (id: string) => {
      const [level, unit, table, key] = id.split('|');
      return truth[levels.indexOf(level)].get(unit)?.[table]?.[key] ?? 0;
    };

    const attack = (who: Set<number>) => {
      let small = 0;
      let pinned = 0;
      let mapRight = 0;
      let ownRight = 0;
      for (const [id, obs] of seen) {
        if (![...obs.by].some((b) => who.has(b))) continue;
        const t = trueOf(id);
        if (t < 1 || t >= K) continue;
        small++;
        const sd = obs.sd ?? levelSd[id.split('|')[0]];
        const p = posterior(obs, sd);
        if (p[t] >= 0.95) pinned++;
        if (p.indexOf(Math.max(...p)) === t) mapRight++;
        // The baseline reads the count's own published figure (a suppressed one: the likeliest value below k).
        if ((obs.value ?? p.indexOf(Math.max(...p))) === t) ownRight++;
      }
      return { small, pinned, accuracy: mapRight / small, baseline: ownRight / small };
    };
    const one = attack(new Set([0]));
    const three = attack(new Set([0, 1, 2]));
    if (process.env.DISCLOSURE_DEBUG) console.log({ one, three, figures: seen.size, levelSd });
    // The attack has material: many small counts measured by the reports.
    expect(one.small).toBeGreaterThan(60);
    expect(three.small).toBeGreaterThanOrEqual(one.small);
    for (const result of [one, three]) {
      expect(result.pinned).toBe(0);
      expect(Math.abs(result.accuracy - result.baseline)).toBeLessThanOrEqual(0.1);
      // Far from the 95 % of the cell-key attack: the noise is there, and stays.
      expect(result.accuracy).toBeLessThan(0.5);
    }
  }, 300_000);
});
