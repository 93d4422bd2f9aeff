import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { generateSecret, generateURI, verify } from 'otplib';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, type AuditActor } from '@casebook/audit';
import { DomainError } from '@casebook/common';
import { Keyring, totpSecretContext } from '@casebook/crypto';
import { OneTimeTokenEntity, SessionEntity, UserEntity } from '@casebook/database';
import { generateRecoveryCode, normaliseRecoveryCode } from './recovery-code';
import { hashToken } from './token.service';

export const RECOVERY_CODE_COUNT = 10;
const ISSUER = 'Casebook';


/**
 * TOTP (RFC 6238) second factor. Secrets are encrypted with the keyring; a
 * code is accepted once (the last accepted time step is stored and only later
 * steps pass, atomically); recovery codes are stored hashed and work once.
 */
@Injectable()
export class MfaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keyring: Keyring,
    private readonly audit: AuditService,
  ) {}

  /** Starts (or restarts) enrolment: a new secret the user adds to an authenticator app. */
  async beginEnrolment(actor: AuditActor & { id: string }): Promise<{ secret: string; otpauthUri: string }> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneByOrFail(UserEntity, { id: actor.id });
      if (user.mfaEnabledAt) throw new DomainError('conflict', 'MFA is already enabled; an admin can reset it');
      const secret = generateSecret();
      await manager.update(UserEntity, { id: user.id }, { mfaSecret: this.keyring.sealToText(secret, totpSecretContext(user.id)), mfaLastStep: null });
      await this.audit.record({ actor, action: 'auth.mfa.enrolment-started', target: { type: 'user', id: user.id } }, manager);
      return { secret, otpauthUri: generateURI({ issuer: ISSUER, label: user.email, secret }) };
    });
  }

  /**
   * Confirms enrolment with a first valid code, which also counts as this
   * session's second factor. Returns the recovery codes, shown this once.
   */
  async confirmEnrolment(actor: AuditActor & { id: string }, sessionId: string, code: string): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneByOrFail(UserEntity, { id: actor.id });
      if (user.mfaEnabledAt) throw new DomainError('conflict', 'MFA is already enabled');
      if (!user.mfaSecret) throw new DomainError('conflict', 'Start enrolment first (POST /api/v1/me/mfa/enrol)');
      if (!(await this.acceptTotp(manager, user, code))) {
        throw new DomainError('unprocessable', 'The code is not valid', { errors: [{ pointer: '/totp', message: 'is not a valid code' }] });
      }
      await manager.update(UserEntity, { id: user.id }, { mfaEnabledAt: () => 'now()' });
      await manager.update(SessionEntity, { id: sessionId }, { mfaVerified: true });
      await manager.delete(OneTimeTokenEntity, { userId: user.id, purpose: 'mfa_recovery' });
      const codes = Array.from({ length: RECOVERY_CODE_COUNT }, generateRecoveryCode);
      // Stored as the hash of the normalised form, so that case, spaces and hyphens do not matter when typed.
      await manager.insert(
        OneTimeTokenEntity,
        codes.map((c) => ({ userId: user.id, purpose: 'mfa_recovery' as const, tokenHash: hashToken(normaliseRecoveryCode(c)!), expiresAt: null, usedAt: null })),
      );
      await this.audit.record({ actor, action: 'auth.mfa.enabled', target: { type: 'user', id: user.id } }, manager);
      return codes;
    });
  }

  /** A TOTP code or a recovery code, for sign-in. Consumes what it accepts. */
  async verifySecondFactor(manager: EntityManager, user: UserEntity, input: { totp?: string; recoveryCode?: string }): Promise<boolean> {
    if (input.totp) return this.acceptTotp(manager, user, input.totp);
    if (input.recoveryCode) {
      // Codes issued before the grouped alphabet (base64url, case-sensitive) were hashed exactly as shown: still accepted as typed.
      const normalised = normaliseRecoveryCode(input.recoveryCode);
      const hashes = [hashToken(input.recoveryCode.trim()), ...(normalised ? [hashToken(normalised)] : [])];
      // Atomic: two requests with the same code cannot both pass. (A legacy code has 14 symbols, a new one 16: one row at most matches.)
      const result = await manager
        .createQueryBuilder()
        .update(OneTimeTokenEntity)
        .set({ usedAt: () => 'now()' })
        .where("user_id = :userId AND purpose = 'mfa_recovery' AND token_hash IN (:...hashes) AND used_at IS NULL", { userId: user.id, hashes })
        .execute();
      return (result.affected ?? 0) >= 1;
    }
    return false;
  }

  /** Admin reset: the user enrols again at next sign-in. */
  async reset(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(UserEntity, { id: userId }, { mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null });
    await manager.delete(OneTimeTokenEntity, { userId, purpose: 'mfa_recovery' });
  }

  private async acceptTotp(manager: EntityManager, user: UserEntity, code: string): Promise<boolean> {
    if (!user.mfaSecret || !/^\d{6}$/.test(code)) return false;
    const secret = this.keyring.openText(user.mfaSecret, totpSecretContext(user.id));
    const last = user.mfaLastStep === null ? undefined : Number(user.mfaLastStep);
    const result = await verify({ secret, token: code, epochTolerance: 30, afterTimeStep: last });
    if (!result.valid) return false;
    const step = (result as { timeStep: number }).timeStep;
    // Atomic: two requests with the same code cannot both pass.
    const updated = await manager
      .createQueryBuilder()
      .update(UserEntity)
      .set({ mfaLastStep: String(step) })
      .where('id = :id AND (mfa_last_step IS NULL OR mfa_last_step < :step)', { id: user.id, step })
      .execute();
    return (updated.affected ?? 0) === 1;
  }
}
