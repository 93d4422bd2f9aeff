import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import type { AppAbility } from '@casebook/authz';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, type AuditActor } from '@casebook/audit';
import { DomainError } from '@casebook/common';
import { type DeviceSessionView, SessionsRepository } from './sessions.repository';

/**
 * Signed-in devices: listed for their user and for admins, and cut off by
 * either (a lost or seized phone). A cut-off device that contacts the server
 * again is told so and wipes its store.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(ability: AppAbility, userId: string, currentSessionId: string): Promise<{ items: DeviceSessionView[] }> {
    if (!ability.can('read', subject('Session', { userId }) as never)) throw new DomainError('forbidden', 'You may not see these devices');
    if (!(await this.sessions.userExists(userId))) throw new DomainError('not-found', 'No such user');
    return { items: await this.sessions.listOpen(userId, currentSessionId) };
  }

  /** Cuts a device off; audited. 404 when the user has no such open session. */
  async revoke(ability: AppAbility, actor: AuditActor & { id: string }, userId: string, sessionId: string): Promise<void> {
    if (!ability.can('delete', subject('Session', { userId }) as never)) throw new DomainError('forbidden', 'You may not cut off this device');
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.sessions.revoke(manager, userId, sessionId, 'device-revoked'))) {
        throw new DomainError('not-found', 'No such signed-in device');
      }
      await this.audit.record(
        { actor, action: 'session.revoked', target: { type: 'session', id: sessionId }, summary: { userId, by: actor.id === userId ? 'self' : 'admin' } },
        manager,
      );
    });
  }
}
