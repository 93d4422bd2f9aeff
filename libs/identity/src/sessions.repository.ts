import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** A signed-in device as its user and admins see it: a neutral label and two dates, never a place. */
export interface DeviceSessionView {
  id: string;
  deviceLabel: string;
  firstSeenAt: string;
  lastSeenAt: string;
  /** True for the session the request itself was made with. */
  current: boolean;
}

/** The SQL of the devices view. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listOpen(userId: string, currentSessionId: string): Promise<DeviceSessionView[]> {
    const rows: Array<{ id: string; device_label: string | null; created_at: Date; last_seen_at: Date | null }> = await this.dataSource.query(
      `SELECT id, device_label, created_at, last_seen_at
         FROM sessions
        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
        ORDER BY coalesce(last_seen_at, created_at) DESC, id`,
      [userId],
    );
    return rows.map((r) => ({
      id: r.id,
      deviceLabel: r.device_label ?? 'Unknown device',
      firstSeenAt: r.created_at.toISOString(),
      lastSeenAt: (r.last_seen_at ?? r.created_at).toISOString(),
      current: r.id === currentSessionId,
    }));
  }

  /** Revokes one open session of the user; false when there is none such. */
  async revoke(manager: EntityManager, userId: string, sessionId: string, reason: string): Promise<boolean> {
    // TypeORM answers an UPDATE on PostgreSQL with [rows, affected].
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE sessions SET revoked_at = now(), revoked_reason = $3
        WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL
        RETURNING id`,
      [sessionId, userId, reason],
    );
    return rows.length > 0;
  }

  async userExists(userId: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM users WHERE id = $1`, [userId])).length > 0;
  }
}
