import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AuditService, truncateIp } from '@casebook/audit';
import type { Actor } from '@casebook/authz';
import { canonicalJson, CursorCodec, DomainError } from '@casebook/common';
import { CaseKeysService, narrativeContext, returnReasonContext } from '@casebook/crypto';
import {
  CaseEntity,
  type CaseStatus,
  IdempotencyKeyEntity,
  IncidentAbuseEntity,
  IncidentEntity,
  IncidentPerpetratorEntity,
  type QuestionStatus,
} from '@casebook/database';
import type { CaseInput } from './case-input';
import { editBlocker, type Transition, TRANSITIONS, transitionBlocker } from './case-lifecycle';
import { CaseRepository, type CaseFields } from './case.repository';
import { CaseErasureService } from './case-erasure.service';
import { WithdrawalCodesService } from './withdrawal-codes.service';
import { newCaseReference } from './case-reference';
import { caseProblems, type CaseRuleContext } from './case-rules';
import { type CaseView, toCaseView } from './case-views';


import { abuseRow, caseRow, incidentRow, insertCaseSql, perpetratorRow } from './case-insert.sql';
import { enqueueRedaction, redactionJobId } from './redaction-jobs';
import { RegionsService, TaxonomyService } from '@casebook/taxonomy';
import { DETECTOR_VERSION } from '@casebook/redaction';


/** The parts of a case an edit may replace (incidents as a whole list). */
export type CasePatch = Partial<Omit<CaseInput, 'id' | 'organisationId'>>;

