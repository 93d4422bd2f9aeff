/**
 * Report speed at 1,000,000 incidents: Casebook's report (the cross-tab with
 * its margins and total, six breakdowns, labels and disclosure control, read
 * from the rollups maintained on publish plus the facts they do not cover)
 * against the cross-tab's cells alone written as one hand-written SQL query
 * over the normalised tables (joins, GROUP BY, count(DISTINCT)), in the same run.
 * Two cases: one country over three years, and the whole data set.
 * Prints both times and, as its last line, the ratio Casebook / raw SQL.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { validateEnv } from '../libs/config/src';
import { createLogger, NestPinoLogger } from '../libs/logging/src';
import { ReportsService } from '../libs/reports/src/reports.service';
import type { ReportParams } from '../libs/reports/src/report-params';
import { CliModule } from '../apps/cli/src/cli.module';
import { ReleasesService } from '../libs/reports/src/privacy/releases.service';
import { DataSource } from 'typeorm';
import { benchEnv, fmt, median, ROOT } from './support';

const TARGET = Number(process.env.BENCH_INCIDENTS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

async function main() {
  const env = benchEnv();
  Object.assign(process.env, env);
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(validateEnv(env)), {
    logger: new NestPinoLogger(createLogger({ name: 'bench', level: 'warn' })),
  });
  try {
    const db = app.get(DataSource);
    const reports = app.get(ReportsService);
    const [{ n }] = await db.query(`SELECT count(DISTINCT incident_id)::int AS n FROM report_facts`);
    if (n < TARGET) {
      console.error(`seeding ${TARGET - n} synthetic incidents (have ${n})…`);
      const seeded = spawnSync(process.execPath, [join(ROOT, 'dist/apps/cli/src/main.js'), 'seed:synthetic', '--incidents', String(TARGET - n)], {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      if (seeded.status !== 0) throw new Error('seeding failed');
    }
    await db.query('ANALYZE');
    const [{ incidents, facts }] = await db.query(`SELECT count(DISTINCT incident_id)::int AS incidents, count(*)::int AS facts FROM report_facts`);

    const [{ country, y }] = await db.query(`SELECT country, max(year)::int AS y FROM report_facts GROUP BY country ORDER BY count(*) DESC LIMIT 1`);
    const scenarios: Array<{ name: string; params: ReportParams; raw: string; values: unknown[] }> = [
      {
        name: `${country}, ${y - 2}-${y}`,
        params: { countries: [country], from: `${y - 2}-01`, to: `${y}-12`, perpetrators: 'type', abuses: 'type', lang: 'en', k: 5, perturbation: { maxNoise: 4, variance: 1 } },
        raw: `SELECT p.type, a.category, count(DISTINCT c.id) AS respondents, count(DISTINCT i.id) AS incidents
                FROM cases c JOIN incidents i ON i.case_id = c.id JOIN incident_perpetrators p ON p.incident_id = i.id JOIN incident_abuses a ON a.incident_id = i.id
               WHERE c.status = 'published' AND i.country = $1 AND i.year BETWEEN $2 AND $3
               GROUP BY p.type, a.category`,
        values: [country, y - 2, y],
      },
      {
        name: 'whole data set',
        params: { perpetrators: 'type', abuses: 'type', lang: 'en', k: 5, perturbation: { maxNoise: 4, variance: 1 } },
        raw: `SELECT p.type, a.category, count(DISTINCT c.id) AS respondents, count(DISTINCT i.id) AS incidents
                FROM cases c JOIN incidents i ON i.case_id = c.id JOIN incident_perpetrators p ON p.incident_id = i.id JOIN incident_abuses a ON a.incident_id = i.id
               WHERE c.status = 'published'
               GROUP BY p.type, a.category`,
        values: [],
      },
    ];

    // Casebook's whole report: cells, margins, total, six breakdowns, labels and disclosure control.
    const casebook = async (params: ReportParams) => {
      const start = performance.now();
      await reports.build(params);
      return performance.now() - start;
    };
    const raw = async (sql: string, values: unknown[]) => {
      const start = performance.now();
      await db.query(sql, values);
      return performance.now() - start;
    };

    console.log(`report benchmark: ${incidents} incidents (${facts} fact rows), ${ROUNDS} rounds alternating, medians`);
    const ratios: number[] = [];
    for (const s of scenarios) {
      await casebook(s.params);
      await raw(s.raw, s.values);
      const ours: number[] = [];
      const theirs: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        theirs.push(await raw(s.raw, s.values));
        ours.push(await casebook(s.params));
      }
      const [a, b] = [median(ours), median(theirs)];
      ratios.push(a / b);
      console.log(`${s.name.padEnd(18)} Casebook ${fmt(a)} ms (whole report, suppressed)   raw SQL ${fmt(b)} ms   ratio ${fmt(a / b, 2)}`);
    }
    console.log(`ratio Casebook/raw SQL (worst of the two): ${fmt(Math.max(...ratios), 2)}`);

    // Researchers' reports read the protected releases: one per year (created here when missing, timed), then the same two reports from them.
    const releases = app.get(ReleasesService);
    const budget = await releases.budget();
    await releases.updateBudget({ id: null as unknown as string, role: 'bench' }, { periodRho: budget.periodRho, totalRho: '100000' });
    const made = performance.now();
    const created = await releases.releasePending(null);
    if (created.length) console.log(`releases: ${created.length} created in ${fmt(performance.now() - made)} ms (${fmt((performance.now() - made) / created.length)} ms each)`);
    const fromRelease = { ...scenarios[0].params, perturbation: null, source: 'release' as const, abuses: 'type' as const };
    const wholeFromRelease = { ...scenarios[1].params, perturbation: null, source: 'release' as const };
    for (const [name, params] of [[scenarios[0].name, fromRelease], ['whole data set', wholeFromRelease]] as const) {
      await reports.build(params);
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const start = performance.now();
        await reports.build(params);
        times.push(performance.now() - start);
      }
      console.log(`${name.padEnd(18)} from the releases ${fmt(median(times))} ms (whole report, with sd)`);
    }
    // What the noise costs on this data set: the stated sd of the whole data set's figures (summed over the years) against the figures themselves.
    const result = await reports.build(wholeFromRelease);
    console.log(`releases: whole data set ${result.total.respondents} respondents (counted once per year), sd ${result.total.sd}; a cell's sd ${result.crossTab.cells[0]?.[0]?.sd ?? '–'}`);
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
