import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@casebook/audit';
import { DomainError } from '@casebook/common';
import { OrganisationEntity, type Role, UserEntity } from '@casebook/database';
import { assertAcceptablePassword, normaliseEmail } from './auth.service';
import { hashPassword } from './password-hasher';

/** A password that passes the policy: 20 random characters from an unambiguous alphabet. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(20);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** Accounts created by operators (CLI) rather than through the admin API. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async ensureOrganisation(manager: EntityManager, name: string, country: string | null = null): Promise<OrganisationEntity> {
    const existing = await manager.findOneBy(OrganisationEntity, { name });
    return existing ?? manager.save(manager.create(OrganisationEntity, { name, country, active: true }));
  }

  /** Creates an active user with a password; fails if the e-mail is taken. */
  async createWithPassword(input: {
    email: string;
    displayName: string;
    role: Role;
    organisation: string;
    password: string;
    via: string;
  }): Promise<UserEntity> {
    const email = normaliseEmail(input.email);
    assertAcceptablePassword(input.password, email, '/password');
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(UserEntity, { email })) throw new DomainError('conflict', `A user with e-mail ${email} exists`);
      const organisation = await this.ensureOrganisation(manager, input.organisation);
      const user = await manager.save(
        manager.create(UserEntity, {
          email,
          displayName: input.displayName,
          role: input.role,
          organisationId: organisation.id,
          status: 'active',
          passwordHash,
          passwordChangedAt: new Date(),
          mfaSecret: null,
          mfaEnabledAt: null,
          mfaLastStep: null,
        }),
      );
      await this.audit.record(
        { actor: { id: null, role: 'operator' }, action: 'user.created', target: { type: 'user', id: user.id }, summary: { role: input.role, via: input.via } },
        manager,
      );
      return user;
    });
  }
}
