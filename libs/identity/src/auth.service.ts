import { timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, type AuditActor } from '@casebook/audit';
import { DomainError } from '@casebook/common';
import { OneTimeTokenEntity, RefreshTokenEntity, SessionEntity, UserEntity } from '@casebook/database';
import { LoginThrottleService } from './login-throttle.service';
import { MfaService } from './mfa.service';
import { hashPassword, needsRehash, verifyPassword } from './password-hasher';
import { passwordProblems } from './password-policy';
import { type DeviceInfo, hashToken, randomToken, TokenService, type TokenPair } from './token.service';

export const RESET_TOKEN_SECONDS = 24 * 3600;

export interface LoginInput {
  email: string;
  password: string;
  totp?: string;
  recoveryCode?: string;
}

const INVALID = 'The e-mail, password or code is not correct';

/** A refresh token used again within this time, with the device proof, is a lost response retried, not a theft. */
export const REFRESH_RETRY_SECONDS = 60;

/**
 * Revocations that cut a device off: the app that meets one wipes its store
 * (the problem document says `sessionRevoked: true`).
 */
export const DEVICE_CUT_OFF_REASONS = ['device-revoked', 'device-proof', 'device-wiped'];

export interface RefreshProof {
  /** The device secret sent with the refresh (X-Casebook-Device-Proof), if any. */
  proof?: string;
  /** True for the web client (cookie mode): its sessions cannot refresh without the proof. */
  required: boolean;
}

