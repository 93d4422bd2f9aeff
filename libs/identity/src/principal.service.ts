import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '@casebook/database';

/** The signed-in user as every request sees it, loaded fresh from the database. */
export interface SessionPrincipal {
  id: string;
  role: Role;
  organisationId: string;
  sessionId: string;
  mfaEnabled: boolean;
  sessionMfaVerified: boolean;
}

@Injectable()
export class PrincipalService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The user behind an access token, or null when the user is disabled or the
   * session was revoked or has expired: such tokens stop working at once.
   */
  async load(userId: string, sessionId: string): Promise<SessionPrincipal | null> {
    const rows: Array<{ role: Role; organisation_id: string; mfa_enabled: boolean; mfa_verified: boolean }> = await this.dataSource.query(
      `SELECT u.role, u.organisation_id, (u.mfa_enabled_at IS NOT NULL) AS mfa_enabled, s.mfa_verified
         FROM users u JOIN sessions s ON s.user_id = u.id
        WHERE u.id = $1 AND s.id = $2 AND u.status = 'active'
          AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [userId, sessionId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: userId,
      role: row.role,
      organisationId: row.organisation_id,
      sessionId,
      mfaEnabled: row.mfa_enabled,
      sessionMfaVerified: row.mfa_verified,
    };
  }
}