/** A stored case as the input it would be created from (for validating an edit as a whole). */
function inputOf(c: CaseEntity): CaseInput {
  return {
    interviewMonth: c.interviewMonth.slice(0, 7),
    country: c.country,
    region: c.region ?? undefined,
    regionCode: c.regionCode,
    city: c.city ?? undefined,
    questions: c.questionStatus ?? {},
    consent: { research: c.consentResearch, advocacy: c.consentAdvocacy, publicQuotation: c.consentQuotation, recordedOn: c.consentRecordedOn },
    respondent: { gender: c.gender, ageBand: c.ageBand, workSetting: c.workSetting, migrantStatus: c.migrantStatus },
    incidents: [...(c.incidents ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((i) => ({
        year: i.year,
        month: i.month ?? undefined,
        country: i.country,
        place: i.place ?? undefined,
        regionCode: i.regionCode,
        locationType: i.locationType,
        perpetrators: [...(i.perpetrators ?? [])].sort((a, b) => a.position - b.position).map((p) => ({ type: p.type, count: p.count ?? undefined, involvement: p.involvement })),
        abuses: (i.abuses ?? []).map((a) => a.category),
        reportedToAuthorities: i.reportedToAuthorities,
        medicalCareNeeded: i.medicalCareNeeded,
      })),
  };
}

export interface CaseFilter {
  status?: CaseStatus;
  country?: string;
  from?: string;
  to?: string;
  perpetratorType?: string;
  abuseCategory?: string;
  organisationId?: string;
  /** The start of a reference (validated: letters, digits and -), with or without its country. */
  reference?: string;
  cursor?: string;
  limit: number;
}


function monthIndexSql(alias: string): string {
  return `(${alias}.year * 12 + coalesce(${alias}.month, 1) - 1)`;
}
function monthIndex(yyyyMm: string): number {
  const [y, m] = yyyyMm.split('-').map(Number);
  return y * 12 + m - 1;
}

const CURSOR_TS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Documenting cases: submission (idempotent, in one transaction), reading with
 * every record rule applied in SQL, lifecycle transitions, the raw narrative
 * for those allowed to read it, and withdrawal of consent.
 */
@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly caseKeys: CaseKeysService,
    private readonly audit: AuditService,
    private readonly cursors: CursorCodec,
    private readonly cases: CaseRepository,
    private readonly regions: RegionsService,
    private readonly erasure: CaseErasureService,
    private readonly withdrawalCodes: WithdrawalCodesService,
  ) {}

  private async ruleContext(): Promise<CaseRuleContext> {
    return { regionCountries: await this.regions.regionCountries(), abuseGroups: await this.taxonomy.abuseGroups() };
  }

  /**
   * Creates a case with its incidents, narrative, audit event and (with an
   * Idempotency-Key) its stored response, atomically, in one SQL statement
   * (see `insertCaseSql`): one round trip to the database, nothing half-saved.
   * A retry with the same key and body returns the original response; the
   * same key with another body is a 422. Concurrent retries queue on the
   * key's row and then replay.
   */
  async create(actor: Actor, input: CaseInput & { submit?: boolean }, idempotencyKey?: string): Promise<{ status: number; body: CaseView }> {
    // The withdrawal code is in no stored hash but its own slow one.
    const { withdrawalCode, ...hashed } = input;
    const requestHash = createHash('sha256').update(`POST /cases\n${canonicalJson(hashed)}`).digest();
    const problems = caseProblems(input, await this.taxonomy.activeCodes(), new Date(), await this.ruleContext());
    if (input.organisationId && input.organisationId !== actor.principal.organisationId && actor.principal.role !== 'admin') {
      problems.push({ pointer: '/organisationId', message: 'must be your own organisation' });
    }
    if (problems.length > 0) {
      // A retry of a request that once succeeded is answered as before, even if the rules changed since.
      if (idempotencyKey) {
        const earlier = await this.replay(this.dataSource.manager, actor.id, idempotencyKey, requestHash);
        if (earlier) return earlier;
      }
      throw new DomainError('unprocessable', 'The case has invalid fields; see errors', { errors: problems });
    }
    const code = withdrawalCode ? await this.withdrawalCodes.prepare(withdrawalCode) : null;
    // Stored beside the case (also on a replay: a creation cut off before it still gets its code).
    const withCode = async (result: { status: number; body: CaseView }) => {
      if (code && result.status === 201) await this.withdrawalCodes.store(this.dataSource.manager, result.body.id, result.body.organisationId, code);
      return result;
    };
    for (let attempt = 0; ; attempt++) {
      const built = this.buildCase(actor, input);
      const body = toCaseView(built, Boolean(input.narrative));
      // The case's key first (the keystore is apart from the case data); a key left by a failed insert seals nothing.
      const sealed = input.narrative ? await this.caseKeys.seal(this.dataSource.manager, built.id, input.narrative, narrativeContext(built.id)) : null;
      try {
        const [{ inserted }] = await this.dataSource.query(insertCaseSql(Boolean(idempotencyKey)), [
          JSON.stringify(caseRow(built)),
          JSON.stringify(built.incidents!.map(incidentRow)),
          JSON.stringify(built.incidents!.flatMap((i) => i.perpetrators!.map(perpetratorRow))),
          JSON.stringify(built.incidents!.flatMap((i) => i.abuses!.map(abuseRow))),
          sealed?.keyId ?? null,
          sealed?.data ?? null,
          actor.id,
          actor.role,
          truncateIp(actor.ip),
          JSON.stringify({ status: built.status, incidents: built.incidents!.length, narrative: Boolean(sealed), childProtection: built.childProtectionFlag }),
          idempotencyKey ?? null,
          requestHash,
          JSON.stringify(body),
          built.status === 'submitted' ? redactionJobId(built.id, 1) : null,
          built.status === 'submitted' ? JSON.stringify({ caseId: built.id, narrativeVersion: 1, detectorVersion: DETECTOR_VERSION }) : null,
        ]);
        if (inserted) return withCode({ status: 201, body });
        const earlier = await this.replay(this.dataSource.manager, actor.id, idempotencyKey!, requestHash);
        if (earlier) return withCode(earlier);
        throw new DomainError('conflict', 'The same request is being processed; retry shortly');
      } catch (error) {
        const constraint = error instanceof QueryFailedError ? String((error as { constraint?: string }).constraint ?? '') : '';
        if (constraint === 'cases_pkey') {
          throw new DomainError('conflict', 'A case with this id exists', { errors: [{ pointer: '/id', message: 'is already used' }] });
        }
        // A random reference collided (1 in 729 million per pair): draw another.
        if (constraint === 'cases_reference_key' && attempt < 3) continue;
        throw error;
      }
    }
  }

  private async replay(manager: EntityManager, userId: string, key: string, requestHash: Buffer): Promise<{ status: number; body: CaseView } | null> {
    const row = await manager.findOneBy(IdempotencyKeyEntity, { userId, key });
    if (!row) return null;
    if (!row.requestHash.equals(requestHash)) {
      throw new DomainError('idempotency-key-reused', 'This Idempotency-Key was used with a different request body');
    }
    return { status: row.statusCode, body: row.response as CaseView };
  }

  /** The case and its incidents as entities, with ids, reference and timestamps chosen here. */
  private buildCase(actor: Actor, input: CaseInput & { submit?: boolean }): CaseEntity {
    const id = input.id ?? randomUUID();
    const now = new Date();
    const c = Object.assign(new CaseEntity(), {
      id,
      reference: newCaseReference(input.country),
      organisationId: input.organisationId ?? actor.principal.organisationId,
      interviewerId: actor.id,
      status: (input.submit ? 'submitted' : 'draft') as CaseStatus,
      interviewMonth: `${input.interviewMonth}-01`,
      country: input.country,
      region: input.region?.trim() || null,
      regionCode: input.regionCode ?? null,
      regionUnresolved: false,
      questionStatus: questionStatusOf(input.questions),
      city: input.city?.trim() || null,
      consentResearch: input.consent.research,
      consentAdvocacy: input.consent.advocacy,
      consentQuotation: input.consent.publicQuotation,
      consentRecordedOn: input.consent.recordedOn,
      gender: input.respondent.gender,
      ageBand: input.respondent.ageBand,
      workSetting: input.respondent.workSetting,
      migrantStatus: input.respondent.migrantStatus,
      childProtectionFlag: input.respondent.ageBand === 'under_18',
      redactionStatus: input.submit ? 'pending' : 'none',
      redactionError: null,
      createdAt: now,
      updatedAt: now,
      submittedAt: input.submit ? now : null,
      publishedAt: null,
      withdrawnAt: null,
      version: 1,
      returnedAt: null,
    });
    c.incidents = buildIncidents(id, input.incidents);
    return c;
  }

  /**
   * On submission the narrative goes to the worker through the outbox (in this
   * transaction). A case sent back and resubmitted unchanged keeps its proposal
   * and goes straight back into review.
   */
  private async queueRedactionOnSubmit(manager: EntityManager, id: string): Promise<Partial<CaseEntity>> {
    const [row] = await manager.query(
      `SELECT n.version, p.narrative_version AS p_version, p.detector_version AS p_detector
         FROM narratives n LEFT JOIN redaction_proposals p ON p.case_id = n.case_id WHERE n.case_id = $1`,
      [id],
    );
    if (row && row.p_version === row.version && row.p_detector === DETECTOR_VERSION) return { status: 'in_review', redactionStatus: 'proposed' };
    await enqueueRedaction(manager, id, row?.version ?? 0);
    return { redactionStatus: row ? 'pending' : 'none', redactionError: null };
  }

  async list(actor: Actor, filter: CaseFilter): Promise<{ items: CaseView[]; nextCursor: string | null }> {
    const qb = this.cases.scoped(this.dataSource.manager, actor.ability, 'read')
      .addSelect(`to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`, 'cursor_ts')
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(filter.limit + 1);
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.country) qb.andWhere('c.country = :country', { country: filter.country });
    if (filter.organisationId) qb.andWhere('c.organisation_id = :org', { org: filter.organisationId });
    if (filter.reference) {
      // A prefix of the whole reference ("KZ-7F3") or of its part after the country ("7F3"); within the record rules above.
      const prefix = `${filter.reference.toUpperCase()}%`;
      qb.andWhere(`(c.reference LIKE :refPrefix OR split_part(c.reference, '-', 2) LIKE :refPrefix)`, { refPrefix: prefix });
    }
    if (filter.from || filter.to || filter.perpetratorType || filter.abuseCategory) {
      const sub = this.dataSource.manager
        .createQueryBuilder()
        .select('1')
        .from(IncidentEntity, 'fi')
        .where('fi.case_id = c.id');
      if (filter.from) sub.andWhere(`${monthIndexSql('fi')} >= :fromIdx`);
      if (filter.to) sub.andWhere(`${monthIndexSql('fi')} <= :toIdx`);
      if (filter.perpetratorType) sub.andWhere('EXISTS (SELECT 1 FROM incident_perpetrators fp WHERE fp.incident_id = fi.id AND fp.type = :ptype)');
      if (filter.abuseCategory) sub.andWhere('EXISTS (SELECT 1 FROM incident_abuses fa WHERE fa.incident_id = fi.id AND fa.category = :acat)');
      qb.andWhere(`EXISTS (${sub.getQuery()})`, {
        fromIdx: filter.from ? monthIndex(filter.from) : undefined,
        toIdx: filter.to ? monthIndex(filter.to) : undefined,
        ptype: filter.perpetratorType,
        acat: filter.abuseCategory,
      });
    }
    if (filter.cursor) {
      const [ts, id] = this.decodeCursor(filter.cursor);
      qb.andWhere(
        new Brackets((w) => w.where(`(c.created_at, c.id) < (:ts::timestamp AT TIME ZONE 'UTC', :cid::uuid)`, { ts, cid: id })),
      );
    }
    const { entities, raw } = await qb.getRawAndEntities<{ cursor_ts: string }>();
    const page = entities.slice(0, filter.limit);
    await this.cases.attachIncidents(this.dataSource.manager, page);
    const withNarrative = await this.cases.narrativeIds(this.dataSource.manager, page.map((c: CaseEntity) => c.id));
    const reasons = await this.returnReasons(page.map((c) => c.id));
    const items = page.map((c: CaseEntity) => toCaseView(c, withNarrative.has(c.id), reasons.get(c.id) ?? null));
    const last = page[page.length - 1];
    const nextCursor = entities.length > filter.limit && last ? this.cursors.seal('cases', [raw[page.length - 1].cursor_ts, last.id]) : null;
    return { items, nextCursor };
  }

  /** The position sealed in a cursor of this list; anything else is the client's error. */
  private decodeCursor(cursor: string): [string, string] {
    const value = this.cursors.open('cases', cursor);
    if (Array.isArray(value) && value.length === 2 && CURSOR_TS.test(String(value[0])) && UUID.test(String(value[1]))) return value as [string, string];
    throw new DomainError('unprocessable', 'The cursor is not valid', { errors: [{ parameter: 'cursor', message: 'is not a cursor from a previous page' }] });
  }

  async get(actor: Actor, id: string): Promise<CaseView> {
    const c = await this.cases.scoped(this.dataSource.manager, actor.ability, 'read').andWhere('c.id = :id', { id }).getOne();
    if (!c) throw new DomainError('not-found', 'No such case');
    await this.cases.attachIncidents(this.dataSource.manager, [c]);
    return toCaseView(c, (await this.cases.narrativeIds(this.dataSource.manager, [id])).has(id), (await this.returnReasons([id])).get(id) ?? null);
  }

  /** The admins' return reasons of these cases, decrypted. */
  private async returnReasons(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    const sealed = await this.cases.returnReasons(manager, ids);
    if (sealed.size === 0) return new Map();
    const keys = await this.caseKeys.load(manager, [...sealed.keys()]);
    return new Map([...sealed].map(([id, s]) => [id, keys.open(id, s, returnReasonContext(id))]));
  }

  /**
   * Edits a case: the given parts replace the current ones (case fields,
   * incidents as a whole list, narrative), validated exactly like a new case,
   * in one transaction. Its interviewer may edit a draft (also a returned
   * one), admins any case before publication. `expectedVersion` must be the
   * case's current version (If-Match), else 412 with the current one: a
   * concurrent edit is never overwritten. A new narrative is a new version
   * (the old ciphertext is overwritten); a redaction proposed for the old one
   * is dropped and the new text is queued for redaction.
   */
  async update(actor: Actor, id: string, patch: CasePatch, expectedVersion: number): Promise<CaseView> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.cases.lockVisible(manager, actor.ability, id);
      if (!c) throw new DomainError('not-found', 'No such case');
      const blocker = editBlocker(c.status, actor.principal.role === 'admin');
      if (blocker) throw new DomainError('invalid-state-transition', blocker, { caseStatus: c.status });
      if (!(await this.cases.allows(manager, actor.ability, 'update', id))) throw new DomainError('forbidden', 'Your role may not edit this case');
      if (c.version !== expectedVersion) {
        throw new DomainError('precondition-failed', 'The case changed since you loaded it; reload it and apply your changes again', { currentVersion: c.version });
      }
      await this.cases.attachIncidents(manager, [c]);
      const merged: CaseInput = { ...inputOf(c), ...patch };
      const problems = caseProblems(merged, await this.taxonomy.activeCodes(), new Date(), await this.ruleContext());
      if (problems.length) throw new DomainError('unprocessable', 'The case has invalid fields; see errors', { errors: problems });

      const fields: Partial<CaseFields> = {};
      if (patch.interviewMonth !== undefined) fields.interviewMonth = `${patch.interviewMonth}-01`;
      if (patch.country !== undefined) fields.country = patch.country;
      if (patch.region !== undefined) fields.region = patch.region?.trim() || null;
      if (patch.regionCode !== undefined) Object.assign(fields, { regionCode: patch.regionCode, regionUnresolved: false });
      if (patch.questions !== undefined) fields.questionStatus = questionStatusOf(patch.questions);
      if (patch.city !== undefined) fields.city = patch.city.trim() || null;
      if (patch.consent) {
        Object.assign(fields, {
          consentResearch: patch.consent.research,
          consentAdvocacy: patch.consent.advocacy,
          consentQuotation: patch.consent.publicQuotation,
          consentRecordedOn: patch.consent.recordedOn,
        });
      }
      if (patch.respondent) {
        Object.assign(fields, {
          gender: patch.respondent.gender,
          ageBand: patch.respondent.ageBand,
          workSetting: patch.respondent.workSetting,
          migrantStatus: patch.respondent.migrantStatus,
          childProtectionFlag: patch.respondent.ageBand === 'under_18',
        });
      }
      const changed: string[] = Object.keys(fields).filter((k) => k !== 'childProtectionFlag');
      await this.cases.updateFields(manager, id, fields);
      if (patch.incidents) {
        await this.cases.replaceIncidents(manager, id, buildIncidents(id, patch.incidents));
        changed.push('incidents');
      }
      if (patch.narrative !== undefined) {
        const version = await this.cases.writeNarrative(manager, id, await this.caseKeys.seal(manager, id, patch.narrative, narrativeContext(id)));
        changed.push('narrative');
        if (c.status === 'submitted' || c.status === 'in_review') {
          // The proposal was made for the old text: it can never be approved now.
          await this.cases.dropProposal(manager, id);
          await enqueueRedaction(manager, id, version);
          await this.cases.setRedactionState(manager, [id], { status: 'pending', error: null });
        }
      }
      // Narrative or incidents alone write no column of the case row: touch it,
      // so its version (the ETag) changes with every edit.
      if (changed.length && Object.keys(fields).length === 0) await this.cases.touch(manager, id);
      if (changed.length) {
        await this.audit.record({ actor, action: 'case.updated', target: { type: 'case', id }, summary: { changed, from: c.version } }, manager);
      }
      const updated = await this.cases.scoped(manager, actor.ability, 'read').andWhere('c.id = :id', { id }).getOneOrFail();
      await this.cases.attachIncidents(manager, [updated]);
      return toCaseView(updated, (await this.cases.narrativeIds(manager, [id])).has(id), (await this.returnReasons([id], manager)).get(id) ?? null);
    });
  }

  /**
   * The raw narrative, for the case's interviewer while it is a draft, and for
   * admins. The rule is applied in the query; every read is audited.
   */
  async readNarrative(actor: Actor, id: string): Promise<{ caseId: string; narrative: string; version: number }> {
    return this.dataSource.transaction(async (manager) => {
      const visible = await this.cases.allows(manager, actor.ability, 'read', id, 'Narrative');
      const row = visible ? await this.cases.narrative(manager, id) : null;
      if (!row) throw new DomainError('not-found', 'No narrative to show for this case');
      const narrative = await this.caseKeys.open(manager, id, { keyId: row.keyId, data: row.ciphertext }, narrativeContext(id));
      await this.audit.record({ actor, action: 'case.narrative.read', target: { type: 'case', id }, summary: { version: row.version } }, manager);
      return { caseId: id, narrative, version: row.version };
    });
  }

  /**
   * Moves a case through its lifecycle. The case must be visible (else 404),
   * the transition legal from its state (else 409 with the reason), and the
   * caller's rule for the action must match the row in SQL (else 403).
   */
  async transition(actor: Actor, id: string, transition: Transition, reason?: string): Promise<CaseView> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.cases.scoped(manager, actor.ability, 'read').andWhere('c.id = :id', { id }).setLock('pessimistic_write').getOne();
      if (!c) throw new DomainError('not-found', 'No such case');
      const blocker = transitionBlocker(transition, c.status);
      if (blocker) throw new DomainError('invalid-state-transition', blocker, { caseStatus: c.status });
      const rule = TRANSITIONS[transition];
      const allowed = await this.cases.scoped(manager, actor.ability, rule.action).andWhere('c.id = :id', { id }).getExists();
      if (!allowed) throw new DomainError('forbidden', `Your role may not ${transition} this case`);

      if (transition === 'publish' && !['approved', 'none'].includes(c.redactionStatus)) {
        throw new DomainError('invalid-state-transition', 'Approve the redaction of the narrative first (POST /api/v1/cases/{id}/redaction/approve)', {
          redactionStatus: c.redactionStatus,
        });
      }
      if (transition === 'withdraw') {
        // Consent withdrawn: the case is deleted, in every copy once its key's backups expire. The audit trail stays, without content.
        await this.cases.attachIncidents(manager, [c]);
        await this.audit.record(
          { actor, action: 'case.withdraw', target: { type: 'case', id }, summary: { from: c.status, to: 'withdrawn', ...(reason ? { reason } : {}), deleted: true } },
          manager,
        );
        await this.erasure.erase(manager, actor, [{ id, status: c.status }], 'withdrawal', reason);
        return toCaseView({ ...c, status: 'withdrawn', withdrawnAt: new Date(), redactionStatus: 'none', redactionError: null } as CaseEntity, false);
      }
      const now = new Date();
      const changes: Partial<CaseEntity> = { status: rule.to };
      if (transition === 'submit') {
        changes.submittedAt = now;
        Object.assign(changes, await this.queueRedactionOnSubmit(manager, id));
        // Resubmitted: the admin's reason has been dealt with.
        await this.cases.setReturnReason(manager, id, null);
      }
      if (transition === 'return') {
        if (!reason?.trim()) {
          throw new DomainError('unprocessable', 'Say what the interviewer should correct', { errors: [{ pointer: '/reason', message: 'is required' }] });
        }
        await this.cases.setReturnReason(manager, id, await this.caseKeys.seal(manager, id, reason, returnReasonContext(id)));
      }
      if (transition === 'publish') changes.publishedAt = now;
      const { status: to, ...also } = changes;
      await this.cases.moveStatus(manager, [id], rule.from, to!, columnsOf(also));
      await this.audit.record(
        {
          actor,
          action: `case.${transition}`,
          target: { type: 'case', id },
          // A return reason is shown to the interviewer, never logged or audited (it may quote the case).
          summary: {
            from: c.status,
            to: changes.status ?? rule.to,
            ...(transition === 'return' ? { withReason: true } : {}),
          },
        },
        manager,
      );
      const updated = await this.cases.scoped(manager, actor.ability, 'read').andWhere('c.id = :id', { id }).getOne();
      if (!updated) {
        // The caller may no longer read it (an interviewer's case moved on): what they did, as far as they may see it.
        return toCaseView({ ...c, ...changes } as CaseEntity, false);
      }
      await this.cases.attachIncidents(manager, [updated]);
      return toCaseView(updated, (await this.cases.narrativeIds(manager, [id])).has(id), (await this.returnReasons([id], manager)).get(id) ?? null);
    });
  }
}

