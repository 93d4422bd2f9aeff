import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AuditService, type AuditActor } from '@casebook/audit';
import { type Action, type AppAbility, whereAccessible } from '@casebook/authz';
import { DomainError } from '@casebook/common';
import { OrganisationEntity, type Role, UserEntity, type UserStatus } from '@casebook/database';
import { AuthService, normaliseEmail } from './auth.service';
import { MfaService } from './mfa.service';
import { TokenService } from './token.service';

/** What the API shows of a user: never a hash or a secret. */
export interface UserView {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  status: UserStatus;
  organisationId: string;
  mfaEnabled: boolean;
  createdAt: string;
}

export function toUserView(user: UserEntity): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    status: user.status,
    organisationId: user.organisationId,
    mfaEnabled: user.mfaEnabledAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}

export interface UserFilter {
  role?: Role;
  status?: UserStatus;
  organisationId?: string;
  after?: string;
  limit: number;
}

export type Actor = AuditActor & { id: string; ability: AppAbility };

/** User administration. Every query carries the caller's CASL conditions in SQL. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly mfa: MfaService,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
  ) {}

  private scoped(manager: EntityManager, ability: AppAbility, action: Action) {
    return whereAccessible(manager.getRepository(UserEntity).createQueryBuilder('u'), ability, action, 'User');
  }

  async list(ability: AppAbility, filter: UserFilter): Promise<{ items: UserView[]; nextCursor: string | null }> {
    const qb = this.scoped(this.dataSource.manager, ability, 'read').orderBy('u.id', 'ASC').take(filter.limit + 1);
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter.status) qb.andWhere('u.status = :status', { status: filter.status });
    if (filter.organisationId) qb.andWhere('u.organisation_id = :org', { org: filter.organisationId });
    if (filter.after) qb.andWhere('u.id > :after', { after: filter.after });
    const rows = await qb.getMany();
    const items = rows.slice(0, filter.limit).map(toUserView);
    return { items, nextCursor: rows.length > filter.limit ? items[items.length - 1].id : null };
  }

  /** One's own account; what `GET /me` shows. */
  async self(id: string): Promise<UserView> {
    return toUserView(await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id }));
  }

  async get(ability: AppAbility, id: string): Promise<UserView> {
    const user = await this.scoped(this.dataSource.manager, ability, 'read').andWhere('u.id = :id', { id }).getOne();
    if (!user) throw new DomainError('not-found', 'No such user');
    return toUserView(user);
  }

  /** Creates a user without a password and returns a one-time token to set it, handed over out of band. */
  async create(
    actor: Actor,
    input: { email: string; displayName: string; role: Role; organisationId: string },
  ): Promise<{ user: UserView; passwordResetToken: string; expiresAt: string }> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOneBy(OrganisationEntity, { id: input.organisationId, active: true });
      if (!organisation) {
        throw new DomainError('unprocessable', 'No such active organisation', {
          errors: [{ pointer: '/organisationId', message: 'is not an active organisation' }],
        });
      }
      let user: UserEntity;
      try {
        user = await manager.save(
          manager.create(UserEntity, {
            email: normaliseEmail(input.email),
            displayName: input.displayName.trim(),
            role: input.role,
            organisationId: input.organisationId,
            status: 'active',
            passwordHash: null,
            passwordChangedAt: null,
            mfaSecret: null,
            mfaEnabledAt: null,
            mfaLastStep: null,
          }),
        );
      } catch (error) {
        if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
          throw new DomainError('conflict', 'A user with this e-mail exists', { errors: [{ pointer: '/email', message: 'is already in use' }] });
        }
        throw error;
      }
      const reset = await this.auth.createResetToken(manager, user.id);
      await this.audit.record(
        { actor, action: 'user.created', target: { type: 'user', id: user.id }, summary: { role: user.role, organisationId: user.organisationId } },
        manager,
      );
      return { user: toUserView(user), passwordResetToken: reset.token, expiresAt: reset.expiresAt.toISOString() };
    });
  }

  async setStatus(actor: Actor, id: string, status: UserStatus): Promise<UserView> {
    return this.changeAdminRelevant(actor, id, { status }, status === 'disabled' ? 'user.disabled' : 'user.enabled');
  }

  async changeRole(actor: Actor, id: string, role: Role): Promise<UserView> {
    return this.changeAdminRelevant(actor, id, { role }, 'user.role.changed');
  }

  async resetMfa(actor: Actor, id: string): Promise<UserView> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockVisible(manager, actor.ability, id);
      await this.mfa.reset(manager, user.id);
      const revoked = await this.tokens.revokeAllSessions(manager, user.id, 'mfa-reset');
      await this.audit.record({ actor, action: 'user.mfa.reset', target: { type: 'user', id }, summary: { sessionsRevoked: revoked } }, manager);
      return toUserView({ ...user, mfaEnabledAt: null } as UserEntity);
    });
  }

  async issuePasswordReset(actor: Actor, id: string): Promise<{ passwordResetToken: string; expiresAt: string }> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockVisible(manager, actor.ability, id);
      const reset = await this.auth.createResetToken(manager, user.id);
      await this.audit.record({ actor, action: 'user.password-reset.issued', target: { type: 'user', id } }, manager);
      return { passwordResetToken: reset.token, expiresAt: reset.expiresAt.toISOString() };
    });
  }

  private async lockVisible(manager: EntityManager, ability: AppAbility, id: string): Promise<UserEntity> {
    const user = await this.scoped(manager, ability, 'update').andWhere('u.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!user) throw new DomainError('not-found', 'No such user');
    return user;
  }

  /**
   * Role and status changes. The active admins are locked first, so two
   * concurrent changes cannot remove the last one between them. Any change
   * signs the user out everywhere: their tokens stop working at once.
   */
  private async changeAdminRelevant(
    actor: Actor,
    id: string,
    change: { role?: Role; status?: UserStatus },
    action: string,
  ): Promise<UserView> {
    return this.dataSource.transaction(async (manager) => {
      const admins: Array<{ id: string }> = await manager.query(
        `SELECT id FROM users WHERE role = 'admin' AND status = 'active' ORDER BY id FOR UPDATE`,
      );
      const user = await this.lockVisible(manager, actor.ability, id);
      const next = { role: change.role ?? user.role, status: change.status ?? user.status };
      const wasActiveAdmin = user.role === 'admin' && user.status === 'active';
      const staysActiveAdmin = next.role === 'admin' && next.status === 'active';
      if (wasActiveAdmin && !staysActiveAdmin && admins.length <= 1) {
        throw new DomainError('conflict', 'This is the last active admin; make another admin first');
      }
      if (next.role === user.role && next.status === user.status) return toUserView(user);
      await manager.update(UserEntity, { id }, next);
      const revoked = await this.tokens.revokeAllSessions(manager, id, action);
      await this.audit.record(
        {
          actor,
          action,
          target: { type: 'user', id },
          summary: { from: `${user.role}/${user.status}`, to: `${next.role}/${next.status}`, sessionsRevoked: revoked },
        },
        manager,
      );
      return toUserView({ ...user, ...next } as UserEntity);
    });
  }
}
