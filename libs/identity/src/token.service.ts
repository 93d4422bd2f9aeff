import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { EntityManager } from 'typeorm';
import { RefreshTokenEntity, SessionEntity, type UserEntity } from '@casebook/database';
import { deviceLabel } from './device-label';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_SECONDS = 14 * 24 * 3600;
export const SESSION_MAX_SECONDS = 30 * 24 * 3600;
export const JWT_ISSUER = 'casebook';
export const JWT_AUDIENCE = 'casebook-api';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  tokenType: 'Bearer';
}

/** The claims of an access token. The role is informative: every request reloads it. */
export interface AccessClaims {
  sub: string;
  role: string;
  org: string;
  sid: string;
  jti: string;
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** What the signing-in device tells about itself: the secret it keeps in its store, and its user agent. */
export interface DeviceInfo {
  /** The device secret (only its SHA-256 is stored); absent for clients that do not bind sessions to a device. */
  proof?: string;
  userAgent?: string;
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Sessions, rotating refresh tokens and short-lived access tokens. */
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  async openSession(manager: EntityManager, user: UserEntity, mfaVerified: boolean, device: DeviceInfo = {}): Promise<TokenPair> {
    const session = await manager.save(
      manager.create(SessionEntity, {
        userId: user.id,
        mfaVerified,
        expiresAt: new Date(Date.now() + SESSION_MAX_SECONDS * 1000),
        revokedAt: null,
        revokedReason: null,
        deviceProofHash: device.proof ? hashToken(device.proof) : null,
        deviceLabel: deviceLabel(device.userAgent),
        lastSeenAt: new Date(),
      }),
    );
    return this.issue(manager, user, session);
  }

  /** New access token plus a new refresh token in the same session (family). */
  async issue(manager: EntityManager, user: UserEntity, session: SessionEntity): Promise<TokenPair> {
    const refreshToken = randomToken();
    const expiresAt = new Date(Math.min(Date.now() + REFRESH_TOKEN_SECONDS * 1000, session.expiresAt.getTime()));
    await manager.insert(RefreshTokenEntity, { sessionId: session.id, tokenHash: hashToken(refreshToken), expiresAt, usedAt: null });
    const claims: AccessClaims = { sub: user.id, role: user.role, org: user.organisationId, sid: session.id, jti: randomUUID() };
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: 'HS256',
      expiresIn: ACCESS_TOKEN_SECONDS,
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
    });
    return { accessToken, refreshToken, expiresIn: ACCESS_TOKEN_SECONDS, tokenType: 'Bearer' };
  }

  /** Revokes every open session of a user (role change, disabling, password change). Returns how many. */
  async revokeAllSessions(manager: EntityManager, userId: string, reason: string, exceptSessionId?: string): Promise<number> {
    const qb = manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (exceptSessionId) qb.andWhere('id <> :exceptSessionId', { exceptSessionId });
    const result = await qb.execute();
    return result.affected ?? 0;
  }

  async revokeSession(manager: EntityManager, sessionId: string, reason: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('id = :sessionId AND revoked_at IS NULL', { sessionId })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
