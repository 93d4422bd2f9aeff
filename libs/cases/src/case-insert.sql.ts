import { enqueueCte } from '@casebook/outbox';
import { QUEUES } from '@casebook/queues';
import type { CaseEntity, IncidentAbuseEntity, IncidentEntity, IncidentPerpetratorEntity } from '@casebook/database';

/*
 * A new case is written by ONE statement of data-modifying CTEs: the
 * idempotency key (when given), the case, its incidents, perpetrators and
 * abuses, the encrypted narrative and the audit event. A single statement is
 * atomic on its own and costs one round trip; foreign keys are checked at its
 * end, when every row exists. When the idempotency key is already taken, the
 * `claim` CTE returns nothing and no other row is written.
 *
 * Rows are passed as JSON and expanded with json_populate_recordset, so the
 * column lists below are the only place that names them.
 *
 * Parameters: $1 case, $2 incidents, $3 perpetrators, $4 abuses (JSON),
 * $5 narrative key id, $6 narrative ciphertext, $7 actor id, $8 actor role,
 * $9 client network, $10 audit summary (JSON), $11 idempotency key,
 * $12 request hash, $13 response (JSON), $14 redaction job id and $15 its
 * payload (outbox; null unless the case is submitted at once).
 */
export function insertCaseSql(withIdempotencyKey: boolean): string {
  const claim = withIdempotencyKey
    ? `claim AS (
         INSERT INTO idempotency_keys (user_id, key, request_hash, status_code, response)
         VALUES ($7, $11, $12, 201, $13::jsonb)
         ON CONFLICT DO NOTHING RETURNING 1
       ),`
    : `claim AS (SELECT 1 WHERE $11::text IS NULL AND $12::bytea IS NOT NULL AND $13::jsonb IS NOT NULL),`;
  return `
    WITH ${claim}
    c AS (
      INSERT INTO cases (id, reference, organisation_id, interviewer_id, status, interview_month, country, region, region_code, question_status, city,
                         consent_research, consent_advocacy, consent_quotation, consent_recorded_on, gender, age_band,
                         work_setting, migrant_status, child_protection_flag, created_at, updated_at, submitted_at, redaction_status)
      SELECT r.id, r.reference, r.organisation_id, r.interviewer_id, r.status, r.interview_month, r.country, r.region, r.region_code, r.question_status, r.city,
             r.consent_research, r.consent_advocacy, r.consent_quotation, r.consent_recorded_on, r.gender, r.age_band,
             r.work_setting, r.migrant_status, r.child_protection_flag, r.created_at, r.updated_at, r.submitted_at, r.redaction_status
        FROM json_populate_record(NULL::cases, $1::json) r
       WHERE EXISTS (SELECT 1 FROM claim)
      RETURNING id
    ),
    i AS (
      INSERT INTO incidents (id, case_id, position, year, month, country, place, region_code, location_type, reported_to_authorities, medical_care_needed)
      SELECT r.id, r.case_id, r.position, r.year, r.month, r.country, r.place, r.region_code, r.location_type, r.reported_to_authorities, r.medical_care_needed
        FROM json_populate_recordset(NULL::incidents, $2::json) r
       WHERE EXISTS (SELECT 1 FROM c)
    ),
    p AS (
      INSERT INTO incident_perpetrators (incident_id, position, type, count, involvement)
      SELECT r.incident_id, r.position, r.type, r.count, r.involvement
        FROM json_populate_recordset(NULL::incident_perpetrators, $3::json) r
       WHERE EXISTS (SELECT 1 FROM c)
    ),
    a AS (
      INSERT INTO incident_abuses (incident_id, category)
      SELECT r.incident_id, r.category FROM json_populate_recordset(NULL::incident_abuses, $4::json) r
       WHERE EXISTS (SELECT 1 FROM c)
    ),
    n AS (
      INSERT INTO narratives (case_id, key_id, ciphertext, version)
      SELECT c.id, $5, $6, 1 FROM c WHERE $6::bytea IS NOT NULL
    ),
    o AS (
      ${enqueueCte('c', { queue: `'${QUEUES.redaction}'`, name: `'propose'`, jobId: '$14', data: '$15' })}
    ),
    e AS (
      INSERT INTO audit_events (actor_id, actor_role, action, target_type, target_id, client_ip, summary)
      SELECT $7, $8, 'case.created', 'case', c.id::text, $9, $10::jsonb FROM c
    )
    SELECT EXISTS (SELECT 1 FROM c) AS inserted`;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function caseRow(c: CaseEntity) {
  return {
    id: c.id,
    reference: c.reference,
    organisation_id: c.organisationId,
    interviewer_id: c.interviewerId,
    status: c.status,
    interview_month: c.interviewMonth,
    country: c.country,
    region: c.region,
    region_code: c.regionCode,
    question_status: c.questionStatus,
    city: c.city,
    consent_research: c.consentResearch,
    consent_advocacy: c.consentAdvocacy,
    consent_quotation: c.consentQuotation,
    consent_recorded_on: c.consentRecordedOn,
    gender: c.gender,
    age_band: c.ageBand,
    work_setting: c.workSetting,
    migrant_status: c.migrantStatus,
    child_protection_flag: c.childProtectionFlag,
    created_at: iso(c.createdAt),
    updated_at: iso(c.updatedAt),
    submitted_at: iso(c.submittedAt),
    redaction_status: c.redactionStatus,
  };
}

export function incidentRow(i: IncidentEntity) {
  return {
    id: i.id,
    case_id: i.caseId,
    position: i.position,
    year: i.year,
    month: i.month,
    country: i.country,
    place: i.place,
    region_code: i.regionCode,
    location_type: i.locationType,
    reported_to_authorities: i.reportedToAuthorities,
    medical_care_needed: i.medicalCareNeeded,
  };
}

export const perpetratorRow = (p: IncidentPerpetratorEntity) => ({
  incident_id: p.incidentId,
  position: p.position,
  type: p.type,
  count: p.count,
  involvement: p.involvement,
});

export const abuseRow = (a: IncidentAbuseEntity) => ({ incident_id: a.incidentId, category: a.category });
