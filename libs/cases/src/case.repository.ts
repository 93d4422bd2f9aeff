import { Injectable } from '@nestjs/common';
import { type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type Action, type AppAbility, whereAccessible } from '@casebook/authz';
import type { Sealed } from '@casebook/crypto';
import { CaseEntity, type CaseStatus, IncidentEntity } from '@casebook/database';
import { abuseRow, incidentRow, perpetratorRow } from './case-insert.sql';

export interface NarrativeRow {
  version: number;
  keyId: string;
  ciphertext: Buffer;
}

/** The columns of a case an edit may change (the rest belong to the lifecycle or the system). */
export type CaseFields = Pick<
  CaseEntity,
  | 'interviewMonth'
  | 'country'
  | 'region'
  | 'regionCode'
  | 'regionUnresolved'
  | 'questionStatus'
  | 'city'
  | 'consentResearch'
  | 'consentAdvocacy'
  | 'consentQuotation'
  | 'consentRecordedOn'
  | 'gender'
  | 'ageBand'
  | 'workSetting'
  | 'migrantStatus'
  | 'childProtectionFlag'
>;

const FIELD_COLUMNS: Record<keyof CaseFields, string> = {
  interviewMonth: 'interview_month',
  country: 'country',
  region: 'region',
  regionCode: 'region_code',
  regionUnresolved: 'region_unresolved',
  questionStatus: 'question_status',
  city: 'city',
  consentResearch: 'consent_research',
  consentAdvocacy: 'consent_advocacy',
  consentQuotation: 'consent_quotation',
  consentRecordedOn: 'consent_recorded_on',
  gender: 'gender',
  ageBand: 'age_band',
  workSetting: 'work_setting',
  migrantStatus: 'migrant_status',
  childProtectionFlag: 'child_protection_flag',
};

/**
 * The SQL of cases, their incidents, narratives and return reasons. Access
 * rules are applied in every query that takes an ability (see
 * casl-to-typeorm), so a case out of reach is never loaded. Every write bumps
 * the case's version and updated_at (the cases_touch trigger).
 */
@Injectable()
export class CaseRepository {
  /** Cases the ability allows for the action, as a query to narrow further. */
  scoped(manager: EntityManager, ability: AppAbility, action: Action, subject: 'Case' | 'Narrative' = 'Case'): SelectQueryBuilder<CaseEntity> {
    return whereAccessible(manager.getRepository(CaseEntity).createQueryBuilder('c'), ability, action, subject);
  }