function proofMatches(stored: Buffer | null, proof: string | undefined): boolean {
  if (!stored || !proof || proof.length > 256) return false;
  const given = hashToken(proof);
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Raises a validation problem about the new password, naming the field. */
export function assertAcceptablePassword(password: string, email: string, pointer: string): void {
  const problems = passwordProblems(password, { email });
  if (problems.length > 0) {
    throw new DomainError('unprocessable', 'The new password is not acceptable', {
      errors: problems.map((message) => ({ pointer, message })),
    });
  }
}

/** Sign-in, token refresh and revocation, and password changes. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly mfa: MfaService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks the credentials and opens a session. Unknown e-mails, wrong
   * passwords, disabled accounts and wrong codes all fail alike and take the
   * same time (a password hash is always verified). Locked accounts or
   * addresses get 429 before any check.
   */
  async login(input: LoginInput, ip: string, device: DeviceInfo = {}): Promise<TokenPair> {
    const email = normaliseEmail(input.email);
    const lockedFor = await this.throttle.lockedFor(email, ip);
    if (lockedFor > 0) {
      await this.audit.record({ actor: { id: null, role: null, ip }, action: 'auth.login.locked', summary: { retryAfterSeconds: lockedFor } });
      throw new DomainError('too-many-requests', 'Too many failed sign-ins; try again later', { retryAfterSeconds: lockedFor });
    }
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { email } });
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
    const active = passwordOk && user?.status === 'active';

    const outcome = await this.dataSource.transaction(async (manager) => {
      if (!active || !user) return { ok: false as const, reason: user ? (passwordOk ? 'disabled' : 'password') : 'unknown-account' };
      if (user.mfaEnabledAt) {
        if (!input.totp && !input.recoveryCode) return { ok: false as const, reason: 'mfa-required', mfaRequired: true };
        const second = await this.mfa.verifySecondFactor(manager, user, input);
        if (!second) return { ok: false as const, reason: input.totp ? 'totp' : 'recovery-code' };
      }
      if (needsRehash(user.passwordHash!)) {
        await manager.update(UserEntity, { id: user.id }, { passwordHash: await hashPassword(input.password) });
      }
      const pair = await this.tokens.openSession(manager, user, Boolean(user.mfaEnabledAt), device);
      await this.audit.record(
        {
          actor: { id: user.id, role: user.role, ip },
          action: 'auth.login.succeeded',
          target: { type: 'user', id: user.id },
          summary: { mfa: user.mfaEnabledAt ? (input.totp ? 'totp' : 'recovery-code') : 'none' },
        },
        manager,
      );
      return { ok: true as const, pair };
    });

    if (outcome.ok) {
      await this.throttle.recordSuccess(email);
      return outcome.pair;
    }
    if (!('mfaRequired' in outcome)) await this.throttle.recordFailure(email, ip);
    await this.audit.record({
      actor: { id: null, role: null, ip },
      action: 'auth.login.failed',
      target: user ? { type: 'user', id: user.id } : undefined,
      summary: { reason: outcome.reason },
    });
    if ('mfaRequired' in outcome) {
      throw new DomainError('unauthenticated', 'A second factor is required: send totp or recoveryCode', { mfaRequired: true });
    }
    throw new DomainError('unauthenticated', INVALID);
  }

  /**
   * Rotates a refresh token. A session bound to a device (and every web
   * client's session) needs the device proof on each refresh: without it, or
   * with a wrong one, the session is revoked and the event audited, so a
   * copied cookie, or a wiped or locked app, gets nothing. A token that was
   * already used means it was stolen (or replayed): the whole session is
   * revoked, unless it comes back within a minute with the right proof (the
   * answer to the first use was lost), which gets a fresh pair.
   */
  async refresh(refreshToken: string, ip: string, check: RefreshProof = { required: false }): Promise<TokenPair> {
    const result = await this.dataSource.transaction(async (manager) => {
      const token = await manager
        .getRepository(RefreshTokenEntity)
        .createQueryBuilder('rt')
        .innerJoinAndSelect('rt.session', 's')
        .innerJoinAndSelect('s.user', 'u')
        .where('rt.token_hash = :hash', { hash: hashToken(refreshToken) })
        .setLock('pessimistic_write', undefined, ['rt', 's'])
        .getOne();
      if (!token) return { error: 'unknown' as const };
      const session = token.session!;
      const user = session.user!;
      const actor = { id: user.id, role: user.role, ip };
      const proved = proofMatches(session.deviceProofHash, check.proof);
      if ((check.required || session.deviceProofHash) && !proved) {
        const revoked = await this.tokens.revokeSession(manager, session.id, 'device-proof');
        await this.audit.record(
          {
            actor,
            action: 'auth.refresh.device-proof-failed',
            target: { type: 'session', id: session.id },
            summary: { sessionRevoked: revoked, proofSent: Boolean(check.proof) },
          },
          manager,
        );
        return { error: 'cut-off' as const };
      }
      if (session.revokedAt) {
        return { error: DEVICE_CUT_OFF_REASONS.includes(session.revokedReason ?? '') ? ('cut-off' as const) : ('expired' as const) };
      }
      const now = Date.now();
      if (token.usedAt) {
        const retry = proved && now - token.usedAt.getTime() <= REFRESH_RETRY_SECONDS * 1000 && token.expiresAt.getTime() > now;
        if (!retry) {
          const revoked = await this.tokens.revokeSession(manager, session.id, 'refresh-token-reuse');
          await this.audit.record(
            { actor, action: 'auth.refresh.reuse-detected', target: { type: 'session', id: session.id }, summary: { sessionRevoked: revoked } },
            manager,
          );
          return { error: 'reused' as const };
        }
        // The answer to the first use was lost: the tokens it handed out stop working, a new pair is issued.
        await manager
          .createQueryBuilder()
          .update(RefreshTokenEntity)
          .set({ expiresAt: () => 'now()' })
          .where('session_id = :sessionId AND used_at IS NULL', { sessionId: session.id })
          .execute();
      }
      if (token.expiresAt.getTime() <= now || session.expiresAt.getTime() <= now || user.status !== 'active') {
        return { error: 'expired' as const };
      }
      if (!token.usedAt) await manager.update(RefreshTokenEntity, { id: token.id }, { usedAt: () => 'now()' });
      await manager.update(SessionEntity, { id: session.id }, { lastSeenAt: () => 'now()' });
      return { pair: await this.tokens.issue(manager, user, session) };
    });
    if ('pair' in result && result.pair) return result.pair;
    if ('error' in result && result.error === 'cut-off') {
      throw new DomainError('unauthenticated', 'This session was ended for this device: sign in again', { sessionRevoked: true });
    }
    throw new DomainError('unauthenticated', 'The refresh token is not valid');
  }

  /**
   * Ends the session a refresh token belongs to (used or not), without any
   * other proof: the web app calls it after wiping its store, so nothing it
   * left behind can be used. Ending a session is never harmful; an unknown
   * token is no error.
   */
  async endDeviceSession(refreshToken: string, ip: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const token = await manager
        .getRepository(RefreshTokenEntity)
        .createQueryBuilder('rt')
        .innerJoinAndSelect('rt.session', 's')
        .innerJoinAndSelect('s.user', 'u')
        .where('rt.token_hash = :hash', { hash: hashToken(refreshToken) })
        .getOne();
      if (!token) return;
      const user = token.session!.user!;
      const revoked = await this.tokens.revokeSession(manager, token.sessionId, 'device-wiped');
      await this.audit.record(
        { actor: { id: user.id, role: user.role, ip }, action: 'auth.session.wiped', target: { type: 'session', id: token.sessionId }, summary: { sessionRevoked: revoked } },
        manager,
      );
    });
  }

  async logout(actor: AuditActor & { id: string }, sessionId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.tokens.revokeSession(manager, sessionId, 'logout');
      await this.audit.record({ actor, action: 'auth.logout', target: { type: 'session', id: sessionId } }, manager);
    });
  }

  /** Changes one's own password; every other session is signed out. */
  async changePassword(actor: AuditActor & { id: string }, sessionId: string, current: string, next: string): Promise<void> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: actor.id });
    if (!(await verifyPassword(user.passwordHash, current))) {
      throw new DomainError('unprocessable', 'The current password is not correct', {
        errors: [{ pointer: '/currentPassword', message: 'is not correct' }],
      });
    }
    assertAcceptablePassword(next, user.email, '/newPassword');
    const hash = await hashPassword(next);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash: hash, passwordChangedAt: () => 'now()' });
      const revoked = await this.tokens.revokeAllSessions(manager, user.id, 'password-changed', sessionId);
      await this.audit.record(
        { actor, action: 'auth.password.changed', target: { type: 'user', id: user.id }, summary: { otherSessionsRevoked: revoked } },
        manager,
      );
    });
  }

  /** Creates a one-time reset token (replacing older ones) that an admin hands over out of band. */
  async createResetToken(manager: EntityManager, userId: string): Promise<{ token: string; expiresAt: Date }> {
    await manager.delete(OneTimeTokenEntity, { userId, purpose: 'password_reset' });
    const token = randomToken(24);
    const expiresAt = new Date(Date.now() + RESET_TOKEN_SECONDS * 1000);
    await manager.insert(OneTimeTokenEntity, { userId, purpose: 'password_reset', tokenHash: hashToken(token), expiresAt, usedAt: null });
    return { token, expiresAt };
  }

  /** Sets a new password with a reset token; the token works once, every session is signed out. */
  async resetPassword(token: string, newPassword: string, ip: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await manager
        .getRepository(OneTimeTokenEntity)
        .createQueryBuilder('t')
        .innerJoinAndSelect('t.user', 'u')
        .where("t.token_hash = :hash AND t.purpose = 'password_reset' AND t.used_at IS NULL AND t.expires_at > now()", {
          hash: hashToken(token),
        })
        .setLock('pessimistic_write', undefined, ['t'])
        .getOne();
      if (!row || row.user!.status !== 'active') {
        throw new DomainError('unprocessable', 'The reset token is not valid or has expired', {
          errors: [{ pointer: '/token', message: 'is not valid or has expired' }],
        });
      }
      assertAcceptablePassword(newPassword, row.user!.email, '/newPassword');
      await manager.update(OneTimeTokenEntity, { id: row.id }, { usedAt: () => 'now()' });
      await manager.update(UserEntity, { id: row.userId }, { passwordHash: await hashPassword(newPassword), passwordChangedAt: () => 'now()' });
      const revoked = await this.tokens.revokeAllSessions(manager, row.userId, 'password-reset');
      await this.audit.record(
        {
          actor: { id: row.userId, role: row.user!.role, ip },
          action: 'auth.password.reset',
          target: { type: 'user', id: row.userId },
          summary: { sessionsRevoked: revoked },
        },
        manager,
      );
    });
  }
}
