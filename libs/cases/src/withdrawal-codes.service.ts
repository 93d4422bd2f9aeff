import { createHmac, hkdfSync } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import argon2 from 'argon2';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@casebook/audit';
import type { Actor } from '@casebook/authz';
import { DomainError } from '@casebook/common';
import type { Env } from '@casebook/config';
import { CaseErasureService } from './case-erasure.service';
import { normaliseWithdrawalCode, WITHDRAWAL_CODE_LOOKUP_DIGITS } from './withdrawal-code';
import { WithdrawalCodeRepository } from './withdrawal-code.repository';

/** argon2id as for passwords (19 MiB, 2 passes, 1 lane): slow to guess from a stolen table. */
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** What a caller learns from a code that withdraws nothing: the same, whatever the reason. */
const NOT_RECOGNISED = 'No case can be withdrawn with this code. Check the digits with the respondent.';

/**
 * Withdrawal by the code the respondent was given at consent. The code is
 * never stored or logged: a keyed HMAC of its first digits finds its row, an
 * argon2id hash checks it. A wrong code costs the same hash verification
 * (against a dummy when no row matches) and gets the same answer whether or
 * not some code begins like it; the route has a quota of its own.
 */
@Injectable()
export class WithdrawalCodesService {
  private readonly lookupKey: Buffer;
  private dummyHash: Promise<string> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly codes: WithdrawalCodeRepository,
    private readonly erasure: CaseErasureService,
    private readonly audit: AuditService,
    config: ConfigService<Env, true>,
  ) {
    const secret = config.get('WITHDRAWAL_CODE_SECRET', { infer: true }) ?? config.get('JWT_SECRET', { infer: true });
    this.lookupKey = Buffer.from(hkdfSync('sha256', secret, 'casebook', 'withdrawal-code lookup', 32));
  }

  private lookupOf(digits: string): Buffer {
    return createHmac('sha256', this.lookupKey).update(digits.slice(0, WITHDRAWAL_CODE_LOOKUP_DIGITS)).digest();
  }

  /** The lookup and hash of a code as typed (hashing takes a moment: do it before a transaction). */
  async prepare(code: string): Promise<{ lookup: Buffer; hash: string }> {
    const digits = normaliseWithdrawalCode(code);
    if (!digits) throw new DomainError('unprocessable', 'The withdrawal code is not valid', { errors: [{ pointer: '/withdrawalCode', message: 'must be 16 digits' }] });
    return { lookup: this.lookupOf(digits), hash: await argon2.hash(digits, HASH_OPTIONS) };
  }

  async store(manager: EntityManager, caseId: string, organisationId: string, prepared: { lookup: Buffer; hash: string }): Promise<void> {
    await this.codes.store(manager, caseId, organisationId, prepared.lookup, prepared.hash);
  }

  /**
   * Withdraws (deletes) the case of this code, once. Interviewers reach the
   * codes of their organisation, admins every code.
   */
  async withdraw(actor: Actor, code: string): Promise<{ withdrawn: true }> {
    const digits = normaliseWithdrawalCode(code);
    if (!digits) throw new DomainError('unprocessable', 'The withdrawal code is not valid', { errors: [{ pointer: '/code', message: 'must be 16 digits' }] });
    const organisationId = actor.principal.role === 'admin' ? null : actor.principal.organisationId;
    const candidates = await this.codes.candidates(this.dataSource.manager, this.lookupOf(digits), organisationId);
    this.dummyHash ??= argon2.hash(`dummy-${Math.random()}-${Date.now()}`, HASH_OPTIONS);
    const matches: typeof candidates = [];
    // At least one verification, also when nothing matches the leading digits.
    for (const candidate of candidates.length ? candidates : [{ caseId: '', hash: await this.dummyHash, status: '' }]) {
      const ok = await argon2.verify(candidate.hash, digits).catch(() => false);
      if (ok && candidate.caseId) matches.push(candidate);
    }
    const erased = matches.length
      ? await this.dataSource.transaction(async (manager) => {
          const ids = await this.erasure.erase(manager, actor, matches.map((m) => ({ id: m.caseId, status: m.status })), 'withdrawal-code', 'consent_withdrawn');
          for (const id of ids) {
            await this.audit.record({ actor, action: 'case.withdraw', target: { type: 'case', id }, summary: { via: 'withdrawal_code', deleted: true } }, manager);
          }
          return ids;
        })
      : [];
    if (erased.length === 0) {
      await this.audit.record({ actor, action: 'withdrawal.code.rejected' });
      throw new DomainError('not-found', NOT_RECOGNISED);
    }
    return { withdrawn: true };
  }
}