/** Incident entities (with perpetrators and abuses) for a case, with ids chosen here. */
/** Only what was not asked or declined is stored: "asked" is the default. */
function questionStatusOf(questions: Record<string, string> | undefined): Record<string, QuestionStatus> {
  return Object.fromEntries(Object.entries(questions ?? {}).filter(([, status]) => status !== 'asked')) as Record<string, QuestionStatus>;
}

function buildIncidents(caseId: string, incidents: CaseInput['incidents']): IncidentEntity[] {
    return incidents.map((incident, position) => {
      const incidentId = randomUUID();
      return Object.assign(new IncidentEntity(), {
        id: incidentId,
        caseId,
        position,
        year: incident.year,
        month: incident.month ?? null,
        country: incident.country,
        place: incident.place?.trim() || null,
        regionCode: incident.regionCode ?? null,
        locationType: incident.locationType,
        reportedToAuthorities: incident.reportedToAuthorities,
        medicalCareNeeded: incident.medicalCareNeeded ?? null,
        perpetrators: incident.perpetrators.map((p, i) =>
          Object.assign(new IncidentPerpetratorEntity(), { incidentId, position: i, type: p.type, count: p.count ?? null, involvement: p.involvement }),
        ),
        abuses: incident.abuses.map((category) => Object.assign(new IncidentAbuseEntity(), { incidentId, category })),
      });
    });
}

/** Entity properties set alongside a status change, as columns. */
function columnsOf(changes: Partial<CaseEntity>): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  if (changes.submittedAt !== undefined) columns.submitted_at = changes.submittedAt;
  if (changes.publishedAt !== undefined) columns.published_at = changes.publishedAt;
  if (changes.withdrawnAt !== undefined) columns.withdrawn_at = changes.withdrawnAt;
  if (changes.redactionStatus !== undefined) columns.redaction_status = changes.redactionStatus;
  if (changes.redactionError !== undefined) columns.redaction_error = changes.redactionError;
  return columns;
}