  /** The case if the ability may read it, locked for the rest of the transaction. */
  lockVisible(manager: EntityManager, ability: AppAbility, id: string): Promise<CaseEntity | null> {
    return this.scoped(manager, ability, 'read').andWhere('c.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** Whether the ability's rule for the action matches the case's row now. */
  allows(manager: EntityManager, ability: AppAbility, action: Action, id: string, subject: 'Case' | 'Narrative' = 'Case'): Promise<boolean> {
    return this.scoped(manager, ability, action, subject).andWhere('c.id = :id', { id }).getExists();
  }

  /** Loads incidents with perpetrators and abuses for a page of cases, in one query. */
  async attachIncidents(manager: EntityManager, cases: CaseEntity[]): Promise<void> {
    if (cases.length === 0) return;
    const incidents = await manager
      .getRepository(IncidentEntity)
      .createQueryBuilder('i')
      .leftJoinAndSelect('i.perpetrators', 'p')
      .leftJoinAndSelect('i.abuses', 'a')
      .where('i.case_id IN (:...ids)', { ids: cases.map((c) => c.id) })
      .getMany();
    const byCase = new Map<string, IncidentEntity[]>();
    for (const incident of incidents) byCase.set(incident.caseId, [...(byCase.get(incident.caseId) ?? []), incident]);
    for (const c of cases) c.incidents = byCase.get(c.id) ?? [];
  }

  async narrativeIds(manager: EntityManager, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: Array<{ case_id: string }> = await manager.query(`SELECT case_id FROM narratives WHERE case_id = ANY($1)`, [ids]);
    return new Set(rows.map((r) => r.case_id));
  }

  async versionOf(manager: EntityManager, caseId: string): Promise<number> {
    const [row] = await manager.query(`SELECT version FROM cases WHERE id = $1`, [caseId]);
    return row?.version ?? 0;
  }

  /** Cases waiting for redaction review (submitted or in review), oldest submission first. */
  reviewQueue(
    manager: EntityManager,
    limit: number,
  ): Promise<Array<{ caseId: string; reference: string; country: string; status: string; redactionStatus: string; error: string | null; submittedAt: string | null }>> {
    return manager.query(
      `SELECT id AS "caseId", reference, country, status, redaction_status AS "redactionStatus", redaction_error AS error,
              to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "submittedAt"
         FROM cases WHERE status IN ('submitted', 'in_review') ORDER BY submitted_at NULLS LAST, id LIMIT $1`,
      [limit],
    );
  }

  async narrative(manager: EntityManager, caseId: string): Promise<NarrativeRow | null> {
    const [row]: Array<{ version: number; key_id: string; ciphertext: Buffer }> = await manager.query(
      `SELECT version, key_id, ciphertext FROM narratives WHERE case_id = $1`,
      [caseId],
    );
    return row ? { version: row.version, keyId: row.key_id, ciphertext: row.ciphertext } : null;
  }

  /** Stores a new version of the narrative; the previous ciphertext is overwritten, not kept. Returns the new version. */
  async writeNarrative(manager: EntityManager, caseId: string, sealed: Sealed): Promise<number> {
    const [{ version }]: Array<{ version: number }> = await manager.query(
      `INSERT INTO narratives (case_id, key_id, ciphertext, version) VALUES ($1, $2, $3, 1)
       ON CONFLICT (case_id) DO UPDATE SET key_id = EXCLUDED.key_id, ciphertext = EXCLUDED.ciphertext, version = narratives.version + 1
       RETURNING version`,
      [caseId, sealed.keyId, sealed.data],
    );
    return version;
  }

  /** A proposal made for an older narrative can never be approved: it goes with the text it was made for. */
  async dropProposal(manager: EntityManager, caseId: string): Promise<void> {
    await manager.query(`DELETE FROM redaction_proposals WHERE case_id = $1`, [caseId]);
  }

  async updateFields(manager: EntityManager, caseId: string, fields: Partial<CaseFields>): Promise<void> {
    const entries = Object.entries(fields) as Array<[keyof CaseFields, unknown]>;
    if (entries.length === 0) return;
    const sets = entries.map(([key], i) => `${FIELD_COLUMNS[key]} = $${i + 2}`);
    await manager.query(`UPDATE cases SET ${sets.join(', ')} WHERE id = $1`, [caseId, ...entries.map(([, v]) => v)]);
  }

  /**
   * Bumps the case's version and updated_at (through the cases_touch trigger)
   * when a write touched only its child rows (narrative, incidents): every
   * change a client makes must change the ETag, or two devices overwrite each
   * other without a 412.
   */
  async touch(manager: EntityManager, caseId: string): Promise<void> {
    await manager.query(`UPDATE cases SET updated_at = clock_timestamp() WHERE id = $1`, [caseId]);
  }

  /** Replaces the case's incidents (with their perpetrators and abuses) by the given list. */
  async replaceIncidents(manager: EntityManager, caseId: string, incidents: IncidentEntity[]): Promise<void> {
    await manager.query(`DELETE FROM incidents WHERE case_id = $1`, [caseId]);
    await manager.query(
      `WITH i AS (
         INSERT INTO incidents (id, case_id, position, year, month, country, place, region_code, location_type, reported_to_authorities, medical_care_needed)
         SELECT r.id, r.case_id, r.position, r.year, r.month, r.country, r.place, r.region_code, r.location_type, r.reported_to_authorities, r.medical_care_needed
           FROM json_populate_recordset(NULL::incidents, $1::json) r
         RETURNING 1
       ), p AS (
         INSERT INTO incident_perpetrators (incident_id, position, type, count, involvement)
         SELECT r.incident_id, r.position, r.type, r.count, r.involvement FROM json_populate_recordset(NULL::incident_perpetrators, $2::json) r
       )
       INSERT INTO incident_abuses (incident_id, category)
       SELECT r.incident_id, r.category FROM json_populate_recordset(NULL::incident_abuses, $3::json) r`,
      [
        JSON.stringify(incidents.map(incidentRow)),
        JSON.stringify(incidents.flatMap((i) => i.perpetrators!.map(perpetratorRow))),
        JSON.stringify(incidents.flatMap((i) => i.abuses!.map(abuseRow))),
      ],
    );
  }

  /**
   * Writes a status change decided by the lifecycle (see case-lifecycle.ts),
   * with the columns that go with it; only from the expected states, so a
   * concurrent change is never overwritten. Returns the ids that moved.
   */
  async moveStatus(manager: EntityManager, ids: string[], from: readonly CaseStatus[], to: CaseStatus, also: Record<string, unknown> = {}): Promise<string[]> {
    if (ids.length === 0) return [];
    const extra = Object.keys(also);
    const sets = [`status = $3::case_status`, ...extra.map((column, i) => `${column} = $${i + 4}`)];
    const [rows]: [Array<{ id: string }>, number] = await manager.query(
      `UPDATE cases SET ${sets.join(', ')} WHERE id = ANY($1::uuid[]) AND status = ANY($2::case_status[]) RETURNING id`,
      [ids, from, to, ...extra.map((column) => also[column])],
    );
    return rows.map((r) => r.id);
  }

  /** Sets the case's redaction state (not its status), for cases in the given states. */
  async setRedactionState(
    manager: EntityManager,
    ids: string[],
    state: { status: string; error: string | null },
    onlyIn: readonly CaseStatus[] = ['submitted', 'in_review'],
  ): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(`UPDATE cases SET redaction_status = $2, redaction_error = $3 WHERE id = ANY($1::uuid[]) AND status = ANY($4::case_status[])`, [
      ids,
      state.status,
      state.error,
      onlyIn,
    ]);
  }

  async setReturnReason(manager: EntityManager, caseId: string, sealed: Sealed | null): Promise<void> {
    await manager.query(
      `UPDATE cases SET return_reason_key_id = $2, return_reason_ciphertext = $3, returned_at = CASE WHEN $3::bytea IS NULL THEN NULL ELSE clock_timestamp() END WHERE id = $1`,
      [caseId, sealed?.keyId ?? null, sealed?.data ?? null],
    );
  }

  async returnReasons(manager: EntityManager, ids: string[]): Promise<Map<string, Sealed>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; key_id: string; ciphertext: Buffer }> = await manager.query(
      `SELECT id, return_reason_key_id AS key_id, return_reason_ciphertext AS ciphertext FROM cases WHERE id = ANY($1::uuid[]) AND return_reason_ciphertext IS NOT NULL`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { keyId: r.key_id, data: r.ciphertext }]));
  }

  /** Deletes these cases everywhere (see the case-erasure migration), in the caller's transaction; the ids that existed. */
  async erase(manager: EntityManager, ids: string[]): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM case_erase($1::uuid[]) AS id`, [ids]);
    return rows.map((r) => r.id);
  }

  /** Drops the raw narratives of these cases; the approved redacted text stays. */
  async dropRaw(manager: EntityManager, ids: string[]): Promise<string[]> {
    const [rows]: [Array<{ case_id: string }>, number] = await manager.query(`DELETE FROM narratives WHERE case_id = ANY($1::uuid[]) RETURNING case_id`, [ids]);
    const dropped = rows.map((r) => r.case_id);
    if (dropped.length) await manager.query(`UPDATE cases SET raw_dropped_at = clock_timestamp() WHERE id = ANY($1::uuid[])`, [dropped]);
    return dropped;
  }
}
