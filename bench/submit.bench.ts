/**
 * Case submission throughput: through the HTTP API (one case, two incidents, a
 * 1 KB narrative, with an Idempotency-Key) against the same rows written
 * directly with node-postgres, in the same run on the same database.
 * Prints cases/s for both and, as its last line, the ratio API / direct.
 */
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { narrativeContext } from '../libs/crypto/src/encryption-contexts';
import { Keyring } from '../libs/crypto/src/keyring';
import { benchCaseBody, benchEnv, closeHttp, createBenchInterviewer, fmt, median, pool, post, startProcess, stopProcess } from './support';

const CASES = Number(process.env.BENCH_CASES ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PORT = 3190;

const NARRATIVE = ('On the night of the raid two officers stopped her near the market and took the condoms from her bag. ').repeat(11).slice(0, 1024);

/** A draft (the direct writer below writes the same rows). */
const body = () => benchCaseBody(NARRATIVE, false);

async function main() {
  const env = benchEnv();
  const pg = new Pool({ connectionString: env.DATABASE_URL, max: CONCURRENCY });
  const keyring = new Keyring(env.NARRATIVE_KEYS);
  const api = await startProcess('api', { ...env, PORT: String(PORT) });
  try {
    // An interviewer to submit as (created directly; password sign-in through the API).
    const { email, userId, organisationId: orgId } = await createBenchInterviewer(pg, 'Bench', 'bench password for submissions');
    const login = await fetch(`http://127.0.0.1:${PORT}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.9.9' },
      body: JSON.stringify({ email, password: 'bench password for submissions' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };

    const viaApi = async () => {
      const start = performance.now();
      await pool(CASES, CONCURRENCY, async () => {
        const response = await post(
          `http://127.0.0.1:${PORT}/api/v1/cases`,
          { 'content-type': 'application/json', authorization: `Bearer ${accessToken}`, 'idempotency-key': randomUUID() },
          JSON.stringify(body()),
        );
        if (response.status !== 201) throw new Error(`API answered ${response.status}: ${response.text}`);
      });
      return CASES / ((performance.now() - start) / 1000);
    };

    const direct = async () => {
      const start = performance.now();
      await pool(CASES, CONCURRENCY, async () => {
        const b = body();
        const client = await pg.connect();
        try {
          await client.query('BEGIN');
          await client.query(
            `INSERT INTO cases (id, reference, organisation_id, interviewer_id, interview_month, country, region, city, consent_research, consent_advocacy,
               consent_quotation, consent_recorded_on, gender, age_band, work_setting, migrant_status)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true, true, false, $9, $10, $11, $12, $13)`,
            [b.id, `KZ-${b.id.replace(/-/g, "").toUpperCase()}`, orgId, userId, `${b.interviewMonth}-01`, b.country, b.region, b.city, b.consent.recordedOn, b.respondent.gender, b.respondent.ageBand, b.respondent.workSetting, b.respondent.migrantStatus],
          );
          for (const [position, incident] of b.incidents.entries()) {
            const { rows } = await client.query(
              `INSERT INTO incidents (case_id, position, year, month, country, place, location_type, reported_to_authorities, medical_care_needed)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
              [b.id, position, incident.year, incident.month ?? null, incident.country, incident.place ?? null, incident.locationType, incident.reportedToAuthorities, incident.medicalCareNeeded ?? null],
            );
            for (const [i, p] of incident.perpetrators.entries()) {
              await client.query(`INSERT INTO incident_perpetrators (incident_id, position, type, count, involvement) VALUES ($1, $2, $3, $4, $5)`, [rows[0].id, i, p.type, 'count' in p ? p.count : null, p.involvement]);
            }
            for (const category of incident.abuses) await client.query(`INSERT INTO incident_abuses (incident_id, category) VALUES ($1, $2)`, [rows[0].id, category]);
          }
          const sealed = keyring.seal(b.narrative, narrativeContext(b.id));
          await client.query(`INSERT INTO narratives (case_id, key_id, ciphertext) VALUES ($1, $2, $3)`, [b.id, sealed.keyId, sealed.data]);
          await client.query(`INSERT INTO audit_events (actor_id, actor_role, action, target_type, target_id, summary) VALUES ($1, 'interviewer', 'case.created', 'case', $2, '{}')`, [userId, b.id]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        } finally {
          client.release();
        }
      });
      return CASES / ((performance.now() - start) / 1000);
    };

    await viaApi(); // warm-up: JIT, connection pools, caches
    await direct();
    const apiRates: number[] = [];
    const directRates: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      directRates.push(await direct());
      apiRates.push(await viaApi());
    }
    const a = median(apiRates);
    const d = median(directRates);
    console.log(`submission benchmark: ${CASES} cases x ${ROUNDS} rounds, concurrency ${CONCURRENCY} (medians)`);
    console.log(`direct (node-postgres): ${fmt(d)} cases/s   [${directRates.map((r) => fmt(r)).join(', ')}]`);
    console.log(`HTTP API:               ${fmt(a)} cases/s   [${apiRates.map((r) => fmt(r)).join(', ')}]`);
    console.log(`ratio API/direct: ${fmt(a / d, 2)}`);
  } finally {
    closeHttp();
    await stopProcess(api);
    await pg.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
