import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@casebook/audit';
import type { CaseInput } from '@casebook/cases';
import { prng, syntheticCase } from './synthetic-cases';

const BATCH_CASES = 10_000;

/**
 * Bulk synthetic data for benchmarks: published cases with realistic
 * distributions, written with multi-row inserts (unnest of arrays), and their
 * report facts and rollups written set-based per batch by report_publish(),
 * the function the publish trigger calls for one case at a time.
 */
@Injectable()
export class SyntheticSeederService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async seed(incidents: number, seed: number, onProgress: (incidents: number, cases: number) => void = () => undefined): Promise<{ incidents: number; cases: number }> {
    const [{ id: org }] = await this.dataSource.query(
      `INSERT INTO organisations (name) VALUES ('Synthetic data') ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    );
    const [{ id: interviewer }] = await this.dataSource.query(
      `INSERT INTO users (email, display_name, role, organisation_id, status) VALUES ('synthetic@casebook.invalid', 'Synthetic data', 'interviewer', $1, 'disabled')
       ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id`,
      [org],
    );
    const random = prng(seed);
    const now = new Date();
    let generated = 0;
    let doneIncidents = 0;
    let doneCases = 0;
    // Two batches in flight: one is computed by PostgreSQL while the next is written.
    const inFlight = new Set<Promise<void>>();
    let batches = 0;
    let analyzedAt = 0.5;
    while (generated < incidents) {
      const cases: Array<{ id: string; input: CaseInput }> = [];
      let batchIncidents = 0;
      while (cases.length < BATCH_CASES && generated + batchIncidents < incidents) {
        const c = { id: randomUUID(), input: syntheticCase(random, now, false) };
        c.input.incidents = c.input.incidents.slice(0, incidents - generated - batchIncidents);
        batchIncidents += c.input.incidents.length;
        cases.push(c);
      }
      generated += batchIncidents;
      const written = this.writeBatch(cases, org, interviewer).then(async () => {
        doneIncidents += batchIncidents;
        doneCases += cases.length;
        onProgress(doneIncidents, doneCases);
        // Fresh statistics whenever the data has doubled: without them the planner
        // scans whole tables for each batch, and loading a million rows crawls.
        if (++batches >= analyzedAt * 2) {
          analyzedAt = batches;
          await this.dataSource.query(`ANALYZE cases, incidents, incident_perpetrators, incident_abuses, report_facts, report_rollup_profile, report_rollup_slice`);
        }
        inFlight.delete(written);
      });
      inFlight.add(written);
      // A failed batch stops the run, once the other batch in flight has settled.
      if (inFlight.size >= 2) await Promise.race(inFlight).catch(async (error: unknown) => {
        await Promise.allSettled(inFlight);
        throw error;
      });
    }
    await Promise.all(inFlight);
    await this.audit.record({ actor: { id: null, role: 'operator' }, action: 'synthetic.seeded', summary: { incidents: doneIncidents, cases: doneCases } });
    return { incidents: doneIncidents, cases: doneCases };
  }

  /** One batch in one transaction: cases, incidents, perpetrators, abuses, then their report facts and rollups. */
  private async writeBatch(cases: Array<{ id: string; input: CaseInput }>, org: string, interviewer: string): Promise<void> {
    const col = <T>(f: (c: { id: string; input: CaseInput }) => T) => cases.map(f);
    const incidentRows = cases.flatMap((c) => c.input.incidents.map((i, position) => ({ id: randomUUID(), caseId: c.id, position, i })));
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `INSERT INTO cases (id, reference, organisation_id, interviewer_id, status, interview_month, country, region_code, city, consent_research, consent_advocacy,
                            consent_quotation, consent_recorded_on, gender, age_band, work_setting, migrant_status, child_protection_flag, question_status,
                            submitted_at, published_at)
         SELECT id, reference, $3, $4, 'published', month, country, region_code, city, true, advocacy, quotation, recorded, gender, age_band, work_setting, migrant,
                age_band = 'under_18', questions, now(), now()
           FROM unnest($1::uuid[], $2::text[], $5::date[], $6::char(2)[], $7::text[], $8::text[], $9::boolean[], $10::boolean[], $11::date[], $12::text[], $13::text[],
                       $14::text[], $15::text[], $16::jsonb[])
             AS t(id, reference, month, country, region_code, city, advocacy, quotation, recorded, gender, age_band, work_setting, migrant, questions)`,
        [
          col((c) => c.id),
          col((c) => `SYN-${c.id.replace(/-/g, '').slice(0, 12).toUpperCase()}`),
          org,
          interviewer,
          col((c) => `${c.input.interviewMonth}-01`),
          col((c) => c.input.country),
          col((c) => c.input.regionCode ?? null),
          col((c) => c.input.city ?? null),
          col((c) => c.input.consent.advocacy),
          col((c) => c.input.consent.publicQuotation),
          col((c) => c.input.consent.recordedOn),
          col((c) => c.input.respondent.gender),
          col((c) => c.input.respondent.ageBand),
          col((c) => c.input.respondent.workSetting),
          col((c) => c.input.respondent.migrantStatus),
          col((c) => JSON.stringify(c.input.questions ?? {})),
        ],
      );
      await m.query(
        `INSERT INTO incidents (id, case_id, position, year, month, country, place, location_type, reported_to_authorities, medical_care_needed)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::smallint[], $4::smallint[], $5::smallint[], $6::char(2)[], $7::text[], $8::text[], $9::text[], $10::boolean[])`,
        [
          incidentRows.map((r) => r.id),
          incidentRows.map((r) => r.caseId),
          incidentRows.map((r) => r.position),
          incidentRows.map((r) => r.i.year),
          incidentRows.map((r) => r.i.month ?? null),
          incidentRows.map((r) => r.i.country),
          incidentRows.map((r) => r.i.place ?? null),
          incidentRows.map((r) => r.i.locationType),
          incidentRows.map((r) => r.i.reportedToAuthorities),
          incidentRows.map((r) => r.i.medicalCareNeeded ?? null),
        ],
      );
      const perps = incidentRows.flatMap((r) => r.i.perpetrators.map((p, position) => ({ incident: r.id, position, p })));
      await m.query(
        `INSERT INTO incident_perpetrators (incident_id, position, type, count, involvement) SELECT * FROM unnest($1::uuid[], $2::smallint[], $3::text[], $4::smallint[], $5::text[])`,
        [perps.map((x) => x.incident), perps.map((x) => x.position), perps.map((x) => x.p.type), perps.map((x) => x.p.count ?? null), perps.map((x) => x.p.involvement)],
      );
      const abuses = incidentRows.flatMap((r) => r.i.abuses.map((a) => ({ incident: r.id, a })));
      await m.query(`INSERT INTO incident_abuses (incident_id, category) SELECT * FROM unnest($1::uuid[], $2::text[])`, [
        abuses.map((x) => x.incident),
        abuses.map((x) => x.a),
      ]);
      // What the publish trigger does for one case, set-based for the whole batch: report facts and rollups.
      await m.query(`SELECT report_publish($1::uuid[])`, [col((c) => c.id)]);
    });
  }
}
